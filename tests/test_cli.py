"""The command line as a user meets it: exit codes, one-line errors, no tracebacks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def topic_dir(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "examples" / "h200", tmp_path / "h200")
    return tmp_path / "h200"


BAD_DRAFT_INPUTS = {
    "missing topic": (["draft", "nowhere.md"], "topic file not found"),
    "directory as topic": (["draft", "."], "is a directory"),
    "unknown model": (["draft", "{dir}/unknown.md"], "unknown model 'nosuchmodel'"),
    "missing key": (["draft", "{dir}/live.md"], "DEEPSEEK_API_KEY"),
    "bad panel toml": (["draft", "{dir}/topic.md", "--panel", "{dir}/bad.toml"], "invalid TOML"),
    "no panel no answers": (["draft", "{dir}/empty.md"], "no models to ask"),
    "analyze missing": (["analyze", "nowhere.yaml", "--json"], "transcript not found"),
    "analyze not yaml": (["analyze", "{dir}/topic.md", "--json"], "invalid YAML"),
    "check wrong suffix": (["check", "{dir}/answers.yaml", "--transcript", "{dir}/answers.yaml"], ".md or .docx"),
}


@pytest.mark.parametrize("name", sorted(BAD_DRAFT_INPUTS))
def test_bad_input_exits_2_with_one_line(topic_dir: Path, name: str) -> None:
    (topic_dir / "unknown.md").write_text("---\ntitle: x\npanel: [nosuchmodel]\n---\n", encoding="utf-8")
    (topic_dir / "live.md").write_text("---\ntitle: x\npanel: [deepseek]\n---\n", encoding="utf-8")
    (topic_dir / "empty.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    (topic_dir / "bad.toml").write_text("[models.x\n", encoding="utf-8")
    args, expected = BAD_DRAFT_INPUTS[name]
    code, _out, err = run(*[a.format(dir=topic_dir) for a in args])
    assert code == 2, err
    assert expected in err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("drafter: error:")


def test_help_lists_the_contract_commands() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for command in ("draft", "analyze", "check", "render", "redraft", "runs", "batch"):
        assert command in out


def test_a_review_pause_says_which_file_to_edit_and_the_exact_command(topic_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "review-out"
    code, _out, err = run("draft", str(topic_dir / "topic.md"), "--review", "--out", str(out))
    assert code == 0
    assert f"edit {out}/questions.yaml" in err.replace(str(out.resolve()), str(out))
    assert f"--out {out} --review --questions-file" in err
    assert "reply_to" not in (out / "questions.yaml").read_text(encoding="utf-8")
