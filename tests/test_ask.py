"""ask_one / ask_panel through the real ChatOpenAI client against the loopback server."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from drafter.inputs.transcript import Answer, Question, Transcript, dump_transcript
from drafter.panel import keys
from drafter.panel.ask import ask_one, ask_panel
from drafter.panel.config import ModelSpec
from drafter.panel.journal import Journal
from drafter.panel.progress import Progress
from drafter.panel.tokens import UsageLedger
from tests.openai_server import OpenAIStub, Reply

FAKE_KEY = "sk-drafter-FAKE-7f3a9c1e5b2d"
KEY_VAR = "DRAFTER_TEST_KEY"
Q1 = Question(id="q1", text="如果中国完全不买H200,美国在AI领域的优势会扩大吗?")


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    monkeypatch.setattr(keys, "_loaded", {Path("/nonexistent/.env")})
    monkeypatch.setattr(keys, "_scanned", set())


def make_spec(server: OpenAIStub, key: str = "grok", **over: Any) -> ModelSpec:
    data: dict[str, Any] = {"key": key, "label": key.title(), "provider": "openai", "model": f"{key}-model",
                            "base_url": server.base_url, "api_key_env": KEY_VAR, "timeout_s": 2.0,
                            "max_retries": 2}
    return ModelSpec(**{**data, **over})


def ask(spec: ModelSpec, journal: Journal, question: Question = Q1, **kw: Any) -> Answer:
    async def main() -> Answer:
        async with httpx.AsyncClient() as client:  # made inside the loop: no "Event loop is closed"
            return await ask_one(spec, question, topic_title="中国该不该买H200?", language="zh",
                                 journal=journal, http_async_client=client, **kw)

    return asyncio.run(main())


def test_answer_with_provenance_and_usage(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", ["会。美国的优势会扩大。"])
    ledger = UsageLedger()
    answer = ask(make_spec(server), Journal(tmp_path), ledger=ledger)
    assert answer.ok and answer.text == "会。美国的优势会扩大。"
    assert (answer.question, answer.model, answer.label, answer.source) == ("q1", "grok", "Grok", "live")
    assert (answer.provider, answer.model_id, answer.base_url) == ("openai", "grok-model", server.base_url)
    assert datetime.fromisoformat(answer.asked_at or "").utcoffset() is not None
    assert answer.latency_ms is not None and answer.latency_ms >= 0
    assert answer.usage and answer.usage.input_tokens and answer.usage.output_tokens
    assert answer.prompt and Q1.text in answer.prompt and "[system]" in answer.prompt
    sent = server.calls[0].messages
    assert [m["role"] for m in sent] == ["system", "user"] and Q1.text in sent[1]["content"]
    assert ledger.totals()["calls"] == 1 and ledger.to_data()[0]["role"] == "panel"


def test_streaming_answer(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", ["A streamed answer, verbatim."])
    answer = ask(make_spec(server), Journal(tmp_path), streaming=True)
    assert answer.text == "A streamed answer, verbatim." and answer.usage and answer.usage.output_tokens
    assert server.calls[0].stream


def test_429_with_retry_after_is_retried_and_the_wait_honoured(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", [Reply.error(429, retry_after_ms=300), "after the wait"])
    answer = ask(make_spec(server), Journal(tmp_path))
    assert answer.text == "after the wait"
    first, second = server.calls
    assert first.status == 429 and second.status == 200
    assert second.started - (first.ended or 0) >= 0.25  # the client waited as told (server clock)


def test_500_then_success(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", [Reply.error(500, retry_after_ms=20), "fine now"])
    assert ask(make_spec(server), Journal(tmp_path)).text == "fine now"
    assert [c.status for c in server.calls] == [500, 200]


def test_persistent_500_becomes_an_error_after_retries(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", [Reply.error(500, "upstream exploded", retry_after_ms=10)] * 5)
    answer = ask(make_spec(server, max_retries=2), Journal(tmp_path))
    assert not answer.ok and answer.text == ""
    assert answer.error and "HTTP 500 from 127.0.0.1" in answer.error and "upstream exploded" in answer.error
    assert len(server.calls) == 3


def test_hang_becomes_a_timeout_within_timeout_s(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", [Reply.hanging()] * 5)
    answer = ask(make_spec(server, timeout_s=0.5), Journal(tmp_path))
    assert answer.error == "timeout after 0.5 s"
    assert answer.latency_ms is not None and answer.latency_ms < 1200


def test_401_is_not_retried_and_names_the_variable(server: OpenAIStub, tmp_path: Path) -> None:
    server.require_key("sk-the-right-one-000000")  # echoes the key it got, like real providers
    answer = ask(make_spec(server), Journal(tmp_path))
    assert answer.error and "authentication failed" in answer.error and KEY_VAR in answer.error
    assert FAKE_KEY not in answer.error
    assert len(server.calls) == 1


def test_400_is_not_retried(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", [Reply.error(400, "model does not exist")])
    answer = ask(make_spec(server), Journal(tmp_path))
    assert answer.error and answer.error.startswith("bad request (HTTP 400)")
    assert "does not exist" in answer.error
    assert len(server.calls) == 1


def test_closed_mid_stream_is_an_error_not_a_partial_answer(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", [Reply.closed_mid_stream("Half of a long answer that never ends", after=2)])
    answer = ask(make_spec(server, max_retries=0), Journal(tmp_path), streaming=True)
    assert answer.text == "" and answer.error and "closed mid-answer" in answer.error


def test_max_concurrency_per_model(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", latency=0.15)
    server.script("kimi-model", latency=0.15)
    specs = [make_spec(server, "grok", max_concurrency=2), make_spec(server, "kimi", max_concurrency=3)]
    questions = [Question(id=f"q{i}", text=f"question {i}?") for i in range(6)]
    journal = Journal(tmp_path)
    answers = asyncio.run(ask_panel(specs, questions, topic_title="T", language="en", journal=journal))
    assert [(a.question, a.model) for a in answers] == [(q.id, s.key) for q in questions for s in specs]
    assert all(a.ok for a in answers)
    assert server.max_in_flight("grok-model") == 2 and server.max_in_flight("kimi-model") == 3


def test_the_journal_is_the_cache(server: OpenAIStub, tmp_path: Path) -> None:
    spec = make_spec(server)
    first = ask(spec, Journal(tmp_path))
    assert len(server.calls) == 1
    again = ask(spec, Journal(tmp_path))  # a re-run into the same out dir
    assert len(server.calls) == 1 and again.text == first.text
    fresh = ask(spec, Journal(tmp_path, fresh=True))
    assert len(server.calls) == 2 and fresh.ok
    assert len(Journal(tmp_path)) == 2  # fresh answers are recorded too
    changed = ask(make_spec(server, temperature=0.3), Journal(tmp_path))  # other parameters: asked again
    assert len(server.calls) == 3 and changed.ok


def test_failures_are_journaled_but_not_cached(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("grok-model", [Reply.error(400, "nope"), "second time lucky"])
    assert ask(make_spec(server), Journal(tmp_path)).error
    assert ask(make_spec(server), Journal(tmp_path)).text == "second time lucky"
    assert len(Journal(tmp_path)) == 2 and len(server.calls) == 2


def test_a_line_cut_short_by_a_crash_is_skipped(server: OpenAIStub, tmp_path: Path) -> None:
    ask(make_spec(server), Journal(tmp_path))
    with (tmp_path / "answers.jsonl").open("a") as fh:
        fh.write('{"key": "abc", "answer": {"question": "q1", "mod')
    journal = Journal(tmp_path)
    assert len(journal) == 1 and len(journal.answers()) == 1


def test_the_key_never_reaches_journal_or_transcript(server: OpenAIStub, tmp_path: Path) -> None:
    spec = make_spec(server)
    ok = ask(spec, Journal(tmp_path))
    server.require_key("sk-the-right-one-000000")
    failed = ask(spec, Journal(tmp_path), Question(id="q2", text="Another?"))
    text = (tmp_path / "answers.jsonl").read_text()
    assert FAKE_KEY not in text and FAKE_KEY[:12] not in text
    questions = [Q1, Question(id="q2", text="Another?")]
    transcript = Transcript(topic="T", questions=questions, answers=[ok, failed])
    assert FAKE_KEY not in dump_transcript(transcript) and FAKE_KEY not in json.dumps(transcript.to_data())
    assert failed.error and KEY_VAR in failed.error


def test_progress_on_a_terminal_and_quiet_otherwise(server: OpenAIStub, tmp_path: Path) -> None:
    server.script("kimi-model", [Reply.error(400, "bad [thing]")])
    stream = io.StringIO()
    specs = [make_spec(server, "grok"), make_spec(server, "kimi")]
    with Progress(total=2, enabled=True, stream=stream) as progress:
        asyncio.run(ask_panel(specs, [Q1], topic_title="T", language="zh", journal=Journal(tmp_path),
                              progress=progress))
    assert progress.finished == 2 and [f[0] for f in progress.failed] == ["kimi"]
    shown = " ".join(stream.getvalue().split())  # rich wraps at 80 columns off a terminal
    assert "grok q1" in shown and "kimi q1" in shown and "bad [thing]" in shown
    quiet = io.StringIO()
    with Progress(total=1, stream=quiet) as p:  # a StringIO is not a terminal
        p.start("grok", "q1")
        p.done("grok", "q1", ok=False, note="timeout")
    assert quiet.getvalue() == ""


def test_shared_journal_stays_whole_under_concurrent_writers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Many threads recording while others open the shared journal: the index ends with every answer."""
    import os
    import threading
    import time

    import drafter.panel.journal as journal_module

    real_fsync = os.fsync

    def slow_fsync(fd: int) -> None:  # widens the window between a write and its bookkeeping
        time.sleep(0.002)
        real_fsync(fd)

    monkeypatch.setattr(journal_module.os, "fsync", slow_fsync)

    path = tmp_path / "answers.jsonl"
    keys_written = [f"k{t}-{i}" for t in range(8) for i in range(6)]

    def work(thread: int) -> None:
        for i in range(6):  # open, pause, record: other threads write in between
            journal = Journal.shared(path)
            time.sleep(0.001 * ((thread + i) % 3))
            journal.record(f"k{thread}-{i}", Answer(question="q1", model="m", text="an answer"))

    threads = [threading.Thread(target=work, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    journal = Journal.shared(path)
    assert all(journal.lookup(k) is not None for k in keys_written)
    assert Journal.shared(path, fresh=True).lookup("k1") is None, "a fresh view ignores what is stored"
