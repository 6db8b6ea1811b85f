"""The API key never reaches an output, a checkpoint, a log or the terminal.

A full `drafter draft` against the loopback server, with a distinctive key in an environment
variable, models that fail in ways that echo the key back (401, 400, 500), and an analyst role whose
structured call fails; then every byte the run left behind is searched for the key: each file of the
out dir (the DOCX unzipped part by part, docProps included; the SQLite checkpoints and their journal as
raw bytes), stdout, stderr and every log record.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli.main import cli
from drafter.panel import keys
from tests.openai_server import OpenAIStub, Reply

KEY_VAR = "DRAFTER_TEST_KEY"
KEY_SHAPED = "sk-test-SECRET-1234567890"
# Shaped like no key at all: only the value-based redaction can catch it.
PLAIN = "hunter2-PLAIN-passphrase-778899"


@pytest.fixture
def servers() -> Iterator[tuple[OpenAIStub, OpenAIStub]]:
    """The panel's endpoint (it checks the key like a provider would), and one that wants another key."""
    with OpenAIStub() as good, OpenAIStub() as other:
        yield good, other


def script(good: OpenAIStub, other: OpenAIStub, key: str) -> None:
    good.require_key(key)
    good.script("m-alpha", handler=lambda model, messages: "Yes. The US lead will grow, because compute matters "
                                                           "most for frontier training.")
    good.script("m-beta", handler=lambda model, messages: "No. The US lead will not grow; algorithms matter "
                                                          "more than chips.")
    # Providers that echo what they were sent, as real ones do in error messages.
    good.script("m-delta", [Reply.error(400, f"Invalid request: key {key} may not use this model")] * 4)
    good.script("m-epsilon", [Reply.error(500, f"upstream saw Authorization: Bearer {key}")] * 8)
    other.require_key("sk-the-right-one-000000")  # 401 "Incorrect API key provided: <our key>"


def write_inputs(folder: Path, good: OpenAIStub, other: OpenAIStub) -> tuple[Path, Path]:
    def model(key: str, server: OpenAIStub) -> str:
        return (f'[models.{key}]\nlabel = "{key.title()}"\nprovider = "openai"\nmodel = "m-{key}"\n'
                f'base_url = "{server.base_url}"\napi_key_env = "{KEY_VAR}"\nmax_retries = 1\ntimeout_s = 10\n')

    panel = folder / "panel.toml"
    panel.write_text(model("alpha", good) + model("beta", good) + model("gamma", other) + model("delta", good)
                     + model("epsilon", good) + '[roles]\nanalyst = "alpha"\n', encoding="utf-8")
    topic = folder / "topic.md"
    topic.write_text("---\ntitle: Will the US lead in AI grow?\nlanguage: en\nquestions:\n"
                     "  - Will the US lead in AI grow if China buys no H200?\n"
                     "panel: [alpha, beta, gamma, delta, epsilon]\n---\nNotes.\n", encoding="utf-8")
    return topic, panel


def every_byte_of(folder: Path) -> dict[str, bytes]:
    """Each file under `folder` as bytes; a DOCX (or any zip) also part by part, decompressed."""
    found: dict[str, bytes] = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        found[str(path.relative_to(folder))] = data
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for name in archive.namelist():
                    found[f"{path.name}!{name}"] = archive.read(name)
    return found


def leaks(key: str, texts: dict[str, bytes]) -> list[str]:
    needles = [key.encode(), key.encode("utf-16-le"), key[len(key) // 3:].encode()]  # whole, wide, a tail
    return [name for name, data in texts.items() if any(n in data for n in needles)]


def assert_the_run_exercised_the_echoes(out: Path, stderr: str) -> None:
    """The failures whose raw text carried the key really happened (else the scan proves little)."""
    assert "gamma: q1: authentication failed (HTTP 401)" in stderr, stderr
    assert "delta: q1: bad request (HTTP 400)" in stderr and "epsilon: q1: HTTP 500" in stderr, stderr
    assert "[REDACTED]" in (out / "run.json").read_text(encoding="utf-8"), "the echoed key was redacted, not lost"


@pytest.mark.parametrize("key", [KEY_SHAPED, PLAIN], ids=["key-shaped", "plain-passphrase"])
def test_the_key_is_nowhere_in_a_full_run(tmp_path: Path, servers: tuple[OpenAIStub, OpenAIStub], key: str,
                                          monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    good, other = servers
    script(good, other, key)
    monkeypatch.setenv(KEY_VAR, key)
    monkeypatch.setattr(keys, "_loaded", {Path("/nonexistent/.env")})
    monkeypatch.setattr(keys, "_scanned", set())
    monkeypatch.chdir(tmp_path)
    topic, panel = write_inputs(tmp_path, good, other)
    out = tmp_path / "out"
    caplog.set_level(logging.DEBUG)
    result = CliRunner().invoke(cli, ["draft", str(topic), "--panel", str(panel), "--out", str(out)])
    assert result.exit_code == 1, (result.stderr, result.exception)  # done, but three models failed
    assert good.calls_for("m-alpha") and good.calls_for("m-alpha")[0].sent_key(key), "the key was used"

    assert_the_run_exercised_the_echoes(out, result.stderr)
    expected = {"draft.md", "draft.docx", "transcript.yaml", "analysis.json", "run.json", "answers.jsonl",
                "checkpoints.sqlite", "topic.json"}
    files = every_byte_of(out)
    assert expected <= set(files), sorted(files)
    assert any(name.startswith("draft.docx!docProps/") for name in files), "the DOCX parts are scanned"
    assert leaks(key, files) == []
    assert leaks(key, {"stdout": result.stdout.encode(), "stderr": result.stderr.encode()}) == []
    logged = "\n".join(f"{r.name}: {r.getMessage()} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records and leaks(key, {"log": logged.encode()}) == []

    # `drafter models --ping` talks to the same endpoints and prints their errors.
    ping = CliRunner().invoke(cli, ["models", "--panel", str(panel), "--ping"])
    if "No such command" not in ping.stderr:
        assert "gamma" in ping.stdout + ping.stderr
        assert leaks(key, {"stdout": ping.stdout.encode(), "stderr": ping.stderr.encode()}) == []


def test_the_key_is_nowhere_in_a_debug_run_on_the_terminal(tmp_path: Path,
                                                           servers: tuple[OpenAIStub, OpenAIStub]) -> None:
    """The command as a user runs it, with --debug (debug logs of drafter and its libraries) on stderr."""
    good, other = servers
    script(good, other, KEY_SHAPED)
    topic, panel = write_inputs(tmp_path, good, other)
    out = tmp_path / "out"
    env = {**os.environ, KEY_VAR: KEY_SHAPED, "PYTHONWARNINGS": "default"}
    done = subprocess.run([sys.executable, "-m", "drafter", "--debug", "draft", str(topic), "--panel", str(panel),
                           "--out", str(out)], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode == 1, done.stderr[-3000:]
    assert "DEBUG" in done.stderr, "debug logging was on"
    assert_the_run_exercised_the_echoes(out, done.stderr)
    assert leaks(KEY_SHAPED, {"stdout": done.stdout.encode(), "stderr": done.stderr.encode()}) == []
    assert leaks(KEY_SHAPED, every_byte_of(out)) == []
