"""Analysis: the offline analyzer on generated transcripts (zh and en; yes/no, figures, choices, evasions).

- `drafter analyze T.yaml --json` on 60 answers (10 questions × 6 models), subprocess wall incl. start-up;
- drafter.analysis.engine.analyzer.analyze in-process on 60, 240 and 960 answers (6 models; 10, 40, 160
  questions), and the time per answer: linear scaling keeps it flat (ratio to the smallest size ≈ 1);
- the learned second readers' cost: long chat-app Markdown answers (a tuning set, tests/data/md-tune74) analysed
  with them and without them in one run, as a ratio;
- five hostile answers (huge, repeated, control characters): the time to read them, against a target.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path
from typing import Any

from bench.common import FamilyResult, Figure, drafter_cmd, median, spread, time_subprocess, timed
from bench.corpus import HOSTILE_ANSWERS, HOSTILE_QUESTION, make_transcript

FAMILY = "analysis"
CLI_TARGET = 2.0
N_MODELS = 6
SIZES = [10, 40, 160]  # questions; × 6 models = 60, 240, 960 answers
SENTENCES = (3, 8)  # reasons per answer after the opener
LONG_ANSWERS = Path(__file__).resolve().parent.parent / "tests" / "data" / "md-tune74"


def _reps_for(answers: int, reps: int) -> int:
    return max(1, reps if answers <= 240 else reps // 2)


def run(*, sizes: list[int] | None = None, reps: int = 5, cli_reps: int = 5, n_models: int = N_MODELS,
        languages: tuple[str, ...] = ("zh", "en")) -> FamilyResult:
    from drafter.analysis.engine.analyzer import analyze
    from drafter.inputs.transcript import save_transcript

    sizes = sizes or SIZES
    figures: list[Figure] = []
    details: dict[str, Any] = {"models": n_models, "sentences_per_answer": SENTENCES, "cli": {}, "scaling": {}}
    with tempfile.TemporaryDirectory(prefix="drafter-bench-analysis-") as tmp:
        for lang in languages:
            small = make_transcript(lang, sizes[0], n_models, sentences=SENTENCES)
            path = Path(tmp) / f"transcript-{lang}.yaml"
            save_transcript(small, path)
            times = time_subprocess(drafter_cmd("analyze", str(path), "--json"), cli_reps)
            answers = len(small.answers)
            details["cli"][lang] = {"answers": answers, "chars": sum(len(a.text) for a in small.answers),
                                    "wall_s": spread(times)}
            figures.append(Figure(FAMILY, f"drafter analyze --json, {answers} answers ({lang})",
                                  round(median(times), 3), "s", CLI_TARGET,
                                  note=f"{len(times)} runs; subprocess wall incl. start-up"))
    for lang in languages:
        rows: list[dict[str, Any]] = []
        analyze(make_transcript(lang, 2, n_models))  # warm-up: lexicons and regexes load once per process
        for n_questions in sizes:
            transcript = make_transcript(lang, n_questions, n_models, sentences=SENTENCES)
            answers = len(transcript.answers)
            times = timed(partial(analyze, transcript), _reps_for(answers, reps))
            t = median(times)
            rows.append({"questions": n_questions, "answers": answers, "time_s": spread(times),
                         "ms_per_answer": round(t / answers * 1000, 3)})
        base = rows[0]["ms_per_answer"]
        for row in rows:
            row["per_answer_ratio_to_smallest"] = round(row["ms_per_answer"] / base, 3) if base else None
        details["scaling"][lang] = rows
        for row in rows:
            figures.append(Figure(FAMILY, f"offline analyze, {row['answers']} answers ({lang}, in-process)",
                                  row["time_s"]["median"], "s", note=f"{row['ms_per_answer']:.2f} ms/answer"))
        last = rows[-1]
        figures.append(Figure(FAMILY, f"time per answer, {last['answers']} vs {rows[0]['answers']} answers ({lang})",
                              last["per_answer_ratio_to_smallest"], "x",
                              note="1.0 = linear; no target set"))
    figures.append(_second_readers(reps, details))
    figures.append(_hostile_answers(reps, details))
    return FamilyResult(figures, details)


HOSTILE_TARGET = 2.0  # seconds for five hostile answers (200 K characters in all); a test asserted it until 2026-12-07


def _hostile_answers(reps: int, details: dict[str, Any]) -> Figure:
    """The time to read bench.corpus.HOSTILE_ANSWERS (one question, five hostile answers)."""
    from drafter.analysis.engine.analyzer import analyze
    from drafter.inputs.transcript import Answer, Question, Transcript

    texts = HOSTILE_ANSWERS
    transcript = Transcript(language="zh", questions=[Question(id="q1", text=HOSTILE_QUESTION)],
                            answers=[Answer(question="q1", model=m, text=t) for m, t in texts.items()])
    analyze(transcript)  # warm-up
    times = timed(partial(analyze, transcript), max(1, reps))
    details["hostile_answers"] = {"answers": len(texts), "chars": sum(map(len, texts.values())),
                                  "time_s": spread(times)}
    return Figure(FAMILY, "offline analyze, 5 hostile answers (200 K characters)", round(median(times), 3), "s",
                  HOSTILE_TARGET, note=f"{len(times)} runs")


def _second_readers(reps: int, details: dict[str, Any]) -> Figure:
    """Time per long Markdown answer with the second readers over time without them, measured in one run."""
    from drafter.analysis.engine import stance_model
    from drafter.analysis.engine.analyzer import analyze
    from evals.scoring import load_cases

    transcripts = [case.transcript for case in load_cases([LONG_ANSWERS])]
    answers = sum(len(t.answers) for t in transcripts)

    def analyze_all() -> None:
        for transcript in transcripts:
            analyze(transcript)

    analyze_all()  # warm-up: both models' weights load once per process
    with_readers = median(timed(analyze_all, reps))
    asked = stance_model.asked
    stance_model.asked = lambda text: False  # type: ignore[assignment]  # every reader asks it
    try:
        without = median(timed(analyze_all, reps))
    finally:
        stance_model.asked = asked  # type: ignore[assignment]
    details["second_readers"] = {"answers": answers, "with_s": round(with_readers, 4), "without_s": round(without, 4)}
    return Figure(FAMILY, f"second readers: time with / without, {answers} long Markdown answers", round(
        with_readers / without, 2), "x", note=f"{with_readers / answers * 1000:.1f} vs {without / answers * 1000:.1f} "
                                             "ms/answer")
