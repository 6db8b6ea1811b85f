"""The offline writer's per-question section: tally, the clash, the roll call, agreements, the dodge."""

from __future__ import annotations

import re

from drafter.analysis.schema import Contradiction, Evasion, QuestionAnalysis
from drafter.inputs.transcript import Question
from drafter.lang import detect_language
from drafter.write.common import (
    count_word,
    figure_text,
    join_names,
    join_parts,
    light_escape,
    ranges_disjoint,
    short_phrase,
    zh_numeral,
)
from drafter.write.compose_context import WriteContext
from drafter.write.gaps import gap_words
from drafter.write.outline import Block, Heading, Paragraph, Segment
from drafter.write.quote_policy import body_quote, both_sides_quote
from drafter.write.statements import dodgers, position, tally

STANCE_ORDER = ("affirm", "deny", "mixed", "other")
_YES_NO = re.compile(r"^(yes|no|是|否|肯定|否定)\s*(vs\.?|对)\s*(yes|no|是|否|肯定|否定)$", re.I)


def question_section(ctx: WriteContext, number: int, question: Question) -> list[Block]:
    """Heading, then the question's story: who said what, where they clash, who dodged."""
    qa = ctx.qa(question.id)
    asked = [a.model for a in ctx.transcript.answers_for(question.id)]
    answered = [m for m in asked if ctx.answer_ok(question.id, m)]
    failed = [m for m in asked if m not in answered]
    ordinal = zh_numeral(number, counting=False) if ctx.language == "zh" else str(number)
    heading = ctx.template.heading(
        "question", ordinal=ordinal, number=number, qid=question.id, question=light_escape(question.text)
    )
    blocks: list[Block] = [Heading(heading, 2)]
    quoted: set[str] = set()
    evasive = _evasive_models(qa, answered)
    paragraphs = [
        _tally(ctx, qa, answered, failed, evasive),
        *_clashes(ctx, qa, quoted, evasive),
        _roll_call(ctx, qa, answered, quoted, evasive),
        _agreements(ctx, qa),
        *_dodges(ctx, qa, evasive, quoted),
        _failed(ctx, failed),
    ]
    blocks += [Paragraph(tuple(p)) for p in paragraphs if p]
    return blocks


def _evasive_models(qa: QuestionAnalysis, answered: list[str]) -> list[str]:
    """Only dodges the analysis states (a doubtful one is in its to_check list, never called a dodge here)."""
    return dodgers(qa, answered)


def _tally(
    ctx: WriteContext, qa: QuestionAnalysis, answered: list[str], failed: list[str], evasive: list[str]
) -> list[Segment]:
    """四个模型里，两个说是，一个说不…: only worth saying with three or more models."""
    if not ctx.section_on("tally") or len(answered) + len(failed) < 3 or not qa.stances:
        return []
    counts = tally(ctx.transcript, qa)
    ctx.claim("tally", qa.id, [], counts)
    total = count_word(len(answered) + len(failed), ctx.language)
    if len(counts) == 1 and "failed" not in counts:  # nothing to tally: they all answered alike
        return ctx.phrase(f"tally_all.{next(iter(counts))}", qa.id, n=total)
    parts = []
    for stance in (*STANCE_ORDER, "evasive", "unclear", "failed"):
        if counts.get(stance):
            slot = f"tally_part.{stance}"
            if counts[stance] == 1 and ctx.template.has_phrase(slot + "_one"):
                slot += "_one"
            parts.append(ctx.template.phrase(slot, ctx.seed, n=count_word(counts[stance], ctx.language)))
    return ctx.phrase("tally", qa.id, n=total, parts=join_parts(parts, ctx.language))


def _same_language(ctx: WriteContext, text: str) -> bool:
    """An analysis phrase is used in the prose only if it is in the column's language."""
    return bool(text.strip()) and detect_language(text) == ctx.language


def _point(ctx: WriteContext, point: str) -> str:
    """The clash's point as a short phrase: `question: a vs b` keeps `a vs b` unless that is only yes/no."""
    point = point.strip().rstrip("。.")
    if not _same_language(ctx, point):
        return ""
    head, _, tail = point.rpartition("：") if "：" in point else point.rpartition(":")
    if head and tail.strip() and not _YES_NO.match(tail.strip()) and short_phrase(tail.strip(), ctx.language):
        return tail.strip()
    text = head.strip() if head else point
    if text.endswith("…"):  # a restatement cut short does not read as prose
        return ""
    if ctx.language == "en" and text[1:2].islower():  # mid-sentence after "At issue:"
        text = text[:1].lower() + text[1:]
    return text if short_phrase(text, ctx.language) else ""


def _clashes(ctx: WriteContext, qa: QuestionAnalysis, quoted: set[str], evasive: list[str]) -> list[list[Segment]]:
    out: list[list[Segment]] = []
    for i, c in enumerate(qa.contradictions):
        a, b = c.models
        if a in evasive or b in evasive or not (ctx.answer_ok(qa.id, a) and ctx.answer_ok(qa.id, b)):
            continue
        para = _clash(ctx, qa, c, quoted, first=not out, seed=f"{qa.id}|{i}")
        if para:
            out.append(para)
        ctx.why.append(("why.clash", {"a": ctx.label(a), "b": ctx.label(b)}))
    return out


def _clash(
    ctx: WriteContext, qa: QuestionAnalysis, c: Contradiction, quoted: set[str], *, first: bool, seed: str
) -> list[Segment]:
    """The first clash head to head with its point; later ones shorter, not quoting a model twice."""
    a, b = c.models
    if b in quoted and a not in quoted:  # b is the side still to be quoted
        a, b = b, a
    la, lb = ctx.label(a), ctx.label(b)
    qa_ref = body_quote(ctx, qa.id, a, qa.key_quotes.get(a), c.quotes.get(a))
    qb_ref = body_quote(ctx, qa.id, b, qa.key_quotes.get(b), c.quotes.get(b))
    for m, ref in ((a, qa_ref), (b, qb_ref)):
        shown = next((n for n in qa.numbers if n.model == m), None)
        if ref is not None and shown is not None and _figure_in(figure_text(shown, ctx.language), ref.text):
            ctx.figures_given.add((qa.id, m))
    segs: list[Segment] = []
    ctx.claim("clash", qa.id, [a, b])
    if first and qa_ref and qb_ref:
        segs += ctx.phrase(f"clash.open_{c.kind}" if ctx.template.has_phrase(f"clash.open_{c.kind}")
                           else "clash.open", seed, a=la, b=lb)
        if c.kind == "stance" and (point := _point(ctx, c.point)):  # choices and figures speak through quotes
            segs += ctx.phrase("clash.point", seed, point=light_escape(point))
        segs += ctx.phrase("clash.body", seed, {"quote_a": qa_ref, "quote_b": qb_ref}, a=la, b=lb)
        quoted.update((a, b))
    elif b not in quoted and qb_ref:
        segs += ctx.phrase("clash.one_quoted", seed, {"quote_b": qb_ref}, a=la, b=lb)
        quoted.add(b)
    else:
        segs += ctx.phrase("clash.both_quoted", seed, a=la, b=lb)
    gap = _number_clash(ctx, qa, a, b, seed)
    if gap and segs and ctx.language == "en":
        segs.append(" ")
    return segs + gap


def _figure_in(figure: str, quote: str) -> bool:
    """Whether a quote already shows the figure, so the prose need not repeat it."""
    squash = lambda s: "".join(s.split()).lower()  # noqa: E731 - a one-off normaliser
    return bool(figure) and squash(figure) in squash(quote)


def _number_clash(ctx: WriteContext, qa: QuestionAnalysis, a: str, b: str, seed: str) -> list[Segment]:
    """How far apart two figures are, in calibrated words; the figures themselves only when no quote shows them."""
    na = next((n for n in qa.numbers if n.model == a), None)
    nb = next((n for n in qa.numbers if n.model == b), None)
    if na is None or nb is None or not ranges_disjoint(na, nb) or (qa.id, frozenset((a, b))) in ctx.gaps_given:
        return []
    ctx.gaps_given.add((qa.id, frozenset((a, b))))
    gap = gap_words(na, nb, ctx.language)
    ctx.claim("gap", qa.id, [a, b], (ctx.language, gap))
    ctx.why.append(("why.numbers", {"a": ctx.label(a), "b": ctx.label(b), "gap": gap}))
    shown = all((qa.id, m) in ctx.figures_given for m in (a, b))
    ctx.figures_given.update({(qa.id, a), (qa.id, b)})
    if shown:
        return ctx.phrase("clash.gap", seed, a=ctx.label(a), b=ctx.label(b), gap=gap)
    fa, fb = figure_text(na, ctx.language), figure_text(nb, ctx.language)
    return ctx.phrase("clash.numbers", seed, a=ctx.label(a), b=ctx.label(b), fa=fa, fb=fb, gap=gap)


def _roll_call(
    ctx: WriteContext, qa: QuestionAnalysis, answered: list[str], quoted: set[str], evasive: list[str]
) -> list[Segment]:
    """Every model not yet quoted, by name, then its verbatim key quote."""
    segs: list[Segment] = []
    rest = [m for m in answered if m not in quoted and m not in evasive]
    rest.sort(key=lambda m: STANCE_ORDER.index(s) if (s := qa.stances.get(m, "other")) in STANCE_ORDER else 9)
    used: dict[str, int] = {}  # per stance: the next variant, so that a row of answers varies
    for m in rest:
        ref = body_quote(ctx, qa.id, m, qa.key_quotes.get(m))
        if ref is None:
            continue
        stance = position(qa, m, set(evasive))
        if stance in ("affirm", "deny", "mixed"):
            ctx.claim("stance", qa.id, [m], stance)
        stance = stance if stance in STANCE_ORDER else "other"  # unclear: its words, no verdict on them
        if segs and ctx.language == "en":
            segs.append(" ")
        index = used[stance] = used.get(stance, -1) + 1
        segs += ctx.phrase(f"stance.{stance}", qa.id, {"quote": ref}, index, m=ctx.label(m))
        quoted.add(m)
    return segs


def _agreements(ctx: WriteContext, qa: QuestionAnalysis) -> list[Segment]:
    segs: list[Segment] = []
    for i, g in enumerate(qa.agreements):
        ctx.claim("agree", qa.id, list(g.models))
        models = join_names([ctx.label(m) for m in g.models], ctx.language)
        if segs and ctx.language == "en":
            segs.append(" ")
        if _same_language(ctx, g.point) and short_phrase(g.point, ctx.language) and not re.search("[:：]", g.point):
            segs += ctx.phrase(
                "agreement.with_point",
                f"{qa.id}|{i}",
                models=models,
                point=light_escape(g.point.rstrip("。.")),
            )
        else:
            segs += ctx.phrase("agreement.plain", f"{qa.id}|{i}", models=models)
        if len(g.models) > 2 or not qa.contradictions:
            ctx.why.append(("why.agreement", {"models": models}))
    return segs


def _dodges(ctx: WriteContext, qa: QuestionAnalysis, evasive: list[str], quoted: set[str]) -> list[list[Segment]]:
    """Each dodge named for what it is (refusal, 官方口径, both sides, a change of subject), then quoted."""
    out: list[list[Segment]] = []
    for m in evasive:
        ev = next((e for e in qa.evasions if e.model == m), Evasion(model=m, reason="", quote=""))
        ctx.claim("dodge", qa.id, [m])
        ref = both_sides_quote(ctx, qa.id, m, ev.quote) if ev.style == "both_sides" else None
        ref = ref or ctx.quote(qa.id, m, ev.quote, qa.key_quotes.get(m))
        seed = f"{qa.id}|{m}"
        name = ctx.template.phrase(f"dodge.style.{ev.style}", seed, avoid=ctx.used.setdefault("dodge.style", set()))
        if ev.style == "talks_around" and _same_language(ctx, ev.reason):
            name = light_escape(ev.reason.rstrip("。."))
        segs = ctx.phrase("dodge.open", seed, m=ctx.label(m))
        if ctx.language == "en":
            segs.append(" ")
        segs += ctx.phrase("dodge.quote", seed, {"quote": ref} if ref else None, name=name)
        out.append(segs)
        quoted.add(m)
        # "I have no information on this" asks a different question of the author than a refusal does
        no_info = ev.style == "no_info" and ctx.template.has_phrase("why.dodge_no_info")
        ctx.why.append(("why.dodge_no_info" if no_info else "why.dodge", {"m": ctx.label(m)}))
    return out


def _failed(ctx: WriteContext, failed: list[str]) -> list[Segment]:
    if not failed:
        return []
    return ctx.phrase("failed", "failed", models=join_names([ctx.label(m) for m in failed], ctx.language))
