"""Guarding the LLM writer's prose: it may not type a quote, fake a footnote, or cite an unknown id.

A quote-marked span in prose that is a model's words (it stands in an answer, or a model's name
is right next to it) is removed, replaced by a visible placeholder, and counted as dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.inputs.transcript import Transcript
from drafter.quotes.match import normalize, verify_quote
from drafter.write.outline import Placeholder, QuoteRef, Segment

# Opening mark, text, closing mark; ‘…’ only with an opening ‘ so that apostrophes stay.
_MARKED = re.compile(r"“([^“”]{1,400})”|「([^「」]{1,400})」|『([^『』]{1,400})』|\"([^\"]{1,400})\"|‘([^‘’]{1,400})’")
_FOOTNOTE = re.compile(r"\[\^[^\]]*\]")
_TAG = re.compile(r"`[^`\s/]+/[^`\s]+`")
_AUTHOR = re.compile(r"〔作者：(.*?)〕|\[\[AUTHOR:\s*(.*?)\]\]")
NEAR = 24  # characters around a quote where a model's name makes it an attribution


@dataclass
class Sanitizer:
    """Turns the writer model's prose into safe segments; collects what it had to drop."""

    transcript: Transcript
    dropped_text: str
    dropped: list[QuoteRef] = field(default_factory=list)

    def prose(self, text: str) -> list[Segment]:
        """Prose segments with typed quotes replaced by a placeholder, author markers as placeholders."""
        text = _TAG.sub("", _FOOTNOTE.sub("", text))
        out: list[Segment] = []
        pos = 0
        for m in _MARKED.finditer(text):
            inner = next(g for g in m.groups() if g is not None)
            typed = self._typed(inner, text[max(0, m.start() - NEAR) : m.start()] + text[m.end() : m.end() + NEAR])
            if typed is None:
                continue
            out += _placeholders(text[pos : m.start()])
            out.append(Placeholder(self.dropped_text))
            self.dropped.append(typed)
            pos = m.end()
        out += _placeholders(text[pos:])
        return out

    def plain(self, text: str) -> str:
        """A headline or heading: typed quotes removed outright."""
        segs = self.prose(text)
        return "".join(s for s in segs if isinstance(s, str)).strip().lstrip("#").strip()

    def _typed(self, inner: str, around: str) -> QuoteRef | None:
        """A QuoteRef for a typed quote; None when the marks are the writer's own (a term, the question)."""
        if any(verify_quote(inner, q.text) for q in self.transcript.questions):
            return None  # the question as asked is the columnist's text, not a model's
        source = next(
            (a for a in self.transcript.answers if a.ok and len(normalize(inner)) >= 4 and verify_quote(inner, a.text)),
            None,
        )
        near = next((m for m in self.transcript.models() if m in around or self.transcript.label(m) in around), None)
        if source is not None:
            return QuoteRef(source.question, source.model, inner, note="typed into prose, not placed by id")
        if near is not None and len(normalize(inner)) >= 2:
            return QuoteRef("", near, inner, note="quote marks around a model's words in prose")
        return None


def _placeholders(text: str) -> list[Segment]:
    """Prose, with the author markers the model wrote (〔作者：…〕) turned into real placeholders."""
    out: list[Segment] = []
    pos = 0
    for m in _AUTHOR.finditer(text):
        if text[pos : m.start()]:
            out.append(text[pos : m.start()])
        out.append(Placeholder((m.group(1) or m.group(2) or "").strip()))
        pos = m.end()
    if text[pos:]:
        out.append(text[pos:])
    return out
