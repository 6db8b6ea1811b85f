"""A loopback OpenAI-compatible server for tests and benchmarks (no internet, real HTTP).

    with OpenAIStub() as server:
        server.script("grok", replies=["yes", Reply.error(429, retry_after_ms=50), {"a": 1}])
        server.script("kimi", handler=lambda model, messages: "no", latency=0.2)
        ... ChatOpenAI(base_url=server.base_url, api_key="sk-test", model="grok") ...
        server.calls  # every request: model, messages, redacted headers, timing, status

A reply is a `Reply`, or a str (text), a dict/list (structured output: JSON content for
response_format=json_schema, tool-call arguments when tools are given), or an int (an HTTP error).
Scripted replies are used in order; when a model's queue is empty its handler answers, else a
default echo. Run `python -m tests.openai_server --port 8765 --latency 0.5` for benchmarks.
"""

from __future__ import annotations

import argparse
import contextlib
import inspect
import socket
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any

import pytest

from tests.openai_wire import Call, Reply, coerce, hash_key, make_handler

__all__ = ["ANY", "Call", "OpenAIStub", "Reply", "hash_key", "main", "openai_server"]

ANY = "*"  # script() for every model


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # hung handlers must not block stop()
    # socketserver's default backlog of 5 drops SYNs under a burst of parallel calls, and the
    # client's TCP retry then adds a full second to some calls: benchmarks would lie.
    request_queue_size = 256

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-reply (a run that stopped on a full disk) is no server error. socketserver
        would print its traceback to sys.stderr, which a CLI test is capturing as the command's own stderr."""
        if not isinstance(sys.exc_info()[1], ConnectionError):  # broken pipe, reset, aborted
            super().handle_error(request, client_address)


Handler = Callable[..., Any]


@dataclass
class _Script:
    queue: deque[Any] = field(default_factory=deque)
    handler: Handler | None = None
    latency: float | None = None
    reject_json_schema: bool = False


class OpenAIStub:
    """The server; start with `with OpenAIStub() as server:` or `.start()` / `.stop()`."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, latency: float = 0.0,
                 stream_delay: float = 0.0, answer_chars: int | None = None) -> None:
        self.host, self.port = host, port
        self.latency = latency  # default for every model
        self.stream_delay = stream_delay  # between streamed chunks
        self.answer_chars = answer_chars  # pad default answers to this length (benchmarks)
        self.required_key: str | None = None
        self._scripts: dict[str, _Script] = defaultdict(_Script)
        self._calls: list[Call] = []
        self._in_flight: dict[str, int] = defaultdict(int)
        self._peak: dict[str, int] = defaultdict(int)
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._sockets: set[socket.socket] = set()
        self._httpd: _Server | None = None

    # --- lifecycle -------------------------------------------------------------------------
    def start(self) -> OpenAIStub:
        self._httpd = _Server((self.host, self.port), make_handler(self))
        self.port = self._httpd.server_address[1]
        threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                         daemon=True, name="openai-stub").start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        with self._lock:
            for sock in list(self._sockets):  # wake keep-alive and hung handler threads
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    # --- programming -----------------------------------------------------------------------
    def script(self, model: str = ANY, replies: list[Any] | None = None, *, handler: Handler | None = None,
               latency: float | None = None, reject_json_schema: bool | None = None) -> OpenAIStub:
        """Queue replies for `model` (or every model: "*"); `handler(model, messages)` or
        `handler(call)` answers once the queue is empty."""
        with self._lock:
            s = self._scripts[model]
            s.queue.extend(replies or [])
            if handler is not None:
                s.handler = handler
            if latency is not None:
                s.latency = latency
            if reject_json_schema is not None:
                s.reject_json_schema = reject_json_schema
        return self

    def require_key(self, key: str | None) -> None:
        """Answer 401 to any request without this bearer key."""
        self.required_key = key

    def reset(self) -> None:
        with self._lock:
            self._scripts.clear()
            self._calls.clear()
            self._peak.clear()

    # --- inspection ------------------------------------------------------------------------
    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def calls_for(self, model: str) -> list[Call]:
        return [c for c in self.calls if c.model == model]

    def max_in_flight(self, model: str) -> int:
        with self._lock:
            return self._peak[model]

    # --- internals used by the request handler -----------------------------------------------
    def _begin(self, call: Call) -> None:
        with self._lock:
            self._calls.append(call)
            self._in_flight[call.model] += 1
            self._peak[call.model] = max(self._peak[call.model], self._in_flight[call.model])

    def _end(self, call: Call, status: int, outcome: str) -> None:
        with self._lock:
            call.ended, call.status, call.outcome = time.monotonic(), status, outcome
            self._in_flight[call.model] -= 1

    def _next_reply(self, call: Call) -> tuple[Reply, float, bool]:
        """The reply, the latency before it, and whether json_schema is refused, for this call."""
        with self._lock:
            own, anyone = self._scripts.get(call.model), self._scripts.get(ANY)
            scripts = [s for s in (own, anyone) if s is not None]
            source = next((s for s in scripts if s.queue or s.handler), None)
            item = source.queue.popleft() if source and source.queue else None
            handler = source.handler if source else None
            latency = next((s.latency for s in scripts if s.latency is not None), self.latency)
            reject = any(s.reject_json_schema for s in scripts)
        if item is None:
            item = _call_handler(handler, call) if handler else self._default_text(call)
        reply = coerce(item)
        return reply, (reply.latency if reply.latency is not None else latency), reject

    def _default_text(self, call: Call) -> str:
        users = [str(m.get("content")) for m in call.messages if m.get("role") == "user"]
        question = users[-1] if users else ""
        text = f"{call.model} answers: {question[:200]}"
        if self.answer_chars and len(text) < self.answer_chars:
            text += " " + "lorem ipsum " * ((self.answer_chars - len(text)) // 12 + 1)
            text = text[: self.answer_chars]
        return text

    def _known_models(self) -> list[str]:
        with self._lock:
            return sorted(m for m in self._scripts if m != ANY) or ["stub-model"]


def _call_handler(handler: Handler, call: Call) -> Any:
    try:
        if len(inspect.signature(handler).parameters) == 1:
            return handler(call)
        return handler(call.model, call.messages)
    except Exception as exc:  # a failing test handler becomes a 500, visible in the client
        return Reply.error(500, f"stub handler failed: {exc!r}")



@pytest.fixture
def openai_server() -> Iterator[OpenAIStub]:
    """A started loopback server, stopped after the test."""
    with OpenAIStub() as server:
        yield server


def main(argv: list[str] | None = None) -> None:
    """Serve until interrupted: `python -m tests.openai_server --port 8765 --latency 0.5`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 = a free port (printed)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before each answer")
    parser.add_argument("--model-latency", action="append", default=[], metavar="MODEL=SECONDS",
                        help="latency for one model (repeatable)")
    parser.add_argument("--stream-delay", type=float, default=0.0, help="seconds between streamed chunks")
    parser.add_argument("--answer-chars", type=int, default=None, help="pad answers to this many characters")
    parser.add_argument("--require-key", default=None, help="answer 401 unless this bearer key is sent")
    args = parser.parse_args(argv)
    stub = OpenAIStub(args.host, args.port, latency=args.latency, stream_delay=args.stream_delay,
                      answer_chars=args.answer_chars)
    for item in args.model_latency:
        model, _, seconds = item.partition("=")
        stub.script(model, latency=float(seconds))
    stub.require_key(args.require_key)
    stub.start()
    print(f"listening on {stub.base_url}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        stub.stop()


if __name__ == "__main__":
    main()
