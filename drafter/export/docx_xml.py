"""WordprocessingML that python-docx has no API for: fonts, language, shading, hyperlinks, numbering."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

# XML 1.0 allows tab, newline, return and the ranges below; anything else (NUL, BEL, a lone
# surrogate, U+FFFE) makes python-docx/lxml refuse the text or Word refuse the file.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
# w:rPr children that must follow w:lang (schema order; Word rejects out-of-order children).
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
# w:rPr children that must follow w:shd.
_AFTER_RUN_SHD = ("w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang", *_AFTER_LANG)
# w:tcPr children that must follow w:shd.
_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
              "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")


def xml_safe(text: str) -> str:
    """The text without characters XML cannot hold."""
    return _NOT_XML.sub("", text)


def set_fonts(rpr: Any, latin: str, east_asia: str) -> None:
    """Name the Latin and East Asian fonts in an rPr, dropping theme fonts that would win over them."""
    rfonts = rpr.get_or_add_rFonts()
    for attr in _THEME_ATTRS:
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)


def set_lang(rpr: Any, latin: str, east_asia: str) -> None:
    """Set w:lang (spell-check and font fallback language) for Latin and East Asian text."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, *_AFTER_LANG)
    lang.set(qn("w:val"), latin)
    lang.set(qn("w:eastAsia"), east_asia)


def default_rpr(document: Document) -> Any:
    """The document defaults' rPr (w:docDefaults/w:rPrDefault/w:rPr), created when missing."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    return rpr


def emphasis_dots(run: Any) -> None:
    """Mark a run with emphasis dots (w:em dot, 着重号), the East Asian way to emphasise."""
    rpr = run._r.get_or_add_rPr()
    em = rpr.find(qn("w:em"))
    if em is None:
        em = OxmlElement("w:em")
        rpr.insert_element_before(em, "w:lang", *_AFTER_LANG)
    em.set(qn("w:val"), "dot")


def shade_run(rpr: Any, fill: str) -> None:
    """Give text a background fill; LibreOffice ignores w:highlight in a style but shows this."""
    shd = rpr.find(qn("w:shd"))
    if shd is None:
        shd = OxmlElement("w:shd")
        rpr.insert_element_before(shd, *_AFTER_RUN_SHD)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def shade_cell(cell: _Cell, fill: str) -> None:
    """Fill a table cell with a solid colour (hex RGB)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = tc_pr.find(qn("w:shd"))
    if shd is None:
        shd = OxmlElement("w:shd")
        tc_pr.insert_element_before(shd, *_AFTER_SHD)
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)


def repeat_header(row: Any) -> None:
    """Mark a table row as a header row, repeated on each page."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    tr_pr.append(header)


def add_hyperlink(paragraph: Paragraph, target: str) -> Any:
    """Append an empty w:hyperlink to the paragraph; runs moved into it become the link."""
    link = OxmlElement("w:hyperlink")
    if target.startswith("#"):
        link.set(qn("w:anchor"), target[1:])
    else:
        r_id = paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True)
        link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def restart_numbering(document: Document, style_element: Any, start: int) -> int | None:
    """A new w:num for a list style's numbering that starts at `start`; its numId, or None."""
    num_pr = style_element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    num_id_el = num_pr.find(qn("w:numId")) if num_pr is not None else None
    if num_id_el is None:
        return None
    numbering = document.part.numbering_part.element
    try:
        num = numbering.num_having_numId(int(num_id_el.get(qn("w:val"))))
    except KeyError:
        return None
    new = numbering.add_num(num.abstractNumId.val)
    new.add_lvlOverride(ilvl=0).add_startOverride(start)
    return int(new.numId)


def set_num_id(paragraph: Paragraph, num_id: int) -> None:
    """Number the paragraph with the given numbering instance (level 0)."""
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


def add_font_fallbacks(document: Document, fallbacks: dict[str, tuple[str, str]]) -> None:
    """Declare fonts in fontTable.xml with an altName, so Word without them substitutes a near one."""
    from lxml import etree

    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.FONT_TABLE), None)
    if part is None:
        return
    root = etree.fromstring(part.blob)
    have = {f.get(qn("w:name")) for f in root.findall(qn("w:font"))}
    for name, (alt, family) in fallbacks.items():
        if name in have:
            continue
        font = etree.SubElement(root, qn("w:font"), {qn("w:name"): name})
        etree.SubElement(font, qn("w:altName"), {qn("w:val"): alt})
        etree.SubElement(font, qn("w:charset"), {qn("w:val"): "86"})  # GB2312: a Chinese font
        etree.SubElement(font, qn("w:family"), {qn("w:val"): family})
        etree.SubElement(font, qn("w:pitch"), {qn("w:val"): "variable"})
    # fontTable is a plain (non-XML) Part in python-docx: its bytes are all there is to replace.
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
