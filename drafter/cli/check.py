"""`drafter check` and `drafter render`: re-verify an edited draft; rebuild its DOCX."""

from __future__ import annotations

from pathlib import Path

import click

from drafter.errors import EXIT_OK, EXIT_PARTIAL, InputError
from drafter.inputs.transcript import Transcript, load_transcript


def _transcript_for(draft: Path, transcript: Path | None) -> Transcript:
    from drafter.quotes.audit import find_transcript_for

    path = transcript or find_transcript_for(draft)
    if path is None:
        raise InputError(draft, "--transcript", "no transcript found for this draft",
                         "pass --transcript out/<slug>/transcript.yaml")
    return load_transcript(path)


def _check_suffix(draft: Path) -> None:
    if draft.suffix.lower() not in (".md", ".markdown", ".docx"):
        raise InputError(draft, None, "not a draft: expected a .md or .docx file", "pass draft.md or draft.docx")


def run_check(draft: Path, transcript: Path | None) -> int:
    from drafter.quotes.audit import check_draft, format_report

    _check_suffix(draft)
    report = check_draft(draft, _transcript_for(draft, transcript))
    click.echo(format_report(report))
    return EXIT_OK if report.ok else EXIT_PARTIAL


def run_render(draft: Path, transcript: Path | None, out_path: Path | None, reference_docx: Path | None) -> int:
    """Verify the edited Markdown, then rebuild the DOCX from it (quotes that fail are reported, not fixed)."""
    from drafter.export.docx import markdown_to_docx
    from drafter.inputs.files import read_text
    from drafter.quotes.audit import check_draft, format_report

    if draft.suffix.lower() not in (".md", ".markdown"):
        raise InputError(draft, None, "render takes the Markdown draft", "pass draft.md")
    loaded = _transcript_for(draft, transcript)
    report = check_draft(draft, loaded)
    target = out_path or draft.with_suffix(".docx")
    markdown_to_docx(read_text(draft, "draft"), target, transcript=loaded, reference_docx=reference_docx)
    click.echo(format_report(report))
    click.echo(f"Wrote {target}", err=True)
    return EXIT_OK if report.ok else EXIT_PARTIAL
