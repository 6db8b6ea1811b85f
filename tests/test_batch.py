"""`drafter batch`: many topics in one process, a bad one reported in its row while the others are drafted."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from drafter.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent


def test_batch_drafts_every_good_topic_and_reports_the_bad_one(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples" / "h200", tmp_path / "h200")
    shutil.copytree(ROOT / "examples" / "phones", tmp_path / "phones")
    bad = tmp_path / "broken.md"
    bad.write_text("no front matter here\n", encoding="utf-8")
    out_root = tmp_path / "out"
    topics = [str(tmp_path / "h200" / "topic.md"), str(tmp_path / "phones" / "topic.md"), str(bad)]
    result = CliRunner().invoke(cli, ["batch", *topics, "--out-root", str(out_root), "--parallel", "2"])
    assert result.exit_code == 2, result.stderr  # the worst row decides: one topic was bad input
    assert "bad input" in result.stderr and "broken.md" in result.stderr
    for slug in ("h200", "phones"):
        assert (out_root / slug / "draft.docx").is_file() and (out_root / slug / "run.json").is_file()
    listing = CliRunner().invoke(cli, ["runs", str(out_root)])
    rows = [line.split("\t") for line in listing.stdout.strip().splitlines()]
    assert sorted((r[0], r[1]) for r in rows) == [("h200", "done"), ("phones", "done")]
