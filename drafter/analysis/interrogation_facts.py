"""What interrogation found, read back from the analysis and transcript: who was pressed and how it went,
how stable each position was across samples, whose position flipped with the language.

The writer states these facts and the statement check derives them again here, so both read one source.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.inputs.transcript import Transcript

_PRESS_ID = re.compile(r"^(?P<qid>.+)-press(?:-(?P<round>\d+))?$")
POSITIONS = ("affirm", "deny", "mixed", "other")
ROBUST_SHARE = 2 / 3  # both sides of a clash at least this stable: robust


def press_question_id(qid: str, round_: int = 1) -> str:
    """q1 -> q1-press (first round), q1-press-2 (second)…"""
    return f"{qid}-press" if round_ <= 1 else f"{qid}-press-{round_}"


def parse_press_id(qid: str) -> tuple[str, int] | None:
    """(original id, round) for a follow-up's id, else None."""
    m = _PRESS_ID.match(qid)
    return (m["qid"], int(m["round"] or 1)) if m else None


def press_outcome(qa: QuestionAnalysis, model: str) -> str:
    """held (a dodge the analysis lists), answered (a position), or unclear (read with no confidence)."""
    if model in {e.model for e in qa.evasions}:
        return "held"
    return "answered" if qa.stances.get(model) in POSITIONS else "unclear"


def modal(stances: list[str]) -> tuple[str, float]:
    """The most common stance (ties: the earliest sample's) and the share of samples that took it."""
    if not stances:
        return "unclear", 0.0
    counts = Counter(stances)
    best = max(counts.values())
    top = next(s for s in stances if counts[s] == best)
    return top, best / len(stances)


@dataclass
class Facts:
    # qid -> model -> (the last follow-up's question id, held | answered | unclear)
    pressed: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    # qid -> model -> (samples, samples agreeing with the modal stance, the modal stance)
    stable: dict[str, dict[str, tuple[int, int, str]]] = field(default_factory=dict)
    # qid -> model -> (the other-language question id, its language, stance here, stance there)
    flips: dict[str, dict[str, tuple[str, str, str, str]]] = field(default_factory=dict)


def samples_of(transcript: Transcript, qid: str, model: str) -> int:
    """How many usable samples `model` gave for `qid` (1 for a run without samples)."""
    return sum(1 for a in transcript.all_answers_for(qid) if a.model == model and a.ok)


def interrogation_facts(transcript: Transcript, analysis: Analysis) -> Facts:
    facts = Facts()
    main = transcript.main_questions()
    for question in main:
        qid = question.id
        for round_ in range(1, 20):
            qa = analysis.question(press_question_id(qid, round_))
            if qa is None:
                break
            for answer in transcript.answers_for(qa.id):
                if answer.ok and answer.model not in qa.failed:
                    facts.pressed.setdefault(qid, {})[answer.model] = (qa.id, press_outcome(qa, answer.model))
        qa = analysis.question(qid)
        if qa is None:
            continue
        for model, share in qa.stability.items():
            n = samples_of(transcript, qid, model)
            stance = qa.stances.get(model, "unclear")
            if n >= 2:
                facts.stable.setdefault(qid, {})[model] = (n, round(share * n), stance)
        for other in transcript.questions:
            if other.translation_of != qid:
                continue
            there_qa = analysis.question(other.id)
            if there_qa is None:
                continue
            for model, here in qa.stances.items():
                there = there_qa.stances.get(model)
                if here in ("affirm", "deny") and there in ("affirm", "deny") and here != there:
                    facts.flips.setdefault(qid, {})[model] = (other.id, other.language or "", here, there)
    return facts
