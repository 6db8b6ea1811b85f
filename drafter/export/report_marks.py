"""An answer's Markdown as safe HTML, with the quoted spans marked.

Answers are untrusted: markdown-it-py renders them with raw HTML off, images off, and links limited to
http, https and mailto. Quoted spans are located in the answer text (whitespace aside, as the quote gate
does), fenced with private-use sentinels before rendering, and the sentinels become `<mark>` elements after.
Overlapping quotes are cut into segments, so marks never nest; a mark that crosses a block is split there.
"""

from __future__ import annotations

import html
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from drafter.quotes.match import Span, locate, normalize, split_spans

_OPEN, _CLOSE, _END_ID = "\ue000", "\ue001", "\ue002"
_DIGIT0 = 0xE010  # segment numbers are written with ten private-use "digits"
_SENTINELS = re.compile("[\ue000-\ue0ff]")
_TOKEN = re.compile("(<[^>]*>)|\ue000([\ue010-\ue019]+)\ue002|(\ue001)")
# Bidirectional overrides and isolates can make an answer display as something it does not say:
# they are shown as visible codes, never applied.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
_MARKUP = re.compile(r"[*_`~]")
_EMPTY_MARK = re.compile(r"<mark [^>]*></mark>")
_SAFE_SCHEMES = ("http:", "https:", "mailto:")


@dataclass
class Rendered:
    html: str
    missing: list[str] = field(default_factory=list)  # mark ids whose quote is not in the answer


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table").disable("image")  # an image would load from the network when the page opens
    md.validateLink = _safe_link  # type: ignore[method-assign]  # markdown-it-py documents this override
    return md


def _safe_link(url: str) -> bool:
    return url.strip().lower().startswith(_SAFE_SCHEMES)


def clean_text(text: str) -> str:
    """The answer as located against: NFC, with our sentinel range replaced so an answer cannot forge marks."""
    return _SENTINELS.sub("\ufffd", unicodedata.normalize("NFC", text))


def render_answer(text: str, quotes: list[tuple[str, str]]) -> Rendered:
    """HTML for one answer; `quotes` pairs a quote with the id its mark carries (one id may have many quotes)."""
    text = clean_text(text)
    intervals, missing = _locate_all(text, quotes)
    fenced, segments = _fence(text, intervals)
    body = _parser().render(fenced)
    return Rendered(_unfence(body, segments), missing)


def _locate_all(text: str, quotes: list[tuple[str, str]]) -> tuple[list[tuple[int, int, str]], list[str]]:
    intervals: list[tuple[int, int, str]] = []
    missing: list[str] = []
    for quote, mark_id in quotes:
        parts = split_spans(quote)
        spans = [locate(part, text) or _locate_loose(part, text) for part in parts]
        if not parts or any(span is None for span in spans):
            missing.append(mark_id)
            continue
        intervals.extend((span.start, span.end, mark_id) for span in spans if span is not None)
    return intervals, missing


def _locate_loose(fragment: str, text: str) -> Span | None:
    """Like `locate`, also skipping Markdown emphasis marks: a quote of the words, not of the asterisks."""
    target = normalize(_MARKUP.sub("", fragment))
    kept = [i for i, ch in enumerate(text) if normalize(ch) and not _MARKUP.match(ch)]
    flat = "".join(normalize(text[i]) for i in kept)
    found = flat.find(target) if target else -1
    if found < 0:
        return None
    return Span(kept[found], kept[found + len(target) - 1] + 1)


def _fence(text: str, intervals: list[tuple[int, int, str]]) -> tuple[str, list[list[str]]]:
    """The text with a sentinel pair around each segment covered by one set of mark ids."""
    bounds = sorted({0, len(text), *(s for s, _, _ in intervals), *(e for _, e, _ in intervals)})
    pieces: list[str] = []
    segments: list[list[str]] = []
    for start, end in itertools.pairwise(bounds):
        ids = sorted({mid for s, e, mid in intervals if s <= start and end <= e})
        chunk = text[start:end]
        if not ids:
            pieces.append(chunk)
            continue
        number = "".join(chr(_DIGIT0 + int(d)) for d in str(len(segments)))
        segments.append(ids)
        pieces.append(f"{_OPEN}{number}{_END_ID}{chunk}{_CLOSE}")
    return "".join(pieces), segments


def _mark_open(ids: list[str]) -> str:
    classes = "q in-draft" if "draft" in ids else "q"
    return f'<mark class="{classes}" data-q="{html.escape(" ".join(ids))}">'


def _unfence(body: str, segments: list[list[str]]) -> str:
    out: list[str] = []
    current: list[str] | None = None
    pos = 0
    for match in _TOKEN.finditer(body):
        out.append(_visible_text(body[pos:match.start()]))
        pos = match.end()
        tag, number, close = match.groups()
        if tag is not None:
            tag = _safe_tag(_SENTINELS.sub("", tag))
            # a mark may not cross an element boundary: close it before the tag and reopen after
            out.append(f"</mark>{tag}{_mark_open(current)}" if current is not None else tag)
        elif number is not None:
            current = segments[int("".join(str(ord(ch) - _DIGIT0) for ch in number))]
            out.append(_mark_open(current))
        elif close is not None and current is not None:
            out.append("</mark>")
            current = None
    out.append(_visible_text(body[pos:]))
    if current is not None:
        out.append("</mark>")
    return _EMPTY_MARK.sub("", "".join(out))


def _safe_tag(tag: str) -> str:
    """Links from answers leave no referrer and open nothing in this page's context."""
    if tag.startswith("<a "):
        return tag.replace("<a ", '<a rel="noopener noreferrer nofollow" referrerpolicy="no-referrer" ', 1)
    return tag


def _visible_text(text: str) -> str:
    text = _SENTINELS.sub("", text)
    return _BIDI.sub(lambda m: f'<span class="ctl" title="hidden control character">[U+{ord(m.group()):04X}]</span>',
                     text)
