"""The column graph behind a real LangGraph server: `langgraph dev` on loopback, driven with the SDK.

The server runs in a temporary working folder (it writes `.langgraph_api/` into its working folder,
never into the repo) from the repo's langgraph.json with its relative paths made absolute. The test
runs examples/h200 (hand-collected answers: no model, no key) through both review pauses, the way a
newsroom front end would: start a run, read the interrupt, resume with `Command(resume=...)`.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANGGRAPH = Path(sys.executable).with_name("langgraph")
STARTUP_S = 30  # from spawn to answering /ok (2-3 s here)
BUDGET_S = 90  # the whole test: start-up, three runs of at most RUN_S each, shutdown
RUN_S = 20  # one run to its pause or its end (about 1 s here)

# `langgraph dev` turns synchronous I/O inside async nodes into errors (blockbuster). The column
# graph's async nodes still do some (plan: atomic_write_text; ask: Journal.record's mkdir; write:
# templates.search_dirs' Path.cwd(); keys.load_env_files' Path.cwd() when a model is configured).
# Until those run in a thread, the dev server is started with --allow-blocking. Set this to False
# once they do, so the test also guards against new blocking calls.
ALLOW_BLOCKING = False

# Nothing the server may reach for beyond loopback: CLI analytics (a thread posting on every
# command), the PyPI version check at start-up, LangSmith tracing. Checked with strace: with these
# set, `langgraph dev` makes no network connection of its own.
OFFLINE_ENV = {
    "LANGGRAPH_CLI_NO_ANALYTICS": "1",
    "LANGGRAPH_NO_VERSION_CHECK": "true",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
}
LOOPBACK = "127.0.0.1,localhost"

ANSI = re.compile(r"\x1b\[[0-9;]*m")
API_LINE = re.compile(r"API:\s*(http://127\.0\.0\.1:\d+)")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(BUDGET_S + 20)]  # + room to stop the server


def _missing_server_packages() -> str | None:
    missing = [name for name in ("langgraph_api", "langgraph_cli", "langgraph_sdk")
               if importlib.util.find_spec(name) is None]
    if missing:
        return f"{', '.join(missing)} not installed (pip install -e '.[server]')"
    if not LANGGRAPH.exists():
        return f"no langgraph command next to {sys.executable}"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _server_config(folder: Path) -> Path:
    """The repo's langgraph.json, its relative paths resolved against the repo, written to `folder`.

    `langgraph dev` resolves graph paths and "." dependencies against its working folder, and it keeps
    its state in `.langgraph_api/` there: so the server runs in `folder`, not in the repo."""
    config = json.loads((ROOT / "langgraph.json").read_text(encoding="utf-8"))

    def absolute(path: str) -> str:
        return str((ROOT / path).resolve()) if path.startswith(".") else path

    config["dependencies"] = [absolute(d) for d in config.get("dependencies", [])]
    graphs = {}
    for graph_id, spec in config["graphs"].items():
        file, _, variable = spec.rpartition(":")
        graphs[graph_id] = f"{absolute(file)}:{variable}" if "/" in file else spec
    config["graphs"] = graphs
    path = folder / "langgraph.json"
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return path


class Server:
    """`langgraph dev` in its own process group; the URL is read from its banner (the port may move)."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.lines: list[str] = []
        self.url: str | None = None
        self._found = threading.Event()
        self.proc: subprocess.Popen[str] | None = None
        self.spawned_at = time.monotonic()
        self.repo_had_state = (ROOT / ".langgraph_api").exists()

    def start(self) -> None:
        config = _server_config(self.workdir)
        args = [str(LANGGRAPH), "dev", "--no-browser", "--no-reload", "--host", "127.0.0.1",
                "--port", str(_free_port()), "--config", str(config)]
        if ALLOW_BLOCKING:
            args.append("--allow-blocking")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.spawned_at = time.monotonic()
        self.proc = subprocess.Popen(args, cwd=self.workdir, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     encoding="utf-8", errors="replace", start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for raw in self.proc.stdout:
            line = ANSI.sub("", raw.rstrip("\n"))
            self.lines.append(line)
            if self.url is None and (m := API_LINE.search(line)):
                self.url = m.group(1)
                self._found.set()
        self._found.set()  # the process ended: stop waiting

    def wait_ready(self, timeout: float) -> str:
        import httpx

        deadline = time.monotonic() + timeout
        self._found.wait(timeout)
        if self.url is None:
            raise AssertionError(f"langgraph dev printed no API URL within {timeout:.0f} s\n{self.log()}")
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"langgraph dev exited ({self.proc.returncode})\n{self.log()}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.url}/ok", timeout=2, trust_env=False).status_code == 200:
                    return self.url
            time.sleep(0.1)
        raise AssertionError(f"{self.url}/ok did not answer within {timeout:.0f} s\n{self.log()}")

    def stop(self) -> None:
        """Terminate the whole process group (the CLI and anything it started), then make sure."""
        if self.proc is None or self.proc.poll() is not None:
            return
        for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, sig)
            try:
                self.proc.wait(grace)
                return
            except subprocess.TimeoutExpired:
                continue

    def log(self, last: int = 60) -> str:
        return "\n".join(self.lines[-last:])


@pytest.fixture
def langgraph_server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    reason = _missing_server_packages()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI must run the LangGraph server test: {reason}")
        pytest.skip(reason)
    for name, value in OFFLINE_ENV.items():
        monkeypatch.setenv(name, value)
    for name in ("NO_PROXY", "no_proxy"):  # the SDK's httpx client honours proxy variables
        monkeypatch.setenv(name, ",".join(filter(None, (os.environ.get(name), LOOPBACK))))
    workdir = tmp_path / "server"
    workdir.mkdir()
    server = Server(workdir)
    try:
        server.start()
        server.wait_ready(STARTUP_S)
        yield server
    finally:
        server.stop()


def _interrupt(result: Any, kind: str) -> Any:
    """The value of the one pause in a `runs.wait` result (the thread's values plus `__interrupt__`)."""
    assert isinstance(result, dict), result
    pauses = result.get("__interrupt__") or []
    assert len(pauses) == 1, f"expected one {kind} interrupt, got {pauses!r}"
    value = pauses[0]["value"]
    assert value["kind"] == kind
    return value[kind]


def test_review_round_trip_through_langgraph_dev(langgraph_server: Server, tmp_path: Path) -> None:
    from langgraph_sdk import get_sync_client

    shutil.copytree(ROOT / "examples" / "h200", tmp_path / "h200")
    out = tmp_path / "out"
    assert langgraph_server.url is not None
    # (connect, read, write, pool): runs.wait reads until the run pauses or ends
    client = get_sync_client(url=langgraph_server.url, api_key=None, timeout=(5.0, RUN_S, RUN_S, 5.0))
    thread_id = client.threads.create()["thread_id"]

    try:
        # 1. The run stops before any model is asked, showing the planned questions.
        # Run settings are the runtime context, given with every run of the thread (never kept in its state).
        context = {"out_dir": str(out), "review": True}
        first = client.runs.wait(thread_id, "column", input={"topic_path": str(tmp_path / "h200" / "topic.md")},
                                 context=context)
        questions = _interrupt(first, "questions")
        assert [q["id"] for q in questions] == ["q1", "q2", "q3", "q4"]
        state = client.threads.get_state(thread_id)
        assert state["next"] == ["review_questions"]
        assert state["interrupts"][0]["value"]["kind"] == "questions"
        assert client.threads.get(thread_id)["status"] == "interrupted"
        assert not (out / "draft.md").exists()

        # 2. The editor drops q3; the run stops again at the analysis.
        dropped = next(q for q in questions if q["id"] == "q3")
        second = client.runs.wait(thread_id, "column", context=context, command={
            "resume": [q for q in questions if q["id"] != "q3"]})
        analysis = _interrupt(second, "analysis")
        assert [q["id"] for q in analysis["questions"]] == ["q1", "q2", "q4"]
        assert client.threads.get_state(thread_id)["next"] == ["review_analysis"]

        # 3. The editor drops one contradiction; the run writes the column and ends.
        q1 = analysis["questions"][0]
        assert q1["contradictions"], "examples/h200 q1 has a clash (alpha affirms, beta denies)"
        clash = q1["contradictions"].pop(0)
        third = client.runs.wait(thread_id, "column", context=context, command={"resume": analysis})
        assert isinstance(third, dict) and "__interrupt__" not in third
        assert set(third["outputs"]) >= {"draft_md", "draft_docx", "analysis"}
        assert client.threads.get(thread_id)["status"] == "idle"
        assert client.threads.get_state(thread_id)["next"] == []
        assert {r["status"] for r in client.runs.list(thread_id)} == {"success"}
    except Exception:
        print(langgraph_server.log())  # shown by pytest on failure
        raise

    for name in ("draft.md", "draft.docx", "analysis.json"):
        assert (out / name).stat().st_size > 0, name
    final = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert [q["id"] for q in final["questions"]] == ["q1", "q2", "q4"]
    assert (clash["models"], clash["point"]) not in [
        (c["models"], c["point"]) for c in final["questions"][0]["contradictions"]]
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    assert dropped["text"] not in markdown
    assert "模型甲" in markdown and "模型乙" in markdown

    # The server kept its state in its own folder, not in the repo.
    assert (langgraph_server.workdir / ".langgraph_api").is_dir()
    if not langgraph_server.repo_had_state:
        assert not (ROOT / ".langgraph_api").exists()
    assert time.monotonic() - langgraph_server.spawned_at < BUDGET_S
