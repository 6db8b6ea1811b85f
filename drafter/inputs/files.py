"""Reading user files in whatever encoding they come in, and writing outputs atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import yaml

from drafter.errors import InputError, output_error

# Newsroom files arrive from Windows tools too: UTF-16 with a BOM, or GBK/GB18030 from older editors.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),  # before UTF-16: its BOM starts the same way
    (b"\x00\x00\xfe\xff", "utf-32"),
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
    if not p.is_file():  # a FIFO or a device (/dev/zero) would block or never end
        raise InputError(p, None, f"{what} is not a regular file", f"pass the {what} itself")
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InputError(p, None, f"cannot read {what}: {exc.strerror}", "check its permissions") from exc
    return decode(raw, p, what)


def decode(raw: bytes, path: str | Path, what: str) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, None, f"{what} is not valid {codec.upper()} text",
                                 "save it as UTF-8") from exc
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    if _looks_binary(raw):
        raise InputError(path, None, f"{what} looks binary, not text", "save it as UTF-8 text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise InputError(path, None, f"{what} is not UTF-8 or GB18030 text", "save it as UTF-8") from exc


def _looks_binary(raw: bytes) -> bool:
    """NUL bytes are the mark of a binary file (a .docx, an image); a stray NUL or two in a long text
    (a model's answer pasted with one) is not."""
    head = raw[:4096]
    return head.count(0) > max(2, len(head) // 200)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text saved without a BOM: its ASCII (front matter, YAML keys) shows as a printable byte
    beside a NUL, in most of the first code units."""
    head = raw[:4096]
    if len(head) < 8 or len(raw) % 2:
        return None
    for codec, zeros, chars in (("utf-16-le", head[1::2], head[0::2]), ("utf-16-be", head[0::2], head[1::2])):
        ascii_units = sum(1 for z, c in zip(zeros, chars, strict=True) if z == 0 and (32 <= c < 127 or c in b"\t\n\r"))
        if ascii_units < 0.6 * len(zeros) or chars.count(0):
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            return None
        controls = sum(1 for ch in text[:2048] if ord(ch) < 32 and ch not in "\t\n\r")
        return text if controls == 0 else None
    return None


class UniqueKeyLoader(yaml.SafeLoader):
    """yaml.safe_load, except that a key given twice in one mapping is an error, not a silent
    overwrite (two `answers:` blocks pasted into one file would otherwise lose the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.tag != "tag:yaml.org,2002:merge":
                if key_node.value in seen:
                    raise yaml.constructor.ConstructorError(
                        "while constructing a mapping", node.start_mark,
                        f"the key {key_node.value!r} appears twice", key_node.start_mark)
                seen.add(key_node.value)
        return super().construct_mapping(node, deep=deep)


def load_yaml(text: str) -> object:
    """Parse YAML safely (no Python tags) with duplicate keys refused; raises yaml.YAMLError (also for
    a value Python refuses, such as an integer of more than 4300 digits) or RecursionError."""
    try:
        return yaml.load(text, Loader=UniqueKeyLoader)
    except (ValueError, OverflowError) as exc:
        raise yaml.YAMLError(f"a value that cannot be read ({exc}); put it in quotes") from exc


def _current_umask() -> int:
    # Read once, at import (single-threaded): os.umask() can only be read by setting it, which a
    # thread creating a file at that moment would feel.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Write via a temp file and rename, so an interrupted write never leaves a truncated file.

    The previous file stays whole until the new one is complete; the temp file is removed on any
    failure. An OSError (read-only folder, disk full) becomes an OutputError naming the file."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise output_error(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); an output is an ordinary file (0644 under the usual
        # umask), and a file that is replaced keeps its mode.
        try:
            mode = target.stat().st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_UMASK
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise output_error(target, exc) from exc
        raise
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable (best effort: some file systems cannot open a folder)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
