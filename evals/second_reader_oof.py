"""Out of fold on the calibration half: how the analyzer scores the calibration folders when every answer in them is
read by second readers that never saw its folder.

    pip install -e ".[train]"     # scikit-learn
    python -m evals.second_reader_oof --calibration CAL_DIR... --tuning TUNING_DIR...

`make second-reader-oof` passes the folders the shipped readers were trained on (the tuning folders, and as the
calibration half md-holdout14 to 102 with an even number). Each fold holds out a fifth of the calibration folders,
fits the three readers (evals.train_stance_model) on the tuning folders and the other calibration folders, and reads the
held-out fifth with them. The analyzer's summary is printed with the rules alone, then with the out-of-fold readers:
the figures behind the readers' thresholds (stance_model.py, dodge_model.py, pick_model.py).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from drafter.analysis.engine import dodge_model, pick_model, stance_model
from drafter.analysis.engine.analyzer import analyze
from evals.eval_analyzer import print_report
from evals.scoring import load_cases, score
from evals.train_stance_model import examples, train

Examples = tuple[list[list[str]], list[str], list[str]]


def _fit(reader: str, folders: list[str], read: dict[tuple[str, str], Examples]) -> dict[str, Any]:
    """A reader fitted on the given folders' examples (each folder read once, then kept in `read`)."""
    feats: list[list[str]] = []
    labels: list[str] = []
    for folder in folders:
        if (reader, folder) not in read:
            read[(reader, folder)] = examples([folder], reader)
        feats += read[(reader, folder)][0]
        labels += read[(reader, folder)][1]
    return train(feats, labels)


def out_of_fold(tuning: list[str], calibration: list[str], folds: int) -> dict[str, tuple[dict[str, Any], ...]]:
    """Answer text -> (yes/no reader, dodge reader, pick reader) fitted without the answer's folder."""
    readers: dict[str, tuple[dict[str, Any], ...]] = {}
    read: dict[tuple[str, str], Examples] = {}
    for k in range(folds):
        held = calibration[k::folds]
        rest = tuning + [c for c in calibration if c not in held]
        fitted = (_fit("stance", rest, read), _fit("dodge", rest, read), _fit("pick", rest, read))
        for case in load_cases(held):
            readers.update({answer.text: fitted for answer in case.transcript.answers})
        print(f"fold {k + 1}/{folds}: {len(held)} folders held out", file=sys.stderr)
    return readers


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--calibration", nargs="+", required=True)
    parser.add_argument("--tuning", nargs="+", required=True)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    cases = load_cases(args.calibration)
    readers = out_of_fold(args.tuning, sorted(args.calibration), args.folds)
    shipped_asked = stance_model.asked
    stance_model.asked = lambda text: False  # type: ignore[assignment]  # every reader asks it
    print_report("rules alone", score(cases, analyze), False)
    stance_model.asked = shipped_asked  # type: ignore[assignment]
    stance_model.probabilities = lambda text: stance_model.apply(  # type: ignore[assignment]
        readers[text][0], stance_model.features(text))
    dodge_model.dodge_probability = lambda text, kind: stance_model.apply(  # type: ignore[assignment]
        readers[text][1], dodge_model.dodge_features(text, kind))["evasive"]
    pick_model.probability = lambda text, options, chosen, lang: stance_model.apply(  # type: ignore[assignment]
        readers[text][2], pick_model.features(text, options, chosen, lang))["picked"]
    print_report("with the second readers, out of fold", score(cases, analyze), False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
