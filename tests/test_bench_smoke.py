"""The benchmarks still run: each family once on a tiny size, checking the shape of what it returns.
No timing is asserted here: performance figures come from `make bench` (bench/results.json)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bench import analysis, export, fanout, profile, startup, tokens
from bench.__main__ import main, table, write_results
from bench.common import FamilyResult, Figure, machine_info
from bench.corpus import make_questions, make_transcript

TINY: dict[str, Callable[[], FamilyResult]] = {
    "startup": lambda: startup.run(reps=1, check_chars=400),
    "analysis": lambda: analysis.run(sizes=[1, 2], reps=1, cli_reps=1, n_models=3, languages=("en",)),
    "export": lambda: export.run(reps=1, chars=400, languages=("zh",)),
    "tokens": lambda: tokens.run(n_models=2, n_questions=2, languages=("en",), sentences=(1, 2)),
    "fanout": lambda: fanout.run(sizes=[(2, 2, 1)], low=0.02, high=0.05),
    "profile": lambda: profile.run(panel_size=(2, 1), check_chars=400),
}


def check_figures(result: FamilyResult, family: str) -> None:
    assert isinstance(result, FamilyResult) and result.figures
    for f in result.figures:
        assert f.family == family and f.name and f.cmp in ("<=", ">=")
        assert f.value is None or isinstance(f.value, int | float)
        data = f.to_data()
        assert set(data) >= {"family", "name", "value", "unit", "target", "ok"}
    json.dumps(result.details, ensure_ascii=False)  # results.json must be able to hold the details


@pytest.mark.parametrize("family", list(TINY))
def test_family_runs_on_a_tiny_size(family: str) -> None:
    if family == "profile" and not profile.available():
        pytest.skip("pyinstrument is not installed (pip install -e '.[dev]')")
    result = TINY[family]()
    check_figures(result, family)
    details: dict[str, Any] = result.details
    if family == "fanout":
        (row,) = details["sizes"]
        assert row["critical_path_s"] == pytest.approx(0.05)  # one round of the slowest model
        assert row["calls"] == 4 and "sequential_measured_s" in row
        assert {"graph_question_phase_s", "graph_ask_span_from_log_s", "gather_wall_s"} <= set(row)
    elif family == "tokens":
        d = details["en"]
        assert d["analyst_calls_only_own_question"] and d["panel_calls_without_answers"]
        assert {"panel", "analyst", "writer"} <= set(d["roles"]) and d["exit_code"] == 0
    elif family == "analysis":
        assert [r["answers"] for r in details["scaling"]["en"]] == [3, 6]
    elif family == "profile":
        assert {"demo_draft", "check_docx", "panel_run"} <= set(details)
        assert details["demo_draft"]["top_self"] and details["check_docx"]["exit_code"] == 0
    elif family == "startup":
        assert details["check_importtime"]["modules"] > 0


def test_critical_path_and_latencies() -> None:
    lat = fanout.latencies(12)
    assert min(lat.values()) == 0.5 and max(lat.values()) == 2.0 and len(set(lat.values())) == 12
    assert fanout.critical_path(lat, 10, 4) == 6.0  # ceil(10 / 4) rounds of the 2 s model
    assert fanout.critical_path({"a": 1.0, "b": 0.5}, 9, 4) == 3.0
    assert fanout.sequential_sum({"a": 1.0, "b": 0.5}, 4) == 6.0


def test_corpus_is_deterministic_and_varied() -> None:
    for lang in ("zh", "en"):
        first, again = make_transcript(lang, 8, 6), make_transcript(lang, 8, 6)
        assert first == again
        texts = [a.text for a in first.answers]
        assert len(set(texts)) == len(texts)  # no answer repeated
        assert len({t[:6] for t in texts}) > 8  # many different openers
    kinds = {q.kind for q in make_questions("en", 8)}
    assert {"yesno", "choice"} <= kinds and kinds & {"number", "percent"}


def test_results_file_and_table(tmp_path: Path) -> None:
    figures = [Figure("x", "met", 0.2, "s", 0.5), Figure("x", "missed", 2.0, "x", 1.1),
               Figure("x", "context", 3.0, "s")]
    out = tmp_path / "results.json"
    write_results(out, machine_info(), figures, {"x": {"a": 1}}, {}, 1.0)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["machine"]["nproc"] and data["machine"]["cpu_model"] and data["machine"]["python"]
    assert [f["ok"] for f in data["figures"]] == [True, False, None]
    assert data["summary"]["missed"] == ["x: missed"]
    text = table(figures)
    assert "MISS" in text and "ok" in text


def test_unknown_family_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--only", "nosuch", "--out", "/nonexistent/never-written.json"])
    assert info.value.code == 2 and "unknown family" in capsys.readouterr().err
