"""The quote bank offered to the LLM writer: numbered verbatim quotes (Q1…Qn) it may place by id."""

from __future__ import annotations

from dataclasses import dataclass

from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.inputs.transcript import Transcript
from drafter.quotes.match import normalize, verify_quote
from drafter.write.compose_context import first_sentence
from drafter.write.outline import QuoteRef


@dataclass(frozen=True)
class BankQuote:
    id: str
    question: str
    model: str
    label: str
    role: str  # clash | dodge | key | agree | number
    text: str

    def ref(self) -> QuoteRef:
        return QuoteRef(self.question, self.model, self.text)


def _candidates(qa: QuestionAnalysis) -> list[tuple[str, str, str]]:
    """(role, model, text) in order of interest: the clash and the dodge first."""
    out = [("clash", m, t) for c in qa.contradictions for m, t in c.quotes.items()]
    out += [("dodge", e.model, e.quote) for e in qa.evasions]
    out += [("key", m, t) for m, t in qa.key_quotes.items()]
    out += [("agree", m, t) for g in qa.agreements for m, t in g.quotes.items()]
    out += [("number", n.model, n.quote) for n in qa.numbers]
    return out


def build_bank(transcript: Transcript, analysis: Analysis) -> list[BankQuote]:
    """Every verified quote the analysis offers, deduplicated; a model with none gets its first sentence."""
    bank: list[BankQuote] = []
    seen: set[tuple[str, str, str]] = set()
    for q in transcript.questions:
        qa = analysis.question(q.id) or QuestionAnalysis(id=q.id)
        cands = _candidates(qa)
        for answer in transcript.answers_for(q.id):
            if answer.ok and not any(m == answer.model for _, m, _ in cands):
                cands.append(("key", answer.model, first_sentence(answer.text)))
        for role, model, text in cands:
            source = transcript.answer(q.id, model)
            key = (q.id, model, normalize(text))
            if source is None or not source.ok or not verify_quote(text, source.text):
                continue
            if any(k[:2] == key[:2] and key[2] in k[2] for k in seen):  # already offered, or inside one
                continue
            seen.add(key)
            bank.append(BankQuote(f"Q{len(bank) + 1}", q.id, model, transcript.label(model), role, text.strip()))
    return bank
