"""`drafter check`: re-verify every attributed quote of a draft (.md or .docx) against the transcript."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.draftfmt import FoundQuote, extract_quotes, front_matter
from drafter.errors import InputError
from drafter.inputs.files import read_text
from drafter.quotes.match import normalize, verify_quote

if TYPE_CHECKING:
    from drafter.inputs.transcript import Transcript

NOT_IN_ANSWER = "not in the model's answer"
UNKNOWN_MODEL = "unknown model"
UNKNOWN_QUESTION = "unknown question"
EMPTY_QUOTE = "empty quote"
NO_ANSWER = "the model has no answer to this question"
UNATTRIBUTED = "not in any model's answer (its drafter comment was deleted)"
_MARKDOWN = {".md", ".markdown", ".txt", ".mdown", ".mkd"}
_SHOWN = 80  # characters of a quote shown in a report line


@dataclass(frozen=True)
class Failure:
    """A quote that does not verify, with what a person needs to find and fix it."""

    model: str
    label: str
    question: str
    text: str
    where: str
    reason: str


@dataclass
class CheckReport:
    """How many quotes were checked, which failed, and notes that are not failures."""

    path: Path
    checked: int = 0
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def read_quotes(path: Path) -> list[FoundQuote]:
    """The attributed quotes of a Markdown draft or a DOCX."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        if not path.is_file():
            raise InputError(path, None, "draft not found", "check the path")
        from drafter.quotes.docx_read import extract_docx_quotes

        return extract_docx_quotes(path)
    if suffix in (".doc", ".odt", ".rtf", ".pdf"):
        raise InputError(path, None, f"cannot check a {suffix} file", "save it from Word as .docx")
    return extract_quotes(read_text(path, "draft"))


def check_draft(path: Path, transcript: Transcript) -> CheckReport:
    """Verify every attributed quote in the draft against the model's answer in the transcript."""
    path = Path(path)
    return check_quotes(read_quotes(path), transcript, path)


def check_quotes(quotes: list[FoundQuote], transcript: Transcript, path: Path) -> CheckReport:
    """Verify already-extracted quotes; see check_draft."""
    report = CheckReport(path=path, checked=len(quotes))
    for quote in quotes:
        if not quote.model:
            _check_unattributed(quote, transcript, report)
            continue
        reason = failure_reason(quote, transcript)
        if reason:
            report.failures.append(Failure(quote.model, transcript.label(quote.model), quote.question,
                                           quote.text, quote.where, reason))
    return report


def failure_reason(quote: FoundQuote, transcript: Transcript) -> str | None:
    """Why an attributed quote fails against the transcript, or None when it is the model's own words."""
    if not normalize(quote.text):
        return EMPTY_QUOTE
    if quote.model not in transcript.models():
        return UNKNOWN_MODEL
    if quote.question not in {q.id for q in transcript.questions}:
        return UNKNOWN_QUESTION
    answer = transcript.answer(quote.question, quote.model)
    if answer is None or not answer.text.strip():
        return NO_ANSWER
    return None if verify_quote(quote.text, answer.text) else NOT_IN_ANSWER


def _check_unattributed(quote: FoundQuote, transcript: Transcript, report: CheckReport) -> None:
    """A Model Quote run whose comment was deleted: it passes if some answer holds it, with a note."""
    if not normalize(quote.text):
        report.failures.append(Failure("", "?", "", quote.text, quote.where, EMPTY_QUOTE))
        return
    matches = [a for a in transcript.answers if a.source != "reply" and verify_quote(quote.text, a.text)]
    if not matches:
        report.failures.append(Failure("", "?", "", quote.text, quote.where, UNATTRIBUTED))
        return
    whose = ", ".join(f"{transcript.label(a.model)} ({a.model}/{a.question})" for a in matches)
    # The text is verbatim, but whom the prose credits it to can no longer be checked: say so.
    report.notes.append(f"{quote.where}: {_shown(quote.text)} lost its drafter comment; "
                        f"its text is in the answer of {whose} — check the attribution by eye")


def _shown(text: str) -> str:
    flat = " ".join(text.split())
    return f"“{flat[:_SHOWN]}…”" if len(flat) > _SHOWN else f"“{flat}”"


def format_report(report: CheckReport) -> str:
    """Lines a person reads: one per failing quote, notes, then a summary."""
    lines = []
    for f in report.failures:
        who = f"{f.label} ({f.model}/{f.question})" if f.model else "unattributed quote"
        lines.append(f"✗ {who} {f.where}: {_shown(f.text)} — {f.reason}")
    lines.extend(f"! {note}" for note in report.notes)
    name = report.path.name
    if report.ok:
        lines.append(f"✓ {report.checked} quote{'s' if report.checked != 1 else ''} verified in {name}")
    else:
        lines.append(f"✗ {len(report.failures)} of {report.checked} quotes failed in {name}")
    return "\n".join(lines)


def find_transcript_for(draft_path: Path) -> Path | None:
    """The transcript a draft names in its front matter, or a transcript.yaml beside it."""
    draft_path = Path(draft_path)
    beside = draft_path.parent / "transcript.yaml"
    named = _named_transcript(draft_path)
    if draft_path.suffix.lower() == ".docx" and named is None:
        # out/<slug>/draft.docx sits beside draft.md, whose front matter names the transcript.
        named = _named_transcript(draft_path.with_suffix(".md"))
    for candidate in (named, beside):
        if candidate is not None and candidate.is_file():
            return candidate
    return named  # a named but missing transcript: the caller's error then names it


def _named_transcript(markdown_path: Path) -> Path | None:
    if markdown_path.suffix.lower() not in _MARKDOWN or not markdown_path.is_file():
        return None
    try:
        meta, _ = front_matter(read_text(markdown_path, "draft"))
    except InputError:
        return None
    value = meta.get("transcript")
    if not isinstance(value, str) or not value.strip():
        return None
    return (markdown_path.parent / value.strip()).resolve()
