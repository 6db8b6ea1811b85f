"""What the analyzer withholds: the readings that the confidence rules (reading.LISTED, reading.STATED) turn into
`unclear` for the author's list, read again with those rules off, and scored against the gold stance.

    python -m evals.half_sure tests/data/md-tune2 tests/data/md-tune3 …

If most withheld readings were right, the rules would cost recall for nothing; the evidence for keeping them is that
they are not (tuning sets only: on a held-out set this is one more measurement, not a reason to tune).
"""

from __future__ import annotations

import sys
from collections import Counter

from drafter.analysis.engine import reading
from drafter.analysis.engine.analyzer import analyze
from evals.scoring import Case, load_cases


def _stances(cases: list[Case]) -> dict[tuple[str, str, str], str]:
    """(file, question, model) -> stance, for every labelled answer."""
    out = {}
    for case in cases:
        analysis = analyze(case.transcript)
        for qid, gold in case.labels.items():
            question = analysis.question(qid)
            stances = question.stances if question else {}
            out.update({(case.path.name, qid, m): stances.get(m, "") for m in gold.get("stances") or {}})
    return out


def withheld(paths: list[str]) -> Counter[str]:
    """For each reading the rules withhold: 'right' or 'wrong' (its stance with the rules off against the gold)."""
    cases = load_cases(paths, "")
    gold = {(c.path.name, qid, m): s for c in cases for qid, g in c.labels.items()
            for m, s in (g.get("stances") or {}).items()}
    with_rules = _stances(cases)
    saved = reading.LISTED, reading.STATED
    reading.LISTED, reading.STATED = 0.0, 0.0
    try:
        without = _stances(cases)
    finally:
        reading.LISTED, reading.STATED = saved
    return Counter("right" if without[k] == gold[k] else "wrong" for k, s in with_rules.items()
                   if s == "unclear" and without[k] != "unclear")


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    counts = withheld(argv)
    print(f"withheld readings: {counts['right']} right, {counts['wrong']} wrong with the confidence rules off")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
