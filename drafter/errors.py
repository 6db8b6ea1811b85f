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


class OutputError(InputError):
    """An output could not be written (read-only folder, disk full): the file, and what to do.

    Exit code 2 like bad input: the run stopped before it finished, and what was already written
    (answers.jsonl, checkpoints) stays, so the same command resumes once the cause is fixed."""


def output_error(path: str | Path, exc: OSError, what: str = "output") -> OutputError:
    """An OutputError for an OSError raised while writing `path`, with the fix for its cause."""
    import errno

    reason = exc.strerror or type(exc).__name__
    if exc.errno == errno.ENOSPC or exc.errno == errno.EDQUOT:
        fix = "free some disk space, then run the same command again (it resumes)"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        fix = "choose a writable folder with --out, or fix the folder's permissions"
    elif exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        fix = "--out must name a folder, not a file"
    else:
        fix = "check the output folder (--out), then run the same command again"
    return OutputError(path, None, f"cannot write {what}: {reason}", fix)


class ModelCallError(DrafterError):
    """A model call failed in a way that retrying will not fix (auth, bad request)."""

    exit_code = EXIT_PARTIAL


def _single_line(text: str) -> str:
    return " ".join(text.split())
