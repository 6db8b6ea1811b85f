"""How contested the readings behind each stated yes/no clash were, and whether the clash is in the gold labels: the
evidence for stance.CONTESTED, the share of the winning side's weight at which the other side makes a reading
contested (and, in a long answer, not stated as fact).

    python -m evals.contested tests/data/md-tune11 tests/data/md-tune12 tests/data/md-tune13

A clash's contest is the larger of its two readings' `StanceResult.opposed` (weight of the opposite stance / weight
of the stance read), from stance.read_stance itself over the whole answer. The rule is switched off while the clashes
are collected, so that the clashes it would withhold are counted too; only a long answer's contest counts (more than
reading.CONTESTED_LENGTH sentences, where the rule applies).
"""

from __future__ import annotations

import math
import sys

from drafter.analysis.engine import stance
from drafter.analysis.engine.analyzer import analyze
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import CONTESTED_LENGTH
from drafter.analysis.engine.sentences import split_sentences
from drafter.analysis.engine.stance import read_stance
from evals.scoring import Case, load_cases

CUTS = (0.2, 0.34, 0.5, 0.6, 0.67, 0.75, 0.8)


def clashes(paths: list[str]) -> list[tuple[bool, float]]:
    """(clash in the gold labels, contest ratio) for every stated yes/no clash."""
    rows: list[tuple[bool, float]] = []
    rule, stance.CONTESTED = stance.CONTESTED, math.inf
    try:
        for case in load_cases(paths):
            rows += _case_clashes(case)
    finally:
        stance.CONTESTED = rule
    return rows


def _case_clashes(case: Case) -> list[tuple[bool, float]]:
    """(right, contest) for each yes/no clash of one labelled file; only a long answer's contest counts, as in
    reading.read_answer."""
    rows: list[tuple[bool, float]] = []
    analysis = analyze(case.transcript)
    lang = case.transcript.language or "en"
    for qid, gold in case.labels.items():
        qa = analysis.question(qid)
        if not qa or qa.kind != "yesno":
            continue
        wanted = {frozenset(p) for p in gold.get("contradict") or []}
        q = read_question(qid, case.transcript.question(qid).text, lang)
        for clash in qa.contradictions:
            sides = [split_sentences(case.transcript.answer(qid, model).text) for model in clash.models]
            ratio = max((read_stance(sents, lang, q.terms, q.text).opposed for sents in sides
                         if len(sents) > CONTESTED_LENGTH), default=0.0)
            rows.append((frozenset(clash.models) in wanted, ratio))
    return rows


def main(argv: list[str] | None = None) -> int:
    rows = clashes(argv or sys.argv[1:])
    print(f"all yes/no clashes: {sum(r for r, _ in rows)} right, {sum(not r for r, _ in rows)} wrong")
    for cut in CUTS:
        hit = [right for right, ratio in rows if ratio >= cut]
        print(f"contest >= {cut:.2f}: {sum(hit)} right, {len(hit) - sum(hit)} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
