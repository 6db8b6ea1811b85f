"""The key quote of an answer: the sentence that carries its reading, as a clean verbatim slice of the answer's own
words (no markup, no heading alone), run on into the next sentence when it is too short to stand."""

from __future__ import annotations

import re

from drafter.analysis.engine.sentences import Sentence, clean_span

# A key quote shorter than this (字 for zh, words for en) is joined with the next sentence, so that a bare
# "不会。" or "Yes." comes with its reason.
_SHORT = {"zh": 12, "en": 5}


def key_quote(text: str, sents: list[Sentence], where: Sentence | None, holes: list[tuple[int, int]],
              lang: str, want: str = "") -> str:
    """The key sentence as a clean verbatim slice, the piece holding `want` (the figure read) when markup cuts it
    ('我的判断是**20%到30%之间**' quotes '20%到30%之间'); a very short one runs on into the next sentence of its
    block."""
    if where is None:
        where = sents[0] if sents else None
    if where is None:
        return ""
    start, end = clean_span(text, where.start, where.end, want)
    size = len(text[start:end]) if lang == "zh" else len(text[start:end].split())
    nxt = sents[where.index + 1] if where.index + 1 < len(sents) else None
    if size < _SHORT.get(lang, 5) and nxt and end == where.end and not _MARKUP_GAP.search(text, end, nxt.start) \
            and not any(start < e and s < nxt.end for s, e in holes) and clean_span(text, nxt.start, nxt.end) == (
            nxt.start, nxt.end):
        end = nxt.end
    quoted = text[start:end].rstrip("。.!！")
    if len(quoted) > 2 and _PAIRED.get(quoted[0]) == quoted[-1] and quoted[0] not in quoted[1:-1]:
        start, end = start + 1, start + len(quoted) - 1  # '"部分有效"': the column adds its own quote marks
    return text[start:end]


# A piece that breaks off before what it leads to ('Counties are usually the', '我认为首要责任应当落在'): no quote.
DANGLING = {"en": re.compile(r"\b(?:the|a|an|to|of|is|are|be|with|by|for|on|at|in|and|or|my|our|its|their)\W*$",
                             re.IGNORECASE),
            "zh": re.compile(r"[的是选把由给在和与及对向从让被将]\W*$")}
_PAIRED = {'"': '"', "“": "”", "「": "」", "『": "』", "'": "'", "‘": "’"}
_MARKUP_GAP = re.compile(r"[*_|#>`]|\n\s*\n|\n\s*(?:[-+]|\d+[.)])\s")
