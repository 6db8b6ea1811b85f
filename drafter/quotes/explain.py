"""Saying how an edited quote differs from what drafter wrote, in words an editor acts on."""

from __future__ import annotations

import difflib
import unicodedata

from drafter.quotes.match import normalize

_SHOWN = 20


def _loose(text: str) -> str:
    """The text with width folded (，→ ,) and punctuation dropped: what is left is the words."""
    folded = unicodedata.normalize("NFKC", normalize(text))
    return "".join(ch for ch in folded if not unicodedata.category(ch).startswith("P"))


def _short(text: str) -> str:
    return text if len(text) <= _SHOWN else text[:_SHOWN] + "…"


def explain_change(written: str, now: str) -> str:
    """How `now` differs from the quote as drafter `written` it."""
    before, after = normalize(written), normalize(now)
    if before == after:
        return "only spacing differs"
    if _loose(written) == _loose(now):
        pair = _first_difference(before, after)
        return f"only punctuation/width differs ({pair})" if pair else "only punctuation/width differs"
    if after.startswith(before):
        return f"text added at the end: “{_short(after[len(before):])}”"
    if after.endswith(before):
        return f"text added at the start: “{_short(after[:len(after) - len(before)])}”"
    if before.startswith(after):
        return f"cut short: “{_short(before[len(after):])}” dropped at the end"
    if before.endswith(after):
        return f"cut short: “{_short(before[:len(before) - len(after)])}” dropped at the start"
    pair = _first_difference(before, after)
    return f"words changed ({pair})" if pair else "words changed"


def _first_difference(before: str, after: str) -> str:
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        old, new = before[i1:i2], after[j1:j2]
        if op == "insert":
            return f"“{_short(new)}” added"
        if op == "delete":
            return f"“{_short(old)}” removed"
        return f"“{_short(old)}” → “{_short(new)}”"
    return ""
