"""Accuracy of the offline analyzer on labelled transcripts (the devset format, with `labels:`).

Usage: .venv/bin/python scripts/eval_analyzer.py DIR_OR_FILE [...] [--match SUBSTR] [--json OUT] [--verbose]

Prints, per phenomenon and overall: stance accuracy, contradiction-pair, agreement-pair and evasion
precision/recall/F1, quote fidelity (share of all quotes in the output that verify), pairs-rule
violations, what became of each labelled dodge (stated, flagged for the author, left unclear, or read as an
answer) and timing. Each directory given is also reported on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from drafter.analysis.engine.analyzer import analyze
from evals.scoring import Counts, Report, load_cases, score


def _row(name: str, c: Counts) -> str:
    """One table row."""
    acc = c.stance_ok / c.stance_n if c.stance_n else float("nan")
    cells = [f"{name:<22}", f"{c.stance_n:>4}", f"{acc:6.1%}"]
    for kind in ("contradict", "agree", "evasive"):
        p, r, f = c.prf(kind)
        cells.append(f"{p:5.2f} {r:5.2f} {f:5.2f}")
    return "  ".join(cells)


def print_report(title: str, rep: Report, verbose: bool) -> None:
    """Print one report."""
    print(f"\n== {title}")
    heads = ["contradict P/R/F1", "agree P/R/F1", "evasion P/R/F1"]
    print(f"{'group':<22}  {'n':>4}  {'stance':>6}  " + "  ".join(f"{h:<17}" for h in heads))
    for tag in sorted(rep.by_tag):
        print(_row(tag, rep.by_tag[tag]))
    print(_row("OVERALL", rep.overall))
    fidelity = rep.quotes_ok / rep.quotes_n if rep.quotes_n else 1.0
    print(f"quote fidelity {fidelity:.1%} ({rep.quotes_ok}/{rep.quotes_n}); quotes with markup: "
          f"{rep.quotes_markup} of {rep.quotes_n}; pairs-rule violations "
          f"{rep.pair_rule_violations}; {rep.answers} answers in {rep.seconds * 1000:.0f} ms "
          f"({rep.seconds * 1000 / max(rep.answers, 1):.2f} ms/answer)")
    fate = rep.dodge_fate
    if sum(fate.values()):
        dodges = fate["stated"] + fate["flagged"] + fate["unclear"] + fate["answered"]
        print(f"labelled dodges {dodges}: stated {fate['stated']}, flagged as a possible dodge {fate['flagged']}, "
              f"left unclear {fate['unclear']}, read as an answer {fate['answered']}; stated or flagged "
              f"{(fate['stated'] + fate['flagged']) / max(dodges, 1):.0%}; possible-dodge flags on other answers "
              f"{fate['flag_false']}")
    if rep.called_evasive:
        print("called evasive, by the source's own label: " + "; ".join(
            f"{label} {n_ev}/{n} ({n_ev / n:.0%})" for label, (n_ev, n) in sorted(rep.called_evasive.items())))
    if verbose:
        for miss in rep.misses:
            print("  miss:", miss)


def _as_json(rep: Report) -> dict[str, object]:
    """Machine-readable results."""
    def block(c: Counts) -> dict[str, object]:
        acc = c.stance_ok / c.stance_n if c.stance_n else None
        out: dict[str, object] = {"answers": c.stance_n, "stance_accuracy": acc}
        for kind in ("contradict", "agree", "evasive"):
            p, r, f = c.prf(kind)
            out[kind] = {"precision": p, "recall": r, "f1": f}
        return out
    return {"overall": block(rep.overall), "by_tag": {t: block(c) for t, c in sorted(rep.by_tag.items())},
            "quote_fidelity": rep.quotes_ok / rep.quotes_n if rep.quotes_n else 1.0, "quotes": rep.quotes_n,
            "quotes_with_markup": rep.quotes_markup,
            "called_evasive_by_source_label": {k: {"called": v[0], "answers": v[1]}
                                               for k, v in sorted(rep.called_evasive.items())},
            "dodge_fate": dict(rep.dodge_fate), "pair_rule_violations": rep.pair_rule_violations,
            "seconds": rep.seconds, "answer_count": rep.answers,
            "misses": rep.misses}


def main(argv: list[str] | None = None) -> int:
    """Evaluate each given folder, then all together."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+", help="folders or files with labelled YAML transcripts")
    ap.add_argument("--match", default="", help="only files whose name contains this")
    ap.add_argument("--json", dest="json_out", help="write machine-readable results here")
    ap.add_argument("--verbose", action="store_true", help="list every miss")
    args = ap.parse_args(argv)
    results: dict[str, object] = {}
    everything = []
    for path in args.paths:
        cases = load_cases([path], args.match)
        if not cases:
            print(f"{path}: no labelled YAML files", file=sys.stderr)
            continue
        everything.extend(cases)
        rep = score(cases, analyze)
        print_report(f"{path} ({len(cases)} files)", rep, args.verbose)
        results[path] = _as_json(rep)
    if len(args.paths) > 1 and everything:
        rep = score(everything, analyze)
        print_report(f"ALL ({len(everything)} files)", rep, False)
        results["all"] = _as_json(rep)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if everything else 2


if __name__ == "__main__":
    sys.exit(main())
