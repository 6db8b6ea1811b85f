"""Quoted text the prose attributes to a model, however it is styled: one finder for the gate, check and render.

A quote is text between quote marks (“…”, 「…」, 『…』, "…", ‘…’). It is attributed when its clause (the part
of the sentence between 。！？；!?; or a full stop) names a model by label or key, or, naming none, holds a
pronoun (它, 该模型, it, the model…) standing after a model named earlier in the paragraph. The clause's
first name wins: “模型丙同样与模型乙相左：“…”” quotes 模型丙, its subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.quotes.match import normalize, verify_quote

if TYPE_CHECKING:
    from drafter.inputs.transcript import Transcript

# Opening mark -> closing marks. Straight double quotes open and close alike.
_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’", "«": "»"}
_CLAUSE_END = re.compile(r"[。！？；;!?\n]|\.(?=\s|$)")
_PRONOUNS = re.compile(r"它|其|该模型|这个模型|此模型|\b(?:it|It|its|Its|the model|The model|this model|This model)\b")
# A quote introduced as speech: a colon, or a verb of saying (optionally with a comma) right before the mark.
_SPEECH = re.compile(r"(?:[：:]|(?:说|道|称|表示|写道|回答|答|直言|坦言|认为|强调|指出|提到|是|"
                     r"said|says|say|wrote|writes|replied|replies|answered|answers|put it|argued|argues|"
                     r"insisted|insists|noted|notes|added|adds)\s*[，,]?)\s*$")
# Quoted phrases shorter than this with no speech cue are the writer's scare quotes (“官方口径”, "tough love"),
# not claims about what a model said: they are noted when not in the answer, never failed.
MIN_UNCUED_CHARS = 8


@dataclass(frozen=True)
class Attributed:
    """Quoted text in a paragraph and the model the prose credits it to."""

    model: str
    text: str  # inside the marks
    start: int  # offset of the opening mark in the paragraph text
    end: int  # offset just after the closing mark
    cued: bool  # introduced as speech (a colon or a verb of saying)
    named: tuple[str, ...]  # every model the clause names, first the one credited
    by_pronoun: bool = False

    @property
    def is_claim(self) -> bool:
        """A claim about what a model said, not a scare-quoted phrase."""
        return self.cued or len(normalize(self.text)) >= MIN_UNCUED_CHARS


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each top-level quoted stretch, marks included."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        close = _PAIRS.get(ch)
        if close is None or (ch in "\"‘" and i > 0 and text[i - 1].isalnum() and text[i - 1].isascii()):
            i += 1
            continue
        end = _closing(text, i, ch, close)
        if end is None:
            i += 1
            continue
        spans.append((i, end + 1))
        i = end + 1
    return spans


def _closing(text: str, start: int, opening: str, close: str) -> int | None:
    depth = 0
    for j in range(start + 1, len(text)):
        ch = text[j]
        if ch == "\n" and opening in "\"‘":
            return None  # straight and single quotes never run over a line
        if ch == opening and opening != close:
            depth += 1
        elif ch == close:
            if close == "’" and j + 1 < len(text) and text[j + 1].isalpha() and text[j + 1].isascii():
                continue  # an apostrophe (don’t), not a closing mark
            if depth == 0:
                return j
            depth -= 1
    return None


def model_names(transcript: Transcript) -> dict[str, str]:
    """Every name the prose may use for a model (label and key) -> the model's key."""
    names: dict[str, str] = {}
    for key in transcript.models():
        names[key] = key
        label = transcript.label(key)
        if label:
            names[label] = key
    return names


def _name_pattern(names: dict[str, str]) -> re.Pattern[str] | None:
    parts = []
    for name in sorted(names, key=len, reverse=True):
        if not name.strip():
            continue
        escaped = re.escape(name)
        # A Latin name is a whole word ("Grok", not "Groks" or "grokking"); a Chinese one needs no boundary.
        parts.append(rf"(?<![A-Za-z0-9_]){escaped}(?![A-Za-z0-9_])" if name[:1].isascii() else escaped)
    return re.compile("|".join(parts)) if parts else None


def find_attributed(text: str, names: dict[str, str]) -> list[Attributed]:
    """Every quoted stretch of a paragraph whose clause names a model (or points back to one)."""
    spans = quote_spans(text)
    pattern = _name_pattern(names)
    if not spans or pattern is None:
        return []
    masked = _mask(text, spans)
    mentions = [(m.start(), names[m.group(0)]) for m in pattern.finditer(masked)]
    found: list[Attributed] = []
    for start, end in spans:
        clause_start, clause_end = _clause(masked, start, end)
        named = _unique([model for pos, model in mentions if clause_start <= pos < clause_end])
        by_pronoun = False
        if not named and _PRONOUNS.search(masked[clause_start:clause_end]):
            earlier = [model for pos, model in mentions if pos < clause_start]
            named, by_pronoun = ([earlier[-1]], True) if earlier else ([], False)
        if not named:
            continue
        cued = bool(_SPEECH.search(masked[clause_start:start]))
        found.append(Attributed(named[0], text[start + 1:end - 1], start, end, cued, tuple(named), by_pronoun))
    return found


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted stretches blanked, so marks and names inside quotes are not the prose's."""
    chars = list(text)
    for start, end in spans:
        for i in range(start + 1, end - 1):
            chars[i] = "\u3000" if chars[i] != "\n" else "\n"
    return "".join(chars)


def _clause(masked: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _CLAUSE_END.finditer(masked, 0, start)]
    after = _CLAUSE_END.search(masked, end)
    return (before[-1] if before else 0), (after.start() if after else len(masked))


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def answers_holding(text: str, transcript: Transcript) -> list[str]:
    """The models whose own answers (replies aside) hold the quote."""
    return _unique([a.model for a in transcript.answers
                    if a.source != "reply" and a.text and verify_quote(text, a.text)])


def misattribution(model: str, text: str, transcript: Transcript) -> str | None:
    """Why a quote the prose credits to `model` is not that model's words, or None when it is."""
    if any(a.model == model and a.text and verify_quote(text, a.text) for a in transcript.answers):
        return None
    label = transcript.label(model)
    others = [m for m in answers_holding(text, transcript) if m != model]
    if others:
        owners = " and ".join(f"{transcript.label(m)}'s" for m in others)
        return f"in {owners} answer, not {label}'s"
    return f"not in {label}'s answer"
