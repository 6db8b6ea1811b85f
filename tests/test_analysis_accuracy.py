"""Accuracy gates on labelled data: the devset, and our own (illustrative) cases."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

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
