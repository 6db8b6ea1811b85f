"""The wire side of the loopback OpenAI server: replies, the call log's records, and the HTTP handler.

See tests/openai_server.py for the API tests use (OpenAIStub, the openai_server fixture).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import select
import socket
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.openai_server import OpenAIStub


def hash_key(key: str) -> str:
    """What the call log keeps of an API key: a short sha256, so tests can tell keys apart."""
    return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass
class Reply:
    """One scripted answer (or failure) of the server."""

    text: str | None = None
    data: Any = None  # structured output: JSON content, or tool-call arguments
    raw: str | None = None  # content sent as is (e.g. garbage where JSON is expected)
    status: int = 200
    message: str | None = None  # error message for status >= 400
    headers: dict[str, str] = field(default_factory=dict)
    latency: float | None = None  # seconds before answering; None = the model's latency
    hang: bool = False  # never answer (until the client gives up or the server stops)
    close_after: int | None = None  # stream: close the connection after this many chunks
    usage: tuple[int, int] | None = None  # (input, output) tokens; default: a rough count

    @classmethod
    def error(cls, status: int, message: str | None = None, *, retry_after: float | None = None,
              retry_after_ms: int | None = None) -> Reply:
        headers = {}
        if retry_after is not None:
            headers["retry-after"] = f"{retry_after:g}"
        if retry_after_ms is not None:
            headers["retry-after-ms"] = str(retry_after_ms)
        return cls(status=status, message=message, headers=headers)

    @classmethod
    def hanging(cls) -> Reply:
        return cls(hang=True)

    @classmethod
    def garbage(cls, raw: str = '{"stances": {"grok": "affirm"') -> Reply:
        return cls(raw=raw)

    @classmethod
    def closed_mid_stream(cls, text: str = "This answer is cut off half way", after: int = 2) -> Reply:
        return cls(text=text, close_after=after)


@dataclass
class Call:
    """One request as the server saw it; the API key itself is never kept."""

    model: str
    messages: list[dict[str, Any]]
    body: dict[str, Any]
    headers: dict[str, str]
    auth_sent: bool
    auth_hash: str | None
    started: float  # time.monotonic(): compare calls with it (e.g. the wait before a retry)
    ended: float | None = None
    status: int | None = None
    outcome: str = "pending"  # ok | error | hang | closed | gone
    at: float = field(default_factory=time.time)  # wall clock, for logs

    @property
    def stream(self) -> bool:
        return bool(self.body.get("stream"))

    def sent_key(self, key: str) -> bool:
        return self.auth_hash == hash_key(key)


def coerce(item: Any) -> Reply:
    if isinstance(item, Reply):
        return item
    if isinstance(item, str):
        return Reply(text=item)
    if isinstance(item, bool):
        raise TypeError("a bool is not a reply")
    if isinstance(item, int):
        return Reply.error(item)
    if hasattr(item, "model_dump"):
        return Reply(data=item.model_dump(mode="json"))
    return Reply(data=item)


def _usage(call: Call, out_text: str, reply: Reply) -> dict[str, int]:
    if reply.usage:
        prompt, completion = reply.usage
    else:  # deterministic rough count: ~4 characters a token
        prompt = sum(len(str(m.get("content") or "")) for m in call.messages) // 4 + 1
        completion = len(out_text) // 4 + 1
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _message(call: Call, reply: Reply) -> tuple[dict[str, Any], str]:
    """The assistant message for this request and reply, and its finish_reason."""
    payload = reply.raw if reply.raw is not None else (
        json.dumps(reply.data, ensure_ascii=False) if reply.data is not None else None)
    tools = call.body.get("tools") or []
    if tools and payload is not None:
        choice = call.body.get("tool_choice")
        name = choice["function"]["name"] if isinstance(choice, dict) else tools[0]["function"]["name"]
        function = {"name": name, "arguments": payload}
        tool_call = {"id": "call_stub_1", "type": "function", "function": function}
        return {"role": "assistant", "content": None, "tool_calls": [tool_call]}, "tool_calls"
    content = payload if payload is not None else (reply.text or "")
    return {"role": "assistant", "content": content}, "stop"


def _pieces(text: str, n: int = 6) -> list[str]:
    size = max(1, -(-len(text) // n))
    return [text[i: i + size] for i in range(0, len(text), size)] or [""]


def make_handler(stub: OpenAIStub) -> type[BaseHTTPRequestHandler]:
    class StubHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, and chunked streams whose truncation a client can see

        def setup(self) -> None:
            super().setup()
            with stub._lock:
                stub._sockets.add(self.connection)

        def finish(self) -> None:
            with stub._lock:
                stub._sockets.discard(self.connection)
            with contextlib.suppress(OSError):
                super().finish()

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            if self.path.rstrip("/").endswith("/models"):
                models = stub._known_models()
                data = [{"id": m, "object": "model", "created": 0, "owned_by": "stub"} for m in models]
                self._json(200, {"object": "list", "data": data})
            else:
                self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("content-length") or 0))
            try:
                body = json.loads(raw or b"{}")
            except json.JSONDecodeError:
                self._error(Reply.error(400, "request body is not JSON"))
                return
            if not self.path.rstrip("/").endswith("/chat/completions"):
                self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
                return
            call = self._record(body)
            stub._begin(call)
            status, outcome = 500, "error"
            try:
                status, outcome = self._serve(call)
            finally:
                stub._end(call, status, outcome)

        def _record(self, body: dict[str, Any]) -> Call:
            auth = self.headers.get("authorization") or ""
            token = auth.removeprefix("Bearer ").strip()
            headers = {k.lower(): ("REDACTED" if k.lower() in ("authorization", "api-key") else v)
                       for k, v in self.headers.items()}
            return Call(model=str(body.get("model", "")), messages=list(body.get("messages") or []),
                        body=body, headers=headers, auth_sent=bool(token),
                        auth_hash=hash_key(token) if token else None, started=time.monotonic())

        def _serve(self, call: Call) -> tuple[int, str]:
            token = (self.headers.get("authorization") or "").removeprefix("Bearer ").strip()
            if stub.required_key is not None and token != stub.required_key:
                # Like real providers, echo the key: clients must redact it from their errors.
                self._error(Reply.error(401, f"Incorrect API key provided: {token}"))
                return 401, "error"
            reply, latency, reject = stub._next_reply(call)
            if reject and (call.body.get("response_format") or {}).get("type") == "json_schema":
                reply = Reply.error(400, "This response_format type is unavailable now")
            if reply.hang:
                self._wait(float("inf"))
                self.close_connection = True
                return 0, "hang"
            if not self._wait(latency):
                self.close_connection = True
                return 0, "gone"
            if reply.status >= 400:
                self._error(reply)
                return reply.status, "error"
            message, finish = _message(call, reply)
            if call.stream:
                return self._stream(call, reply, message, finish)
            text = message.get("content") or json.dumps(message.get("tool_calls"))
            self._json(200, {"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()),
                             "model": call.model, "choices": [{"index": 0, "message": message,
                                                              "finish_reason": finish}],
                             "usage": _usage(call, text, reply)}, reply.headers)
            return 200, "ok"

        def _stream(self, call: Call, reply: Reply, message: dict[str, Any], finish: str) -> tuple[int, str]:
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            base = {"id": "chatcmpl-stub", "object": "chat.completion.chunk", "created": int(time.time()),
                    "model": call.model}
            if message.get("tool_calls"):
                tc = dict(message["tool_calls"][0], index=0)
                deltas = [{"role": "assistant", "content": None, "tool_calls": [tc]}]
            else:
                deltas = [{"role": "assistant", "content": p} if i == 0 else {"content": p}
                          for i, p in enumerate(_pieces(message["content"]))]
            for i, delta in enumerate(deltas):
                if reply.close_after is not None and i >= reply.close_after:
                    self._abort()
                    return 200, "closed"
                self._event({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
                if stub.stream_delay:
                    time.sleep(stub.stream_delay)
            if reply.close_after is not None:
                self._abort()
                return 200, "closed"
            self._event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
            if (call.body.get("stream_options") or {}).get("include_usage"):
                text = message.get("content") or json.dumps(message.get("tool_calls"))
                self._event({**base, "choices": [], "usage": _usage(call, text, reply)})
            self._chunk(b"data: [DONE]\n\n")
            self._chunk(b"")
            return 200, "ok"

        # --- wire helpers ------------------------------------------------------------------
        def _wait(self, seconds: float) -> bool:
            """Sleep up to `seconds`; False when the client went away or the server stops."""
            deadline = time.monotonic() + seconds
            while (left := deadline - time.monotonic()) > 0:
                if stub._stopping.is_set():
                    return False
                try:
                    readable, _, _ = select.select([self.connection], [], [], min(left, 0.05))
                    if readable and self.connection.recv(1, socket.MSG_PEEK) == b"":
                        return False
                except OSError:
                    return False
                if readable:  # data, not a close: nothing more to watch, just sleep
                    return not stub._stopping.wait(max(0.0, deadline - time.monotonic()))
            return True

        def _event(self, data: dict[str, Any]) -> None:
            self._chunk(b"data: " + json.dumps(data, ensure_ascii=False).encode() + b"\n\n")

        def _chunk(self, data: bytes) -> None:
            self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            self.wfile.flush()

        def _abort(self) -> None:
            """Close the connection without the final chunk: the client sees a truncated body."""
            self.wfile.flush()
            self.close_connection = True
            with contextlib.suppress(OSError):
                self.connection.shutdown(socket.SHUT_RDWR)

        def _error(self, reply: Reply) -> None:
            kinds = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                     429: "rate_limit_error"}
            message = reply.message or f"stub error {reply.status}"
            error = {"message": message, "type": kinds.get(reply.status, "server_error"), "code": None}
            self._json(reply.status, {"error": error}, reply.headers)

        def _json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
            payload = json.dumps(data, ensure_ascii=False).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(payload)
            self.wfile.flush()

    return StubHandler
