"""`drafter batch`: many topics in one process, each resumable on its own, models shared under one limit."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

from drafter.errors import DrafterError


@dataclass
class BatchRow:
    topic: Path
    status: str
    exit_code: int
    out_dir: str
    detail: str


async def run_batch(topics: list[Path], *, panel: Path | None, out_root: Path, parallel: int,
                    fresh: bool, press: int = 0, samples: int = 1, also_ask: str | None = None) -> list[BatchRow]:
    """Draft every topic; a bad topic is reported in its row and the others go on."""
    from drafter.inputs.topic import load_topic
    from drafter.outdir import slug_for
    from drafter.workflow.runner import RunOptions, run_draft

    gate = asyncio.Semaphore(max(1, parallel))

    async def one(topic_path: Path) -> BatchRow:
        async with gate:
            try:
                out_dir = out_root / slug_for(load_topic(topic_path))
                result = await run_draft(RunOptions(topic_path=topic_path, panel_path=panel, out_dir=out_dir,
                                                    fresh=fresh, progress=False, press=press, samples=samples,
                                                    also_ask=also_ask))
            except DrafterError as exc:
                return BatchRow(topic_path, "bad input", exc.exit_code, "", str(exc))
            run = result.run
            detail = "; ".join(run.get("problems", [])[:2]) or (
                f"{run.get('quotes', {}).get('verified', 0)} quotes, {run.get('length', {}).get('value')} "
                f"{run.get('length', {}).get('unit')}")
            return BatchRow(topic_path, result.status, result.exit_code, str(result.out.root), detail)

    return list(await asyncio.gather(*(one(t) for t in topics)))


def print_table(rows: list[BatchRow]) -> None:
    """A rich table on a terminal; one tab-separated line per topic for a log or a pipe."""
    import sys

    if not sys.stderr.isatty():
        for row in rows:
            print(f"{row.status}\t{row.topic}\t{row.out_dir or '-'}\t{row.detail}", file=sys.stderr)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="drafter batch")
    for column in ("topic", "status", "out", "detail"):
        table.add_column(column)
    for row in rows:
        table.add_row(str(row.topic), row.status, row.out_dir, row.detail)
    Console(stderr=True).print(table)
