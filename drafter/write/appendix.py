"""Reference material after the column: the disagreement table, every answer verbatim, footnotes."""

from __future__ import annotations

import re

from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.draftfmt import quote_tag, strip_invisible
from drafter.inputs.transcript import Transcript
from drafter.write.column_templates import ColumnTemplate
from drafter.write.common import figure_text, light_escape
from drafter.write.placer import Footnote

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!&])")
# Line starts that Markdown would turn into a list, a heading or a quote and so hide a character.
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([-+=])")
CLASH = "⚡"


def escape_block(text: str) -> str:
    """Escape an answer line by line so it renders as exactly its text and keeps its line breaks."""
    lines = []
    for line in strip_invisible(text).strip("\n").splitlines():
        line = _MD_SPECIAL.sub(r"\\\1", line.strip())  # leading spaces would make a code block
        lines.append(_LINE_START.sub(_escape_marker, line))
    return "\n".join(lines)


def _escape_marker(m: re.Match[str]) -> str:
    if m.group(2) is not None:
        return f"{m.group(1)}{m.group(2)}\\{m.group(3)}{m.group(4)}"
    return f"{m.group(5)}\\{m.group(6)}"


def _cell(template: ColumnTemplate, transcript: Transcript, qa: QuestionAnalysis, model: str, language: str) -> str:
    answer = transcript.answer(qa.id, model)
    if answer is None:
        return template.stance_word("missing")
    if not answer.ok or model in qa.failed:
        return template.stance_word("failed")
    stance = qa.stances.get(model, "other")
    word = template.stance_word(stance)
    figure = next((n for n in qa.numbers if n.model == model), None)
    if stance == "other" and figure is not None:  # a number question: the figure says more than "other"
        word = figure_text(figure, language)
    elif stance == "other" and qa.picks.get(model):  # a choice question: the option it chose
        word = light_escape(qa.picks[model])
    if any(model in c.models for c in qa.contradictions):
        word += f" {CLASH}"
    return word.replace("|", "\\|")


def _short(text: str, limit: int = 36) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def disagreement_table(template: ColumnTemplate, transcript: Transcript, analysis: Analysis, language: str) -> str:
    """Rows = questions, columns = models, cells = stance words; ⚡ marks a model in a contradiction."""
    models = transcript.models()
    header = [template.heading("table_question")] + [light_escape(transcript.label(m)) for m in models]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for q in transcript.main_questions():
        qa = analysis.question(q.id) or QuestionAnalysis(id=q.id)
        row = [f"{q.id} {light_escape(_short(q.text))}"]
        row += [_cell(template, transcript, qa, m, language) for m in models]
        lines.append("| " + " | ".join(row) + " |")
    legend = template.heading("table_legend")
    return f"## {template.heading('table')}\n\n" + "\n".join(lines) + (f"\n\n{legend}" if legend else "")


def full_answers(template: ColumnTemplate, transcript: Transcript) -> str:
    """Every question and every answer, verbatim, as blockquotes; a failed answer says so."""
    out = [f"## {template.heading('appendix')}"]
    for q in transcript.questions:
        out.append(f"### {template.heading('appendix_question', qid=q.id, question=light_escape(q.text))}")
        for answer in transcript.answers_for(q.id):
            out.append(f"**{light_escape(transcript.label(answer.model))}**")
            if answer.ok:
                out.append("\n".join(f"> {line}" if line else ">" for line in escape_block(answer.text).split("\n")))
            else:
                error = light_escape(answer.error or "empty answer")
                out.append(template.phrase("appendix.failed", error=error))
    return "\n\n".join(out)


def footnote_lines(template: ColumnTemplate, transcript: Transcript, footnotes: list[Footnote]) -> str:
    """`[^n]: label · `model/qid` · model id · asked at · 问：question` for each placed quote."""
    lines = []
    for note in footnotes:
        answer = transcript.answer(note.question, note.model)
        model_id = (answer.model_id if answer else None) or str(template.data.get("hand_collected", "hand-collected"))
        asked = (answer.asked_at if answer else None) or "—"
        try:
            question = transcript.question(note.question).text
        except KeyError:
            question = note.question
        prefix = str(template.data.get("footnote_question", ""))
        lines.append(
            f"[^{note.number}]: {light_escape(transcript.label(note.model))} · "
            f"{quote_tag(note.model, note.question)} · {light_escape(model_id)} · {asked} · "
            f"{prefix}{light_escape(question)}"
        )
    return "\n".join(lines)
