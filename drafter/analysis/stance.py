"""The stance of one answer to a yes/no question: affirm, deny or mixed, with the sentence that states it."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from drafter.analysis.lexicon import CONTRAST, HEDGE
from drafter.analysis.polarity import Polarity, polarity
from drafter.analysis.roles import WEIGHTS, Part, position_parts
from drafter.analysis.sentences import Sentence, clauses

# Clauses that frame rather than state: conditions, concessions, time and viewpoint settings.
_FRAME = {
    "zh": re.compile(r"^(?:如果|假如|要是|只要|除非|一旦|即使|即便|哪怕|若|倘若|虽然|尽管|随着|对于|关于|从|由于|因为"
                     r"|考虑到|鉴于|前提是)"
                     r"|(?:来看|看来|而言|来说|的话|之前|之后|以前|以后|的时候|上看|方面)$"),
    "en": re.compile(r"^(?:if|unless|although|though|while|whereas|even if|even though|as long as|provided|assuming"
                     r"|once"
                     r"|given|because|since|despite|with|without|for|in|on|at|after|before|when"
                     r"|depending)\b", re.IGNORECASE),
}
# Roles whose text is a view by construction, so restating the question counts as agreeing with it.
_LOOSE_ROLES = {"conclusion", "opinion", "bare", "contrast"}
CONCLUDING = WEIGHTS["conclusion"]
STRONG = 2.0  # a position at least this strong outweighs an evasion cue elsewhere in the answer


@dataclass(frozen=True)
class StanceResult:
    """The winning stance, how strongly the answer states it, and the sentence that states it."""

    label: str | None
    strength: float
    sentence: Sentence | None


def span_polarity(text: str, lang: str, qterms: set[str], question: str, strict: bool) -> Polarity | None:
    """The position of a span of clauses: a hedge anywhere, else the turn after 'but', else the first view."""
    if HEDGE[lang].search(text):
        return Polarity("mixed", True)
    parts = clauses(text)
    if not parts:
        return None
    turns = [i for i, c in enumerate(parts) if i and CONTRAST[lang].search(c)]
    if turns:  # "A, but B": B is the point
        after = _first_said(parts[turns[-1]:], lang, qterms, question, strict, len(parts))
        return after or _first_said(parts[: turns[-1]], lang, qterms, question, strict, len(parts))
    found_all = [f for f in (_clause(c, lang, qterms, question, strict, len(parts)) for c in parts) if f]
    said = {f.label for f in found_all if f.explicit}
    if {"affirm", "deny"} <= said:  # "短期内不会，长期有可能", "In the long run, yes; in the short run, no"
        return Polarity("mixed", True)
    return found_all[0] if found_all else None


def _first_said(parts: list[str], lang: str, qterms: set[str], question: str, strict: bool,
                siblings: int) -> Polarity | None:
    """The first clause that says its position in words, else the first that restates the question
    ('但远程办公成为主流，在十年内不太可能': the restated subject is not the answer, 不太可能 is)."""
    found = [f for f in (_clause(c, lang, qterms, question, strict, siblings) for c in parts) if f]
    return next((f for f in found if f.explicit), found[0] if found else None)


def _clause(clause: str, lang: str, qterms: set[str], question: str, strict: bool, siblings: int) -> Polarity | None:
    """One clause's polarity, skipping framing clauses (conditions, settings) when there are others."""
    clause = CONTRAST[lang].sub("", clause, count=1).strip()
    if not clause or (_FRAME[lang].search(clause) and siblings > 1):
        return None
    return polarity(clause, lang, qterms, question, strict=strict)


def _part_polarity(part: Part, lang: str, qterms: set[str], question: str) -> Polarity | None:
    """The polarity one part contributes, flipped under a negative view ('I don't think…')."""
    strict = part.role not in _LOOSE_ROLES and part.role != "last"
    if part.role == "bare":  # a bare opening may restate the question only in a few words: "They do", "It is"
        strict = lang == "zh" or len(part.text.split()) > 3
    text = part.text
    if not text.strip(" 。.!！") or _is_pronoun(text, lang):
        found = Polarity("affirm", True) if part.role in ("opinion", "conclusion") else None
    elif part.role == "last":
        found = span_polarity(text, lang, qterms, question, strict=True) or _echo_last(text, lang, qterms, question)
    else:
        found = span_polarity(text, lang, qterms, question, strict)
    if found is None and part.role == "bare":
        found = _bare_echo(text, lang, qterms, question)
    if part.stance_verb and (found is None or not found.explicit):
        found = Polarity("affirm", True)  # "我赞成征收", "I'd support them": the verb is the position
    if found and part.flip and found.label != "mixed":
        return Polarity("deny" if found.label == "affirm" else "affirm", found.explicit)
    return found


def _bare_echo(text: str, lang: str, qterms: set[str], question: str) -> Polarity | None:
    """A bare opening that only restates the question's own words ('见底了。' to '…已经见底了吗？') answers yes,
    or no when it negates them."""
    from drafter.analysis.terms import terms

    first = clauses(text)[0] if clauses(text) else text
    said = terms(first)
    if not said or not said <= qterms:
        return None
    return polarity(first, lang, qterms, question) or Polarity("affirm", False)


def _is_pronoun(text: str, lang: str) -> bool:
    """True for a remainder that only points back ('it', 'so', '这样'), e.g. after 'I doubt' or 'I'd support'."""
    t = text.strip(" 。.!！,，").lower()
    if lang == "zh":
        return t in {"", "这样", "这么看", "如此", "是这样"}
    return t in {"", "it", "so", "that", "this", "one", "it strongly", "that idea", "the idea", "them", "those",
                 "these", "this idea", "that one", "this one", "it either"}


def _echo_last(text: str, lang: str, qterms: set[str], question: str) -> Polarity | None:
    """The closing sentence restating the question's claim counts as agreeing with it, if it restates enough."""
    from drafter.analysis.polarity import echo

    for clause in clauses(text):
        if echo(clause, qterms) >= 0.3:
            return polarity(clause, lang, qterms, question)
    return None


def read_stance(sents: list[Sentence], lang: str, qterms: set[str], question: str,
                skip: set[int] | None = None) -> StanceResult:
    """Weigh every position-bearing part of the answer and return the winning stance."""
    scores: dict[str, float] = defaultdict(float)
    best: dict[str, tuple[float, int, Sentence]] = {}
    answered: set[int] = set()  # openings read as a bare answer: their sentence is not counted twice
    for part in position_parts(sents, lang, skip):
        if part.role == "first" and part.sentence.index in answered:
            continue
        found = _part_polarity(part, lang, qterms, question)
        if not found:
            continue
        if part.role == "bare":
            answered.add(part.sentence.index)
        # a conclusion that restates the question's claim is as plain a position as a stance word
        weight = part.weight if found.explicit or part.weight >= CONCLUDING else part.weight * 0.8
        scores[found.label] += weight
        key = (weight, part.sentence.index)
        if found.label not in best or key >= best[found.label][:2]:
            best[found.label] = (weight, part.sentence.index, part.sentence)
    if not scores:
        return StanceResult(None, 0.0, None)
    label = max(scores, key=lambda k: (scores[k], best[k][1]))
    others = sum(v for k, v in scores.items() if k != label)
    return StanceResult(label, scores[label] - 0.5 * others, best[label][2])
