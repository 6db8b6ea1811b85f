"""--samples N on the loopback server: N asks per pair, the modal position, stability, robust or fragile clashes."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from pathlib import Path
from typing import Any

import pytest

from drafter.inputs.transcript import load_transcript
from drafter.quotes.audit import check_draft
from drafter.workflow.runner import RunOptions, run_draft
from tests.livepanel import FAKE_KEY, KEY_VAR, NO, QUESTIONS, YES, question_of, write_panel, write_topic
from tests.openai_server import OpenAIStub


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def sequence(replies: list[str]) -> Any:
    """A handler that answers each question with `replies` in turn (the k-th ask of a question gets the k-th)."""
    counters: dict[str, Any] = {}
    lock = threading.Lock()

    def handler(model: str, messages: list[dict[str, Any]]) -> str:
        with lock:
            counter = counters.setdefault(question_of(messages), itertools.count())
            return replies[next(counter) % len(replies)]
    return handler


def run(tmp_path: Path, server: OpenAIStub, samples: int) -> Any:
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b"}, max_concurrency=2)
    topic = write_topic(tmp_path, ["a", "b"], QUESTIONS[:2], length=80)
    return asyncio.run(run_draft(RunOptions(topic_path=topic, panel_path=panel, out_dir=tmp_path / "out",
                                            progress=False, samples=samples)))


def test_three_samples_a_flip_once_is_still_robust(tmp_path: Path, server: OpenAIStub,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=sequence([YES, NO, YES]))  # flips once in three
    server.script("m-b", handler=lambda model, messages: NO)
    result = run(tmp_path, server, 3)
    assert result.exit_code == 0, result.run["problems"]
    assert len(server.calls_for("m-a")) == 2 * 3 and len(server.calls_for("m-b")) == 2 * 3  # N per pair
    assert server.max_in_flight("m-a") <= 2  # within max_concurrency
    out = tmp_path / "out"
    transcript = load_transcript(out / "transcript.yaml")
    samples = sorted(getattr(a, "sample", None) for a in transcript.all_answers_for("q1") if a.model == "a")
    assert samples == [1, 2, 3]
    first = transcript.answer("q1", "a")
    assert first is not None and first.text == YES  # the representative answer: its modal position
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    q1 = analysis["questions"][0]
    assert q1["stances"] == {"a": "affirm", "b": "deny"}
    assert q1["stability"] == {"a": pytest.approx(2 / 3, abs=1e-3), "b": 1.0}
    assert [c["robustness"] for c in q1["contradictions"]] == ["robust"]
    assert not [c for c in q1["to_check"] if c["kind"] == "stability"]
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    section = markdown.split("## Asked again", 1)[1].split("\n## ", 1)[0]
    sentences = [s for line in section.splitlines() for s in line.split(". ")]
    assert any(s.startswith("Q1: ") for s in sentences) and any(s.startswith("Q2: ") for s in sentences)
    b_line = next(s for s in sentences if "Model B" in s)
    assert "three" in b_line and " no" in b_line and "two" not in b_line  # said no each time
    a_line = next(s for s in sentences if "Model A" in s)
    assert "three" in a_line and "two" in a_line and " yes" in a_line  # said yes two times of three
    stable = {(s["qid"], s["models"][0]): s["value"] for s in result.run["statements"]["items"]
              if s["kind"] == "stable"}
    assert stable[("q1", "b")] == [3, 3, "deny"] and stable[("q1", "a")] == [3, 2, "affirm"]
    assert result.run["statements"]["failed"] == []
    # run.json: the dry run's estimate beside what the run used (no model roles: the panel's calls only)
    assert result.run["cost"]["estimated"]["calls"] == result.run["cost"]["actual"]["calls"] == 2 * 2 * 3
    assert result.run["interrogation"]["samples"] == 3 and result.run["interrogation"]["fragile_clashes"] == 0
    appendix = markdown.split("## Appendix", 1)[1]
    assert appendix.count("**Model A** (ask ") == 2 * 3 and appendix.count("**Model B** (ask 3)") == 2  # every sample
    assert check_draft(out / "draft.md", transcript).ok
    before = len(server.calls)  # the same command again: every sample is in the journal
    assert run(tmp_path, server, 3).exit_code == 0 and len(server.calls) == before


def test_a_model_that_will_not_settle_makes_the_clash_fragile(tmp_path: Path, server: OpenAIStub,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=sequence([YES, NO, NO, YES]))  # two and two: half its samples
    server.script("m-b", handler=lambda model, messages: NO)
    result = run(tmp_path, server, 4)
    assert len(server.calls_for("m-a")) == 2 * 4
    analysis = json.loads((tmp_path / "out" / "analysis.json").read_text(encoding="utf-8"))
    for qa in analysis["questions"]:
        assert qa["stability"]["a"] == 0.5
        fragile = [c for c in qa["contradictions"] if c["robustness"] == "fragile"]
        checks = [c for c in qa["to_check"] if c["kind"] == "stability"]
        # the modal tie goes to a's first sample; when that was yes the clash stands, fragile, for the author
        if qa["stances"]["a"] == "affirm":
            assert fragile and checks and sorted(checks[0]["models"]) == ["a", "b"]
        else:
            assert not qa["contradictions"]
    assert result.exit_code == 0, result.run["problems"]
    markdown = (tmp_path / "out" / "draft.md").read_text(encoding="utf-8")
    table = markdown.split("## Where they stand", 1)[1].split("\n## ", 1)[0]
    assert table.count("↻") == 2 + 1, table  # a's cell on each question, and the legend
    assert "Model B" in table and "fewer than two of three" in table
