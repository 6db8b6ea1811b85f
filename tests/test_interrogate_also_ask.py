"""--also-ask LANG on the loopback server: the questions asked again in the other language; a flip reported."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from drafter.inputs.transcript import load_transcript
from drafter.quotes.audit import check_draft
from drafter.workflow.runner import RunOptions, run_draft
from tests.livepanel import FAKE_KEY, KEY_VAR, NO, QUESTIONS, YES, write_panel
from tests.openai_server import OpenAIStub

QUESTIONS_ZH = ["到2030年，远程办公还会是办公室工作的常态吗？", "城市应该把空置的写字楼改造成住房吗？"]
SHI = "是的。证据指向这个方向，这一趋势已经持续了好几年。"
BU = "不会。证据指向相反的方向，早期的趋势已经逆转。"


def chinese(messages: list[dict[str, Any]]) -> bool:
    return any(q in str(m.get("content")) for m in messages for q in QUESTIONS_ZH)


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def write_topic(folder: Path, *, with_zh: bool = True) -> Path:
    qs = "\n".join(f"  - {q}" for q in QUESTIONS[:2])
    zh = "questions_zh:\n" + "\n".join(f"  - {q}" for q in QUESTIONS_ZH) + "\n" if with_zh else ""
    path = folder / "topic.md"
    path.write_text(f"---\ntitle: Is the office coming back?\nlanguage: en\nquestions:\n{qs}\n{zh}"
                    "panel: [a, b]\nlength: 80\nstyle: op-ed\n---\nEmployers want people back.\n", encoding="utf-8")
    return path


def test_a_model_that_flips_with_the_language_is_reported(tmp_path: Path, server: OpenAIStub,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: BU if chinese(messages) else YES)  # yes in en, no in zh
    server.script("m-b", handler=lambda model, messages: BU if chinese(messages) else NO)  # no in both
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b"})
    out = tmp_path / "out"
    result = asyncio.run(run_draft(RunOptions(topic_path=write_topic(tmp_path), panel_path=panel, out_dir=out,
                                              progress=False, also_ask="zh")))
    assert result.exit_code == 0, result.run["problems"]
    assert len(server.calls_for("m-a")) == 4 and len(server.calls_for("m-b")) == 4  # 2 questions x 2 languages
    assert sum(chinese(c.messages) for c in server.calls) == 4
    zh_call = next(c for c in server.calls if chinese(c.messages))
    assert "中文" in json.dumps(zh_call.messages, ensure_ascii=False)  # asked with the Chinese ask template
    transcript = load_transcript(out / "transcript.yaml")
    q1_zh = transcript.question("q1-zh")
    assert q1_zh.translation_of == "q1" and q1_zh.language == "zh" and q1_zh.text == QUESTIONS_ZH[0]
    answer = transcript.answer("q1-zh", "a")
    assert answer is not None and answer.text == BU  # the answer stays in the language answered
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    by_id = {q["id"]: q for q in analysis["questions"]}
    assert by_id["q1"]["stances"]["a"] == "affirm" and by_id["q1-zh"]["stances"]["a"] == "deny"
    flips = [c for c in by_id["q1"]["to_check"] if c["kind"] == "language"]
    assert [c["models"] for c in flips] == [["a"]]  # b held its position in both languages
    assert flips[0]["language_positions"]["zh"] == {"question": "q1-zh", "stance": "deny",
                                                    "quote": by_id["q1-zh"]["key_quotes"]["a"]}
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    section = markdown.split("## Asked again", 1)[1].split("\n## ", 1)[0]
    assert "Model A" in section and "Chinese" in section and "Model B" not in section
    assert "不会" in section  # quoted in Chinese, as answered; never translated into a quote
    langs = [s for s in result.run["statements"]["items"] if s["kind"] == "language"]
    assert {(s["qid"], s["models"][0]) for s in langs} == {("q1", "a"), ("q2", "a")}
    assert result.run["statements"]["failed"] == []
    assert check_draft(out / "draft.md", transcript).ok
    appendix = markdown.split("## Appendix", 1)[1]
    assert "The question in translation" in appendix


def test_offline_without_the_translations_is_a_clear_exit_2(tmp_path: Path, server: OpenAIStub,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from drafter.errors import InputError

    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b"})
    with pytest.raises(InputError, match="questions_zh") as info:
        asyncio.run(run_draft(RunOptions(topic_path=write_topic(tmp_path, with_zh=False), panel_path=panel,
                                         out_dir=tmp_path / "out", progress=False, also_ask="zh")))
    assert info.value.exit_code == 2 and server.calls == []


def test_the_planner_model_translates_when_the_topic_does_not(tmp_path: Path, server: OpenAIStub,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: BU if chinese(messages) else YES)
    server.script("m-b", handler=lambda model, messages: BU if chinese(messages) else NO)

    def planner(call: Any) -> Any:
        text = json.dumps(call.messages, ensure_ascii=False)
        if "translate" in text:
            return {"questions": QUESTIONS_ZH}
        return {"questions": []}
    server.script("m-p", handler=planner)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b", "p": "m-p"}, roles={"planner": "p"})
    out = tmp_path / "out"
    result = asyncio.run(run_draft(RunOptions(topic_path=write_topic(tmp_path, with_zh=False), panel_path=panel,
                                              out_dir=out, progress=False, also_ask="zh")))
    assert result.exit_code == 0, result.run["problems"]
    assert len(server.calls_for("m-p")) == 2  # the plan, then one translation
    assert load_transcript(out / "transcript.yaml").question("q2-zh").text == QUESTIONS_ZH[1]
    assert result.run["tokens"]["by_role_model"]["translator:p"]["calls"] == 1
