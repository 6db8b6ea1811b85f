"""Reading user files in whatever encoding they come in, and writing outputs atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from drafter.errors import InputError

# Newsroom files arrive from Windows tools too: UTF-16 with a BOM, or GBK/GB18030 from older editors.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def read_text(path: str | Path, what: str) -> str:
    """Read a user file as text; `what` names it in errors ("topic file", "transcript")."""
    p = Path(path)
    if not p.exists():
        raise InputError(p, None, f"{what} not found", "check the path")
    if p.is_dir():
        raise InputError(p, None, f"{what} is a directory, not a file", f"pass the {what} itself")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(p, None, f"cannot read {what}: {exc.strerror}", "check its permissions") from exc
    return decode(raw, p, what)


def decode(raw: bytes, path: str | Path, what: str) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw.decode(codec)
    if b"\x00" in raw[:4096]:
        raise InputError(path, None, f"{what} looks binary, not text", "save it as UTF-8 text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(path, None, f"{what} is not UTF-8 or GB18030 text", "save it as UTF-8") from exc


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write via a temp file and rename, so an interrupted write never leaves a truncated file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
