"""Outline → draft Markdown: front matter, the column, the appendix (table, answers), footnotes.

Quotes are placed, never typed: each QuoteRef is replaced by the answer's own text, or dropped
(and reported) when it does not verify.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.analysis.schema import Analysis
from drafter.draftfmt import APPENDIX_MARK, front_matter, strip_invisible
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Transcript
from drafter.lang import count_length, length_unit
from drafter.write.appendix import disagreement_table, footnote_lines, full_answers
from drafter.write.column_templates import ColumnTemplate, load_template
from drafter.write.common import light_escape
from drafter.write.outline import Block, Bullets, Heading, Outline, Paragraph, Placeholder, QuoteRef, Segment
from drafter.write.placer import QuotePlacer, ends_with_stop
from drafter.write.typography import prose

_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")
_FOOTNOTE_DEF = re.compile(r"^\[\^[^\]\s]+\]:.*$", re.M)
_SENTENCE_END = re.compile(r"[.!?:;]$|\]$")
_SENTENCE_START = re.compile(r"[A-Z0-9“‘\[]")
_UNGUARDED = re.compile(r"(?<!\\)(\[\^|<!--)")
_MARKUP = re.compile(r"<!--.*?-->|^#+\s|^- |\\(?=\S)", re.M | re.S)


@dataclass
class RenderResult:
    """The draft and what the writer's report needs: quotes placed and dropped, length, unit."""

    markdown: str
    quotes_placed: int
    dropped: list[QuoteRef] = field(default_factory=list)
    length: int = 0
    unit: str = "字"
    placeholders: int = 0  # author placeholders still in the draft
    placeholder_length: int = 0  # how much of `length` is placeholder text (字 or words), not column prose


def render_markdown(
    outline: Outline,
    topic: Topic,
    transcript: Transcript,
    analysis: Analysis,
    *,
    transcript_file: str = "transcript.yaml",
) -> RenderResult:
    """The draft Markdown for an outline; quotes verified and placed, dropped ones reported."""
    language = outline.language
    template = load_template(outline.style, language, where=topic.path or None)
    placer = QuotePlacer(transcript, template.quote_marks, template.alt_quote_marks)
    writer = _BlockWriter(template, language, placer)
    column = [f"# {prose(light_escape(outline.title), language)}"] + [writer.block(b) for b in outline.blocks]
    parts = [
        _front_matter(outline, topic, transcript, template, transcript_file),
        "\n\n".join(column),
        APPENDIX_MARK,
        disagreement_table(template, transcript, analysis, language),
        full_answers(template, transcript),
    ]
    notes = footnote_lines(template, transcript, placer.footnotes)
    markdown = "\n\n".join(p for p in [*parts, notes] if p) + "\n"
    return RenderResult(
        markdown=markdown,
        quotes_placed=placer.placed,
        dropped=[*outline.dropped, *placer.dropped],
        length=column_length(markdown, language),
        unit=length_unit(language),
        placeholders=writer.placeholders,
        placeholder_length=sum(count_length(text, language) for text in writer.placeholder_texts),
    )


def column_length(markdown: str, language: str) -> int:
    """字数 / words of the column: no front matter, appendix, footnote refs or definitions, or markup."""
    _, body = front_matter(markdown)
    body = body.split(APPENDIX_MARK, 1)[0]
    body = _FOOTNOTE_DEF.sub("", body)
    body = _MARKUP.sub("", _FOOTNOTE_REF.sub("", body))
    return count_length(body, language)


def _front_matter(
    outline: Outline, topic: Topic, transcript: Transcript, template: ColumnTemplate, transcript_file: str
) -> str:
    import yaml

    labels = [transcript.label(m) for m in transcript.models()]
    title = strip_invisible(prose(outline.title, outline.language))  # as the headline shows it
    data: dict[str, object] = {"title": title, "language": outline.language}
    if topic.author:
        data["author"] = topic.author
    data.update(
        {
            "transcript": transcript_file,
            "style": template.name,
            "keywords": list(dict.fromkeys(["AI", *labels])),
            "subject": strip_invisible(transcript.topic or topic.title),
        }
    )
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---"


@dataclass
class _BlockWriter:
    template: ColumnTemplate
    language: str
    placer: QuotePlacer
    placeholders: int = 0
    placeholder_texts: list[str] = field(default_factory=list)

    def block(self, block: Block) -> str:
        if isinstance(block, Heading):
            level = min(max(block.level, 2), 6)  # the headline is the only level-1 heading
            return "#" * level + " " + prose(_guard(block.text), self.language)
        if isinstance(block, Bullets):
            return "\n".join("- " + self.segments(item) for item in block.items)
        if isinstance(block, Paragraph) and block.verbatim:
            return "\n".join(str(s) for s in block.segments)
        return self.segments(block.segments)

    def segments(self, segments: tuple[Segment, ...]) -> str:
        """Prose typeset, quotes placed; around a quote the prose supplies the punctuation."""
        out: list[str] = []
        after_quote = after_stop = False  # after_stop: the quote ended in ? or !, so no full stop follows
        for seg in segments:
            if isinstance(seg, QuoteRef):
                placed = self.placer.place(seg)
                if placed is None:
                    placed = self._placeholder(str(self.template.data.get("dropped_quote", "")))
                if self.language == "zh" and out:
                    out[-1] = out[-1].rstrip()
                out.append(placed)
                after_quote, after_stop = True, ends_with_stop(placed)
                continue
            text = self._placeholder(seg.text) if isinstance(seg, Placeholder) else prose(_guard(seg), self.language)
            if after_quote and self.language == "zh":
                text = text.lstrip()
            if after_stop:
                text = re.sub(r"^[。.]", "", text)
            if self.language == "en" and out and _SENTENCE_END.search(out[-1]) and _SENTENCE_START.match(text):
                text = " " + text  # sentences from separate phrases
            after_quote = after_stop = False
            out.append(text)
        return "".join(out).strip()

    def _placeholder(self, text: str) -> str:
        self.placeholders += 1
        shown = self.template.placeholder(prose(_guard(text), self.language))
        self.placeholder_texts.append(shown)
        return shown


def _guard(text: str) -> str:
    """Prose may not open a footnote ref or an HTML comment: either could fake a quote or the appendix."""
    return _UNGUARDED.sub(r"\\\1", text)
