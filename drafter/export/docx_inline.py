"""Inline Markdown (markdown-it children) to Word runs, with each attributed quote in runs of its own.

The children are flattened into pieces of plain text with their formatting; quote and placeholder
ranges are found on the flat text (as drafter.draftfmt finds them), and pieces are cut at range
boundaries so a comment can anchor on exactly the quote's runs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from drafter.draftfmt import inline_plain_text, quote_before
from drafter.export.docx_styles import CODE_FONT, Styles
from drafter.export.docx_xml import add_hyperlink, emphasis_dots, xml_safe

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run
    from markdown_it.token import Token

# Author placeholders the writer leaves: 〔…〕 in Chinese drafts, [[…]] in English ones.
PLACEHOLDER = re.compile(r"〔[^〔〕]*〕|\[\[.*?\]\]")
_BR = re.compile(r"^<br\s*/?>$", re.IGNORECASE)


@dataclass(frozen=True)
class Piece:
    """A stretch of inline text with one formatting; kind is text, break or ref (a footnote reference)."""

    text: str = ""
    kind: str = "text"
    bold: bool = False
    italic: bool = False
    strike: bool = False
    code: bool = False
    href: str | None = None
    label: str = ""  # footnote label, for kind == "ref"
    quote: str = ""  # key ("n:label") of the quote this piece belongs to, or of this reference
    placeholder: bool = False


@dataclass
class InlineResult:
    """(footnote label, runs) of each quote; (label, empty run) of each footnote with no quote before it."""

    quotes: list[tuple[str, list[Run]]] = field(default_factory=list)
    refs: list[tuple[str, Run]] = field(default_factory=list)


def flatten(children: list[Token], keep_lines: bool = False) -> list[Piece]:
    """The children as pieces, soft breaks resolved to a space or nothing (or kept as line breaks)."""
    pieces: list[Piece] = []
    _flatten(children, Piece(), pieces)
    if keep_lines:
        return [replace(p, kind="break") if p.kind == "soft" else p for p in pieces]
    return _resolve_softbreaks(pieces)


def _flatten(children: list[Token], fmt: Piece, out: list[Piece]) -> None:
    stack: list[Piece] = []
    for child in children:
        kind = child.type
        if kind in ("strong_open", "em_open", "s_open", "link_open"):
            stack.append(fmt)
            fmt = _opened(fmt, child)
        elif kind in ("strong_close", "em_close", "s_close", "link_close"):
            fmt = stack.pop() if stack else Piece()
        elif kind == "text":
            out.append(replace(fmt, text=child.content))
        elif kind == "code_inline":
            out.append(replace(fmt, text=child.content, code=True))
        elif kind == "softbreak":
            out.append(replace(fmt, kind="soft", text="\n"))
        elif kind == "hardbreak" or (kind == "html_inline" and _BR.match(child.content.strip())):
            out.append(replace(fmt, kind="break", text="\n"))
        elif kind == "footnote_ref":
            out.append(Piece(kind="ref", label=str(child.meta.get("label"))))
        elif kind == "image":
            out.append(replace(fmt, text=inline_plain_text(child.children or [])))
        elif child.children:
            _flatten(child.children, fmt, out)
        # Other inline HTML (comments, tags) is not printed.


def _opened(fmt: Piece, token: Token) -> Piece:
    if token.type == "strong_open":
        return replace(fmt, bold=True)
    if token.type == "em_open":
        return replace(fmt, italic=True)
    if token.type == "s_open":
        return replace(fmt, strike=True)
    return replace(fmt, href=str(token.attrs.get("href") or ""))


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _resolve_softbreaks(pieces: list[Piece]) -> list[Piece]:
    """A soft break is a space in English and nothing between Chinese characters."""
    out: list[Piece] = []
    for i, piece in enumerate(pieces):
        if piece.kind != "soft":
            out.append(piece)
            continue
        before = next((p.text[-1] for p in reversed(pieces[:i]) if p.text and p.kind != "soft"), "")
        after = next((p.text[0] for p in pieces[i + 1:] if p.text and p.kind != "soft"), "")
        wide = (before and _is_wide(before)) or (after and _is_wide(after))
        out.append(replace(piece, kind="text", text="" if wide else " "))
    return out


def mark_ranges(pieces: list[Piece], tagged: set[str]) -> list[Piece]:
    """Cut pieces at quote and placeholder boundaries; a reference's key is on the quote before it."""
    flat = "".join(p.text for p in pieces)
    quotes: list[tuple[int, int, str]] = []
    keyed: list[Piece] = []
    pos, last = 0, 0
    for n, piece in enumerate(pieces):
        if piece.kind == "ref":
            # Keyed by position too: one footnote may be referenced twice, for two quotes.
            piece = replace(piece, quote=f"{n}:{piece.label}")
            before = flat[last:pos]
            quoted = quote_before(before) if piece.label in tagged else None
            if quoted is not None:
                end = last + len(before.rstrip())
                quotes.append((end - len(quoted) - 2, end, piece.quote))
                piece = replace(piece, text="", kind="quoted-ref")
            last = pos
        keyed.append(piece)
        pos += len(piece.text)
    holders = [(m.start(), m.end()) for m in PLACEHOLDER.finditer(flat)]
    return _cut(keyed, quotes, holders)


def _cut(pieces: list[Piece], quotes: list[tuple[int, int, str]],
         holders: list[tuple[int, int]]) -> list[Piece]:
    cuts = sorted({b for q in quotes for b in q[:2]} | {b for h in holders for b in h})
    out: list[Piece] = []
    pos = 0
    for piece in pieces:
        end = pos + len(piece.text)
        if piece.kind == "text" and not piece.text:
            continue
        inner = [c - pos for c in cuts if pos < c < end] if piece.kind == "text" else []
        start = 0
        for offset in [*inner, len(piece.text)]:
            if offset == start and piece.text:
                continue
            at = pos + start
            key = piece.quote if piece.kind.endswith("ref") else next(
                (q[2] for q in quotes if q[0] <= at < q[1]), "")
            holder = any(h[0] <= at < h[1] for h in holders)
            out.append(replace(piece, text=piece.text[start:offset], quote=key, placeholder=holder))
            start = offset
        pos = end
    return out


def render_inline(paragraph: Paragraph, children: list[Token], styles: Styles, tagged: set[str],
                  bold: bool = False, keep_lines: bool = False) -> InlineResult:
    """Add the children to the paragraph as runs; return the runs each quote and footnote sits on."""
    pieces = mark_ranges(flatten(children, keep_lines), tagged)
    result = InlineResult()
    runs: dict[str, list[Run]] = {}
    link: Any = None
    link_href: str | None = None
    for piece in pieces:
        if piece.kind == "quoted-ref":
            result.quotes.append((piece.label, runs.get(piece.quote, [])))
            continue
        if piece.kind == "ref":
            # An empty run marks where the footnote stood: a footnote with no quote anchors there.
            result.refs.append((piece.label, paragraph.add_run()))
            continue
        run = _add_run(paragraph, piece, styles, bold)
        if piece.href:
            if link is None or link_href != piece.href:
                link, link_href = add_hyperlink(paragraph, piece.href), piece.href
            link.append(run._r)
        else:
            link, link_href = None, None
        if piece.quote:
            runs.setdefault(piece.quote, []).append(run)
    return result


def _add_run(paragraph: Paragraph, piece: Piece, styles: Styles, bold: bool) -> Run:
    run = paragraph.add_run()
    if piece.kind == "break":
        run.add_break()
    else:
        run.text = xml_safe(piece.text)
    if piece.bold or bold:
        run.bold = True
    if piece.italic:
        if any(_is_wide(ch) for ch in piece.text):
            emphasis_dots(run)  # Chinese has no italic: Word would slant the glyphs; 着重号 is the CJK emphasis
        else:
            run.italic = True
    if piece.strike:
        run.font.strike = True
    if piece.code:
        run.font.name = CODE_FONT
    # One character style per run: a placeholder inside a quote is still the author's to fill in.
    # Style ids set directly: python-docx's name lookup rescans every style on each call.
    if piece.placeholder:
        run._r.style = styles.placeholder_run.style_id
    elif piece.quote:
        run._r.style = styles.quote_run.style_id
    elif piece.href:
        run._r.style = styles.link_run.style_id
    return run
