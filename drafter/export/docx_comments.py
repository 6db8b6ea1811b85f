"""Provenance as Word comments: one per attributed quote. The comment reads as a sentence
("引自模型甲（alpha）对问题 q1 的回答……"); the machine tag `drafter:model/qid` follows as hidden text,
which Word does not print.

Provenance lives in comments, not footnotes: LibreOffice 7.4 empties footnote bodies in a DOCX
that also has comments (DESIGN.md, findings).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from drafter.draftfmt import APPENDIX_MARK, inline_plain_text, tag_of
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
           "question": "问：{text}", "missing": "注意：对照稿中没有 {label} 对 {qid} 的回答",
           "source": "引自{label}（{model}）对问题 {qid} 的回答{detail}。", "hand": "手工收集",
           "asked": "{date} 提问", "unverified": "未通过核验（NOT VERIFIED）：{reason}。请对照原始回答改正。"},
    "en": {"pointer": "Full answer: Appendix, {qid} / {label}", "full": "Full answer:",
           "question": "Q: {text}", "missing": "Note: the transcript has no answer from {label} to {qid}",
           "source": "Quoted from {label} ({model}), its answer to {qid}{detail}.", "hand": "collected by hand",
           "asked": "asked {date}", "unverified": "NOT VERIFIED: {reason}. Correct it against the answer."},
}
UNVERIFIED_AUTHOR = "drafter check"


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
            codes = (tag_of(c) for c in children)
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
    """The comment for a footnote: a sentence naming its source, the question, the full answer or where it is."""
    if note.tag is None:
        return xml_safe(note.text)
    model, qid = note.tag
    words = _WORDS.get(language, _WORDS["en"])
    lines = [provenance_sentence(model, qid, words, transcript, note)]
    if transcript is not None:
        lines.extend(_answer_lines(model, qid, words, transcript, appendix, ""))
    else:  # the footnote's own details (model id, date, question), without its machine tag
        lines.append(_note_details(note.text, model, qid))
    return xml_safe("\n".join(line for line in lines if line))


def provenance_sentence(model: str, qid: str, words: dict[str, str], transcript: Transcript | None,
                        note: Note | None = None) -> str:
    """引自模型甲（alpha）对问题 q1 的回答（model-x，2026-11-28 提问）。 docx_read parses it back."""
    # Without a transcript, the footnote's first field is the label ("模型甲 · `alpha/q1` · …").
    label = transcript.label(model) if transcript is not None else (
        _note_label(note.text) if note is not None else model) or model
    answer = transcript.answer(qid, model) if transcript is not None else None
    details: list[str] = []
    if answer is not None:
        if answer.model_id:
            details.append(answer.model_id)
        if answer.asked_at:
            details.append(words["asked"].format(date=str(answer.asked_at)[:10]))
        elif answer.source == "hand":
            details.append(words["hand"])
    chinese = "对问题" in words["source"]
    joined = ("，" if chinese else ", ").join(details)
    detail = "" if not details else (f"（{joined}）" if chinese else f" ({joined})")
    return words["source"].format(label=label, model=model, qid=qid, detail=detail)


def unverified_text(reason: str, language: str) -> str:
    """The comment on a quote that failed verification."""
    return words_for(language)["unverified"].format(reason=reason)


def words_for(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def quote_problem(tag: tuple[str, str] | None, text: str, transcript: Transcript) -> str | None:
    """Why a footnoted quote is not its model's words ("not in 模型甲's answer"), or None."""
    from drafter.quotes.attributed import misattribution
    from drafter.quotes.audit import NOT_IN_ANSWER, failure_reason
    from drafter.quotes.document import DocQuote

    if tag is None:
        return None
    model, qid = tag
    reason = failure_reason(DocQuote(model, qid, text, ""), transcript)
    if reason == NOT_IN_ANSWER:
        return misattribution(model, text, transcript) or f"not in {transcript.label(model)}'s answer"
    return reason


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


def add_comment(document: Document, runs: list[Run], text: str, tag: tuple[str, str] | None = None,
                author: str = COMMENT_AUTHOR) -> None:
    """Anchor one comment on the runs (first to last); its machine tag, if any, as hidden text."""
    comment = document.add_comment(runs, text=text, author=author, initials=COMMENT_INITIALS)
    if tag is not None:
        hidden = comment.paragraphs[-1].add_run(" " + comment_tag(*tag))
        hidden.font.hidden = True


_NOTE_FIELDS = re.compile(r" · |，|, ")


def _note_fields(text: str) -> list[str]:
    """A footnote's fields: `模型甲，2026年12月5日问，手工收集。`, or the older `模型甲 · `alpha/q1` · …`."""
    return [f.strip() for f in (text.split(" · ") if " · " in text else _NOTE_FIELDS.split(text))]


def _note_label(text: str) -> str:
    return _note_fields(text)[0].rstrip("。.")


def _note_details(text: str, model: str, qid: str) -> str:
    """The footnote's details after its label, without the machine tag."""
    fields = _note_fields(text)[1:]
    return (" · " if " · " in text else "，").join(f for f in fields if f and f != f"{model}/{qid}")
