"""A second, focused look when the analyst model and the rules read an answer in opposite ways.

When the single analyst's stance and the offline rules' sure stance are both definite and differ
(merge.disputed), the merge would make the model `unclear` and send it to `to_check`. Before that, the
analyst reads that one answer again, shown both readings with the sentence each cites, in an order that
does not say whose is whose. Its second reading decides:
- the rules' stance: the two readers now agree, and the merge states it;
- anything else, its first stance again included: the dispute stands, so the model is `unclear` and goes to
  `to_check`, its item saying what the second look said. An analyst that keeps its reading is not thereby
  right: analysts are wrong in the same way twice (`python -m evals.analyst_noise`, variant wrong_stances:
  stating kept readings took merged clash precision from 0.993 to 0.872), so only agreement is stated.
One call per disputed answer, in parallel; each look is named in its question's run.json note.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter import prompts
from drafter.analysis import merge
from drafter.analysis.analyst import (
    ROLE,
    Position,
    QuestionNote,
    QuestionReading,
    defuse,
    fence,
    prompt_budget,
    reply_tokens,
)
from drafter.analysis.positions import resolve_model
from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.lang import detect_language
from drafter.panel.chat import ask_structured
from drafter.panel.failures import CallFailed

if TYPE_CHECKING:
    import httpx

    from drafter.inputs.transcript import Answer, Transcript
    from drafter.panel.config import ModelSpec
    from drafter.panel.tokens import UsageLedger

log = logging.getLogger("drafter")

# The recheck prompt's heading above the readings (templates/prompts/*/recheck.md): it marks a call as a second look.
RECHECK_HEADINGS = ("The readings in dispute:", "有争议的两种读法:")

_WORDS = {
    "en": {"affirm": "affirm (yes)", "deny": "deny (no)", "evasive": "evasive (no real answer)"},
    "zh": {"affirm": "affirm(肯定)", "deny": "deny(否定)", "evasive": "evasive(回避)"},
}


@dataclass
class Dispute:
    """One answer the analyst and the rules read in opposite ways."""

    qid: str
    model: str
    mine: str  # the analyst's stance
    theirs: str  # the rules'
    my_quote: str
    their_quote: str


@dataclass
class Look:
    """What the second look said: its stance (None when it gave none), its verdict, and its cost."""

    dispute: Dispute
    stance: str | None
    verdict: str = ""
    calls: int = 0
    problem: str = ""

    @property
    def outcome(self) -> str:
        if self.stance == self.dispute.mine:
            return "upheld"
        if self.stance == self.dispute.theirs:
            return "conceded"
        return "unresolved"


def disputes(llm: Analysis, offline: Analysis) -> list[Dispute]:
    """Every answer whose two readings the merge would leave `unclear` for disagreeing."""
    found: list[Dispute] = []
    for qa in llm.questions:
        off = offline.question(qa.id)
        if off is None:
            continue
        for model in qa.stances:
            if merge.disputed(qa, off, model) and qa.confidence.get(model, 0.0) < merge.UNANIMOUS:
                found.append(Dispute(qa.id, model, qa.stances[model], off.stances[model],
                                     qa.key_quotes.get(model, ""), off.key_quotes.get(model, "")))
    return found


async def look_again(spec: ModelSpec, transcript: Transcript, dispute: Dispute, client: httpx.AsyncClient,
                     ledger: UsageLedger | None = None, context_tokens: int | None = None) -> Look:
    """The analyst's second reading of one disputed answer."""
    question = transcript.question(dispute.qid)
    answer = transcript.answer(dispute.qid, dispute.model)
    if question is None or answer is None:
        return Look(dispute, None, problem="answer not in the transcript")
    messages = recheck_messages(transcript, question.text, answer, dispute, prompt_budget(context_tokens))
    asked = spec.model_copy(update={"max_tokens": reply_tokens(spec, 1)})
    try:
        reply = await ask_structured(asked, QuestionReading, messages, http_async_client=client, ledger=ledger,
                                     role=ROLE)
    except CallFailed as exc:
        log.warning("second look by %s at %s/%s failed: %s", spec.key, dispute.qid, dispute.model, exc)
        return Look(dispute, None, calls=exc.calls, problem=f"the call failed ({exc})")
    position = _position_for(reply.value, answer)
    if position is None:
        return Look(dispute, None, calls=reply.calls, problem="the reply gave no position for it")
    return Look(dispute, position.stance, position.verdict.strip(), reply.calls)


def recheck_messages(transcript: Transcript, question: str, answer: Answer, dispute: Dispute,
                     budget: int) -> list[prompts.Message]:
    """The recheck prompt: the question, the two readings in a fixed neutral order, the one answer fenced."""
    language = transcript.language or detect_language(transcript.topic + "\n" + question)
    words = _WORDS["zh" if language.startswith("zh") else "en"]
    readings = sorted([(dispute.mine, dispute.my_quote), (dispute.theirs, dispute.their_quote)])
    # the cited sentences are answer text (untrusted) outside the fence: one line each, with no tag that could fence
    lines = [f"- {words.get(stance, stance)}: «{_defused(quote)}»" if quote else f"- {words.get(stance, stance)}"
             for stance, quote in readings]
    return prompts.render_messages("recheck", language, qid=dispute.qid, question=question,
                                   readings="\n".join(lines), answers=fence(answer, budget))


def _defused(quote: str) -> str:
    """An answer's sentence fit for one line of the prompt: no line breaks, no answer tag, no closing «»."""
    return defuse(" ".join(quote.split())).replace("»", "›")


def _position_for(reading: QuestionReading, answer: Answer) -> Position | None:
    """The reply's position for `answer`'s model: by name, or the only one given (one answer was shown)."""
    names, labels = {answer.model: answer.model}, {answer.model: answer.label or answer.model}
    for p in reading.positions:
        if resolve_model(p.model, names, labels) == answer.model:
            return p
    return reading.positions[0] if len(reading.positions) == 1 else None


async def second_looks(spec: ModelSpec, transcript: Transcript, llm: Analysis, offline: Analysis,
                       client: httpx.AsyncClient, ledger: UsageLedger | None, notes: list[QuestionNote],
                       context_tokens: int | None = None) -> tuple[Analysis, list[Look]]:
    """The analyst's reading after a second look at each disputed answer, and the looks; each noted for run.json."""
    found = disputes(llm, offline)
    if not found:
        return llm, []
    looks = await asyncio.gather(*(look_again(spec, transcript, d, client, ledger, context_tokens)
                                   for d in found))
    by_question = {n.question: n for n in notes}
    for look in looks:
        d = look.dispute
        note = by_question.get(d.qid)
        if note is None:
            continue
        note.calls += look.calls
        said = f"{look.outcome}: it read {look.stance}" if look.stance else f"unresolved: {look.problem}"
        note.second_looks.append(f"{d.model}: {spec.key} read {d.mine}, the rules {d.theirs}; {said}")
        if look.problem:
            note.problems.append(f"{d.qid}: second look at {d.model} by {spec.key}: {look.problem}")
    return apply(llm, looks), looks


_KEPT = {"en": " (on a second look, the model analyst kept its reading)",
         "zh": "（复核时，模型分析仍坚持原来的读法）"}


def annotate(merged: Analysis, looks: list[Look]) -> Analysis:
    """The merged analysis with each still-disputed answer's check item saying that the analyst kept its reading."""
    kept = {(look.dispute.qid, look.dispute.model) for look in looks if look.outcome == "upheld"}
    if not kept:
        return merged
    questions = []
    for qa in merged.questions:
        items = []
        for item in qa.to_check:
            if item.kind == "stance" and len(item.models) == 1 and (qa.id, item.models[0]) in kept:
                zh = any("\u4e00" <= ch <= "\u9fff" for ch in item.reason)
                item = item.model_copy(update={"reason": item.reason + _KEPT["zh" if zh else "en"]})
            items.append(item)
        questions.append(qa.model_copy(update={"to_check": items}))
    return merged.model_copy(update={"questions": questions})


def apply(llm: Analysis, looks: list[Look]) -> Analysis:
    """The analyst's analysis with each look's outcome: a conceded reading replaced by the rules' stance with
    the look's verdict; an upheld or unresolved one unchanged (still disputed)."""
    questions = {qa.id: qa for qa in llm.questions}
    for look in looks:
        if look.outcome != "conceded":
            continue
        qa = questions[look.dispute.qid]
        questions[qa.id] = _settled(qa, look)
    return llm.model_copy(update={"questions": [questions[qa.id] for qa in llm.questions]})


def _settled(qa: QuestionAnalysis, look: Look) -> QuestionAnalysis:
    model = look.dispute.model
    keys = {m: q for m, q in qa.key_quotes.items() if m != model}
    if look.verdict:
        keys[model] = look.verdict
    return qa.model_copy(update={
        "stances": {**qa.stances, model: look.stance}, "key_quotes": keys,
        # the rules' dodge entry (with its evidence) stands in for the analyst's
        "evasions": [e for e in qa.evasions if e.model != model],
    })
