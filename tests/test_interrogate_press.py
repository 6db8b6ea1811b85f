"""--press on the loopback server: only dodgers are pressed, once; the follow-up carries the conversation."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from drafter.inputs.transcript import load_transcript
from drafter.quotes.audit import check_draft
from drafter.workflow.runner import RunOptions, run_draft
from tests.livepanel import FAKE_KEY, KEY_VAR, NO, QUESTIONS, YES, write_panel, write_topic
from tests.openai_server import OpenAIStub

DODGE = ("As an AI, I don't have personal opinions on this. It is a complex issue, and reasonable people "
         "disagree about it.")
DODGE_C = ("That depends on many factors that are hard to weigh. There are good arguments on both sides, "
           "and I would not want to take a side.")
PRESSED = "Please answer directly: yes or no?"
CAVE = "No. Remote work will not be the norm for office jobs by then."


def pressed(messages: list[dict[str, Any]]) -> bool:
    return any(PRESSED in str(m.get("content")) for m in messages if m.get("role") == "user")


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def run(tmp_path: Path, server: OpenAIStub, press: int = 1, fresh: bool = False) -> Any:
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b", "c": "m-c"})
    topic = write_topic(tmp_path, ["a", "b", "c"], QUESTIONS[:2], length=80)
    return asyncio.run(run_draft(RunOptions(topic_path=topic, panel_path=panel, out_dir=tmp_path / "out",
                                            progress=False, press=press, fresh=fresh)))


def test_only_dodgers_are_pressed_once(tmp_path: Path, server: OpenAIStub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: YES)
    server.script("m-b", handler=lambda model, messages: DODGE)  # keeps dodging
    server.script("m-c", handler=lambda model, messages: CAVE if pressed(messages) else DODGE_C)  # answers when pressed
    result = run(tmp_path, server)
    assert result.exit_code == 0, result.run["problems"]
    # a answered: never pressed; b and c: one question each x 2 questions, plus one follow-up each per question
    assert len(server.calls_for("m-a")) == 2
    assert len(server.calls_for("m-b")) == 4 and len(server.calls_for("m-c")) == 4
    follow_ups = [c for c in server.calls if pressed(c.messages)]
    assert len(follow_ups) == 4
    for call in follow_ups:  # the same conversation: the question, its own answer, then the follow-up
        roles = [m["role"] for m in call.messages]
        assert roles[-3:] == ["user", "assistant", "user"] and call.messages[-2]["content"] in (DODGE, DODGE_C)
    out = tmp_path / "out"
    transcript = load_transcript(out / "transcript.yaml")
    press_q = transcript.question("q1-press")
    assert press_q.press_of == "q1" and press_q.text == PRESSED
    c_answer = transcript.answer("q1-press", "c")
    assert c_answer is not None and c_answer.text == CAVE and c_answer.source == "press"
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    by_id = {q["id"]: q for q in analysis["questions"]}
    assert by_id["q1-press"]["stances"]["c"] == "deny"
    assert by_id["q1-press"]["stances"]["b"] in ("evasive", "unclear")
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    column = markdown.split("## Asked again", 1)[1].split("\n## ", 1)[0]
    # c's follow-up is quoted as c said it; b's dodge stands; a (never pressed) is not in the section
    assert "Model C" in column and "No. Remote work will not be the norm" in column
    assert "Model B" in column and "Model A" not in column
    items = [s for s in result.run["statements"]["items"] if s["kind"] == "pressed"]
    assert sorted((s["qid"], s["models"][0], s["value"]) for s in items) == [
        ("q1", "b", "held"), ("q1", "c", "answered"), ("q2", "b", "held"), ("q2", "c", "answered")]
    assert result.run["statements"]["failed"] == []
    assert result.run["interrogation"]["pressed"] == 4 and result.run["cost"]["actual"]["calls"] == 3 * 2 + 4
    assert result.run["cost"]["estimated"]["calls"] == 3 * 2 + 3 * 2  # every model counted as a possible dodger
    # a sentence that misreports the follow-up fails the check
    from drafter.analysis.schema import Analysis
    from drafter.write.statements import Statement, check_statements

    parsed = Analysis.model_validate(analysis)
    assert check_statements([Statement("pressed", "q1", ("c",), "held")], parsed, transcript)
    assert check_statements([Statement("pressed", "q1", ("a",), "answered")], parsed, transcript)
    assert not check_statements([Statement("pressed", "q1", ("c",), "answered")], parsed, transcript)
    assert check_draft(out / "draft.md", transcript).ok
    # resumed: nothing asked again
    before = len(server.calls)
    again = run(tmp_path, server)
    assert again.exit_code == 0 and len(server.calls) == before


def test_press_n_asks_again_only_while_the_dodge_holds(tmp_path: Path, server: OpenAIStub,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: NO)
    server.script("m-b", handler=lambda model, messages: DODGE)
    server.script("m-c", handler=lambda model, messages: CAVE if pressed(messages) else DODGE_C)
    result = run(tmp_path, server, press=3)
    assert result.exit_code == 0, result.run["problems"]
    assert len(server.calls_for("m-b")) == 2 * (1 + 3)  # still dodging: every round
    assert len(server.calls_for("m-c")) == 2 * (1 + 1)  # answered on the first follow-up: no more
    transcript = load_transcript(tmp_path / "out" / "transcript.yaml")
    assert transcript.answer("q2-press-3", "b") is not None and transcript.answer("q2-press-2", "c") is None
