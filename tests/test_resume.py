"""A run killed with SIGKILL mid-fan-out resumes with the same command, asking no answered pair again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.livepanel import FAKE_KEY, KEY_VAR, NO, YES, question_of, write_panel, write_topic
from tests.openai_server import OpenAIStub


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def drafter_cmd(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "drafter", *map(str, args)]


def env() -> dict[str, str]:
    return {**os.environ, KEY_VAR: FAKE_KEY, "LANGSMITH_TRACING": "false"}


def completed_pairs(server: OpenAIStub) -> set[tuple[str, str]]:
    return {(c.model, question_of(c.messages)) for c in server.calls if c.status == 200 and c.ended}


def wait_for(condition: Any, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for the run to reach the kill point")
        time.sleep(0.05)


@pytest.mark.parametrize("journal", ["kept", "deleted"])
def test_sigkill_mid_fan_out_then_resume_asks_no_pair_twice(tmp_path: Path, server: OpenAIStub, journal: str) -> None:
    """With the journal deleted, the SQLite checkpoint alone must still know the six answers."""
    server.script("m-a", handler=lambda model, messages: YES, latency=0.05)
    server.script("m-b", handler=lambda model, messages: NO, latency=0.05)
    server.script("m-c", handler=lambda model, messages: NO, latency=30)  # still in flight at the kill
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b", "c": "m-c"}, timeout_s=60)
    topic = write_topic(tmp_path, ["a", "b", "c"])
    out = tmp_path / "out"
    command = drafter_cmd("draft", topic, "--panel", panel, "--out", out, "-q")

    run = subprocess.Popen(command, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for(lambda: len(completed_pairs(server)) == 6 and len(server.calls_for("m-c")) == 3, 60)
        time.sleep(0.3)  # let the journal and the checkpoint take the six answers
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait(10)
    assert run.returncode == -signal.SIGKILL
    before = completed_pairs(server)
    assert {m for m, _ in before} == {"m-a", "m-b"}

    listing = subprocess.run(drafter_cmd("runs", tmp_path), env=env(), capture_output=True, text=True, timeout=60)
    assert "unfinished" in listing.stdout, listing.stdout + listing.stderr

    if journal == "deleted":
        (out / "answers.jsonl").unlink()
    server.reset()
    server.script("m-c", handler=lambda model, messages: NO, latency=0.05)
    resumed = subprocess.run(command, env=env(), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    after = [(c.model, question_of(c.messages)) for c in server.calls]
    assert {m for m, _ in after} == {"m-c"}
    assert not set(after) & before, "an answered pair was asked again"
    assert len(after) == 3, f"only the three unanswered pairs are asked: {after}"
    draft = (out / "draft.md").read_text(encoding="utf-8")
    assert "Model C" in draft and "did not answer" not in draft.lower()
    lines = (out / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == (9 if journal == "kept" else 3), "the killed run's six answers, then three on resume"
    transcript = (out / "transcript.yaml").read_text(encoding="utf-8")
    assert transcript.count("source: live") == 9
