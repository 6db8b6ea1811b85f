"""Human review: the graph pauses (LangGraph `interrupt`) for the author after planning and analysis."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import interrupt

from drafter.errors import InputError
from drafter.workflow.context import RunContext, settings
from drafter.workflow.state import ColumnState


def review_questions(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Let the author edit, drop or add sub-questions before any model is asked."""
    if not settings(runtime).review:
        return {}
    edited = interrupt({"kind": "questions", "questions": state.get("questions", [])})
    return {"questions": [q.model_dump(exclude_none=True) for q in parse_questions(edited, "questions review")]}


def review_analysis(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Let the author confirm, drop or relabel contradictions and evasions before writing."""
    if not settings(runtime).review:
        return {}
    edited = interrupt({"kind": "analysis", "analysis": state.get("analysis", {})})
    from drafter.analysis.quote_check import verify_analysis
    from drafter.analysis.schema import Analysis
    from drafter.workflow.nodes import transcript_of

    try:
        analysis = Analysis.model_validate(edited)
    except ValueError as exc:
        raise InputError("analysis review", None, f"not an analysis: {exc}",
                         "pass back the analysis JSON with your edits") from exc
    # An author may relabel and drop, but quotes still have to be the models' own words.
    analysis, _dropped = verify_analysis(analysis, transcript_of(state))
    from drafter.inputs.files import atomic_write_text
    from drafter.workflow.nodes import out_of

    atomic_write_text(out_of(runtime).analysis, analysis.model_dump_json(indent=2))
    return {"analysis": analysis.model_dump(mode="json")}


def parse_questions(value: Any, where: str) -> list[Any]:
    """Questions as the author returns them, in their order: strings (new questions) or {id, text}."""
    from drafter.inputs.transcript import Question

    if isinstance(value, dict) and "questions" in value:
        value = value["questions"]
    if not isinstance(value, list):
        raise InputError(where, "questions", "expected a list of questions", "write one `- question` per line")
    taken = {str(item["id"]) for item in value if isinstance(item, dict) and item.get("id")}
    questions: list[Question] = []
    counter = 0
    for item in value:
        text = str((item.get("text") if isinstance(item, dict) else item) or "").strip()
        if not text:
            continue
        if isinstance(item, dict) and item.get("id"):
            qid = str(item["id"])
        else:
            counter += 1
            while f"q{counter}" in taken:
                counter += 1
            qid = f"q{counter}"
            taken.add(qid)
        questions.append(Question(id=qid, text=text))
    if not questions:
        raise InputError(where, "questions", "no questions left after review", "keep at least one question")
    return questions
