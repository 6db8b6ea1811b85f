"""The column workflow: wiring only. Node logic lives in drafter.nodes and drafter.review.

plan → review_questions → ask × (question × model, Send fan-out) → collect → analyze
     → review_analysis → write → verify → export
"""

from __future__ import annotations

from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.types import RetryPolicy

from drafter import nodes, review
from drafter.state import ColumnInput, ColumnState

# ask_one records model failures in the answer itself; this only covers a crash of the node,
# and never a bad-input error, which no retry can fix.
ASK_RETRY = RetryPolicy(max_attempts=2, retry_on=(ConnectionError, TimeoutError))


def build_builder() -> StateGraph:
    builder = StateGraph(ColumnState, input_schema=ColumnInput)
    builder.add_node("plan", nodes.plan)
    builder.add_node("review_questions", review.review_questions)
    builder.add_node("ask", nodes.ask, retry_policy=ASK_RETRY)  # type: ignore[arg-type]
    builder.add_node("collect", nodes.collect)
    builder.add_node("analyze", nodes.analyze)
    builder.add_node("review_analysis", review.review_analysis)
    builder.add_node("write", nodes.write)
    builder.add_node("verify", nodes.verify)
    builder.add_node("export", nodes.export)

    builder.add_edge(START, "plan")
    builder.add_edge("plan", "review_questions")
    builder.add_conditional_edges("review_questions", nodes.route_asks, ["ask", "collect"])
    builder.add_edge("ask", "collect")
    builder.add_edge("collect", "analyze")
    builder.add_edge("analyze", "review_analysis")
    builder.add_edge("review_analysis", "write")
    builder.add_edge("write", "verify")
    builder.add_edge("verify", "export")
    builder.add_edge("export", END)
    return builder


def build(checkpointer: Any = None) -> Any:
    """The compiled graph; the CLI passes a SQLite checkpointer, the LangGraph server its own."""
    return build_builder().compile(checkpointer=checkpointer, name="column")


graph = build()
