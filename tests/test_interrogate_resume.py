"""SIGKILL mid-fan-out with --samples 2 --press: the same command resumes, asking no sample twice, and presses
only the dodger, once per question."""

from __future__ import annotations

import signal
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.livepanel import NO, YES, question_of, write_panel, write_topic
from tests.openai_server import OpenAIStub
from tests.test_interrogate_press import DODGE, PRESSED, pressed
from tests.test_resume import drafter_cmd, env, wait_for


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def done_calls(server: OpenAIStub) -> Counter[tuple[str, str, bool]]:
    return Counter((c.model, question_of(c.messages), pressed(c.messages)) for c in server.calls
                   if c.status == 200 and c.ended)


@pytest.mark.parametrize("journal", ["kept", "deleted"])
def test_sigkill_then_resume_with_samples_and_press(tmp_path: Path, server: OpenAIStub, journal: str) -> None:
    server.script("m-a", handler=lambda model, messages: YES, latency=0.05)
    server.script("m-b", handler=lambda model, messages: DODGE, latency=0.05)  # dodges, also when pressed
    server.script("m-c", handler=lambda model, messages: NO, latency=30)  # still in flight at the kill
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b", "c": "m-c"}, timeout_s=60)
    topic = write_topic(tmp_path, ["a", "b", "c"])
    out = tmp_path / "out"
    command = drafter_cmd("draft", topic, "--panel", panel, "--out", out, "-q", "--samples", "2", "--press")
    run = subprocess.Popen(command, env=env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        # a and b: 3 questions x 2 samples each; c: its 4 slots (max_concurrency) taken
        wait_for(lambda: sum(done_calls(server).values()) == 12 and len(server.calls_for("m-c")) == 4, 60)
        time.sleep(0.3)  # let the journal and the checkpoint take the answers
    finally:
        run.send_signal(signal.SIGKILL)
        run.wait(10)
    assert run.returncode == -signal.SIGKILL
    before = done_calls(server)
    assert before == Counter({("m-a", q, False): 2 for q in {question_of(c.messages) for c in server.calls}}) + \
        Counter({("m-b", q, False): 2 for q in {question_of(c.messages) for c in server.calls}})
    if journal == "deleted":
        (out / "answers.jsonl").unlink()
    server.reset()
    server.script("m-c", handler=lambda model, messages: NO, latency=0.05)
    resumed = subprocess.run(command, env=env(), capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    after = done_calls(server)
    assert len(server.calls) == sum(after.values())  # every call of the resume succeeded: none was cut off
    # c: its 3 x 2 samples; b: one follow-up per question (it dodged); a: nothing again
    assert after == Counter({("m-c", q, False): 2 for q in {k[1] for k in after}}) + \
        Counter({("m-b", q, True): 1 for q in {k[1] for k in after}}), after
    assert len({k[1] for k in after}) == 3
    press_calls = [c for c in server.calls if pressed(c.messages)]
    assert all(c.messages[-1]["content"] == PRESSED for c in press_calls)
    transcript = (out / "transcript.yaml").read_text(encoding="utf-8")
    assert transcript.count("sample: 2") == 9 and transcript.count("source: press") == 3
