"""The analyst role with a model: one structured call per question, every quote then verified.

The model reads the answers fenced as untrusted data, replies in `QuestionReading` (lists, not
maps, so the schema also works with OpenAI's strict json_schema), and its reading is turned into
the analysis schema. Quotes that are not verbatim spans are dropped by `verify_analysis`, and the
offline engine's analysis is merged in, so a question the model failed on is still analysed.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from drafter import prompts
from drafter.analysis.schema import (
    Agreement,
    Analysis,
    ClashKind,
    Contradiction,
    Evasion,
    EvasionStyle,
    QuestionAnalysis,
    Stance,
)
from drafter.inputs.transcript import Answer, Question, Transcript
from drafter.lang import detect_language
from drafter.panel.chat import CallFailed, call_structured, http_client
from drafter.panel.config import ModelSpec
from drafter.panel.tokens import fit

if TYPE_CHECKING:
    import httpx

    from drafter.panel.tokens import UsageLedger

log = logging.getLogger("drafter")

ROLE = "analyst"
# A tag inside an answer that could close (or open) the fence: defused with a full-width "<".
_FENCE_TAG = re.compile(r"<(\s*/?\s*answer\b)", re.IGNORECASE)


class Position(BaseModel):
    model: str = Field(description="The model key, exactly as in its <answer model=\"…\"> tag.")
    stance: Stance = Field(description="affirm | deny | mixed | evasive | other (question not yes/no).")
    quote: str = Field(description="The sentence of this model's answer that best states its position, "
                                   "copied verbatim.")


class Quote(BaseModel):
    model: str = Field(description="The model key.")
    quote: str = Field(description="A verbatim span of that model's answer.")


class Clash(BaseModel):
    models: list[str] = Field(description="Exactly two model keys whose answers contradict.")
    point: str = Field(description="What they disagree on, in a short phrase.")
    quotes: list[Quote] = Field(description="One verbatim quote per model showing its side.")
    kind: ClashKind = Field(description="stance: yes vs no; choice: different picks; number: figures "
                                        "that cannot both hold.")


class Accord(BaseModel):
    models: list[str] = Field(description="Two or more model keys taking the same position.")
    point: str = Field(description="What they agree on, in a short phrase.")
    quotes: list[Quote] = Field(description="One verbatim quote per model.")
    kind: ClashKind = Field(description="stance, choice or number.")


class Dodge(BaseModel):
    model: str = Field(description="The model key that did not answer the question.")
    reason: str = Field(description="How it dodged, in a short phrase a columnist can use.")
    quote: str = Field(description="A verbatim span of the answer that shows the dodge.")
    style: EvasionStyle = Field(description="refusal | no_opinion | both_sides | redirect | off_topic | "
                                            "talks_around | empty")


class QuestionReading(BaseModel):
    """The analyst model's reading of all answers to one question."""

    kind: Literal["yesno", "choice", "number", "open"] = Field(description="What the question asks for.")
    positions: list[Position] = Field(description="One entry per model that answered.")
    contradictions: list[Clash] = Field(description="Pairs of models that contradict each other.")
    agreements: list[Accord] = Field(description="Groups of models that agree.")
    evasions: list[Dodge] = Field(description="Models that did not really answer.")


async def analyze_llm(spec: ModelSpec, transcript: Transcript, *,
                      http_async_client: httpx.AsyncClient | None = None, ledger: UsageLedger | None = None,
                      max_answer_tokens: int = 3000) -> Analysis:
    """The analysis of `transcript` by `spec` (one call per question, in parallel), its quotes
    verified, merged with the offline engine's. A failed question is logged and left to offline."""
    from drafter.analysis.engine.analyzer import analyze
    from drafter.analysis.merge import merge
    from drafter.analysis.quote_check import verify_analysis

    async with http_client(http_async_client) as client:
        calls = [_read_question(spec, transcript, q, client, ledger, max_answer_tokens)
                 for q in transcript.questions]
        readings = await asyncio.gather(*calls)
    llm = Analysis(questions=[qa for qa in readings if qa is not None], engine="llm")
    verified, _dropped = verify_analysis(llm, transcript)  # the count is carried in dropped_quotes
    return merge(verified, analyze(transcript))


async def _read_question(spec: ModelSpec, transcript: Transcript, question: Question,
                         client: httpx.AsyncClient, ledger: UsageLedger | None,
                         max_answer_tokens: int) -> QuestionAnalysis | None:
    answers = [a for a in transcript.answers_for(question.id) if a.ok]
    if not answers:
        return None  # nothing to read: the offline engine reports the failures
    messages = analysis_messages(transcript, question, answers, max_answer_tokens)
    try:
        reading = await call_structured(spec, QuestionReading, messages, http_async_client=client,
                                        ledger=ledger, role=ROLE)
    except CallFailed as exc:
        log.warning("analyst %s failed on %s, offline analysis used for it: %s", spec.key, question.id, exc)
        return None
    return to_question_analysis(reading, transcript, question)


def analysis_messages(transcript: Transcript, question: Question, answers: list[Answer],
                      max_answer_tokens: int = 3000) -> list[prompts.Message]:
    """The analyze prompt for one question, its answers fenced and trimmed to the token budget."""
    language = transcript.language or detect_language(transcript.topic + "\n" + question.text)
    return prompts.render_messages("analyze", language, qid=question.id, question=question.text,
                                   models=", ".join(a.model for a in answers),
                                   answers="\n\n".join(fence(a, max_answer_tokens) for a in answers))


def fence(answer: Answer, max_tokens: int) -> str:
    """`<answer model="…">text</answer>`, with any answer tag inside the text defused."""
    text = _FENCE_TAG.sub(lambda m: "＜" + m.group(1), fit(answer.text, max_tokens))
    model = answer.model.replace('"', "'")
    return f'<answer model="{model}">\n{text}\n</answer>'


def to_question_analysis(reading: QuestionReading, transcript: Transcript,
                         question: Question) -> QuestionAnalysis:
    """The reading in the analysis schema; entries naming models that did not answer are left out."""
    known = {a.model for a in transcript.answers_for(question.id) if a.ok}
    failed = [a.model for a in transcript.answers_for(question.id) if not a.ok]
    positions = [p for p in reading.positions if p.model in known]
    contradictions = [Contradiction(models=c.models, point=c.point, quotes=_quotes(c.quotes, c.models),
                                    kind=c.kind)
                      for c in reading.contradictions
                      if len(set(c.models)) == 2 and set(c.models) <= known]
    agreements = [Agreement(models=list(dict.fromkeys(g.models)), point=g.point,
                            quotes=_quotes(g.quotes, g.models), kind=g.kind)
                  for g in reading.agreements if len(set(g.models)) >= 2 and set(g.models) <= known]
    evasions = [Evasion(model=e.model, reason=e.reason, quote=e.quote, style=e.style)
                for e in reading.evasions if e.model in known]
    return QuestionAnalysis(id=question.id, text=question.text, kind=reading.kind,
                            stances={p.model: p.stance for p in positions},
                            key_quotes={p.model: p.quote for p in positions if p.quote.strip()},
                            contradictions=contradictions, agreements=agreements, evasions=evasions,
                            failed=failed)


def _quotes(quotes: list[Quote], models: list[str]) -> dict[str, str]:
    """Model -> quote for the models of the item (the first quote given for each)."""
    out: dict[str, str] = {}
    for q in quotes:
        if q.model in models and q.model not in out and q.quote.strip():
            out[q.model] = q.quote
    return out
