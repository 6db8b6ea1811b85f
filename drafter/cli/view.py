"""`drafter view [OUT]`: serve a run's report.html on loopback; for a paused `--review` run, the page is the review.

The server binds 127.0.0.1 on a random port and answers only requests that carry the random token of its URL
(403 otherwise) and name a loopback host (against DNS rebinding). Saving a review writes the same file the
CLI pause leaves (questions.yaml or analysis.json), stops the server and resumes the run exactly as
`drafter draft … --review --questions-file/--analysis-file` would. The server also stops when the run moves
on without it (run.json changes) and after an idle timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import click

from drafter.errors import EXIT_OK, InputError
from drafter.export.report_html import Review, report_from_out_dir
from drafter.outdir import OutDir

MAX_BODY = 5_000_000


@dataclass
class Paused:
    """A run waiting on a review pause, as its checkpoint holds it."""

    kind: str  # questions | analysis
    payload: Any
    state: dict[str, Any]


async def paused_review(root: Path) -> Paused | None:
    """The pause the run in ROOT waits on, or None when it is not paused for review."""
    out = OutDir(root)
    pointer = root / ".thread"
    if not out.checkpoints.exists() or not pointer.exists():
        return None
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    from graphs.column import build

    async with AsyncSqliteSaver.from_conn_string(str(out.checkpoints)) as saver:
        graph = build(saver)
        config = {"configurable": {"thread_id": pointer.read_text().strip()}}
        snapshot = await graph.aget_state(config)
    if not snapshot.next or not snapshot.interrupts:
        return None
    value = snapshot.interrupts[0].value
    if not isinstance(value, dict) or value.get("kind") not in ("questions", "analysis"):
        return None
    return Paused(value["kind"], value.get(value["kind"]), dict(snapshot.values))


def review_page(root: Path, paused: Paused, token: str) -> str:
    """The review page: the analysis pause shows the full report with controls; the questions pause a list."""
    from drafter.inputs.transcript import Transcript
    from drafter.workflow.nodes import topic_of, transcript_of

    review = Review(paused.kind, paused.payload, token)
    if paused.kind == "analysis":
        return report_from_out_dir(root, review, transcript_of(paused.state), paused.payload)  # type: ignore[arg-type]
    topic = topic_of(paused.state)  # type: ignore[arg-type]
    return report_from_out_dir(root, review, Transcript(topic=topic.title, language=topic.lang),  # type: ignore[arg-type]
                               {})


def save_review(root: Path, kind: str, value: Any) -> Path:
    """Check what the page sent and write it where the CLI pause writes: the file `--…-file` then reads."""
    from drafter.workflow.review_files import write_analysis_file, write_questions_file

    out = OutDir(root)
    if kind == "questions":
        from drafter.workflow.review import parse_questions

        parse_questions(value, "questions from the review page")
        write_questions_file(out.questions_file, value)
        return out.questions_file
    from drafter.analysis.schema import Analysis

    try:
        Analysis.model_validate(value)
    except ValueError as exc:
        raise InputError("analysis from the review page", None, f"not an analysis: {exc}",
                         "reload the page and save again") from exc
    write_analysis_file(out.analysis, value)
    return out.analysis


# ---- the server ------------------------------------------------------------------------------------

class PageServer:
    """One page on 127.0.0.1 behind a token; an optional save handler for the review."""

    def __init__(self, page: str, on_save: Callable[[Any], str] | None = None) -> None:
        self.page = page.encode("utf-8")
        self.on_save = on_save
        self.token = secrets.token_urlsafe(24)
        self.saved = threading.Event()
        self.last_seen = time.monotonic()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self.port = int(self.httpd.server_address[1])
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/?token={self.token}"

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def wait(self, idle_timeout: float, moved_on: Callable[[], bool]) -> str:
        """Block until saved, idle, or the run moved on; say which."""
        while True:
            if self.saved.wait(0.5):
                return "saved"
            if time.monotonic() - self.last_seen > idle_timeout:
                return "idle"
            if moved_on():
                return "moved"


def _handler_for(server: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return  # no access log on the terminal: the URL carries the token

        def _allowed(self) -> bool:
            server.last_seen = time.monotonic()
            host = self.headers.get("Host", "")
            token = parse_qs(urlsplit(self.path).query).get("token", [""])[0]
            hosts = {f"127.0.0.1:{server.port}", f"localhost:{server.port}"}
            return host in hosts and secrets.compare_digest(token.encode(), server.token.encode())

        def _send(self, code: int, body: bytes, ctype: str) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Referrer-Policy", "no-referrer")
            self.send_header("X-Frame-Options", "DENY")
            self.end_headers()
            self.wfile.write(body)

        def _json(self, code: int, message: str) -> None:
            self._send(code, json.dumps({"message": message}, ensure_ascii=False).encode(), "application/json")

        def do_GET(self) -> None:
            if not self._allowed():
                self._send(403, b"forbidden: open the URL drafter printed (it carries the token)\n", "text/plain")
            elif urlsplit(self.path).path != "/":
                self._send(404, b"not found\n", "text/plain")
            else:
                self._send(200, server.page, "text/html; charset=utf-8")

        def do_POST(self) -> None:
            if not self._allowed():
                self._json(403, "forbidden")
                return
            if urlsplit(self.path).path != "/save" or server.on_save is None or server.saved.is_set():
                self._json(404, "nothing to save here")
                return
            length = int(self.headers.get("Content-Length") or 0)
            if not self.headers.get("Content-Type", "").startswith("application/json") or length > MAX_BODY:
                self._json(400, "expected a JSON body")
                return
            try:
                message = server.on_save(json.loads(self.rfile.read(length)))
            except (ValueError, InputError) as exc:
                self._json(400, str(exc))
                return
            self._json(200, message)
            server.saved.set()

    return Handler


# ---- the command -----------------------------------------------------------------------------------

def find_out_dir(root: Path | None) -> Path:
    """OUT as given, else the most recently touched run under out/."""
    if root is not None:
        if not (root / "run.json").exists() and not (root / ".thread").exists():
            raise InputError(root, None, "not a drafter run folder", "pass out/<slug>/ of a `drafter draft` run")
        return root.resolve()
    runs = sorted((p.parent for p in Path("out").glob("*/run.json")), key=lambda p: p.stat().st_mtime)
    if not runs:
        raise InputError("out/", None, "no runs found", "run `drafter draft TOPIC.md` first, or pass OUT")
    return runs[-1].resolve()


def _open_browser(url: str) -> None:
    """A graphical browser where one exists; never a text browser in the user's terminal."""
    if sys.platform in ("darwin", "win32") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        import webbrowser

        with contextlib.suppress(webbrowser.Error):
            webbrowser.open(url)


def _run_json_stamp(root: Path) -> float:
    path = OutDir(root).run_json
    return path.stat().st_mtime if path.exists() else 0.0


def run_view(root: Path | None, *, open_browser: bool, idle_timeout: float, quiet: bool) -> int:
    """Serve the report, or each review pause in turn until the run finishes or stops waiting."""
    out_root = find_out_dir(root)
    while True:
        paused = asyncio.run(paused_review(out_root))
        if paused is None:
            return _serve_report(out_root, open_browser, idle_timeout)
        saved = _serve_review(out_root, paused, open_browser, idle_timeout)
        if saved is None:
            return EXIT_OK
        result = _resume(out_root, paused, saved, quiet)
        if result.status != "paused":
            from drafter.cli.main import _print_run_summary

            _print_run_summary(result, f"drafter view {out_root}")
            click.echo(f"Report: {out_root / 'report.html'}", err=True)
            return int(result.exit_code)


def _serve_report(root: Path, open_browser: bool, idle_timeout: float) -> int:
    if not (root / "report.html").exists() and not (root / "transcript.yaml").exists():
        raise InputError(root, None, "this run has no report yet", "let `drafter draft` finish, then view it")
    server = PageServer(report_from_out_dir(root))
    return _serve(server, root, open_browser, idle_timeout, f"Serving the report of {root}")


def _serve_review(root: Path, paused: Paused, open_browser: bool, idle_timeout: float) -> Path | None:
    from drafter.export.report_html import saved_message
    from drafter.workflow.nodes import topic_of

    written: list[Path] = []
    lang = topic_of(paused.state).lang  # type: ignore[arg-type]

    def on_save(value: Any) -> str:
        written.append(save_review(root, paused.kind, value))
        return saved_message(str(lang), written[-1].name)

    server = PageServer("", on_save)
    server.page = review_page(root, paused, server.token).encode("utf-8")
    _serve(server, root, open_browser, idle_timeout, f"Paused for review of the {paused.kind}")
    return written[-1] if written else None


def _serve(server: PageServer, root: Path, open_browser: bool, idle_timeout: float, what: str) -> int:
    stamp = _run_json_stamp(root)
    server.start()
    click.echo(f"{what}: open\n  {server.url}", err=True)
    click.echo(server.url)  # stdout: the URL alone, for scripts
    sys.stdout.flush()
    if open_browser:
        _open_browser(server.url)
    try:
        why = server.wait(idle_timeout, lambda: _run_json_stamp(root) != stamp)
    except KeyboardInterrupt:
        why = "interrupted"
    finally:
        server.stop()
    if why == "idle":
        click.echo(f"Stopped the server after {idle_timeout:g} s without a request.", err=True)
    elif why == "moved":
        click.echo("The run moved on without this page; stopped the server.", err=True)
    return EXIT_OK


def _resume(root: Path, paused: Paused, saved: Path, quiet: bool) -> Any:
    """Go on as `drafter draft TOPIC --review --questions-file/--analysis-file FILE` would."""
    from drafter.workflow.runner import RunOptions, run_draft

    given = _run_settings(root)
    panel, reference = given.get("panel_path"), given.get("reference_docx")
    topic = given.get("topic_path") or paused.state.get("topic_path")
    if not topic:
        raise InputError(OutDir(root).run_json, "settings", "no record of the topic this run drafts",
                         "resume with `drafter draft TOPIC.md --review --questions-file/--analysis-file FILE`")
    options = RunOptions(topic_path=Path(topic), panel_path=Path(panel) if panel else None,
                         out_dir=root, review=True, reply=bool(given.get("reply")), style=given.get("style"),
                         progress=not quiet, editor=False, reference_docx=Path(reference) if reference else None,
                         questions_file=saved if paused.kind == "questions" else None,
                         analysis_file=saved if paused.kind == "analysis" else None,
                         press=int(given.get("press") or 0), samples=int(given.get("samples") or 1),
                         also_ask=given.get("also_ask"))
    click.echo(f"Resuming the run with {saved}", err=True)
    return asyncio.run(run_draft(options))


def _run_settings(root: Path) -> dict[str, Any]:
    """The paused run's settings as run.json records them (panel, reply, style, reference DOCX)."""
    try:
        run = json.loads(OutDir(root).run_json.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    settings = run.get("settings") if isinstance(run, dict) else None
    return settings if isinstance(settings, dict) else {}
