"""The analyst-noise suite (evals/analyst_noise.py): the LLM analyst path on the loopback server, through the real
ChatOpenAI, given a perfect reading and the same reading spoiled the way real models spoil it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from evals.analyst_noise import INFORMATIVE, VARIANTS, Row, run_all
from evals.analyst_replies import earlier_schema_reading, oracle_reading
from evals.scoring import load_cases
from tests.conftest import ROOT

SETS = [ROOT / "tests" / "data" / "cases", ROOT / "tests" / "data" / "md-tune2"]


@pytest.fixture(scope="module")
def results() -> tuple[dict[str, Row], dict[str, float]]:
    rows, tokens = run_all(SETS)
    return {r.variant: r for r in rows}, tokens


def test_a_perfect_reading_is_kept_and_nothing_false_is_stated(
        results: tuple[dict[str, Row], dict[str, float]]) -> None:
    oracle = results[0]["oracle"]
    assert oracle.llm_contradiction_f1 == 1.0 and oracle.llm_evasion_f1 == 1.0, "the model's reading is kept exactly"
    # merged with the rules: where the two readings disagree the analyst takes a second look; a reading it keeps
    # goes to to_check, never into a false claim; the only extra calls are those looks
    assert oracle.contradiction_precision == 1.0 and oracle.evasion_precision == 1.0
    assert oracle.contradiction_f1 >= 0.95 and oracle.evasion_f1 >= 0.95
    assert oracle.fallbacks == 0 and oracle.calls == oracle.questions + oracle.second_looks
    assert oracle.second_looks <= 0.1 * oracle.questions


@pytest.mark.parametrize("variant", [v for v in VARIANTS if v != "oracle" and v not in INFORMATIVE])
def test_every_noise_variant_keeps_95_percent_of_the_oracle(
        results: tuple[dict[str, Row], dict[str, float]], variant: str) -> None:
    rows = results[0]
    oracle, row = rows["oracle"], rows[variant]
    assert row.contradiction_f1 >= 0.95 * oracle.contradiction_f1, row
    assert row.evasion_f1 >= 0.95 * oracle.evasion_f1, row
    assert row.fallbacks == 0, "no question fell back to the rules"
    if variant != "omitted_pairs":  # pairs without a pick or figure come from the rules
        assert row.llm_contradiction_f1 >= 0.95 * oracle.llm_contradiction_f1, row
    assert row.llm_evasion_f1 >= 0.95 * oracle.llm_evasion_f1, row


def test_a_rejected_json_schema_costs_one_probe_per_run_not_a_call_per_question(
        results: tuple[dict[str, Row], dict[str, float]]) -> None:
    row = results[0]["json_schema_400"]
    # one probe for the first run of the variant; every later run and question reads the remembered method
    assert row.calls == row.questions + 1 + row.second_looks


def test_positions_cost_less_than_half_the_reply_tokens_of_pair_lists(
        results: tuple[dict[str, Row], dict[str, float]]) -> None:
    tokens = results[1]
    assert tokens["positions"] < 0.5 * tokens["earlier_schema"]


def test_the_oracle_follows_the_labels() -> None:
    case = next(c for c in load_cases(SETS) if any(s == "other" for g in c.labels.values()
                                                   for s in g.get("stances", {}).values()))
    qid = next(q for q, g in case.labels.items() if "other" in g.get("stances", {}).values())
    reading = oracle_reading(case, qid)
    assert {p["model"]: p["stance"] for p in reading["positions"]} == case.labels[qid]["stances"]
    assert "contradictions" not in reading and "contradictions" in earlier_schema_reading(case, qid)


def test_the_script_prints_the_table(tmp_path: Path) -> None:
    out = tmp_path / "noise.json"
    proc = subprocess.run([sys.executable, "-m", "evals.analyst_noise", str(SETS[0]), "--variant", "oracle",
                           "--variant", "fenced_json", "--json", str(out)],
                          capture_output=True, text=True, timeout=300, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].split()[:3] == ["variant", "contra", "F1"]
    assert [line.split()[0] for line in lines[2:4]] == ["oracle", "fenced_json"]
    assert "earlier schema with pair lists" in proc.stdout and out.is_file()


def test_an_analysts_misreadings_are_not_stated_when_it_keeps_them_and_are_mended_when_it_corrects_them(
        results: tuple[dict[str, Row], dict[str, float]]) -> None:
    rows = results[0]
    stubborn, corrected, unlooked = rows["wrong_stances"], rows["wrong_then_right"], rows["wrong_stances_no_look"]
    assert stubborn.llm_contradiction_f1 < 0.9  # the analyst's own reading is badly wrong
    assert stubborn.contradiction_precision >= unlooked.contradiction_precision >= 0.95  # the rules' doubts hold
    assert stubborn.second_looks > 0 and unlooked.second_looks == 0
    assert corrected.contradiction_f1 > unlooked.contradiction_f1  # a corrected reading settles the dispute
