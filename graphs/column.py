"""The column workflow: wiring only. Node logic lives in drafter.workflow.nodes and drafter.workflow.review.

plan → review_questions → translate → question × N (Send) → collect → compare_languages → [press × K (Send)]
     → analyze_press
     → review_analysis → [reply × M (Send)] → write → verify → export

Each `question` branch is a subgraph: ask × its models (Send fan-out) → analyze_question, so one
question's analysis starts as soon as its own answers are in, while slower questions still run.
"""

from __future__ import annotations

from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.types import RetryPolicy

from drafter.workflow import also_ask, nodes, press, reply, review
from drafter.workflow.context import RunContext
from drafter.workflow.state import (
    AskTask,
    ColumnInput,
    ColumnState,
    PressTask,
    QuestionOutput,
    QuestionState,
    QuestionTask,
    ReplyTask,
)

# ask_one records model failures in the answer itself; this covers only a crash of the node's
# transport, never bad input, which no retry can fix.
ASK_RETRY = RetryPolicy(max_attempts=2, retry_on=(ConnectionError, TimeoutError))


def build_question_graph() -> Any:
    builder = StateGraph(QuestionState, context_schema=RunContext, input_schema=QuestionTask,
                         output_schema=QuestionOutput)
    # LangGraph's add_node overloads do not accept a node typed with a Send payload's TypedDict
    # (mypy finds no overload), although that is the documented way to type such a node.
    builder.add_node("ask", nodes.ask, input_schema=AskTask, retry_policy=ASK_RETRY)  # type: ignore[call-overload]
    builder.add_node("analyze_question", nodes.analyze_question,  # type: ignore[call-overload]
                     input_schema=QuestionState)
    builder.add_conditional_edges(START, nodes.route_models, ["ask", "analyze_question"])
    builder.add_edge("ask", "analyze_question")
    builder.add_edge("analyze_question", END)
    return builder.compile(name="question")


def build_builder() -> StateGraph[ColumnState, RunContext, ColumnInput, ColumnState]:
    builder = StateGraph(ColumnState, context_schema=RunContext, input_schema=ColumnInput)
    builder.add_node("plan", nodes.plan)
    builder.add_node("review_questions", review.review_questions)
    builder.add_node("translate", also_ask.translate)
    builder.add_node("question", build_question_graph())
    builder.add_node("collect", nodes.collect)
    builder.add_node("compare_languages", also_ask.compare_languages)
    builder.add_node("press", press.press, input_schema=PressTask,  # type: ignore[call-overload]
                     retry_policy=ASK_RETRY)
    builder.add_node("analyze_press", press.analyze_press)
    builder.add_node("review_analysis", review.review_analysis)
    builder.add_node("reply", reply.reply, input_schema=ReplyTask)  # type: ignore[call-overload]
    builder.add_node("write", nodes.write)
    builder.add_node("verify", nodes.verify)
    builder.add_node("export", nodes.export)

    builder.add_edge(START, "plan")
    builder.add_edge("plan", "review_questions")
    builder.add_edge("review_questions", "translate")
    builder.add_conditional_edges("translate", nodes.route_questions, ["question"])
    builder.add_edge("question", "collect")
    builder.add_edge("collect", "compare_languages")
    builder.add_conditional_edges("compare_languages", press.route_press, ["press", "analyze_press"])
    builder.add_edge("press", "analyze_press")
    builder.add_edge("analyze_press", "review_analysis")
    builder.add_conditional_edges("review_analysis", reply.route_replies, ["reply", "write"])
    builder.add_edge("reply", "write")
    builder.add_edge("write", "verify")
    builder.add_edge("verify", "export")
    builder.add_edge("export", END)
    return builder


def build(checkpointer: Any = None) -> Any:
    """The compiled graph; the CLI passes a SQLite checkpointer, the LangGraph server its own."""
    return build_builder().compile(checkpointer=checkpointer, name="column")


graph = build()
