"""Column templates: TOML files of headings, quote marks and phrase variants, one per style and language.

Lookup (first match wins, so a user's file overrides a built-in one of the same name):
`$DRAFTER_TEMPLATES` (folders separated by the OS path separator; each may hold the files or a
`columns/` folder), `./templates/columns` of the working directory, then the `templates/columns`
folder that ships with drafter.

A template named `STYLE.LANG.toml` (or `STYLE.toml` for any language) is merged over
`_base.LANG.toml`, and over the template named in its `extends = "…"`, so a user's own template
needs only the keys it changes.
"""

from __future__ import annotations

import os
import re
import tomllib
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from drafter.errors import InputError
from drafter.prompts import BUILTIN_TEMPLATES

BUILTIN_DIR = BUILTIN_TEMPLATES / "columns"
DEFAULT_STYLE = {"zh": "columnist", "en": "op-ed"}
REQUIRED = ("quote_marks", "placeholder", "headline", "headings", "stance_words", "phrases")
_VAR = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class ColumnTemplate:
    """A merged template; `data` is the TOML content after inheritance."""

    name: str
    language: str
    path: str
    data: dict[str, Any]
    key: str = ""  # what to pass to load_template to get this template again (a name, or a file path)

    @property
    def description(self) -> str:
        return str(self.data.get("description", ""))

    @property
    def quote_marks(self) -> tuple[str, str]:
        opening, closing = self.data["quote_marks"]
        return str(opening), str(closing)

    @property
    def alt_quote_marks(self) -> tuple[str, str] | None:
        alt = self.data.get("alt_quote_marks")
        return (str(alt[0]), str(alt[1])) if alt else None

    @property
    def style_notes(self) -> str:
        return str(self.data.get("style_notes", "")).strip()

    def pattern(self, key: str, **values: Any) -> str:
        """A top-level pattern such as `headline`, filled in."""
        return fill(str(self.data.get(key, "")), values)

    def heading(self, key: str, **values: Any) -> str:
        return fill(str(self.data["headings"].get(key, "")), values)

    def stance_word(self, stance: str) -> str:
        return str(self.data["stance_words"].get(stance, stance))

    def placeholder(self, text: str) -> str:
        return fill(str(self.data["placeholder"]), {"text": text})

    def phrase(self, slot: str, seed: str = "", *, index: int = 0, avoid: set[int] | None = None,
               **values: Any) -> str:
        """One variant of a phrase slot (dotted: `stance.affirm`), chosen by `seed`, filled in.

        Successive `index` values walk through the variants; `avoid` holds variants already used in this
        column, skipped while an unused one remains (the chosen one is added to it)."""
        node = self._node(slot)
        if isinstance(node, list):
            if not node:
                return ""
            start = zlib.crc32(f"{seed}|{slot}".encode()) + index
            order = [(start + step) % len(node) for step in range(len(node))]
            pick = next((i for i in order if avoid is None or i not in avoid), order[0])
            if avoid is not None:
                avoid.add(pick)
            node = node[pick]
        return fill(str(node), values)

    def variant_count(self, slot: str) -> int:
        node = self._node(slot)
        return len(node) if isinstance(node, list) else (1 if node else 0)

    def _node(self, slot: str) -> Any:
        node: Any = self.data["phrases"]
        for part in slot.split("."):
            node = node.get(part, "") if isinstance(node, dict) else ""
        return node

    def has_phrase(self, slot: str) -> bool:
        node: Any = self.data["phrases"]
        for part in slot.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        return bool(node)


def fill(pattern: str, values: dict[str, Any]) -> str:
    """Replace `{name}` for known names only: braces a template author did not mean stay as they are."""
    return _VAR.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), pattern)


def search_dirs() -> list[Path]:
    """Template folders in lookup order, without duplicates."""
    dirs: list[Path] = []
    for entry in os.environ.get("DRAFTER_TEMPLATES", "").split(os.pathsep):
        if entry.strip():  # the folder itself, or a templates root holding columns/ (as for prompts/)
            dirs += [Path(entry) / "columns", Path(entry)]
    dirs += [Path.cwd() / "templates" / "columns", BUILTIN_DIR]
    seen: set[Path] = set()
    out: list[Path] = []
    for d in dirs:
        key = d.resolve()
        if key not in seen and d.is_dir():
            seen.add(key)
            out.append(d)
    return out


def available(language: str | None = None) -> list[str]:
    """Style names a user can choose (for `language`, or all), sorted."""
    names: set[str] = set()
    for d in search_dirs():
        for f in d.glob("*.toml"):
            parts = f.name.removesuffix(".toml").rsplit(".", 1)
            if f.name.startswith("_"):
                continue
            if len(parts) == 2 and parts[1] in ("zh", "en"):
                if language in (None, parts[1]):
                    names.add(parts[0])
            else:
                names.add(parts[0])
    return sorted(names)


def _find(style: str, language: str, skip: Path | None = None) -> Path | None:
    for d in search_dirs():
        for name in (f"{style}.{language}.toml", f"{style}.toml"):
            f = d / name
            if f.is_file() and (skip is None or f.resolve() != skip):
                return f
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, None, f"cannot read template: {exc}", "check the file") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, None, f"invalid TOML: {exc}", "fix the template's TOML syntax") from exc


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _resolve(path: Path, language: str, depth: int = 0) -> dict[str, Any]:
    """The file's data merged over its `extends` chain and the language's base."""
    data = _read(path)
    parent_name = data.pop("extends", None)
    if parent_name and depth < 5:
        parent = _find(str(parent_name), language, skip=path.resolve())
        if parent is None:
            raise InputError(
                path,
                "extends",
                f"template {parent_name!r} not found",
                f"use one of: {', '.join(available(language))}",
            )
        return _merge(_resolve(parent, language, depth + 1), data)
    base = _find("_base", language, skip=path.resolve())
    return _merge(_read(base), data) if base is not None else data


def _style_error(style: str, language: str, where: str | None) -> InputError:
    names = ", ".join(available(language)) or "none"
    return InputError(
        where or "topic",
        "style",
        f"no {language} column template named {style!r}",
        f"use one of: {names}; or add templates/columns/{style}.{language}.toml (or put it in $DRAFTER_TEMPLATES)",
    )


def load_template(style: str | None, language: str, *, where: str | None = None) -> ColumnTemplate:
    """The template for `style` (None: the language's default), merged and checked."""
    name = (style or DEFAULT_STYLE.get(language, "columnist")).strip()
    candidate = _style_file(name, where)
    if candidate is not None:  # a path, e.g. style: ./house.toml (relative to the topic file or cwd)
        path, name = candidate, candidate.name.removesuffix(".toml").removesuffix(f".{language}")
    else:
        name = name.removesuffix(f".{language}")
        found = _find(name, language) if name and not name.startswith("_") else None
        if found is None:
            raise _style_error(name, language, where)
        path = found
    data = _resolve(path, language)
    for field in REQUIRED:
        if field not in data:
            raise InputError(
                path,
                field,
                "missing from the template and from its base",
                f"add `{field}` (see templates/columns/_base.{language}.toml)",
            )
    key = str(candidate) if candidate is not None else name
    return ColumnTemplate(name=name, language=language, path=str(path), data=data, key=key)


def _style_file(style: str, where: str | None) -> Path | None:
    """The template file a `style: path/to/file.toml` names, as an absolute path, if it exists."""
    if not style.endswith(".toml"):
        return None
    given = Path(style).expanduser()
    bases = [Path(where).parent] if where and not given.is_absolute() else []
    for candidate in [*(b / given for b in bases), given]:
        if candidate.is_file():
            return candidate.resolve()
    return None
