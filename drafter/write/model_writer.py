"""The LLM writer: a chat model drafts the column as structured sections that cite quotes by id.

The model never types a quote: it gets a numbered quote bank and answers with segments
`{"text": …}` or `{"quote": "Q7"}`; prose that still carries a model's words in quote marks is
cleaned and counted as dropped. Rendering goes through the same `render_markdown`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from drafter.analysis.schema import Analysis
from drafter.errors import ModelCallError
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Transcript
from drafter.lang import length_unit
from drafter.panel.config import ModelSpec
from drafter.write.column_templates import ColumnTemplate, load_template
from drafter.write.outline import Heading, Outline, Paragraph, QuoteRef, Segment
from drafter.write.quotebank import BankQuote, build_bank
from drafter.write.sanitize import Sanitizer
from drafter.write.skeleton import column_language
from drafter.write.writer_prompt import write_messages

if TYPE_CHECKING:
    import httpx

    from drafter.panel.tokens import UsageLedger

TOLERANCE = 0.15  # the writer aims within ±15% of the topic's length


class WrittenSegment(BaseModel):
    text: str | None = Field(default=None, description="Your own words. Never a model's words, never in quote marks.")
    quote: str | None = Field(
        default=None,
        description="A quote id from the quote bank, e.g. Q7: the system "
        "inserts that quote verbatim with quote marks and a footnote.",
    )


class WrittenParagraph(BaseModel):
    segments: list[WrittenSegment] = Field(description="Prose and quote ids, in reading order.")


class WrittenSection(BaseModel):
    heading: str = Field(default="", description="The section heading; empty for the opening section.")
    paragraphs: list[WrittenParagraph] = Field(default_factory=list)


class WrittenColumn(BaseModel):
    """The column draft: a headline and sections; quotes only by id."""

    headline: str = Field(description="The column's headline.")
    sections: list[WrittenSection] = Field(description="The column's sections, in order.")


def to_outline(
    written: WrittenColumn,
    bank: list[BankQuote],
    transcript: Transcript,
    template: ColumnTemplate,
    language: str,
    analysis: Analysis | None = None,
) -> Outline:
    """The writer's reply as an Outline; unknown quote ids, typed quotes and claims about the models that the
    analysis does not bear out are dropped and recorded."""
    from drafter.write.prose_claims import strip_unsupported

    by_id = {q.id.upper(): q for q in bank}
    claim_notes: list[str] = []
    guard = Sanitizer(transcript, str(template.data.get("dropped_quote", "")))
    blocks: list[Heading | Paragraph] = []
    unknown: list[QuoteRef] = []
    for section in written.sections:
        if section.heading.strip():
            blocks.append(Heading(guard.plain(section.heading), 2))
        for para in section.paragraphs:
            segs: list[Segment] = []
            for seg in para.segments:
                text = seg.text
                if text and analysis is not None:
                    text, removed = strip_unsupported(text, analysis, transcript)
                    claim_notes += removed
                if text:
                    segs += guard.prose(text)
                if seg.quote:
                    found = by_id.get(seg.quote.strip().upper())
                    if found is None:
                        unknown.append(QuoteRef("", "", seg.quote, note="unknown quote id"))
                    else:
                        segs.append(found.ref())
            if segs:
                blocks.append(Paragraph(tuple(segs)))
    return Outline(
        title=guard.plain(written.headline) or transcript.topic or "—",
        language=language,
        style=template.key,
        blocks=list(blocks),
        engine="llm",
        dropped=[*guard.dropped, *unknown],
        notes=claim_notes,
    )


async def compose_llm(
    spec: ModelSpec,
    topic: Topic,
    transcript: Transcript,
    analysis: Analysis,
    *,
    style: str | None = None,
    http_async_client: httpx.AsyncClient | None = None,
    ledger: UsageLedger | None = None,
) -> Outline:
    """The LLM writer's outline; one retry when its length is outside ±15% of topic.length.

    If the writer model fails (after its client's retries) the offline writer drafts instead, and
    the outline's engine and notes say so: a run still ends with a draft."""
    from drafter.write.render import render_markdown

    language = column_language(topic, transcript)
    template = load_template(style or topic.style, language, where=topic.path or None)
    bank = build_bank(transcript, analysis)
    unit = length_unit(language)
    messages = write_messages(
        topic, transcript, analysis, template, bank, language=language, target=topic.length, unit=unit
    )
    try:
        written = await _ask(spec, messages, http_async_client, ledger)
    except ModelCallError as exc:
        return _offline_instead(spec, topic, transcript, analysis, style, exc)
    outline = to_outline(written, bank, transcript, template, language, analysis)
    length = render_markdown(outline, topic, transcript, analysis).length
    target = topic.length
    if not target or abs(length - target) <= target * TOLERANCE:
        outline.notes.append(_length_note(length, target, unit))
        return outline
    resize = _resize_request(length, target, unit, language)
    try:
        second = await _ask(spec, [*messages, ("ai", written.model_dump_json()), ("human", resize)],
                            http_async_client, ledger)
    except ModelCallError as exc:
        outline.notes.append(f"{_length_note(length, target, unit)}; the length retry failed: {exc}")
        return outline
    outline2 = to_outline(second, bank, transcript, template, language, analysis)
    length2 = render_markdown(outline2, topic, transcript, analysis).length
    closer = abs(length2 - target) <= abs(length - target)
    best, best_len = (outline2, length2) if closer else (outline, length)
    best.notes.append(
        f"length: first draft {length} {unit}, after one retry {length2} {unit}, "
        f"kept {best_len} {unit} (target {target} {unit} ±15%)"
    )
    return best


async def _ask(spec: ModelSpec, messages: list[tuple[str, str]], client: httpx.AsyncClient | None,
               ledger: UsageLedger | None) -> WrittenColumn:
    from drafter.panel.chat import call_structured  # LangChain loads only when a writer model is used

    return await call_structured(spec, WrittenColumn, messages, http_async_client=client, ledger=ledger,
                                 role="writer")


def _offline_instead(
    spec: ModelSpec,
    topic: Topic,
    transcript: Transcript,
    analysis: Analysis,
    style: str | None,
    exc: ModelCallError,
) -> Outline:
    from drafter.write.skeleton import compose

    outline = compose(topic, transcript, analysis, style=style)
    outline.notes.insert(0, f"writer model {spec.key} failed ({exc}); the offline writer drafted instead")
    return outline


def _length_note(length: int, target: int | None, unit: str) -> str:
    return f"length: {length} {unit}" + (f" (target {target} {unit} ±15%)" if target else "")


def _resize_request(length: int, target: int, unit: str, language: str) -> str:
    """Ask once to lengthen or shorten, with the figures; the quote rules still hold."""
    low, high = round(target * (1 - TOLERANCE)), round(target * (1 + TOLERANCE))
    if language == "zh":
        verb = "扩写" if length < target else "压缩"
        return (
            f"这一稿正文约 {length} {unit}，目标是 {target} {unit}（{low}–{high} {unit}）。"
            f"请{verb}到这个范围内，结构和引语规则不变：模型原话只能用引语编号放入。按同样的结构化格式输出完整的一稿。"
        )
    verb = "Lengthen" if length < target else "Shorten"
    return (
        f"This draft is about {length} {unit}; the target is {target} {unit} ({low}–{high} {unit}). "
        f"{verb} it to fit that range, keeping the structure and the quote rules: a model's words only by "
        "quote id. Reply with the whole draft in the same structured format."
    )
