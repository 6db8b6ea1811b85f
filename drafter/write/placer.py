"""Placing quotes: a QuoteRef becomes the answer's own words in quote marks plus a footnote ref."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from drafter.draftfmt import escape_md, quote_before
from drafter.inputs.transcript import Transcript
from drafter.quotes.cuts import cut_problem
from drafter.quotes.match import canonical, verify_quote
from drafter.write.outline import QuoteRef
from drafter.write.typography import HAN

# The writer's prose supplies the sentence's punctuation, so a quote's own trailing comma or full
# stop is left out (the rest is still a verbatim span); ? and ! carry meaning and stay.
_TRAILING = re.compile(r"[\s。，、；：,;:]+$|(?<![.])(?<!\.[A-Z])\.$")
_LEADING = re.compile(r"^[\s。，、；：,;:.]+")
_CJK_BREAK = re.compile(rf"(?<=[{HAN}，。、；：？！”」）])\s*\n\s*(?=[{HAN}“「（])")


@dataclass
class Footnote:
    number: int
    model: str
    question: str
    text: str


@dataclass
class QuotePlacer:
    """Verifies each ref against the transcript, numbers footnotes, and keeps the dropped refs."""

    transcript: Transcript
    marks: tuple[str, str]
    alt_marks: tuple[str, str] | None = None
    footnotes: list[Footnote] = field(default_factory=list)
    dropped: list[QuoteRef] = field(default_factory=list)
    placed: int = 0

    def place(self, ref: QuoteRef) -> str | None:
        """Markdown for the quote, or None (and the ref is recorded as dropped)."""
        answer = self.transcript.answer(ref.question, ref.model)
        if answer is None or not answer.ok:
            return self._drop(ref, "no answer from this model to this question")
        text = canonical(ref.text, answer.text)
        if text is None:
            return self._drop(ref, "not a verbatim span of the answer")
        shown = _trim(text)
        if not shown or not verify_quote(shown, answer.text):
            return self._drop(ref, "nothing left to quote after trimming punctuation")
        if why := cut_problem(shown, answer.text):
            return self._drop(ref, why)  # '会扩大' lifted out of '不会扩大': `drafter check` would fail it
        marks = self._marks_for(shown)
        if marks is None:
            return self._drop(ref, "the quote's own quote marks cannot be nested")
        number = self._footnote(ref.model, ref.question, shown)
        self.placed += 1
        return f"{marks[0]}{escape_md(_join_cjk_lines(shown))}{marks[1]}[^{number}]"

    def _drop(self, ref: QuoteRef, why: str) -> str | None:
        """Record the ref as dropped; None for the caller to return."""
        self.dropped.append(replace(ref, note=ref.note or why))
        return None

    def _marks_for(self, text: str) -> tuple[str, str] | None:
        """The template's marks, or its alternative when the quote's own marks would confuse a reader."""
        flat = " ".join(text.split())
        for marks in (self.marks, self.alt_marks):
            if marks and quote_before(f"{marks[0]}{flat}{marks[1]}") == flat:
                return marks
        return None

    def _footnote(self, model: str, question: str, text: str) -> int:
        for note in self.footnotes:
            if (note.model, note.question, note.text) == (model, question, text):
                return note.number
        self.footnotes.append(Footnote(len(self.footnotes) + 1, model, question, text))
        return len(self.footnotes)


def _trim(text: str) -> str:
    return _LEADING.sub("", _TRAILING.sub("", text.strip()))


def ends_with_stop(markdown_quote: str) -> bool:
    """Whether a placed quote ends in ? or ! inside its marks (the prose then needs no full stop)."""
    body = markdown_quote.rsplit("[^", 1)[0]
    return len(body) >= 2 and body[-2] in "？！?!…"


def _join_cjk_lines(text: str) -> str:
    """A line break between Chinese characters is no space (escape_md would turn it into one)."""
    return _CJK_BREAK.sub("", text)
