"""Errors a user can act on: each names the file, the field and the fix."""

from __future__ import annotations

from pathlib import Path

# Exit codes shared by every command (see DESIGN.md, "Command line").
EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_BAD_INPUT = 2


class DrafterError(Exception):
    """Base class for errors drafter reports without a traceback."""

    exit_code = EXIT_BAD_INPUT


class InputError(DrafterError):
    """Bad input: a file, a field in it, and how to fix it."""

    def __init__(self, file: str | Path | None, field: str | None, problem: str, fix: str = "") -> None:
        self.file = str(file) if file is not None else None
        self.field = field
        self.problem = problem
        self.fix = fix
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.file or "input"
        if self.field:
            where += f": {self.field}"
        text = f"{where}: {self.problem}"
        if self.fix:
            text += f" (fix: {self.fix})"
        return _single_line(text)


class ModelCallError(DrafterError):
    """A model call failed in a way that retrying will not fix (auth, bad request)."""

    exit_code = EXIT_PARTIAL


def _single_line(text: str) -> str:
    return " ".join(text.split())
