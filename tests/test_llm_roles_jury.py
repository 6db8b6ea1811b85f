"""An analyst jury: three scripted judges on the loopback server, through the graph and the real ChatOpenAI."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import pytest

from drafter.panel.config import parse_panel
from drafter.workflow.runner import RunOptions, run_draft
from tests.livepanel import FAKE_KEY, KEY_VAR, NO, QUESTIONS, YES, write_panel, write_topic
from tests.openai_server import OpenAIStub

DODGE = "As an AI, I don't have personal opinions on this question."
_FENCE = re.compile(r'<answer model="([^"]+)">\n(.*?)\n</answer>', re.DOTALL)


def judge(reads_no_as: str) -> Any:
    """A judge that reads the fenced answers by their text; `reads_no_as` is its reading of the "No." answer."""
    def reply(model: str, messages: list[dict[str, Any]]) -> Any:
        user = str(messages[-1]["content"])
        positions = []
        for name, text in _FENCE.findall(user):
            if text == YES:
                positions.append({"model": name, "stance": "affirm", "verdict": "Yes."})
            elif text == NO:
                positions.append({"model": name, "stance": reads_no_as, "verdict": "No."})
            else:
                positions.append({"model": name, "stance": "evasive", "verdict": DODGE, "dodge": "no_opinion",
                                  "reason": "no personal opinion"})
        return {"kind": "yesno", "positions": positions}
    return reply


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def run(tmp_path: Path, server: OpenAIStub, monkeypatch: pytest.MonkeyPatch, third: str) -> tuple[dict[str, Any],
                                                                                                   dict[str, Any]]:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: YES)
    server.script("m-b", handler=lambda model, messages: NO)
    server.script("m-c", handler=lambda model, messages: DODGE)
    server.script("m-j1", handler=judge("deny"))
    server.script("m-j2", handler=judge("deny"))
    server.script("m-j3", handler=judge(third))
    # judge "a" is also on the panel: it reads its own answer under a letter, not its key
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b", "c": "m-c", "j2": "m-j2", "j3": "m-j3"},
                        roles={"analyst": ["a", "j2", "j3"]})
    server.script("m-a", handler=lambda model, messages: (
        judge("deny")(model, messages) if "<answer model=" in str(messages[-1]["content"]) else YES))
    topic = write_topic(tmp_path, ["a", "b", "c"], QUESTIONS[:1], length=60)
    out = tmp_path / "out"
    result = asyncio.run(run_draft(RunOptions(topic_path=topic, panel_path=panel, out_dir=out, progress=False)))
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    return result.run, analysis["questions"][0]


def test_a_unanimous_jury_states_the_clash_and_the_dodge(tmp_path: Path, server: OpenAIStub,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    run_json, q1 = run(tmp_path, server, monkeypatch, third="deny")
    assert run_json["engines"]["analyst"] == "llm:a+j2+j3"
    assert run_json["analyst"]["jury_agreement"] == 1.0
    assert run_json["analyst"]["by_question"]["q1"]["calls"] == 3  # one per judge
    assert q1["stances"] == {"a": "affirm", "b": "deny", "c": "evasive"}
    assert [sorted(c["models"]) for c in q1["contradictions"]] == [["a", "b"]]
    assert [e["model"] for e in q1["evasions"]] == ["c"] and q1["to_check"] == []
    judge_calls = [c for c in server.calls if "<answer model=" in json.dumps(c.messages)]
    assert len(judge_calls) == 3
    for call in judge_calls:  # neutral letters only: no judge can tell which answer is whose
        user = str(call.messages[-1]["content"])
        assert sorted(_fence_names(user)) == ["A", "B", "C"]
        assert not re.search(r'model="(?:a|b|c|j2|j3)"', user)


def _fence_names(user: str) -> list[str]:
    return [name for name, _ in _FENCE.findall(user)]


def test_a_split_jury_sends_the_clash_to_the_author(tmp_path: Path, server: OpenAIStub,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    run_json, q1 = run(tmp_path, server, monkeypatch, third="affirm")
    assert q1["stances"]["b"] == "deny", "the majority's reading"
    assert q1["confidence"]["b"] < 0.5 and q1["contradictions"] == [] and q1["agreements"] == []
    assert ("contradiction", ["a", "b"]) in [(i["kind"], sorted(i["models"])) for i in q1["to_check"]]
    agreement = run_json["analyst"]["jury_agreement"]
    assert agreement == pytest.approx(7 / 9, abs=0.001)  # b: 1 of 3 judge pairs alike; a and c: 3 of 3


def test_the_jury_config_is_a_list_of_two_or_more_keys(tmp_path: Path) -> None:
    base = {"models": {k: {"provider": "openai", "model": k} for k in ("x", "y")}}
    panel = parse_panel({**base, "roles": {"analyst": ["x", "y"]}}, tmp_path / "p.toml")
    assert [s.key for s in panel.role_models("analyst")] == ["x", "y"] and panel.role_model("analyst").key == "x"
    from drafter.errors import InputError

    with pytest.raises(InputError, match="jury"):
        parse_panel({**base, "roles": {"analyst": ["x"]}}, tmp_path / "p.toml")
    with pytest.raises(InputError, match="must name a model key"):
        parse_panel({**base, "roles": {"writer": ["x", "y"]}}, tmp_path / "p.toml")
