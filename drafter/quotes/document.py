"""A draft as `drafter check` reads it back: its quotes with their provenance, its paragraphs, its appendix."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.draftfmt import APPENDIX_MARK, extract_quotes, front_matter, inline_plain_text, markdown_parser


@dataclass(frozen=True)
class Revision:
    """A tracked change Word (or LibreOffice) has not yet accepted or rejected."""

    kind: str  # "inserted" | "deleted"
    author: str
    date: str
    text: str

    def says(self) -> str:
        when = f" on {self.date[:10]}" if self.date else ""
        quoted = self.text if self.text[:1] in "“「\"" else f"“{self.text}”"  # a whole quote has its own marks
        return f"{quoted} {self.kind} by {self.author or 'an unnamed author'}{when}"


@dataclass
class DocQuote:
    """A quote the document attributes to a model by its provenance (a comment, a footnote, a style)."""

    model: str
    question: str
    text: str  # as a reader sees it now: pending insertions in, pending deletions out
    where: str
    ref: str = ""
    paragraph: int = 0
    source: str = "comment"  # comment | footnote | style
    original: str | None = None  # with every pending change rejected, when there is one
    revisions: list[Revision] = field(default_factory=list)


@dataclass(frozen=True)
class Paragraph:
    index: int
    where: str
    text: str


@dataclass
class DraftDocument:
    """What check needs from a .md or .docx draft."""

    path: Path
    kind: str  # md | docx
    quotes: list[DocQuote] = field(default_factory=list)
    column: list[Paragraph] = field(default_factory=list)  # the writer's prose, before the appendix
    appendix: str = ""  # the appendix as plain text
    embedded_ledger: dict[str, Any] | None = None
    has_comments: bool = False
    has_quote_style: bool = False


def read_markdown(path: Path, markdown: str, appendix_heading: str = "") -> DraftDocument:
    """The quotes (footnoted), the column's paragraphs and the appendix of a Markdown draft."""
    _, body = front_matter(markdown)
    offset = markdown[: len(markdown) - len(body)].count("\n")
    tokens = markdown_parser().parse(body)
    document = DraftDocument(path=path, kind="md", has_comments=True)
    in_appendix = in_footnote = False
    appendix: list[str] = []
    for n, token in enumerate(tokens):
        if token.type in ("footnote_open", "footnote_close"):
            in_footnote = token.type == "footnote_open"
        if token.type == "html_block" and APPENDIX_MARK in token.content:
            in_appendix = True
        if token.type != "inline" or in_footnote:
            continue
        text = inline_plain_text(token.children or [])
        if not in_appendix and appendix_heading and _is_heading(tokens, n) and text.strip() == appendix_heading:
            in_appendix = True  # the mark was lost (an editor's tool dropped the HTML comment)
        if in_appendix:
            appendix.append(text)
            continue
        line = (token.map[0] + 1 + offset) if token.map else 0
        document.column.append(Paragraph(len(document.column) + 1, f"line {line}", text))
    document.appendix = "\n".join(appendix)
    for found in extract_quotes(markdown):
        if found.where in {p.where for p in document.column}:
            document.quotes.append(DocQuote(found.model, found.question, found.text, found.where, found.ref,
                                            source="footnote"))
    return document


def _is_heading(tokens: list[Any], n: int) -> bool:
    return n > 0 and tokens[n - 1].type == "heading_open"
