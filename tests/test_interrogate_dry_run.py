"""--dry-run: the calls, tokens and cost of the whole run, options included; nothing is asked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from drafter.cli.main import cli
from drafter.inputs.topic import load_topic
from drafter.panel.ask import ask_messages
from drafter.panel.tokens import count_tokens
from drafter.plan.propose import plan_offline
from drafter.prompts import messages_text
from tests.livepanel import FAKE_KEY, KEY_VAR, write_panel, write_topic
from tests.openai_server import OpenAIStub


@pytest.fixture
def server() -> Any:
    with OpenAIStub() as stub:
        yield stub


def _row(output: str, role: str, model: str) -> list[str]:
    return next(line.split() for line in output.splitlines() if line.split()[:2] == [role, model])


def test_dry_run_counts_every_call_and_asks_nothing(tmp_path: Path, server: OpenAIStub,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a", "b": "m-b"}, prices=(2.0, 8.0))
    topic = write_topic(tmp_path, ["a", "b"])
    result = CliRunner().invoke(cli, ["draft", str(topic), "--panel", str(panel), "--out", str(tmp_path / "out"),
                                      "--dry-run", "--samples", "3", "--press"])
    assert result.exit_code == 0, result.output
    assert server.calls == []  # asked nothing
    assert not (tmp_path / "out").exists()  # and wrote nothing
    assert "press 1" in result.output and "samples 3" in result.output
    # 3 questions x 3 samples per model, tokens counted on the very prompts a run sends
    loaded = load_topic(topic)
    prompt_tokens = sum(count_tokens(messages_text(ask_messages(q, topic_title=loaded.title, language="en")))
                        for q in plan_offline(loaded, None))
    _role, _model, calls, tokens_in, tokens_out, cost = _row(result.output, "panel", "a")
    assert (calls, int(tokens_in), int(tokens_out)) == ("9", 3 * prompt_tokens, 9 * 600)
    assert float(cost) == pytest.approx((3 * prompt_tokens * 2.0 + 9 * 600 * 8.0) / 1e6, abs=1e-4)
    assert _row(result.output, "press", "b")[2] == "≤3"  # only dodgers are pressed: at most one per question
    total = next(line.split() for line in result.output.splitlines() if line.startswith("total"))
    assert total[1] == str(2 * 9 + 2 * 3)


def test_dry_run_without_the_other_language_names_the_field(tmp_path: Path, server: OpenAIStub,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a"})
    topic = write_topic(tmp_path, ["a"])
    result = CliRunner().invoke(cli, ["draft", str(topic), "--panel", str(panel), "--dry-run", "--also-ask", "zh"])
    assert result.exit_code == 2
    assert "questions_zh" in result.output and "Traceback" not in result.output
    assert server.calls == []


def test_a_review_pause_repeats_the_interrogation_options(tmp_path: Path, server: OpenAIStub,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a"})
    topic = write_topic(tmp_path, ["a"])
    result = CliRunner().invoke(cli, ["draft", str(topic), "--panel", str(panel), "--out", str(tmp_path / "out"),
                                      "--review", "--samples", "2", "--press", "2", "-q"])
    assert result.exit_code == 0, result.output
    assert "--press 2 --samples 2 --review --questions-file" in result.output
    assert server.calls == []  # paused before any model was asked


def test_batch_takes_the_interrogation_options(tmp_path: Path, server: OpenAIStub,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.livepanel import YES

    monkeypatch.setenv(KEY_VAR, FAKE_KEY)
    server.script("m-a", handler=lambda model, messages: YES)
    panel = write_panel(tmp_path, server.base_url, {"a": "m-a"})
    topic = write_topic(tmp_path, ["a"])
    result = CliRunner().invoke(cli, ["batch", str(topic), "--panel", str(panel), "--out-root", str(tmp_path / "o"),
                                      "--samples", "2"])
    assert result.exit_code == 0, result.output
    assert len(server.calls_for("m-a")) == 3 * 2  # three questions, two samples each
