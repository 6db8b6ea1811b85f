"""Which words of an answer the body quotes: the sentence that carries the claim, one or two sentences long.

The whole answer stands in the appendix; the body quotes the verdict for "X said yes", and for "X gave
both sides" the passage that shows both sides, joined by a verified ellipsis.
"""

from __future__ import annotations

import re

from drafter.quotes.match import verify_quote
from drafter.write.compose_context import WriteContext
from drafter.write.outline import QuoteRef

# A sentence: up to Chinese terminal punctuation, or Latin terminal punctuation before a space or the end.
_SENTENCES = re.compile(r"[^。！？!?\n]+?(?:[。！？]+|[.!?]+(?=\s|$)|$)", re.S)
_BOTH_SIDES = re.compile(r"一方面|另一方面|各有道理|各方观点|见仁见智|利弊|正反|on (?:the )?one hand|on the other hand"
                         r"|both sides|pros and cons|reasonable people", re.I)
# Body quotes stay short: about two sentences of a Chinese column, or forty English words.
MAX_ZH_CHARS = 90
MAX_EN_WORDS = 40


def sentences(text: str) -> list[str]:
    return [m.group(0).strip() for m in _SENTENCES.finditer(text) if m.group(0).strip()]


def _too_long(text: str, language: str) -> bool:
    return len(text) > MAX_ZH_CHARS if language == "zh" else len(text.split()) > MAX_EN_WORDS


def shorten(text: str, language: str) -> str:
    """At most two sentences within the length policy; a single long sentence is cut at a clause boundary."""
    parts = sentences(text)
    if not parts:
        return text.strip()
    kept = parts[0]
    joined = kept + ("" if language == "zh" else " ") + parts[1] if len(parts) > 1 else kept
    if len(parts) > 1 and len(kept) < 20 and not _too_long(joined, language):  # a bare verdict: "不会。"
        kept = joined
    if not _too_long(kept, language):
        return kept
    limit = MAX_ZH_CHARS if language == "zh" else len(" ".join(kept.split()[:MAX_EN_WORDS]))
    cut = max(kept.rfind(p, 0, limit) for p in "，,；;：:")
    return kept[:cut] if cut > limit // 3 else kept


def body_quote(ctx: WriteContext, qid: str, model: str, *candidates: str | None) -> QuoteRef | None:
    """The first verifiable candidate (the verdict sentence first), shortened to the body's length policy."""
    answer = ctx.transcript.answer(qid, model)
    if answer is None or not answer.ok:
        return None
    for text in candidates:
        if text and verify_quote(text, answer.text):
            short = shorten(text, ctx.language)
            return QuoteRef(qid, model, short if verify_quote(short, answer.text) else text)
        if text:  # the analysis offered a quote that is not in the answer: say so, use another
            ctx.notes.append(f"analysis quote for {model}/{qid} does not verify; not used")
    return ctx.quote(qid, model)


def both_sides_quote(ctx: WriteContext, qid: str, model: str, first: str | None) -> QuoteRef | None:
    """Its opening and the sentence that weighs both sides, joined by an ellipsis, when they differ."""
    answer = ctx.transcript.answer(qid, model)
    if answer is None or not answer.ok:
        return None
    parts = sentences(answer.text)
    weighing = next((s for s in parts[1:] if _BOTH_SIDES.search(s)), None)
    if not parts or weighing is None:
        return None
    joiner = "……" if ctx.language == "zh" else " … "
    quote = shorten(parts[0], ctx.language) + joiner + shorten(weighing, ctx.language)
    return QuoteRef(qid, model, quote) if verify_quote(quote, answer.text) else None
