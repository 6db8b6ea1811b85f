"""Train the learned second readers (drafter/analysis/engine/stance_model.py, dodge_model.py, pick_model.py) and write
their weights.

    pip install -e ".[train]"    # scikit-learn: training only, drafter itself never imports it
    python -m evals.train_stance_model --out drafter/analysis/models/stance_model.json DIR...
    python -m evals.train_stance_model --reader dodge --out drafter/analysis/models/dodge_model.json DIR...
    python -m evals.train_stance_model --reader pick --out drafter/analysis/models/pick_model.json DIR...

Pass tuning folders only (`make train-stance-model` lists them): each file records every answer file it learned
from, and a test fails if one of them is held out. The stance reader learns from answers to questions the analyzer
reads as yes/no (not statements to agree with), labelled affirm, deny, mixed or evasive; the dodge reader from
answers to figure and choice questions, labelled evasive or answered; the pick reader from each option of long answers
to choice questions, labelled picked or not where the labels and the analyzer's sure picks tell (pick_examples).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from drafter.analysis.engine import pick_model
from drafter.analysis.engine.analyzer import analyze, has_content, transcript_language
from drafter.analysis.engine.dodge_model import KINDS, dodge_features
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.stance_model import LABELS, asked, features
from evals.scoring import load_cases

MIN_FILES = 20  # a feature seen in fewer training answers than this is dropped: 25k features instead of 1.5M, same
# accuracy out of fold (0.970 against 0.964 with every feature seen twice, on the calibration half)
C = 1.0  # inverse regularisation strength; 0.3 and 4.0 scored within 0.01 out of fold
ROUND = 4  # decimals kept in the weights file


def examples(paths: list[str], reader: str = "stance") -> tuple[list[list[str]], list[str], list[str]]:
    """(features, label, source file) of every labelled answer the reader learns from under the given folders."""
    if reader == "pick":
        return pick_examples(paths)
    feats, labels, sources = [], [], []
    for case in load_cases(paths):
        lang = transcript_language(case.transcript)
        for question in case.transcript.questions:
            q = read_question(question.id, question.text, lang)
            gold = case.labels.get(question.id, {}).get("stances", {})
            wanted = q.kind in KINDS if reader == "dodge" else q.kind == "yesno" and not q.statement
            if not wanted:
                continue
            for answer in case.transcript.answers_for(question.id):
                label = gold.get(answer.model)
                if answer.error or not has_content(answer.text) or label is None:
                    continue
                if reader == "dodge":
                    feats.append(dodge_features(answer.text, q.kind))
                    labels.append("evasive" if label == "evasive" else "answered")
                elif label in LABELS:
                    feats.append(features(answer.text))
                    labels.append(label)
                else:
                    continue
                sources.append(str(case.path))
    return feats, labels, sources


# A pick the analyzer states this surely labels its gold group (on the tuning sets at 2eebadc, the choice agreements
# stated between such picks were right 430 times in 477).
SURE = 0.9


def _group_picks(gold: dict[str, Any], picks: dict[str, int]) -> dict[str, int]:
    """Model -> the option its gold group picks, where the labels and the analyzer's sure picks say which: models the
    labels put together (agree) pick the same option, and a group whose sure picks name one option picks that one."""
    groups: dict[str, set[str]] = {m: {m} for m, s in gold.get("stances", {}).items() if s == "other"}
    for a, b in gold.get("agree", []):
        if a in groups and b in groups and groups[a] is not groups[b]:
            merged = groups[a] | groups[b]
            for m in merged:
                groups[m] = merged
    known = {}
    for m, group in groups.items():
        said = {picks[n] for n in group if n in picks}
        if len(said) == 1:
            known[m] = said.pop()
    return known


@contextmanager
def _rules_picks() -> Iterator[None]:
    """The analyzer without the pick reader: its labels must not come from the weights being fitted."""
    shipped = pick_model.second_reading
    pick_model.second_reading = lambda reading, text, options, lang: None  # type: ignore[assignment]
    try:
        yield
    finally:
        pick_model.second_reading = shipped  # type: ignore[assignment]


def pick_examples(paths: list[str]) -> tuple[list[list[str]], list[str], list[str]]:
    """(features, picked|not, source file) of each option of every long answer to a choice question whose pick the
    labels and the analyzer's sure picks of its gold group tell."""
    feats, labels, sources = [], [], []
    for case in load_cases(paths):
        lang = transcript_language(case.transcript)
        with _rules_picks():
            analysis = analyze(case.transcript)
        for question in case.transcript.questions:
            q = read_question(question.id, question.text, lang)
            qa = analysis.question(question.id)
            if q.kind != "choice" or qa is None or qa.kind != "choice" or len(q.options) < 2:
                continue
            texts = [o.text for o in q.options]
            sure = {m: texts.index(p) for m, p in qa.picks.items() if p in texts and qa.stances.get(m) == "other"
                    and qa.confidence.get(m, 0.0) >= SURE}
            known = _group_picks(case.labels.get(question.id, {}), sure)
            for answer in case.transcript.answers_for(question.id):
                if answer.model not in known or not asked(answer.text):
                    continue
                for i in range(len(q.options)):
                    feats.append(pick_model.features(answer.text, q.options, i, lang))
                    labels.append("picked" if i == known[answer.model] else "not")
                    sources.append(str(case.path))
    return feats, labels, sources


def train(feats: list[list[str]], labels: list[str]) -> dict[str, Any]:
    """Fit a multinomial logistic regression; return its weights keyed by feature."""
    from sklearn.feature_extraction import DictVectorizer  # training only: not a runtime dependency
    from sklearn.linear_model import LogisticRegression

    seen = Counter(f for fs in feats for f in set(fs))
    kept = {f for f, n in seen.items() if n >= MIN_FILES}
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([{f: 1 for f in fs if f in kept} for fs in feats])
    model = LogisticRegression(C=C, max_iter=3000).fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    coef, intercept = model.coef_, model.intercept_
    if len(model.classes_) == 2:
        # a binary fit has one row, for the second class; the first class's logit is 0, so the softmax the runtime
        # takes over both is the logistic function
        coef, intercept = [[0.0] * coef.shape[1], list(coef[0])], [0.0, float(intercept[0])]
    weights = {str(name): [round(float(row[j]), ROUND) for row in coef] for j, name in enumerate(names)}
    return {"labels": [str(c) for c in model.classes_], "intercept": [round(float(b), ROUND) for b in intercept],
            "weights": {f: w for f, w in sorted(weights.items()) if any(w)}}


def relative(path: str) -> str:
    """A training file's name as the provenance test reads it: from the repo root, or `devset/…`."""
    p = Path(path).resolve()
    root = Path(__file__).resolve().parent.parent
    if p.is_relative_to(root):
        return str(p.relative_to(root))
    return f"{p.parent.name}/{p.name}"


def write(model: dict[str, Any], sources: list[str], labels: list[str], out: Path) -> None:
    """The weights file: settings and provenance first, then one feature per line so a retrain diffs readably."""
    files = sorted({relative(s) for s in sources})
    head = {"trained_on": files, "examples": len(labels), "label_counts": dict(sorted(Counter(labels).items())),
            "min_files": MIN_FILES, "C": C,
            "labels": model["labels"], "intercept": model["intercept"]}
    lines = [json.dumps(head, ensure_ascii=False)[:-1] + ', "weights": {']
    items = list(model["weights"].items())
    lines += [f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" + ("," if i < len(items) - 1 else "")
              for i, (f, w) in enumerate(items)]
    out.write_text("\n".join(lines) + "\n}}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--reader", choices=("stance", "dodge", "pick"), default="stance")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    feats, labels, sources = examples(args.paths, args.reader)
    model = train(feats, labels)
    write(model, sources, labels, args.out)
    print(f"{len(labels)} answers from {len(set(sources))} files; {len(model['weights'])} features -> {args.out}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
