"""`drafter check` and `drafter render`: re-verify an edited draft; rebuild its DOCX."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from drafter.errors import EXIT_OK, EXIT_PARTIAL, InputError
from drafter.inputs.transcript import Transcript, load_transcript

if TYPE_CHECKING:
    from drafter.quotes.ledger import Ledger


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


def _ledger_for(draft: Path, ledger: Path | None) -> Ledger | None:
    """--ledger, else quotes.json beside the draft (else check uses the copy inside a drafter DOCX)."""
    from drafter.quotes.ledger import find_ledger, read_ledger

    path = ledger or find_ledger(draft)
    return read_ledger(path) if path is not None else None


def run_check(draft: Path, transcript: Path | None, ledger: Path | None = None, allow_cuts: bool = False) -> int:
    from drafter.quotes.audit import check_draft, format_report

    _check_suffix(draft)
    report = check_draft(draft, _transcript_for(draft, transcript), _ledger_for(draft, ledger),
                         allow_cuts=allow_cuts)
    click.echo(format_report(report))
    return EXIT_OK if report.ok else EXIT_PARTIAL


def run_render(draft: Path, transcript: Path | None, out_path: Path | None, reference_docx: Path | None,
               ledger: Path | None = None) -> int:
    """Verify the edited Markdown, then rebuild the DOCX and the ledger from it. A quote that fails is
    written red with a NOT VERIFIED comment; an edited DOCX in the way is kept under a dated name."""
    from drafter.export.outputs import draft_files, record_hashes, write_files
    from drafter.inputs.files import read_text
    from drafter.quotes.audit import check_draft, format_report

    if draft.suffix.lower() not in (".md", ".markdown"):
        raise InputError(draft, None, "render takes the Markdown draft", "pass draft.md")
    loaded = _transcript_for(draft, transcript)
    report = check_draft(draft, loaded, _ledger_for(draft, ledger))
    target = out_path or draft.with_suffix(".docx")
    files, unverified = draft_files(read_text(draft, "draft"), loaded, reference_docx=reference_docx,
                                    md_name=draft.name, docx_name=target.name, with_markdown=False)
    written = write_files(target.parent, files)
    record_hashes(target.parent, written.hashes)
    _render_report(draft, loaded)
    click.echo(format_report(report))
    for kept in written.kept:
        click.echo(f"! {kept}", err=True)
    if unverified:
        click.echo(f"! {len(unverified)} quote{'s' if len(unverified) != 1 else ''} written in red as NOT VERIFIED "
                   f"in {target.name}", err=True)
    click.echo(f"Wrote {target} and {target.parent / 'quotes.json'}", err=True)
    return EXIT_OK if report.ok else EXIT_PARTIAL


def _render_report(draft: Path, transcript: Transcript) -> None:
    """report.html beside the draft, when the run's analysis.json is there too."""
    import json

    from drafter.export.report_html import write_report
    from drafter.inputs.files import read_text

    analysis = draft.parent / "analysis.json"
    if not analysis.exists():
        return
    try:
        data = json.loads(read_text(analysis, "analysis.json"))
    except json.JSONDecodeError as exc:
        raise InputError(analysis, f"line {exc.lineno}", f"invalid JSON: {exc.msg}", "fix or re-run") from exc
    click.echo(f"Wrote {write_report(draft.parent, transcript, data, read_text(draft, 'draft'))}", err=True)
