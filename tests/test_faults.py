"""Faults: a write that fails half way, a read-only or full disk, models that hang, babble or vanish,
and Ctrl-C in the middle of a run. Each leaves the previous outputs whole and tells the user what to do."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner, Result

from drafter.cli.main import cli
from drafter.errors import OutputError
from drafter.inputs import files as fileio
from drafter.inputs.transcript import Question
from drafter.panel import keys
from drafter.panel.ask import ask_one, ask_panel
from drafter.panel.config import ModelSpec
from drafter.panel.journal import Journal
from tests.openai_server import OpenAIStub, Reply

ROOT = Path(__file__).resolve().parent.parent
H200 = ROOT / "examples" / "h200"
KEY_VAR = "DRAFTER_FAULTS_KEY"
KEY = "sk-faults-0123456789abcdef"
RESUME_HINT = "run the same command again to resume"


@pytest.fixture(autouse=True)
def _key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_VAR, KEY)
    monkeypatch.setattr(keys, "_loaded", {Path("/nonexistent/.env")})
    monkeypatch.setattr(keys, "_scanned", set())


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def temp_files(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


# ---- atomic writes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("fails", ["write", "fsync", "chmod", "replace"])
def test_a_write_that_fails_half_way_leaves_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              fails: str) -> None:
    target = tmp_path / "draft.docx"
    target.write_bytes(b"the editor's version")

    def boom(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.EIO, "Input/output error")

    if fails == "write":
        real_fdopen = os.fdopen

        class Half:
            def __init__(self, fh: Any) -> None:
                self.fh = fh

            def __enter__(self) -> Half:
                return self

            def __exit__(self, *exc: object) -> None:
                self.fh.close()

            def write(self, data: bytes) -> None:
                self.fh.write(data[: len(data) // 2])  # half the bytes land, then the disk fails
                raise OSError(errno.EIO, "Input/output error")

        monkeypatch.setattr(os, "fdopen", lambda fd, mode: Half(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(os, fails, boom)
    with pytest.raises(OutputError) as info:
        fileio.atomic_write_bytes(target, b"a new version that never lands " * 100)
    assert target.read_bytes() == b"the editor's version"
    assert temp_files(tmp_path) == [], "no temp file is left behind"
    assert str(target) in info.value.one_line() and "fix:" in info.value.one_line()


def test_an_interrupt_during_a_write_removes_the_temp_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "run.json"
    target.write_text("{}", encoding="utf-8")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        fileio.atomic_write_text(target, '{"new": true}')
    assert target.read_text(encoding="utf-8") == "{}" and temp_files(tmp_path) == []


def test_outputs_get_ordinary_permissions(tmp_path: Path) -> None:
    """mkstemp makes 0600 files; an output is shared with editors like any file the user makes."""
    fresh = tmp_path / "fresh.md"
    fileio.atomic_write_text(fresh, "x")
    umask = os.umask(0o022)
    os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.md"
    kept.write_text("x", encoding="utf-8")
    kept.chmod(0o640)
    fileio.atomic_write_text(kept, "y")
    assert kept.stat().st_mode & 0o777 == 0o640, "a replaced file keeps its mode"


# ---- a read-only output folder -----------------------------------------------------------------------

def _readonly_cli(args: list[str], readonly: Path) -> tuple[int, str]:
    """Run the CLI with `readonly` not writable: chmod when we are not root, else a read-only bind mount
    in a private mount namespace (root ignores permission bits)."""
    if os.geteuid() != 0:
        mode = readonly.stat().st_mode
        readonly.chmod(0o555)
        try:
            result = invoke(*args)
            return result.exit_code, result.stderr + (repr(result.exception) if result.exit_code not in (0, 2) else "")
        finally:
            readonly.chmod(mode)
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: cannot make a folder read-only for root")
    probe = subprocess.run(["unshare", "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0"', str(readonly)],
                           capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"running as root and cannot bind-mount read-only here: {probe.stderr.strip()}")
    done = subprocess.run(["unshare", "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0" && shift && exec "$@"',
                           str(readonly), "--", sys.executable, "-m", "drafter", *args],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    return done.returncode, done.stderr


@pytest.mark.parametrize("where", ["the out dir itself", "its parent"])
def test_a_read_only_out_dir_is_a_clear_error(tmp_path: Path, where: str) -> None:
    parent = tmp_path / "parent"
    out = parent / "out"
    out.mkdir(parents=True)
    (out / "draft.md").write_text("the editor's draft", encoding="utf-8")
    target = out if where == "the out dir itself" else parent / "new"
    readonly = out if where == "the out dir itself" else parent
    code, err = _readonly_cli(["draft", str(H200 / "topic.md"), "--out", str(target), "-q"], readonly)
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 2, err
    assert "Traceback" not in err and len(lines) == 1, err
    assert lines[0].startswith("drafter: error:") and "--out" in lines[0] and "fix:" in lines[0]
    assert str(target) in lines[0], "the message names the folder"
    assert (out / "draft.md").read_text(encoding="utf-8") == "the editor's draft"


# ---- a full disk -------------------------------------------------------------------------------------

def _fsync_fails_for(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """fsync raises ENOSPC for files whose name holds `name` (found from the descriptor, on Linux)."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell which file an fsync is for")
    real = os.fsync

    def fsync(fd: int) -> None:
        if name in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


@pytest.mark.parametrize("failing", ["topic.json", "draft.docx"])
def test_a_full_disk_is_a_clear_error_and_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        failing: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "draft.docx").write_bytes(b"the editor's docx")
    _fsync_fails_for(monkeypatch, failing)
    result = invoke("draft", str(H200 / "topic.md"), "--out", str(out), "-q")
    err = result.stderr
    assert result.exit_code == 2, (err, result.exception)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, err
    assert failing in lines[0] and "No space left on device" in lines[0] and "free some disk space" in lines[0]
    assert (out / "draft.docx").read_bytes() == b"the editor's docx"
    assert temp_files(out) == []


def test_a_full_disk_while_journaling_an_answer_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 server: OpenAIStub) -> None:
    out = tmp_path / "out"
    topic, panel = live_topic(tmp_path, server, ["alpha"])
    _fsync_fails_for(monkeypatch, "answers.jsonl")
    result = invoke("draft", str(topic), "--panel", str(panel), "--out", str(out), "-q")
    assert result.exit_code == 2, (result.stderr, result.exception)
    assert "No space left on device" in result.stderr and "free some disk space" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


# ---- models that fail --------------------------------------------------------------------------------

@pytest.fixture
def server() -> Iterator[OpenAIStub]:
    with OpenAIStub() as stub:
        yield stub


class _Garbage(BaseHTTPRequestHandler):
    """An endpoint that answers 200 with a body that is not JSON."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length") or 0))
        body = b'{"id": "x", "choices": [{"message": {"content": "half'
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def garbage_url() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Garbage)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    finally:
        httpd.shutdown()
        httpd.server_close()


def spec(key: str, base_url: str, **over: Any) -> ModelSpec:
    data: dict[str, Any] = {"key": key, "label": key.title(), "provider": "openai", "model": f"m-{key}",
                            "base_url": base_url, "api_key_env": KEY_VAR, "timeout_s": 3.0, "max_retries": 0}
    return ModelSpec(**{**data, **over})


Q = [Question(id="q1", text="Will the US lead in AI grow?"), Question(id="q2", text="Should China buy the H200?")]


def test_each_failing_model_is_an_error_on_its_answer_and_the_others_carry_on(
        tmp_path: Path, server: OpenAIStub, garbage_url: str) -> None:
    server.script("m-good", handler=lambda model, messages: "Yes. It will grow.")
    server.script("m-hang", [Reply.hanging()] * 4)
    server.script("m-auth", [Reply.error(401, f"Incorrect API key provided: {KEY}")] * 4)
    server.script("m-busy", [Reply.error(503, "overloaded")] * 4)
    specs = [spec("good", server.base_url), spec("hang", server.base_url, timeout_s=0.5),
             spec("garbage", garbage_url), spec("auth", server.base_url), spec("busy", server.base_url)]
    started = time.perf_counter()
    answers = asyncio.run(ask_panel(specs, Q, topic_title="AI", language="en", journal=Journal(tmp_path)))
    assert time.perf_counter() - started < 10, "a hung model costs its timeout, not the run"
    by = {(a.model, a.question): a for a in answers}
    assert len(answers) == 10
    for qid in ("q1", "q2"):
        assert by["good", qid].ok and by["good", qid].text == "Yes. It will grow."
        assert by["hang", qid].error == "timeout after 0.5 s"
        assert by["garbage", qid].error and not by["garbage", qid].text
        auth, busy = by["auth", qid].error or "", by["busy", qid].error or ""
        assert "authentication failed" in auth and KEY not in auth
        assert "503" in busy
    journal = [json.loads(line) for line in (tmp_path / "answers.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(journal) == 10, "every outcome is recorded, the failures too"
    assert KEY not in (tmp_path / "answers.jsonl").read_text(encoding="utf-8")


def ask_streaming(s: ModelSpec, journal: Journal) -> Any:
    async def main() -> Any:
        async with httpx.AsyncClient() as client:
            return await ask_one(s, Q[0], topic_title="AI", language="en", journal=journal,
                                 http_async_client=client, streaming=True)

    return asyncio.run(main())


def test_a_stream_cut_mid_answer_is_an_error_not_half_a_quote(tmp_path: Path, server: OpenAIStub) -> None:
    server.script("m-cut", [Reply.closed_mid_stream("This answer is cut off half way through the", after=2)])
    answer = ask_streaming(spec("cut", server.base_url), Journal(tmp_path))
    assert answer.error and answer.text == "", "a partial answer is never kept as if whole"
    assert "closed mid-answer" in answer.error or "ended before" in answer.error


def test_an_empty_answer_is_recorded_as_an_error(tmp_path: Path, server: OpenAIStub) -> None:
    server.script("m-empty", ["", " \n "])
    answers = asyncio.run(ask_panel([spec("empty", server.base_url)], Q, topic_title="AI", language="en",
                                    journal=Journal(tmp_path)))
    assert len(answers) == 2 and all(a.error and "empty" in a.error and a.text == "" for a in answers)


def live_topic(folder: Path, server: OpenAIStub, models: list[str], roles: dict[str, str] | None = None,
               **over: dict[str, Any]) -> tuple[Path, Path]:
    lines = ["[roles]", *(f'{role} = "{key}"' for role, key in (roles or {}).items())]
    for m in models:
        lines += [f"[models.{m}]", f'label = "{m.title()}"', 'provider = "openai"', f'model = "m-{m}"',
                  f'base_url = "{server.base_url}"', f'api_key_env = "{KEY_VAR}"', "max_retries = 0"]
        lines += [f"{k} = {json.dumps(v)}" for k, v in over.get(m, {}).items()]
    panel = folder / "panel.toml"
    panel.write_text("\n".join(lines) + "\n", encoding="utf-8")
    topic = folder / "topic.md"
    topic.write_text("---\ntitle: Will the US lead in AI grow?\nlanguage: en\nquestions:\n"
                     "  - Will the US lead in AI grow if China buys no H200?\n  - Should China buy the H200?\n"
                     f"panel: [{', '.join(models)}]\n---\nNotes.\n", encoding="utf-8")
    return topic, panel


def test_a_run_with_failing_models_finishes_and_says_so(tmp_path: Path, server: OpenAIStub) -> None:
    server.script("m-alpha", handler=lambda model, messages: "Yes. The lead will grow, because compute matters.")
    server.script("m-beta", handler=lambda model, messages: "No. The lead will not grow; algorithms matter more.")
    server.script("m-hang", [Reply.hanging()] * 4)
    server.script("m-broken", [Reply.error(500, "upstream exploded")] * 4)
    server.script("m-mute", ["", "   "])
    # The analyst's structured calls get garbage where JSON is expected: the offline engine takes over.
    server.script("m-critic", [Reply.garbage()] * 8)
    topic, panel = live_topic(tmp_path, server, ["alpha", "beta", "hang", "broken", "mute", "critic"],
                              roles={"analyst": "critic"}, hang={"timeout_s": 0.5})
    topic.write_text(topic.read_text(encoding="utf-8").replace(", critic]", "]"), encoding="utf-8")
    out = tmp_path / "out"
    result = invoke("draft", str(topic), "--panel", str(panel), "--out", str(out), "-q")
    assert result.exit_code == 1, (result.stderr, result.exception)
    assert "hang: q1: timeout after 0.5 s" in result.stderr and "broken: q1: HTTP 500" in result.stderr
    assert "mute: q1: the model returned an empty answer" in result.stderr
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["status"] == "partial" and run["models"]["hang"]["failed"] == 2
    assert run["models"]["alpha"]["answered"] == 2 and run["models"]["beta"]["answered"] == 2
    assert (out / "draft.docx").is_file() and "Alpha" in (out / "draft.md").read_text(encoding="utf-8")
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert {"hang", "broken", "mute"} <= set(analysis["questions"][0]["failed"])
    assert server.calls_for("m-critic"), "the analyst was asked"
    assert any({"alpha", "beta"} == set(c["models"]) for c in analysis["questions"][0]["contradictions"])


# ---- Ctrl-C ------------------------------------------------------------------------------------------

def _default_sigint() -> None:
    """Give the child the default SIGINT disposition, whatever the test run inherited."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sigint_during_draft_exits_130_keeps_the_answers_and_resumes(tmp_path: Path, server: OpenAIStub) -> None:
    server.script("m-alpha", handler=lambda model, messages: "Yes. The lead will grow, because compute matters.",
                  latency=0.05)
    server.script("m-beta", handler=lambda model, messages: "No. The lead will not grow; algorithms matter more.",
                  latency=120)
    topic, panel = live_topic(tmp_path, server, ["alpha", "beta"], beta={"timeout_s": 300})
    out = tmp_path / "out"
    args = [sys.executable, "-m", "drafter", "draft", str(topic), "--panel", str(panel), "--out", str(out), "-q"]
    env = {**os.environ, KEY_VAR: KEY}
    # Ctrl-C reaches drafter as it would from a terminal: a test run started as a background job inherits SIGINT
    # ignored (POSIX shells ignore it for background jobs), and the child would never see the signal sent below
    proc = subprocess.Popen(args, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_sigint)
    try:
        journal = out / "answers.jsonl"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (
                journal.is_file() and len(journal.read_text(encoding="utf-8").splitlines()) >= 2):
            assert proc.poll() is None, proc.communicate()
            time.sleep(0.05)
        assert len(server.calls_for("m-beta")) == 2, "beta is still thinking about both questions"
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    finally:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()
    assert proc.returncode == 130, err
    assert RESUME_HINT in err and "Traceback" not in err, err
    saved = [json.loads(line)["answer"] for line in journal.read_text(encoding="utf-8").splitlines()]
    assert sorted((a["model"], a["question"]) for a in saved) == [("alpha", "q1"), ("alpha", "q2")]
    assert all(a["text"].startswith("Yes.") for a in saved)

    # The same command again: alpha is not asked twice, beta (now quick) is, and the draft comes out.
    server.script("m-beta", latency=0.05)
    alpha_calls = len(server.calls_for("m-alpha"))
    done = subprocess.run(args, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(server.calls_for("m-alpha")) == alpha_calls, "answers that came back are not paid for again"
    assert (out / "draft.docx").is_file()
