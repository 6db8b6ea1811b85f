"""--samples N: every (model, question) asked N times; each model's modal position is the one the column uses.

Each sample set (every model's k-th answer) is read on its own; a model's stability is the share of its
samples that agree with its modal stance. The question is then read once more on each model's first
sample that took the modal stance (its representative, placed first in the transcript so quotes come from
it). A clash is `robust` when both models held their position in at least 2/3 of samples, else `fragile`,
and a fragile clash goes to the author's `to_check` list (kind "stability").
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from drafter.analysis.interrogation_facts import ROBUST_SHARE, modal
from drafter.analysis.schema import Analysis, CheckItem, QuestionAnalysis
from drafter.inputs.transcript import Answer, Question, Transcript

Reader = Callable[[Transcript], Awaitable[tuple[Any, list[dict[str, Any]], list[dict[str, Any]]]]]


def sample_of(answer: Answer) -> int | None:
    value = getattr(answer, "sample", None)
    return int(value) if value is not None else None


def has_samples(answers: list[Answer]) -> bool:
    return any((sample_of(a) or 0) > 1 for a in answers)


async def analyze_samples(question: Question, answers: list[Answer], *, topic_title: str, language: str,
                          read: Reader) -> tuple[Analysis, list[dict[str, Any]], list[dict[str, Any]],
                                                 list[dict[str, Any]]]:
    """(the analysis on representative answers with stability, usage, notes, the representative picks)."""
    fixed = [a for a in answers if sample_of(a) is None]  # hand-collected: one answer, in every set
    sampled = [a for a in answers if sample_of(a) is not None]
    numbers = sorted({sample_of(a) or 1 for a in sampled})
    usage: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    stances: dict[str, list[tuple[int, str]]] = {}
    for k in numbers:
        group = [a for a in sampled if sample_of(a) == k and a.ok]
        if not group:
            continue
        reading, rows, _ = await read(_transcript(question, [*fixed, *group], topic_title, language))
        usage += rows
        qa = reading.questions[0] if reading.questions else QuestionAnalysis(id=question.id)
        for a in group:
            stances.setdefault(a.model, []).append((k, str(qa.stances.get(a.model, "unclear"))))
    picks: list[dict[str, Any]] = []
    stability: dict[str, float] = {}
    chosen: list[Answer] = list(fixed)
    for model, taken in stances.items():
        top, share = modal([s for _, s in taken])
        stability[model] = round(share, 3)
        k = next(k for k, s in taken if s == top)
        picks.append({"question": question.id, "model": model, "sample": k})
        chosen += [a for a in sampled if a.model == model and sample_of(a) == k]
    failed_only = {a.model for a in sampled} - set(stances)
    chosen += [next(a for a in sampled if a.model == m) for m in sorted(failed_only)]
    reading, rows, notes = await read(_transcript(question, chosen, topic_title, language))
    usage += rows
    mark_robustness(reading, stability, language)
    return reading, usage, notes, picks


def _transcript(question: Question, answers: list[Answer], topic_title: str, language: str) -> Transcript:
    return Transcript(topic=topic_title, language=language, questions=[question],  # type: ignore[arg-type]
                      answers=answers)


def mark_robustness(analysis: Analysis, stability: dict[str, float], language: str = "en") -> None:
    """stability per question; each clash robust or fragile; a fragile clash for the author to check."""
    for qa in analysis.questions:
        qa.stability = dict(stability)
        for clash in qa.contradictions:
            shares = [stability.get(m, 1.0) for m in clash.models]
            clash.robustness = "robust" if all(s >= ROBUST_SHARE for s in shares) else "fragile"
            if clash.robustness == "fragile":
                shaky = [stability[m] for m in clash.models if stability.get(m, 1.0) < ROBUST_SHARE]
                share = " / ".join(f"{s:.0%}" for s in shaky)
                reason = (f"多次提问中立场不稳（与多数回答一致的只有{share}），这一交锋未必站得住" if language == "zh"
                          else f"asked again, it did not keep its position (only {share} of its answers agree): "
                               "the clash may not hold")
                qa.to_check.append(CheckItem(models=list(clash.models), reason=reason, quotes=dict(clash.quotes),
                                             kind="stability"))
