"""Start-up: `drafter --help`, and `drafter check` on a ~5,000-character DOCX, as subprocesses (the wall
time a user waits); plus `python -X importtime` of that check, to show nothing heavy is imported."""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import ROOT, FamilyResult, Figure, bench_env, drafter_cmd, median, spread, time_subprocess
from bench.material import make_draft, write_draft_files

FAMILY = "startup"
HELP_TARGET = 0.5
CHECK_TARGET = 1.0
CHECK_CHARS = 5000
# Libraries a `drafter check` should not need (the model stack), and ones it may (reading the DOCX).
HEAVY = ["langchain", "langchain_core", "langchain_openai", "langgraph", "openai", "tiktoken", "httpx", "aiosqlite",
         "rich", "numpy"]
EXPECTED = ["docx", "lxml", "markdown_it", "yaml", "pydantic", "click"]
_LINE = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|(\s*)(\S+)")


def parse_importtime(stderr: str) -> list[dict[str, Any]]:
    rows = []
    for line in stderr.splitlines():
        m = _LINE.match(line)
        if m:
            rows.append({"module": m.group(4), "self_ms": int(m.group(1)) / 1000,
                         "cumulative_ms": int(m.group(2)) / 1000, "depth": (len(m.group(3)) - 1) // 2})
    return rows


def importtime(args: list[str]) -> dict[str, Any]:
    """Import times of `python -m drafter ARGS`: the top-level imports by cumulative time, top by self."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "drafter", *args], cwd=ROOT, env=bench_env(),
                          capture_output=True, text=True, timeout=120)
    rows = parse_importtime(proc.stderr)
    top_level = sorted((r for r in rows if r["depth"] == 0), key=lambda r: -r["cumulative_ms"])
    by_self = sorted(rows, key=lambda r: -r["self_ms"])
    packages: dict[str, float] = {}
    for r in rows:
        root = r["module"].split(".")[0]
        packages[root] = packages.get(root, 0.0) + r["self_ms"]
    loaded = {r["module"] for r in rows}
    roots = {m.split(".")[0] for m in loaded}
    return {
        "exit_code": proc.returncode,
        "modules": len(rows),
        "total_ms": round(sum(r["self_ms"] for r in rows), 1),
        "top_cumulative": [{"module": r["module"], "ms": round(r["cumulative_ms"], 1)} for r in top_level[:12]],
        "by_package_ms": {k: round(v, 1) for k, v in sorted(packages.items(), key=lambda kv: -kv[1])[:12]},
        "top_self": [{"module": r["module"], "ms": round(r["self_ms"], 1)} for r in by_self[:10]],
        "heavy_imported": [h for h in HEAVY if h in roots],
        "expected_imported": [e for e in EXPECTED if e in roots],
    }


def run(*, reps: int = 7, check_chars: int = CHECK_CHARS) -> FamilyResult:
    help_times = time_subprocess(drafter_cmd("--help"), reps)
    version_times = time_subprocess(drafter_cmd("--version"), max(1, reps // 2))
    with tempfile.TemporaryDirectory(prefix="drafter-bench-startup-") as tmp:
        draft = make_draft(check_chars, lang="zh")
        paths = write_draft_files(draft, Path(tmp))
        check_args = ["check", str(paths["docx"]), "--transcript", str(paths["transcript"])]
        check_times = time_subprocess(drafter_cmd(*check_args), reps)
        check_md_times = time_subprocess(drafter_cmd("check", str(paths["md"]), "--transcript",
                                                     str(paths["transcript"])), max(1, reps // 2))
        imports = importtime(check_args)
        docx_bytes = paths["docx"].stat().st_size
        # context: what the offline demo draft imports (it needs LangGraph, which brings langchain_core)
        demo = importtime(["draft", str(ROOT / "examples" / "h200" / "topic.md"), "--out", str(Path(tmp) / "demo"),
                           "-q"])
    figures = [
        Figure(FAMILY, "drafter --help (subprocess, median)", round(median(help_times), 3), "s", HELP_TARGET,
               note=f"{len(help_times)} runs"),
        Figure(FAMILY, f"drafter check DOCX, {draft.chars} chars, {draft.quotes} quotes", round(median(check_times), 3),
               "s", CHECK_TARGET, note=f"{len(check_times)} runs; subprocess wall incl. start-up"),
        Figure(FAMILY, "drafter check draft.md (same draft)", round(median(check_md_times), 3), "s",
               note=f"{len(check_md_times)} runs"),
        Figure(FAMILY, "heavy modules imported by check", float(len(imports["heavy_imported"])), "modules", 0.0,
               note=", ".join(imports["heavy_imported"]) or "none of " + "/".join(HEAVY[:5]) + "…"),
        Figure(FAMILY, "import time of drafter check (-X importtime, sum of self)",
               round(imports["total_ms"] / 1000, 3), "s", note=f"{imports['modules']} modules"),
        Figure(FAMILY, "import time of the offline demo draft (-X importtime)", round(demo["total_ms"] / 1000, 3), "s",
               note="top: " + ", ".join(f"{r['module']} {r['ms']:.0f} ms" for r in demo["top_cumulative"][:3])),
    ]
    details = {
        "help_s": spread(help_times), "version_s": spread(version_times), "check_docx_s": spread(check_times),
        "check_md_s": spread(check_md_times),
        "draft": {"column_chars": draft.chars, "length": draft.length, "unit": draft.unit, "quotes": draft.quotes,
                  "docx_bytes": docx_bytes, "questions": len(draft.transcript.questions)},
        "check_importtime": imports,
        "demo_draft_importtime": demo,
    }
    return FamilyResult(figures, details)
