"""The whole workflow through the LangGraph graph: offline examples and a live loopback panel."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter.inputs.transcript import load_transcript
from drafter.quotes.audit import check_draft
from drafter.workflow.runner import RunOptions, run_draft
from tests.livepanel import FAKE_KEY, KEY_VAR, NO, YES, question_of, write_panel, write_topic
from tests.openai_server import OpenAIStub

ROOT = Path(__file__).resolve().parent.parent


def draft(topic: Path, out: Path, **options: Any) -> Any:
    return asyncio.run(run_draft(RunOptions(topic_path=topic, out_dir=out, progress=False, **options)))


@pytest.fixture
def h200(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples" / "h200", tmp_path / "h200")
    return tmp_path / "h200" / "topic.md"


def test_chinese_example_end_to_end(h200: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = draft(h200, out)
    assert result.exit_code == 0 and result.status == "done"
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    q1 = analysis["questions"][0]
    assert q1["stances"] == {"alpha": "affirm", "beta": "deny", "gamma": "evasive"}
    assert any(sorted(c["models"]) == ["alpha", "beta"] for c in q1["contradictions"])
    q2 = analysis["questions"][1]
    assert [e["model"] for e in q2["evasions"]] == ["gamma"]
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    assert markdown.startswith("---\ntitle:")
    for label in ("模型甲", "模型乙", "模型丙"):
        assert label in markdown
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["engines"] == {"planner": "offline", "analyst": "offline", "writer": "offline"}
    assert run["quotes"]["verified"] >= 8 and run["quotes"]["failed"] == 0
    assert run["length"]["unit"] == "字" and run["length"]["value"] > 500
    transcript = load_transcript(out / "transcript.yaml")
    assert check_draft(out / "draft.md", transcript).ok
    docx_report = check_draft(out / "draft.docx", transcript)
    assert docx_report.ok and docx_report.checked == run["quotes"]["verified"]


def test_english_example_end_to_end(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples" / "phones", tmp_path / "phones")
    out = tmp_path / "out"
    result = draft(tmp_path / "phones" / "topic.md", out)
    assert result.exit_code == 0
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    q1 = analysis["questions"][0]
    assert q1["stances"]["alpha"] == "affirm" and q1["stances"]["beta"] == "deny"
    assert [e["model"] for e in q1["evasions"]] == ["gamma"]
    q3 = analysis["questions"][2]
    assert any(sorted(c["models"]) == ["alpha", "beta"] for c in q3["contradictions"]), "2027 vs not before 2030"
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["length"]["unit"] == "words"


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


@pytest.fixture
def live_key(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    return FAKE_KEY


def test_live_panel_one_model_down_others_carry_on(tmp_path: Path, server: OpenAIStub, live_key: str) -> None:
    server.script("m-a", handler=lambda model, messages: YES)
    server.script("m-b", handler=lambda model, messages: NO)
    server.script("m-c", handler=lambda model, messages: 500)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b", "c": "m-c"}, timeout_s=2,
                        prices=(2.0, 8.0))
    topic = write_topic(tmp_path, ["a", "b", "c"])
    out = tmp_path / "out"
    result = draft(topic, out, panel_path=panel)
    assert result.exit_code == 1 and result.status == "partial"
    run = result.run
    assert run["models"]["c"]["failed"] == 3 and run["models"]["a"]["answered"] == 3
    assert any(p.startswith("c: ") and "500" in p for p in run["problems"])
    transcript = load_transcript(out / "transcript.yaml")
    failed = [a for a in transcript.answers if a.model == "c"]
    assert failed and all(a.error and not a.text for a in failed)
    live = transcript.answer(transcript.questions[0].id, "a")
    assert live is not None and live.text == YES and live.source == "live"
    assert live.model_id == "m-a" and live.base_url == server.base_url and live.latency_ms is not None
    assert live.usage is not None and live.usage.output_tokens and live.prompt and "remote work" in live.prompt
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    assert "Model C" in markdown and "did not answer" in markdown.lower()
    spent = run["tokens"]["by_role_model"]["panel:a"]
    assert spent["calls"] == 3 and spent["input_tokens"] > 0 and spent["output_tokens"] > 0
    expected = (spent["input_tokens"] * 2.0 + spent["output_tokens"] * 8.0) / 1e6
    assert spent["cost"] == pytest.approx(expected, abs=1e-6), "cost from the panel config's prices"
    assert run["tokens"]["total"]["cost"] >= spent["cost"]
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert all("c" in q["failed"] for q in analysis["questions"])
    assert all(any(sorted(c["models"]) == ["a", "b"] for c in q["contradictions"]) for q in analysis["questions"])


def test_rerun_asks_no_model_again_and_fresh_does(tmp_path: Path, server: OpenAIStub, live_key: str) -> None:
    server.script("m-a", handler=lambda model, messages: YES)
    server.script("m-b", handler=lambda model, messages: NO)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b"})
    topic = write_topic(tmp_path, ["a", "b"])
    out = tmp_path / "out"
    assert draft(topic, out, panel_path=panel).exit_code == 0
    assert len(server.calls) == 6
    server.reset()
    again = draft(topic, out, panel_path=panel)
    assert again.exit_code == 0 and len(server.calls) == 0, "answers come from the journal"
    assert (out / "draft.md").read_text(encoding="utf-8").count("[^") > 0
    draft(topic, out, panel_path=panel, fresh=True)
    assert len(server.calls) == 6


def test_review_pauses_and_resumes_with_files(h200: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = draft(h200, out, review=True)
    assert first.status == "paused" and first.paused_for == "questions"
    questions = yaml.safe_load((out / "questions.yaml").read_text(encoding="utf-8"))
    assert [q["id"] for q in questions] == ["q1", "q2", "q3", "q4"]
    edited = tmp_path / "questions.yaml"
    edited.write_text(yaml.safe_dump([q for q in questions if q["id"] != "q3"], allow_unicode=True),
                      encoding="utf-8")
    second = draft(h200, out, review=True, questions_file=edited)
    assert second.status == "paused" and second.paused_for == "analysis"
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert [q["id"] for q in analysis["questions"]] == ["q1", "q2", "q4"]
    analysis["questions"][0]["contradictions"] = []  # the author drops the first clash
    reviewed = tmp_path / "analysis.json"
    reviewed.write_text(json.dumps(analysis, ensure_ascii=False), encoding="utf-8")
    third = draft(h200, out, review=True, analysis_file=reviewed)
    assert third.status == "done" and third.exit_code == 0
    final = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert final["questions"][0]["contradictions"] == []
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    assert "国产AI芯片大约还要几年" not in markdown.split("<!-- drafter:appendix -->")[0]


def test_redraft_rewrites_without_asking(tmp_path: Path, server: OpenAIStub, live_key: str) -> None:
    from drafter.cli.redraft import redraft

    server.script("m-a", handler=lambda model, messages: YES)
    server.script("m-b", handler=lambda model, messages: NO)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b"})
    out = tmp_path / "out"
    draft(write_topic(tmp_path, ["a", "b"]), out, panel_path=panel)
    server.reset()
    state = asyncio.run(redraft(out, style="briefing", length=300, panel_path=None))
    assert len(server.calls) == 0
    assert state["verify_report"]["failed"] == 0
    assert "style: briefing" in (out / "draft.md").read_text(encoding="utf-8")


def test_questions_in_calls_match_the_plan(tmp_path: Path, server: OpenAIStub, live_key: str) -> None:
    server.script("*", handler=lambda model, messages: YES)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b"})
    draft(write_topic(tmp_path, ["a", "b"]), tmp_path / "out", panel_path=panel)
    asked = sorted((c.model, question_of(c.messages)) for c in server.calls)
    assert len(asked) == len(set(asked)) == 6 and "?" not in {q for _, q in asked}


def test_right_of_reply_round_is_stored_and_quoted(tmp_path: Path, server: OpenAIStub, live_key: str) -> None:
    def answer(reply: str, first: str) -> Any:
        return lambda model, messages: reply if "HOLD, SOFTEN or CHANGE" in str(messages) else first

    server.script("m-a", handler=answer("HOLD. The trend data still supports me.", YES))
    server.script("m-b", handler=answer("SOFTEN. Some hybrid patterns may persist after all.", NO))
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b"})
    out = tmp_path / "out"
    result = draft(write_topic(tmp_path, ["a", "b"], QUESTIONS_ONE), out, panel_path=panel, reply=True)
    assert result.exit_code == 0
    reply_calls = [c for c in server.calls if "HOLD, SOFTEN or CHANGE" in str(c.messages)]
    assert len(reply_calls) == 2
    b_reply = next(c for c in reply_calls if c.model == "m-b")
    assert '<answer model="a">' in str(b_reply.messages) and YES in str(b_reply.messages), "b sees a's answer, fenced"
    transcript = load_transcript(out / "transcript.yaml")
    reply = transcript.answer("q1-reply-b", "b")
    assert reply is not None and reply.source == "reply" and reply.text.startswith("SOFTEN")
    assert transcript.question("q1-reply-b").reply_to == "q1"
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    column = markdown.split("<!-- drafter:appendix -->")[0]
    assert "## Right of reply" in column
    assert "“SOFTEN. Some hybrid patterns may persist after all" in column, "the verdict and its reason"
    assert check_draft(out / "draft.md", transcript).ok


QUESTIONS_ONE = ["Will remote work still be the norm for office jobs in 2030?"]
