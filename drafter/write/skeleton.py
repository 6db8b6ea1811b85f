"""The offline writer: a column skeleton from the analysis, with every quote placed by reference.

It cannot argue, so it reports: who was asked, who said what, where two models clash, who
dodged; it leaves marked placeholders where the author's peg, analysis and argument go.
"""

from __future__ import annotations

from drafter.analysis.schema import Analysis
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Transcript
from drafter.write.appendix import question_label
from drafter.write.column_templates import fill, load_template
from drafter.write.common import count_word, join_names, join_parts, light_escape
from drafter.write.compose_context import WriteContext, first_sentence
from drafter.write.interrogation import interrogation_blocks
from drafter.write.outline import Block, Bullets, Heading, Outline, Paragraph, Placeholder, QuoteRef, Segment
from drafter.write.sections import question_section
from drafter.write.statements import column_counts


def compose(topic: Topic, transcript: Transcript, analysis: Analysis, *, style: str | None = None) -> Outline:
    """The offline column outline for this topic, transcript and analysis."""
    language = column_language(topic, transcript)
    template = load_template(style or topic.style, language, where=topic.path or None)
    ctx = WriteContext(topic, transcript, analysis, template, language)
    blocks: list[Block] = [*_lede(ctx), *_panel(ctx)]
    for number, question in enumerate(transcript.main_questions(), 1):
        if transcript.answers_for(question.id):
            blocks += question_section(ctx, number, question)
    blocks += interrogation_blocks(ctx)  # pressed, samples, language (drafter.write.interrogation)
    blocks += _replies(ctx)
    blocks += _to_check(ctx)
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
        statements=list(ctx.statements),
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
    """A line that returns to the opening question, with the column's true tally: models, questions, clashes, dodges."""
    counts = column_counts(ctx.transcript, ctx.analysis)
    ctx.claim("column", "", [], counts)
    tally = _closing_tally(ctx, counts)
    if ctx.language == "en":
        tally = tally[:1].upper() + tally[1:]
    question = light_escape(blunt_question(ctx.topic, ctx.transcript))
    line = ctx.phrase("closing.line", "closing", tally=tally, question=question, question_lc=lower_first(question))
    return [Paragraph(tuple(line)), Paragraph((ctx.placeholder("closing.placeholder"),))]


def _closing_tally(ctx: WriteContext, counts: dict[str, int]) -> str:
    """三个模型、四个问题：四个问题上有正面交锋，两次回避 — every count from the whole column."""
    def part(key: str, n: int) -> str:
        slot = f"closing.tally.{key}"
        slot += "_one" if n == 1 and ctx.template.has_phrase(slot + "_one") else ""
        return ctx.template.phrase(slot, ctx.seed, n=count_word(n, ctx.language))

    zh = ctx.language == "zh"
    models = f"{count_word(counts['models'], 'zh')}个模型" if zh else \
        f"{count_word(counts['models'], 'en')} model{'s' if counts['models'] != 1 else ''}"
    questions = f"{count_word(counts['questions'], 'zh')}个问题" if zh else \
        f"{count_word(counts['questions'], 'en')} question{'s' if counts['questions'] != 1 else ''}"
    rest = [part(key, counts[key]) for key in ("clashes", "dodges", "failed") if counts[key]]
    if counts["clashes"] and counts["clashes"] == counts["questions"] and counts["questions"] > 1:
        # "四个问题：四个问题上有正面交锋" repeats itself; say "every question" instead.
        rest[0] = ctx.template.phrase("closing.tally.clashes_all", ctx.seed) or rest[0]
    if not rest:
        return ctx.template.phrase("closing.tally.frame_plain", ctx.seed, models=models, questions=questions)
    return ctx.template.phrase("closing.tally.frame", ctx.seed, models=models, questions=questions,
                               rest=join_parts(rest, ctx.language))


def _to_check(ctx: WriteContext) -> list[Block]:
    """The analysis' doubtful readings, never stated as fact in the column: a short list for the author."""
    items: list[tuple[Segment, ...]] = []
    for number, question in enumerate(ctx.transcript.main_questions(), 1):
        qa = ctx.qa(question.id)
        where = question_label(ctx.template, number)
        for item in qa.to_check:
            models = join_names([ctx.label(m) for m in item.models], ctx.language)
            text = ctx.template.phrase("check.item", ctx.seed, models=models, where=where,
                                       reason=light_escape(item.reason.rstrip("。.")))
            segs: list[Segment] = [Placeholder(text)]
            for model, quote in list(item.quotes.items())[:2]:
                ref = ctx.quote(question.id, model, quote) if quote else None
                if ref is not None:
                    segs += [" " if ctx.language == "en" else "", ctx.label(model) + ("：" if ctx.language == "zh"
                                                                                      else ": "), ref]
            for model in item.models:
                ctx.claim("to_check", question.id, [model])
            items.append(tuple(s for s in segs if s != ""))
    if not items:
        return []
    return [Heading(ctx.template.phrase("check.heading", ctx.seed), 2),
            Paragraph((ctx.template.phrase("check.intro", ctx.seed),)), Bullets(tuple(items))]
