"""Answering a review pause: from a file given up front, from $EDITOR in a terminal, or not now."""

from __future__ import annotations

import json
import sys
from typing import Any

import yaml

from drafter.errors import InputError
from drafter.inputs.files import atomic_write_text, read_text
from drafter.outdir import OutDir

_QUESTIONS_HELP = {
    "zh": "# 审阅子问题：可修改、删除或新增（每行一个 `- 问题`，保留 id 的问题沿用原答案）。保存并关闭即继续。\n",
    "en": "# Review the sub-questions: edit, delete or add (one `- question` per line). Save and close to go on.\n",
}


def answer_pause(pause: dict[str, Any], options: Any, out: OutDir) -> Any:
    """The author's answer to a pause, or None when the run must stop and wait."""
    if pause.get("kind") == "questions":
        return _answer_questions(pause, options, out)
    if pause.get("kind") == "analysis":
        return _answer_analysis(pause, options, out)
    raise InputError(None, None, f"unknown review pause {pause.get('kind')!r}", "run with --debug and report it")


def _answer_questions(pause: dict[str, Any], options: Any, out: OutDir) -> Any:
    if options.questions_file:
        return _load_yaml(options.questions_file, "questions file")
    text = yaml.safe_dump(pause["questions"], allow_unicode=True, sort_keys=False)
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    if _interactive() and getattr(options, "editor", True):
        import click

        edited = click.edit(_QUESTIONS_HELP[lang] + text, extension=".yaml")
        return yaml.safe_load(edited if edited is not None else text)
    write_questions_file(out.questions_file, pause["questions"])
    return None


def write_questions_file(path: Any, questions: Any) -> None:
    """The questions file a pause leaves and `--questions-file` reads: a help line, then a YAML list."""
    text = yaml.safe_dump(questions, allow_unicode=True, sort_keys=False)
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    atomic_write_text(path, _QUESTIONS_HELP[lang] + text)


def write_analysis_file(path: Any, analysis: Any) -> None:
    """The analysis file a pause leaves and `--analysis-file` reads."""
    atomic_write_text(path, json.dumps(analysis, ensure_ascii=False, indent=2))


def _answer_analysis(pause: dict[str, Any], options: Any, out: OutDir) -> Any:
    if options.analysis_file:
        return _load_json(options.analysis_file)
    text = json.dumps(pause["analysis"], ensure_ascii=False, indent=2)
    if _interactive() and getattr(options, "editor", True):
        import click

        edited = click.edit(text, extension=".json")
        return json.loads(edited) if edited else pause["analysis"]
    write_analysis_file(out.analysis, pause["analysis"])
    return None


def _load_yaml(path: Any, what: str) -> Any:
    try:
        return yaml.safe_load(read_text(path, what))
    except yaml.YAMLError as exc:
        raise InputError(path, None, f"invalid YAML: {exc}", "fix the YAML list of questions") from exc


def _load_json(path: Any) -> Any:
    try:
        return json.loads(read_text(path, "analysis file"))
    except json.JSONDecodeError as exc:
        raise InputError(path, f"line {exc.lineno}", f"invalid JSON: {exc.msg}", "fix the JSON") from exc


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()
