"""Cue lexicons for positions in zh and en: where an answer states its view, and how it hedges. The entries are data
(drafter/analysis/lexicons/{zh,en}.yaml, each with a reason and an origin); this module names the tables.

Each is a family of synonyms and structures, not phrases copied from one test case, so that unseen
answers that conclude, hedge or concede in other words are still read right.
"""

from __future__ import annotations

import re

from drafter.analysis.lexicons.data import tables

# Conclusion: the position that follows wins over the arguments listed before it.
CONCLUSION = tables("conclusion")
# First-person view: the clause after it states a position.
OPINION = tables("opinion")
# First-person view that negates what follows ("I don't think X" = not X).
NEG_OPINION = tables("neg_opinion")
# Negative views whose verb is itself the position ("我反对", "I'd vote against it until …" = no).
NEG_STANCE_VERB = tables("neg_stance_verb")
# Concession: what follows is granted, then set aside; the position comes after the turn (but/但).
CONCESSION = tables("concession")
CONTRAST = tables("contrast")
# A verdict split in two ("yes for small cars, no for pickups", "一部分地区该提高，另一部分不该动"): a position.
SPLIT = tables("hedge.split")
# Hedged position: partly yes, partly no (a split verdict among them); a toss-up.
HEDGE = tables("hedge", "hedge.split")
# An explicit even-odds verdict ("a coin flip", "五五开"): a hedged position in its own right, which both-sides
# boilerplate around it does not turn into a dodge.
TOSS_UP = tables("toss_up")
# First-person stance verbs: the verb itself is the position ("我赞成", "I'd support it").
STANCE_VERB = tables("stance_verb")
# A turn inside a sentence, after what it turns from ("我不是教育专家，但我认为…", "As an AI I have no view, but …").
TURN_INSIDE = {
    "zh": re.compile(r"[，,；;]\s*(?:但|但是|然而|不过|可是)"),
    "en": re.compile(r"[,;:—–]\s*(?:but|however|yet|still)\b", re.IGNORECASE),
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (bars inside groups and classes left alone)."""
    out, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def faster(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with the word boundary that opens each run of alternatives factored out ('\\ba|\\bb' becomes
    '\\b(?:a|b)'): the engine then tries the alternatives only at word boundaries, which makes the long English
    alternations several times faster. The order of the alternatives, and so every match, is unchanged."""
    runs: list[list[str]] = []
    for alt in _alternatives(pattern.pattern):
        bounded = alt.startswith(r"\b")
        if bounded and runs and runs[-1][0].startswith(r"\b"):
            runs[-1].append(alt)
        else:
            runs.append([alt])
    parts = [r"\b(?:" + "|".join(a[2:] for a in run) + ")" if len(run) > 1 else run[0] for run in runs]
    return re.compile("|".join(parts), pattern.flags)


for _table in (CONCLUSION, OPINION, NEG_OPINION, NEG_STANCE_VERB, CONCESSION, CONTRAST, HEDGE, SPLIT, TOSS_UP,
               STANCE_VERB):
    _table["en"] = faster(_table["en"])
