"""Sentence and clause spans over an answer's original text, so that every quote is a verbatim slice."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at CJK or Latin end punctuation (with any closing quote or bracket), an ellipsis run,
# or a line break. A Latin full stop only counts before whitespace or the end, which keeps 3.5 and U.S.A intact.
_TERMINATOR = re.compile(
    r"[。！？!?]+[”’」』）)\]】\"'*_]*"
    r"|\.+[”’\"')\]*_]*(?=\s|$)"
    r"|…{2,}|⋯{2,}"
    r"|\n+"
)
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "u.s", "u.k", "no", "approx",
                  "inc", "ltd", "co", "jr", "sr", "fig", "cf", "al"}
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.+$")
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]")
_HAS_CONTENT = re.compile(r"\w")
# Sentences longer than this are cut at clause marks (or spaces) so a key quote stays readable.
MAX_SENTENCE = 360
# Very long answers: only the opening and closing sentences carry a position, and scanning every one of
# thousands of sentences would cost time for nothing.
HEAD_SENTENCES = 160
TAIL_SENTENCES = 60


@dataclass(frozen=True)
class Sentence:
    """A sentence as a [start, end) span of the original answer text."""

    start: int
    end: int
    text: str
    index: int


def _raw_bounds(text: str) -> list[tuple[int, int]]:
    """Spans between terminators, terminators included in the sentence before them."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for m in _TERMINATOR.finditer(text):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE.search(text[max(0, dot - 12): dot + 1])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word == "no":  # "No. 5" abbreviates; "No. Most people…" is an answer
        return bool(re.match(r"\.\s*\d", text[dot: dot + 4]))
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and text[dot - 1].isupper())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding whitespace and control characters."""
    while start < end and (text[start].isspace() or ord(text[start]) < 32):
        start += 1
    while end > start and (text[end - 1].isspace() or ord(text[end - 1]) < 32):
        end -= 1
    return start, end


def _subtract(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `span` outside every hole."""
    parts = [span]
    for hs, he in holes:
        nxt: list[tuple[int, int]] = []
        for s, e in parts:
            if he <= s or hs >= e:
                nxt.append((s, e))
                continue
            if hs > s:
                nxt.append((s, hs))
            if he < e:
                nxt.append((he, e))
        parts = nxt
    return parts


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long span at clause marks, else at spaces, else hard, into pieces of MAX_SENTENCE."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        window = text[start: start + MAX_SENTENCE]
        cut = max(window.rfind(ch) for ch in "，,；;：: ")
        cut = cut + 1 if cut > MAX_SENTENCE // 3 else MAX_SENTENCE
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str, holes: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of `text` as verbatim spans, leaving out the `holes` (e.g. injected instructions)."""
    spans: list[tuple[int, int]] = []
    for raw in _raw_bounds(text):
        for part in _subtract(raw, holes or []):
            s, e = _strip(text, *part)
            if e > s and _HAS_CONTENT.search(text, s, e):
                spans.extend(_cut_long(text, s, e))
    if len(spans) > HEAD_SENTENCES + TAIL_SENTENCES:
        spans = spans[:HEAD_SENTENCES] + spans[-TAIL_SENTENCES:]
    out: list[Sentence] = []
    for s, e in spans:
        s, e = _strip(text, s, e)
        if e > s and _HAS_CONTENT.search(text, s, e):
            out.append(Sentence(s, e, text[s:e], len(out)))
    return out


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence (split at commas, semicolons and colons), without empty ones."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c.strip()]


def is_question(sentence: str) -> bool:
    """True for a sentence that asks rather than states (often a restatement of the question)."""
    return sentence.rstrip("”’」』）)\"' *_").endswith(("?", "？"))
