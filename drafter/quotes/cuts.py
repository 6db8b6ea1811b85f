"""Ellipsis cuts that keep the meaning: each kept fragment a clause, no dropped negation or hedge.

A quote may join spans of one answer with an ellipsis (DESIGN.md). That is honest only when each
span says something on its own and the cut does not remove a word the kept words depend on:
“美国的优势……会……扩大” cut out of “美国的优势不会扩大” says the opposite of the answer.
"""

from __future__ import annotations

import re
import unicodedata

from drafter.quotes.match import locate, normalize, split_spans

# The shortest fragment that can carry a clause: a Chinese subject+verb(+object) is 4 characters or more
# (“差距会缩小” is 5, “不会” 2); an English clause is 3 words ("prices will fall"). One- or two-character
# fragments (“会”, “扩大”) are words lifted out of context, which is how a cut reverses a sentence.
MIN_FRAGMENT_CJK = 4
MIN_FRAGMENT_WORDS = 3
_NEGATIONS = ("不", "没", "未", "非", "别", "无", "莫", "勿")
_HEDGES = ("可能", "也许", "或许", "大概", "未必")
_EN_NEGATIONS = re.compile(r"\b(?:not|no|never|none|nor|cannot)\b|n't\b", re.IGNORECASE)
_EN_HEDGES = re.compile(r"\b(?:may|might|perhaps|possibly|could|probably|unlikely)\b", re.IGNORECASE)
# How much of the dropped text next to a kept fragment can govern it: a negation or hedge further away
# belongs to another clause. 4 characters covers “不一定会”, “可能会”; 3 words covers "will not really".
_GOVERNS_CJK = 4
_GOVERNS_WORDS = 3


def cut_problem(quote: str, answer: str) -> str | None:
    """Why an ellipsis cut of `answer` misleads, or None when every fragment is a clause and nothing it
    depends on was dropped. Assumes the quote verifies (its fragments stand in the answer, in order)."""
    fragments = split_spans(quote)
    if not fragments:
        return None
    for gap in _dropped_stretches(fragments, answer):
        word = _governing(gap)
        if word:
            return f"the cut drops “{word}” (“{_context(gap)}”), which changes the meaning of the kept words"
    short = next((f for f in fragments if _too_short(f)), None) if len(fragments) > 1 else None
    if short is not None:
        return (f"the cut keeps “{short.strip()}”, too short to be a clause "
                f"(at least {MIN_FRAGMENT_CJK} characters or {MIN_FRAGMENT_WORDS} words)")
    return None


def _is_cjk(text: str) -> bool:
    return any(unicodedata.east_asian_width(ch) in ("W", "F") and ch.isalpha() for ch in text)


def _too_short(fragment: str) -> bool:
    if _is_cjk(fragment):
        letters = [ch for ch in normalize(fragment) if ch.isalnum()]
        return len(letters) < MIN_FRAGMENT_CJK
    return len(re.findall(r"[A-Za-z0-9'’-]+", fragment)) < MIN_FRAGMENT_WORDS


def _dropped_stretches(fragments: list[str], answer: str) -> list[str]:
    """The answer's text cut out right before each fragment (for the first: the few words before it)."""
    text = unicodedata.normalize("NFC", answer)
    offset = 0
    cuts: list[str] = []
    for n, fragment in enumerate(fragments):
        span = locate(fragment, text[offset:])
        if span is None:
            return []
        start = offset + span.start
        # Before the first fragment: “会扩大” lifted out of “美国的优势不会扩大” drops the 不 too.
        cuts.append(text[max(0, start - 12):start] if n == 0 else text[offset:start])
        offset += span.end
    return cuts


def _governing(gap: str) -> str | None:
    """A negation or hedge at the end of dropped text, in the clause of the kept fragment after it."""
    # Only the dropped text after the last punctuation mark is in the same clause as what follows.
    clause = re.split(r"[^\w\s'’]", gap)[-1]
    if not clause.strip():
        return None
    gap = clause
    if _is_cjk(gap):
        tail = gap[-_GOVERNS_CJK:]
        for word in (*_HEDGES, *_NEGATIONS):
            if word in tail:
                return word
        return None
    words = re.findall(r"[A-Za-z']+", gap)
    tail = " ".join(words[-_GOVERNS_WORDS:])
    for pattern in (_EN_NEGATIONS, _EN_HEDGES):
        found = pattern.search(tail)
        if found:
            return found.group(0)
    return None


def _context(gap: str) -> str:
    return gap if len(gap) <= 24 else "…" + gap[-24:]
