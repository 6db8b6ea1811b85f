"""Golden drafts of the example topics, drafted offline end to end: the demo (examples/h200, examples/phones)
and two long, Markdown-heavy topics (examples/compute, examples/nuclear). A diff shows a reviewer what changed in
the column when the analyzer or the writer changes; UPDATE_GOLDEN=1 rewrites them (review the diff)."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest

from drafter.analysis.schema import Analysis
from drafter.inputs.transcript import load_transcript
from drafter.workflow.runner import RunOptions, run_draft
from drafter.write.statements import Statement, check_statements
from tests.test_write_samples import check_golden

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["h200", "phones", "compute", "nuclear"])
def test_example_draft_matches_its_golden_file(name: str, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples" / name, tmp_path / name)
    out = tmp_path / "out"
    result = asyncio.run(run_draft(RunOptions(topic_path=tmp_path / name / "topic.md", out_dir=out, progress=False)))
    assert result.exit_code == 0, result.run.get("problems")
    check_golden(f"example-{name}.md", (out / "draft.md").read_text(encoding="utf-8"))
    # Every count and relation sentence of the draft is borne out by the analysis.json the run wrote.
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    items = run["statements"]["items"]
    statements = [Statement(s["kind"], s["qid"], tuple(s["models"]),
                            tuple(s["value"]) if isinstance(s["value"], list) else s["value"]) for s in items]
    analysis = Analysis.model_validate_json((out / "analysis.json").read_text(encoding="utf-8"))
    assert items and check_statements(statements, analysis, load_transcript(out / "transcript.yaml")) == []
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    column = markdown.split("<!-- drafter:appendix -->")[0]
    assert "**" not in column.split("\n---\n", 1)[-1] and "## 一、" not in markdown  # answers' Markdown stays put
