"""Shared by the benchmark families: figures with targets, medians, subprocess timing, machine info."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
DRAFTER = str(VENV_BIN / "drafter") if (VENV_BIN / "drafter").exists() else None


@dataclass
class Figure:
    """One reported number; `ok` is None when the figure has no target (it is context for another)."""

    family: str
    name: str
    value: float | None
    unit: str
    target: float | None = None
    cmp: str = "<="  # value cmp target
    note: str = ""

    @property
    def ok(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value <= self.target if self.cmp == "<=" else self.value >= self.target

    def to_data(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


@dataclass
class FamilyResult:
    """What one benchmark family returns: its figures and the raw measurements behind them."""

    figures: list[Figure]
    details: dict[str, Any]


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def spread(values: Sequence[float]) -> dict[str, Any]:
    """Median, min, max and every run, rounded: what results.json keeps of repeated timings."""
    return {"median": round(median(values), 4), "min": round(min(values), 4), "max": round(max(values), 4),
            "runs": [round(v, 4) for v in values]}


def timed(fn: Callable[[], Any], reps: int) -> list[float]:
    out = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def drafter_cmd(*args: str) -> list[str]:
    """`drafter ARGS` as the user runs it: the venv's console script (python -m drafter if missing)."""
    return [DRAFTER, *args] if DRAFTER else [sys.executable, "-m", "drafter", *args]


def bench_env() -> dict[str, str]:
    """The environment for subprocesses: no real keys, no tracing, quiet warnings."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    env["LANGSMITH_TRACING"] = "false"
    env["PYTHONWARNINGS"] = "ignore"
    return env


def time_subprocess(cmd: list[str], reps: int, *, cwd: Path | None = None, ok_codes: tuple[int, ...] = (0,),
                    warmup: int = 1) -> list[float]:
    """Wall times of `cmd` (after `warmup` untimed runs, which fill the OS page cache)."""
    times = []
    for i in range(warmup + reps):
        start = time.perf_counter()
        proc = subprocess.run(cmd, cwd=cwd or ROOT, env=bench_env(), capture_output=True, text=True, timeout=300)
        elapsed = time.perf_counter() - start
        if proc.returncode not in ok_codes:
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.strip()[-500:]}")
        if i >= warmup:
            times.append(elapsed)
    return times


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def git_commit() -> str | None:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return head + ("+dirty" if dirty else "") if head else None


def machine_info() -> dict[str, Any]:
    try:
        nproc = subprocess.run(["nproc"], capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        nproc = str(os.cpu_count())
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = []
    return {
        "nproc": int(nproc) if nproc.isdigit() else nproc,
        "cpu_model": cpu_model(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "loadavg_at_start": load,
        "git": git_commit(),
    }
