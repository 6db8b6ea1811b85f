"""The workflow's state: plain JSON-able data, so checkpoints need no custom serializer.

Only data lives here; run settings (panel, out dir, fresh, review, reply) are the runtime context
(drafter.workflow.context), given with every run.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, NotRequired, TypedDict


class ColumnInput(TypedDict, total=False):
    """What a caller (the CLI, the LangGraph server) gives the graph: the topic to draft."""

    topic_path: str


class AskTask(TypedDict):
    """One (question × model) call, sent to the `ask` node by the fan-out."""

    question: dict[str, Any]
    model: str
    topic_title: str
    language: str
    sample: NotRequired[int]  # --samples: which of the N asks this is


class QuestionTask(TypedDict):
    """One question's branch: ask its live models in parallel, then analyze it at once."""

    question: dict[str, Any]
    models: list[str]  # the live models to ask
    hand_answers: list[dict[str, Any]]  # this question's hand-collected answers
    topic_title: str
    language: str


class QuestionOutput(TypedDict, total=False):
    """What a question's branch hands back to the column: its live answers and its analysis."""

    answers: Annotated[list[dict[str, Any]], operator.add]
    question_analyses: Annotated[list[dict[str, Any]], operator.add]
    usage: Annotated[list[dict[str, Any]], operator.add]
    # How each question was read by the analyst role (drafter.analysis.analyst.QuestionNote), for run.json.
    analyst_notes: Annotated[list[dict[str, Any]], operator.add]
    # --samples: {question, model, sample} of each model's representative answer (its modal position).
    sample_picks: Annotated[list[dict[str, Any]], operator.add]


class QuestionState(QuestionTask, QuestionOutput, total=False):
    pass


class ReplyTask(TypedDict):
    """One right-of-reply call: `model` sees `opponent`'s answer to `question` and responds."""

    question: dict[str, Any]
    model: str
    opponent: str
    language: str


class PressTask(TypedDict):
    """One follow-up: `model` dodged `question` (of `kind`) and is asked again, up to `rounds` times."""

    question: dict[str, Any]
    model: str
    kind: str
    rounds: int
    language: str
    topic_title: str


class ColumnState(ColumnInput, total=False):
    topic: dict[str, Any]
    questions: list[dict[str, Any]]
    hand_answers: list[dict[str, Any]]
    # Answers arrive from parallel `ask` tasks; the reducer appends each task's list.
    answers: Annotated[list[dict[str, Any]], operator.add]
    replies: Annotated[list[dict[str, Any]], operator.add]
    reply_questions: Annotated[list[dict[str, Any]], operator.add]
    # Interrogation (issue 14): follow-ups to dodgers (`q1-press`), answers in the other language (`q1-en`).
    press_answers: Annotated[list[dict[str, Any]], operator.add]
    press_questions: Annotated[list[dict[str, Any]], operator.add]
    sample_picks: Annotated[list[dict[str, Any]], operator.add]
    other_questions: list[dict[str, Any]]  # --also-ask: the questions in the other language (`q1-en`)
    question_analyses: Annotated[list[dict[str, Any]], operator.add]
    analyst_notes: Annotated[list[dict[str, Any]], operator.add]
    analysis: dict[str, Any]
    draft_markdown: str
    write_report: dict[str, Any]
    verify_report: dict[str, Any]
    outputs: dict[str, str]
    usage: Annotated[list[dict[str, Any]], operator.add]
