"""The intermediate draft: blocks of prose, placeholders and quote references (never quote text).

A writer (offline or LLM) produces an `Outline`; `drafter.write.render` turns it into Markdown,
replacing each `QuoteRef` with the answer's own words. The outline is plain data so that it can
sit in graph state and be saved as JSON (`to_data` / `outline_from_data`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class QuoteRef:
    """A span of one model's answer to one question; `…` may join spans, in order."""

    question: str
    model: str
    text: str
    note: str = ""  # why it was dropped, when it was


@dataclass(frozen=True)
class Placeholder:
    """Text for the author to replace (rendered as 〔作者：…〕 or [[AUTHOR: …]])."""

    text: str


Segment = str | QuoteRef | Placeholder


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2


@dataclass(frozen=True)
class Paragraph:
    segments: tuple[Segment, ...]
    verbatim: bool = False  # the author's own text (from the topic body): no typesetting, no escaping


@dataclass(frozen=True)
class Bullets:
    items: tuple[tuple[Segment, ...], ...]


Block = Heading | Paragraph | Bullets


@dataclass
class Outline:
    """What the writer decided to say, in order; the headline is the `# ` line."""

    title: str
    language: str
    style: str
    blocks: list[Block] = field(default_factory=list)
    engine: str = "offline"
    dropped: list[QuoteRef] = field(default_factory=list)  # refs the writer itself had to drop
    notes: list[str] = field(default_factory=list)  # for run.json: length retries, fallbacks
    statements: list[Any] = field(default_factory=list)  # write.statements.Statement: checked before export

    def quote_refs(self) -> list[QuoteRef]:
        """Every quote reference in the outline, in order."""
        out: list[QuoteRef] = []
        for block in self.blocks:
            for segments in _segment_lists(block):
                out.extend(s for s in segments if isinstance(s, QuoteRef))
        return out

    def to_data(self) -> dict[str, Any]:
        """JSON-ready form (graph state, debugging dumps)."""
        return {
            "title": self.title,
            "language": self.language,
            "style": self.style,
            "engine": self.engine,
            "blocks": [_block_data(b) for b in self.blocks],
            "dropped": [_segment_data(d) for d in self.dropped],
            "notes": list(self.notes),
        }


def _segment_lists(block: Block) -> list[tuple[Segment, ...]]:
    if isinstance(block, Paragraph):
        return [block.segments]
    if isinstance(block, Bullets):
        return list(block.items)
    return []


def _segment_data(seg: Segment) -> Any:
    if isinstance(seg, str):
        return seg
    if isinstance(seg, QuoteRef):
        return {"quote": {"question": seg.question, "model": seg.model, "text": seg.text, "note": seg.note}}
    return {"placeholder": seg.text}


def _block_data(block: Block) -> dict[str, Any]:
    if isinstance(block, Heading):
        return {"heading": block.text, "level": block.level}
    if isinstance(block, Paragraph):
        return {"paragraph": [_segment_data(s) for s in block.segments], "verbatim": block.verbatim}
    return {"bullets": [[_segment_data(s) for s in item] for item in block.items]}


def _segment_from(data: Any) -> Segment:
    if isinstance(data, str):
        return data
    if "quote" in data:
        return QuoteRef(**data["quote"])
    return Placeholder(data["placeholder"])


def _block_from(data: dict[str, Any]) -> Block:
    if "heading" in data:
        return Heading(data["heading"], int(data.get("level", 2)))
    if "paragraph" in data:
        return Paragraph(tuple(_segment_from(s) for s in data["paragraph"]), bool(data.get("verbatim")))
    return Bullets(tuple(tuple(_segment_from(s) for s in item) for item in data["bullets"]))


def outline_from_data(data: dict[str, Any]) -> Outline:
    """The inverse of `Outline.to_data`."""
    return Outline(
        title=data["title"],
        language=data["language"],
        style=data["style"],
        blocks=[_block_from(b) for b in data.get("blocks", [])],
        engine=data.get("engine", "offline"),
        dropped=[QuoteRef(**d["quote"]) for d in data.get("dropped", [])],
        notes=list(data.get("notes", [])),
    )
