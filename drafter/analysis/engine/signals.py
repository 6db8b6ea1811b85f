"""Position signals beyond yes/no words: a recommendation ("I'd scrap it", "Introduce it"), a prediction ("it's
already underway", "only a matter of time"), an endorsement ("count me in", "I'm a supporter") and a verdict on
the proposal ("a misguided idea", "a step in the right direction").

A recommendation is read against the question's own proposal: "I'd keep it" answers yes to "Should we keep…?"
but no to "Should we switch to…?", and "I'd ban them" answers yes only when the question asks about a ban. A
verb that repeats the question's verb always answers yes. A transitive verb must point at the proposal (a
pronoun or a word of the question), so "I'd fund grants" is not read as an answer about free tuition.
Predictions count only for questions about what will happen; a view reported ("critics call it a gimmick") or an
open question ("whether it's a smart move…") is no signal. `signal` returns the label before negation and where
negators count; polarity.signal_polarity counts them ("I wouldn't scrap it", "I'm no fan", "不会适得其反").
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.analysis.engine.lean import AGAINST_Q
from drafter.analysis.engine.terms import stem
from drafter.analysis.lexicons.cues import faster
from drafter.analysis.lexicons.signal_cues import (
    AGAINST,
    ALREADY_ZH,
    AS_IS,
    BAD,
    BAN,
    CLASS,
    ENDORSE,
    FOR,
    GOOD,
    INSTEAD,
    INTRANSITIVE,
    KEEP_MANNER,
    KEPT_AS_IS,
    NORMATIVE,
    NORMATIVE_ZH,
    NOT_ITSELF,
    OBLIGE,
    OPPOSITE_ADJ,
    PARTICLE,
    PASSIVE,
    PASSIVE_CLASS,
    POINTER,
    PREDICT,
    PREFERS,
    Q_KEEP,
    Q_NEG,
    RANKED_ABOVE,
    RATHER,
    RATHER_ZH,
    REC,
    SET_ASIDE,
    SOFT,
    STATUS_QUO,
    WORD,
)

_I = re.IGNORECASE

def prefers(text: str, lang: str, question: str, qterms: frozenset[str] | set[str]) -> str | None:
    """'deny' when a should-question is answered with a first-person preference for something else
    ('我更赞成引导和激励相结合的软性手段', md-tune21), 'affirm' when the preference names the proposal
    ('我更倾向于取消调休'), else None."""
    m = PREFERS[lang].search(text)
    if not m or not asks_what_to_do(question, lang):
        return None
    return "affirm" if _echoes(m.group("obj"), lang, question, frozenset(qterms)) else "deny"


def preferred_over(text: str, question: str, qterms: frozenset[str] | set[str]) -> bool:
    """True when an English answer prefers something else over the question's proposal ("I'd favour location bans
    and better facilities over a new charge on every disposable barbecue")."""
    return question_proposal(question) is not None and _ranked_below(text.lower(), _proposal_terms(
        question, qterms)) is not None


# The alternative a question sets against its proposal ('should the state rather than employers pay for it?'): its
# nouns, not the verb that follows ('pay for it' is the proposal's too)
_QUESTION_ALT = re.compile(r"\b(?:rather than|instead of|and not)\s+((?:the\s+)?[\w'’-]+(?:\s+(?:and|or)\s+[\w'’-]+)?)",
                           _I)
_FILLER = {"that", "this", "them", "they", "their", "with", "from", "have", "more", "less"}


@lru_cache(maxsize=1024)
def _alternative_terms(question: str) -> frozenset[str]:
    """The content terms of the alternative a question names against its proposal ('employers')."""
    alt = _QUESTION_ALT.search(question)
    return frozenset({stem(w) for w in WORD.findall(alt.group(1)) if len(w) > 3} - _FILLER) if alt else frozenset()


def _names_alternative(text: str, question: str) -> bool:
    """True when `text` names the alternative the question sets against its proposal."""
    return bool({stem(w) for w in WORD.findall(text)} & _alternative_terms(question))


def _proposal_terms(question: str, qterms: frozenset[str] | set[str]) -> set[str]:
    """The question's terms without those of the alternative it names: ranking that alternative lower ('…, rather
    than leaving employers to carry it') agrees with the proposal."""
    return set(qterms) - _alternative_terms(question)


def _ranked_below(clause: str, qterms: frozenset[str] | set[str]) -> re.Match[str] | None:
    """The 'I'd rather / prefer / favour X than / over Y' of a lower-cased clause, when Y is the question's proposal;
    or 'X seems a better fit than Y', when X is something else."""
    roots = {_root(t) for t in qterms}
    alt = RATHER.search(clause)
    if alt and (POINTER.match(alt.group("alt")) or roots & _roots(alt.group("alt"))):
        return alt
    better = RANKED_ABOVE.search(clause)
    if better and roots & _roots(better.group("alt")) and not roots & _roots(clause[:better.start()]):
        return better
    return None


def _roots(text: str) -> set[str]:
    """The roots of a text's words as written (unlike _words, hyphenated words are not split)."""
    return {_root(stem(w)) for w in WORD.findall(text)}


def set_aside(text: str, lang: str, question: str, qterms: frozenset[str] | set[str]) -> int | None:
    """Where the text sets the question's proposal aside for something else (与其X，不如Y; 'Rather than X, …')."""
    m = SET_ASIDE[lang].search(text)
    named = m and next((g for g in m.groups() if g), "")
    if lang == "en" and named and _names_alternative(named, question):
        return None  # '…, rather than leaving employers to carry it' to '…the state rather than employers…?': agreed
    return m.start() if m and named and _echoes(named, lang, question, frozenset(qterms)) else None


def _echoes(proposal: str, lang: str, question: str, qterms: frozenset[str]) -> bool:
    """True when the words set aside name the question's proposal ('提速' for '上限应该提高吗', 'raising the cap')."""
    if lang == "zh":
        chars = [c for c in proposal if "\u4e00" <= c <= "\u9fff"]
        return bool(chars) and sum(c in question for c in chars) / len(chars) >= 0.6
    return bool({stem(w) for w in WORD.findall(proposal)} & qterms)


_POLICY_ZH = re.compile(r"禁止|取消|推广|推行|征收|实施|实行|设立|开放|提高|降低|延长|缩短|允许|放开|立法|补贴")
# Who holds a view the answer reports ('critics', 'experts'), and the verbs that report it.
_OTHERS = (r"supporters|proponents|advocates|backers|critics|opponents|detractors|sceptics|skeptics|people|economists"
           r"|experts|analysts")
_REPORTING = r"say|says|argue|claim|think|believe|insist|warn|reckon|feel"
# Views reported, not held ("Supporters call it a smart move"); a process, not the outcome ("debate is underway").
_REPORTED = {
    "en": re.compile(rf"\b(?:{_OTHERS}|some|others|many)\s+(?:\w+\s+)?(?:{_REPORTING}|call|see|view|regard|consider"
                     r"|describe)\b"
                     r"|\b(?:debate|discussion|conversation|controversy|backlash|research|consultation|talks"
                     r"|negotiations|lobbying|opposition|resistance|criticism|whether)\b", _I),
    "zh": re.compile(r"支持者|反对者|批评者|有人(?:认为|说|担心|觉得)|也有人|有观点认为|争论|讨论"),
}
# An opening that reports others' answer ("Many skeptics argue no: …", "不少批评者认为不应该"): not the answer's own.
REPORTED_VIEW = {
    "en": re.compile(rf"^\W*(?:many|some|most|a lot of|plenty of)?\s*(?:{_OTHERS}|observers|commentators)\s+(?:\w+\s+)?"
                     rf"(?:{_REPORTING}|contend|maintain)\b"
                     # "I've seen the argument that mooring fees are a private matter…" (md-tune33): a side to weigh
                     r"|^\W*I(?:'ve|’ve|\s+have)\s+(?:often\s+)?(?:seen|heard|read)\s+(?:the|an|this|one)\s+"
                     r"(?:argument|claim|case|objection|view)\s+that\b"
                     r"|^\W*(?:the|one|a\s+common)\s+(?:argument|objection|claim)\s+(?:against\s+\w+\s+)?(?:is|goes)"
                     r"\s+that\b", _I),
    "zh": re.compile(r"^\W*(?:很多|不少|一些|许多)?(?:支持者|反对者|批评者|质疑者|有人|也有人|有观点|业内人士|专家)"
                     r"(?:们)?(?:认为|说|担心|觉得|指出|主张)"),
}
# An endorsement names the proposal, or nothing ('I'm a supporter.'), not something else ('a fan of evidence').
_FAN = re.compile(r"(?:supporter|fan|backer|advocate|proponent|champion|believer)$", _I)
_ENDORSED = re.compile(r"\s*(?:[.,;:!—–-]|$|of\s+(?:it|this|that|them|the\s+(?:idea|plan|proposal|policy|scheme"
                       r"|move|change))\b)", _I)
_OF = re.compile(r"\s+of\s+((?:[\w'’-]+\s*){1,5})")


def _fast(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern for lower-cased text, without IGNORECASE (several times faster on long alternations)."""
    return faster(re.compile(re.sub(r"(?<![\\?])[A-Z]", lambda m: m.group().lower(), pattern.pattern)))


PARTICLE, REC, POINTER, RATHER, _FAN, _ENDORSED, _OF, AS_IS, INSTEAD, STATUS_QUO = (
    _fast(p) for p in (PARTICLE, REC, POINTER, RATHER, _FAN, _ENDORSED, _OF, AS_IS, INSTEAD, STATUS_QUO))
for _family in (PREDICT, ENDORSE, AGAINST, GOOD, BAD, FOR, _REPORTED):
    _family["en"] = _fast(_family["en"])


@lru_cache(maxsize=512)
def question_proposal(question: str) -> str | None:
    """What the question proposes: keeping what exists ('keep'), a ban or cut ('neg'), or doing something ('pos');
    None for a question about what will happen, which a recommendation does not answer."""
    if not NORMATIVE.search(question):
        return None
    if Q_KEEP.search(question):
        return "keep"
    return "neg" if Q_NEG.search(question) else "pos"


def asks_what_to_do(question: str, lang: str) -> bool:
    """True for a question about what should be done (not what will happen)."""
    return bool(NORMATIVE_ZH.search(question)) if lang == "zh" else question_proposal(question) is not None


def recommendation(clause: str, question: str, qterms: frozenset[str] | set[str]) -> tuple[str, int, int] | None:
    """A recommended action read against the question's proposal: (label, start, end), or None."""
    if question_proposal(question) is None:
        return None
    if alt := _ranked_below(clause, _proposal_terms(question, qterms)):
        return "deny", alt.start(), alt.start()  # 'I'd rather see tougher enforcement than a ban'
    if (alt := INSTEAD.search(clause)) and not POINTER.match(alt.group("alt")) and not _words(alt.group("alt")) & {
            _root(t) for t in qterms}:
        return "deny", alt.start(), alt.start()  # 'I'd spend it on kerbside collection instead'
    if quo := STATUS_QUO.search(clause):  # 'I come down in favour of leaving things as they are'
        return "affirm" if question_proposal(question) == "keep" else "deny", quo.start(), quo.start()
    if (passive := PASSIVE.search(clause)) and set(stem(w) for w in WORD.findall(clause)) & qterms:
        kind = PASSIVE_CLASS.get(passive.group("verb").lower(), "neg")
        asked = question_proposal(question)
        said = "affirm" if kind in (asked, "do") or (asked == "keep" and kind == "pos") else "deny"
        return said, passive.start(), passive.start("verb")
    for m in REC.finditer(PARTICLE.sub(r"\1 \3 \2", clause)):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        rest = m.group("rest")
        if verb in ("stay", "remain", "wait") and re.match(r"\s*(?:out|neutral|silent|impartial|away|on the sidelines"
                                                            r"|and see)\b", rest, _I):
            continue  # 'I'd stay out of this', 'I'd wait and see': no vote for the status quo
        if verb == "leave" and not AS_IS.match(rest):
            continue  # 'I'd leave the decision to councils' is no vote for what is left as it is
        if verb == "keep" and KEEP_MANNER.match(rest):
            continue  # 'Keep it simple: time to make safe, …' says how to do it, not to keep things as they are
        if verb in ("stay", "remain") and KEPT_AS_IS.match(rest) and _shares_root(
                _words(" ".join(WORD.findall(clause[: m.start()])[-4:])), qterms):
            # 'The fines should remain in place' to 'Should parents be fined…?': what the question asks about, kept;
            # 'things should stay as they are' names nothing asked about, and 'should remain voluntary' changes it
            return ("deny" if question_proposal(question) == "neg" else "affirm"), m.start(), m.start("verb")
        words = [stem(w) for w in WORD.findall(rest)[:6]]
        words += [stem(p) for w in WORD.findall(rest)[:6] if "-" in w for p in w.split("-") if p]  # 'twice-yearly'
        if verb not in INTRANSITIVE and not POINTER.match(rest) and not set(words) & qterms:
            continue  # 'I'd fund grants instead': not the question's proposal
        kind = CLASS[verb]
        if verb == "keep" and re.match(r"\s*(?:\w+\s+){0,2}?(?:out|away|off)\b", rest, _I):
            kind = "neg"  # 'keep them out of classrooms'
        if verb == "make" and any(OPPOSITE_ADJ.get(w, set()) & qterms for w in words):
            return "deny", m.start(), m.start("verb")  # 'make it optional' to '…be compulsory?'
        asked = question_proposal(question)
        if kind == "pos" and verb in SOFT and OBLIGE.search(question) and not (
                verb == "fund" and POINTER.match(rest)):  # 'make it mandatory, fund it properly': funds the duty
            return "deny", m.start(), m.start("verb")  # 'Encourage it' to 'Should X be required?': not required
        if stem(verb.split()[0]) in qterms or kind in (asked, "do") or (asked == "keep" and kind == "pos"):
            return "affirm", m.start(), m.start("verb")
        return "deny", m.start(), m.start("verb")
    return None


def _words(text: str) -> set[str]:
    """The roots of a text's words, hyphenated words also by their parts."""
    return {_root(stem(p)) for w in WORD.findall(text) for p in {w, *w.split("-")} if p}


def _shares_root(words: set[str], qterms: frozenset[str] | set[str]) -> bool:
    """True when a word and a question term share a root of four letters or more, one the other's start ('fine' and
    'fined')."""
    return any(min(len(w), len(t)) >= 4 and (w.startswith(t) or t.startswith(w)) for w in words for t in qterms)


def _root(term: str) -> str:
    """A stem without a doubled final consonant ('bann' from 'banned' is 'ban')."""
    return term[:-1] if len(term) > 3 and term[-1] == term[-2] and term[-1] not in "aeiou" else term


def _endorsed(clause: str, end: int, qterms: frozenset[str]) -> bool:
    """True when 'a supporter', 'a big fan' stands alone or is 'of' the proposal (a pronoun or the question's words)."""
    if _ENDORSED.match(clause, end):
        return True
    obj = _OF.match(clause, end)
    return bool(obj and {stem(w) for w in WORD.findall(obj.group(1))} & qterms)


def signal(clause: str, lang: str, question: str, qterms: set[str]) -> tuple[str, int, int] | None:
    """The first position signal in a clause: (label before negation, start, end of the part of the signal in
    which a plain negator counts: 'wouldn't' in "I wouldn't scrap it", 'not' in "it's not a smart idea")."""
    return _signal(clause, lang, question, frozenset(qterms))


@lru_cache(maxsize=2048)
def _signal(clause: str, lang: str, question: str, qterms: frozenset[str]) -> tuple[str, int, int] | None:
    """signal, cached: a clause is often read both as a candidate answer and for its polarity."""
    low = clause.lower()
    clause = low if len(low) == len(clause) else clause  # the English patterns are written for lower case
    if lang == "en" and (rec := recommendation(clause, question, qterms)):
        return rec
    if lang == "zh" and (m := ALREADY_ZH.search(clause)) and m.group(1) in question and not asks_what_to_do(
            question, lang):
        return "affirm", m.start(), m.start()  # '已经在普及了' to '…会普及吗': it is happening
    if lang == "zh" and (m := RATHER_ZH.search(clause)) and any(v in question for v in _POLICY_ZH.findall(m.group(1))):
        return "affirm", m.start(), m.start()  # '与其观望，不如直接禁止': the proposal is what it prefers
    if (at := set_aside(clause, lang, question, qterms)) is not None:
        return "deny", at, at  # '与其提速，不如严查改装', 'Rather than raising the cap, …': set aside
    if (m := NOT_ITSELF[lang].search(clause)) and _echoes(m.group("obj"), lang, question, qterms):
        # '真正该担心的不是分时电价本身，而是执行' (md-tune22): the thing itself is cleared; to 'should X be banned?',
        # that is a no
        return ("deny" if AGAINST_Q[lang].search(question) else "affirm"), m.start(), m.start()
    if preferred := prefers(clause, lang, question, qterms):
        at = PREFERS[lang].search(clause).start()  # type: ignore[union-attr]
        return preferred, at, at
    for pats, label, inside in ((FOR, "affirm", False), (BAD, "deny", True), (AGAINST, "deny", False),
                                (GOOD, "affirm", True), (ENDORSE, "affirm", True), (PREDICT, "affirm", True)):
        m = pats[lang].search(clause)
        if not m or _REPORTED[lang].search(clause, 0, m.start()):
            continue
        if pats is ENDORSE and lang == "en" and _FAN.search(m.group()) and not _endorsed(clause, m.end(), qterms):
            continue
        if pats is PREDICT and asks_what_to_do(question, lang):
            continue  # 'it's already happening in Oslo' describes; it forecasts only for 'Will X happen?'
        if pats in (BAD, GOOD) and BAN.search(clause, 0, m.start()) and not Q_NEG.search(question):
            label = "affirm" if label == "deny" else "deny"  # 'A blanket ban would be the wrong answer': not the ban
        if pats is BAD and m.group() == "因噎废食" and not AGAINST_Q[lang].search(question):
            # giving something up for fear of its risks: to '是否应该推行X', refusing X is what it calls wrong
            label = "affirm"
        return label, m.start(), m.end() if inside and lang == "en" else m.start()
    return None
