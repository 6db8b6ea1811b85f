"""What the panel is doing, on stderr, while models answer: who answered, who is waiting, who failed.

On a terminal: a rich progress bar naming the models still waiting, and one line per answer.
When stderr is not a terminal (CI, a pipe, a log file) it prints nothing: failures are reported
once at the end of the run, not interleaved here.
"""

from __future__ import annotations

import sys
from typing import IO, Any


class Progress:
    """`with Progress(total=9) as p: p.start("grok", "q1"); p.done("grok", "q1", ok=True, note="3.2 s")`."""

    def __init__(self, total: int, enabled: bool | None = None, stream: IO[str] | None = None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.waiting: dict[tuple[str, str], None] = {}  # insertion-ordered set
        self.finished = 0
        self.failed: list[tuple[str, str, str]] = []
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.enabled:
            from rich.console import Console  # lazy: only on a terminal
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            console = Console(file=self.stream, stderr=self.stream is sys.stderr)
            self._bar = Bar(TextColumn("asking"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                            TextColumn("{task.description}"), console=console, transient=True)
            self._bar.start()
            self._task = self._bar.add_task("", total=self.total)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def start(self, model: str, qid: str) -> None:
        self.waiting[(model, qid)] = None
        self._refresh()

    def done(self, model: str, qid: str, ok: bool, note: str = "") -> None:
        self.waiting.pop((model, qid), None)
        self.finished += 1
        if not ok:
            self.failed.append((model, qid, note))
        if self._bar is not None:
            from rich.markup import escape  # an error text may hold "[REDACTED]": not markup

            mark = "[green]✓[/]" if ok else "[red]✗[/]"
            line = escape(f"{model} {qid}" + (f"  {note}" if note else ""))
            self._bar.console.print(f"{mark} {line}", highlight=False)
            self._bar.advance(self._task)
        self._refresh()

    def _refresh(self) -> None:
        if self._bar is None:
            return
        models = list(dict.fromkeys(m for m, _ in self.waiting))
        shown = ", ".join(models[:6]) + (" …" if len(models) > 6 else "")
        from rich.markup import escape

        self._bar.update(self._task, description=escape(f"waiting: {shown}") if models else "")
