"""`drafter runs`: every run under an out root, and where each one stands."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from drafter.outdir import OutDir


@dataclass
class RunRow:
    slug: str
    title: str
    state: str  # done | partial | paused | unfinished | no checkpoint
    answers: str
    detail: str


async def list_runs(root: Path) -> list[RunRow]:
    rows: list[RunRow] = []
    if not root.is_dir():
        return rows
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        out = OutDir(folder)
        if out.checkpoints.exists() or out.run_json.exists():
            rows.append(await _row(out))
    return rows


async def _row(out: OutDir) -> RunRow:
    run = json.loads(out.run_json.read_text(encoding="utf-8")) if out.run_json.exists() else {}
    title = run.get("topic", {}).get("title", "")
    state, answers, detail = run.get("status", "unknown"), "", ""
    if run:
        models = run.get("models", {})
        answered = sum(m.get("answered", 0) for m in models.values())
        failed = sum(m.get("failed", 0) for m in models.values())
        answers = f"{answered} ok, {failed} failed"
        detail = run.get("finished_at", "")
    pending = await _pending(out)
    if pending is not None:
        state, detail = pending
    return RunRow(out.root.name, title, state, answers, detail)


async def _pending(out: OutDir) -> tuple[str, str] | None:
    """(state, detail) when the newest thread stopped before its end, from the checkpoint itself."""
    pointer = out.root / ".thread"
    if not (out.checkpoints.exists() and pointer.exists()):
        return None
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    from graphs.column import build

    async with AsyncSqliteSaver.from_conn_string(str(out.checkpoints)) as saver:
        graph = build(saver)
        snapshot = await graph.aget_state({"configurable": {"thread_id": pointer.read_text().strip()}})
    if not snapshot.next:
        return None
    if snapshot.interrupts:
        return "paused", f"waiting for review of the {snapshot.interrupts[0].value.get('kind')}"
    # Answers of a half-finished fan-out are in the journal, not yet in the state's values.
    got = sum(1 for _ in out.journal.open(encoding="utf-8")) if out.journal.exists() else 0
    return "unfinished", f"stopped before {', '.join(snapshot.next)} ({got} answers in the journal)"
