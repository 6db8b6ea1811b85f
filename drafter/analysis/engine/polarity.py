"""Polarity of one clause relative to a yes/no question: affirm, deny or mixed, by negation parity and lexicons.

Negations are counted after fixed expressions that only look negative (不仅, 无人机, "no doubt") are
neutralised, so that double negations (没有理由认为…不…, "not unlikely", "I wouldn't say no") come out positive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.analysis.engine.lean import AGAINST_Q
from drafter.analysis.engine.numbers import figures, is_reference
from drafter.analysis.engine.signals import asks_what_to_do, question_proposal, signal
from drafter.analysis.engine.terms import terms
from drafter.analysis.lexicons.cues import HEDGE
from drafter.analysis.lexicons.polarity_cues import (
    ADOPTED,
    AFFIRM,
    ANTONYMS_EN,
    ANTONYMS_ZH,
    ATTRIBUTIVE_NEG,
    BARE_AUX,
    BECAUSE,
    CASE_AGAINST_DENIED,
    COMPARED_ODDS,
    CONJUNCT_END,
    ELLIPTICAL,
    EN_INNER_NEG,
    ENDING,
    JUDGED,
    LEADING_ANSWER,
    LIKELIHOOD,
    NEGATED_AIM,
    NEGATOR,
    NEUTRAL,
    NO_CURE_ALL,
    NO_WORDS,
    NOBODY_LEFT_OUT,
    NOT_ALLOWED,
    NOT_THE_ONLY,
    ODDS,
    PARALLEL_JOIN,
    PLAIN_NEG,
    POINTS_TO,
    QUOTED,
    REPEATED_NO,
    REVISIT,
    SAY_NO_DENIED,
    SHOULD_DO,
    SOUND_ZH,
    WEAK_DENY,
    ZH_BAN_Q,
    ZH_CLEARED,
    ZH_DEONTIC_Q,
    ZH_DONT,
    ZH_FUNCTION,
    ZH_HAVE,
    ZH_INNER_NEG,
    ZH_META_LEAD,
    ZH_MODAL,
    ZH_MODAL_LEAD,
    ZH_NOT_ALLOWED,
    ZH_REJECTED,
    ZH_SOFT,
)

_MARKUP = re.compile(r"^[\s*#>•·_~`\-]+|[\s*_~`]+$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_WHY_NOT = re.compile(r"\s*why not\b", re.IGNORECASE)


@dataclass(frozen=True)
class Polarity:
    """A clause's position: label, and whether a word said it (False: inferred from restating the question)."""

    label: str
    explicit: bool


def strip_markup(clause: str) -> str:
    """A clause without Markdown emphasis, bullets and heading marks around it ('**是的。**', '- Yes')."""
    return _MARKUP.sub("", clause).strip()


def _clean(clause: str, lang: str) -> str:
    """Drop quoted mentions and expressions that only look negative."""
    text = QUOTED.sub(" ", ADOPTED[lang].sub(r"\1\2\3" if lang == "zh" else r"\1\2 \3", clause))
    if lang == "en" and _WHY_NOT.match(text):  # kept out of NEUTRAL: an anchored branch there slows every search
        text = _WHY_NOT.sub("＿", text, count=1)
    return NEUTRAL[lang].sub("＿", text)


@lru_cache(maxsize=256)
def own_negative_terms(question: str) -> tuple[str, ...]:
    """Words of the question that hold a negator inside them (青黄不接, 供不应求, 'no-fault'): naming the
    question's own term is not a negation, so an answer that repeats it keeps its direction."""
    out: list[str] = []
    for m in ZH_INNER_NEG.finditer(question):
        i = m.start(1)
        if i >= 2 and _HAN.fullmatch(question[i - 2]) and question[i - 2] not in ZH_FUNCTION:
            out.append(question[i - 2: i + 2])
        out.append(question[i - 1: i + 2])
        if i + 2 < len(question) and not _HAN.fullmatch(question[i + 2]):
            out.append(question[i: i + 2])  # '禁止未满16周岁…': the word is 未满, whatever comes before it
        if i + 2 < len(question) and _HAN.fullmatch(question[i + 2]):
            out.append(question[i - 1: i + 3])  # 入不敷出, 供不应求
    out += [m.group() for m in EN_INNER_NEG.finditer(question)]
    # '对非洲', '非常': words that only look negative are no idiom to protect
    out = [t for t in out if NEGATOR["zh" if _HAN.search(t) else "en"].search(_clean(t, "zh" if _HAN.search(t)
                                                                                    else "en"))]
    return tuple(sorted(set(out), key=len, reverse=True))


@lru_cache(maxsize=256)
def _asked_bounds(question: str) -> tuple[tuple[str, float, str], ...]:
    """The thresholds a question sets ('less than $100 a month', 'by 2030', '超过1万亿'): unit, figure, side."""
    return tuple((f.unit, f.edge, f.side) for f in figures(question) if f.bound)


def _threshold(clause: str, question: str) -> tuple[str, int]:
    """The clause with its figures about the question's thresholds set aside, and how many of them sit on the
    other side: 'costs will remain above $100' or 'around $150' to '…less than $100?' says no, 'no more than $100'
    says yes though it holds a 'no'. A figure the clause only compares against is no claim."""
    asked = _asked_bounds(question) if question else ()
    if not asked:
        return clause, 0
    flips = 0
    for f in figures(clause):
        if not f.text or is_reference(clause, f):
            continue
        same = [(edge, side) for unit, edge, side in asked if unit == f.unit]
        if f.side:
            sides = {side for edge, side in same if abs(edge - f.edge) <= 0.01 * max(abs(edge), 1.0)}
            beyond = bool(sides) and f.side not in sides
        else:
            sides = {side for edge, side in same if (f.low > edge if side == "below" else f.high < edge)}
            beyond = bool(sides)
        if sides:
            clause = clause.replace(f.text, "＿", 1)
            flips += beyond
    return clause, flips


_KEPT_FROM = re.compile(r"\b(?:stop|stops|prevent|prevents|keep|keeps|bar|bars|stopping|preventing)\b[^.?]{0,40}?"
                        r"\bfrom\s+([a-z]{3,}?)e?ing\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _prevented(question: str) -> str:
    """The stem of the act a question's proposal prevents ('stop the car from exceeding' -> 'exceed'), or ''."""
    m = _KEPT_FROM.search(question)
    return re.escape(m.group(1).lower()) if m else ""


def negations(clause: str, lang: str, question: str = "") -> int:
    """Negations in a clause, plus antonyms of the question's own verb (弊大于利 against 利大于弊) and figures on
    the other side of the question's threshold; a negator inside one of the question's own terms does not count."""
    clause, flips = _threshold(clause, question)
    text = REPEATED_NO.sub("", _clean(clause, lang))  # "No — not yet", "不，不会": one no, said twice
    text = NOBODY_LEFT_OUT.sub("", text)  # 'a rule that ensures nobody is shut out': a protection, not a no
    text = NOT_THE_ONLY.sub("", text)  # '它不是唯一原因，却显著降低了门槛': one cause among others, not a no
    if lang == "zh":
        text = ATTRIBUTIVE_NEG.sub("＿", text)
    for term in own_negative_terms(question) if question else ():
        if term in text:
            text = text.replace(term, "＿")
    if lang == "en" and question and (kept_from := _prevented(question)):
        # '…limiters that stop the car from exceeding the limit?': 'drivers must not exceed the limit' states the
        # proposal's aim, not a no
        text = re.sub(rf"\b(?:not|never|n't|n’t)\s+(?:\w+\s+)?{kept_from}\w*", "＿", text, flags=re.IGNORECASE)
    if lang == "en" and question:
        text = ELLIPTICAL.sub(lambda m: m.group() if terms(m.group("subject")) & terms(question) else "＿", text)
    count = len(NEGATOR[lang].findall(text)) - _parallel_negations(text, lang)
    low, qlow = text.lower(), question.lower()
    pairs = ANTONYMS_ZH if lang == "zh" else ANTONYMS_EN
    count += sum(1 for a, b in pairs if a in qlow and b in low and a not in low and b not in qlow)
    return count + flips


def _parallel_negations(text: str, lang: str) -> int:
    """How many negations in the text only repeat the one just before over a parallel predicate."""
    found = 0
    for join in PARALLEL_JOIN[lang].finditer(text):
        before = CONJUNCT_END[lang].split(text[:join.start()])[-1]
        after = CONJUNCT_END[lang].split(text[join.end():])[0]
        if lang == "en" and join.group().lower() == "nor":
            after = "not " + after  # 'nor' is the second negation itself
        if len(NEGATOR[lang].findall(before)) == 1 and len(NEGATOR[lang].findall(after)) == 1:
            found += 1
    return found


def echo(clause: str, qterms: set[str]) -> float:
    """How much of the question a clause restates (share of its content terms)."""
    if not qterms:
        return 0.0
    return len(qterms & terms(clause)) / len(qterms)


OPPOSITE = {"affirm": "deny", "deny": "affirm"}


def answer_word(word: str) -> Polarity:
    """The position an answer word gives ('No', '不是', 'Yes', '对')."""
    return Polarity("deny" if word.lower() in NO_WORDS else "affirm", True)


def polarity(clause: str, lang: str, qterms: set[str], question: str = "", *, strict: bool = False) -> Polarity | None:
    """The clause's position; `strict` asks for a stance word (no inferring from a restated question)."""
    clause = strip_markup(clause)
    if REVISIT[lang].search(clause):
        return None  # '未来如果相关条件成熟，可以再做评估': the question left for later, no answer now
    if lang == "en":  # "I wouldn't say no to binding limits": the idiom's two negatives are a yes, not 'say no to'
        clause = SAY_NO_DENIED.sub(r"\1 would back", clause)
        if (reason := BECAUSE.search(clause)) and JUDGED.search(clause[: reason.start()]):
            # "A cap is justified because buyers cannot compare prices" (md-tune37): the negation is in the reason
            # given for the judgement, not in the judgement
            clause = clause[: reason.start()]
        if (aim := NEGATED_AIM.search(clause)) and (SHOULD_DO.search(head := clause[: aim.start()])
                                                     or JUDGED.search(head)) and not NEGATOR["en"].search(head):
            clause = head
    if lang == "zh":
        clause = ZH_SOFT.sub("", clause)
        if ZH_META_LEAD.fullmatch(clause.strip()):
            return None  # '需要先说明：…' announces a caveat; its 需要 is no 'yes, it is needed'
        if (rejected := ZH_REJECTED.match(clause)) and (turned := polarity(
                clause[rejected.end():], lang, qterms, question, strict=strict)) and turned.label in OPPOSITE:
            # '…，而不是变相不放开': what it rejects, turned round
            return Polarity(OPPOSITE[turned.label], turned.explicit)
    if HEDGE[lang].search(clause):
        return Polarity("mixed", True)
    if NO_CURE_ALL[lang].search(clause):
        return None  # "It will not fix the underlying contract", '不能替代改革': a limit conceded, not a side taken
    if COMPARED_ODDS[lang].search(clause):
        return None  # 'more likely around 2030 than in the next two years': odds weighed between two cases
    if said := LEADING_ANSWER[lang].match(clause):
        # "Yes — for a saver with no high-interest debt, …": the answer word decides, not a 'no' in its condition
        return answer_word(said.group(1))
    if pointed := POINTS_TO.search(clause):
        return Polarity("affirm" if pointed.group(1).lower() == "yes" else "deny", True)
    if WEAK_DENY[lang].search(_clean(clause, lang)):
        return Polarity("deny", True)
    if lang == "en" and question_proposal(question) == "neg" and NOT_ALLOWED.search(clause) and mentions_question(
            clause, qterms):
        # 'Under-16s shouldn't be able to buy these drinks' to 'Should the sale … be banned?': the ban, said
        return Polarity("affirm", True)
    if lang == "zh" and ZH_BAN_Q.search(question) and (backed := ZH_NOT_ALLOWED.search(clause)) and not re.search(
            r"[不没非无未]", clause[: backed.start()]) and mentions_question(clause, qterms):
        # '有充分的理由不让个人随意采摘' to '禁止采摘的禁令合理吗': the ban, backed ('谈不上应该禁止' negates it)
        return Polarity("affirm", True)
    if lang == "zh" and ZH_BAN_Q.search(question) and (told := ZH_DONT.match(clause.strip())) and not re.search(
            r"[不没非无未]", told.group("lead")) and mentions_question(clause.strip()[told.end():], qterms):
        return Polarity("affirm", True)  # '手机就别带进校门了': the banned act, told not to happen
    if found := signal_polarity(clause, lang, question, qterms):  # "I'd scrap it", "count me in", "a misguided idea"
        return found
    if found := case_against_denied(clause, lang, question):
        return found
    if lang == "zh" and ZH_CLEARED.search(clause) and mentions_question(clause, qterms):
        return Polarity("affirm", True)
    neg = negations(clause, lang, question)
    if neg:
        if strict and neg % 2 == 0 and not AFFIRM[lang].search(clause) and not bare_answer(clause, lang):
            return None
        about = (mentions_question(clause, qterms) or bare_answer(clause, lang) or LIKELIHOOD.search(clause)
                 or any(t in clause for t in own_negative_terms(question)))
        if strict and not about:
            return None
        return Polarity("deny" if neg % 2 else "affirm", True)
    if lang == "zh" and (have := ZH_HAVE.search(clause)) and have.group() in question:
        return Polarity("affirm", True)  # '总体上是有利的' to '…有利吗': the question's own 有X, said back
    if (said := _affirmed(clause.strip(), lang, qterms, question)) and not _other_modal(said.group(), lang, question) \
            and not _needs_something_else(clause.strip(), said, lang, qterms):
        return Polarity("affirm", True)
    if question and any(t in clause for t in own_negative_terms(question)):
        return Polarity("affirm", False)  # '供不应求的局面已经出现了': the question's own idiom, not negated
    if strict:
        return None
    if (echo(clause, qterms) >= 0.2 and not _object_only(clause, lang, question)) or (
            lang == "en" and BARE_AUX.match(clause.strip()) and _short(clause)) or (
            lang == "zh" and ZH_MODAL.match(clause) and bare_answer(clause, lang)
            and mentions_question(clause, qterms)):
        return Polarity("affirm", False)  # '会扩大': the question's own modal and verb, said back
    return None


def case_against_denied(text: str, lang: str, question: str) -> Polarity | None:
    """Yes when a clause or span asked about a proposal denies the case against it ('The retail concern, in
    particular, tends to be overstated'); None when it does not."""
    denied = CASE_AGAINST_DENIED[lang].search(text)
    if not denied or not asks_what_to_do(question, lang) or not (
            denied.group("objection") or denied.groupdict().get("effect") or not AGAINST_Q[lang].search(question)):
        return None
    if denied.groupdict().get("manageable"):
        return Polarity("affirm", True)  # 'real but manageable': granted, then set aside
    # the word that denies the objection is one negation; another ('not unfounded') restores the objection
    return Polarity("affirm" if negations(text, lang, question) % 2 else "deny", True)


def _short(clause: str) -> bool:
    """True for a clause short enough to answer with its verb alone ('They do', 'It will, eventually')."""
    return len(strip_markup(clause).split()) <= 4


_CUT = re.compile(r"\b(?:cut|cuts|cutting|lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing)\b",
                  re.IGNORECASE)


def _object_only(clause: str, lang: str, question: str) -> bool:
    """True when the question proposes ending something and the clause names it without its ending."""
    # ('England and Wales should cut the limit' to 'Should they cut their drink-drive limit…?' names the cut)
    return lang == "en" and question_proposal(question) == "neg" and not ENDING.search(clause) and not (
        _CUT.search(clause) and _CUT.search(question))


# "Outlawing it would most likely reduce choice": the odds of a consequence, forecast, not the answer's verdict
_FORECAST_ODDS = re.compile(r"\b(?:would|will|could|may|might)\s+(?:(?:most|very|quite|more|less)\s+)?$", re.IGNORECASE)


def _affirmed(clause: str, lang: str, qterms: set[str], question: str) -> re.Match[str] | None:
    """The first affirming cue of a clause; asked what should be done, an odds word forecasting something is none."""
    for said in AFFIRM[lang].finditer(clause):
        if not (lang == "en" and ODDS.fullmatch(said.group()) and asks_what_to_do(question, lang)):
            return said
        if re.search(r"\b(?:yes|no)\b", clause, re.IGNORECASE) or _short(clause):
            return said
        if mentions_question(clause, qterms) and not _FORECAST_ODDS.search(clause[: said.start()]):
            return said
        # 'the debate is likely to run through the charter review' forecasts something else, asked what should be
        # done; 'a ban would most likely reduce choice' forecasts a consequence of it: neither is a yes
    if lang == "zh" and (sound := SOUND_ZH.search(clause)) and mentions_question(clause[:sound.start()], qterms):
        # '城市提出开放要求是合理的': the proposal, named, judged sound ('这种担心是合理的' names no proposal)
        return sound
    return None



def _other_modal(word: str, lang: str, question: str) -> bool:
    """True for a modal that opens a clause when the question asks what will happen, not what should be done
    ('需要托育、住房一起发力' to '…能提高生育率吗'): advice about something else, not a bare yes."""
    return bool(lang == "zh" and question and ZH_MODAL_LEAD.match(word) and not ZH_DEONTIC_Q.search(question))


def _needs_something_else(clause: str, said: re.Match[str], lang: str, qterms: set[str]) -> bool:
    """True for '需要X' whose X names none of the question's terms ('（一项政策要长久有效，）需要执行者真正认同' to
    '是否应该强制…接种疫苗'): what something else needs, not a yes to the question."""
    if lang != "zh" or not said.group().startswith("需"):
        return False
    needed = re.sub(r"[^\u4e00-\u9fff]", "", clause[said.end():])
    return len(needed) >= 4 and not mentions_question(clause, qterms)


def signal_polarity(clause: str, lang: str, question: str, qterms: set[str]) -> Polarity | None:
    """The position a recommendation, prediction, endorsement or verdict states, negators before it counted."""
    if found := signal(clause, lang, question, qterms):
        label, start, end = found
        flips = _local_negations(clause, start, end, lang, question)
        return Polarity(("deny" if label == "affirm" else "affirm") if flips % 2 else label, True)
    return None


_BOUNDARY = re.compile(r".*(?:[,;:—–，；：]|\b(?:and|but|so|because)\b)", re.IGNORECASE | re.DOTALL)


def _local_negations(clause: str, start: int, end: int, lang: str, question: str) -> int:
    """Negators that bear on a signal: in its own clause before it, and plain ones inside it."""
    head = clause[:start]
    cut = _BOUNDARY.match(head)
    head = head[cut.end():] if cut else head
    if lang == "zh":
        head = head[-3:]  # '不会适得其反' flips, '一旦处理不好，可能适得其反' does not
    return negations(head, lang, question) + len(PLAIN_NEG[lang].findall(clause[start:end]))


def mentions_question(clause: str, qterms: set[str]) -> bool:
    """True when a clause shares at least one content term with the question."""
    return bool(qterms & terms(clause))


def bare_answer(clause: str, lang: str) -> bool:
    """True for a clause short enough to be a bare answer ("不会", "Yes", "They do", "I doubt it")."""
    text = strip_markup(clause).rstrip("。！!.")
    if lang == "zh":
        return len(re.sub(r"[^\u4e00-\u9fff]", "", text)) <= 6
    return len(text.split()) <= 6
