"""All three roles on a model: planner, analyst and writer through the graph, real ChatOpenAI, loopback server."""

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
from tests.openai_server import OpenAIStub, Reply

NEW_QUESTION = "Will most new office leases be shorter than five years by 2030?"
FABRICATED = "Offices are finished forever, and everyone agrees."


def schema_name(call: Any) -> str:
    """Which structured output a role asked for: the json_schema name, or the tool's name."""
    body = call.body
    schema = (body.get("response_format") or {}).get("json_schema") or {}
    tools = body.get("tools") or [{}]
    return str(schema.get("name") or tools[0].get("function", {}).get("name") or "")


def judge(call: Any) -> Any:
    """The role model: a plan, a reading with one fabricated quote, a column that places quotes by id."""
    name = schema_name(call)
    if name == "QuestionPlan":
        return {"questions": [{"text": NEW_QUESTION, "why": "a concrete, checkable prediction"}]}
    if name == "QuestionReading":
        return {"kind": "yesno",
                "positions": [{"model": "a", "stance": "affirm", "quote": YES.split(". ")[0] + "."},
                              {"model": "b", "stance": "deny", "quote": FABRICATED}],
                "contradictions": [{"models": ["a", "b"], "point": "whether the trend holds",
                                    "quotes": [{"model": "a", "quote": "Yes."}, {"model": "b", "quote": FABRICATED}],
                                    "kind": "stance"}],
                "agreements": [], "evasions": []}
    if name == "WrittenColumn":
        return {"headline": "The office question, asked twice",
                "sections": [{"heading": "", "paragraphs": [
                    {"segments": [{"text": "Two models, two verdicts. One said "}, {"quote": "Q1"},
                                  {"text": " and the other replied "}, {"quote": "Q2"}, {"text": "."}]},
                    {"segments": [{"text": 'Model B even said "the office will be empty by Monday".'}]}]}]}
    return "unexpected request"


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def test_planner_analyst_writer_on_a_model(tmp_path: Path, server: OpenAIStub, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: YES)
    server.script("m-b", handler=lambda model, messages: NO)
    server.script("m-judge", handler=judge)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b", "judge": "m-judge"},
                        roles={"planner": "judge", "analyst": "judge", "writer": "judge"})
    topic = write_topic(tmp_path, ["a", "b"], QUESTIONS[:1], length=60)
    out = tmp_path / "out"
    result = asyncio.run(run_draft(RunOptions(topic_path=topic, panel_path=panel, out_dir=out, progress=False)))
    run = result.run
    assert run["engines"] == {"planner": "llm:judge", "analyst": "llm:judge", "writer": "llm:judge"}
    transcript = load_transcript(out / "transcript.yaml")
    assert [q.text for q in transcript.questions] == [QUESTIONS[0], NEW_QUESTION], "author's question kept, one added"
    assert len(server.calls_for("m-a")) == 2 and len(server.calls_for("m-b")) == 2
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert analysis["engine"] == "llm+offline"
    for question in analysis["questions"]:
        quotes = [q for c in question["contradictions"] for q in c["quotes"].values()]
        assert FABRICATED not in quotes, "a quote that is not in the answer never survives"
        assert any(sorted(c["models"]) == ["a", "b"] for c in question["contradictions"])
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    assert "# The office question, asked twice" in markdown
    assert "empty by Monday" not in markdown, "a quote the writer typed is removed"
    assert check_draft(out / "draft.md", transcript).ok and check_draft(out / "draft.docx", transcript).ok
    roles = run["tokens"]["by_role_model"]
    assert roles["planner:judge"]["calls"] == 1 and roles["analyst:judge"]["calls"] == 2
    assert roles["writer:judge"]["calls"] >= 1 and roles["panel:a"]["calls"] == 2
    assert run["length"]["engine"] == "llm" and run["length"]["target"] == 60
    analyst_calls = [c for c in server.calls_for("m-judge") if schema_name(c) == "QuestionReading"]
    for call in analyst_calls:  # each analyst call carries one question's answers, not the transcript
        text = json.dumps(call.messages)
        assert (QUESTIONS[0] in text) != (NEW_QUESTION in text)


def test_an_analyst_that_fails_on_a_question_is_named_in_run_json(tmp_path: Path, server: OpenAIStub,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Never silent: the question the analyst could not read says `offline (fallback)`, with the reason."""
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: YES)
    server.script("m-b", handler=lambda model, messages: NO)

    def analyst(call: Any) -> Any:
        text = json.dumps(call.messages, ensure_ascii=False)
        if QUESTIONS[1] in text:
            return Reply(raw="I'd rather not say.")  # no JSON, whatever the method
        # labels instead of keys, in a fence with prose around it
        return Reply(raw='Here you go:\n```json\n{"kind": "yesno", "positions": ['
                         '{"model": "Model A", "stance": "Affirm", "verdict": "Yes."}, '
                         '{"model": "model b", "stance": "deny", "verdict": "No."}]}\n```')

    server.script("m-judge", handler=analyst)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b", "judge": "m-judge"},
                        roles={"analyst": "judge"})
    topic = write_topic(tmp_path, ["a", "b"], QUESTIONS[:2], length=60)
    result = asyncio.run(run_draft(RunOptions(topic_path=topic, panel_path=panel, out_dir=tmp_path / "out",
                                              progress=False)))
    run = result.run
    assert run["engines"]["analyst"] == "llm:judge; offline (fallback) for q2"
    by_q = run["analyst"]["by_question"]
    assert by_q["q1"]["engine"] == "llm:judge" and by_q["q1"]["calls"] == 1
    assert by_q["q2"]["engine"] == "offline (fallback)" and by_q["q2"]["calls"] == 3  # every method tried
    assert any(p.startswith("q2: analyst judge failed") for p in run["problems"])
    assert any("q2" in p and "function_calling tried next" in p for p in run["problems"])
    analysis = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    q1 = analysis["questions"][0]
    assert q1["stances"] == {"a": "affirm", "b": "deny"} and q1["key_quotes"]["a"] == "Yes."
    assert [sorted(c["models"]) for c in q1["contradictions"]] == [["a", "b"]]
