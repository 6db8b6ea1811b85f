"""Profiles (pyinstrument): (a) the offline demo draft, (b) `drafter check` on a DOCX, both as the user
runs them (a subprocess, imports included); (c) a 12 × 10 panel draft against the loopback server with
no latency, in-process and warm, so what is left is drafter's own CPU work per call.

Each profile is summarised as: time spent importing, top functions by self time, drafter's own
functions by inclusive time (those above 90 % are the CLI and runner wrappers and are left out),
and self time per package.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import ROOT, FamilyResult, Figure, bench_env

FAMILY = "profile"
OWN = (str(ROOT / "drafter") + "/", str(ROOT / "graphs") + "/")


def available() -> bool:
    try:
        import pyinstrument  # noqa: F401
    except ImportError:
        return False
    return True


def _frame(ident: str) -> tuple[str, str, str]:
    func, _, rest = ident.split("\x01", 1)[0].partition("\x00")
    file, _, line = rest.partition("\x00")
    return func, file, line


def _short(file: str) -> str:
    if "site-packages/" in file:
        return file.split("site-packages/", 1)[1]
    if file.startswith(str(ROOT) + "/"):
        return file[len(str(ROOT)) + 1:]
    if "/lib/python3" in file:
        return "stdlib/" + file.split("/lib/python3", 1)[1].split("/", 1)[-1]
    return file


def _package(file: str) -> str:
    short = _short(file)
    if short.startswith(("drafter/", "graphs/")):
        return short.rsplit(".", 1)[0].replace("/", ".")
    if file.startswith("<frozen importlib"):
        return "(import machinery)"
    if short.startswith("stdlib/"):
        return "stdlib." + short[7:].split("/")[0].removesuffix(".py")
    return short.split("/")[0].removesuffix(".py")


def summarize(session: Any, top: int = 10) -> dict[str, Any]:
    """Aggregate a pyinstrument Session's samples (a stack and a duration each)."""
    total = sum(t for _, t in session.frame_records) or 1e-9
    self_fn: Counter[tuple[str, str, str]] = Counter()
    incl_own: Counter[tuple[str, str, str]] = Counter()
    by_package: Counter[str] = Counter()
    importing = 0.0
    for stack, t in session.frame_records:
        frames = [_frame(f) for f in stack if "\x00<thread>\x00" not in f]
        if not frames:
            continue
        leaf = frames[-1]
        self_fn[leaf] += t
        # a built-in (sleep, poll, fsync, SSL loading…) counts for the package that called it
        owner = next((f for f in reversed(frames) if not f[1].startswith("<built-in")), leaf)
        by_package[_package(owner[1])] += t
        if any(f[0] == "_find_and_load" for f in frames):
            importing += t
        for f in set(frames):
            if f[1].startswith(OWN):
                incl_own[f] += t

    def row(key: tuple[str, str, str], seconds: float) -> dict[str, Any]:
        func, file, line = key
        return {"function": func, "where": f"{_short(file)}:{line}", "s": round(seconds, 3),
                "pct": round(100 * seconds / total, 1)}

    own = [(k, v) for k, v in incl_own.most_common() if v / total < 0.9]
    return {
        "duration_s": round(session.duration, 3), "cpu_s": round(getattr(session, "cpu_time", 0.0) or 0.0, 3),
        "samples": session.sample_count, "importing_s": round(importing, 3),
        "importing_pct": round(100 * importing / total, 1),
        "top_self": [row(k, v) for k, v in self_fn.most_common(top)],
        "top_own_inclusive": [row(k, v) for k, v in own[:top]],
        "self_by_package": [{"package": p, "s": round(v, 3), "pct": round(100 * v / total, 1)}
                            for p, v in by_package.most_common(top)],
    }


def profile_cli(args: list[str], out: Path) -> dict[str, Any]:
    from pyinstrument.session import Session

    session_file = out / "profile.pyisession"
    proc = subprocess.run([sys.executable, "-m", "pyinstrument", "-r", "pyisession", "-o", str(session_file),
                           "-m", "drafter", *args], cwd=ROOT, env=bench_env(), capture_output=True, text=True,
                          timeout=300)
    if not session_file.is_file():
        raise RuntimeError(f"pyinstrument failed ({proc.returncode}): {proc.stderr[-500:]}")
    summary = summarize(Session.load(session_file))
    summary["exit_code"] = proc.returncode
    return summary


def profile_panel_run(n_models: int, n_questions: int) -> dict[str, Any]:
    """A warm in-process `drafter draft` of n_models × n_questions against zero-latency loopback models."""
    from pyinstrument import Profiler

    from bench.corpus import make_questions
    from bench.fanout import run_graph
    from bench.loopback import loopback, write_panel, write_topic

    questions = make_questions("en", n_questions)
    keys = [f"p{i + 1:02d}" for i in range(n_models)]
    with tempfile.TemporaryDirectory(prefix="drafter-bench-profile-") as tmp, \
            loopback(dict.fromkeys(keys, 0.0), questions) as server:
        folder = Path(tmp)
        panel = write_panel(folder, server, keys, max_concurrency=4)
        topic = write_topic(folder, questions, keys, lang="en")
        run_graph(topic, panel, folder / "warm")  # imports and first-use caches
        profiler = Profiler(interval=0.001)
        profiler.start()
        got = run_graph(topic, panel, folder / "out")
        profiler.stop()
    summary = summarize(profiler.last_session)
    summary["phases_s"] = got["run"].get("phases_s")
    summary["calls"] = n_models * n_questions
    return summary


def run(*, panel_size: tuple[int, int] = (12, 10), check_chars: int = 5000) -> FamilyResult:
    if not available():
        note = "pyinstrument is not installed: pip install -e '.[dev]'"
        return FamilyResult([Figure(FAMILY, "profiles", None, "", note=note)], {"skipped": note})
    from bench.material import make_draft, write_draft_files

    details: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="drafter-bench-profile-") as tmp:
        folder = Path(tmp)
        demo = ROOT / "examples" / "h200" / "topic.md"
        details["demo_draft"] = profile_cli(["draft", str(demo), "--out", str(folder / "demo"), "-q"], folder)
        draft = make_draft(check_chars, lang="zh")
        paths = write_draft_files(draft, folder / "check")
        details["check_docx"] = profile_cli(["check", str(paths["docx"]), "--transcript", str(paths["transcript"])],
                                            folder)
    details["panel_run"] = profile_panel_run(*panel_size)
    m, q = panel_size
    figures = [
        Figure(FAMILY, "demo draft under pyinstrument (importing share)", details["demo_draft"]["duration_s"], "s",
               note=f"{details['demo_draft']['importing_pct']}% importing"),
        Figure(FAMILY, "check DOCX under pyinstrument (importing share)", details["check_docx"]["duration_s"], "s",
               note=f"{details['check_docx']['importing_pct']}% importing"),
        Figure(FAMILY, f"{m}x{q} zero-latency panel draft, warm, in-process", details["panel_run"]["duration_s"],
               "s", note=f"CPU per ask: question phase {details['panel_run']['phases_s'].get('question')} s "
                         f"for {m * q} calls"),
    ]
    return FamilyResult(figures, details)
