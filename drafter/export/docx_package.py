"""A clean Word package: true app.xml counts, no template thumbnail, current compatibility mode, the
draft's East Asian language in settings and theme, and the quote ledger in a custom XML part.

python-docx starts from a Word 2010 for Mac template: its app.xml says "Microsoft Macintosh Word" and
0 words, it carries the template's thumbnail and a bibliography custom XML item, and its settings ask
for compatibility mode 14 with Japanese as the theme's East Asian language.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from drafter.quotes.docx_read import LEDGER_NS

if TYPE_CHECKING:
    from docx.document import Document

COMPATIBILITY_MODE = "15"  # Word 2013 and later: no "[Compatibility Mode]" in the title bar
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_LANGS = {"zh": "zh-CN", "en": "en-US"}
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*")
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def finish_package(document: Document, *, language: str, ledger_json: str | None, own_template: bool) -> None:
    """Everything about the package that is not the text: see the module docstring."""
    _drop_thumbnail(document)
    _drop_stale_parts(document)
    _settings(document, language)
    if own_template:
        _theme_fonts(document, language)
    if ledger_json is not None:
        embed_ledger(document, ledger_json)
    _app_properties(document)


def _drop_thumbnail(document: Document) -> None:
    rels = document.part.package.rels
    for r_id in [r for r, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
        del rels[r_id]


def _drop_stale_parts(document: Document) -> None:
    """Word 2010's stylesWithEffects copy and the template's bibliography item: dead weight, out of date."""
    rels = document.part.rels
    for r_id, rel in list(rels.items()):
        stale_item = rel.reltype == RT.CUSTOM_XML and b"bibliography" in rel.target_part.blob[:400]
        if rel.reltype == _STYLES_WITH_EFFECTS or stale_item:
            del rels[r_id]


def _settings(document: Document, language: str) -> None:
    settings = document.settings.element
    preview = settings.find(qn("w:savePreviewPicture"))
    if preview is not None:
        settings.remove(preview)  # Word would save a new thumbnail of page one into the file
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = OxmlElement("w:compat")
        settings.append(compat)
    mode = next((s for s in compat.findall(qn("w:compatSetting")) if s.get(qn("w:name")) == "compatibilityMode"),
                None)
    if mode is None:
        mode = OxmlElement("w:compatSetting")
        mode.set(qn("w:name"), "compatibilityMode")
        mode.set(qn("w:uri"), "http://schemas.microsoft.com/office/word")
        compat.append(mode)
    mode.set(qn("w:val"), COMPATIBILITY_MODE)
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        # Chinese, not the template's Japanese: an English draft's Chinese words get Chinese glyphs too.
        theme_lang.set(qn("w:val"), _LANGS["en"])
        theme_lang.set(qn("w:eastAsia"), _LANGS["zh"])


def _theme_fonts(document: Document, language: str) -> None:
    """The theme's East Asian fonts: Chinese ones (the template names Japanese ones for script Jpan)."""
    from lxml import etree

    from drafter.export.docx_styles import BODY_FONTS, HEADING_FONTS

    part = next((r.target_part for r in document.part.rels.values() if r.reltype == RT.THEME), None)
    if part is None:
        return
    root = etree.fromstring(part.blob)
    for scheme, fonts in (("majorFont", HEADING_FONTS), ("minorFont", BODY_FONTS)):
        font = root.find(f".//{_A}{scheme}")
        if font is None:
            continue
        east_asian = font.find(f"{_A}ea")
        if east_asian is not None:
            east_asian.set("typeface", fonts[1] if language == "zh" else "")
        hans = next((f for f in font.findall(f"{_A}font") if f.get("script") == "Hans"), None)
        if hans is not None:
            hans.set("typeface", fonts[1])
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def embed_ledger(document: Document, ledger_json: str) -> None:
    """The quote ledger as a custom XML part, so check finds it when quotes.json did not travel with the file."""
    from xml.sax.saxutils import escape

    package = document.part.package
    n = 1
    taken = {str(p.partname) for p in package.iter_parts()}
    while f"/customXml/item{n}.xml" in taken:
        n += 1
    item_xml = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                f'<ledger xmlns="{LEDGER_NS}">{escape(ledger_json)}</ledger>').encode()
    item = Part(PackURI(f"/customXml/item{n}.xml"), "application/xml", item_xml, package)
    props_xml = (f"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
                 f'<ds:datastoreItem ds:itemID="{{{str(uuid.uuid4()).upper()}}}" '
                 f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
                 f'<ds:schemaRefs><ds:schemaRef ds:uri="{LEDGER_NS}"/></ds:schemaRefs></ds:datastoreItem>'
                 ).encode()
    props = Part(PackURI(f"/customXml/itemProps{n}.xml"), _PROPS_TYPE, props_xml, package)
    item.relate_to(props, _CUSTOM_XML_PROPS)
    document.part.relate_to(item, RT.CUSTOM_XML)


def count_words(text: str) -> int:
    """Words as Word counts them: each Chinese character is a word, and so is each run of Latin letters."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F") and ch.isalnum())
    latin = _LATIN_WORD.findall("".join(" " if unicodedata.east_asian_width(ch) in ("W", "F") else ch
                                        for ch in text))
    return wide + len(latin)


def _body_text(document: Document) -> list[str]:
    body = document.element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def _app_properties(document: Document) -> None:
    """docProps/app.xml with drafter as the application and the document's real counts."""
    from xml.sax.saxutils import escape

    paragraphs = [p for p in _body_text(document) if p.strip()]
    text = "\n".join(paragraphs)
    fields = {
        "Template": "Normal.dotm", "TotalTime": "0", "Words": str(count_words(text)),
        "Characters": str(sum(1 for ch in text if not ch.isspace())), "Application": "drafter",
        "DocSecurity": "0", "Lines": str(len(paragraphs)), "Paragraphs": str(len(paragraphs)),
        "ScaleCrop": "false", "Company": "", "LinksUpToDate": "false",
        "CharactersWithSpaces": str(len(text.replace("\n", ""))), "SharedDoc": "false",
        "HyperlinksChanged": "false",
    }
    body = "".join(f"<{k}>{escape(v)}</{k}>" if v else f"<{k}/>" for k, v in fields.items())
    xml = ("<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{body}</Properties>')
    package = document.part.package
    rel = next((r for r in package.rels.values() if r.reltype == RT.EXTENDED_PROPERTIES), None)
    if rel is None:
        part = Part(PackURI("/docProps/app.xml"),
                    "application/vnd.openxmlformats-officedocument.extended-properties+xml", xml.encode(), package)
        package.relate_to(part, RT.EXTENDED_PROPERTIES)
    else:
        rel.target_part._blob = xml.encode("utf-8")


def unitalic_styles(document: Document) -> list[str]:
    """Chinese has no italic (Word slants the glyphs): turn italic off in every style; the names changed."""
    changed = []
    for style in document.styles:
        element: Any = style.element
        rpr = element.find(qn("w:rPr"))
        if rpr is None:
            continue
        for tag in ("w:i", "w:iCs"):
            italic = rpr.find(qn(tag))
            if italic is not None and italic.get(qn("w:val")) not in ("0", "false"):
                italic.set(qn("w:val"), "0")
                if style.name not in changed:
                    changed.append(str(style.name))
    return changed
