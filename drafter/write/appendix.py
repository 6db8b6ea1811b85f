"""Reference material after the column: the disagreement table, every answer verbatim, footnotes."""

from __future__ import annotations

import re

from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.draftfmt import quote_tag, strip_invisible
from drafter.inputs.transcript import Answer, Transcript
from drafter.write.column_templates import ColumnTemplate
from drafter.write.common import figure_text, light_escape
from drafter.write.placer import Footnote

CLASH = "⚡"


def _cell(template: ColumnTemplate, transcript: Transcript, qa: QuestionAnalysis, model: str, language: str) -> str:
    answer = transcript.answer(qa.id, model)
    if answer is None:
        return template.stance_word("missing")
    if not answer.ok or model in qa.failed:
        return template.stance_word("failed")
    dodged = {e.model for e in qa.evasions}
    stance = "evasive" if model in dodged else qa.stances.get(model, "other")
    if stance == "evasive" and model not in dodged:  # a doubtful dodge is for the author to check
        stance = "unclear"
    word = template.stance_word(stance)
    figure = next((n for n in qa.numbers if n.model == model), None)
    if stance == "other" and figure is not None:  # a number question: the figure says more than "other"
        word = figure_text(figure, language)
    elif stance == "other" and qa.picks.get(model):  # a choice question: the option it chose
        word = light_escape(qa.picks[model])
    if _unstable(qa, model):  # --samples: a position it did not keep when asked again
        word += " " + template.heading("table_unstable")
    others = [transcript.label(o) for c in qa.contradictions if model in c.models for o in c.models if o != model]
    if others:  # against whom: two models that agree with each other are never marked as clashing
        sep = "、" if language == "zh" else ", "
        # On a line of its own, so a narrow column never breaks the mark away from the names.
        word += "<br>" + template.heading("table_clash", others=sep.join(dict.fromkeys(others)))
    return word.replace("|", "\\|")


def _unstable(qa: QuestionAnalysis, model: str) -> bool:
    from drafter.analysis.interrogation_facts import ROBUST_SHARE

    return qa.stability.get(model, 1.0) < ROBUST_SHARE


def table_symbols(template: ColumnTemplate, transcript: Transcript, analysis: Analysis) -> list[str]:
    """The legend lines for the symbols the table actually uses."""
    used: list[str] = []
    qas = [analysis.question(q.id) or QuestionAnalysis(id=q.id) for q in transcript.main_questions()]
    if any(qa.contradictions for qa in qas):
        used.append("table_legend_clash")
    if any(transcript.answer(qa.id, m) is None for qa in qas for m in transcript.models()):
        used.append("table_legend_missing")
    if any(s == "unclear" or (s == "evasive" and m not in {e.model for e in qa.evasions})
           for qa in qas for m, s in qa.stances.items()):
        used.append("table_legend_unclear")
    if any(_unstable(qa, m) for qa in qas for m in qa.stability):
        used.append("table_legend_unstable")
    return [template.heading(key) for key in used if template.heading(key)]


def question_label(template: ColumnTemplate, number: int) -> str:
    """第一问 / Q1: how a reader names a question (never its id)."""
    from drafter.write.common import zh_numeral

    return template.heading("table_row", ordinal=zh_numeral(number, counting=False), number=number)


def _short(text: str, language: str) -> str:
    """The question, shortened for a table cell at a whole word (English) or character (Chinese)."""
    flat = " ".join(text.split())
    limit = 36 if language == "zh" else 70
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    if language != "zh" and " " in cut:
        cut = cut[: cut.rfind(" ")].rstrip(",;:")
    return cut + "…"


def disagreement_table(template: ColumnTemplate, transcript: Transcript, analysis: Analysis, language: str) -> str:
    """Rows = questions, columns = models, cells = stance words; ⚡ marks a model in a contradiction."""
    models = transcript.models()
    header = [template.heading("table_question")] + [light_escape(transcript.label(m)) for m in models]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for number, q in enumerate(transcript.main_questions(), 1):
        qa = analysis.question(q.id) or QuestionAnalysis(id=q.id)
        row = [f"{question_label(template, number)} {light_escape(_short(q.text, language))}"]
        row += [_cell(template, transcript, qa, m, language) for m in models]
        lines.append("| " + " | ".join(row) + " |")
    legend = ("；" if language == "zh" else "; ").join(table_symbols(template, transcript, analysis))
    legend += ("。" if language == "zh" else ".") if legend else ""
    return f"## {template.heading('table')}\n\n" + "\n".join(lines) + (f"\n\n{legend}" if legend else "")


def full_answers(template: ColumnTemplate, transcript: Transcript) -> str:
    """Every question and every answer in full, rendered as the Markdown it is; a failed answer says so."""
    out = [f"## {template.heading('appendix')}"]
    main = {q.id: n for n, q in enumerate(transcript.main_questions(), 1)}
    for q in transcript.questions:
        label = question_label(template, main[q.id]) if q.id in main else light_escape(q.id)
        out.append(f"### {template.heading('appendix_question', label=label, qid=q.id, question=light_escape(q.text))}")
        if q.translation_of and template.has_phrase("interrogation.translation_note"):
            out.append(f"*{template.phrase('interrogation.translation_note')}*")  # the question, not a quote
        answers = transcript.all_answers_for(q.id)
        if any(getattr(a, "sample", None) for a in answers):  # a model's samples together, in order
            first = {m: i for i, m in reversed(list(enumerate(a.model for a in answers)))}
            answers.sort(key=lambda a: (first[a.model], getattr(a, "sample", 0) or 0))
        for answer in answers:
            sample = getattr(answer, "sample", None)  # --samples: every sample is shown, numbered
            tag = f" {template.phrase('interrogation.sample', n=sample)}" if sample and template.has_phrase(
                "interrogation.sample") else ""
            out.append(f"**{light_escape(transcript.label(answer.model))}**{tag}")
            if answer.ok:
                out.append("\n".join(f"> {line}" if line else ">" for line in answer_markdown(answer.text).split("\n")))
            else:
                error = light_escape(answer.error or "empty answer")
                out.append(template.phrase("appendix.failed", error=error))
    return "\n\n".join(out)


_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_FOOTNOTE_LIKE = re.compile(r"\[\^")


def answer_markdown(text: str) -> str:
    """An answer's own Markdown, made safe to nest in the draft: headings become run-in bold lines (never the
    draft's own headings), raw HTML shows as text, and nothing in it can open a footnote of the draft's."""
    lines = []
    fence = False
    for line in strip_invisible(text).strip("\n").splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        elif not fence:
            heading = _ATX_HEADING.match(line)
            if heading and heading.group(1).strip():
                inner = heading.group(1).strip()
                line = inner if inner.startswith("**") and inner.endswith("**") else f"**{inner}**"
            line = line.replace("<", "&lt;")
            line = _FOOTNOTE_LIKE.sub("\\[^", line)
        lines.append(line)
    return "\n".join(lines)


def footnote_lines(template: ColumnTemplate, transcript: Transcript, footnotes: list[Footnote]) -> str:
    """`[^n]: 模型甲，2026年12月5日问，手工收集。` for each placed quote; the model/question tag is an HTML comment."""
    lines = []
    for note in footnotes:
        answer = transcript.answer(note.question, note.model)
        lines.append(f"[^{note.number}]: {light_escape(source_line(template, transcript, note.model, answer))}"
                     f" {quote_tag(note.model, note.question)}")
    return "\n".join(lines)


def source_line(template: ColumnTemplate, transcript: Transcript, model: str, answer: Answer | None) -> str:
    """Where a quote comes from, as a reader says it: who, when asked, how (hand-collected or which model id)."""
    zh = template.language == "zh"
    parts = [transcript.label(model)]
    if answer is not None and answer.model_id:
        parts[0] += f"（{answer.model_id}）" if zh else f" ({answer.model_id})"
    if answer is not None and answer.asked_at:
        parts.append(reader_date(str(answer.asked_at), template.language) + ("问" if zh else ""))
    if answer is None or not answer.model_id:
        parts.append(str(template.data.get("hand_collected", "hand-collected")))
    if not zh and len(parts) > 1 and answer is not None and answer.asked_at:
        parts[1] = "asked " + parts[1]
    return ("，" if zh else ", ").join(parts) + ("。" if zh else ".")


def reader_date(iso: str, language: str) -> str:
    """2026-12-05 → 2026年12月5日 (zh) or 5 December 2026 (en); anything else as given."""
    import datetime as dt

    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    if language == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day.strftime('%B')} {day.year}"
