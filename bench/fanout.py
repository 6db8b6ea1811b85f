"""Fan-out: the ask phase through the real graph against the critical path, a sequential loop and a
plain asyncio.gather of the same calls (drafter.panel.ask.ask_panel).

Each model answers after a fixed latency, spread evenly over [0.5, 2.0] s. With `max_concurrency`
calls in flight per model, the fastest any schedule can finish is the critical path:
max over models of ceil(questions / max_concurrency) × latency.
"""

from __future__ import annotations

import asyncio
import math
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import FamilyResult, Figure, median, spread
from bench.corpus import make_questions
from bench.loopback import loopback, model_id, write_panel, write_topic

FAMILY = "fanout"
LAT_LOW, LAT_HIGH = 0.5, 2.0
MAX_CONCURRENCY = 4
TARGET_RATIO = 1.10
SIZES = [(3, 3, 5), (6, 5, 3), (12, 10, 3)]  # (models, questions, repetitions): fewer for the slow ones


def latencies(n_models: int, low: float = LAT_LOW, high: float = LAT_HIGH) -> dict[str, float]:
    """Per-model latency, evenly spread over [low, high] (deterministic); the last model is the slowest."""
    step = (high - low) / (n_models - 1) if n_models > 1 else 0.0
    return {f"p{i + 1:02d}": round(low + i * step, 3) for i in range(n_models)}


def critical_path(lat: dict[str, float], n_questions: int, max_concurrency: int) -> float:
    return max(math.ceil(n_questions / max_concurrency) * s for s in lat.values())


def sequential_sum(lat: dict[str, float], n_questions: int) -> float:
    return sum(lat.values()) * n_questions


def _span(calls: list[Any], models: set[str]) -> float | None:
    """First request start to last response end, from the server's call log (panel models only)."""
    mine = [c for c in calls if c.model in models and c.ended is not None]
    if not mine:
        return None
    return max(c.ended for c in mine) - min(c.started for c in mine)


def run_graph(topic: Path, panel: Path, out: Path) -> dict[str, Any]:
    """One fresh run of the whole workflow (drafter.workflow.runner.run_draft, as `drafter draft --fresh -q`)."""
    from drafter.workflow.runner import RunOptions, run_draft

    start = time.perf_counter()
    result = asyncio.run(run_draft(RunOptions(topic_path=topic, panel_path=panel, out_dir=out, fresh=True,
                                              progress=False)))
    wall = time.perf_counter() - start
    return {"wall_s": wall, "run": result.run, "exit_code": result.exit_code}


def run_gather(specs: list[Any], questions: list[Any], out: Path, lang: str) -> float:
    from drafter.panel.ask import ask_panel
    from drafter.panel.journal import Journal

    start = time.perf_counter()
    answers = asyncio.run(ask_panel(specs, questions, topic_title="bench", language=lang,
                                    journal=Journal(out, fresh=True)))
    elapsed = time.perf_counter() - start
    failed = [a for a in answers if a.error]
    if failed:
        raise RuntimeError(f"gather: {len(failed)} calls failed, e.g. {failed[0].error}")
    return elapsed


def run_sequential(specs: list[Any], questions: list[Any], out: Path, lang: str) -> float:
    import httpx

    from drafter.panel.ask import ask_one
    from drafter.panel.journal import Journal

    async def main() -> None:
        journal = Journal(out, fresh=True)
        async with httpx.AsyncClient() as client:
            for q in questions:
                for spec in specs:
                    answer = await ask_one(spec, q, topic_title="bench", language=lang, journal=journal,
                                           http_async_client=client)
                    if answer.error:
                        raise RuntimeError(f"sequential: {answer.error}")

    start = time.perf_counter()
    asyncio.run(main())
    return time.perf_counter() - start


def measure_size(n_models: int, n_questions: int, *, reps: int, lat: dict[str, float], lang: str = "en",
                 sequential: bool = False, max_concurrency: int = MAX_CONCURRENCY) -> dict[str, Any]:
    from drafter.inputs.transcript import Question
    from drafter.panel.config import load_panel

    qspecs = make_questions(lang, n_questions)
    keys = list(lat)
    panel_models = {model_id(k) for k in keys}
    row: dict[str, Any] = {
        "models": n_models, "questions": n_questions, "calls": n_models * n_questions,
        "max_concurrency": max_concurrency, "latencies_s": lat,
        "critical_path_s": critical_path(lat, n_questions, max_concurrency),
        "sequential_sum_s": round(sequential_sum(lat, n_questions), 3),
    }
    graph_phase, graph_log, graph_wall, run_wall, gather_wall, gather_log, peaks = [], [], [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="drafter-bench-fanout-") as tmp, \
            loopback(lat, qspecs) as server:
        folder = Path(tmp)
        panel = write_panel(folder, server, keys, max_concurrency=max_concurrency)
        topic = write_topic(folder, qspecs, keys, lang=lang)
        specs = [load_panel(panel).spec(k) for k in keys]
        questions = [Question(id=q.id, text=q.text) for q in qspecs]
        for rep in range(reps):
            _clear_calls(server)
            got = run_graph(topic, panel, folder / f"graph{rep}")
            run = got["run"]
            failed = {k: v["failed"] for k, v in run.get("models", {}).items() if v.get("failed")}
            if failed:
                raise RuntimeError(f"graph run: failed answers {failed}: {run.get('problems')}")
            graph_phase.append(run["phases_s"]["question"])
            graph_log.append(_span(server.calls, panel_models) or float("nan"))
            graph_wall.append(got["wall_s"])
            run_wall.append(run["wall_s"])
            peaks.append(max(server.max_in_flight(m) for m in panel_models))
            _clear_calls(server)
            gather_wall.append(run_gather(specs, questions, folder / f"gather{rep}", lang))
            gather_log.append(_span(server.calls, panel_models) or float("nan"))
        if sequential:
            _clear_calls(server)
            row["sequential_measured_s"] = round(run_sequential(specs, questions, folder / "seq", lang), 3)
    cp = row["critical_path_s"]
    row.update({
        "graph_question_phase_s": spread(graph_phase),
        "graph_ask_span_from_log_s": spread(graph_log),
        "graph_whole_run_wall_s": spread(graph_wall),
        "run_json_wall_s": spread(run_wall),
        "gather_wall_s": spread(gather_wall),
        "gather_ask_span_from_log_s": spread(gather_log),
        "peak_in_flight_per_model": max(peaks) if peaks else None,
        "ratio_question_phase_to_critical_path": round(median(graph_phase) / cp, 3),
        "ratio_log_span_to_critical_path": round(median(graph_log) / cp, 3),
        "ratio_whole_run_to_critical_path": round(median(graph_wall) / cp, 3),
        "ratio_gather_to_critical_path": round(median(gather_wall) / cp, 3),
        "ratio_graph_to_gather": round(median(graph_phase) / median(gather_wall), 3),
        "speedup_vs_sequential_sum": round(row["sequential_sum_s"] / median(graph_phase), 1),
    })
    return row


def _clear_calls(server: Any) -> None:
    """Forget the call log and in-flight peaks, keep the scripts (OpenAIStub.reset() drops both)."""
    with server._lock:
        server._calls.clear()
        server._peak.clear()


def run(*, sizes: list[tuple[int, int, int]] | None = None, low: float = LAT_LOW, high: float = LAT_HIGH,
        sequential: bool = True) -> FamilyResult:
    """`sizes`: (models, questions, repetitions); the sequential loop is measured on the first size only."""
    sizes = sizes or SIZES
    # Warm-up: the first run in a process imports LangChain, LangGraph and the OpenAI client inside the
    # ask phase (about a second); every measured run below is warm. The warm-up is kept as context
    # (cold only when nothing before it in this process ran a panel: `python -m bench --only fanout`).
    cold = "langchain_openai" not in sys.modules
    warm = measure_size(2, 1, reps=1, lat={"p01": 0.05, "p02": 0.05})
    rows = []
    for i, (n_models, n_questions, reps) in enumerate(sizes):
        lat = latencies(n_models, low, high)
        rows.append(measure_size(n_models, n_questions, reps=reps, lat=lat, sequential=sequential and i == 0))
    figures: list[Figure] = []
    for row in rows:
        size = f"{row['models']}x{row['questions']}"
        cp = row["critical_path_s"]
        figures += [
            Figure(FAMILY, f"ask phase / critical path, graph ({size}; run.json phases_s.question)",
                   row["ratio_question_phase_to_critical_path"], "x", TARGET_RATIO,
                   note=f"critical path {cp:.2f} s; phase {row['graph_question_phase_s']['median']:.2f} s"),
            Figure(FAMILY, f"ask span from server log / critical path ({size})",
                   row["ratio_log_span_to_critical_path"], "x", TARGET_RATIO,
                   note="first request start to last response end: "
                        f"{row['graph_ask_span_from_log_s']['median']:.2f} s"),
            Figure(FAMILY, f"whole run wall / critical path ({size})", row["ratio_whole_run_to_critical_path"],
                   "x", note=f"{row['graph_whole_run_wall_s']['median']:.2f} s, in-process, warm imports"),
            Figure(FAMILY, f"asyncio.gather (ask_panel) / critical path ({size})",
                   row["ratio_gather_to_critical_path"], "x", note="no graph: the floor for drafter's client"),
            Figure(FAMILY, f"sequential sum / graph ask phase ({size})", row["speedup_vs_sequential_sum"], "x",
                   note=f"sequential sum of latencies {row['sequential_sum_s']:.1f} s"),
        ]
        if "sequential_measured_s" in row:
            figures.append(Figure(FAMILY, f"sequential loop, measured ({size})", row["sequential_measured_s"], "s",
                                  note=f"computed sum {row['sequential_sum_s']:.2f} s"))
    warmup = {"cold": cold, "question_phase_s": warm["graph_question_phase_s"]["median"],
              "whole_run_wall_s": warm["graph_whole_run_wall_s"]["median"], "models": 2, "questions": 1,
              "latency_s": 0.05}
    return FamilyResult(figures, {"sizes": rows, "warmup_run_2x1": warmup, "latency_range_s": [low, high],
                                  "max_concurrency": MAX_CONCURRENCY})
