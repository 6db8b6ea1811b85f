"""Reading attributed quotes back out of a DOCX an editor may have changed.

Each quote drafter exports is the text between a comment's w:commentRangeStart and
w:commentRangeEnd, and the comment carries a tag `drafter:model/qid`. Runs also carry the
"Model Quote" character style, so a quote whose comment an editor deleted is still found
(with model and question unknown: the checker then looks for it in every answer).
Only zipfile and lxml are used, so `drafter check` stays quick to start.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drafter.draftfmt import QUOTE_PAIRS, FoundQuote
from drafter.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TAG = re.compile(r"drafter:([^\s/`]+)/([^\s`]+)")
QUOTE_STYLE_NAME = "Model Quote"
_OPENING = set(QUOTE_PAIRS.values()) | {'"', "'", "„", "‚"}
_CLOSING = set(QUOTE_PAIRS) | {'"', "'"}
# Deleted or moved-away text (tracked changes) is not what a reader sees.
_GONE = {W + "del", W + "moveFrom", _FALLBACK}
_CHARS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}


def comment_tag(model: str, question: str) -> str:
    """The machine tag each drafter comment carries."""
    return f"drafter:{model}/{question}"


def parse_comment_tag(text: str) -> tuple[str, str] | None:
    match = _TAG.search(text)
    return (match.group(1), match.group(2)) if match else None


@dataclass
class _Range:
    order: int
    paragraph: int
    parts: list[str] = field(default_factory=list)
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


def extract_docx_quotes(path: Path) -> list[FoundQuote]:
    """Every commented (or Model-Quote-styled) quote in the DOCX, in document order."""
    document, comments, styles = _read_parts(Path(path))
    walk = _Walk(tags=_comment_tags(comments), quote_style=_style_id(styles, QUOTE_STYLE_NAME))
    body = document.find(W + "body")
    if body is not None:
        _visit(body, walk, gone=False)
    return _found(walk)


def _read_parts(path: Path) -> tuple[Any, Any, Any]:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            read = [archive.read(n) if n in names else None
                    for n in ("word/document.xml", "word/comments.xml", "word/styles.xml")]
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(path, None, "not a readable Word .docx file", "save it from Word as .docx") from exc
    if read[0] is None:
        raise InputError(path, None, "has no word/document.xml, so it is not a Word document",
                         "save it from Word as .docx")
    try:
        return tuple(etree.fromstring(b, parser) if b is not None else None for b in read)  # type: ignore[return-value]
    except etree.XMLSyntaxError as exc:
        raise InputError(path, None, f"damaged Word XML: {exc}", "open and re-save it in Word") from exc


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


def _visit(element: Any, walk: _Walk, gone: bool) -> None:
    for child in element:
        tag = child.tag
        if tag == W + "p":
            _paragraph(child, walk, gone)
        elif tag == W + "r":
            _run(child, walk, gone)
        elif tag == W + "commentRangeStart":
            _start(str(child.get(W + "id")), walk)
        elif tag == W + "commentRangeEnd":
            _end(str(child.get(W + "id")), walk)
        elif isinstance(tag, str):
            _visit(child, walk, gone or tag in _GONE)


def _paragraph(p: Any, walk: _Walk, gone: bool) -> None:
    walk.paragraph += 1
    walk.texts.append("")
    for rng in walk.open.values():
        if rng.parts:
            rng.parts.append("\n")
    _visit(p, walk, gone)
    walk.orphan = None  # a styled quote does not run on into the next paragraph
    for rng in walk.open.values():
        if rng.paragraph == walk.paragraph:
            rng.first_paragraph_len = len("".join(rng.parts))


def _start(comment_id: str, walk: _Walk) -> None:
    if comment_id in walk.tags and comment_id not in walk.ranges:
        walk.order += 1
        walk.ranges[comment_id] = walk.open[comment_id] = _Range(walk.order, walk.paragraph)


def _end(comment_id: str, walk: _Walk) -> None:
    rng = walk.open.pop(comment_id, None)
    if rng is not None:
        rng.closed = True


def _run(r: Any, walk: _Walk, gone: bool) -> None:
    if gone:
        return
    text = "".join((c.text or "") if c.tag == W + "t" else _CHARS.get(c.tag, "") for c in r)
    if not text:
        return
    walk.texts[-1] += text
    for rng in walk.open.values():
        rng.parts.append(text)
    _track_style(r, text, walk)


def _track_style(r: Any, text: str, walk: _Walk) -> None:
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
    walk.orphan.parts.append(text)


def _found(walk: _Walk) -> list[FoundQuote]:
    found: list[tuple[int, FoundQuote]] = []
    for comment_id, tag in walk.tags.items():
        rng = walk.ranges.get(comment_id)
        if rng is None:  # the comment survived but its anchor did not
            found.append((10**9, FoundQuote(tag[0], tag[1], "", f"comment {comment_id} (no anchored text)",
                                            comment_id)))
            continue
        found.append((rng.order, FoundQuote(tag[0], tag[1], _range_text(rng), _where(rng, walk), comment_id)))
    for rng in walk.orphans:
        where = _where(rng, walk) + ", comment deleted"
        found.append((rng.order, FoundQuote("", "", _range_text(rng), where)))
    return [q for _, q in sorted(found, key=lambda pair: pair[0])]


def _range_text(rng: _Range) -> str:
    text = "".join(rng.parts)
    if not rng.closed and rng.first_paragraph_len is not None:
        text = text[:rng.first_paragraph_len]  # no end mark: take the quote's own paragraph only
    return strip_marks(text)


def strip_marks(text: str) -> str:
    """The quote without the quote marks around it."""
    text = text.strip()
    if text[:1] in _OPENING:
        text = text[1:]
    if text[-1:] in _CLOSING:
        text = text[:-1]
    return text


def _where(rng: _Range, walk: _Walk) -> str:
    n = rng.paragraph
    start = walk.texts[n].strip() if 0 < n < len(walk.texts) else ""
    snippet = start[:16] + ("…" if len(start) > 16 else "")
    return f"paragraph {n} ({snippet})" if snippet else f"paragraph {n}"
