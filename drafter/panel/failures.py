"""A failed model call as the user reads it: one line naming what failed and the fix (never the key), and the
exception that carries it."""

from __future__ import annotations

import asyncio
import re
from urllib.parse import urlparse

from drafter.errors import ModelCallError
from drafter.panel import keys
from drafter.panel.config import ModelSpec


class CallFailed(ModelCallError):
    """A model call that failed after the client's retries; `status` is the HTTP status, if any."""

    def __init__(self, message: str, status: int | None = None, *, invalid_output: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.invalid_output = invalid_output  # answered, but not in the schema asked for
        self.calls = 1  # calls made before giving up (set by ask_structured)
        self.notes: list[str] = []  # methods tried before this failure


def call_error(exc: BaseException, spec: ModelSpec) -> CallFailed:
    """`describe_error`'s text, prefixed with the model key, as an exception."""
    return CallFailed(f"{spec.key}: {describe_error(exc, spec)}", _status(exc))


def _status(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    if status is None:
        status = getattr(getattr(exc, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


def describe_error(exc: BaseException, spec: ModelSpec) -> str:
    """One line for Answer.error and stderr: what failed and the fix; never the key."""
    from langchain_core import exceptions as lc

    host = urlparse(spec.base_url).netloc if spec.base_url else spec.provider
    status = _status(exc)
    detail = _detail(exc)
    if isinstance(exc, TimeoutError | asyncio.TimeoutError | lc.ModelTimeoutError):
        text = f"timeout after {spec.timeout_s:g} s"
    elif isinstance(exc, lc.ModelAuthenticationError | lc.ModelPermissionDeniedError) or status in (401, 403):
        var = spec.api_key_env or "the API key"
        text = f"authentication failed (HTTP {status or 401}) at {host}: check {var}"
    elif isinstance(exc, lc.ModelRateLimitError) or status == 429:
        text = f"rate limited (HTTP 429) by {host} after {spec.max_retries} retries: lower max_concurrency"
    elif isinstance(exc, lc.ModelNotFoundError) or status == 404:
        text = f"not found (HTTP 404) at {host}: check model = {spec.model!r} and base_url: {detail}"
    elif isinstance(exc, lc.ModelInvalidRequestError) or status == 400:
        text = f"bad request (HTTP 400) from {host}: {detail}"
    elif status is not None:
        text = f"HTTP {status} from {host} after {spec.max_retries} retries: {detail}"
    elif isinstance(exc, lc.ModelConnectionError) or _is_transport_error(exc):
        text = f"connection to {host} failed or closed mid-answer: {detail}"
    elif isinstance(exc, lc.ModelRefusalError):
        text = f"the model refused: {detail}"
    else:
        text = f"{type(exc).__name__}: {detail}"
    return keys.redact(" ".join(text.split()), keys.secret_value(spec))


def _detail(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    message = re.sub(r"^Error code: \d+ - ", "", str(message))  # the status is said already
    cause = exc.__cause__ or exc.__context__
    if cause is not None and message in ("Connection error.", "Request timed out."):
        message += f" ({type(cause).__name__}: {cause})"  # e.g. RemoteProtocolError: incomplete chunked read
    return str(message)[:300]


def _is_transport_error(exc: BaseException) -> bool:
    # httpx and httpx2 (the OpenAI client's) both call them TransportError subclasses
    return any(cls.__name__ in ("TransportError", "RemoteProtocolError") for cls in type(exc).__mro__)
