"""The LLM writer's prompt: templates/prompts/{lang}/write.md (via drafter.prompts), with fenced data."""

from __future__ import annotations

from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Transcript
from drafter.prompts import render_messages
from drafter.quotes.match import normalize
from drafter.write.appendix import CLASH
from drafter.write.column_templates import ColumnTemplate
from drafter.write.common import figure_text
from drafter.write.quotebank import BankQuote

ANSWER_LIMIT = 1500  # characters of each answer shown to the writer (the quote bank holds the quotes)
FENCE_OPEN, FENCE_CLOSE = "⟦", "⟧"


def fence(name: str, text: str) -> str:
    """Data between markers that the data itself cannot forge (the marker characters are replaced)."""
    clean = text.replace(FENCE_OPEN, "[").replace(FENCE_CLOSE, "]")
    return f"{FENCE_OPEN}BEGIN DATA {name}{FENCE_CLOSE}\n{clean}\n{FENCE_OPEN}END DATA {name}{FENCE_CLOSE}"


def quote_bank_text(bank: list[BankQuote]) -> str:
    return "\n".join(f"{q.id} | {q.question} | {q.label} | {q.role} | {' '.join(q.text.split())}" for q in bank)


def _question_summary(
    qa: QuestionAnalysis,
    text: str,
    transcript: Transcript,
    template: ColumnTemplate,
    bank: list[BankQuote],
    language: str,
) -> str:
    label = transcript.label
    offered = [q for q in bank if q.question == qa.id]

    def qid(model: str, quote: str) -> str:
        """The bank id that holds this quote (the bank skips a span already inside another)."""
        text = normalize(quote)
        hit = next((q for q in offered if q.model == model and text and text in normalize(q.text)), None)
        return hit.id if hit else "-"

    lines = [f"{qa.id}: {' '.join(text.split())}"]
    stances = "; ".join(f"{label(m)}={template.stance_word(s)}" for m, s in qa.stances.items())
    lines.append(f"  stances: {stances or '-'}")
    for c in qa.contradictions:
        a, b = c.models
        lines.append(
            f"  {CLASH} contradiction: {label(a)} vs {label(b)} ({c.point}) quotes "
            f"{qid(a, c.quotes.get(a, ''))} / {qid(b, c.quotes.get(b, ''))}"
        )
    for g in qa.agreements:
        lines.append(f"  agreement: {', '.join(label(m) for m in g.models)} ({g.point})")
    for e in qa.evasions:
        lines.append(f"  evasion: {label(e.model)} [{e.style}] ({e.reason}) quote {qid(e.model, e.quote)}")
    lines += [f"  number: {label(n.model)} {figure_text(n, language)}" for n in qa.numbers]
    failed = [label(a.model) for a in transcript.answers_for(qa.id) if not a.ok] + [label(m) for m in qa.failed]
    if failed:
        lines.append(f"  did not answer (error): {', '.join(dict.fromkeys(failed))}")
    return "\n".join(lines)


def analysis_text(
    transcript: Transcript, analysis: Analysis, template: ColumnTemplate, bank: list[BankQuote], language: str
) -> str:
    return "\n".join(
        _question_summary(
            analysis.question(q.id) or QuestionAnalysis(id=q.id), q.text, transcript, template, bank, language
        )
        for q in transcript.main_questions()
    )


def answers_text(transcript: Transcript) -> str:
    out = []
    for q in transcript.questions:
        out.append(f"## {q.id}: {' '.join(q.text.split())}")
        for a in transcript.answers_for(q.id):
            body = " ".join(a.text.split())
            body = body if len(body) <= ANSWER_LIMIT else body[:ANSWER_LIMIT] + " […]"
            out.append(f"[{transcript.label(a.model)}] " + (body if a.ok else f"(no answer: {a.error or 'empty'})"))
    return "\n".join(out)


def write_messages(
    topic: Topic,
    transcript: Transcript,
    analysis: Analysis,
    template: ColumnTemplate,
    bank: list[BankQuote],
    *,
    language: str,
    target: int | None,
    unit: str,
) -> list[tuple[str, str]]:
    """[("system", …), ("user", …)] for the writer model, from templates/prompts/LANG/write.md."""
    labels = ", ".join(transcript.label(m) for m in transcript.models())
    values = {
        "title": topic.title.strip(),
        "angle": topic.body.strip() or "-",
        "length": str(target) if target else "-",
        "unit": unit,
        "length_min": str(round(target * 0.85)) if target else "-",
        "length_max": str(round(target * 1.15)) if target else "-",
        "style_notes": template.style_notes,
        "models": labels,
        "placeholder": template.placeholder("…"),
        "quote_bank": fence("quote_bank", quote_bank_text(bank)),
        "analysis": fence("analysis", analysis_text(transcript, analysis, template, bank, language)),
        "answers": fence("answers", answers_text(transcript)),
    }
    return render_messages("write", language, **values)
