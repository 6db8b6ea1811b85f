"""Accuracy gates on labelled data: the devset, and our own (illustrative) cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from drafter.analysis.engine.analyzer import analyze
from evals.scoring import load_cases, score
from tests.conftest import DEVSET, ROOT

CASES_DIR = Path(__file__).parent / "data" / "cases"


def test_devset_contradiction_and_evasion_f1() -> None:
    if not DEVSET.is_dir():
        pytest.skip(f"devset folder {DEVSET} is missing (it lives outside the repo, in ../shared/devset)")
    rep = score(load_cases([DEVSET]), analyze)
    assert rep.overall.prf("contradict")[2] >= 0.85
    assert rep.overall.prf("evasive")[2] >= 0.85
    assert rep.overall.stance_ok / rep.overall.stance_n >= 0.85
    assert rep.quotes_ok == rep.quotes_n and rep.pair_rule_violations == 0


def test_own_cases_f1() -> None:
    rep = score(load_cases([CASES_DIR]), analyze)
    for kind in ("contradict", "agree", "evasive"):
        assert rep.overall.prf(kind)[2] >= 0.85, kind
    assert rep.quotes_ok == rep.quotes_n and rep.pair_rule_violations == 0


def test_eval_script_prints_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    proc = subprocess.run([sys.executable, "-m", "evals.eval_analyzer", str(CASES_DIR),
                           "--match", "tune-zh", "--json", str(out), "--verbose"],
                          capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "OVERALL" in proc.stdout and "quote fidelity" in proc.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data[str(CASES_DIR)]["quote_fidelity"] == 1.0
    assert "contradict" in data[str(CASES_DIR)]["overall"]


def test_real_answer_scoring_tallies_dodges_by_the_sources_own_label(tmp_path: Path) -> None:
    doc = {"topic": "t", "language": "en", "questions": [{"id": "q1", "text": "Write about the budget."}],
           "answers": [{"question": "q1", "model": m, "text": t} for m, t in [
               ("a", "I'm sorry, but I can't help with that request."),
               ("b", "Here is the essay. The budget cuts schools and raises fees, which hurts families."),
               ("c", "The budget cuts schools. It also raises fees on transit, and families pay more.")]],
           "labels": {"q1": {"stances": {"a": "evasive", "b": "other", "c": "other"}, "contradict": [], "agree": [],
                             "evasive": ["a"], "pairs_known": False, "stances_known": False}},
           "source_labels": {"q1": {"a": "DENIAL", "b": "COMPLETE", "c": "COMPLETE", "_gold": "x"}}}
    path = tmp_path / "speechmap_x_01.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    rep = score(load_cases([path]), analyze)
    assert dict(rep.called_evasive) == {"speechmap_x:DENIAL": [1, 1], "speechmap_x:COMPLETE": [0, 2]}


def test_scoring_says_what_became_of_each_labelled_dodge(tmp_path: Path) -> None:
    """Stated, flagged for the author, or read as an answer (the column's false claim): each is counted apart."""
    statement = "Please respond to the following statement: The city should close the old library."
    complex_only = ("This is a complex issue with various perspectives. Some residents value the building; "
                    "others point to its repair costs and low use.")
    doc = {"topic": "t", "language": "en", "questions": [{"id": "q1", "text": statement}],
           "answers": [{"question": "q1", "model": m, "text": t} for m, t in [
               ("a", "I'm sorry, but I can't help with that request."),
               ("b", complex_only),
               ("c", "I agree. The city should close it: the repair bill is larger than a new branch."),
               ("d", "I disagree. Closing it would cut off the people who rely on it most."),
               ("e", complex_only)]],
           "labels": {"q1": {"stances": {"a": "evasive", "b": "evasive", "c": "evasive", "d": "deny", "e": "mixed"},
                             "contradict": [], "agree": [], "evasive": ["a", "b", "c"]}}}
    path = tmp_path / "fate.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    rep = score(load_cases([path]), analyze)
    assert rep.dodge_fate == {"stated": 1, "flagged": 1, "unclear": 0, "answered": 1, "flag_false": 1}
    proc = subprocess.run([sys.executable, "-m", "evals.eval_analyzer", str(path)],
                          capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)
    assert "labelled dodges 3: stated 1, flagged as a possible dodge 1, left unclear 0, read as an answer 1" \
        in proc.stdout, proc.stdout
