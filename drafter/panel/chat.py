"""The one place that builds chat models, asks for structured output, and explains failed calls.

Importing it is cheap: LangChain (slow to load) is imported inside the functions that use it.
Retries are the client's own: the OpenAI client retries 408/409/429/5xx and connection errors with
backoff, honouring `retry-after-ms` / `retry-after`; it never retries 400/401/403/404.
"""

from __future__ import annotations

import asyncio
import functools
import json
import re
import ssl
import time
import weakref
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urlparse

from pydantic import BaseModel, ValidationError

from drafter.errors import InputError
from drafter.panel import endpoints, keys
from drafter.panel.config import ModelSpec
from drafter.panel.failures import CallFailed, call_error, describe_error

if TYPE_CHECKING:
    import httpx
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

    from drafter.panel.tokens import UsageLedger

T = TypeVar("T", bound=BaseModel)
Messages = Sequence[tuple[str, str]]

# Extras to install per provider (pyproject's optional dependencies).
_EXTRAS = {"anthropic": "anthropic", "deepseek": "deepseek", "xai": "xai", "ollama": "ollama",
           "google_genai": "google"}
# One semaphore per model and event loop (asyncio primitives belong to the loop they first wait on).
_PerLoop = dict[tuple[str, int], asyncio.Semaphore]
_slots: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _PerLoop] = weakref.WeakKeyDictionary()
# Endpoints seen rejecting json_schema in this process: go straight to function_calling next time.
_NO_JSON_SCHEMA: set[tuple[str, str | None]] = set()
_PROBED: set[str] = set()  # endpoints whose structured-output method this process has seen work
_probes: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[str, asyncio.Lock]] = weakref.WeakKeyDictionary()


def model_slot(spec: ModelSpec) -> asyncio.Semaphore:
    """The semaphore that keeps at most `spec.max_concurrency` calls to this model in flight,
    shared by the panel's asks and the LLM roles (one provider quota)."""
    per_loop = _slots.setdefault(asyncio.get_running_loop(), {})
    return per_loop.setdefault((spec.key, spec.max_concurrency), asyncio.Semaphore(spec.max_concurrency))


@asynccontextmanager
async def http_client(given: httpx.AsyncClient | None = None) -> AsyncIterator[httpx.AsyncClient]:
    """`given`, or a client made in the running loop and closed after: never ChatOpenAI's own
    cached one, which outlives its event loop ("Event loop is closed" on the next asyncio.run)."""
    if given is not None:
        yield given
        return
    async with new_http_client() as client:
        yield client


@functools.cache
def ssl_context() -> ssl.SSLContext:
    """One SSL context for every client: building one loads the CA bundle (25–35 ms of CPU on the event
    loop), which, done per call, staggered the start of a large fan-out (make bench: 1.26x → 1.06x)."""
    import httpx

    return httpx.create_ssl_context()


def new_http_client(**options: Any) -> httpx.AsyncClient:
    """An async HTTP client made in the running loop, sharing the process's SSL context."""
    import httpx

    return httpx.AsyncClient(verify=ssl_context(), **options)


def build_chat_model(spec: ModelSpec, *, http_async_client: httpx.AsyncClient | None = None,
                     streaming: bool = False) -> BaseChatModel:
    """A LangChain chat model for `spec`. Pass an `http_async_client` made inside the running
    event loop: ChatOpenAI otherwise caches one per base URL, which breaks a second asyncio.run()."""
    key = keys.api_key(spec)
    common: dict[str, Any] = {"timeout": spec.timeout_s, "max_retries": spec.max_retries}
    if spec.temperature is not None:
        common["temperature"] = spec.temperature
    if spec.max_tokens is not None:
        common["max_tokens"] = spec.max_tokens
    if spec.provider == "openai":
        from langchain_openai import ChatOpenAI

        if spec.max_tokens is not None and not _is_openai_itself(spec):
            # ChatOpenAI renames max_tokens to max_completion_tokens, which OpenAI-compatible
            # endpoints (DeepSeek, Moonshot, DashScope, Ollama…) may ignore: send the classic name.
            common["extra_body"] = {"max_tokens": common.pop("max_tokens")}
        return ChatOpenAI(model=spec.model, base_url=spec.base_url, api_key=key,
                          http_async_client=http_async_client, streaming=streaming,
                          stream_usage=True,  # token counts for streamed answers too
                          use_responses_api=False,  # compatible endpoints speak chat completions only
                          **common)
    return _init_other(spec, key, streaming, common)


def _is_openai_itself(spec: ModelSpec) -> bool:
    return not spec.base_url or urlparse(spec.base_url).netloc.endswith("api.openai.com")


def _init_other(spec: ModelSpec, key: Any, streaming: bool, common: dict[str, Any]) -> BaseChatModel:
    from langchain.chat_models import init_chat_model

    extra = dict(common, streaming=streaming)
    if key is not None:
        extra["api_key"] = key
    if spec.base_url:
        extra["base_url"] = spec.base_url
    field = f"models.{spec.key}.provider"
    try:
        return init_chat_model(spec.model, model_provider=spec.provider, **extra)
    except ImportError as exc:
        extra_name = _EXTRAS.get(spec.provider, spec.provider)
        raise InputError(keys._panel_path or "panel", field, f"provider {spec.provider!r} is not installed",
                         f"pip install 'drafter[{extra_name}]'") from exc
    except ValueError as exc:
        raise InputError(keys._panel_path or "panel", field, keys.redact(str(exc), keys.secret_value(spec)),
                         'use "openai" for an OpenAI-compatible endpoint, or a LangChain provider') from exc


def structured(model: BaseChatModel, schema: type[BaseModel],
               method: str | None = None) -> Runnable[Any, Any]:
    """`model` answering with `schema`: a dict {raw, parsed, parsing_error} (include_raw, for usage).

    The schema goes as a JSON-schema dict, so `parsed` is a dict validated here, and a reply that is
    not bare JSON (a fence, prose around it) still comes back in `raw` for `json_in_text` to read."""
    kwargs: dict[str, Any] = {"include_raw": True}
    if method:
        kwargs["method"] = method
    return model.with_structured_output(schema.model_json_schema(), **kwargs)


def structured_method(spec: ModelSpec) -> str | None:
    """The first method to try: the spec's; else the one remembered for the endpoint; else json_schema
    for OpenAI-compatible endpoints (function_calling when seen rejecting json_schema in this process)."""
    if spec.structured_method:
        return spec.structured_method
    if spec.provider != "openai":
        return None  # the provider package's own default
    if (spec.model, spec.base_url) in _NO_JSON_SCHEMA:
        return "function_calling"
    return endpoints.recall(spec) or "json_schema"


def method_chain(spec: ModelSpec) -> list[str | None]:
    """The methods to try in order: a fixed method alone; else the first choice, then the later ones of
    json_schema → function_calling → json_mode (a plain-JSON prompt)."""
    first = structured_method(spec)
    if spec.structured_method or first is None:
        return [first]
    return [first, *endpoints.METHODS[endpoints.METHODS.index(first) + 1:]]


@dataclass
class StructuredReply(Generic[T]):
    """A structured reply and how it was obtained: the method that worked, the calls made, and what
    did not go as asked (a rejected method, JSON read out of a fence), for run.json's problems."""

    value: T
    method: str | None
    calls: int
    notes: list[str] = field(default_factory=list)


async def call_structured(spec: ModelSpec, schema: type[T], messages: Messages, *,
                          http_async_client: httpx.AsyncClient | None = None,
                          ledger: UsageLedger | None = None, role: str = "") -> T:
    """Ask `spec` for a `schema` object; raises CallFailed with a message a user can act on."""
    reply = await ask_structured(spec, schema, messages, http_async_client=http_async_client, ledger=ledger,
                                 role=role)
    return reply.value


async def ask_structured(spec: ModelSpec, schema: type[T], messages: Messages, *,
                         http_async_client: httpx.AsyncClient | None = None,
                         ledger: UsageLedger | None = None, role: str = "") -> StructuredReply[T]:
    """Ask `spec` for a `schema` object, trying the methods of `method_chain` in turn.

    A method rejected (HTTP 400) or answered with no readable JSON moves on to the next; a 400 is
    remembered for the endpoint (this process and the cache file), a one-off bad reply is not.
    Authentication, rate-limit and connection failures are never retried with another method."""
    probe = await _probe_turn(spec)
    try:
        return await _ask_chain(spec, schema, messages, http_async_client, ledger, role)
    finally:
        if probe is not None:
            probe.release()


def method_known(spec: ModelSpec) -> bool:
    """True when the structured-output method to use needs no probing (fixed, not OpenAI-compatible, or learnt)."""
    return bool(spec.structured_method or spec.provider != "openai" or (spec.model, spec.base_url) in _NO_JSON_SCHEMA
                or endpoints.endpoint_id(spec) in _PROBED or endpoints.recall(spec))


async def _probe_turn(spec: ModelSpec) -> asyncio.Lock | None:
    """While an endpoint's method is unknown, one call at a time probes it: callers in parallel (the graph
    analyses each question in its own node) wait for the first one's outcome instead of each paying a 400.
    Returns the lock this caller holds while it probes, or None when the method is known."""
    if method_known(spec):
        return None
    per_loop = _probes.setdefault(asyncio.get_running_loop(), {})
    lock = per_loop.setdefault(endpoints.endpoint_id(spec), asyncio.Lock())
    await lock.acquire()
    if method_known(spec):  # learnt while waiting: go in parallel
        lock.release()
        return None
    return lock


async def _ask_chain(spec: ModelSpec, schema: type[T], messages: Messages, http_async_client: httpx.AsyncClient | None,
                     ledger: UsageLedger | None, role: str) -> StructuredReply[T]:
    """`ask_structured`'s work, once any probe ahead of it is done."""
    chain = method_chain(spec)
    notes: list[str] = []
    rejected = False  # a 400 seen: the method that works next is worth remembering
    async with http_client(http_async_client) as client, model_slot(spec):
        model = build_chat_model(spec, http_async_client=client)
        for i, method in enumerate(chain):
            try:
                value, note = await _structured_once(spec, model, schema, with_json_prompt(messages, schema, method),
                                                     method, ledger, role)
            except CallFailed as exc:
                last = i == len(chain) - 1
                if last or not (exc.status == 400 or exc.invalid_output):
                    exc.calls = i + 1
                    exc.notes = notes
                    raise
                what = "rejected (HTTP 400)" if exc.status == 400 else "answered without readable JSON"
                notes.append(f"{spec.key}: structured output by {method} {what}; {chain[i + 1]} tried next")
                rejected = rejected or exc.status == 400
                if exc.status == 400 and method == "json_schema":
                    _NO_JSON_SCHEMA.add((spec.model, spec.base_url))
                continue
            if note:
                notes.append(f"{spec.key}: {note}")
            if method is not None and spec.structured_method is None and (i == 0 or rejected):
                _PROBED.add(endpoints.endpoint_id(spec))  # also when the cache file cannot be written
                endpoints.remember(spec, method)
            return StructuredReply(value, method, i + 1, notes)
    raise AssertionError("unreachable: the chain has at least one method")  # pragma: no cover


_JSON_PROMPT = ("Reply with one JSON object only, no prose and no code fence, that follows this JSON schema:\n"
                "{schema}")


def with_json_prompt(messages: Messages, schema: type[BaseModel], method: str | None) -> list[tuple[str, str]]:
    """The messages, plus (for json_mode, which carries no schema) the schema in a closing system line."""
    out = list(messages)
    if method == "json_mode":
        text = json.dumps(schema.model_json_schema(), ensure_ascii=False)
        out.append(("system", _JSON_PROMPT.format(schema=text)))
    return out


_FENCE = re.compile(r"```[ \t]*(?:json|JSON|javascript)?[ \t]*\n?(.*?)```", re.DOTALL)


def json_in_text(text: str) -> Any | None:
    """The JSON object in a reply: the whole text, else a ``` fence, else the first {…} in prose that parses."""
    text = text.strip()
    candidates = [text, *(m.group(1).strip() for m in _FENCE.finditer(text))]
    for candidate in candidates:
        try:
            data = json.loads(candidate)
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    decoder = json.JSONDecoder()
    for m in re.finditer(r"\{", text):
        try:
            data, _end = decoder.raw_decode(text, m.start())
        except ValueError:
            continue
        if isinstance(data, dict):
            return data
    return None


def _raw_texts(raw: Any) -> list[str]:
    """Where a reply's JSON may be: tool-call arguments (valid or not), then the message text."""
    if raw is None:
        return []
    texts = [json.dumps(c.get("args") or {}) for c in getattr(raw, "tool_calls", None) or []]
    texts += [str(c.get("args") or "") for c in getattr(raw, "invalid_tool_calls", None) or []]
    content = getattr(raw, "content", "")
    if isinstance(content, list):
        content = "".join(part.get("text", "") if isinstance(part, dict) else str(part) for part in content)
    texts.append(str(content or ""))
    return [t for t in texts if t.strip()]


async def _structured_once(spec: ModelSpec, model: BaseChatModel, schema: type[T], messages: Messages,
                           method: str | None, ledger: UsageLedger | None, role: str) -> tuple[T, str]:
    """One call: (the value, a note when its JSON had to be read out of a fence or prose)."""
    try:
        async with asyncio.timeout(spec.timeout_s):
            out = await structured(model, schema, method).ainvoke(list(messages))
    except Exception as exc:
        raise call_error(exc, spec) from exc
    raw = out.get("raw")
    if ledger is not None:
        ledger.add(role, spec, getattr(raw, "usage_metadata", None))
    parsed, error = out.get("parsed"), out.get("parsing_error")
    if parsed is not None and error is None:
        try:
            return schema.model_validate(parsed), ""
        except ValidationError as exc:
            error = exc
    for text in _raw_texts(raw):
        data = json_in_text(text)
        if data is None:
            continue
        try:
            value = schema.model_validate(data)
        except ValidationError as exc:
            error = exc
            continue
        return value, f"the reply's JSON was read out of text around it ({method or 'default'})"
    raise _invalid_output(spec, schema, error or "no structured reply")


def _invalid_output(spec: ModelSpec, schema: type[BaseModel], detail: object) -> CallFailed:
    text = keys.redact(" ".join(str(detail).split())[:300], keys.secret_value(spec))
    return CallFailed(f"{spec.key}: the reply is not a valid {schema.__name__} (not the JSON asked): {text}",
                      invalid_output=True)


async def ping(spec: ModelSpec, *, http_async_client: httpx.AsyncClient | None = None) -> tuple[bool, str]:
    """One tiny request: (True, "answered in 412 ms") or (False, the error with the fix)."""
    tiny = spec.model_copy(update={"max_tokens": 16, "max_retries": 0, "temperature": None})
    async with http_client(http_async_client) as client:
        try:
            model = build_chat_model(tiny, http_async_client=client)
        except InputError as exc:
            return False, f"{exc.problem} (fix: {exc.fix})"
        start = time.perf_counter()
        try:
            async with asyncio.timeout(spec.timeout_s):
                await model.ainvoke([("user", "Reply with one word: pong")])
        except Exception as exc:
            return False, describe_error(exc, spec)
    return True, f"answered in {(time.perf_counter() - start) * 1000:.0f} ms ({spec.model} at {_where(spec)})"


def _where(spec: ModelSpec) -> str:
    return urlparse(spec.base_url).netloc if spec.base_url else spec.provider
