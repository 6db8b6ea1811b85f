"""Styles and page set-up: Word's built-in style names, so a house template restyles the draft."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Cm, Inches, Pt, RGBColor

from drafter.errors import InputError
from drafter.export.docx_xml import add_font_fallbacks, default_rpr, set_fonts, set_lang, shade_run

if TYPE_CHECKING:
    from docx.document import Document

# (Latin, East Asian) fonts. Noto CJK renders on Linux/LibreOffice and wherever it is installed;
# fontTable.xml names 宋体/微软雅黑 as the alternative, which every Chinese Windows has.
BODY_FONTS = ("Times New Roman", "Noto Serif CJK SC")
HEADING_FONTS = ("Arial", "Noto Sans CJK SC")
CODE_FONT = "Courier New"
FALLBACKS = {"Noto Serif CJK SC": ("宋体", "roman"), "Noto Sans CJK SC": ("微软雅黑", "swiss")}
HEADINGS = ("Title", "Heading 1", "Heading 2", "Heading 3", "Heading 4", "Heading 5", "Heading 6")
QUOTE_STYLE = "Model Quote"
# The appendix's full answers: indented, upright in every language and in a house template (whose Quote
# style may be italic, and Word would slant Chinese glyphs artificially).
ANSWER_STYLE = "Model Answer"
UNVERIFIED_STYLE = "Unverified Quote"
PLACEHOLDER_STYLE = "Author Placeholder"
LINK_STYLE = "Hyperlink"
TABLE_STYLES = ("Table Grid", "Light Grid Accent 1", "Light Grid")
PAGE_SIZES = {"a4": (Cm(21.0), Cm(29.7), Cm(2.5)), "letter": (Inches(8.5), Inches(11), Inches(1))}


@dataclass
class Styles:
    """The style objects the renderer applies, looked up once (python-docx looks names up linearly)."""

    paragraph: dict[str, Any]
    quote_run: Any
    unverified_run: Any
    placeholder_run: Any
    link_run: Any
    table: Any


def prepare_styles(document: Document, language: str, own_template: bool) -> Styles:
    """Make sure every style the renderer uses exists; restyle fonts only in drafter's own template."""
    if own_template:
        _set_fonts(document, language)
    else:
        # A house template keeps its fonts; Chinese still needs the East Asian language set.
        if language == "zh":
            set_lang(default_rpr(document), "en-US", "zh-CN")
    names = (*HEADINGS, "Normal", "Quote", "List Bullet", "List Bullet 2", "List Number", "List Number 2",
             "List Continue")
    paragraph = {name: _paragraph_style(document, name) for name in names}
    if language == "zh" and own_template:
        _unitalic_quote(paragraph["Quote"])
    paragraph[ANSWER_STYLE] = _answer_style(document)
    _comment_styles(document)
    return Styles(paragraph=paragraph, quote_run=_quote_run_style(document),
                  unverified_run=_unverified_style(document),
                  placeholder_run=_placeholder_style(document), link_run=_link_style(document),
                  table=_table_style(document))


def _set_fonts(document: Document, language: str) -> None:
    east_asia_lang = "zh-CN" if language == "zh" else "en-US"
    rpr = default_rpr(document)
    set_fonts(rpr, *BODY_FONTS)
    set_lang(rpr, "en-US", east_asia_lang)
    normal = document.styles["Normal"]
    set_fonts(normal.element.get_or_add_rPr(), *BODY_FONTS)
    set_lang(normal.element.get_or_add_rPr(), "en-US", east_asia_lang)
    # 小四 (12 pt) is the usual Chinese manuscript size; 11 pt reads the same in Latin type.
    normal.font.size = Pt(12 if language == "zh" else 11)
    # The template's Quote is only italic: indent it so an answer quoted whole stands apart.
    _paragraph_style(document, "Quote").paragraph_format.left_indent = Cm(0.85)
    for name in (*HEADINGS, "Quote"):
        style = _paragraph_style(document, name)
        fonts = BODY_FONTS if name == "Quote" else HEADING_FONTS
        set_fonts(style.element.get_or_add_rPr(), *fonts)
        if name.startswith("Heading"):
            # The template's headings have no space after: they would stick to the text below.
            style.paragraph_format.space_after = Pt(6)
        linked = _linked(document, style)
        if linked is not None:
            set_fonts(linked.element.get_or_add_rPr(), *fonts)
    add_font_fallbacks(document, FALLBACKS)


def _linked(document: Document, style: Any) -> Any:
    """The character style linked to a paragraph style ("Heading 1 Char"), if any."""
    link = style.element.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}link")
    if link is None:
        return None
    style_id = link.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
    return next((s for s in document.styles if s.style_id == style_id), None)


def _paragraph_style(document: Document, name: str) -> Any:
    """The named paragraph style; added (based on Normal) when a template lacks it."""
    try:
        return document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        if name != "Normal":
            style.base_style = document.styles["Normal"]
        if name == "Quote":
            style.paragraph_format.left_indent = Cm(1)
        return style


def _char_style(document: Document, name: str) -> tuple[Any, bool]:
    """The named character style and whether it was just created."""
    try:
        return document.styles[name], False
    except KeyError:
        return document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER), True


def _quote_run_style(document: Document) -> Any:
    style, new = _char_style(document, QUOTE_STYLE)
    if new:
        # Dark blue: an editor sees which words are a model's verbatim text, and print stays sober.
        style.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    return style


def _unverified_style(document: Document) -> Any:
    style, new = _char_style(document, UNVERIFIED_STYLE)
    if new:
        # Red and underlined: a misquote must not look like the model's words (the quote style is dark blue).
        style.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        style.font.underline = True
    return style


def _placeholder_style(document: Document) -> Any:
    style, new = _char_style(document, PLACEHOLDER_STYLE)
    if new:
        style.font.highlight_color = WD_COLOR_INDEX.YELLOW
        shade_run(style.element.get_or_add_rPr(), "FFFF00")
        style.font.bold = True
        style.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    return style


def _answer_style(document: Document) -> Any:
    try:
        return document.styles[ANSWER_STYLE]
    except KeyError:
        pass
    style = document.styles.add_style(ANSWER_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.font.italic = False
    style.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
    style.paragraph_format.left_indent = Cm(0.85)
    style.paragraph_format.space_after = Pt(4)
    return style


def _link_style(document: Document) -> Any:
    style, new = _char_style(document, LINK_STYLE)
    if new:
        style.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
        style.font.underline = True
    return style


def _comment_styles(document: Document) -> None:
    """The styles python-docx's comments refer to (CommentText, CommentReference) but do not define."""
    have = {s.style_id for s in document.styles}
    if "CommentText" not in have:
        text = document.styles.add_style("annotation text", WD_STYLE_TYPE.PARAGRAPH)
        text.style_id = "CommentText"
        text.base_style = document.styles["Normal"]
        text.font.size = Pt(10)
    if "CommentReference" not in have:
        ref = document.styles.add_style("annotation reference", WD_STYLE_TYPE.CHARACTER)
        ref.style_id = "CommentReference"
        ref.font.size = Pt(8)


def _unitalic_quote(style: Any) -> None:
    """Chinese has no italic: Word slants CJK glyphs artificially, so set quotes off by indent."""
    style.font.italic = False
    style.font.color.rgb = RGBColor(0x40, 0x40, 0x40)


def _table_style(document: Document) -> Any:
    for name in TABLE_STYLES:
        try:
            return document.styles[name]
        except KeyError:
            continue
    return None


def set_page(document: Document, page_size: str, margins: bool) -> None:
    """Set every section to A4 or Letter; margins too unless a house template sets them."""
    size = PAGE_SIZES.get(page_size.strip().lower())
    if size is None:
        raise InputError(None, "page_size", f"unknown page size {page_size!r}", "use A4 or Letter")
    width, height, margin = size
    for section in document.sections:
        section.page_width, section.page_height = width, height
        if margins:
            section.left_margin = section.right_margin = margin
            section.top_margin = section.bottom_margin = margin
