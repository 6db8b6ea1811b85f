"""The appendix prints every answer in full: check it still says what the transcript says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.draftfmt import inline_plain_text, markdown_parser
from drafter.quotes.match import normalize

if TYPE_CHECKING:
    from drafter.inputs.transcript import Answer, Transcript

_SHOWN = 24


def plain_markdown(markdown: str) -> str:
    """Markdown as a reader sees it (what a DOCX of it holds): the text of every block, markup gone."""
    tokens = markdown_parser().parse(markdown)
    return "\n".join(inline_plain_text(t.children or []) for t in tokens if t.type == "inline")


def appendix_heading(appendix_markdown: str) -> str:
    """The text of the appendix's first heading."""
    tokens = markdown_parser().parse(appendix_markdown)
    for n, token in enumerate(tokens):
        if token.type == "inline" and n and tokens[n - 1].type == "heading_open":
            return inline_plain_text(token.children or []).strip()
    return ""


def _forms(answer: Answer) -> list[str]:
    """The answer as the appendix may print it: verbatim, or rendered as the Markdown it is."""
    forms = [normalize(answer.text), normalize(plain_markdown(answer.text))]
    return [f for f in dict.fromkeys(forms) if f]


def answers_in(appendix_plain: str, transcript: Transcript) -> list[tuple[str, str]]:
    """(model, question) of each answer the appendix prints in full."""
    flat = normalize(appendix_plain)
    return [(a.model, a.question) for a in transcript.answers
            if a.ok and a.text.strip() and any(form in flat for form in _forms(a))]


def appendix_problem(appendix_plain: str, answer: Answer | None) -> str | None:
    """Why the appendix no longer holds this answer verbatim, or None when it does."""
    if answer is None:
        return "the transcript has no such answer"
    flat = normalize(appendix_plain)
    forms = _forms(answer)
    if any(form in flat for form in forms):
        return None
    form = forms[0]
    kept = _longest_prefix(form, flat)
    if kept < min(len(form), 8):
        return "missing from the appendix"
    return f"changed in the appendix after “…{form[max(0, kept - _SHOWN):kept]}”"


def _longest_prefix(form: str, flat: str) -> int:
    """How many leading characters of `form` stand together in `flat` (binary search on the prefix length)."""
    low, high = 0, len(form)
    while low < high:
        mid = (low + high + 1) // 2
        if form[:mid] in flat:
            low = mid
        else:
            high = mid - 1
    return low
