"""The dodges an analyzer states, by style and confidence, and whether the gold labels call each answer evasive: the
evidence on which kinds of dodge are safe to state.

    python -m evals.dodge_styles tests/data/md-tune40 ...

To see what the analyzer of an earlier commit stated on a batch (each fresh batch is measured once, with the analyzer
of its moment), run this file with that commit's checkout first on PYTHONPATH. That is why it walks the cases itself,
as clash_confidence.py does, with only load_cases and analyze, which every such commit has.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from drafter.analysis.engine.analyzer import analyze
from evals.scoring import load_cases


def tally(paths: list[str]) -> dict[tuple[str, float], list[int]]:
    """(dodge style, confidence) -> [right, wrong] stated dodges."""
    out: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0])
    for case in load_cases(paths):
        analysis = analyze(case.transcript)
        for qid, gold in case.labels.items():
            qa = analysis.question(qid)
            if not qa:
                continue
            stances = gold.get("stances") or {}
            for dodge in qa.evasions:
                out[(dodge.style, dodge.confidence or 0.0)][0 if stances.get(dodge.model) == "evasive" else 1] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    for (style, sure), (right, wrong) in sorted(tally(argv or sys.argv[1:]).items()):
        print(f"{style:<14} confidence {sure:.2f}: {right} right, {wrong} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
