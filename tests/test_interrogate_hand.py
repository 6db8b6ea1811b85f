"""A follow-up pasted by hand (`question: q1-press`) is used as it stands: that model is never asked, and the
Chinese column reports what it said when pressed."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from drafter.inputs.transcript import load_transcript
from drafter.quotes.audit import check_draft
from drafter.workflow.runner import RunOptions, run_draft
from tests.livepanel import FAKE_KEY, KEY_VAR, write_panel
from tests.openai_server import OpenAIStub

Q1 = "到2030年，远程办公还会是办公室工作的常态吗？"
DODGE = "作为人工智能，我没有个人观点。这个问题很复杂，各方看法不一。"
AFTER = "不会。到2030年，多数办公室岗位会回到以到岗为主的安排。"
YES_ZH = "会的。证据指向这个方向，这一趋势已经持续了好几年。"


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def test_a_pasted_follow_up_is_used_and_its_model_not_asked(tmp_path: Path, server: OpenAIStub,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: YES_ZH)
    (tmp_path / "answers.yaml").write_text(
        "topic: 办公室还会回来吗\nlanguage: zh\nquestions:\n  - id: q1\n    text: " + Q1 + "\nanswers:\n"
        f"  - question: q1\n    model: h\n    label: 模型丙\n    text: {DODGE}\n"
        f"  - question: q1-press\n    model: h\n    label: 模型丙\n    text: {AFTER}\n", encoding="utf-8")
    (tmp_path / "topic.md").write_text(
        f"---\ntitle: 办公室还会回来吗\nlanguage: zh\nquestions:\n  - {Q1}\npanel: [a]\nanswers: answers.yaml\n"
        "press: true\nlength: 300\n---\n雇主希望员工回到办公室。\n", encoding="utf-8")
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a"})
    out = tmp_path / "out"
    result = asyncio.run(run_draft(RunOptions(topic_path=tmp_path / "topic.md", panel_path=panel, out_dir=out,
                                              progress=False)))
    assert result.exit_code == 0, result.run["problems"]
    assert len(server.calls) == 1  # a's one answer; h is hand-collected: never asked, its follow-up pasted
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    by_id = {q["id"]: q for q in analysis["questions"]}
    assert by_id["q1"]["stances"]["h"] in ("evasive", "unclear") and by_id["q1-press"]["stances"]["h"] == "deny"
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    section = markdown.split("## 追问之后", 1)[1].split("\n## ", 1)[0]
    assert "模型丙" in section and "不会。到2030年" in section
    transcript = load_transcript(out / "transcript.yaml")
    assert transcript.question("q1-press").press_of == "q1"
    assert check_draft(out / "draft.md", transcript).ok
    assert result.run["statements"]["failed"] == []
