"""Which option an answer picks in a choice question ("A还是B", "Which matters more: X or Y?")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from drafter.analysis.engine.mentions import candidates, word_at
from drafter.analysis.engine.option_sections import section_option
from drafter.analysis.engine.questions import Option
from drafter.analysis.engine.roles import WEIGHTS, Part, position_parts
from drafter.analysis.engine.sentences import Sentence, is_question
from drafter.analysis.engine.terms import stem, terms
from drafter.analysis.lexicons.choice_cues import (
    ARROW,
    BACK_TO_IT,
    BOTH_WAYS,
    CASE_THEN,
    CONCEDED,
    CONDITION,
    CUE,
    DEFERS,
    EQUAL,
    LABEL_LEAD,
    LABELLED,
    LETTER,
    MERE_MENTION,
    NO_PICK,
    NTH,
    ORDER_ASKED,
    ORDINAL,
    OWN_CALL,
    REFERRED,
    ROLE_OF,
    SEQUENCE,
    SHARED,
    STEP_FIRST,
    SUBJECT_PICK,
    TURN,
    ZH_BORNE_BY,
    ZH_SUBJECT_PICK,
)

# A question word: a clause that asks which option names none as its pick
_ASKS = re.compile(r"哪(?:个|种|类|一|些|方)")
_SAYS_PICK = ("conclusion", "opinion", "last", "first", "bare")
_BOLD = re.compile(r"\*\*([^*\n]{1,80})\*\*|__([^_\n]{1,80})__")


@dataclass(frozen=True)
class Pick:
    """The option an answer picks (index into the options), how firmly, and the sentence that says so."""

    option: int | None
    strength: float
    sentence: Sentence | None
    equal: bool = False


def _letter_pick(sents: list[Sentence], options: list[Option], skip: set[int]) -> Pick | None:
    """The option a multiple-choice answer names by its letter, from its last statement of the answer."""
    letters = {opt.letter: i for i, opt in enumerate(options)}
    named: list[tuple[bool, bool, str, Sentence]] = []  # (stated as the answer, said with a cue word, letter, where)
    for sent in sents:
        if sent.index in skip:
            continue
        for m in LETTER.finditer(sent.text):
            if (said := _said_letter(m).upper()) in letters:
                if MERE_MENTION.fullmatch(m.group().strip()) and REFERRED.search(sent.text[:m.start()]):
                    continue  # 'the help described in option (b)': referred to, not chosen
                named.append((not MERE_MENTION.fullmatch(m.group().strip()), bool(CUE["en"].search(sent.text)
                                                                                or CUE["zh"].search(sent.text)),
                              said, sent))
    # 'The answer is (B)' wherever it stands, else 'option (a)' said with 'most' or 'best', else the last letter named
    # ('… combined a ban with the help described in option (b)' only mentions it)
    for pool in ([n for n in named if n[0]], [n for n in named if n[1]], named):
        if pool:
            return Pick(letters[pool[-1][2]], STRONG_PICK, pool[-1][3])
    return None


def _said_letter(m: re.Match[str]) -> str:
    """The option letter a LETTER match names."""
    return next((g for g in m.groups() if g), "")


STRONG_PICK = 4.0  # a letter named as the answer is as plain as a pick gets


def _subject_pick(text: str, options: list[Option], lang: str) -> int | None:
    """The option a clause opens with as the subject of 'should have/decide/pay…' ('负首要责任'), or that a Chinese
    clause says bears the cost ('…，应当主要由业主个人承担'), when it names just one (a bracketed aside in the
    subject, '车主（及其保险）', names nothing)."""
    m = (SUBJECT_PICK if lang == "en" else ZH_SUBJECT_PICK).match(text) or (
        ZH_BORNE_BY.search(text) if lang == "zh" else None)
    subject = re.sub(r"[（(][^）)]*[）)]", "", m.group("subject")) if m else ""
    named = {i for _, i in candidates(subject, options, lang)} if m else set()
    return named.pop() if len(named) == 1 else None


def _vote(part: Part, options: list[Option], lang: str, had_bare: bool = False,
          ordering: bool = False) -> tuple[int, float] | None:
    """The option one part votes for, with the weight of the vote; `ordering`: the question asks which step comes
    first."""
    text = part.text
    if (arrow := ARROW.search(text)) and candidates(text[arrow.end():], options, lang):
        text = text[arrow.end():]  # '面积有限、或已有足球场 → 优先篮球场': the case, then the option it leads to
    if (own := section_option(part, options, lang)) is not None:
        if part.role == "other" and own not in {i for _, i in candidates(text, options, lang)}:
            return None  # '## 建小公园 … 缺点：不能解决停车问题': the other option named in one option's case
        if part.role in ("bare", "first"):
            return None  # '### Public-access defibrillator\nA defibrillator is valuable, …' opens one option's case
        if part.role == "conclusion" and not part.sentence.verdict:
            # "…, so the income can therefore be disappointing" closes one option's case, not the answer's
            part = replace(part, role="other", weight=WEIGHTS["other"])
    if part.role in ("first", "other", "last") and _ASKS.search(text):
        # '背后其实是一个问题：哪个群体最缺空间，而学校又最能帮得上忙' (md-tune82): a question posed, not answered
        return None
    if part.role in _SAYS_PICK and not part.flip and (subject := _subject_pick(text, options, lang)) is not None:
        return subject, part.weight
    if (role := ROLE_OF[lang].search(text)) and all(pos < role.start() for pos, _ in candidates(text, options, lang)):
        return None  # '政府能做、也应该做的，是统一设计标准…': a part to play, not the pick
    if part.role in ("conclusion", "opinion") and not candidates(text, options, lang):
        text = part.sentence.text  # "…，我认为这才是重点": the view points back into its sentence
    # "I lean towards X, though the case for Y is more attractive than it appears": after 'though' comes the
    # concession, not the point
    turns = [t for t in TURN[lang].finditer(text) if not t.group().lower().endswith("though")]
    turn = turns[-1] if turns else None
    if turn and candidates(text[turn.end():], options, lang):
        text = text[turn.end():]  # "A is fine, but B matters more": the point comes after the turn
    elif turn and CONCEDED[lang].search(text, 0, turn.start()) and OWN_CALL[lang].search(text, turn.end()) \
            and not BACK_TO_IT[lang].match(text, turn.end()):
        # "A sponsor or two can add extras, but the core should be publicly funded": what the option can do is
        # granted; the call after the turn is the point, and it names no option in the question's words (not "X can
        # work, but it should be capped", where the call is about X)
        return None
    elif turn and BACK_TO_IT[lang].match(text, turn.end()) and not CUE[lang].search(text, 0, turn.start()) and (
            part.role in ("conclusion", "other")):
        # "A destination playground is lovely, but it serves visitors more than the town's own children." (md-tune85):
        # the point after the turn is a reservation about the option named before it, not a vote for it
        return None
    cue = CUE[lang].search(text) or STEP_FIRST[lang].search(text)
    short = len(text) <= 12 if lang == "zh" else len(text.split()) <= 6
    cands = candidates(text, options, lang)
    if part.role == "bare":  # "Nuclear." or "Laptops, frankly: …" picks; "Nuclear has obvious appeal: …" argues
        picks = bool(cue) or _only_options(text, options, lang)
    elif part.role == "first" and not had_bare and _only_options(text, options, lang):
        picks = True  # "The transaction levy feeding a state scheme.": an opening that only names an option
    else:  # a long sentence that merely mentions an option is argument, not a pick
        picks = bool(cue) or short or part.role == "conclusion" or (
            part.role == "opinion" and bool(CUE[lang].search(part.sentence.text)))  # "我会先把钱花在X上"
    if not picks:
        return None
    picked = {i for _, i in cands}
    if not cands or _by_case(text, options, lang):
        return None  # '宗族力量强的村，理事会更合适；多姓村，村委会更稳妥': a different option for each case
    weight = part.weight
    if part.role == "conclusion" and not short and not _only_options(text, options, lang):
        # a reason given under the verdict heading ('It removes the twice-yearly disruption…'); with a cue word
        # somewhere in it ('fixes most of the problems … that digital wallets follow') it still weighs less than a
        # pick said in so many words
        weight *= 0.8 if cue else 0.4
    if part.flip and len(options) == 2 and len(picked) == 1:
        return 1 - cands[0][1], weight  # "我不认为X更重要": the other one
    if len(picked) == 1:
        return cands[0][1], weight
    if ordering and len(picked) == 2 and SEQUENCE[lang].search(text):
        return cands[0][1], weight  # "先统计，再投票。": of two steps put in order, the first is the pick
    if (bolded := _bolded(text, options, lang)) is not None:
        # "for what councils are measured against, the answer has to be a **single national deadline**": of the
        # options a verdict names, the one it sets in bold is its pick
        return bolded, weight
    if cue:
        before_cue = [c for c in cands if c[0] <= cue.start()]
        chosen = before_cue[-1] if before_cue else cands[0]
        return chosen[1], weight * 0.6
    return cands[0][1], weight * 0.4


def _by_case(text: str, options: list[Option], lang: str) -> bool:
    """True when the sentence's clauses between semicolons each name a different single option with a cue word or as
    a case's verdict ('…的，就建停车场；…的，就建小公园', 'if …, keep it'): the answer fits an option to each case and
    picks none."""
    named = set()
    # ('split it into two half-plots if the waiting list is long, and let it as one full plot if it is short'
    # (md-tune87): each case's verdict first, its condition after, the cases joined by ', and')
    for clause in re.split(r"[；;]|,\s+(?:and|but|or)\s+(?=[^,]*\b(?:if|when|unless)\b)" if lang == "en" else r"[；;]",
                           text):
        case = CASE_THEN.search(clause) if lang == "zh" else None
        # ('停车只在节假日紧张…的，就建小公园': the case may name an option too; the verdict is what follows 就)
        said = clause[case.end():] if case else clause
        after = _CONDITION_AFTER.search(said) if lang == "en" else None
        said = said[: after.start()] if after and after.start() else said
        found = {i for _, i in candidates(said, options, lang)}
        if len(found) == 1 and (CUE[lang].search(clause) or case or CONDITION[lang].match(clause) or after):
            named |= found
    return len(named) >= 2


_CONDITION_AFTER = re.compile(r"\s(?:if|when|unless|where)\s", re.IGNORECASE)  # 'X if A': the verdict, then its case


def _pointing(text: str, lang: str) -> bool:
    """True for a cue that points to what follows ('关键在人。'); not one that puts the choice off until the options
    are weighed ('it's worth taking them seriously in turn before saying which I'd choose')."""
    return not DEFERS[lang].search(text)


def _bolded(text: str, options: list[Option], lang: str) -> int | None:
    """The one option that bold text inside `text` names, if exactly one is."""
    named = {i for m in _BOLD.finditer(text) for _, i in candidates(m.group(1) or m.group(2) or "", options, lang)}
    return named.pop() if len(named) == 1 else None


def _only_options(text: str, options: list[Option], lang: str) -> bool:
    """True when the clause says little besides naming options ('Nuclear.', '主要由平台承担', 'Solar, clearly')."""
    first = re.split(r"[，,；;：:。.!！?？]", text, maxsplit=1)[0]
    said = terms(first)
    named = set().union(*(o.terms for o in options))
    if lang == "zh":
        rest = [t for t in said if not any(t in n or n in t for n in named)]
        return len(rest) <= 3
    return len(said - named) <= 1


def read_pick(sents: list[Sentence], lang: str, options: list[Option], skip: set[int] | None = None,
              turned: set[int] | None = None, asked: str = "") -> Pick:
    """Weigh every position-bearing part and return the option the answer picks; `asked`: the question's text."""
    if options and options[0].letter and (lettered := _letter_pick(sents, options, skip or set())):
        return lettered
    scores: dict[int, float] = defaultdict(float)
    best: dict[int, tuple[float, int, Sentence]] = {}
    conditional: dict[int, Sentence] = {}  # options the verdict picks each under a condition of its own
    cased: Sentence | None = None
    shared: Sentence | None = None
    both: Sentence | None = None  # a verdict that takes both options, each for its part
    pointer: tuple[int, float] | None = None  # "关键在人。先让老师…": a cue that names nothing points to what follows
    bare: set[int] = set()  # an opening with a bare part is not read again as a bare pick
    declined = {s.index for s in sents if NO_PICK[lang].search(s.text)}
    ordering = bool(ORDER_ASKED[lang].search(asked))
    for part in position_parts(sents, lang, skip, turned):
        if part.sentence.index in declined:
            continue  # '具体选哪一种取决于…，我很难在三者中笼统地挑出一个最好的': the options named are not picked
        if part.role == "bare":
            bare.add(part.sentence.index)
        vote = _vote(part, options, lang, part.sentence.index in bare, ordering)
        named = {i for _, i in candidates(part.text, options, lang)}
        if not vote and pointer and pointer[0] == part.sentence.index - 1 and len(named) == 1:
            vote = (named.pop(), pointer[1])
        if not vote and not named and CUE[lang].search(part.text) and _pointing(part.text, lang):
            pointer = (part.sentence.index, part.weight)
        if part.role in ("conclusion", "opinion") and BOTH_WAYS[lang].search(part.sentence.text) and len(
                {i for _, i in candidates(part.sentence.text, options, lang)}) >= 2:
            both = both or part.sentence  # '不是简单的二选一：基础时段由公共经费承担，延时和包场由使用者付费'
        if part.role in ("conclusion", "opinion") and part.sentence.verdict \
                and SHARED[lang].search(part.sentence.text):
            shared = shared or part.sentence  # 'Responsibility should be shared: the council for …; householders for …'
        if not vote and part.role in ("conclusion", "opinion") and _by_case(part.text, options, lang):
            cased = cased or part.sentence  # the verdict that fits an option to each case: where the answer splits
        if not vote:
            continue
        opt, weight = vote
        if part.role in ("conclusion", "opinion") and part.sentence.verdict and (
                CONDITION[lang].match(part.text) or ARROW.search(part.text)):
            conditional.setdefault(opt, part.sentence)
        scores[opt] += weight
        key = (weight, part.sentence.index)
        if opt not in best or key >= best[opt][:2]:
            best[opt] = (weight, part.sentence.index, part.sentence)
    if nth := _ordinal_pick(sents, options, lang, skip or set()):  # named by its place: as plain as a stated pick
        scores[nth[0]] += WEIGHTS["conclusion"]
        best[nth[0]] = (WEIGHTS["conclusion"], nth[1].index, nth[1])
    if labelled := _labelled_pick(sents, options, lang, skip or set()):  # "Recommendation: the open market."
        scores[labelled[0]] += WEIGHTS["conclusion"]
        best[labelled[0]] = (WEIGHTS["conclusion"], labelled[1].index, labelled[1])
    if bold := _bold_pick(sents, options, lang, skip or set()):
        scores[bold[0]] += WEIGHTS["opinion"]
        best.setdefault(bold[0], (WEIGHTS["opinion"], bold[1].index, bold[1]))
    equal = any(EQUAL[lang].search(s.text) for s in sents if s.index not in (skip or set())) or bool(declined)
    if both:
        return Pick(None, 0.0, both, True)
    if cased and max(scores.values(), default=0.0) < WEIGHTS["conclusion"]:
        # 'Bollards where the pavement is narrow …; planters where …' (md-tune79): the verdict fits an option to each
        # case, and no option is picked as plainly as a conclusion picks one
        return Pick(None, 0.0, cased, True)
    if shared and max(scores.values(), default=0.0) < WEIGHTS["conclusion"]:
        # the verdict shares the job out, and no option is picked as plainly as a conclusion picks one (md-tune85)
        return Pick(None, 0.0, shared, True)
    if len(conditional) >= 2:
        # "If the block is sound, …, keep it. If it needs a large repair …, a community scheme is the better bet."
        # (md-tune83): the verdict names one option for each case, and picks none
        return Pick(None, 0.0, min(conditional.values(), key=lambda s: s.index), True)
    if not scores:
        found = None if equal else _by_overlap(sents, options, lang, skip or set())
        return Pick(found[0], 1.0, found[1]) if found else Pick(None, 0.0, cased, equal or cased is not None)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -best[kv[0]][1]))
    top, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if runner and score - runner < 0.5:
        return Pick(None, score - runner, best[top][2], True)
    return Pick(top, score - 0.5 * runner, best[top][2], equal and score - runner < 2)


def _by_overlap(sents: list[Sentence], options: list[Option], lang: str,
                skip: set[int]) -> tuple[int, Sentence] | None:
    """The option an answer describes in its own words when no sentence marks a pick ('A pot that follows the
    worker from app to app' for 'a portable account funded by platforms'): the one whose distinctive terms (and
    their synonyms) it names most, at least two of them and more than any other option's."""
    said: dict[int, set[str]] = defaultdict(set)
    first: dict[int, Sentence] = {}
    for sent in sents:
        if sent.index in skip or is_question(sent.text):
            continue
        for pos, i in candidates(sent.text, options, lang):
            said[i].add(_term_at(sent.text, pos, options[i], lang))
            first.setdefault(i, sent)
    ranked = sorted(said, key=lambda i: -len(said[i]))
    if not ranked or len(said[ranked[0]]) < 2 or (len(ranked) > 1 and len(said[ranked[1]]) >= len(said[ranked[0]])):
        return None
    return ranked[0], first[ranked[0]]


def _term_at(text: str, pos: int, opt: Option, lang: str) -> str:
    """The option term named at `pos` (the English word's stem; the longest matching Chinese term)."""
    word = word_at(text, pos, opt, lang)
    return (stem(word) if lang == "en" else word) or str(pos)


def _bold_pick(sents: list[Sentence], options: list[Option], lang: str,
               skip: set[int]) -> tuple[int, Sentence] | None:
    """The option set in bold ('the biggest effect is **lower speed limits**'), when bold names exactly one option
    (bold headings for every option, as in a list of pros and cons, pick nothing)."""
    named: dict[int, Sentence] = {}
    for sent in sents:
        if sent.index in skip or ("**" not in sent.text and "__" not in sent.text):
            continue
        if sent.kind == "item" and not sent.verdict:
            continue  # '- Early **community engagement** helps…': a point's key words, set in bold in a list
        for m in _BOLD.finditer(sent.text):
            span = m.group(1) or m.group(2) or ""
            if _ASKS.search(span):
                continue  # '**哪个群体最缺空间**': a question set in bold names no pick
            for _, i in candidates(span, options, lang):
                named.setdefault(i, sent)
    return next(iter(named.items())) if len(named) == 1 else None


def _labelled_pick(sents: list[Sentence], options: list[Option], lang: str,
                   skip: set[int]) -> tuple[int, Sentence] | None:
    """The option a short labelled line names, when it names exactly one ('Recommendation: the open market.')."""
    for sent in sents:
        if sent.index in skip:
            continue
        if m := LABELLED[lang].match(sent.text):
            named = {i for _, i in candidates(m.group("rest"), options, lang)}
        elif lead := LABEL_LEAD[lang].match(sent.text):
            said = _labelled_words(sent.text, lead.end(), lang)
            named = {i for _, i in candidates(said, options, lang)}
            if len(named) > 1 and (borne := _subject_pick(said, options, lang)) is not None:
                named = {borne}
        else:
            continue
        if len(named) == 1:
            return named.pop(), sent
    return None


def _labelled_words(text: str, start: int, lang: str) -> str:
    """What a verdict label introduces: its bold words when the label opens a bold span, else its first clause."""
    bold = next((m for m in _BOLD.finditer(text) if m.start() <= start < m.end()), None)
    if bold:
        return text[start: bold.end()]
    end = re.search(r"[。；;！!]|\.(?:\s|$)", text[start:])
    return text[start: start + end.start()] if end else text[start:]


def _ordinal_pick(sents: list[Sentence], options: list[Option], lang: str,
                  skip: set[int]) -> tuple[int, Sentence] | None:
    """The option an answer's opening picks by its place in the question ('The first option.', '我选第三个')."""
    sent = next((s for s in sents if s.index not in skip), None)
    m = ORDINAL[lang].search(sent.text) if sent else None
    if not m or not sent:
        return None
    word = next(g for g in m.groups() if g).lower()
    i = len(options) - 1 if word in ("latter", "last", "后者") else NTH.get(word, -1)
    return (i, sent) if 0 <= i < len(options) else None
