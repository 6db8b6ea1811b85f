"""Provenance as Word comments: one per attributed quote, carrying a machine tag `drafter:model/qid`.

Provenance lives in comments, not footnotes: LibreOffice 7.4 empties footnote bodies in a DOCX
that also has comments (DESIGN.md, findings).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.draftfmt import APPENDIX_MARK, inline_plain_text, parse_tag
from drafter.export.docx_xml import xml_safe
from drafter.quotes.docx_read import comment_tag
from drafter.quotes.match import normalize

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.run import Run
    from markdown_it.token import Token

    from drafter.inputs.transcript import Transcript

COMMENT_AUTHOR = "drafter"
COMMENT_INITIALS = "DR"
_WORDS = {
    "zh": {"pointer": "完整回答：见附录，{qid} / {label}", "full": "完整回答：",
           "question": "问：{text}", "missing": "注意：对照稿中没有 {label} 对 {qid} 的回答"},
    "en": {"pointer": "Full answer: Appendix, {qid} / {label}", "full": "Full answer:",
           "question": "Q: {text}", "missing": "Note: the transcript has no answer from {label} to {qid}"},
}


@dataclass(frozen=True)
class Note:
    """A footnote definition: its plain text, and the (model, question) its code span names, if any."""

    label: str
    text: str
    tag: tuple[str, str] | None


def collect_notes(tokens: list[Token]) -> dict[str, Note]:
    """Footnote label -> Note for every footnote definition in the token stream."""
    notes: dict[str, Note] = {}
    label: str | None = None
    parts: list[str] = []
    tag: tuple[str, str] | None = None
    for token in tokens:
        if token.type == "footnote_open":
            label, parts, tag = str(token.meta.get("label")), [], None
        elif token.type == "footnote_close" and label is not None:
            notes[label] = Note(label, "\n".join(parts).strip(), tag)
            label = None
        elif token.type == "inline" and label is not None:
            children = token.children or []
            parts.append(inline_plain_text(children))
            codes = (parse_tag(c.content) for c in children if c.type == "code_inline")
            tag = tag or next((t for t in codes if t), None)
    return notes


def appendix_text(tokens: list[Token]) -> str:
    """The text after the appendix mark, normalized, to tell whether it holds a full answer."""
    out: list[str] = []
    seen = False
    for token in tokens:
        if token.type == "html_block" and APPENDIX_MARK in token.content:
            seen = True
        elif token.type == "footnote_block_open":
            break
        elif seen and token.type == "inline":
            out.append(inline_plain_text(token.children or []))
    return normalize("\n".join(out))


def comment_text(note: Note, language: str, transcript: Transcript | None, appendix: str) -> str:
    """The comment for a footnote: its provenance, the full answer or where to find it, the tag."""
    lines = [note.text]
    if note.tag is None:
        return xml_safe(note.text)
    model, qid = note.tag
    words = _WORDS.get(language, _WORDS["en"])
    if transcript is not None:
        lines.extend(_answer_lines(model, qid, words, transcript, appendix, note.text))
    lines.append(comment_tag(model, qid))
    return xml_safe("\n".join(line for line in lines if line))


def _answer_lines(model: str, qid: str, words: dict[str, str], transcript: Transcript, appendix: str,
                  note: str) -> list[str]:
    label = transcript.label(model)
    lines: list[str] = []
    question = next((q for q in transcript.questions if q.id == qid), None)
    if question is not None and normalize(question.text) not in normalize(note):
        lines.append(words["question"].format(text=question.text))
    answer = transcript.answer(qid, model)
    if answer is None or not answer.text.strip():
        lines.append(words["missing"].format(label=label, qid=qid))
        return lines
    # The appendix normally holds every answer: point there rather than repeat a long answer.
    head = normalize(answer.text)[:200]
    if appendix and head and head in appendix:
        lines.append(words["pointer"].format(qid=qid, label=label))
    else:
        lines.append(words["full"])
        lines.extend(p.strip() for p in answer.text.strip().splitlines() if p.strip())
    return lines


def add_comment(document: Document, runs: list[Run], text: str) -> None:
    """Anchor one comment on the runs (first to last)."""
    document.add_comment(runs, text=text, author=COMMENT_AUTHOR, initials=COMMENT_INITIALS)
