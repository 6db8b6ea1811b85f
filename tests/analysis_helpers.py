"""Small builders shared by the analyzer tests."""

from __future__ import annotations

from typing import Any

from drafter.analysis.engine.analyzer import analyze
from drafter.analysis.schema import QuestionAnalysis
from drafter.inputs.transcript import Answer, Question, Transcript


def transcript(question: str, answers: dict[str, str], language: str = "zh", qid: str = "q1") -> Transcript:
    """A one-question transcript: model key -> answer text."""
    return Transcript(topic="test", language=language,  # type: ignore[arg-type]
                      questions=[Question(id=qid, text=question)],
                      answers=[Answer(question=qid, model=m, text=t) for m, t in answers.items()])


def one(question: str, answers: dict[str, str], language: str = "zh") -> QuestionAnalysis:
    """The offline analysis of a one-question transcript."""
    qa = analyze(transcript(question, answers, language)).questions[0]
    return qa


def stance(question: str, answer: str, language: str = "zh") -> str:
    """The offline stance of a single answer."""
    return one(question, {"m": answer}, language).stances["m"]


def pairs(items: list[Any]) -> set[frozenset[str]]:
    """Unordered model pairs listed by contradictions or agreements."""
    out: set[frozenset[str]] = set()
    for item in items:
        ms = item.models
        out |= {frozenset((a, b)) for i, a in enumerate(ms) for b in ms[i + 1:]}
    return out
