"""Draft Markdown -> DOCX for editors: Word's built-in styles, one comment per attributed quote."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.draftfmt import front_matter, markdown_parser
from drafter.errors import InputError
from drafter.inputs.files import atomic_write_bytes
from drafter.lang import detect_language

if TYPE_CHECKING:
    from collections.abc import Callable

    from docx.document import Document
    from docx.text.paragraph import Paragraph

    from drafter.inputs.transcript import Transcript

_LANG_TAGS = {"zh": "zh-CN", "en": "en-US"}


def markdown_to_docx(markdown: str, out_path: Path, *, transcript: Transcript | None = None,
                     reference_docx: Path | None = None, page_size: str | None = None,
                     ledger_json: str | None = None) -> None:
    """Write the draft as a DOCX (atomically: a reader never sees half a file)."""
    atomic_write_bytes(out_path, docx_bytes(markdown, transcript=transcript, reference_docx=reference_docx,
                                            page_size=page_size, ledger_json=ledger_json))


def docx_bytes(markdown: str, *, transcript: Transcript | None = None, reference_docx: Path | None = None,
               page_size: str | None = None, ledger_json: str | None = None) -> bytes:
    """The draft as the bytes of a DOCX file."""
    document = build_document(markdown, transcript=transcript, reference_docx=reference_docx,
                              page_size=page_size, ledger_json=ledger_json)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def build_document(markdown: str, *, transcript: Transcript | None = None,
                   reference_docx: Path | None = None, page_size: str | None = None,
                   ledger_json: str | None = None, unverified: list[tuple[str, str]] | None = None) -> Document:
    """The draft as a python-docx Document, not yet saved. A house template keeps its page setup unless
    `page_size` is given; drafter's own template is A4 unless told otherwise."""
    from drafter.export.docx_comments import appendix_text, collect_notes, comment_text
    from drafter.export.docx_package import finish_package, unitalic_styles
    from drafter.export.docx_render import BlockRenderer
    from drafter.export.docx_styles import prepare_styles, set_page
    from drafter.export.docx_xml import xml_safe

    # Characters XML cannot hold are dropped once, up front; quote checks ignore them too.
    meta, body = front_matter(xml_safe(markdown))
    language = _language(meta, body, transcript)
    document = _open(reference_docx)
    styles = prepare_styles(document, language, own_template=reference_docx is None)
    if language == "zh":
        unitalic_styles(document)  # a house template's italic Quote would slant Chinese glyphs
    if reference_docx is None or page_size is not None:
        set_page(document, page_size or "A4", margins=reference_docx is None)
    tokens = markdown_parser().parse(body)
    notes = collect_notes(tokens)
    appendix = appendix_text(tokens)
    from drafter.export.docx_comments import quote_problem, unverified_text

    checked = transcript
    renderer = BlockRenderer(document, styles, notes,
                             lambda note: comment_text(note, language, transcript, appendix),
                             problem_for=(lambda note, text: quote_problem(note.tag, text, checked))
                             if checked is not None else None,
                             unverified_comment=lambda reason: unverified_text(reason, language),
                             prose_check=_prose_check(document, styles, checked, language))
    # YAML can decode an escape (\a, \u0007) in the front matter into a character XML cannot hold.
    title = xml_safe(str(meta.get("title") or "")).strip()
    if title and not any(t.type == "heading_open" and t.tag == "h1" for t in tokens):
        document.add_paragraph(title, style=styles.paragraph["Title"])
        renderer.has_title = True
    renderer.render(tokens)
    if unverified is not None:
        unverified.extend(renderer.unverified)  # (footnote, reason) of each quote written red
    _core_properties(document, meta, language, title)
    finish_package(document, language=language, ledger_json=ledger_json, own_template=reference_docx is None)
    return document


def _prose_check(document: Document, styles: Any, transcript: Transcript | None,
                 language: str) -> Callable[[Paragraph], list[tuple[str, str]]] | None:
    """The check of typed-in quotes (quoted text the prose credits to a model, without a footnote)."""
    if transcript is None:
        return None
    from drafter.export.docx_unverified import mark_typed_quotes

    checked = transcript
    return lambda paragraph: mark_typed_quotes(document, paragraph, checked, styles.unverified_run.style_id,
                                               styles.quote_run.style_id, language)


def _language(meta: dict[str, Any], body: str, transcript: Transcript | None) -> str:
    language = str(meta.get("language") or (transcript.language if transcript else "") or "").lower()
    return language if language in _LANG_TAGS else detect_language(body)


def _open(reference_docx: Path | None) -> Document:
    """python-docx's blank template, or the house template with its body (and comments) cleared."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.ns import qn

    if reference_docx is None:
        return docx.Document()
    try:
        document = docx.Document(str(reference_docx))
    except Exception as exc:  # python-docx raises several types for a bad package
        raise InputError(reference_docx, None, f"cannot use as a reference DOCX: {exc}",
                         "pass a .docx saved by Word (not .dotx or .doc)") from exc
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    for rel in document.part.rels.values():
        if rel.reltype == RT.COMMENTS:
            comments = rel.target_part.element
            for comment in list(comments):
                comments.remove(comment)
    return document


def _core_properties(document: Document, meta: dict[str, Any], language: str, title: str) -> None:
    from drafter.export.docx_xml import xml_safe

    props = document.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    keywords = meta.get("keywords") or []
    if isinstance(keywords, list | tuple):
        keywords = ", ".join(str(k) for k in keywords)
    props.title = xml_safe(title)
    props.author = xml_safe(str(meta.get("author") or ""))
    props.subject = xml_safe(str(meta.get("subject") or ""))
    props.keywords = xml_safe(str(keywords))
    props.language = _LANG_TAGS[language]
    props.comments = "Drafted by drafter: each model quote carries a comment with its source."
    props.last_modified_by = "drafter"
    props.created = props.modified = now
    props.revision = 1
