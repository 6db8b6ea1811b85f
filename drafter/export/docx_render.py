"""Block Markdown (markdown-it tokens) to Word paragraphs, headings, lists and tables."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from drafter.draftfmt import APPENDIX_MARK, inline_plain_text
from drafter.export.docx_comments import UNVERIFIED_AUTHOR, Note, add_comment
from drafter.export.docx_inline import InlineResult, render_inline
from drafter.export.docx_styles import ANSWER_STYLE, CODE_FONT, Styles
from drafter.export.docx_xml import repeat_header, restart_numbering, set_num_id, shade_cell, xml_safe
from drafter.quotes.docx_read import strip_marks

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph
    from markdown_it.token import Token

# Markdown heading level -> Word style: the column's one H1 is its title.
HEADING_STYLES = {"h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3", "h5": "Heading 4",
                  "h6": "Heading 5"}
CONTRADICTION_FILL = "F8D7DA"  # light red: two models gave opposite answers
EVASION_FILL = "E7E6E6"  # grey: the model did not answer
HEADER_FILL = "DCE6F2"  # pale blue: the header row
EVASION_WORDS = ("回避", "evasive", "evades", "evasion", "no answer")
_ALIGN = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
          "left": WD_ALIGN_PARAGRAPH.LEFT}


@dataclass
class _List:
    ordered: bool
    num_id: int | None
    first_paragraph: bool = True


def cell_fill(text: str) -> str | None:
    """The shading a disagreement-table cell gets, so a contradiction is visible at a glance."""
    if "⚡" in text:
        return CONTRADICTION_FILL
    lowered = text.lower()
    return EVASION_FILL if any(word in lowered for word in EVASION_WORDS) else None


class BlockRenderer:
    """Walks the token stream once, adding paragraphs, tables and comments to the document."""

    def __init__(self, document: Document, styles: Styles, notes: dict[str, Note],
                 comment_for: Callable[[Note], str],
                 problem_for: Callable[[Note, str], str | None] | None = None,
                 unverified_comment: Callable[[str], str] | None = None,
                 prose_check: Callable[[Paragraph], list[tuple[str, str]]] | None = None) -> None:
        self.document = document
        self.styles = styles
        self.notes = notes
        self.tagged = {label for label, note in notes.items() if note.tag is not None}
        self.comment_for = comment_for
        # A quote that fails verification is written red, with a NOT VERIFIED comment, never as verified.
        self.problem_for = problem_for
        self.unverified_comment = unverified_comment
        self.unverified: list[tuple[str, str]] = []
        self.prose_check = prose_check  # typed-in quotes (no footnote) that fail: also written red
        self.quote_depth = 0
        self.lists: list[_List] = []
        self.page_break = False
        self.in_appendix = False
        self.after_table = False
        self.has_title = False

    def render(self, tokens: list[Token]) -> None:
        """Render every block token, skipping footnote definitions (their text goes into comments)."""
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if token.type == "footnote_block_open":
                i = _skip_to(tokens, i, "footnote_block_close")
            elif token.type == "table_open":
                end = _skip_to(tokens, i, "table_close")
                self._table(tokens[i:end])
                i = end
            elif token.type in ("heading_open", "paragraph_open"):
                self._text_block(token, tokens[i + 1])
                i += 2
            else:
                self._other(token)
            i += 1

    def _other(self, token: Token) -> None:
        kind = token.type
        if kind in ("blockquote_open", "blockquote_close"):
            self.quote_depth += 1 if kind == "blockquote_open" else -1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            self._open_list(kind == "ordered_list_open", token)
        elif kind in ("bullet_list_close", "ordered_list_close") and self.lists:
            self.lists.pop()
        elif kind == "list_item_open" and self.lists:
            self.lists[-1].first_paragraph = True
        elif kind in ("fence", "code_block"):
            self._code(token.content)
        elif kind == "hr":
            rule = self._paragraph("Normal")
            rule.add_run("* * *")
            rule.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "html_block" and APPENDIX_MARK in token.content:
            self.page_break = True  # reference material starts on a page of its own
            self.in_appendix = True
        # Other HTML blocks (comments, tags) are not printed.

    def _open_list(self, ordered: bool, token: Token) -> None:
        num_id = None
        if ordered:
            # Word continues one numbering across lists of a style; each Markdown list restarts.
            style = self.styles.paragraph[self._list_style(ordered, len(self.lists) + 1)]
            num_id = restart_numbering(self.document, style.element, int(token.attrs.get("start") or 1))
        self.lists.append(_List(ordered, num_id))

    @staticmethod
    def _list_style(ordered: bool, level: int) -> str:
        name = "List Number" if ordered else "List Bullet"
        return f"{name} 2" if level > 1 else name

    def _paragraph(self, style: str) -> Paragraph:
        paragraph = self.document.add_paragraph()
        # Set the style id directly: python-docx's name lookup rescans every style on each call.
        paragraph._p.style = self.styles.paragraph[style].style_id
        if self.page_break:
            paragraph.paragraph_format.page_break_before = True
            self.page_break = False
        if self.after_table and not style.startswith(("Heading", "Title")):
            paragraph.paragraph_format.space_before = Pt(8)  # Table Grid leaves no gap below the table
        self.after_table = False
        return paragraph

    def _text_block(self, token: Token, inline: Token) -> None:
        style, num_id = self._block_style(token)
        paragraph = self._paragraph(style)
        if num_id is not None:
            set_num_id(paragraph, num_id)
        # The appendix quotes answers verbatim: a model's own line breaks stay line breaks.
        keep_lines = self.in_appendix and self.quote_depth > 0
        self._inline(paragraph, inline.children or [], keep_lines=keep_lines)
        if self.prose_check is not None and not self.in_appendix:
            self.unverified.extend(self.prose_check(paragraph))

    def _block_style(self, token: Token) -> tuple[str, int | None]:
        if token.type == "heading_open":
            if token.tag == "h1" and not self.has_title:
                self.has_title = True
                return "Title", None
            return HEADING_STYLES.get(token.tag, "Heading 1"), None
        if self.lists:
            current = self.lists[-1]
            if not current.first_paragraph:
                return "List Continue", None
            current.first_paragraph = False
            return self._list_style(current.ordered, len(self.lists)), current.num_id
        if self.quote_depth:
            return (ANSWER_STYLE if self.in_appendix else "Quote"), None
        return "Normal", None

    def _inline(self, paragraph: Paragraph, children: list[Token], bold: bool = False,
                keep_lines: bool = False) -> InlineResult:
        result = render_inline(paragraph, children, self.styles, self.tagged, bold=bold,
                               keep_lines=keep_lines)
        anchors = [*result.quotes, *((label, [run]) for label, run in result.refs)]
        for label, runs in anchors:
            if runs and label in self.notes:
                self._comment(self.notes[label], runs)
        return result

    def _comment(self, note: Note, runs: list[Any]) -> None:
        text = self.comment_for(note)
        problem = None
        if note.tag is not None and self.problem_for is not None and any(r.text for r in runs):
            problem = self.problem_for(note, strip_marks("".join(r.text for r in runs)))
        if problem is None or self.unverified_comment is None:
            add_comment(self.document, runs, text, note.tag)
            return
        self.unverified.append((note.label, problem))
        for run in runs:
            run._r.style = self.styles.unverified_run.style_id
        add_comment(self.document, runs, self.unverified_comment(problem) + "\n" + text, note.tag,
                    author=UNVERIFIED_AUTHOR)

    def _code(self, content: str) -> None:
        paragraph = self._paragraph("Normal")
        for n, line in enumerate(content.rstrip("\n").split("\n")):
            run = paragraph.add_run()
            if n:
                run.add_break()
            run.add_text(xml_safe(line))
            run.font.name = CODE_FONT

    def _table(self, tokens: list[Token]) -> None:
        rows = _table_rows(tokens)
        if not rows:
            return
        if self.page_break:
            self._paragraph("Normal")
        cols = max(len(cells) for _, cells in rows)
        table = self.document.add_table(rows=len(rows), cols=cols)
        if self.styles.table is not None:
            table.style = self.styles.table
        # row.cells once per row: table.cell(r, c) rebuilds the whole grid on each call (quadratic)
        for row, (header, cells) in zip(table.rows, rows, strict=True):
            if header:
                repeat_header(row)
            row_cells = row.cells
            for c, (inline, align) in enumerate(cells):
                self._cell(row_cells[c], inline, align, header)
        self._widths(table, rows, cols)
        self.after_table = True

    def _widths(self, table: Any, rows: list[tuple[bool, list[tuple[Token, str]]]], cols: int) -> None:
        """Short columns (stance words, ⚡ and a name) get the width they need, so nothing wraps alone; long ones
        (the question) share what is left."""
        section = self.document.sections[-1]
        if not (section.page_width and section.left_margin is not None and section.right_margin is not None):
            return
        total = section.page_width - section.left_margin - section.right_margin
        longest = [1] * cols
        for _, cells in rows:
            for c, (inline, _) in enumerate(cells):
                lines = re.split(r"<br\s*/?>|\n", inline_plain_text(inline.children or []))
                longest[c] = max(longest[c], *(_display_width(line) for line in lines))
        widths = column_width(longest, total)
        table.autofit = False  # fixed layout: Word and LibreOffice keep the widths instead of refitting to text
        for c, column in enumerate(table.columns):
            for cell in column.cells:
                cell.width = widths[c]
            column.width = widths[c]

    def _cell(self, cell: Any, inline: Token, align: str, header: bool) -> None:
        paragraph = cell.paragraphs[0]
        children = inline.children or []
        self._inline(paragraph, children, bold=header)
        if align in _ALIGN:
            paragraph.alignment = _ALIGN[align]
        fill = HEADER_FILL if header else cell_fill(inline_plain_text(children))
        if fill:
            shade_cell(cell, fill)


# A half-width character of the 12-point text is about 6 points wide; 12,700 EMU make a point. Four more
# columns pay for the cell margins (about 0.2 cm each side).
_EMU_PER_COLUMN = 6 * 12700
_PADDING = 4


def column_width(longest: list[int], total: int) -> list[int]:
    """Widths in EMU: columns whose longest cell fits in a quarter of the page get exactly that; the rest share."""
    need = [(n + _PADDING) * _EMU_PER_COLUMN for n in longest]
    if sum(need) <= total:  # everything fits on one line: spread the slack in proportion
        return [int(total * n / sum(need)) for n in need]
    short = [n <= total // 4 for n in need]
    left = total - sum(n for n, s in zip(need, short, strict=True) if s)
    long_need = sum(n for n, s in zip(need, short, strict=True) if not s)
    if not long_need or left < total // 4:  # no long column, or too little room: share by need as before
        shares = [min(max(n / sum(need), 0.5 / len(need)), 0.5) for n in need]
        return [int(total * s / sum(shares)) for s in shares]
    return [n if s else int(left * n / long_need) for n, s in zip(need, short, strict=True)]


def _display_width(text: str) -> int:
    """Columns the text takes: a Chinese character is as wide as two Latin letters."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _skip_to(tokens: list[Token], i: int, kind: str) -> int:
    while i < len(tokens) and tokens[i].type != kind:
        i += 1
    return i


def _table_rows(tokens: list[Token]) -> list[tuple[bool, list[tuple[Token, str]]]]:
    """(is header, [(inline token, alignment)]) for each table row."""
    rows: list[tuple[bool, list[tuple[Token, str]]]] = []
    header = False
    align = ""
    for i, token in enumerate(tokens):
        if token.type in ("thead_open", "tbody_open"):
            header = token.type == "thead_open"
        elif token.type == "tr_open":
            rows.append((header, []))
        elif token.type in ("th_open", "td_open"):
            style = str(token.attrs.get("style") or "")
            align = style.partition("text-align:")[2].strip()
        elif token.type == "inline" and rows and i > 0 and tokens[i - 1].type in ("th_open", "td_open"):
            rows[-1][1].append((token, align))
    return rows
