"""Export: draft Markdown → DOCX (drafter.export.docx.markdown_to_docx) for a 10,000-character column
made by the offline pipeline (real quotes, footnotes, the appendix with every answer), in-process."""

from __future__ import annotations

import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any

from bench.common import FamilyResult, Figure, median, spread, timed
from bench.material import make_draft

FAMILY = "export"
TARGET = 0.5
CHARS = 10_000


def run(*, reps: int = 5, chars: int = CHARS, languages: tuple[str, ...] = ("zh", "en")) -> FamilyResult:
    from drafter.export.docx import markdown_to_docx

    figures: list[Figure] = []
    details: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="drafter-bench-export-") as tmp:
        for lang in languages:
            draft = make_draft(chars, lang=lang)
            out = Path(tmp) / f"draft-{lang}.docx"
            start = time.perf_counter()
            markdown_to_docx(draft.markdown, out, transcript=draft.transcript)
            first = time.perf_counter() - start  # includes importing python-docx and lxml
            times = timed(partial(markdown_to_docx, draft.markdown, out, transcript=draft.transcript), reps)
            details[lang] = {"column_chars": draft.chars, "markdown_chars": len(draft.markdown),
                             "length": draft.length, "unit": draft.unit, "quotes": draft.quotes,
                             "docx_bytes": out.stat().st_size, "first_call_s": round(first, 4),
                             "time_s": spread(times)}
            figures.append(Figure(FAMILY, f"Markdown → DOCX, {draft.chars}-char column ({lang}, {draft.quotes} quotes)",
                                  round(median(times), 3), "s", TARGET,
                                  note=f"median of {reps}; whole file {len(draft.markdown)} chars with appendix; "
                                       f"first call {first:.2f} s"))
    return FamilyResult(figures, details)
