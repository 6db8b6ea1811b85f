"""Human review: the graph pauses (LangGraph `interrupt`) for the author after planning and analysis."""

from __future__ import annotations

from typing import Any

from langgraph.types import interrupt

from drafter.errors import InputError
from drafter.state import ColumnState


def review_questions(state: ColumnState) -> dict[str, Any]:
    """Let the author edit, drop or add sub-questions before any model is asked."""
    if not state.get("review"):
        return {}
    edited = interrupt({"kind": "questions", "questions": state.get("questions", [])})
    return {"questions": [q.model_dump() for q in parse_questions(edited, "questions review")]}


def review_analysis(state: ColumnState) -> dict[str, Any]:
    """Let the author confirm, drop or relabel contradictions and evasions before writing."""
    if not state.get("review"):
        return {}
    edited = interrupt({"kind": "analysis", "analysis": state.get("analysis", {})})
    from drafter.analysis.schema import Analysis
    from drafter.analysis.verify import verify_analysis
    from drafter.nodes import transcript_of

    try:
        analysis = Analysis.model_validate(edited)
    except ValueError as exc:
        raise InputError("analysis review", None, f"not an analysis: {exc}",
                         "pass back the analysis JSON with your edits") from exc
    # An author may relabel and drop, but quotes still have to be the models' own words.
    analysis, _dropped = verify_analysis(analysis, transcript_of(state))
    from drafter.fileio import atomic_write_text
    from drafter.nodes import out_of

    atomic_write_text(out_of(state).analysis, analysis.model_dump_json(indent=2))
    return {"analysis": analysis.model_dump(mode="json")}


def parse_questions(value: Any, where: str) -> list[Any]:
    """Questions as the author returns them: a list of strings or of {id, text}."""
    from drafter.planner import assign_ids
    from drafter.transcript import Question

    if isinstance(value, dict) and "questions" in value:
        value = value["questions"]
    if not isinstance(value, list) or not value:
        raise InputError(where, "questions", "expected a non-empty list of questions",
                         "keep at least one `- question` line")
    with_ids = [Question.model_validate(q) for q in value if isinstance(q, dict) and q.get("id")]
    texts = [q if isinstance(q, str) else q.get("text", "") for q in value
             if isinstance(q, str) or (isinstance(q, dict) and not q.get("id"))]
    texts = [t for t in texts if t.strip()]
    taken = {q.id for q in with_ids}
    fresh = [q for q in assign_ids(texts, None) if q.id not in taken] if texts else []
    if texts and len(fresh) < len(texts):
        # ids of new questions collided with kept ones: number them after the highest kept id
        fresh = [Question(id=f"q{len(with_ids) + i + 1}", text=t) for i, t in enumerate(texts)]
    return [*with_ids, *fresh]
