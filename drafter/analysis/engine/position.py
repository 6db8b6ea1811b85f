"""An answer's position for its question's kind (a yes or no, a pick, a figure), before evasion cues and confidence
are weighed: reading.py sets it against the cues."""

from __future__ import annotations

from typing import NamedTuple

from drafter.analysis.engine.answer_words import leads_with_answer
from drafter.analysis.engine.choices import read_pick
from drafter.analysis.engine.claims import Claim, past_for_future, read_claim
from drafter.analysis.engine.conditions import conditional, split_verdict
from drafter.analysis.engine.lean import lean
from drafter.analysis.engine.questions import QInfo
from drafter.analysis.engine.sentences import Sentence
from drafter.analysis.engine.stance import CONCLUDING, STRONG, read_stance
from drafter.analysis.lexicons.cues import CONCLUSION, HEDGE
from drafter.analysis.lexicons.stance_cues import WEAK_HEDGE

LEAN = 1.0  # the strength of a position read only from which way the arguments go: any evasion cue outweighs it


class Position(NamedTuple):
    """An answer's position for its question's kind, before evasion cues and confidence are weighed."""

    label: str | None
    strength: float = 0.0
    where: Sentence | None = None  # the sentence that states it
    pick: int | None = None  # the option picked (choice questions)
    claim: Claim | None = None  # the figure read (number questions)
    contested: bool = False  # a yes or no whose other side weighs at least stance.CONTESTED as much
    concluded: bool = False  # its strongest part is a verdict (a conclusion, a bold verdict, a stance verb)
    declared: bool = False  # a yes or no the answer named as its answer ('Verdict: yes.')
    said: bool = True  # a part beyond the body's arguments states it in words, not only by echoing the question
    sides: tuple[tuple[str, float, Sentence], ...] = ()  # yes/no: stance.StanceResult.sides


NONE = Position(None)
_PLACED = 1.0  # the weight of a part beyond the body's argument sentences (those weigh 0.5)


def read_position(sents: list[Sentence], lang: str, q: QInfo, skip: set[int], turned: set[int]) -> Position:
    """The answer's position for the question's kind; `skip`: sentences with a dodge cue, `turned`: cues that turn."""
    if q.kind == "choice":
        pk = read_pick(sents, lang, q.options, skip, turned, q.text)
        if pk.option is not None:
            return Position("other", pk.strength, pk.sentence, pk.option)
        hedged = pk.equal or any(HEDGE[lang].search(s.text) for s in sents if s.index not in skip)
        return Position("mixed", max(pk.strength, 1.0), pk.sentence or first_statement(sents, skip)) if hedged else NONE
    if q.kind == "number":
        claim = read_claim([s for s in sents if s.index not in skip] or sents, q.unit, q.text)
        if claim:  # a figure in another measure than the one asked for yields to an evasion cue, and so does one
            # found only in a list or a table ('1980年：800元' in a history of the threshold) that no verdict states
            asked = not q.unit or claim.unit == q.unit or {claim.unit, q.unit} == {"count", "money"}
            stated = claim.sentence.verdict or claim.sentence.kind not in ("item", "cell") or all(
                s.kind == claim.sentence.kind for s in sents) or in_bold(claim)  # only a table or a list; set in bold
            # and so does a date in the past given as background when a forecast is asked for
            stated = stated and not past_for_future(claim, q.text)
            return Position("other", STRONG + 1 if asked and stated else STRONG - 0.5, claim.sentence, claim=claim)
        return NONE
    st = read_stance(sents, lang, q.terms, q.text, skip, turned)
    # a yes or no the answer named as its answer is not unsaid by a condition or split elsewhere in it
    yes_no = q.kind == "yesno" and st.label != "mixed" and not st.declared
    cond = conditional(sents, lang, skip) if yes_no else None
    if yes_no and (where := cond or split_verdict(sents, lang, q.terms, q.text, skip)) and not (
            st.sentence and _settles(st.sentence, where, lang, cond is not None) and st.label in ("affirm", "deny")
            and (st.sentence.verdict
                 or (st.sentence.index > where.index and CONCLUSION[lang].search(st.sentence.text)))):
        # "Yes if X; without X, no", "for older pupils yes, for younger ones no": mixed, unless a conclusion
        # after it (or a verdict the answer set in bold or under a conclusion heading) settles the matter
        return Position("mixed", max(st.strength, STRONG), where, sides=st.sides)
    if q.kind == "yesno" and st.label is None and (leaning := lean(sents, lang, q.text, q.terms, skip)):
        return Position(leaning[0], LEAN, leaning[1])  # only benefits, or only costs: a weak position
    if q.kind == "open":
        if not sents:
            return NONE
        return Position("other", max(st.strength, STRONG), st.sentence or first_statement(sents, skip))
    if st.label == "mixed" and st.top < _PLACED and st.sentence is not None and all(
            WEAK_HEDGE.fullmatch(m.group()) for m in HEDGE[lang].finditer(st.sentence.text)):
        # only a 'perhaps' in one of the body's argument sentences ('…is down to perhaps ten individuals'): a fact
        # hedged, not the answer (md-tune71); 'it could go either way' there is still a split
        return NONE
    return Position(st.label, st.strength, st.sentence, contested=st.contested, concluded=st.top >= CONCLUDING,
                    declared=st.declared, said=st.said, sides=st.sides)


def _settles(said: Sentence, where: Sentence, lang: str, is_conditional: bool) -> bool:
    """True when the sentence that states the stance comes after the split or conditional verdict; or is the
    conditional itself ('只有在…的情况下，才应加重其责任'); or is the split and opens on its own answer ('On balance,
    yes — the smallest independents should sit outside…'). A sentence that is only the split ('对于连锁门店…合理；
    但对于小微商户…不现实') does not settle itself."""
    if said.index != where.index:
        return said.index > where.index
    return is_conditional or leads_with_answer(said.text, lang)


def in_bold(claim: Claim) -> bool:
    """True when the figure is set in bold within its sentence ('换算下来，**大约是6.1万公里**'): the answer's own."""
    at = claim.sentence.text.find(claim.text)
    return at >= 0 and claim.sentence.text[:at].count("**") % 2 == 1


def first_statement(sents: list[Sentence], skip: set[int]) -> Sentence | None:
    """The first sentence without an evasion cue (else the first at all)."""
    return next((s for s in sents if s.index not in skip), sents[0] if sents else None)
