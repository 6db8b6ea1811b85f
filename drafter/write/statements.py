"""Statements the column makes about the models (counts, clashes, agreements, dodges, gaps), checked
against the analysis before export, as quotes are checked against the answers.

The writer records each statement as data when it writes the sentence; `check_statements` derives the
same fact again from analysis.json and the transcript, so a sentence that misreports a model fails.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from itertools import combinations
from typing import Any

from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.inputs.transcript import Transcript


@dataclass(frozen=True)
class Statement:
    """One claim: `kind` (tally, clash, agree, dodge, stance, gap, to_check, column; pressed, stable, language),
    its question, models, value."""

    kind: str
    qid: str
    models: tuple[str, ...]
    value: Any = None

    def to_data(self) -> dict[str, Any]:
        return asdict(self)


def answered(transcript: Transcript, qa: QuestionAnalysis) -> list[str]:
    """Models with a usable answer to this question."""
    return [a.model for a in transcript.answers_for(qa.id) if a.ok and a.model not in qa.failed]


def failed(transcript: Transcript, qa: QuestionAnalysis) -> list[str]:
    return [a.model for a in transcript.answers_for(qa.id) if not (a.ok and a.model not in qa.failed)]


def dodgers(qa: QuestionAnalysis, models: list[str]) -> list[str]:
    """Models the analysis states evaded: in `evasions` (a low-confidence dodge is in to_check, not there)."""
    named = {e.model for e in qa.evasions}
    return [m for m in models if m in named]


def tally(transcript: Transcript, qa: QuestionAnalysis) -> dict[str, int]:
    """How many models took each position on a question: affirm, deny, mixed, other, evasive, unclear, failed."""
    models = answered(transcript, qa)
    dodged = set(dodgers(qa, models))
    counts: Counter[str] = Counter()
    for m in models:
        counts[position(qa, m, dodged)] += 1
    if fails := failed(transcript, qa):
        counts["failed"] = len(fails)
    return {k: v for k, v in counts.items() if v}


def position(qa: QuestionAnalysis, model: str, dodged: set[str]) -> str:
    """The stance the column may state: a dodge only when the analysis lists it; an unlisted evasive is unclear."""
    if model in dodged:
        return "evasive"
    stance = str(qa.stances.get(model, "other"))
    return "unclear" if stance == "evasive" else stance


def column_counts(transcript: Transcript, analysis: Analysis) -> dict[str, int]:
    """The closing line's facts across the whole column: models, questions, questions with a clash, dodges."""
    questions = [q for q in transcript.main_questions() if transcript.answers_for(q.id)]
    qas = [analysis.question(q.id) or QuestionAnalysis(id=q.id) for q in questions]
    return {
        "models": len(transcript.models()),
        "questions": len(questions),
        "clashes": sum(1 for qa in qas if qa.contradictions),
        "dodges": sum(len(dodgers(qa, answered(transcript, qa))) for qa in qas),
        "failed": sum(len(failed(transcript, qa)) for qa in qas),
    }


def check_statements(statements: list[Statement], analysis: Analysis, transcript: Transcript) -> list[str]:
    """Every statement that the analysis does not bear out, as a sentence naming it."""
    problems = []
    for s in statements:
        if not _holds(s, analysis, transcript):
            problems.append(f"statement not borne out by the analysis: {s.kind} {s.qid} "
                            f"{'/'.join(s.models)} {s.value!r}".rstrip())
    return problems


def _holds(s: Statement, analysis: Analysis, transcript: Transcript) -> bool:
    if s.kind == "column":
        return bool(s.value == column_counts(transcript, analysis))
    qa = analysis.question(s.qid)
    if qa is None:
        return False
    if s.kind == "tally":
        return bool(s.value == tally(transcript, qa))
    if s.kind == "clash":
        return any(set(c.models) == set(s.models) for c in qa.contradictions)
    if s.kind == "agree":
        return all(_agree(qa, a, b) for a, b in combinations(s.models, 2))
    if s.kind == "dodge":
        return s.models[0] in {e.model for e in qa.evasions}
    if s.kind == "stance":
        return qa.stances.get(s.models[0]) == s.value
    if s.kind == "gap":
        from drafter.write.gaps import gap_words

        a, b = (next((n for n in qa.numbers if n.model == m), None) for m in s.models)
        return a is not None and b is not None and gap_words(a, b, s.value[0]) == s.value[1]
    if s.kind in ("pressed", "stable", "language"):
        return _interrogation_holds(s, analysis, transcript)
    if s.kind == "to_check":
        return qa.stances.get(s.models[0]) == "unclear" or any(
            s.models[0] in item.models for item in qa.to_check)
    return False


def _agree(qa: QuestionAnalysis, a: str, b: str) -> bool:
    if any({a, b} <= set(g.models) for g in qa.agreements):
        return True
    sa, sb = qa.stances.get(a), qa.stances.get(b)
    return sa == sb and sa in ("affirm", "deny") and not any({a, b} == set(c.models) for c in qa.contradictions)


def _interrogation_holds(s: Statement, analysis: Analysis, transcript: Transcript) -> bool:
    """pressed: the follow-up's outcome; stable: samples, agreeing, modal stance; language: the flip."""
    from drafter.analysis.interrogation_facts import interrogation_facts

    facts = interrogation_facts(transcript, analysis)
    model = s.models[0]
    if s.kind == "pressed":
        return facts.pressed.get(s.qid, {}).get(model, ("", ""))[1] == s.value
    value = list(s.value) if isinstance(s.value, tuple | list) else s.value
    if s.kind == "stable":
        return list(facts.stable.get(s.qid, {}).get(model, ())) == value
    flip = facts.flips.get(s.qid, {}).get(model)
    return flip is not None and list(flip[1:]) == value
