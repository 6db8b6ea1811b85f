"""Quoted text the prose credits to a model without a footnote (typed in by an editor) that fails
verification: written red with a NOT VERIFIED comment, as a footnoted misquote is."""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from drafter.export.docx_comments import UNVERIFIED_AUTHOR, add_comment, unverified_text
from drafter.quotes.attributed import find_attributed, misattribution, model_names
from drafter.quotes.cuts import cut_problem
from drafter.quotes.match import verify_quote

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    from drafter.inputs.transcript import Transcript


def typed_quote_problem(model: str, text: str, transcript: Transcript) -> str | None:
    """Why quoted text credited to `model` is not its words (or is a misleading cut), or None."""
    reason = misattribution(model, text, transcript)
    if reason is not None:
        return reason
    answer = next(a for a in transcript.answers if a.model == model and verify_quote(text, a.text))
    return cut_problem(text, answer.text)


def mark_typed_quotes(document: Document, paragraph: Paragraph, transcript: Transcript, style_id: str,
                      verified_style_id: str, language: str) -> list[tuple[str, str]]:
    """Restyle and comment each failing typed quote of the paragraph; (text, reason) of each."""
    runs = list(paragraph.runs)
    text = "".join(r.text for r in runs)
    marked: list[tuple[str, str]] = []
    for said in reversed(find_attributed(text, model_names(transcript))):
        if not said.is_claim:
            continue
        covering = _runs_between(paragraph, said.start, said.end)
        if any(_style(r) == verified_style_id for r in covering):
            continue  # a footnoted quote: its comment already carries the verdict
        reason = typed_quote_problem(said.model, said.text, transcript)
        if reason is None:
            continue
        for run in covering:
            run._r.style = style_id
        add_comment(document, covering, unverified_text(reason, language), author=UNVERIFIED_AUTHOR)
        marked.append((said.text, reason))
    return marked


def _style(run: Run) -> str | None:
    rpr = run._r.rPr
    return rpr.style if rpr is not None else None


def _runs_between(paragraph: Paragraph, start: int, end: int) -> list[Run]:
    """The runs covering exactly [start, end) of the paragraph's text, splitting runs at the edges."""
    _split_at(paragraph, end)
    _split_at(paragraph, start)
    covering: list[Run] = []
    pos = 0
    for run in paragraph.runs:
        length = len(run.text)
        if start <= pos and pos + length <= end and length:
            covering.append(run)
        pos += length
    return covering


def _split_at(paragraph: Paragraph, offset: int) -> None:
    pos = 0
    for run in paragraph.runs:
        text = run.text
        if pos < offset < pos + len(text):
            cut = offset - pos
            tail: Any = copy.deepcopy(run._r)
            run._r.addnext(tail)
            run.text = text[:cut]
            from docx.text.run import Run

            Run(tail, paragraph).text = text[cut:]
            return
        pos += len(text)
