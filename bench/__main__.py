"""`python -m bench` (`make bench`): run every benchmark family, write bench/results.json, print a table.

    python -m bench                       # everything (about 3-4 minutes on 2 cores)
    python -m bench --only fanout,export  # some families
    python -m bench --out /tmp/r.json     # elsewhere (the default is bench/results.json)

Exit code: 0 when every family ran (a missed target is reported, not an error); 1 when a family
crashed (its error is in results.json); with --strict, 1 also when a target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import FamilyResult, Figure, machine_info

RESULTS = Path(__file__).resolve().parent / "results.json"


def _families() -> dict[str, Callable[[], FamilyResult]]:
    from bench import analysis, export, fanout, profile, startup, tokens

    return {"startup": startup.run, "analysis": analysis.run, "export": export.run, "tokens": tokens.run,
            "fanout": fanout.run, "profile": profile.run}


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "bool":
        return "yes" if value else "no"
    text = f"{value:.3g}" if abs(value) < 1000 else f"{value:,.0f}"
    return f"{text} {unit}" if unit not in ("", "x") else f"{text}{unit}"


def table(figures: list[Figure]) -> str:
    rows = [("figure", "value", "target", "ok")]
    for f in figures:
        target = "-" if f.target is None else f"{f.cmp} {_fmt(f.target, f.unit)}"
        ok = {True: "ok", False: "MISS", None: ""}[f.ok]
        rows.append((f"{f.family}: {f.name}", _fmt(f.value, f.unit), target, ok))
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    widths[0] = min(widths[0], 92)
    lines = []
    for n, r in enumerate(rows):
        name = r[0] if len(r[0]) <= widths[0] else r[0][: widths[0] - 1] + "…"
        lines.append(f"{name:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]}")
        if n == 0:
            lines.append("-" * (sum(widths) + 6))
    return "\n".join(lines)


def profile_lines(details: dict[str, Any], top: int = 5) -> list[str]:
    lines = []
    for name, prof in details.items():
        if not isinstance(prof, dict) or "top_self" not in prof:
            continue
        lines.append(f"profile {name}: {prof['duration_s']} s, {prof['importing_pct']}% importing")
        lines += [f"    self {r['s']:>6.3f} s {r['pct']:>5.1f}%  {r['function']}  ({r['where']})"
                  for r in prof["top_self"][:top]]
        lines += [f"    own  {r['s']:>6.3f} s {r['pct']:>5.1f}%  {r['function']}  ({r['where']})"
                  for r in prof["top_own_inclusive"][:top]]
    return lines


def write_results(path: Path, machine: dict[str, Any], figures: list[Figure], details: dict[str, Any],
                  errors: dict[str, str], elapsed: float) -> None:
    targets = [f for f in figures if f.ok is not None]
    data = {
        "machine": machine,
        "elapsed_s": round(elapsed, 1),
        "summary": {"figures": len(figures), "targets": len(targets), "met": sum(1 for f in targets if f.ok),
                    "missed": [f"{f.family}: {f.name}" for f in targets if not f.ok], "errors": errors},
        "figures": [f.to_data() for f in figures],
        "details": details,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated families: " + ", ".join(
        ["startup", "analysis", "export", "tokens", "fanout", "profile"]))
    parser.add_argument("--out", type=Path, default=RESULTS, help="where to write the results (JSON)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    os.environ.setdefault("LANGSMITH_TRACING", "false")
    families = _families()
    chosen = [f.strip() for f in args.only.split(",") if f.strip()] or list(families)
    unknown = [f for f in chosen if f not in families]
    if unknown:
        parser.error(f"unknown family {', '.join(unknown)} (known: {', '.join(families)})")
    machine = machine_info()
    print(f"bench: {machine['cpu_model']}, {machine['nproc']} cores, Python {machine['python']}, "
          f"load {machine['loadavg_at_start']}", flush=True)
    started = time.perf_counter()
    figures: list[Figure] = []
    details: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name in chosen:
        t0 = time.perf_counter()
        print(f"bench: {name}…", flush=True)
        try:
            result = families[name]()
        except Exception as exc:  # one family failing must not lose the others' figures
            errors[name] = f"{type(exc).__name__}: {exc}"
            details[name] = {"error": errors[name], "traceback": traceback.format_exc()[-3000:]}
            print(f"bench: {name} FAILED: {errors[name]}", file=sys.stderr, flush=True)
            continue
        figures += result.figures
        details[name] = {**result.details, "elapsed_s": round(time.perf_counter() - t0, 1)}
        print(f"bench: {name} done in {time.perf_counter() - t0:.0f} s", flush=True)
    elapsed = time.perf_counter() - started
    with contextlib.suppress(OSError):
        machine["loadavg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    write_results(args.out, machine, figures, details, errors, elapsed)
    print()
    print(table(figures))
    if "profile" in details:
        print()
        print("\n".join(profile_lines(details["profile"])))
    missed = [f for f in figures if f.ok is False]
    print(f"\n{len(figures)} figures, {sum(1 for f in figures if f.ok)} targets met, {len(missed)} missed, "
          f"{len(errors)} families failed; {elapsed:.0f} s; results in {args.out}")
    if errors:
        return 1
    return 1 if (args.strict and missed) else 0


if __name__ == "__main__":
    sys.exit(main())
