"""What the offline writer knows while composing: inputs, template, and the quotes it may use."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.analysis.schema import Analysis, QuestionAnalysis
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Transcript
from drafter.quotes.match import verify_quote
from drafter.write.column_templates import ColumnTemplate
from drafter.write.common import light_escape
from drafter.write.outline import Placeholder, QuoteRef, Segment
from drafter.write.statements import Statement

_QUOTE_SLOT = re.compile(r"\{(quote(?:_[a-z])?)\}")
# A sentence ends at Chinese or Latin terminal punctuation (the latter followed by a space).
_SENTENCE = re.compile(r"[^。！？!?\n]+?(?:[。！？]|[.!?](?=\s)|$)", re.S)


@dataclass
class WriteContext:
    """Inputs plus the template; `seed` makes phrase choice deterministic per topic."""

    topic: Topic
    transcript: Transcript
    analysis: Analysis
    template: ColumnTemplate
    language: str
    notes: list[str] = field(default_factory=list)
    why: list[tuple[str, dict[str, str]]] = field(default_factory=list)  # prompts for the author
    figures_given: set[tuple[str, str]] = field(default_factory=set)  # (qid, model) whose figure is stated
    gaps_given: set[tuple[str, frozenset[str]]] = field(default_factory=set)  # (qid, pair) whose gap is stated
    used: dict[str, set[int]] = field(default_factory=dict)  # slot -> variants used: none repeats in a column
    statements: list[Statement] = field(default_factory=list)  # every claim about the models, for the check

    @property
    def seed(self) -> str:
        return self.topic.title

    def label(self, model: str) -> str:
        return light_escape(self.transcript.label(model))

    def qa(self, qid: str) -> QuestionAnalysis:
        return self.analysis.question(qid) or QuestionAnalysis(id=qid)

    def section_on(self, name: str) -> bool:
        return bool(self.template.data.get("sections", {}).get(name, True))

    def phrase(
        self,
        slot: str,
        seed: str = "",
        quotes: dict[str, QuoteRef] | None = None,
        index: int = 0,
        **values: Any,
    ) -> list[Segment]:
        """A phrase variant as segments: prose, with each {quote…} slot replaced by its QuoteRef."""
        text = self.template.phrase(slot, f"{self.seed}|{seed}", index=index, avoid=self.used.setdefault(slot, set()),
                                    **values)
        out: list[Segment] = []
        pos = 0
        for m in _QUOTE_SLOT.finditer(text):
            if text[pos : m.start()]:
                out.append(text[pos : m.start()])
            ref = (quotes or {}).get(m.group(1))
            if ref is not None:
                out.append(ref)
            pos = m.end()
        if text[pos:]:
            out.append(text[pos:])
        return out

    def claim(self, kind: str, qid: str, models: list[str], value: Any = None) -> None:
        """Record a statement the prose makes about the models; it is checked against the analysis before export."""
        self.statements.append(Statement(kind, qid, tuple(models), value))

    def placeholder(self, slot: str) -> Placeholder:
        return Placeholder(self.template.phrase(slot, self.seed))

    def answer_ok(self, qid: str, model: str) -> bool:
        answer = self.transcript.answer(qid, model)
        return answer is not None and answer.ok and model not in self.qa(qid).failed

    def quote(self, qid: str, model: str, *candidates: str | None) -> QuoteRef | None:
        """The first candidate that stands verbatim in the answer, else the answer's first sentence."""
        answer = self.transcript.answer(qid, model)
        if answer is None or not answer.ok:
            return None
        for text in candidates:
            if text and verify_quote(text, answer.text):
                return QuoteRef(qid, model, text)
            if text:  # the analysis offered a quote that is not in the answer: say so, use another
                self.notes.append(f"analysis quote for {model}/{qid} does not verify; not used")
        first = first_sentence(answer.text)
        return QuoteRef(qid, model, first) if first else None


def first_sentence(text: str) -> str:
    """The answer's first sentence, cut to a readable length at a clause boundary."""
    m = _SENTENCE.search(text.strip())
    sentence = m.group(0).strip() if m else text.strip()
    if len(sentence) > 120:  # a run-on answer: stop at the last comma before the limit
        cut = max(sentence.rfind(p, 0, 120) for p in "，,；;")
        sentence = sentence[:cut] if cut > 20 else sentence[:120]
    return sentence
