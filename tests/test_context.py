"""Run settings travel in LangGraph's runtime context, never in the checkpointed state."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

from drafter.workflow.context import RunContext, settings
from drafter.workflow.runner import RunOptions, run_draft
from drafter.workflow.state import AskTask, ColumnState, QuestionTask, ReplyTask

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = {"panel_path", "out_dir", "fresh", "review", "reply", "reference_docx"}


def test_state_and_task_payloads_carry_no_run_settings() -> None:
    for schema in (ColumnState, AskTask, QuestionTask, ReplyTask):
        assert not SETTINGS & set(schema.__annotations__), schema.__name__


def test_settings_default_when_a_server_run_gives_no_context() -> None:
    from langgraph.runtime import Runtime

    assert settings(Runtime(context=None)) == RunContext()
    given = Runtime(context={"out_dir": "/tmp/x", "review": True, "unknown": 1})
    assert settings(given) == RunContext(out_dir="/tmp/x", review=True)  # type: ignore[arg-type]


def test_checkpoints_hold_no_settings(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples" / "h200", tmp_path / "h200")
    out = tmp_path / "out"
    result = asyncio.run(run_draft(RunOptions(topic_path=tmp_path / "h200" / "topic.md", out_dir=out,
                                              progress=False)))
    assert result.exit_code == 0
    with sqlite3.connect(out / "checkpoints.sqlite") as db:
        channels = {row[0] for row in db.execute("SELECT channel FROM writes")}
    assert "topic_path" in channels  # the table really holds the state channels
    assert not SETTINGS & channels, SETTINGS & channels
