"""The offline writer: a column skeleton from the analysis, with every quote placed by reference.

It cannot argue, so it reports: who was asked, who said what, where two models clash, who
dodged; it leaves marked placeholders where the author's peg, analysis and argument go.
"""

from __future__ import annotations

from drafter.analysis.schema import Analysis
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Transcript
from drafter.write.column_templates import fill, load_template
from drafter.write.common import count_word, join_names, join_parts, light_escape
from drafter.write.compose_context import WriteContext, first_sentence
from drafter.write.outline import Block, Bullets, Heading, Outline, Paragraph, Placeholder, QuoteRef, Segment
from drafter.write.sections import question_section


def compose(topic: Topic, transcript: Transcript, analysis: Analysis, *, style: str | None = None) -> Outline:
    """The offline column outline for this topic, transcript and analysis."""
    language = column_language(topic, transcript)
    template = load_template(style or topic.style, language, where=topic.path or None)
    ctx = WriteContext(topic, transcript, analysis, template, language)
    blocks: list[Block] = [*_lede(ctx), *_panel(ctx)]
    for number, question in enumerate(transcript.main_questions(), 1):
        if transcript.answers_for(question.id):
            blocks += question_section(ctx, number, question)
    blocks += _replies(ctx)
    if ctx.section_on("why"):
        blocks += _why(ctx)
    if ctx.section_on("argument"):
        blocks += [
            Heading(template.heading("argument"), 2),
            Paragraph((ctx.placeholder("argument.placeholder"),)),
        ]
    if ctx.section_on("closing"):
        blocks += _closing(ctx)
    return Outline(
        title=_headline(ctx),
        language=language,
        style=template.key,
        blocks=blocks,
        engine="offline",
        notes=list(dict.fromkeys(ctx.notes)),
    )


def column_language(topic: Topic, transcript: Transcript) -> str:
    """The topic's language if given, else the transcript's, else detected from the topic."""
    return topic.language or transcript.language or topic.lang


def blunt_question(topic: Topic, transcript: Transcript) -> str:
    """The title when it is a question, else the first question asked."""
    title = topic.title.strip()
    if title.endswith(("?", "？")) or not transcript.questions:
        return title
    return transcript.questions[0].text.strip()


def lower_first(text: str) -> str:
    """`Fare-free transit` → `fare-free transit` mid-sentence; `AI rules` stays (an acronym)."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _headline(ctx: WriteContext) -> str:
    n = len(ctx.transcript.models())
    return ctx.template.pattern("headline", title=ctx.topic.title.strip(), n=count_word(n, ctx.language), number=n)


def _first_paragraph(body: str) -> str:
    """The author's angle: the first paragraph of the topic body that is plain prose."""
    for chunk in body.replace("\r\n", "\n").split("\n\n"):
        text = chunk.strip()
        if text and not text.startswith(("#", "-", "*", ">", "|", "```", "<!--")) and not text[0].isdigit():
            return text
    return ""


def _lede(ctx: WriteContext) -> list[Block]:
    """The peg placeholder, then the author's angle (verbatim) or a template lede, and the blunt question."""
    question = light_escape(blunt_question(ctx.topic, ctx.transcript))
    subject = light_escape(ctx.transcript.topic or ctx.topic.title)
    blocks: list[Block] = [Paragraph((ctx.placeholder("peg"),))]
    angle = _first_paragraph(ctx.topic.body)
    if angle:
        blocks.append(Paragraph((angle,), verbatim=True))
        blocks.append(Paragraph(tuple(ctx.phrase("blunt", "blunt", question=question))))
    else:
        blocks.append(
            Paragraph(
                tuple(
                    ctx.phrase(
                        "lede_fallback",
                        "lede",
                        subject=subject,
                        question=question,
                        subject_lc=lower_first(subject),
                    )
                )
            )
        )
    return blocks


def _panel(ctx: WriteContext) -> list[Block]:
    """Which models were asked, and how (same wording; live on a date, or collected by hand)."""
    labels = join_names([ctx.label(m) for m in ctx.transcript.models()], ctx.language)
    nq = len(ctx.transcript.main_questions())
    slot = "panel_one" if nq == 1 else "panel_many"
    segs: list[Segment] = ctx.phrase(slot, "panel", labels=labels, nq=count_word(nq, ctx.language))
    answers = [a for a in ctx.transcript.answers if a.source != "reply"]
    dated = sorted(a.asked_at for a in answers if a.asked_at)
    live = [a for a in answers if a.asked_at or a.model_id]
    how = "how_live" if len(live) == len(answers) else ("how_hand" if not live else "how_mixed")
    if ctx.language == "en":
        segs.append(" ")
    segs += ctx.phrase(how, "how", date=_date(dated[0], ctx.language) if dated else "")
    return [Paragraph(tuple(segs))]


def _replies(ctx: WriteContext) -> list[Block]:
    """The right-of-reply round: each reply's opening sentence, quoted like any answer."""
    rounds = [q for q in ctx.transcript.questions if q.reply_to]
    blocks: list[Block] = []
    for question in rounds:
        for answer in ctx.transcript.answers_for(question.id):
            if not answer.ok:
                continue
            original = ctx.transcript.answers_for(question.reply_to or "")
            others = [ctx.label(a.model) for a in original if a.model != answer.model
                      and any(answer.model in c.models and a.model in c.models
                              for c in ctx.qa(question.reply_to or "").contradictions)]
            line = ctx.template.heading("reply_line", label=ctx.label(answer.model),
                                        others=join_names(others, ctx.language))
            blocks.append(Paragraph((line, QuoteRef(question.id, answer.model, _opening(answer.text)))))
    if not blocks:
        return []
    return [Heading(ctx.template.heading("reply"), 2), Paragraph((ctx.template.heading("reply_intro"),)), *blocks]


def _opening(text: str) -> str:
    """The reply's first sentence, or its first two when the first is only the verdict ("HOLD.")."""
    body = text.strip()
    first = first_sentence(body)
    end = body.find(first) + len(first)
    if len(first) >= 12 or end >= len(body):
        return first
    second = first_sentence(body[end:].lstrip(" .。!！?？"))
    stop = body.find(second, end) + len(second) if second else end
    return body[:stop]


def _date(iso: str, language: str) -> str:
    day = iso[:10]
    if language == "zh" and len(day) == 10 and day[4] == "-":
        return f"{int(day[:4])}年{int(day[5:7])}月{int(day[8:10])}日"
    return day


def _why(ctx: WriteContext) -> list[Block]:
    """The author's analysis goes here; the prompts are questions for the author, never claims."""
    seen: list[tuple[str, tuple[tuple[str, str], ...]]] = []
    for slot, values in [*ctx.why, ("why.generic", {})]:
        key = (slot, tuple(sorted(values.items())))
        if key not in seen:
            seen.append(key)
    items = tuple((Placeholder(fill(ctx.template.phrase(slot, ctx.seed), dict(values))),) for slot, values in seen[:6])
    hint = ctx.placeholder("why.placeholder")
    return [Heading(ctx.template.heading("why"), 2), Paragraph((hint,)), Bullets(items)]


def _closing(ctx: WriteContext) -> list[Block]:
    """A line that returns to the opening question, with the tally: 三个模型，两种答案，一次回避."""
    tally = join_parts(_closing_tally(ctx), ctx.language)
    if ctx.language == "en":
        tally = tally[:1].upper() + tally[1:]
    question = light_escape(blunt_question(ctx.topic, ctx.transcript))
    line = ctx.phrase("closing.line", "closing", tally=tally, question=question, question_lc=lower_first(question))
    return [Paragraph(tuple(line)), Paragraph((ctx.placeholder("closing.placeholder"),))]


def _closing_tally(ctx: WriteContext) -> list[str]:
    """Counts for the main question (the first with a clash, else the first): models, answers, dodges."""
    qids = [q.id for q in ctx.transcript.main_questions() if ctx.transcript.answers_for(q.id)]
    main = next((q for q in qids if ctx.qa(q).contradictions), qids[0] if qids else "")
    qa = ctx.qa(main)
    asked = [a.model for a in ctx.transcript.answers_for(main)]
    ok = [m for m in asked if ctx.answer_ok(main, m)]
    dodged = [m for m in ok if qa.stances.get(m) == "evasive" or any(e.model == m for e in qa.evasions)]
    positions = _positions(ctx, main, [m for m in ok if m not in dodged])
    counts = [
        ("models", len(asked)),
        ("answers", positions),
        ("dodges", len(dodged)),
        ("failed", len(asked) - len(ok)),
    ]
    parts = []
    for key, n in counts:
        if (n or key == "models") and (key != "answers" or qa.stances):  # no stances: no count of answers
            slot = f"closing.tally.{key}"
            slot += "_one" if n == 1 and ctx.template.has_phrase(slot + "_one") else ""
            parts.append(ctx.template.phrase(slot, ctx.seed, n=count_word(n, ctx.language)))
    return parts


def _positions(ctx: WriteContext, qid: str, models: list[str]) -> int:
    """Distinct positions: models that agree (by the analysis, or by the same yes/no stance) count once."""
    qa = ctx.qa(qid)
    group = {m: m for m in models}

    def root(m: str) -> str:
        while group[m] != m:
            m = group[m]
        return m

    pairs = [(a, b) for g in qa.agreements for a in g.models for b in g.models]
    pairs += [
        (a, b)
        for a in models
        for b in models
        if qa.stances.get(a) in ("affirm", "deny", "mixed") and qa.stances.get(a) == qa.stances.get(b)
    ]
    for a, b in pairs:
        if a in group and b in group:
            group[root(a)] = root(b)
    return len({root(m) for m in models})
