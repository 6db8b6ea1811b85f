"""The quote gate: before export, every sentence the draft attributes to a model must be in its answer."""

from __future__ import annotations

import re
from typing import Any

from drafter.draftfmt import extract_quotes, split_appendix
from drafter.inputs.transcript import Transcript
from drafter.quotes.match import normalize, verify_quote

_REMOVED = {"zh": "〔引文未通过核验，已删除〕", "en": "[quote removed: not found in the model's answer]"}
# Quoted text with no footnote after it: checked when a model's name stands just before it.
_LOOSE = re.compile(r"([“「\"])([^“”「」\"\n]{2,}?)([”」\"])(?!\[\^)")
_ATTRIBUTION_WINDOW = 24
# Shorter quoted phrases are the writer's scare quotes (“官方口径”), not claims about what a model said.
_MIN_LOOSE_CHARS = 8


def verify_markdown(markdown: str, transcript: Transcript) -> tuple[str, dict[str, Any]]:
    """Check every attributed quote; remove those that fail. Returns the cleaned draft and a report."""
    from drafter.quotes.audit import failure_reason  # the same test `drafter check` applies after editing

    failures: list[dict[str, str]] = []
    checked = 0
    for found in extract_quotes(markdown):
        checked += 1
        reason = failure_reason(found, transcript)
        if reason is None:
            continue
        failures.append({"model": found.model, "question": found.question, "text": found.text,
                         "where": found.where, "reason": reason})
        markdown = _remove_footnoted(markdown, found.ref, transcript.language or "en")
    head, column, appendix = _split(markdown)
    column, loose_checked, loose_failures = _check_loose(column, transcript)
    report = {"checked": checked + loose_checked, "failed": len(failures) + len(loose_failures),
              "failures": failures + loose_failures}
    return head + column + appendix, report


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def _split(markdown: str) -> tuple[str, str, str]:
    """(front matter, column, appendix): only the column is the writer's prose. The front matter is
    metadata (a YAML value in double quotes after a keyword naming a model is no quote), and the
    appendix holds the answers themselves."""
    front = _FRONT_MATTER.match(markdown)
    head = front.group(0) if front else ""
    column, appendix = split_appendix(markdown[len(head):])
    return head, column, appendix


def _remove_footnoted(markdown: str, ref: str, language: str) -> str:
    pattern = re.compile(r"[“「\"][^“”「」\"]*?[”」\"]\[\^" + re.escape(ref) + r"\]")
    return pattern.sub(_REMOVED.get(language, _REMOVED["en"]), markdown)


def _check_loose(column: str, transcript: Transcript) -> tuple[str, int, list[dict[str, str]]]:
    """Quoted text right after a model's name, without a footnote: the writer typed it, so check it."""
    labels = {transcript.label(m): m for m in transcript.models()} | {m: m for m in transcript.models()}
    failures: list[dict[str, str]] = []
    checked = 0

    def judge(match: re.Match[str]) -> str:
        nonlocal checked
        before = column[max(0, match.start() - _ATTRIBUTION_WINDOW): match.start()]
        model = next((m for label, m in labels.items() if label and label in before), None)
        if model is None or len(normalize(match.group(2))) < _MIN_LOOSE_CHARS:
            return match.group(0)
        checked += 1
        if any(verify_quote(match.group(2), a.text) for a in transcript.answers if a.model == model):
            return match.group(0)
        failures.append({"model": model, "question": "", "text": match.group(2), "where": "column",
                         "reason": "attributed without a source and not in the model's answers"})
        return _REMOVED.get(transcript.language or "en", _REMOVED["en"])

    return _LOOSE.sub(judge, column), checked, failures
