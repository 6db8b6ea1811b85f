"""Running the column graph: checkpoints in the out dir, resume, review pauses, run.json."""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from drafter.errors import EXIT_OK, EXIT_PARTIAL
from drafter.outdir import OutDir, slug_for
from drafter.workflow.context import RunContext
from drafter.workflow.preflight import check_out_dir, preflight
from drafter.workflow.state import ColumnInput


@dataclass
class RunOptions:
    topic_path: Path
    panel_path: Path | None = None
    out_dir: Path | None = None
    fresh: bool = False
    review: bool = False
    reply: bool = False
    reference_docx: Path | None = None
    style: str | None = None
    press: int = 0  # follow-up rounds for dodgers (0: the topic's `press:` decides)
    samples: int = 1
    also_ask: str | None = None
    progress: bool = True
    # Non-interactive review: answers to the two pauses, given up front.
    questions_file: Path | None = None
    analysis_file: Path | None = None
    # False: a pause with no file given never opens $EDITOR (`drafter view` answers it in the browser).
    editor: bool = True


@dataclass
class RunResult:
    out: OutDir
    exit_code: int
    status: str  # done | partial | paused
    run: dict[str, Any] = field(default_factory=dict)
    paused_for: str | None = None


def thread_base(options: RunOptions) -> str:
    """One thread per (topic, panel): the same command finds its unfinished run again."""
    key = f"{options.topic_path.resolve()}|{options.panel_path.resolve() if options.panel_path else ''}"
    return "draft-" + hashlib.sha256(key.encode()).hexdigest()[:16]


async def run_draft(options: RunOptions, on_update: Any = None) -> RunResult:
    """Run (or resume) the whole workflow for one topic."""
    checked = preflight(options.topic_path, options.panel_path, options.reference_docx, style=options.style)
    from drafter.workflow.also_ask import check_also_ask

    check_also_ask(checked.topic, checked.panel, options.also_ask)
    out = OutDir((options.out_dir or Path("out") / slug_for(checked.topic)).resolve())
    check_out_dir(out.root)

    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    from drafter.workflow.session import GraphSession

    async with AsyncSqliteSaver.from_conn_string(str(out.checkpoints)) as saver:
        session = GraphSession(saver, out, thread_base(options), context=run_context(options, out))
        await session.open()
        graph_input: ColumnInput = {"topic_path": str(options.topic_path.resolve())}
        started = time.perf_counter()
        from drafter.workflow.stream_progress import ProgressBridge

        bridge = ProgressBridge([spec.key for spec in checked.live], enabled=options.progress,
                                samples=max(1, options.samples),
                                languages=2 if options.also_ask and options.also_ask != checked.topic.lang else 1)
        try:
            outcome = await session.drive(graph_input, options, on_update or bridge)
        finally:
            bridge.close()
        state = await session.state()
    run = build_run_json(state, outcome, checked, started_wall=started, thread_id=session.thread_id, out=out)
    run["settings"] = resume_settings(options)
    from drafter.workflow.run_report import interrogation_section

    run.update(interrogation_section(state, checked, interrogation(options), reply=options.reply))
    from drafter.inputs.files import atomic_write_text

    atomic_write_text(out.run_json, json.dumps(run, ensure_ascii=False, indent=2))
    if outcome.paused_for:
        return RunResult(out, EXIT_OK, "paused", run, outcome.paused_for)
    code = EXIT_PARTIAL if run["status"] == "partial" else EXIT_OK
    return RunResult(out, code, run["status"], run)


def run_context(options: RunOptions, out: OutDir) -> RunContext:
    """The run's settings, handed to the graph with every run and resume (never stored in its state)."""
    return RunContext(
        panel_path=str(options.panel_path.resolve()) if options.panel_path else None,
        out_dir=str(out.root), fresh=options.fresh, review=options.review, reply=options.reply,
        reference_docx=str(options.reference_docx) if options.reference_docx else None, style=options.style,
        **interrogation(options))


def interrogation(options: RunOptions) -> dict[str, Any]:
    """press / samples / also_ask for the context: the command line's, else the topic's `press:`."""
    from drafter.inputs.topic import load_topic

    press = options.press or load_topic(options.topic_path).press_rounds
    return {"press": press, "samples": max(1, options.samples), "also_ask": options.also_ask}


def resume_settings(options: RunOptions) -> dict[str, Any]:
    """The settings another command (`drafter view`) needs to resume this run on the same thread."""
    return {"topic_path": str(options.topic_path.resolve()),
            "panel_path": str(options.panel_path.resolve()) if options.panel_path else None,
            "review": options.review, "reply": options.reply, "style": options.style,
            "press": options.press, "samples": options.samples, "also_ask": options.also_ask,
            "reference_docx": str(options.reference_docx) if options.reference_docx else None}


def build_run_json(state: dict[str, Any], outcome: Any, checked: Any, *, started_wall: float,
                   thread_id: str, out: OutDir) -> dict[str, Any]:
    """What ran: engines per role, models and their failures, phases, quotes, length, tokens."""
    from drafter import __version__
    from drafter.workflow.run_report import summarize

    report = summarize(state, checked, out_dir=str(out.root))
    status = "paused" if outcome.paused_for else ("partial" if report["problems"] else "done")
    return {
        "drafter_version": __version__,
        "status": status,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "wall_s": round(time.perf_counter() - started_wall, 3),
        "thread_id": thread_id,
        "resumed": outcome.resumed,
        "phases_s": outcome.phases,
        **report,
        **_written(state, out.root),
    }


def _written(state: dict[str, Any], root: Path) -> dict[str, Any]:
    """sha256 of each file the export wrote (so a later write can tell an editor's changes), and the
    edited files it kept under a dated name; a run that wrote nothing keeps the earlier record."""
    from drafter.export.outputs import recorded_hashes

    outputs = state.get("outputs") or {}
    hashes = {k.split(":", 1)[1]: v for k, v in outputs.items() if k.startswith("sha256:")}
    kept = [v for k, v in outputs.items() if k.startswith("kept:")]
    return {"written": {**recorded_hashes(root), **hashes}, **({"kept_copies": kept} if kept else {})}
