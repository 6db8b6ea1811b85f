"""Asking one panel model one question: the prompt, the call, the verbatim answer with provenance.

A failed call never raises: after the client's retries it becomes an Answer with `error` and
empty text, so the other models carry on. A stream cut off mid-answer is a failure too: the
partial text is dropped (a column must not quote half an answer as if it were the whole).
Only bad input (a missing API key, a missing provider package) raises InputError.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from drafter import prompts
from drafter.errors import InputError
from drafter.inputs.transcript import Answer, Question, Usage
from drafter.panel.chat import build_chat_model, http_client, model_slot, new_http_client
from drafter.panel.config import ModelSpec
from drafter.panel.failures import describe_error
from drafter.panel.journal import Journal, cache_key

if TYPE_CHECKING:
    import httpx

    from drafter.panel.progress import Progress
    from drafter.panel.tokens import UsageLedger

PANEL_ROLE = "panel"  # the ledger's role name for the panel's answers


def ask_messages(question: Question, *, topic_title: str, language: str) -> list[prompts.Message]:
    """The messages sent for `question` (templates/prompts/{language}/ask.md)."""
    return prompts.render_messages("ask", language, topic=topic_title, question=question.text)


async def ask_one(spec: ModelSpec, question: Question, *, topic_title: str, language: str, journal: Journal,
                  http_async_client: httpx.AsyncClient | None = None, streaming: bool = False,
                  progress: Progress | None = None, ledger: UsageLedger | None = None,
                  messages: list[prompts.Message] | None = None, sample: int | None = None) -> Answer:
    """`spec`'s answer to `question`: from the journal when already answered, else asked live
    (at most `spec.max_concurrency` calls in flight per model) and recorded in the journal.
    `messages` replaces the ask template (the right-of-reply round sends its own); `sample` (--samples)
    keys the journal per sample: sample 1 is the same entry as a run without samples."""
    messages = messages or ask_messages(question, topic_title=topic_title, language=language)
    prompt = prompts.messages_text(messages)
    key = cache_key(spec, prompt if not sample or sample == 1 else f"{prompt}\n\n[sample {sample}]")
    cached = journal.lookup(key)
    if cached is not None:
        if progress is not None:
            progress.done(spec.key, question.id, ok=True, note="from the journal")
        cached.sample = sample  # type: ignore[attr-defined]  # this ask's sample (None: no samples), not the stored one
        return cached
    async with http_client(http_async_client) as client, model_slot(spec):
        if progress is not None:
            progress.start(spec.key, question.id)
        answer, usage = await _call(spec, question, messages, prompt, client, streaming)
    if sample is not None:
        answer.sample = sample  # type: ignore[attr-defined]
    await asyncio.to_thread(journal.record, key, answer)  # fsync: off the event loop
    if ledger is not None:
        ledger.add(PANEL_ROLE, spec, usage)
    if progress is not None:
        note = answer.error or f"{(answer.latency_ms or 0) / 1000:.1f} s"
        progress.done(spec.key, question.id, ok=answer.error is None, note=note)
    return answer


async def _call(spec: ModelSpec, question: Question, messages: list[prompts.Message], prompt: str,
                client: httpx.AsyncClient, streaming: bool) -> tuple[Answer, dict[str, Any] | None]:
    answer = Answer(question=question.id, model=spec.key, label=spec.label, source="live",
                    provider=spec.provider, model_id=spec.model, base_url=spec.base_url,
                    asked_at=datetime.now(UTC).isoformat(timespec="seconds"), prompt=prompt)
    model = build_chat_model(spec, http_async_client=client, streaming=streaming)
    usage: dict[str, Any] | None = None
    start = time.perf_counter()
    try:
        # The deadline covers the client's retries too: timeout_s is the most one answer may take.
        async with asyncio.timeout(spec.timeout_s):
            reply = await model.ainvoke(list(messages))
        usage = dict(reply.usage_metadata) if reply.usage_metadata else None
        finish = reply.response_metadata.get("finish_reason")
        if streaming and spec.provider == "openai" and not finish:  # other providers name it otherwise
            raise ConnectionError("the stream ended before the answer was complete")
        answer.text = reply.text
        if not answer.text.strip():
            # Nothing to quote: a failure the run must report, not an answer that silently says nothing.
            answer.text = ""
            answer.error = "the model returned an empty answer" + (f" (finish reason: {finish})" if finish else "")
        if finish and finish != "stop":
            answer.finish_reason = finish  # type: ignore[attr-defined]  # e.g. length, content_filter
    except InputError:
        raise
    except Exception as exc:
        answer.error = describe_error(exc, spec)
    answer.latency_ms = round((time.perf_counter() - start) * 1000)
    if usage:
        answer.usage = Usage(input_tokens=usage.get("input_tokens"), output_tokens=usage.get("output_tokens"))
    return answer, usage


async def ask_panel(specs: Sequence[ModelSpec], questions: Sequence[Question], *, topic_title: str,
                    language: str, journal: Journal, streaming: bool = False,
                    progress: Progress | None = None, ledger: UsageLedger | None = None) -> list[Answer]:
    """Every model's answer to every question, concurrently (question-major order). Makes its own
    HTTP client inside the running loop, so it can be called from any asyncio.run()."""
    import httpx

    limits = httpx.Limits(max_connections=sum(s.max_concurrency for s in specs) + 10)
    async with new_http_client(limits=limits) as client:
        calls = [ask_one(spec, q, topic_title=topic_title, language=language, journal=journal,
                         http_async_client=client, streaming=streaming, progress=progress, ledger=ledger)
                 for q in questions for spec in specs]
        return list(await asyncio.gather(*calls))
