"""Verbatim quotes: normalising for comparison, verifying against an answer, locating spans."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A quote may join two or more spans of one answer with an ellipsis (DESIGN.md, analysis JSON).
_ELLIPSIS = re.compile(r"\s*(?:…+|\.\.\.+|⋯+)\s*")
# Whitespace, control and format characters carry no meaning for a quote: DOCX export drops
# characters XML cannot hold, Markdown re-wraps lines, a soft break between Chinese characters is no space.
_IGNORABLE_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp", "Cs", "Co", "Cn"}


def normalize(text: str) -> str:
    """The comparison form: NFC, with whitespace and control characters removed; nothing else changes."""
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in _IGNORABLE_CATEGORIES)


def split_spans(quote: str) -> list[str]:
    """The parts of a quote that was joined with ellipses, without empty parts."""
    return [part for part in _ELLIPSIS.split(quote) if normalize(part)]


def verify_quote(quote: str, answer: str) -> bool:
    """True when every part of the quote stands in the answer, in order (whitespace aside)."""
    parts = split_spans(quote)
    if not parts:
        return False
    haystack = normalize(answer)
    pos = 0
    for part in parts:
        found = haystack.find(normalize(part), pos)
        if found < 0:
            return False
        pos = found + len(normalize(part))
    return True


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def locate(fragment: str, answer: str) -> Span | None:
    """Find `fragment` in `answer` ignoring whitespace; return the span in the original answer."""
    target = normalize(fragment)
    if not target:
        return None
    kept: list[int] = []  # index in `answer` of each character kept by normalize
    chars: list[str] = []
    for i, ch in enumerate(unicodedata.normalize("NFC", answer)):
        if normalize(ch):
            kept.append(i)
            chars.append(normalize(ch))
    flat = "".join(chars)
    found = flat.find(target)
    if found < 0:
        return None
    # normalize() never changes the length of a kept character, so indices line up one to one
    return Span(kept[found], kept[found + len(target) - 1] + 1)


def canonical(fragment: str, answer: str) -> str | None:
    """The answer's own text for `fragment` (repairing whitespace differences), or None."""
    parts = split_spans(fragment)
    if not parts:
        return None
    out: list[str] = []
    nfc = unicodedata.normalize("NFC", answer)
    offset = 0
    for part in parts:
        span = locate(part, nfc[offset:])
        if span is None:
            return None
        out.append(nfc[offset + span.start: offset + span.end])
        offset += span.end
    return "…".join(out)
