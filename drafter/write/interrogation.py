"""The column's sentences about interrogation: who was pressed and what it said, how stable a position was
across samples, and who changed position with the language. Each is derived from analysis.json alone and
recorded as a statement (`pressed`, `stable`, `language`), checked again before export.
"""

from __future__ import annotations

from drafter.analysis.interrogation_facts import interrogation_facts
from drafter.inputs.transcript import Question
from drafter.write.common import count_word
from drafter.write.compose_context import WriteContext
from drafter.write.outline import Block, Heading, Paragraph, Segment

_SLOT = "interrogation"


def interrogation_blocks(ctx: WriteContext) -> list[Block]:
    """A short section after the questions: pressing, stability, language. Nothing when none was done."""
    from drafter.write.appendix import question_label

    paragraphs: list[list[Segment]] = []
    for number, question in enumerate(ctx.transcript.main_questions(), 1):
        found = [*_pressed(ctx, question), *_stable(ctx, question), *_language(ctx, question)]
        if found:  # the question's lines in one paragraph, led by how a reader names it (Q1, 第一问)
            lead = question_label(ctx.template, number) + ("：" if ctx.language == "zh" else ": ")
            joined: list[Segment] = [lead]
            for n, segments in enumerate(found):
                joined += ([] if n == 0 or ctx.language == "zh" else [" "]) + segments
            paragraphs.append(joined)
    if not paragraphs:
        return []
    heading = ctx.template.phrase(f"{_SLOT}.heading", ctx.seed)
    return [Heading(heading, 2), *(Paragraph(tuple(p)) for p in paragraphs)]


def _pressed(ctx: WriteContext, question: Question) -> list[list[Segment]]:
    out = []
    facts = interrogation_facts(ctx.transcript, ctx.analysis)
    for model, (last_qid, outcome) in facts.pressed.get(question.id, {}).items():
        qa = ctx.qa(last_qid)
        quote = None
        if outcome != "unclear":
            dodge = next((e.quote for e in qa.evasions if e.model == model), None)
            quote = ctx.quote(last_qid, model, qa.key_quotes.get(model), dodge)
        slot = f"{_SLOT}.pressed_{outcome}" if quote is not None or outcome == "unclear" else None
        if slot is None:
            continue
        ctx.claim("pressed", question.id, [model], outcome)
        out.append(ctx.phrase(slot, f"{question.id}|{model}", {"quote": quote} if quote else None,
                              m=ctx.label(model)))
    return out


def _stable(ctx: WriteContext, question: Question) -> list[list[Segment]]:
    """"Asked three times, Grok said yes each time": only for a model that held its position in every sample."""
    out = []
    facts = interrogation_facts(ctx.transcript, ctx.analysis)
    for model, (n, agreeing, stance) in facts.stable.get(question.id, {}).items():
        if n < 2 or stance not in ("affirm", "deny"):
            continue
        word = ctx.template.stance_word(stance)
        slot = f"{_SLOT}.stable_all" if agreeing == n else f"{_SLOT}.stable_most"
        ctx.claim("stable", question.id, [model], [n, agreeing, stance])
        out.append(ctx.phrase(slot, f"{question.id}|{model}", m=ctx.label(model), stance=word,
                              n=count_word(n, ctx.language), k=count_word(agreeing, ctx.language)))
    return out


def _language(ctx: WriteContext, question: Question) -> list[list[Segment]]:
    """A model whose position flips with the language: quoted in each language it answered, never translated."""
    out = []
    facts = interrogation_facts(ctx.transcript, ctx.analysis)
    for model, (other_qid, lang, here, there) in facts.flips.get(question.id, {}).items():
        quote_here = ctx.quote(question.id, model, ctx.qa(question.id).key_quotes.get(model))
        quote_there = ctx.quote(other_qid, model, ctx.qa(other_qid).key_quotes.get(model))
        if quote_here is None or quote_there is None:
            continue
        ctx.claim("language", question.id, [model], [lang, here, there])
        names = ctx.template.data.get("phrases", {}).get(_SLOT, {}).get("language_names", {})
        out.append(ctx.phrase(f"{_SLOT}.language_flip", f"{question.id}|{model}",
                              {"quote_a": quote_here, "quote_b": quote_there}, m=ctx.label(model),
                              a=ctx.template.stance_word(here), b=ctx.template.stance_word(there),
                              lang=names.get(lang, lang)))
    return out

