"""Which option an answer picks in a choice question ("A还是B", "Which matters more: X or Y?")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from drafter.analysis.questions import Option
from drafter.analysis.roles import Part, position_parts
from drafter.analysis.sentences import Sentence
from drafter.analysis.terms import stem, terms

_I = re.IGNORECASE
# Words that mark a pick: comparatives, "I'd choose", 首选…
_CUE = {
    "zh": re.compile(r"更[\u4e00-\u9fff]|最[\u4e00-\u9fff]|首选|优先|为主|是关键|才是|关键在于|押注|看好|选择|选|倾向"
                     r"|主要靠|重点|当务之急"
                     r"|瓶颈|根本|底线|胜出|占上风|不如|与其|而不是|而非|第一|首要|头等|首位|关键在|先(?:把[^，。,；;]{0,6})?(?:投|花|抓|做|办|保|修|建|发展|解决|考虑)"),
    "en": re.compile(r"\b(?:more|most|bigger|biggest|greater|greatest|better|best|main|key|priority|prioriti[sz]e"
                     r"|favou?r"
                     r"|choose|pick|go with|back|bet on|worry more|first|winner|wins|matters|edge|without question"
                     r"|in my view|I'd argue|rank|clearly|definitely|rather than|instead of|hands down|by far"
                     r"|largest|highest|top|bulk|lion's share|lion’s share|the only (?:thing|option|one|way"
                     r"|choice))\b", _I),
}
# An option named right after these is the one set aside: 而不是X, 与其X, 比X更, "rather than X", "over X".
_AGAINST = {
    "zh": re.compile(r"(?:而不是|而非|不是|比|相比(?:之下)?|与其|并非|胜过|强于|超过)[^，。,；;]{0,6}$|不如\s*$"),
    "en": re.compile(r"\b(?:rather than|instead of|than|not|over|ahead of|before|more than|less than)\s+(?:the\s+"
                     r"|a\s+)?$", _I),
}
_TURN = {"zh": re.compile(r"[，,；;]\s*(?:但|但是|然而|不过|可是)"),
         "en": re.compile(r"[,;:—–]\s*(?:but|however|yet|though)\b|\b(?:but|however)\b", _I)}
_AFTER_ZH = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:不如|比不上|次之|并非|不是|没那么|不那么)")
_EQUAL = {
    "zh": re.compile(r"同样重要|同等重要|缺一不可|都很重要|两者都|二者都|都不可或缺|并重|不分伯仲|难分高下|相辅相成"),
    "en": re.compile(r"\bequally\b|\bboth (?:matter|are (?:important|essential|needed))\b|\bneither (?:is"
                     r"|matters) more\b"
                     r"|\bgo hand in hand\b|\bcomplementary\b", _I),
}
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ROOT = re.compile(r"(?:([b-df-hj-np-tv-z])\1|s)$")  # 'capp' and 'caps' are both 'cap' for matching


@dataclass(frozen=True)
class Pick:
    """The option an answer picks (index into the options), how firmly, and the sentence that says so."""

    option: int | None
    strength: float
    sentence: Sentence | None
    equal: bool = False


def _mentions(text: str, opt: Option, lang: str) -> list[int]:
    """Character positions where one of the option's distinctive terms occurs."""
    if lang == "zh" or any("\u4e00" <= ch <= "\u9fff" for t in opt.terms for ch in t):
        out = []
        for t in opt.terms:
            i = text.find(t)
            while i >= 0:
                out.append(i)
                i = text.find(t, i + 1)
        return sorted(out)
    return [m.start() for m in _EN_WORD.finditer(text) if _names(stem(m.group()), opt.terms)]


def _names(word: str, option_terms: set[str]) -> bool:
    """True when a word stem is one of the option's terms, allowing for stemming that cut them differently
    ('insulation'/'insulating', 'caps'/'capping')."""
    if word in option_terms:
        return True
    root = _ROOT.sub(r"\1", word)
    return any(_ROOT.sub(r"\1", t) == root or (len(word) >= 5 and len(t) >= 5 and word[:5] == t[:5])
               for t in option_terms)


def _set_aside(text: str, pos: int, lang: str) -> bool:
    """True when the option mentioned at `pos` is the one being set aside (与其X, X不如Y, 'rather than X')."""
    before = text[max(0, pos - 12): pos]
    return bool(_AGAINST[lang].search(before)) or (lang == "zh" and bool(_AFTER_ZH.match(text, pos)))


def _candidates(text: str, options: list[Option], lang: str) -> list[tuple[int, int]]:
    """(position, option index) for every mention of an option that is not set aside, in text order."""
    found = []
    for i, opt in enumerate(options):
        found += [(p, i) for p in _mentions(text, opt, lang) if not _set_aside(text, p, lang)]
    return sorted(found)


def _vote(part: Part, options: list[Option], lang: str) -> tuple[int, float] | None:
    """The option one part votes for, with the weight of the vote."""
    text = part.text
    if part.role in ("conclusion", "opinion") and not _candidates(text, options, lang):
        text = part.sentence.text  # "…，我认为这才是重点": the view points back into its sentence
    turns = list(_TURN[lang].finditer(text))
    turn = turns[-1] if turns else None
    if turn and _candidates(text[turn.end():], options, lang):
        text = text[turn.end():]  # "A is fine, but B matters more": the point comes after the turn
    cue = _CUE[lang].search(text)
    short = len(text) <= 12 if lang == "zh" else len(text.split()) <= 6
    cands = _candidates(text, options, lang)
    if part.role == "bare":  # "Nuclear." or "Laptops, frankly: …" picks; "Nuclear has obvious appeal: …" argues
        picks = bool(cue) or _only_options(text, options, lang)
    else:  # a long sentence that merely mentions an option is argument, not a pick
        picks = bool(cue) or short or part.role == "conclusion" or (
            part.role == "opinion" and bool(_CUE[lang].search(part.sentence.text)))  # "我会先把钱花在X上"
    if not picks:
        return None
    picked = {i for _, i in cands}
    if not cands:
        return None
    if part.flip and len(options) == 2 and len(picked) == 1:
        return 1 - cands[0][1], part.weight  # "我不认为X更重要": the other one
    if len(picked) == 1:
        return cands[0][1], part.weight
    if cue:
        before_cue = [c for c in cands if c[0] <= cue.start()]
        chosen = before_cue[-1] if before_cue else cands[0]
        return chosen[1], part.weight * 0.6
    return cands[0][1], part.weight * 0.4


def _only_options(text: str, options: list[Option], lang: str) -> bool:
    """True when the clause says little besides naming options ('Nuclear.', '主要由平台承担', 'Solar, clearly')."""
    first = re.split(r"[，,；;：:。.!！?？]", text, maxsplit=1)[0]
    said = terms(first)
    named = set().union(*(o.terms for o in options))
    if lang == "zh":
        rest = [t for t in said if not any(t in n or n in t for n in named)]
        return len(rest) <= 3
    return len(said - named) <= 1


def read_pick(sents: list[Sentence], lang: str, options: list[Option], skip: set[int] | None = None) -> Pick:
    """Weigh every position-bearing part and return the option the answer picks."""
    scores: dict[int, float] = defaultdict(float)
    best: dict[int, tuple[float, int, Sentence]] = {}
    pointer: tuple[int, float] | None = None  # "关键在人。先让老师…": a cue that names nothing points to what follows
    for part in position_parts(sents, lang, skip):
        vote = _vote(part, options, lang)
        named = {i for _, i in _candidates(part.text, options, lang)}
        if not vote and pointer and pointer[0] == part.sentence.index - 1 and len(named) == 1:
            vote = (named.pop(), pointer[1])
        if not vote and not named and _CUE[lang].search(part.text):
            pointer = (part.sentence.index, part.weight)
        if not vote:
            continue
        opt, weight = vote
        scores[opt] += weight
        key = (weight, part.sentence.index)
        if opt not in best or key >= best[opt][:2]:
            best[opt] = (weight, part.sentence.index, part.sentence)
    equal = any(_EQUAL[lang].search(s.text) for s in sents if s.index not in (skip or set()))
    if not scores:
        return Pick(None, 0.0, None, equal)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -best[kv[0]][1]))
    top, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if runner and score - runner < 0.5:
        return Pick(None, score - runner, best[top][2], True)
    return Pick(top, score - 0.5 * runner, best[top][2], equal and score - runner < 2)
