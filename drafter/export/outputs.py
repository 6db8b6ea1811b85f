"""Writing draft.md, draft.docx and the quote ledger without destroying an editor's work.

run.json keeps the sha256 of each file drafter wrote (`written`). Before writing again, a file whose
bytes differ from that record was changed by someone else: it is kept under a dated name
(draft.2026-12-05T10-31.docx) and the caller says so.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.inputs.files import atomic_write_bytes, atomic_write_text

if TYPE_CHECKING:
    from drafter.inputs.transcript import Transcript

RUN_JSON = "run.json"


@dataclass
class Written:
    """What a write did: the sha256 of each file written, and the edited files kept aside."""

    hashes: dict[str, str] = field(default_factory=dict)
    kept: list[str] = field(default_factory=list)  # one sentence per edited file kept under a dated name
    unverified: list[tuple[str, str]] = field(default_factory=list)  # (footnote, reason) written red


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def recorded_hashes(folder: Path) -> dict[str, str]:
    """The sha256 drafter recorded for each file it last wrote in `folder` (run.json's `written`)."""
    try:
        run = json.loads((folder / RUN_JSON).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    written = run.get("written") if isinstance(run, dict) else None
    return {str(k): str(v) for k, v in written.items()} if isinstance(written, dict) else {}


def record_hashes(folder: Path, hashes: dict[str, str]) -> None:
    """Merge the hashes of files just written into run.json (created when a render runs outside a run)."""
    path = folder / RUN_JSON
    try:
        run = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        run = {}
    if not isinstance(run, dict):
        run = {}
    run["written"] = {**(run.get("written") or {}), **hashes}
    atomic_write_text(path, json.dumps(run, ensure_ascii=False, indent=2))


def dated_name(path: Path, when: datetime) -> Path:
    """draft.docx -> draft.2026-12-05T10-31.docx (then -2, -3… if taken)."""
    stamp = when.strftime("%Y-%m-%dT%H-%M")
    candidate = path.with_name(f"{path.stem}.{stamp}{path.suffix}")
    n = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}.{stamp}-{n}{path.suffix}")
        n += 1
    return candidate


def keep_if_edited(path: Path, recorded: dict[str, str], new: bytes) -> str | None:
    """Copy `path` aside when someone changed it since drafter wrote it; the sentence saying so, or None."""
    if not path.is_file():
        return None
    current = path.read_bytes()
    if current == new or recorded.get(path.name) == sha256_of(current):
        return None
    # Not what drafter wrote last (or no record of it): the editor's work, kept under the time it was saved.
    copy = dated_name(path, datetime.fromtimestamp(path.stat().st_mtime))
    shutil.copy2(path, copy)
    return f"{path.name} was edited since drafter wrote it: kept as {copy.name}"


def write_files(folder: Path, files: dict[str, bytes]) -> Written:
    """Write each file into `folder`, keeping an edited predecessor aside first."""
    recorded = recorded_hashes(folder)
    written = Written()
    for name, data in files.items():
        path = folder / name
        kept = keep_if_edited(path, recorded, data)
        if kept:
            written.kept.append(kept)
        atomic_write_bytes(path, data)
        written.hashes[name] = sha256_of(data)
    return written


def draft_files(markdown: str, transcript: Transcript, *, reference_docx: Path | None, md_name: str = "draft.md",
                docx_name: str = "draft.docx", transcript_name: str = "transcript.yaml",
                with_markdown: bool = True) -> tuple[dict[str, bytes], list[tuple[str, str]]]:
    """The bytes of draft.md, draft.docx and quotes.json for a draft, and the quotes written as unverified."""
    from drafter.export.docx import build_document
    from drafter.quotes.ledger import LEDGER_NAME, build_ledger, ledger_json

    ledger = ledger_json(build_ledger(markdown, transcript, draft=md_name, transcript_name=transcript_name))
    unverified: list[tuple[str, str]] = []
    document = build_document(markdown, transcript=transcript, reference_docx=reference_docx, ledger_json=ledger,
                              unverified=unverified)
    buffer = io.BytesIO()
    document.save(buffer)
    files: dict[str, bytes] = {}
    if with_markdown:
        files[md_name] = markdown.encode("utf-8")
    files[docx_name] = buffer.getvalue()
    files[LEDGER_NAME] = ledger.encode("utf-8")
    return files, unverified
