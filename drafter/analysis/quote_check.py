"""Checking every quote of an analysis (typically an LLM analyst's) against the transcript.

A quote that stands verbatim in that model's answer to that question (whitespace aside) is kept in the
answer's own form (drafter.quotes.match.canonical). A quote that differs from a span of the answer only in
character width, quote marks or spacing (a model retyping "，" as ",") is replaced by that span, so what is
kept is still the answer's own text. Any other quote is dropped and counted. A contradiction or
agreement that loses a side's quote takes that side's key sentence from the offline engine instead, and is
dropped only when there is none. References to questions or models the transcript does not have are dropped.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import partial

from drafter.analysis.schema import Agreement, Analysis, Contradiction, Evasion, QuestionAnalysis
from drafter.inputs.transcript import Transcript
from drafter.quotes.match import canonical, verify_quote


class _Checker:
    """Verifies quotes for one question, filling gaps from the offline key sentences, counting drops."""

    def __init__(self, texts: dict[str, str], fallback: Callable[[], dict[str, str]]) -> None:
        self.texts = texts
        self._fallback = fallback
        self.dropped = 0

    def check(self, model: str, quote: str) -> str | None:
        """The quote in the answer's own form, or None (counted) when it does not verify."""
        text = self.texts.get(model)
        if text is not None and quote and verify_quote(quote, text):
            return canonical(quote, text) or quote
        own = refit(quote, text) if text is not None and quote else None
        if own:
            return own
        self.dropped += 1
        return None

    def backup(self, model: str) -> str | None:
        """The offline engine's key sentence for the model, if it has one."""
        return self._fallback().get(model) if model in self.texts else None

    def sides(self, models: list[str], quotes: dict[str, str]) -> dict[str, str] | None:
        """A verified quote for every model of an item, or None when one side has none at all."""
        out: dict[str, str] = {}
        for m in models:
            given = quotes.get(m)
            good = self.check(m, given) if given else None
            good = good or self.backup(m)
            if not good:
                return None
            out[m] = good
        return out


# Punctuation a model may retype in the other width or style; NFKC does the rest (full-width ASCII).
_FOLD = str.maketrans({"。": ".", "、": ",", "“": '"', "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"',
                       "『": '"', "』": '"', "《": "<", "》": ">", "〈": "<", "〉": ">", "—": "-", "–": "-"})


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` with width, quote style, case and whitespace folded away, and the source index of each char."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        for f in unicodedata.normalize("NFKC", ch).translate(_FOLD).casefold():
            if not f.isspace():
                out.append(f)
                index.append(i)
    return "".join(out), index


def refit(quote: str, text: str) -> str | None:
    """The span of `text` that `quote` retypes with other punctuation widths, quote marks or spacing; None when
    there is none (a real paraphrase). Whole spans only: a quote joined with an ellipsis is not refitted."""
    target, _ = _folded(quote)
    if len(target) < 4:
        return None  # too short to place safely
    haystack, index = _folded(text)
    at = haystack.find(target)
    if at < 0:
        return None
    span = text[index[at]: index[at + len(target) - 1] + 1]
    return span if verify_quote(span, text) else None


def verify_analysis(analysis: Analysis, transcript: Transcript) -> tuple[Analysis, int]:
    """The analysis with every quote verified or replaced, unknown questions/models dropped; and the drop count."""
    known = {q.id for q in transcript.questions}
    cache: dict[str, dict[str, str]] = {}
    dropped = 0
    questions: list[QuestionAnalysis] = []
    for qa in analysis.questions:
        if qa.id not in known:
            dropped += _quote_count(qa)
            continue
        texts = {a.model: a.text for a in transcript.answers_for(qa.id) if a.ok}
        checker = _Checker(texts, partial(_offline_keys, transcript, qa.id, cache))
        questions.append(_verify_question(qa, transcript, checker))
        dropped += checker.dropped
    out = Analysis(questions=questions, engine=analysis.engine, dropped_quotes=analysis.dropped_quotes + dropped)
    return out, dropped


def _verify_question(qa: QuestionAnalysis, transcript: Transcript, ck: _Checker) -> QuestionAnalysis:
    """One question with its quotes verified."""
    answered = {a.model for a in transcript.answers_for(qa.id)}
    keys: dict[str, str] = {}
    for m, q in qa.key_quotes.items():
        good = ck.check(m, q) or ck.backup(m)
        if good:
            keys[m] = good
    contradictions = []
    for c in qa.contradictions:
        sides = ck.sides(c.models, c.quotes) if len(set(c.models)) == 2 and set(c.models) <= ck.texts.keys() else None
        if sides:
            contradictions.append(Contradiction(models=c.models, point=c.point, quotes=sides, kind=c.kind))
        else:
            ck.dropped += sum(1 for m in c.quotes if m not in ck.texts)
    agreements = []
    for a in qa.agreements:
        ck.dropped += sum(1 for m in a.quotes if m not in ck.texts)
        models = [m for m in dict.fromkeys(a.models) if m in ck.texts]  # unknown models leave the group
        sides = ck.sides(models, a.quotes) if len(models) >= 2 else None
        if sides:
            agreements.append(Agreement(models=models, point=a.point, quotes=sides, kind=a.kind))
    evasions = []
    for e in qa.evasions:
        quote = (ck.check(e.model, e.quote) or ck.backup(e.model)) if e.model in ck.texts else None
        if quote:
            evasions.append(Evasion(model=e.model, reason=e.reason, quote=quote, style=e.style))
    numbers = []
    for n in qa.numbers:
        # a figure whose quote is not in the answer may be made up too: it goes (no other sentence stands in)
        quote = ck.check(n.model, n.quote) if n.model in ck.texts else None
        if quote:
            numbers.append(n.model_copy(update={"quote": quote}))
    return qa.model_copy(update={
        "stances": {m: s for m, s in qa.stances.items() if m in ck.texts},
        "key_quotes": keys, "contradictions": contradictions, "agreements": agreements, "evasions": evasions,
        "numbers": numbers, "failed": [m for m in qa.failed if m in answered],
        "injections": {m: t for m, t in qa.injections.items() if m in ck.texts and verify_quote(t, ck.texts[m])},
    })


def _offline_keys(transcript: Transcript, qid: str, cache: dict[str, dict[str, str]]) -> dict[str, str]:
    """The offline engine's key sentences for a question (computed once, only when needed)."""
    if qid not in cache:
        from drafter.analysis.engine.analyzer import (
            analyze_question,  # local: offline is only needed to fill gaps
            transcript_language,
        )

        cache[qid] = analyze_question(transcript, qid, transcript_language(transcript)).key_quotes
    return cache[qid]


def _quote_count(qa: QuestionAnalysis) -> int:
    """How many quotes a question analysis holds."""
    return (len(qa.key_quotes) + sum(len(c.quotes) for c in qa.contradictions)
            + sum(len(a.quotes) for a in qa.agreements) + len(qa.evasions) + len(qa.numbers))
