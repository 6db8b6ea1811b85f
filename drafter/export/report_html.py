"""report.html: one self-contained page with the disagreement map beside the answers.

No network: CSS and JS are inlined from templates/report/, a Content-Security-Policy with a per-page nonce
forbids any other script, any image or font from elsewhere and any request but a review save to the same
origin. Everything from the transcript or the analysis is escaped; answers go through report_marks.
"""

from __future__ import annotations

import html
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from string import Template
from typing import Any

from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.export.report_marks import render_answer
from drafter.export.report_sources import draft_quotes, guess_lang, read_ledger
from drafter.export.report_text import STANCE_POSITION, STANCES, SYMBOL, TEXT
from drafter.inputs.transcript import Answer, Transcript
from drafter.prompts import BUILTIN_TEMPLATES

TEMPLATE_DIR = BUILTIN_TEMPLATES / "report"
REPORT_NAME = "report.html"

@dataclass
class Review:
    """A paused run answered from the page: the pause kind, its payload and the token a save must carry."""

    kind: str  # questions | analysis
    payload: Any
    token: str


@dataclass
class _Page:
    transcript: Transcript
    analysis: Analysis
    lang: str
    draft_quotes: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    review: Review | None = None

    def t(self, key: str) -> str:
        return TEXT[self.lang][key]

    def label(self, model: str) -> str:
        for a in self.transcript.answers:
            if a.model == model and a.label:
                return a.label
        return model


def build_report(transcript: Transcript, analysis: Analysis | dict[str, Any], *, draft_markdown: str | None = None,
                 ledger: Iterable[dict[str, Any]] = (), review: Review | None = None) -> str:
    """The whole page as one HTML string."""
    try:
        parsed = analysis if isinstance(analysis, Analysis) else Analysis.model_validate(analysis or {})
    except ValueError as exc:
        from drafter.errors import InputError

        raise InputError("analysis.json", None, f"not an analysis: {exc}".splitlines()[0],
                         "fix it or run `drafter analyze TRANSCRIPT --json` again") from exc
    lang = "zh" if (transcript.language or guess_lang(transcript)) == "zh" else "en"
    page = _Page(transcript, parsed, lang, draft_quotes(draft_markdown, ledger), review)
    body = _questions_review(page) if review and review.kind == "questions" else _report_body(page)
    return _fill(page, body)


def write_report(root: Path, transcript: Transcript, analysis: Analysis | dict[str, Any],
                 draft_markdown: str | None) -> Path:
    """Write OUT/report.html beside the draft, reading the quote ledger there if another step wrote one."""
    from drafter.inputs.files import atomic_write_text

    target = root / REPORT_NAME
    atomic_write_text(target, build_report(transcript, analysis, draft_markdown=draft_markdown,
                                           ledger=read_ledger(root)))
    return target


def report_from_out_dir(root: Path, review: Review | None = None, transcript: Transcript | None = None,
                        analysis: Any = None) -> str:
    """The page for a run's out dir, from the files it holds (or the given transcript and analysis)."""
    from drafter.inputs.transcript import load_transcript

    if transcript is None:
        path = root / "transcript.yaml"
        transcript = load_transcript(path) if path.exists() else Transcript()
    if analysis is None:
        path = root / "analysis.json"
        analysis = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    draft = root / "draft.md"
    return build_report(transcript, analysis, draft_markdown=draft.read_text(encoding="utf-8")
                        if draft.exists() else None, ledger=read_ledger(root), review=review)


def saved_message(lang: str, name: str) -> str:
    """What the page says once a review is saved, in the run's language."""
    return TEXT["zh" if lang == "zh" else "en"]["saved"].format(name=name)


# ---- the page ------------------------------------------------------------------------------------

def _e(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _fill(page: _Page, body: str) -> str:
    nonce = secrets.token_urlsafe(16)
    data: dict[str, Any] = {"lang": page.lang, "review": None}
    if page.review:
        data["review"] = {"kind": page.review.kind, "token": page.review.token, "payload": page.review.payload}
    # JSON inside <script>: no character that could close the element or open a comment survives.
    blob = (json.dumps(data, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026"))
    values = {
        "lang": "zh-CN" if page.lang == "zh" else "en",
        "title": _e(page.transcript.topic or page.t("title")),
        "css": (TEMPLATE_DIR / "report.css").read_text(encoding="utf-8"),
        "js": (TEMPLATE_DIR / "report.js").read_text(encoding="utf-8"),
        "nonce": nonce, "data": blob, "body": body,
    }
    return Template((TEMPLATE_DIR / "page.html").read_text(encoding="utf-8")).substitute(values)


def _models(page: _Page) -> list[str]:
    return list(dict.fromkeys(a.model for a in page.transcript.answers))


def _main_questions(page: _Page) -> list[Any]:
    return [q for q in page.transcript.questions if not q.reply_to and "-press" not in q.id and "-reply-" not in q.id]


def _report_body(page: _Page) -> str:
    parts = [f'<a class="skip" href="#answers">{_e(page.t("skip"))}</a>',
             f"<header><h1>{_e(page.transcript.topic or page.t('title'))}</h1>"
             f'<p class="meta">{_e(page.t("engine"))}: {_e(page.analysis.engine)} · {_e(page.t("keys"))}</p></header>']
    if page.review:
        parts.append(f'<p class="review-note" role="status">{_e(page.t("review_analysis"))}</p>')
    parts.append(_map(page))
    parts.append(_all_checks(page))
    parts.append(f'<main id="answers"><h2 class="sr">{_e(page.t("answers"))}</h2>')
    parts.extend(_question_section(page, q) for q in _main_questions(page))
    parts.append("</main>")
    if page.review:
        parts.append(_save_bar(page))
    return "\n".join(parts)


def _all_checks(page: _Page) -> str:
    """Every question's "check these yourself" items in one list under the map, each linked to its quotes."""
    items = [f'<li><a href="#q-{_e(qa.id)}">{_e(qa.id)}</a> <button type="button" class="clash" '
             f'data-clash="check-{_e(qa.id)}-{i}">? {_e(", ".join(page.label(m) for m in item.models))}</button> '
             f'{_e(item.reason)}</li>'
             for qa in page.analysis.questions for i, item in enumerate(qa.to_check)]
    if not items:
        return ""
    return (f'<section class="to-check all-checks" aria-labelledby="checks-h"><h2 id="checks-h">'
            f'{_e(page.t("check"))} ({len(items)})</h2><ul>{"".join(items)}</ul></section>')


def _save_bar(page: _Page) -> str:
    return (f'<div class="savebar"><button type="button" id="save">{_e(page.t("save"))}</button>'
            '<span id="save-status" role="status" aria-live="polite"></span></div>')


# ---- the map -------------------------------------------------------------------------------------

def _map(page: _Page) -> str:
    models = _models(page)
    head = "".join(f'<th scope="col">{_e(page.label(m))}</th>' for m in models)
    rows = []
    for q in _main_questions(page):
        qa = page.analysis.question(q.id) or QuestionAnalysis(id=q.id)
        cells = "".join(_map_cell(page, qa, m) for m in models)
        rows.append(f'<tr><th scope="row"><a href="#q-{_e(q.id)}">{_e(q.id)}</a> {_e(q.text)}</th>{cells}</tr>')
    legend = " ".join(f'<span class="pos pos-{k}">{SYMBOL[k]} {_e(page.t(k))}</span>'
                      for k in ("yes", "no", "mixed", "dodged", "unclear", "failed"))
    return (f'<section class="map" aria-labelledby="map-h"><h2 id="map-h">{_e(page.t("map"))}</h2>'
            f'<div class="tablewrap"><table><thead><tr><th scope="col">{_e(page.t("question"))}</th>{head}</tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table></div>'
            f'<p class="legend">{_e(page.t("legend"))}: {legend}</p></section>')


def position(qa: QuestionAnalysis, model: str) -> tuple[str, str]:
    """(kind, detail) of a model's position on a question, as the map shows it."""
    if model in qa.failed:
        return "failed", ""
    stance = qa.stances.get(model)
    if stance in ("evasive", "unclear"):
        return STANCE_POSITION[stance], ""
    figures = [n.figure or _span(n.low, n.high, n.unit) for n in qa.numbers if n.model == model]
    if qa.kind == "number" and figures:
        return "figure", " / ".join(figures)
    if qa.kind == "choice" and model in qa.picks:
        return "pick", qa.picks[model]
    if stance is None:
        return "not_asked", ""
    return STANCE_POSITION[stance], ""


def _span(low: float, high: float, unit: str) -> str:
    return (f"{low:g}" if low == high else f"{low:g}–{high:g}") + (f" {unit}" if unit else "")


def _map_cell(page: _Page, qa: QuestionAnalysis, model: str) -> str:
    kind, detail = position(qa, model)
    shown = f"{SYMBOL[kind]} {_e(page.t(kind))}" + (f": {_e(detail)}" if detail else "")
    extra = []
    if model in qa.stability:
        extra.append(f'<span class="stab">{_e(page.t("stable"))} {qa.stability[model]:.0%}</span>')
    for i, c in enumerate(qa.contradictions):
        if model in c.models:
            other = next(m for m in c.models if m != model) if len(set(c.models)) > 1 else model
            extra.append(f'<a class="clash" href="#clash-{_e(qa.id)}-{i}" data-clash="clash-{_e(qa.id)}-{i}">'
                         f'⚡ {_e(page.t("clash"))} {_e(page.label(other))}</a>')
    select = _stance_select(page, qa, model) if page.review else ""
    return (f'<td class="pos pos-{kind}" data-q="{_e(qa.id)}" data-model="{_e(model)}">'
            f'<span class="val">{shown}</span>{select}{"".join(extra)}</td>')


def _stance_select(page: _Page, qa: QuestionAnalysis, model: str) -> str:
    if model not in qa.stances:
        return ""
    options = "".join(f'<option value="{s}"{" selected" if qa.stances[model] == s else ""}>{s}</option>'
                      for s in STANCES)
    return (f'<select class="relabel" data-q="{_e(qa.id)}" data-model="{_e(model)}" '
            f'aria-label="{_e(page.label(model))} {_e(qa.id)}">{options}</select>')


# ---- a question: its findings, then the answers side by side --------------------------------------

def _question_section(page: _Page, q: Any) -> str:
    qa = page.analysis.question(q.id) or QuestionAnalysis(id=q.id)
    marks = _marks_for(page, qa)
    parts = [f'<section class="question" id="q-{_e(q.id)}" tabindex="-1">',
             f"<h2>{_e(q.id)}. {_e(q.text)}</h2>", _findings(page, qa),
             _answer_row(page, q.id, marks)]
    for follow in page.transcript.questions:
        if follow.id == f"{q.id}-press" or follow.id.startswith(f"{q.id}-reply-"):
            title = page.t("press") if follow.id.endswith("-press") else page.t("reply")
            parts.append(f'<section class="follow" id="q-{_e(follow.id)}"><h3>{_e(title)} · {_e(follow.id)}</h3>'
                         f'<p class="asked-q">{_e(follow.text)}</p>'
                         f"{_answer_row(page, follow.id, _marks_for(page, None, follow.id))}</section>")
    parts.append("</section>")
    return "\n".join(parts)


def _marks_for(page: _Page, qa: QuestionAnalysis | None, qid: str | None = None) -> dict[str, list[tuple[str, str]]]:
    """model -> [(quote, mark id)] for every quote the analysis or the draft takes from that answer."""
    marks: dict[str, list[tuple[str, str]]] = {}
    qid = qid or (qa.id if qa else "")
    if qa is not None:
        for model, quote in qa.key_quotes.items():
            marks.setdefault(model, []).append((quote, f"key-{qid}"))
        for i, c in enumerate(qa.contradictions):
            for model, quote in c.quotes.items():
                marks.setdefault(model, []).append((quote, f"clash-{qid}-{i}"))
        for i, a in enumerate(qa.agreements):
            for model, quote in a.quotes.items():
                marks.setdefault(model, []).append((quote, f"agree-{qid}-{i}"))
        for i, ev in enumerate(qa.evasions):
            marks.setdefault(ev.model, []).append((ev.quote, f"dodge-{qid}-{i}"))
        for i, item in enumerate(qa.to_check):
            for model, quote in item.quotes.items():
                marks.setdefault(model, []).append((quote, f"check-{qid}-{i}"))
    for (question, model), texts in page.draft_quotes.items():
        if question == qid:
            marks.setdefault(model, []).extend((text, "draft") for text in texts)
    return marks


def _findings(page: _Page, qa: QuestionAnalysis) -> str:
    items: list[str] = []
    review = page.review is not None
    for i, c in enumerate(qa.contradictions):
        tag = f" · {_e(page.t(c.robustness))}" if c.robustness else ""
        names = " ⚡ ".join(_e(page.label(m)) for m in c.models)
        keep = _keep_box(page, "contradictions", qa.id, i) if review else ""
        items.append(f'<li id="clash-{_e(qa.id)}-{i}" class="finding clash-item">{keep}'
                     f'<button type="button" class="clash" data-clash="clash-{_e(qa.id)}-{i}">⚡ {names}</button> '
                     f"{_e(c.point)}{tag}</li>")
    for i, ev in enumerate(qa.evasions):
        keep = _keep_box(page, "evasions", qa.id, i) if review else ""
        items.append(f'<li class="finding dodge-item">{keep}<button type="button" class="clash" '
                     f'data-clash="dodge-{_e(qa.id)}-{i}">◌ {_e(page.label(ev.model))}</button> {_e(ev.reason)}</li>')
    for i, ag in enumerate(qa.agreements):
        names = " = ".join(_e(page.label(m)) for m in ag.models)
        items.append(f'<li class="finding agree-item"><button type="button" class="clash" '
                     f'data-clash="agree-{_e(qa.id)}-{i}">= {names}</button> {_e(ag.point)}</li>')
    checks = [f'<li class="check-item" data-kind="{_e(item.kind)}"><button type="button" class="clash" '
              f'data-clash="check-{_e(qa.id)}-{i}">? {_e(", ".join(page.label(m) for m in item.models))}</button> '
              f'{_e(item.reason)} <span class="kind">({_e(item.kind)})</span></li>'
              for i, item in enumerate(qa.to_check)]
    out = f'<ul class="findings">{"".join(items)}</ul>' if items else ""
    if checks:
        out += f'<div class="to-check"><h3>{_e(page.t("check"))}</h3><ul>{"".join(checks)}</ul></div>'
    return out


def _keep_box(page: _Page, field_name: str, qid: str, index: int) -> str:
    return (f'<label class="keep"><input type="checkbox" class="keep-box" checked data-field="{field_name}" '
            f'data-q="{_e(qid)}" data-i="{index}"> {_e(page.t("keep"))}</label> ')


def _answer_row(page: _Page, qid: str, marks: dict[str, list[tuple[str, str]]]) -> str:
    answers = _one_per_model(page.transcript.answers_for(qid))
    if not answers:
        return ""
    columns = "".join(_answer_column(page, a, marks.get(a.model, [])) for a in answers)
    return f'<div class="answers" style="--cols:{len(answers)}">{columns}</div>'


def _one_per_model(answers: list[Answer]) -> list[Answer]:
    """The answer each model gave; of repeated samples (`sample: 1..N`), the main answer or the first sample."""
    chosen: dict[str, Answer] = {}
    for answer in answers:
        held = chosen.get(answer.model)
        if held is None or _sample_rank(answer) < _sample_rank(held):
            chosen[answer.model] = answer
    return list(chosen.values())


def _sample_rank(answer: Answer) -> int:
    sample = getattr(answer, "sample", None)
    return int(sample) if isinstance(sample, int) else 0


def _answer_column(page: _Page, answer: Answer, quotes: list[tuple[str, str]]) -> str:
    missing: list[str] = []
    if answer.error:
        body, missing = f'<p class="error">✕ {_e(page.t("failed"))}: {_e(answer.error)}</p>', []
    elif not answer.text.strip():
        body, missing = f'<p class="error">{_e(page.t("no_answer"))}</p>', []
    else:
        rendered = render_answer(answer.text, quotes)
        body, missing = rendered.html, rendered.missing
    warn = "".join(f'<p class="missing" data-q="{_e(m)}">⚠ {_e(page.t("not_found"))} ({_e(m)})</p>'
                   for m in dict.fromkeys(missing))
    return (f'<article class="answer" data-model="{_e(answer.model)}" lang="{page.lang}">'
            f'<h3 class="model">{_e(page.label(answer.model))}</h3>{_provenance(page, answer)}'
            f'<div class="body" dir="auto">{body}</div>{warn}</article>')


def _provenance(page: _Page, a: Answer) -> str:
    bits = [f'{_e(page.t("model_id"))}: <code>{_e(a.model_id or a.model)}</code>']
    if a.asked_at:
        bits.append(f'{_e(page.t("asked"))}: <time datetime="{_e(a.asked_at)}">{_e(a.asked_at)}</time>')
    if a.latency_ms is not None:
        bits.append(f'{_e(page.t("latency"))}: {a.latency_ms / 1000:.1f} s')
    if a.usage and (a.usage.input_tokens is not None or a.usage.output_tokens is not None):
        bits.append(f'{_e(page.t("tokens"))}: {_e(page.t("in"))} {a.usage.input_tokens or 0} · '
                    f'{_e(page.t("out"))} {a.usage.output_tokens or 0}')
    if a.source:
        bits.append(_e(a.source))
    return f'<p class="prov">{" · ".join(bits)}</p>'


# ---- the questions pause -------------------------------------------------------------------------

def _questions_review(page: _Page) -> str:
    assert page.review is not None
    questions = page.review.payload if isinstance(page.review.payload, list) else []
    rows = "".join(_question_row(page, q) for q in questions)
    return (f"<header><h1>{_e(page.transcript.topic or page.t('title'))}</h1></header>"
            f'<p class="review-note" role="status">{_e(page.t("review_questions"))}</p>'
            f'<main id="answers"><ol id="qlist" class="qlist">{rows}</ol>'
            f'<button type="button" id="add-q">{_e(page.t("add"))}</button></main>{_save_bar(page)}'
            f'<template id="q-template">{_question_row(page, {"id": "", "text": ""})}</template>')


def _question_row(page: _Page, q: Any) -> str:
    qid = q.get("id", "") if isinstance(q, dict) else ""
    text = q.get("text", "") if isinstance(q, dict) else str(q)
    return (f'<li class="qrow" data-id="{_e(qid)}"><span class="qid">{_e(qid)}</span> '
            f'<input type="text" class="qtext" value="{_e(text)}" aria-label="{_e(page.t("question"))} {_e(qid)}"> '
            f'<button type="button" class="remove">{_e(page.t("remove"))}</button></li>')
