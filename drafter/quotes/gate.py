"""The quote gate: before export, every sentence the draft attributes to a model must be in its answer."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from drafter.draftfmt import extract_quotes, split_appendix
from drafter.inputs.transcript import Transcript
from drafter.quotes.attributed import find_attributed, misattribution, model_names
from drafter.quotes.cuts import cut_problem
from drafter.quotes.match import verify_quote

if TYPE_CHECKING:
    from drafter.quotes.audit import Failure

_REMOVED = {"zh": "〔引文未通过核验，已删除〕", "en": "[quote removed: not found in the model's answer]"}
# Paragraphs of the column (kept with their separators, so the column is rebuilt exactly).
_BLOCKS = re.compile(r"(\n\s*\n)")


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
    for failure in _misleading(markdown, transcript):
        failures.append({"model": failure.model, "question": failure.question, "text": failure.text,
                         "where": failure.where, "reason": failure.reason})
        markdown = _remove_footnoted(markdown, failure.ref, transcript.language or "en")
    head, column, appendix = _split(markdown)
    column, loose_checked, loose_failures = _check_loose(column, transcript)
    report = {"checked": checked + loose_checked, "failed": len(failures) + len(loose_failures),
              "failures": failures + loose_failures}
    return head + column + appendix, report


def _misleading(markdown: str, transcript: Transcript) -> list[Failure]:
    """Verbatim footnoted quotes that still mislead: the prose names another model, or an ellipsis cut
    drops a negation or hedge. The same rules `drafter check` applies."""
    from pathlib import Path

    from drafter.quotes.audit import check_document
    from drafter.quotes.document import read_markdown

    report = check_document(read_markdown(Path("draft.md"), markdown), transcript, None)
    return [f for f in report.failures if f.ref and f.kind in ("misattributed", "cut-meaning")]


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
    """Quoted text the prose credits to a model, without a footnote: the writer typed it, so check it.
    The same finder (drafter.quotes.attributed) serves `drafter check` and `drafter render`."""
    names = model_names(transcript)
    failures: list[dict[str, str]] = []
    checked = 0
    out: list[str] = []
    for block in _BLOCKS.split(column):
        if not block.strip() or block.lstrip().startswith(("|", "<!--")):
            out.append(block)
            continue
        removals: list[tuple[int, int]] = []
        for said in find_attributed(block, names):
            if block.startswith("[^", said.end) or not said.is_claim:
                continue  # footnoted quotes are checked with their footnote's model
            checked += 1
            reason = misattribution(said.model, said.text, transcript)
            if reason is None:
                answer = next(a for a in transcript.answers
                              if a.model == said.model and verify_quote(said.text, a.text))
                reason = cut_problem(said.text, answer.text)
            if reason is None:
                continue
            failures.append({"model": said.model, "question": "", "text": said.text, "where": "column",
                             "reason": f"attributed without a source and {reason}"})
            removals.append((said.start, said.end))
        for start, end in reversed(removals):
            block = block[:start] + _REMOVED.get(transcript.language or "en", _REMOVED["en"]) + block[end:]
        out.append(block)
    return "".join(out), checked, failures
