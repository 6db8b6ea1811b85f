"""How sure the readings behind each stated clash were, and whether the clash is in the gold labels: the evidence
for the confidence below which the analyzer stops stating a clash (reading.STATED).

    python -m evals.clash_confidence tests/data/md-tune tests/data/md-tune2 ...
"""

from __future__ import annotations

import sys
from collections import defaultdict

from drafter.analysis.engine.analyzer import analyze
from evals.scoring import load_cases


def tally(paths: list[str]) -> dict[tuple[str, float], list[int]]:
    """(question kind, confidence of the weaker reading) -> [right, wrong] stated clashes."""
    out: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0])
    for case in load_cases(paths):
        analysis = analyze(case.transcript)
        for qid, gold in case.labels.items():
            qa = analysis.question(qid)
            if not qa:
                continue
            wanted = {frozenset(p) for p in gold.get("contradict") or []}
            for clash in qa.contradictions:
                sure = min(qa.confidence.get(m, 0.0) for m in clash.models)
                out[(qa.kind, sure)][0 if frozenset(clash.models) in wanted else 1] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    for (kind, sure), (right, wrong) in sorted(tally(argv or sys.argv[1:]).items()):
        print(f"{kind:<8} confidence {sure:.2f}: {right} right, {wrong} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
