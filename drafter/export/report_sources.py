"""What report.html reads besides the transcript and the analysis: the quotes the draft uses (quotes.json and the
draft's own footnotes) and, when the transcript does not say, its language."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from drafter.inputs.transcript import Transcript


def read_ledger(root: Path) -> list[dict[str, Any]]:
    """quotes.json's entries (model, question, text), whatever its wrapper; nothing when absent or unreadable."""
    path = root / "quotes.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    items = data.get("quotes", []) if isinstance(data, dict) else data
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def guess_lang(transcript: Transcript) -> str:
    """zh when the topic or a question is written in Chinese characters, else en."""
    sample = transcript.topic + "".join(q.text for q in transcript.questions)
    return "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in sample) else "en"


def draft_quotes(markdown: str | None, ledger: Iterable[dict[str, Any]]) -> dict[tuple[str, str], list[str]]:
    """(question, model) -> the texts the draft quotes: from the ledger and from the draft's own footnotes."""
    quotes: dict[tuple[str, str], list[str]] = {}
    for item in ledger:
        model, question, text = item.get("model"), item.get("question"), item.get("text") or item.get("quote")
        if model and question and text:
            quotes.setdefault((str(question), str(model)), []).append(str(text))
    if markdown:
        from drafter.draftfmt import extract_quotes

        for found in extract_quotes(markdown):
            if found.text:
                quotes.setdefault((found.question, found.model), []).append(found.text)
    return quotes
