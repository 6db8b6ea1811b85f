"""`drafter redraft`: write the column again from a run's stored transcript and analysis; no model is asked."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.inputs.files import read_text
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import load_transcript
from drafter.outdir import OutDir


def load_stored_run(root: Path) -> dict[str, Any]:
    """The state a redraft starts from, rebuilt from the files a run left in its out dir."""
    out = OutDir(root)
    for needed in (out.topic_json, out.transcript, out.analysis):
        if not needed.exists():
            raise InputError(needed, None, "missing from the out dir",
                             f"run `drafter draft` into {root} first (redraft reuses its outputs)")
    topic = Topic.model_validate_json(read_text(out.topic_json, "topic.json"))
    transcript = load_transcript(out.transcript)
    try:
        analysis = json.loads(read_text(out.analysis, "analysis.json"))
    except json.JSONDecodeError as exc:
        raise InputError(out.analysis, f"line {exc.lineno}", f"invalid JSON: {exc.msg}", "fix or re-run") from exc
    return {"topic": topic, "transcript": transcript, "analysis": analysis, "out": out}


async def redraft(root: Path, *, style: str | None, length: int | None, panel_path: Path | None) -> dict[str, Any]:
    """Re-run write → verify → export on the stored run, with a new style or length if given."""
    from langgraph.runtime import Runtime

    from drafter.workflow import nodes
    from drafter.workflow.context import RunContext
    stored = load_stored_run(root)
    topic: Topic = stored["topic"]
    updates = {k: v for k, v in (("style", style), ("length", length)) if v is not None}
    topic = topic.model_copy(update=updates)
    transcript = stored["transcript"]
    runtime = Runtime(context=RunContext(out_dir=str(root), panel_path=str(panel_path) if panel_path else None))
    state: dict[str, Any] = {
        "topic": topic.model_dump(mode="json"), "topic_path": topic.path,
        "questions": [q.model_dump(exclude_none=True) for q in transcript.questions],
        "hand_answers": [a.model_dump(mode="json", exclude_none=True) for a in transcript.answers],
        "analysis": stored["analysis"],
    }
    state.update(await nodes.write(state, runtime))  # type: ignore[arg-type]
    state.update(nodes.verify(state))  # type: ignore[arg-type]
    state.update(nodes.export(state, runtime))  # type: ignore[arg-type]
    from drafter.export.outputs import record_hashes

    outputs = state.get("outputs") or {}
    record_hashes(root, {k.split(":", 1)[1]: v for k, v in outputs.items() if k.startswith("sha256:")})
    return state
