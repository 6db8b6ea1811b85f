"""The workflow's state: plain JSON-able data, so checkpoints need no custom serializer."""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict


class ColumnInput(TypedDict, total=False):
    """What a caller (the CLI, the LangGraph server) gives the graph."""

    topic_path: str
    panel_path: str | None
    out_dir: str
    fresh: bool  # re-ask models even when the answer journal has their answer
    review: bool  # pause for the author after planning and after analysis
    reply: bool  # a right-of-reply round for contradicting models
    reference_docx: str | None


class AskTask(TypedDict):
    """One (question × model) call, sent to the `ask` node by the fan-out."""

    question: dict[str, Any]
    model: str
    topic_title: str
    language: str
    panel_path: str | None
    topic_path: str
    out_dir: str
    fresh: bool


class QuestionTask(TypedDict):
    """One question's branch: ask its live models in parallel, then analyze it at once."""

    question: dict[str, Any]
    models: list[str]  # the live models to ask
    hand_answers: list[dict[str, Any]]  # this question's hand-collected answers
    topic_title: str
    language: str
    panel_path: str | None
    topic_path: str
    out_dir: str
    fresh: bool


class QuestionOutput(TypedDict, total=False):
    """What a question's branch hands back to the column: its live answers and its analysis."""

    answers: Annotated[list[dict[str, Any]], operator.add]
    question_analyses: Annotated[list[dict[str, Any]], operator.add]
    usage: Annotated[list[dict[str, Any]], operator.add]


class QuestionState(QuestionTask, QuestionOutput, total=False):
    pass


class ReplyTask(TypedDict):
    """One right-of-reply call: `model` sees `opponent`'s answer to `question` and responds."""

    question: dict[str, Any]
    model: str
    opponent: str
    language: str
    panel_path: str | None
    topic_path: str
    out_dir: str


class ColumnState(ColumnInput, total=False):
    topic: dict[str, Any]
    questions: list[dict[str, Any]]
    hand_answers: list[dict[str, Any]]
    # Answers arrive from parallel `ask` tasks; the reducer appends each task's list.
    answers: Annotated[list[dict[str, Any]], operator.add]
    replies: Annotated[list[dict[str, Any]], operator.add]
    reply_questions: Annotated[list[dict[str, Any]], operator.add]
    question_analyses: Annotated[list[dict[str, Any]], operator.add]
    analysis: dict[str, Any]
    draft_markdown: str
    write_report: dict[str, Any]
    verify_report: dict[str, Any]
    outputs: dict[str, str]
    usage: Annotated[list[dict[str, Any]], operator.add]
