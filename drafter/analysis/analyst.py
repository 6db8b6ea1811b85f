"""The analyst role with a model: one structured call per question, every quote then verified.

The model reads the answers fenced as untrusted data and replies with each model's POSITION (stance,
figure or pick, verdict sentence quoted verbatim); every contradiction and agreement is derived here
from those positions (drafter.analysis.positions), so the reply carries no pair lists (they were most
of its tokens and were thrown away). Quotes that are not verbatim spans are dropped by
`verify_analysis`, and the offline engine's analysis is merged in. Nothing falls back silently: each
question's `QuestionNote` says which engine read it and what went wrong, for run.json.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, Field, field_validator, model_validator

from drafter import prompts
from drafter.analysis.positions import derive_pairs, resolve_model
from drafter.analysis.schema import (
    Analysis,
    Evasion,
    EvasionStyle,
    NumberClaim,
    QuestionAnalysis,
    Stance,
)
from drafter.inputs.transcript import Answer, Question, Transcript
from drafter.lang import detect_language
from drafter.panel import chat, endpoints
from drafter.panel.chat import ask_structured, http_client
from drafter.panel.config import ModelSpec
from drafter.panel.failures import CallFailed
from drafter.panel.tokens import count_tokens, fit

if TYPE_CHECKING:
    import httpx

    from drafter.panel.tokens import UsageLedger

log = logging.getLogger("drafter")

ROLE = "analyst"
# A tag inside an answer that could close (or open) the fence: defused with a full-width "<".
_FENCE_TAG = re.compile(r"<(\s*/?\s*answer\b)", re.IGNORECASE)
# The analyst prompt may fill this share of the model's context; the rest is the reply and slack.
PROMPT_SHARE = 0.6
DEFAULT_CONTEXT_TOKENS = 32_000
REPLY_BASE_TOKENS = 1024
REPLY_TOKENS_PER_ANSWER = 300
_STANCE_WORDS = {"yes": "affirm", "no": "deny", "agree": "affirm", "disagree": "deny", "evade": "evasive",
                 "evasion": "evasive", "dodge": "evasive", "unsure": "unclear", "unknown": "unclear",
                 "肯定": "affirm", "否定": "deny", "回避": "evasive", "不明": "unclear"}


class Position(BaseModel):
    """One model's position on the question, as the analyst model reads it."""

    model: str = Field(description='The model, exactly as in its <answer model="…"> tag.')
    stance: Stance = Field(description="affirm | deny | mixed | evasive | other (not a yes/no question; give "
                                       "pick or figure) | unclear (you cannot tell).")
    verdict: str = Field(default="", description="The sentence of this answer that states its position, copied "
                                                 "verbatim; empty if there is none.")
    pick: str = Field(default="", description="Choice question: the option chosen, in a few words. Number "
                                              "question: the figure as the answer writes it.")
    low: float | None = Field(default=None, description="Number question: the lowest value the answer's figure "
                                                        "allows, as a plain number (e.g. 10 for 10到20倍).")
    high: float | None = Field(default=None, description="Number question: the highest value (same as low for a "
                                                         "single figure).")
    unit: str = Field(default="", description="Number question: the unit (percent, times, year, count, USD…).")
    dodge: EvasionStyle | None = Field(default=None, description="Evasive only: refusal | no_opinion | "
                                       "both_sides | redirect | official_line | off_topic | talks_around | empty | "
                                       "no_info (says it has no information on it) | no_data (will not give the "
                                       "figure asked for).")
    reason: str = Field(default="", description="Evasive only: how it dodged, in a short phrase.")

    @model_validator(mode="before")
    @classmethod
    def _older_names(cls, data: Any) -> Any:
        """Accept `quote` for `verdict` (the earlier schema) and a `style` for `dodge`."""
        if isinstance(data, dict):
            data = dict(data)
            if not data.get("verdict") and isinstance(data.get("quote"), str):
                data["verdict"] = data["quote"]
            if not data.get("dodge") and data.get("style"):
                data["dodge"] = data["style"]
            for name in ("low", "high"):
                if isinstance(data.get(name), str):
                    try:
                        data[name] = float(data[name].replace(",", ""))
                    except ValueError:
                        data[name] = None
        return data

    @field_validator("stance", mode="before")
    @classmethod
    def _stance_word(cls, value: Any) -> Any:
        """Case, spacing and plain synonyms: "Affirm ", "YES", "否定" read as the stance they name."""
        if isinstance(value, str):
            word = value.strip().lower()
            return _STANCE_WORDS.get(word, word)
        return value

    @field_validator("dodge", mode="before")
    @classmethod
    def _dodge_word(cls, value: Any) -> Any:
        if isinstance(value, str):
            word = value.strip().lower().replace(" ", "_").replace("-", "_")
            allowed = set(EvasionStyle.__args__)  # type: ignore[attr-defined]
            return word if word in allowed else ("talks_around" if word else None)
        return value


class QuestionReading(BaseModel):
    """The analyst model's reading of all answers to one question: one position per model."""

    kind: Literal["yesno", "choice", "number", "open"] = Field(description="What the question asks for.")
    positions: list[Position] = Field(description="One entry per answer.")

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_word(cls, value: Any) -> Any:
        if isinstance(value, str):
            word = value.strip().lower().replace("-", "").replace("/", "").replace(" ", "").replace("_", "")
            return {"yesno": "yesno", "yn": "yesno", "binary": "yesno", "numeric": "number"}.get(word, word)
        return value


@dataclass
class QuestionNote:
    """How one question was read, for run.json: engine, calls, method, and anything that went wrong."""

    question: str
    engine: str  # "llm:KEY" (merged with offline evidence) or "offline (fallback)"
    calls: int = 0
    method: str | None = None
    problems: list[str] = field(default_factory=list)
    agreement: float | None = None  # jury: share of judge pairs that read a model alike
    second_looks: list[str] = field(default_factory=list)  # disputed answers read again, and what came of it

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"question": self.question, "engine": self.engine, "calls": self.calls,
                                "method": self.method, "problems": list(self.problems)}
        if self.agreement is not None:
            data["agreement"] = self.agreement
        if self.second_looks:
            data["second_looks"] = list(self.second_looks)
        return data


@dataclass
class AnalystResult:
    analysis: Analysis  # merged with the offline engine's
    notes: list[QuestionNote]
    llm: Analysis | None = None  # the model's own reading, quotes verified, before the merge (for evals)


async def analyze_llm(spec: ModelSpec, transcript: Transcript, *,
                      http_async_client: httpx.AsyncClient | None = None, ledger: UsageLedger | None = None,
                      context_tokens: int | None = None) -> Analysis:
    """The analysis of `transcript` by `spec`, its quotes verified, merged with the offline engine's."""
    result = await run_analyst(spec, transcript, http_async_client=http_async_client, ledger=ledger,
                               context_tokens=context_tokens)
    return result.analysis


async def run_analyst(spec: ModelSpec, transcript: Transcript, *,
                      http_async_client: httpx.AsyncClient | None = None, ledger: UsageLedger | None = None,
                      context_tokens: int | None = None) -> AnalystResult:
    """`analyze_llm` with a note per question. The first question goes alone when the endpoint's
    structured-output method is not known yet, so a rejected json_schema costs one extra call per
    run, not one per question; the rest then go in parallel."""
    from drafter.analysis.engine.analyzer import analyze
    from drafter.analysis.merge import merge
    from drafter.analysis.quote_check import verify_analysis
    from drafter.analysis.second_look import annotate, second_looks

    questions = list(transcript.questions)
    context_tokens = context_tokens or spec.context_tokens
    async with http_client(http_async_client) as client:
        def read(q: Question) -> Any:
            return read_question(spec, transcript, q, client, ledger, context_tokens)

        first: list[tuple[QuestionAnalysis | None, QuestionNote]] = []
        if questions and not method_known(spec):
            first = [await read(questions[0])]
            questions = questions[1:]
        rest = await asyncio.gather(*(read(q) for q in questions))
        readings = [*first, *rest]
        llm = Analysis(questions=[qa for qa, _ in readings if qa is not None], engine="llm")
        verified, dropped = verify_analysis(llm, transcript)
        notes = [note for _, note in readings]
        offline = analyze(transcript)
        looked, looks = await second_looks(spec, transcript, verified, offline, client, ledger, notes,
                                           context_tokens)
    if looked is not verified:
        verified, more = verify_analysis(looked, transcript)
        dropped += more
    if dropped:
        notes[0].problems.append(f"{dropped} quote(s) from {spec.key} failed verification and were dropped")
    merged = annotate(merge(verified, offline, transcript), looks)
    if all(n.engine != f"llm:{spec.key}" for n in notes):
        merged = merged.model_copy(update={"engine": "offline"})
    return AnalystResult(merged, notes, verified)


def method_known(spec: ModelSpec) -> bool:
    """True when the structured-output method to use needs no probing."""
    return bool(spec.structured_method or spec.provider != "openai"
                or (spec.model, spec.base_url) in chat._NO_JSON_SCHEMA or endpoints.recall(spec))


async def read_question(spec: ModelSpec, transcript: Transcript, question: Question, client: httpx.AsyncClient,
                        ledger: UsageLedger | None, context_tokens: int | None = None,
                        letters: bool = False) -> tuple[QuestionAnalysis | None, QuestionNote]:
    """One question read by `spec`: (its analysis, or None when the call failed; the note)."""
    note = QuestionNote(question=question.id, engine=f"llm:{spec.key}")
    answers = [a for a in transcript.answers_for(question.id) if a.ok]
    if not answers:
        note.engine = "offline"  # nothing to read: the offline engine reports the failures
        return None, note
    names = tags_for(answers, letters)
    budget = prompt_budget(context_tokens)
    messages, trimmed = analysis_prompt(transcript, question, answers, budget=budget, names=names)
    if trimmed:
        note.problems.append(f"{question.id}: answers trimmed to fit the analyst prompt budget of {budget} tokens "
                             f"({', '.join(trimmed)})")
    asked = spec.model_copy(update={"max_tokens": reply_tokens(spec, len(answers))})
    try:
        reply = await ask_structured(asked, QuestionReading, messages, http_async_client=client, ledger=ledger,
                                     role=ROLE)
    except CallFailed as exc:
        log.warning("analyst %s failed on %s, offline analysis used for it: %s", spec.key, question.id, exc)
        note.engine, note.calls = "offline (fallback)", exc.calls
        note.problems += [f"{question.id}: {n}" for n in exc.notes]
        note.problems.append(f"{question.id}: analyst {spec.key} failed ({exc}); the offline engine read this question")
        return None, note
    note.calls, note.method = reply.calls, reply.method
    note.problems += [f"{question.id}: {n}" for n in reply.notes]
    qa, unknown = to_question_analysis(reply.value, transcript, question, names)
    if unknown:
        note.problems.append(f"{question.id}: {spec.key} named model(s) not on the panel, ignored: "
                             f"{', '.join(unknown)}")
    missing = [a.model for a in answers if a.model not in qa.stances]
    if missing:
        note.problems.append(f"{question.id}: {spec.key} gave no position for {', '.join(missing)}; the offline "
                             f"reading is used for them")
    return qa, note


def tags_for(answers: list[Answer], letters: bool) -> dict[str, str]:
    """Model key -> the name its answer is fenced under: the key, or a neutral letter (A, B, …) for a jury."""
    if not letters:
        return {a.model: a.model for a in answers}
    return {a.model: _letter(i) for i, a in enumerate(answers)}


def _letter(i: int) -> str:
    return chr(ord("A") + i) if i < 26 else f"A{i}"


def prompt_budget(context_tokens: int | None) -> int:
    """Tokens the answers may fill in one analyst prompt: a share of the model's context."""
    return int((context_tokens or DEFAULT_CONTEXT_TOKENS) * PROMPT_SHARE)


def reply_tokens(spec: ModelSpec, n_answers: int) -> int:
    """`max_tokens` for the reply: a position takes ~40–120 tokens; the room above that is for models that
    think before they answer (their reasoning counts against max_tokens). The spec's own limit when smaller."""
    need = REPLY_BASE_TOKENS + REPLY_TOKENS_PER_ANSWER * n_answers
    return min(spec.max_tokens, need) if spec.max_tokens else need


def fair_shares(sizes: dict[str, int], budget: int) -> dict[str, int]:
    """Token allowance per answer: short answers whole, the rest share what is left equally."""
    shares: dict[str, int] = {}
    left, todo = budget, sorted(sizes, key=lambda k: sizes[k])
    while todo:
        even = left // len(todo)
        key = todo[0]
        if sizes[key] > even:
            for k in todo:
                shares[k] = even
            break
        shares[key] = sizes[key]
        left -= sizes[key]
        todo.pop(0)
    return shares


def analysis_messages(transcript: Transcript, question: Question, answers: list[Answer], *,
                      budget: int | None = None, names: dict[str, str] | None = None,
                      max_answer_tokens: int | None = None) -> list[prompts.Message]:
    """The analyze prompt for one question (see `analysis_prompt`)."""
    return analysis_prompt(transcript, question, answers, budget=budget, names=names,
                           max_answer_tokens=max_answer_tokens)[0]


def analysis_prompt(transcript: Transcript, question: Question, answers: list[Answer], *,
                    budget: int | None = None, names: dict[str, str] | None = None,
                    max_answer_tokens: int | None = None) -> tuple[list[prompts.Message], list[str]]:
    """The analyze prompt for one question, its answers fenced and trimmed fairly to the budget (and to
    `max_answer_tokens` each); and the trimmed answers ("grok 3000→1200")."""
    names = names or {a.model: a.model for a in answers}
    language = transcript.language or detect_language(transcript.topic + "\n" + question.text)
    sizes = {a.model: count_tokens(a.text) for a in answers}
    shares = fair_shares(sizes, budget or prompt_budget(None))
    if max_answer_tokens:
        shares = {m: min(n, max_answer_tokens) for m, n in shares.items()}
    trimmed = [f"{a.model} {sizes[a.model]}→{shares[a.model]}" for a in answers if shares[a.model] < sizes[a.model]]
    fenced = "\n\n".join(fence(a, shares[a.model], names[a.model]) for a in answers)
    messages = prompts.render_messages("analyze", language, qid=question.id, question=question.text,
                                       models=", ".join(names[a.model] for a in answers), answers=fenced)
    return messages, trimmed


def fence(answer: Answer, max_tokens: int, name: str | None = None) -> str:
    """`<answer model="…">text</answer>`, with any answer tag inside the text defused."""
    text = defuse(fit(answer.text, max_tokens))
    model = (name or answer.model).replace('"', "'")
    return f'<answer model="{model}">\n{text}\n</answer>'


def defuse(text: str) -> str:
    """Answer text with any tag that could close (or open) an answer fence made harmless (a full-width "＜")."""
    return _FENCE_TAG.sub(lambda m: "＜" + m.group(1), text)


def to_question_analysis(reading: QuestionReading, transcript: Transcript, question: Question,
                         names: dict[str, str] | None = None) -> tuple[QuestionAnalysis, list[str]]:
    """The reading in the analysis schema, every pair derived from the positions; and the names given
    that match no model that answered (labels, letters, case and spacing are resolved first)."""
    answers = [a for a in transcript.answers_for(question.id) if a.ok]
    names = names or {a.model: a.model for a in answers}
    labels = {a.model: a.label or a.model for a in answers}
    failed = [a.model for a in transcript.answers_for(question.id) if not a.ok]
    positions: dict[str, Position] = {}
    unknown: list[str] = []
    for p in reading.positions:
        key = resolve_model(p.model, names, labels)
        if key is None:
            unknown.append(p.model)
        elif key not in positions:
            positions[key] = p
    stances: dict[str, Stance] = {m: p.stance for m, p in positions.items()}
    keys = {m: p.verdict.strip() for m, p in positions.items() if p.verdict.strip()}
    evasions = [Evasion(model=m, reason=p.reason or _dodge_reason(question), quote=keys[m],
                        style=p.dodge or "talks_around")
                for m, p in positions.items() if p.stance == "evasive" and m in keys]
    numbers = [NumberClaim(model=m, low=min(p.low, p.high if p.high is not None else p.low),
                           high=max(p.low, p.high if p.high is not None else p.low), unit=p.unit or "",
                           quote=keys[m], figure=p.pick)
               for m, p in positions.items() if p.low is not None and m in keys and p.stance == "other"]
    picks = {m: p.pick.strip() for m, p in positions.items() if p.stance == "other" and p.pick.strip()}
    kind = reading.kind
    contradictions, agreements = derive_pairs(kind, stances, keys, picks, numbers, question.text)
    qa = QuestionAnalysis(id=question.id, text=question.text, kind=kind, stances=stances, key_quotes=keys,
                          contradictions=contradictions, agreements=agreements, evasions=evasions,
                          numbers=numbers, picks=picks if kind == "choice" else {}, failed=failed)
    return qa, unknown


def _dodge_reason(question: Question) -> str:
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question.text)
    return "没有正面回答" if zh else "did not answer the question"
