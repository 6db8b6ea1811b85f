"""The planner role with a model: the author's questions kept, up to n more proposed by the model."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from drafter import prompts
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Question, Transcript
from drafter.panel.chat import call_structured
from drafter.panel.config import ModelSpec
from drafter.plan.propose import assign_ids

if TYPE_CHECKING:
    import httpx

    from drafter.panel.tokens import UsageLedger

_NOTES_CHARS = 6000  # the author's notes beyond this add cost, not better questions


class ProposedQuestion(BaseModel):
    text: str = Field(description="The sub-question: one sentence ending with a question mark, in the "
                                  "topic's language, that forces a position (yes/no or a choice).")
    why: str = Field(description="Why the models' answers to it matter to the column, in a short phrase.")


class QuestionPlan(BaseModel):
    questions: list[ProposedQuestion] = Field(description="The proposed sub-questions, best first; "
                                                          "none that repeats an existing question.")


async def plan_questions_llm(spec: ModelSpec, topic: Topic, *, n: int = 3,
                             http_async_client: httpx.AsyncClient | None = None,
                             transcript: Transcript | None = None,
                             ledger: UsageLedger | None = None) -> list[Question]:
    """The author's questions (or, without any, the hand transcript's), then up to `n` from the model.

    Ids follow the offline planner: a hand transcript's id where the text matches, else q1, q2…
    Raises failures.CallFailed (a ModelCallError) when the model fails; the caller may fall back to
    the offline planner."""
    existing = list(topic.questions) or ([q.text for q in transcript.questions] if transcript else [])
    if n <= 0:
        return assign_ids(existing, transcript)
    language = topic.lang
    none = "(无)" if language == "zh" else "(none)"
    messages = prompts.render_messages(
        "plan", language, n=n, title=topic.title, notes=topic.body.strip()[:_NOTES_CHARS] or none,
        existing="\n".join(f"- {q}" for q in existing) or none)
    plan = await call_structured(spec, QuestionPlan, messages, http_async_client=http_async_client,
                                 ledger=ledger, role="planner")
    return assign_ids(existing + _new_questions(plan, existing, n, language), transcript)


def _new_questions(plan: QuestionPlan, existing: list[str], n: int, language: str) -> list[str]:
    """Clean, de-duplicated proposals (against each other and the existing list), at most n."""
    seen = {_key(q) for q in existing}
    out: list[str] = []
    for proposal in plan.questions:
        text = " ".join(proposal.text.split())
        if not text:
            continue
        if not text.endswith(("?", "？")):
            text += "？" if language == "zh" else "?"
        if _key(text) in seen:
            continue
        seen.add(_key(text))
        out.append(text)
        if len(out) == n:
            break
    return out


def _key(text: str) -> str:
    return re.sub(r"[\s?？。.!！,，、:：;；\"“”'‘’]", "", text).lower()
