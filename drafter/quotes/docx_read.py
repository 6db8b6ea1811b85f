"""Reading a DOCX an editor may have changed: quotes with their provenance, paragraphs, tracked changes.

Each quote drafter exports is the text between a comment's w:commentRangeStart and w:commentRangeEnd.
The comment names the model and the question in a sentence ("引自模型甲（alpha）对 q1 的回答") and in a
hidden machine tag `drafter:model/qid`; either is enough. Runs also carry the "Model Quote" character
style, so a quote whose comment an editor deleted is still found (with model and question unknown).
Tracked changes are read as Word means them: w:ins and w:del (and moves) with author and date.
Strict OOXML (ISO 29500 Strict, another namespace) reads like Transitional.
Only zipfile and lxml are used, so `drafter check` stays quick to start.
"""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.draftfmt import QUOTE_PAIRS
from drafter.errors import InputError
from drafter.quotes.document import DocQuote, DraftDocument, Paragraph, Revision

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_STRICT = "{http://purl.oclc.org/ooxml/wordprocessingml/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
LEDGER_NS = "urn:drafter:quote-ledger:1"
_TAG = re.compile(r"drafter:([^\s/`]+)/([^\s`]+)")
# The provenance sentence drafter writes (docx_comments.provenance_sentence), read back when the hidden tag is lost.
_SENTENCE = (re.compile(r"[（(]([^\s（）()]+)[）)]对问题 ?(\S+?) ?的回答"),
             re.compile(r"\(([^\s()]+)\), (?:its )?answer to (\S+?)[.,;]"))
QUOTE_STYLE_NAME = "Model Quote"
_OPENING = set(QUOTE_PAIRS.values()) | {'"', "'", "„", "‚"}
_CLOSING = set(QUOTE_PAIRS) | {'"', "'"}
_DELETED = {W + "del", W + "moveFrom"}
_INSERTED = {W + "ins", W + "moveTo"}
_CHARS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}


def comment_tag(model: str, question: str) -> str:
    """The machine tag each drafter comment carries (hidden from print)."""
    return f"drafter:{model}/{question}"


def parse_comment_tag(text: str) -> tuple[str, str] | None:
    """(model, question) from a drafter comment: its machine tag, or else its provenance sentence."""
    match = _TAG.search(text)
    if match:
        return match.group(1), match.group(2)
    for pattern in _SENTENCE:
        found = pattern.search(text)
        if found:
            return found.group(1), found.group(2)
    return None


@dataclass
class _Range:
    order: int
    paragraph: int
    parts: list[tuple[str, Revision | None]] = field(default_factory=list)
    closed: bool = False
    first_paragraph_len: int | None = None


@dataclass
class _Walk:
    """State while walking the body in document order."""

    tags: dict[str, tuple[str, str]]
    quote_style: str | None
    paragraph: int = 0
    order: int = 0
    open: dict[str, _Range] = field(default_factory=dict)
    ranges: dict[str, _Range] = field(default_factory=dict)
    orphans: list[_Range] = field(default_factory=list)
    orphan: _Range | None = None
    texts: list[str] = field(default_factory=lambda: [""])
    page_breaks: set[int] = field(default_factory=set)


def extract_docx_quotes(path: Path) -> list[DocQuote]:
    """Every commented (or Model-Quote-styled) quote in the DOCX, in document order."""
    return read_docx(Path(path)).quotes


def read_docx(path: Path, appendix_heading: str = "") -> DraftDocument:
    """Quotes, column paragraphs and appendix text of a DOCX."""
    parts = _read_parts(Path(path))
    document, comments, styles = parts["word/document.xml"], parts["word/comments.xml"], parts["word/styles.xml"]
    walk = _Walk(tags=_comment_tags(comments), quote_style=_style_id(styles, QUOTE_STYLE_NAME))
    body = document.find(W + "body")
    if body is not None:
        _visit(body, walk, None)
    start = _appendix_start(walk, appendix_heading)
    draft = DraftDocument(path=path, kind="docx", has_comments=bool(walk.tags),
                          has_quote_style=walk.quote_style is not None)
    draft.quotes = [q for q in _found(walk) if q.paragraph < start]
    draft.column = [Paragraph(n, _where_paragraph(n, walk), walk.texts[n]) for n in range(1, min(start,
                                                                                                   len(walk.texts)))]
    draft.appendix = "\n".join(walk.texts[start:])
    draft.embedded_ledger = parts.get("ledger")
    return draft


def _appendix_start(walk: _Walk, heading: str) -> int:
    """The first paragraph of the appendix: the ledger's appendix heading, else drafter's page break."""
    if heading:
        for n, text in enumerate(walk.texts):
            if n and text.strip() == heading:
                return n
    return min(walk.page_breaks, default=len(walk.texts))


def _read_parts(path: Path) -> dict[str, Any]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    wanted = ("word/document.xml", "word/comments.xml", "word/styles.xml")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            read = {n: archive.read(n) if n in names else None for n in wanted}
            custom = [archive.read(n) for n in names if n.startswith("customXml/item") and "Props" not in n]
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(path, None, "not a readable Word .docx file", "save it from Word as .docx") from exc
    if read["word/document.xml"] is None:
        raise InputError(path, None, "has no word/document.xml, so it is not a Word document",
                         "save it from Word as .docx")
    try:
        parts: dict[str, Any] = {n: _transitional(etree.fromstring(b, parser)) if b is not None else None
                                 for n, b in read.items()}
    except etree.XMLSyntaxError as exc:
        raise InputError(path, None, f"damaged Word XML: {exc}", "open and re-save it in Word") from exc
    parts["ledger"] = _embedded_ledger(custom, parser)
    return parts


def _transitional(root: Any) -> Any:
    """A Strict OOXML part renamed into the Transitional namespace (the two differ in names, not structure)."""
    if not str(root.tag).startswith(_STRICT):
        return root
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(_STRICT):
            element.tag = W + element.tag[len(_STRICT):]
        for name in [a for a in element.attrib if a.startswith(_STRICT)]:
            element.attrib[W + name[len(_STRICT):]] = element.attrib.pop(name)
    return root


def _embedded_ledger(custom: list[bytes], parser: Any) -> dict[str, Any] | None:
    """The quote ledger drafter stores in a custom XML part, when the document still has it."""
    from lxml import etree

    for blob in custom:
        try:
            root = etree.fromstring(blob, parser)
        except etree.XMLSyntaxError:
            continue
        if root.tag == f"{{{LEDGER_NS}}}ledger" and root.text:
            try:
                data = json.loads(root.text)
            except json.JSONDecodeError:
                return None
            return data if isinstance(data, dict) else None
    return None


def _comment_tags(comments: Any) -> dict[str, tuple[str, str]]:
    tags: dict[str, tuple[str, str]] = {}
    if comments is None:
        return tags
    for comment in comments.iter(W + "comment"):
        text = "".join(t.text or "" for t in comment.iter(W + "t"))
        tag = parse_comment_tag(text)
        if tag is not None:
            tags[str(comment.get(W + "id"))] = tag
    return tags


def _style_id(styles: Any, name: str) -> str | None:
    if styles is None:
        return None
    for style in styles.iter(W + "style"):
        name_el = style.find(W + "name")
        if name_el is not None and name_el.get(W + "val") == name:
            return str(style.get(W + "styleId"))
    return None


def _revision(element: Any, kind: str) -> Revision:
    return Revision(kind, str(element.get(W + "author") or ""), str(element.get(W + "date") or ""), "")


def _visit(element: Any, walk: _Walk, change: Revision | None) -> None:
    for child in element:
        tag = child.tag
        if tag == W + "p":
            _paragraph(child, walk, change)
        elif tag == W + "r":
            _run(child, walk, change)
        elif tag == W + "commentRangeStart":
            _start(str(child.get(W + "id")), walk)
        elif tag == W + "commentRangeEnd":
            _end(str(child.get(W + "id")), walk)
        elif tag in _DELETED:
            _visit(child, walk, _revision(child, "deleted"))
        elif tag in _INSERTED:
            _visit(child, walk, _revision(child, "inserted"))
        elif tag == _FALLBACK or tag in (W + "pPr", W + "rPr", W + "sectPr"):
            continue  # a Fallback repeats its Choice; properties hold no text
        elif isinstance(tag, str):
            _visit(child, walk, change)


def _paragraph(p: Any, walk: _Walk, change: Revision | None) -> None:
    walk.paragraph += 1
    walk.texts.append("")
    if p.find(f"{W}pPr/{W}pageBreakBefore") is not None:
        walk.page_breaks.add(walk.paragraph)
    for rng in walk.open.values():
        if rng.parts:
            rng.parts.append(("\n", None))
    _visit(p, walk, change)
    walk.orphan = None  # a styled quote does not run on into the next paragraph
    for rng in walk.open.values():
        if rng.paragraph == walk.paragraph:
            rng.first_paragraph_len = len(rng.parts)


def _start(comment_id: str, walk: _Walk) -> None:
    if comment_id in walk.tags and comment_id not in walk.ranges:
        walk.order += 1
        walk.ranges[comment_id] = walk.open[comment_id] = _Range(walk.order, walk.paragraph)


def _end(comment_id: str, walk: _Walk) -> None:
    rng = walk.open.pop(comment_id, None)
    if rng is not None:
        rng.closed = True


def _run(r: Any, walk: _Walk, change: Revision | None) -> None:
    text = "".join((c.text or "") if c.tag in (W + "t", W + "delText") else _CHARS.get(c.tag, "") for c in r)
    if not text:
        return
    if change is not None:
        change = Revision(change.kind, change.author, change.date, text)
    if change is None or change.kind != "deleted":
        walk.texts[-1] += text  # a paragraph's text as it will read once the changes are accepted
    for rng in walk.open.values():
        rng.parts.append((text, change))
    _track_style(r, text, change, walk)


def _track_style(r: Any, text: str, change: Revision | None, walk: _Walk) -> None:
    """Collect runs in the quote style that no drafter comment covers (the comment was deleted)."""
    style = r.find(f"{W}rPr/{W}rStyle")
    styled = walk.quote_style is not None and style is not None and style.get(W + "val") == walk.quote_style
    if not styled or walk.open:
        walk.orphan = None
        return
    if walk.orphan is None:
        walk.order += 1
        walk.orphan = _Range(walk.order, walk.paragraph, closed=True)
        walk.orphans.append(walk.orphan)
    walk.orphan.parts.append((text, change))


def _found(walk: _Walk) -> list[DocQuote]:
    found: list[tuple[int, DocQuote]] = []
    for comment_id, tag in walk.tags.items():
        rng = walk.ranges.get(comment_id)
        if rng is None:  # the comment survived but its anchor did not
            found.append((10**9, DocQuote(tag[0], tag[1], "", f"comment {comment_id} (no anchored text)",
                                          comment_id, paragraph=0)))
            continue
        found.append((rng.order, _quote(rng, walk, tag[0], tag[1], comment_id, "comment")))
    for rng in walk.orphans:
        quote = _quote(rng, walk, "", "", "", "style")
        quote.where += ", comment deleted"
        found.append((rng.order, quote))
    return [q for _, q in sorted(found, key=lambda pair: pair[0])]


def _quote(rng: _Range, walk: _Walk, model: str, question: str, ref: str, source: str) -> DocQuote:
    parts = rng.parts if rng.closed or rng.first_paragraph_len is None else rng.parts[:rng.first_paragraph_len]
    now = strip_marks("".join(t for t, c in parts if c is None or c.kind != "deleted"))
    revisions = _merge([c for _, c in parts if c is not None])
    original = strip_marks("".join(t for t, c in parts if c is None or c.kind != "inserted")) if revisions else None
    return DocQuote(model, question, now, _where_paragraph(rng.paragraph, walk), ref, paragraph=rng.paragraph,
                    source=source, original=original, revisions=revisions)


def _merge(changes: list[Revision]) -> list[Revision]:
    """Adjacent runs of one change (same kind, author, date) as one revision with their joined text."""
    merged: list[Revision] = []
    for change in changes:
        last = merged[-1] if merged else None
        if last is not None and (last.kind, last.author, last.date) == (change.kind, change.author, change.date):
            merged[-1] = Revision(last.kind, last.author, last.date, last.text + change.text)
        else:
            merged.append(change)
    return merged


def strip_marks(text: str) -> str:
    """The quote without the quote marks around it."""
    text = text.strip()
    if text[:1] in _OPENING:
        text = text[1:]
    if text[-1:] in _CLOSING:
        text = text[:-1]
    return text


def _where_paragraph(n: int, walk: _Walk) -> str:
    start = walk.texts[n].strip() if 0 < n < len(walk.texts) else ""
    snippet = start[:16] + ("…" if len(start) > 16 else "")
    return f"paragraph {n} ({snippet})" if snippet else f"paragraph {n}"
