"""Agreement said in so many words: how a statement ("Do you agree: X") is answered ("I disagree", "我同意")."""

from __future__ import annotations

import re

from drafter.analysis.engine.sentences import Sentence
from drafter.analysis.lexicons.data import tables

# the only reading of a statement the rules trust
_AGREE = {
    "en": re.compile(r"\b(?:I|we)(?: would| do)? (?:(?:strongly|somewhat|largely|partially|partly|mostly|generally"
                     r"|completely|fully|wholeheartedly|tend to|would) )?(?P<neg>(?:do not|don't|don’t) )?"
                     r"(?P<verb>agree|disagree|support|oppose|reject|endorse)\b", re.IGNORECASE),
    "zh": re.compile(r"我(?:非常|完全|基本|比较|部分)?(?P<neg>不)?(?P<verb>同意|赞同|赞成|反对|支持)"),
}
_AGAINST = ("disagree", "oppose", "reject", "反对")
# (a quotation the answer was cut off inside runs to the sentence's end)
_QUOTED = re.compile(r"“[^”]*(?:”|$)|「[^」]*(?:」|$)|『[^』]*(?:』|$)|\"[^\"]*(?:\"|$)")
# "Absolutely, …", "I strongly believe …": a view in the answer's own voice, so its both-sides passage is no dodge
OWN_VIEW = tables("statement.own_view")


def _unquoted(text: str) -> str:
    """The sentence without its quotations ('I "strongly" agree' keeps 'I agree')."""
    return re.sub(r"[ \t]{2,}", " ", _QUOTED.sub(" ", text))


def agreement_said(sents: list[Sentence], skip: set[int], lang: str) -> tuple[str, Sentence] | None:
    """'affirm' or 'deny' and the sentence, for the first sentence outside `skip` that says in words that the answer
    agrees or disagrees; None when none does."""
    for s in sents:
        # 'you might say: "I completely agree that…"': words in quotation marks are not the answer's own
        if s.index not in skip and (m := _AGREE[lang].search(_unquoted(s.text))):
            against = (m.group("verb").lower() in _AGAINST) != bool(m.group("neg"))
            return ("deny" if against else "affirm"), s
    return None


_COMPLEXITY_ONLY = tables("evasion.complexity_only")
_SIDES_WEIGHED = tables("evasion.sides_weighed")


def complexity_only(text: str, lang: str) -> bool:
    """True for a both-sides sentence that only calls the matter complex ("This is a complex issue with various
    perspectives"), without saying each side has its case ("valid arguments on both sides")."""
    return bool(_COMPLEXITY_ONLY[lang].search(text)) and not _SIDES_WEIGHED[lang].search(text)
