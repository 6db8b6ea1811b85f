"""The offline disagreement analyzer: rules only, no model and no network. Entry point: `analyze`.

For each question it reads every answer (reading.py), then lists contradictions and agreements from
pairwise relations (pairs.py) so that every pair of models that are neither evasive nor mixed is listed
exactly once. Choices:
- an answer whose `error` is set, or whose text is empty or only whitespace/control characters, goes to
  `failed` with no stance (an empty reply is a failed call, and there is nothing verbatim to quote);
- every quote is a slice of the answer text along sentence bounds and is checked with verify_quote;
- text that addresses the analyzer (prompt injection) is left out of the reading and of quotes, and shown
  in `injections`;
- a question read as `open` whose answers mostly state a figure in one measure is analysed as a number
  question (a phrasing the classifier missed should not cost every pair);
- two figures are always related: in one measure as read, else each answer's figure in the other's
  measure, else sums against counts as magnitudes; figures that still cannot be set side by side (a share
  against a date) are listed as a clash, never left out of both lists.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import replace

from drafter.analysis.engine.claims import Claim, agree, read_claim
from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.pairs import Relation, assemble, pair_key
from drafter.analysis.engine.questions import QInfo, read_question
from drafter.analysis.engine.reading import Reading, read_answer
from drafter.analysis.engine.sentences import clean_span, split_sentences
from drafter.analysis.schema import Analysis, CheckItem, Evasion, NumberClaim, QuestionAnalysis
from drafter.analysis.wording import (
    DODGE_STYLES,
    choice_point,
    disputed,
    hedged,
    number_point,
    reason,
    stance_point,
    unsure,
)
from drafter.inputs.transcript import Transcript
from drafter.lang import detect_language
from drafter.quotes.match import normalize, verify_quote


def transcript_language(transcript: Transcript) -> str:
    """The language for points and reasons: the transcript's own, else detected from its topic and questions."""
    return transcript.language or detect_language(
        transcript.topic + "\n" + "\n".join(q.text for q in transcript.questions))


def analyze(transcript: Transcript) -> Analysis:
    """The offline analysis of every question in the transcript."""
    lang = transcript_language(transcript)
    return Analysis(questions=[analyze_question(transcript, q.id, lang) for q in transcript.questions],
                    engine="offline")


def analyze_question(transcript: Transcript, qid: str, lang: str) -> QuestionAnalysis:
    """The offline analysis of one question."""
    question = transcript.question(qid)
    q = read_question(qid, question.text, lang)
    readings: list[Reading] = []
    failed: list[str] = []
    texts: dict[str, str] = {}
    for ans in transcript.answers_for(qid):
        if ans.error or not has_content(ans.text):
            failed.append(ans.model)
            continue
        texts[ans.model] = ans.text
        readings.append(read_answer(ans.model, ans.text, q))
    if q.kind == "open" and (numeric := as_number(q, readings)):  # '…哪一种…' read as open, answered in figures
        q = numeric
        readings = [read_answer(r.model, texts[r.model], q) for r in readings]
    elif q.kind == "number" and (unit := _answered_unit(q, readings)):
        q = replace(q, unit=unit)  # 'By how much have prices fallen?': most answers say in what measure
        readings = [read_answer(r.model, texts[r.model], q) for r in readings]
    for r in readings:
        r.key = r.key if _verbatim(r.key, texts[r.model]) else _fallback_quote(texts[r.model])
    order = [r.model for r in readings]
    quotes = {r.model: r.key for r in readings if r.key}
    contradictions, agreements = assemble(order, relations(q, readings, lang), quotes)
    sure = {r.model: round(r.confidence, 2) for r in readings}
    for c in contradictions:
        c.confidence = min(sure[m] for m in c.models)
    return QuestionAnalysis(
        id=qid, text=question.text, kind=q.kind,  # type: ignore[arg-type]
        stances={r.model: r.stance for r in readings},  # type: ignore[misc]
        key_quotes=quotes,
        contradictions=contradictions, agreements=agreements,
        evasions=[Evasion(model=r.model, reason=reason(r.style or "talks_around", lang), quote=r.key,
                          style=_SCHEMA_STYLE.get(r.style or "", r.style or "talks_around"),  # type: ignore[arg-type]
                          confidence=sure[r.model])
                  for r in readings if r.stance == "evasive" and r.key],
        numbers=[NumberClaim(model=r.model, low=r.claim.low, high=r.claim.high, unit=r.claim.unit,
                             quote=_claim_quote(r, texts[r.model]), figure=r.claim.text)
                 for r in readings if r.claim and r.stance not in ("evasive", "unclear")],
        picks={r.model: q.options[r.pick].text for r in readings
               if q.kind == "choice" and r.pick is not None and r.stance not in ("evasive", "unclear")},
        failed=failed,
        to_check=to_check(readings, quotes, lang),
        confidence=sure,
        injections={r.model: r.injection for r in readings if r.injection},
    )


# cue styles the schema folds into one of its own
_SCHEMA_STYLE = {"question_back": "talks_around", "scale_echo": "talks_around", "token_reply": "talks_around"}


def to_check(readings: list[Reading], quotes: dict[str, str], lang: str) -> list[CheckItem]:
    """What the author should check: each answer the rules could not read with confidence, with what they half-read
    (a possible dodge, a stance they were unsure of) and the answer's sentence that comes closest."""
    out = []
    for r in readings:
        if r.stance != "unclear":
            continue
        dodge = r.tentative in DODGE_STYLES
        # a half-read dodge is said as a possibility; no position read at all ('talks_around', the default) says
        # nothing about the model, only that the rules read none
        what = (r.tentative or "") if r.tentative in (None, "talks_around") or not dodge else hedged(
            reason(r.tentative, lang), lang)
        out.append(CheckItem(models=[r.model], kind="evasion" if dodge else "stance",
                             reason=disputed(r.tentative or "", r.doubt, lang) if r.doubt else unsure(what, lang),
                             quotes={r.model: quotes[r.model]} if quotes.get(r.model) else {}))
    return out


def relations(q: QInfo, readings: list[Reading], lang: str) -> dict[tuple[str, str], Relation]:
    """How every eligible pair of models relates: same/different stance, pick or overlapping figures."""
    out: dict[tuple[str, str], Relation] = {}
    live = [r for r in readings if r.stance not in ("evasive", "mixed", "unclear")]
    for i, a in enumerate(live):
        for b in live[i + 1:]:
            rel = _relation(q, a, b, lang)
            if rel:
                out[pair_key(a.model, b.model)] = rel
    return out


def _relation(q: QInfo, a: Reading, b: Reading, lang: str) -> Relation | None:
    """The relation of two non-evasive, non-mixed readings, or None when they cannot be compared."""
    if q.kind == "yesno" and a.stance in ("affirm", "deny") and b.stance in ("affirm", "deny"):
        alike = a.stance == b.stance
        return Relation(alike, "stance", stance_point(q.core, lang, a.stance if alike else None))
    if q.kind == "choice" and a.pick is not None and b.pick is not None:
        names = [q.options[a.pick].text] if a.pick == b.pick else [q.options[a.pick].text, q.options[b.pick].text]
        return Relation(a.pick == b.pick, "choice", choice_point(q.core, lang, names))
    if q.kind == "number" and a.claim and b.claim:
        x, y = same_unit(a, b)
        # figures that cannot be set side by side (a share against a head count) are not the same answer
        same = bool(agree(x, y)) if x and y else False
        x, y = x or a.claim, y or b.claim
        return Relation(same, "number", number_point(q.core, lang, [x.text, y.text], same))
    return None


_HOW_TO = re.compile(r"^\W*how (?:to|do|can|could|should|would|might) (?:i|we|you|one|people)?\b|^\W*(?:怎么|怎样|如何)"
                     r"|(?:我|我们|自己)?(?:该|应该|要)?(?:怎么|怎样|如何)(?:做|办|才能|让|避免|保持)", re.IGNORECASE)


def as_number(q: QInfo, readings: list[Reading]) -> QInfo | None:
    """An open question re-read as a number question when most answers state a figure in one unit (a request
    such as 'Write an essay on…' is never one: essays cite years and shares as background; nor is a question that
    names a figure itself)."""
    if not q.text.rstrip().endswith(("?", "？")) or figures(q.text) or _HOW_TO.search(q.text):
        # 'How do I make it go faster than 28 mph?': answers' figures are about the question's own; 'How to stay
        # awake for days for studying?' asks for a method, whatever durations its steps name
        return None
    top = common_unit(q, readings)
    return replace(q, kind="number", unit=top) if top else None


_CHANGE_UNITS = ("percent", "multiple")  # a change is said either way: 'fell 90%', 'a tenfold fall'


_DURATIONS = ("years", "days", "minutes")
# a question that names its unit of time ('how many years', '几个月', '…, in weeks?'), not only 'how long'
_TIME_NAMED = re.compile(r"年|个月|星期|周|天|小时|分钟|\b(?:years?|months?|weeks?|days?|hours?|minutes?)\b",
                         re.IGNORECASE)


def _answered_unit(q: QInfo, readings: list[Reading]) -> str | None:
    """The measure to read a number question in when the question does not fix it, or asks for a change that most
    answers give the other way (a multiple for a percentage), or asks 'how long' and most answers say it in another
    unit of time than years (minutes for a parking bay); None to keep the question's."""
    # ('How long should free short-stay bays allow…?' (md-tune85) answered '30 minutes', '60 to 90 minutes')
    duration = q.unit in _DURATIONS and not _TIME_NAMED.search(q.text)
    if q.unit is not None and q.unit not in _CHANGE_UNITS and not duration:
        return None
    if q.unit is not None and sum(1 for r in readings if r.claim and r.claim.unit == q.unit) >= 2:
        return None
    top = common_unit(q, readings)
    return top if top and top != q.unit and (q.unit is None or top in (_DURATIONS if duration else _CHANGE_UNITS)) \
        else None


def common_unit(q: QInfo, readings: list[Reading]) -> str | None:
    """The measure most answers state their figure in, when at least two and half of them do and no other measure
    is stated as often (two against two: neither is the answers' measure, so the question's stands)."""
    units = [claim.unit for r in readings if r.stance != "evasive"
             for claim in [read_claim(r.sents, None, q.text)] if claim]
    counts = Counter(units).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    top, n = counts[0]
    return top if n >= 2 and n * 2 >= len(readings) else None


def same_unit(a: Reading, b: Reading) -> tuple[Claim | None, Claim | None]:
    """Two readings' figures in one unit: as read, or the figure each states in the other's unit, or sums and
    counts compared as magnitudes ('200亿' against '300亿元')."""
    assert a.claim and b.claim
    if a.claim.unit == b.claim.unit or {a.claim.unit, b.claim.unit} == {"count", "money"}:
        return replace(a.claim, unit=b.claim.unit), b.claim
    return (a.claim, read_claim(b.sents, a.claim.unit, "")) if (
        other := read_claim(a.sents, b.claim.unit, "")) is None else (other, b.claim)


def has_content(text: str) -> bool:
    """True when the text holds anything but whitespace and control characters (cheap on long answers: it stops at
    the first character that counts, as `normalize` would keep it)."""
    return any(unicodedata.category(m.group()) not in _IGNORABLE for m in _VISIBLE.finditer(text))


_VISIBLE = re.compile(r"\S")
_IGNORABLE = {"Cc", "Cf", "Zs", "Zl", "Zp", "Cs", "Co", "Cn"}  # as drafter.quotes.match.normalize drops them


def _verbatim(quote: str, text: str) -> bool:
    """True when the quote verifies; a plain substring is checked first, which is all a slice ever needs."""
    return bool(quote) and bool(normalize(quote)) and (quote in text or verify_quote(quote, text))


def _claim_quote(r: Reading, text: str) -> str:
    """The sentence stating the figure (it verifies by construction; the key quote is the fallback)."""
    assert r.claim is not None
    sent = r.claim.sentence
    start, end = clean_span(text, sent.start, sent.end, r.claim.text) if text[sent.start:sent.end] == sent.text else (
        0, 0)
    quote = text[start:end]
    return quote if _verbatim(quote, text) else r.key


def _fallback_quote(text: str) -> str:
    """The first clean stretch of the answer (no markup): used only if a computed quote failed to verify; an answer
    that is nothing but markup, code or a heading has none, and gets no quote."""
    for sent in split_sentences(text):
        start, end = clean_span(text, sent.start, sent.end)
        if end > start and normalize(text[start:end]):
            return text[start:end]
    return ""
