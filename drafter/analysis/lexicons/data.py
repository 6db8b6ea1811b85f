"""The lexicons as data: per-language YAML files (zh.yaml, en.yaml) shipped with the package.

Each table (conclusion, hedge, evasion.refusal, …) lists entries, each a regular expression with a one-line reason
and its origin: `general`, or the one tuning file it was generalised from. A table is read as the alternation of its
entries, in file order (the order decides nothing but speed: every entry is tried).
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import Any

import yaml

LANGUAGES = ("zh", "en")


@cache
def lexicon(lang: str) -> dict[str, Any]:
    """The whole lexicon of one language: table name -> {flags, entries}."""
    text = (files("drafter.analysis.lexicons") / f"{lang}.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise ValueError(f"drafter/analysis/lexicons/{lang}.yaml: not a mapping of tables")
    return data


def entries(name: str, lang: str) -> list[dict[str, str]]:
    """The entries of one table (pattern, reason, origin)."""
    return list(lexicon(lang)[name]["entries"])


def table(name: str, lang: str, *more: str) -> re.Pattern[str]:
    """One table (or several read as one, with the first one's flags) as a compiled alternation of its entries."""
    spec = lexicon(lang)[name]
    flags = re.IGNORECASE if "i" in str(spec.get("flags", "")) else 0
    found = [e["pattern"] for n in (name, *more) for e in lexicon(lang)[n]["entries"]]
    return re.compile("|".join(found), flags)


def tables(name: str, *more: str) -> dict[str, re.Pattern[str]]:
    """One table (or several read as one) in every language: {lang: pattern}."""
    return {lang: table(name, lang, *more) for lang in LANGUAGES}
