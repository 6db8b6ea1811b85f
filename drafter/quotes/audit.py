"""`drafter check`: re-verify every attributed quote of a draft (.md or .docx) against the transcript.

Three sources of quotes, one verdict each:
- quotes with provenance (a drafter comment or footnote naming model and question, or the quote style);
- quoted text the prose attributes to a model by name, however it is styled (typed in by an editor);
- the quote ledger drafter wrote beside the draft: each of its quotes must still be there, verbatim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from drafter.draftfmt import FoundQuote, front_matter
from drafter.errors import InputError
from drafter.inputs.files import read_text
from drafter.quotes.attributed import Attributed, answers_holding, find_attributed, misattribution, model_names
from drafter.quotes.cuts import cut_problem
from drafter.quotes.document import DocQuote, DraftDocument
from drafter.quotes.explain import explain_change
from drafter.quotes.match import normalize, verify_quote

if TYPE_CHECKING:
    from drafter.inputs.transcript import Transcript
    from drafter.quotes.ledger import Ledger, LedgerQuote

NOT_IN_ANSWER = "not in the model's answer"
UNKNOWN_MODEL = "unknown model"
UNKNOWN_QUESTION = "unknown question"
EMPTY_QUOTE = "empty quote"
NO_ANSWER = "the model has no answer to this question"
UNATTRIBUTED = "not in any model's answer (its drafter comment was deleted)"
STRIPPED = ("comments and quote styles were stripped: pandoc or a paste? "
            "use drafter's DOCX or `drafter render`")
_MARKDOWN = {".md", ".markdown", ".txt", ".mdown", ".mkd"}
_SHOWN = 80  # characters of a quote shown in a report line


@dataclass(frozen=True)
class Failure:
    """A quote that does not verify, with what a person needs to find and fix it."""

    model: str
    label: str
    question: str
    text: str
    where: str
    reason: str
    kind: str = "failed"  # failed | changed | pending | missing | cut | misattributed | typed | appendix | stripped
    ref: str = ""  # the footnote label or comment id of a quote with provenance


@dataclass
class CheckReport:
    """How many quotes were checked, which failed, and notes that are not failures."""

    path: Path
    checked: int = 0
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    ledger_quotes: int = 0
    found: int = 0
    has_ledger: bool = False

    @property
    def ok(self) -> bool:
        return not self.failures


def read_document(path: Path, appendix_heading: str = "") -> DraftDocument:
    """The draft as check reads it: a Markdown draft or a DOCX."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        if not path.is_file():
            raise InputError(path, None, "draft not found", "check the path")
        from drafter.quotes.docx_read import read_docx

        return read_docx(path, appendix_heading)
    if suffix in (".doc", ".odt", ".rtf", ".pdf"):
        raise InputError(path, None, f"cannot check a {suffix} file", "save it from Word as .docx")
    from drafter.quotes.document import read_markdown

    return read_markdown(path, read_text(path, "draft"), appendix_heading)


def read_quotes(path: Path) -> list[DocQuote]:
    """The quotes with provenance of a Markdown draft or a DOCX."""
    return read_document(Path(path)).quotes


def check_draft(path: Path, transcript: Transcript, ledger: Ledger | None = None, *,
                allow_cuts: bool = False) -> CheckReport:
    """Verify every attributed quote in the draft, and every ledger quote, against the transcript."""
    path = Path(path)
    document = read_document(path, ledger.appendix_heading if ledger else "")
    if ledger is None and document.embedded_ledger is not None:
        from drafter.quotes.ledger import ledger_from_data

        ledger = ledger_from_data(document.embedded_ledger, path)
        if ledger.appendix_heading:
            document = read_document(path, ledger.appendix_heading)  # now the appendix can be found
    return check_document(document, transcript, ledger, allow_cuts=allow_cuts)


def check_document(document: DraftDocument, transcript: Transcript, ledger: Ledger | None, *,
                   allow_cuts: bool = False) -> CheckReport:
    report = CheckReport(path=document.path, checked=len(document.quotes))
    names = model_names(transcript)
    prose = {p.index if document.kind == "docx" else p.where: find_attributed(p.text, names)
             for p in document.column}
    written = _match_ledger(document, ledger, report, allow_cuts) if ledger is not None else {}
    covered: set[tuple[object, int]] = set()
    for quote in document.quotes:
        key = quote.paragraph if document.kind == "docx" else quote.where
        said = _prose_for(quote, [s for s in prose.get(key, []) if (key, s.start) not in covered])
        if said is not None:
            covered.add((key, said.start))
        _check_provenanced(quote, said, written.get(id(quote)), transcript, report, allow_cuts)
    for paragraph in document.column:
        key = paragraph.index if document.kind == "docx" else paragraph.where
        for said in prose.get(key, []):
            if (key, said.start) not in covered:
                _check_typed(said, paragraph.where, transcript, report)
    if ledger is not None:
        _check_appendix(document, ledger, transcript, report)
    report.has_ledger = ledger is not None
    return report


def failure_reason(quote: FoundQuote | DocQuote, transcript: Transcript) -> str | None:
    """Why an attributed quote fails against the transcript, or None when it is the model's own words."""
    if not normalize(quote.text):
        return EMPTY_QUOTE
    if quote.model not in transcript.models():
        return UNKNOWN_MODEL
    if quote.question not in {q.id for q in transcript.questions}:
        return UNKNOWN_QUESTION
    answer = transcript.answer(quote.question, quote.model)
    if answer is None or not answer.text.strip():
        return NO_ANSWER
    return None if verify_quote(quote.text, answer.text) else NOT_IN_ANSWER


def _prose_for(quote: DocQuote, said: list[Attributed]) -> Attributed | None:
    """The prose's attribution of this quote: quoted text in its paragraph holding the same words."""
    text = normalize(quote.text)
    if not text:
        return None
    return next((s for s in said if normalize(s.text) == text), None) or next(
        (s for s in said if text in normalize(s.text) or normalize(s.text) in text), None)


def _label(model: str, transcript: Transcript) -> str:
    return transcript.label(model) if model else "?"


def _fail(report: CheckReport, quote: DocQuote, transcript: Transcript, reason: str, kind: str = "failed",
          model: str | None = None) -> None:
    who = quote.model if model is None else model
    report.failures.append(Failure(who, _label(who, transcript), quote.question, quote.text, quote.where, reason,
                                   kind, quote.ref))


def _check_provenanced(quote: DocQuote, said: Attributed | None, written: LedgerQuote | None,
                       transcript: Transcript, report: CheckReport, allow_cuts: bool) -> None:
    if quote.revisions:
        _check_pending(quote, transcript, report, allow_cuts)
        return
    if not quote.model:
        _check_unattributed(quote, said, transcript, report)
        return
    reason = failure_reason(quote, transcript)
    if reason == NOT_IN_ANSWER:
        reason = misattribution(quote.model, quote.text, transcript) or NOT_IN_ANSWER
        if written is not None and normalize(written.text) != normalize(quote.text):
            reason += f": {explain_change(written.text, quote.text)}"
        _fail(report, quote, transcript, reason, "changed" if written is not None else "failed")
        return
    if reason:
        _fail(report, quote, transcript, reason)
        return
    answer = transcript.answer(quote.question, quote.model)
    cut = cut_problem(quote.text, answer.text) if answer is not None else None
    if cut:
        _fail(report, quote, transcript, cut, "cut-meaning")
    if said is not None and quote.model not in said.named:
        prose = _label(said.model, transcript)
        _fail(report, quote, transcript,
              f"the prose names {prose}, but this is {_label(quote.model, transcript)}'s answer "
              f"({quote.model}/{quote.question}): misattributed", "misattributed")


def _check_pending(quote: DocQuote, transcript: Transcript, report: CheckReport, allow_cuts: bool) -> None:
    """A quote with tracked changes nobody has accepted or rejected yet: say which choice keeps it verbatim."""
    changes = "; ".join(r.says() for r in quote.revisions)
    model = quote.model or _owner(quote.original or quote.text, transcript)
    probe = DocQuote(model, quote.question or _question(model, quote.original or "", transcript), "", quote.where)
    now_ok = bool(normalize(quote.text)) and _verifies(probe, quote.text, transcript)
    before_ok = quote.original is not None and _verifies(probe, quote.original, transcript)
    if not normalize(quote.text) and before_ok:
        reason = (f"cut by a tracked deletion ({changes}), not yet accepted: accept it to cut the quote, "
                  "reject it to keep it")
        if allow_cuts:
            report.notes.append(f"{quote.where}: {_shown(quote.original or '')} {reason}")
            return
        _fail(report, quote, transcript, reason + " (or pass --allow-cuts)", "cut", model=model)
        return
    if now_ok:
        advice = "accept it: the quote stays verbatim"
    elif before_ok:
        advice = "reject it to restore the model's words"
    else:
        advice = "neither accepting nor rejecting it gives the model's words"
    _fail(report, quote, transcript, f"pending change ({changes}): {advice}", "pending", model=model)


def _verifies(probe: DocQuote, text: str, transcript: Transcript) -> bool:
    if probe.model and probe.question:
        answer = transcript.answer(probe.question, probe.model)
        return answer is not None and verify_quote(text, answer.text)
    return bool(answers_holding(text, transcript))


def _owner(text: str, transcript: Transcript) -> str:
    owners = answers_holding(text, transcript) if normalize(text) else []
    return owners[0] if len(owners) == 1 else ""


def _question(model: str, text: str, transcript: Transcript) -> str:
    return next((a.question for a in transcript.answers if a.model == model and normalize(text)
                 and verify_quote(text, a.text)), "")


def _check_unattributed(quote: DocQuote, said: Attributed | None, transcript: Transcript,
                        report: CheckReport) -> None:
    """A quote-styled run whose comment was deleted: the prose's attribution, if any, decides."""
    if not normalize(quote.text):
        _fail(report, quote, transcript, EMPTY_QUOTE)
        return
    if said is not None:
        reason = misattribution(said.model, quote.text, transcript)
        if reason:
            kind = "misattributed" if reason.startswith("in ") else "failed"
            _fail(report, quote, transcript, reason, kind, model=said.model)
        return
    owners = answers_holding(quote.text, transcript)
    if not owners:
        _fail(report, quote, transcript, UNATTRIBUTED)
        return
    whose = ", ".join(f"{transcript.label(m)} ({m})" for m in owners)
    # The text is verbatim, but whom the prose credits it to can no longer be checked: say so.
    report.notes.append(f"{quote.where}: {_shown(quote.text)} lost its drafter comment; "
                        f"its text is in the answer of {whose} — check the attribution by eye")


def _check_typed(said: Attributed, where: str, transcript: Transcript, report: CheckReport) -> None:
    """Quoted text the prose credits to a model, with no provenance: an editor typed or pasted it."""
    reason = misattribution(said.model, said.text, transcript)
    if not said.is_claim:
        # A scare quote (“官方回答”) is the writer's word; only another model's words are worth a note.
        if reason and reason.startswith("in "):
            report.notes.append(f"{where}: the short quoted phrase {_shown(said.text)} beside "
                                f"{transcript.label(said.model)} is {reason}: check by eye")
        return
    report.checked += 1
    quote = DocQuote(said.model, "", said.text, where, source="prose")
    if reason:
        kind = "misattributed" if reason.startswith("in ") else "typed"
        _fail(report, quote, transcript, reason, kind)
        return
    answer = next(a for a in transcript.answers if a.model == said.model and verify_quote(said.text, a.text))
    cut = cut_problem(said.text, answer.text)
    if cut:
        _fail(report, quote, transcript, cut, "cut-meaning")


def _match_ledger(document: DraftDocument, ledger: Ledger, report: CheckReport,
                  allow_cuts: bool) -> dict[int, LedgerQuote]:
    """Pair each ledger quote with the document's quote; name the missing. Returns id(doc quote) -> ledger quote."""
    report.ledger_quotes = len(ledger.quotes)
    unused = list(document.quotes)
    paired: dict[int, LedgerQuote] = {}
    missing: list[LedgerQuote] = []
    for entry in ledger.quotes:  # exact matches first, so a changed quote pairs with what is left
        match = next((q for q in unused if (q.model, q.question) == (entry.model, entry.question)
                      and normalize(q.original if q.revisions and q.original else q.text) == normalize(entry.text)),
                     None)
        if match is not None:
            unused.remove(match)
            paired[id(match)] = entry
        else:
            missing.append(entry)
    still: list[LedgerQuote] = []
    for entry in missing:
        match = next((q for q in unused if (q.model, q.question) == (entry.model, entry.question)), None)
        if match is not None:
            unused.remove(match)
            paired[id(match)] = entry
        elif not any(verify_quote(entry.text, p.text) for p in document.column):
            still.append(entry)
    report.found = len(ledger.quotes) - len(still)
    if ledger.quotes and not document.quotes and not document.has_quote_style:
        intact = report.found
        cause = STRIPPED if document.kind == "docx" else \
            "its footnotes were stripped: use the draft.md drafter wrote, or `drafter redraft`"
        report.failures.append(Failure("", "", "", "", document.path.name,
                                       f"none of the {len(ledger.quotes)} ledger quotes has its provenance in this "
                                       f"document ({intact} still stand as plain text): {cause}", "stripped"))
    for entry in still:
        reason = (f"MISSING: in the ledger ({entry.where} of {ledger.draft or 'the draft'}) but not in this "
                  "document: deleted with its comment?")
        if allow_cuts:
            report.notes.append(f"cut: {entry.named()} {_shown(entry.text)}")
            continue
        report.failures.append(Failure(entry.model, entry.label, entry.question, entry.text, "", reason +
                                       " (pass --allow-cuts if the cut is on purpose)", "missing"))
    return paired


def _check_appendix(document: DraftDocument, ledger: Ledger, transcript: Transcript, report: CheckReport) -> None:
    from drafter.quotes.full_answers import appendix_problem

    for model, qid in ledger.appendix:
        problem = appendix_problem(document.appendix, transcript.answer(qid, model))
        if problem:
            report.failures.append(Failure(model, transcript.label(model), qid, "", "appendix",
                                           f"the full answer is {problem}", "appendix"))


def _shown(text: str) -> str:
    flat = " ".join(text.split())
    return f"“{flat[:_SHOWN]}…”" if len(flat) > _SHOWN else f"“{flat}”"


def format_report(report: CheckReport) -> str:
    """Lines a person reads: one per failing quote, notes, then a summary."""
    lines = []
    for f in report.failures:
        if f.kind == "stripped":
            lines.append(f"✗ {f.where}: {f.reason}")
            continue
        who = f"{f.label} ({f.model}/{f.question})" if f.model and f.question else (
            f"{f.label} (typed in, no source)" if f.model else "unattributed quote")
        where = f" {f.where}" if f.where else ""
        text = f" {_shown(f.text)}" if f.text else ""
        lines.append(f"✗ {who}{where}:{text} — {f.reason}")
    lines.extend(f"! {note}" for note in report.notes)
    if not report.has_ledger:
        lines.append("! no quote ledger (quotes.json) beside the draft: a quote cut from it cannot be named; "
                     "pass --ledger out/<slug>/quotes.json")
    name = report.path.name
    if report.ok:
        lines.append(f"✓ {report.checked} quote{'s' if report.checked != 1 else ''} verified in {name}"
                     + (f" ({report.found} of {report.ledger_quotes} ledger quotes present)"
                        if report.ledger_quotes else ""))
    else:
        lines.append(f"✗ {len(report.failures)} problem{'s' if len(report.failures) != 1 else ''} "
                     f"in {name} ({report.checked} quotes checked"
                     + (f", {report.found} of {report.ledger_quotes} ledger quotes present)" if report.ledger_quotes
                        else ")"))
    return "\n".join(lines)


def find_transcript_for(draft_path: Path) -> Path | None:
    """The transcript a draft names in its front matter, or a transcript.yaml beside it."""
    draft_path = Path(draft_path)
    beside = draft_path.parent / "transcript.yaml"
    named = _named_transcript(draft_path)
    if draft_path.suffix.lower() == ".docx" and named is None:
        # out/<slug>/draft.docx sits beside draft.md, whose front matter names the transcript.
        named = _named_transcript(draft_path.with_suffix(".md"))
    for candidate in (named, beside):
        if candidate is not None and candidate.is_file():
            return candidate
    return named  # a named but missing transcript: the caller's error then names it


def _named_transcript(markdown_path: Path) -> Path | None:
    if markdown_path.suffix.lower() not in _MARKDOWN or not markdown_path.is_file():
        return None
    try:
        meta, _ = front_matter(read_text(markdown_path, "draft"))
    except InputError:
        return None
    value = meta.get("transcript")
    if not isinstance(value, str) or not value.strip():
        return None
    return (markdown_path.parent / value.strip()).resolve()
