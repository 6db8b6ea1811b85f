"""The quote ledger: every quote a draft made, written beside the draft (quotes.json) and inside its DOCX.

`drafter check` compares an edited document against it, so a quote deleted with its comment, or lost
when a tool stripped comments and styles, is named instead of silently dropping out of the count.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from drafter.draftfmt import extract_quotes, split_appendix
from drafter.errors import InputError
from drafter.quotes.match import locate, split_spans

if TYPE_CHECKING:
    from drafter.inputs.transcript import Transcript

LEDGER_NAME = "quotes.json"
LEDGER_VERSION = 1


@dataclass(frozen=True)
class LedgerQuote:
    """One quote as drafter wrote it."""

    n: int  # its order in the draft, from 1
    model: str
    label: str
    question: str
    text: str
    spans: list[list[int]]  # [start, end) in the answer's text, one per fragment joined by an ellipsis
    where: str  # its position in draft.md ("line 23")
    ref: str  # its footnote label

    def named(self) -> str:
        return f"{self.label} ({self.model}/{self.question})"


@dataclass
class Ledger:
    draft: str
    transcript: str
    quotes: list[LedgerQuote] = field(default_factory=list)
    appendix: list[list[str]] = field(default_factory=list)  # [model, question] of each answer printed in full
    appendix_heading: str = ""  # the first heading after the appendix mark, to find the appendix in a DOCX

    def to_data(self) -> dict[str, Any]:
        return {"version": LEDGER_VERSION, **asdict(self)}


def build_ledger(markdown: str, transcript: Transcript, *, draft: str = "draft.md",
                 transcript_name: str = "transcript.yaml") -> Ledger:
    """The ledger of a verified draft: each footnoted quote, and each answer the appendix prints in full."""
    ledger = Ledger(draft=draft, transcript=transcript_name)
    for n, found in enumerate(extract_quotes(markdown), start=1):
        answer = transcript.answer(found.question, found.model)
        spans = _spans(found.text, answer.text) if answer is not None else []
        ledger.quotes.append(LedgerQuote(n, found.model, transcript.label(found.model), found.question, found.text,
                                         spans, found.where, found.ref))
    _, appendix = split_appendix(markdown)
    if appendix:
        from drafter.quotes.full_answers import answers_in, appendix_heading, plain_markdown

        ledger.appendix_heading = appendix_heading(appendix)
        ledger.appendix = [[model, qid] for model, qid in answers_in(plain_markdown(appendix), transcript)]
    return ledger


def _spans(text: str, answer: str) -> list[list[int]]:
    nfc = unicodedata.normalize("NFC", answer)
    out: list[list[int]] = []
    offset = 0
    for part in split_spans(text):
        span = locate(part, nfc[offset:])
        if span is None:
            return []
        out.append([offset + span.start, offset + span.end])
        offset += span.end
    return out


def write_ledger(path: Path, ledger: Ledger) -> None:
    from drafter.inputs.files import atomic_write_text

    atomic_write_text(path, ledger_json(ledger))


def ledger_json(ledger: Ledger) -> str:
    return json.dumps(ledger.to_data(), ensure_ascii=False, indent=2)


def read_ledger(path: Path) -> Ledger:
    """A ledger file; bad JSON or a wrong shape is bad input naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(path, None, "quote ledger not found", "pass --ledger out/<slug>/quotes.json") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, None, f"not a readable quote ledger: {exc}",
                         "re-run `drafter render` or `drafter redraft` to write it again") from exc
    return ledger_from_data(data, path)


def ledger_from_data(data: Any, path: Path | str) -> Ledger:
    if not isinstance(data, dict) or not isinstance(data.get("quotes"), list):
        raise InputError(path, "quotes", "not a quote ledger (no quotes list)", "pass the quotes.json drafter wrote")
    try:
        quotes = [LedgerQuote(int(q["n"]), str(q["model"]), str(q.get("label") or q["model"]), str(q["question"]),
                              str(q["text"]), [list(map(int, s)) for s in q.get("spans") or []],
                              str(q.get("where") or ""), str(q.get("ref") or ""))
                  for q in data["quotes"]]
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(path, "quotes", f"a quote entry lacks or garbles {exc}",
                         "re-run `drafter render` to write the ledger again") from exc
    appendix = [[str(m), str(q)] for m, q in data.get("appendix") or [] if m and q]
    return Ledger(str(data.get("draft") or ""), str(data.get("transcript") or ""), quotes, appendix,
                  str(data.get("appendix_heading") or ""))


def find_ledger(document: Path) -> Path | None:
    """quotes.json beside the document, if there is one."""
    beside = Path(document).parent / LEDGER_NAME
    return beside if beside.is_file() else None
