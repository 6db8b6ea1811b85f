"""The analysis JSON (DESIGN.md contract), as pydantic models with field descriptions.

The same models are the structured-output schema of the LLM analyst, so the descriptions are
written for a model as much as for a reader.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

# `unclear`: the reading was not confident. It is never shown as a dodge (DESIGN.md, December 2026).
Stance = Literal["affirm", "deny", "mixed", "evasive", "other", "unclear"]
Robustness = Literal["robust", "fragile"]
EvasionStyle = Literal["refusal", "no_opinion", "both_sides", "redirect", "official_line", "off_topic", "talks_around",
                       "empty", "no_info", "no_data"]
ClashKind = Literal["stance", "choice", "number"]


class Contradiction(BaseModel):
    models: list[str] = Field(min_length=2, max_length=2, description="The two model keys that contradict.")
    point: str = Field(description="What they disagree on, in a short phrase.")
    quotes: dict[str, str] = Field(
        description="Model key -> a verbatim span of that model's answer that shows its side."
    )
    kind: ClashKind = Field(default="stance", description="stance: yes vs no; choice: different picks; "
                            "number: figures that cannot both hold.")
    robustness: Robustness | None = Field(
        default=None, description="With samples: robust when both models held their position in >= 2/3 of them.")
    confidence: float | None = Field(default=None, description="0..1: how sure the reading behind this clash is.")


class Agreement(BaseModel):
    models: list[str] = Field(min_length=2, description="Two or more model keys that take the same position.")
    point: str = Field(description="What they agree on, in a short phrase.")
    quotes: dict[str, str] = Field(description="Model key -> a verbatim span of that model's answer.")
    kind: ClashKind = "stance"


class Evasion(BaseModel):
    model: str = Field(description="The model key that did not answer the question.")
    reason: str = Field(description="How it dodged, in a short phrase a columnist can use.")
    quote: str = Field(description="A verbatim span of the answer that shows the dodge.")
    style: EvasionStyle = "talks_around"
    confidence: float | None = Field(default=None, description="0..1: how sure the reading behind this dodge is.")


class CheckItem(BaseModel):
    """Something the analysis is not sure enough of to state as fact: the author checks it."""

    models: list[str] = Field(min_length=1, description="The model key(s) the item is about.")
    reason: str = Field(description="Why it needs a human look, in a short phrase.")
    quotes: dict[str, str] = Field(default_factory=dict, description="Model key -> a verbatim span of its answer.")
    kind: Literal["stance", "contradiction", "evasion", "figure", "pick", "stability", "language", "other"] = "other"
    language_positions: dict[str, dict[str, str]] = Field(
        default_factory=dict, description="kind language: language code -> {question, stance, quote} of the one "
        "model, in each language it was asked (quotes verbatim, in the language answered).")


class NumberClaim(BaseModel):
    """A figure a model gave, normalised so that two answers can be compared."""

    model: str
    low: float
    high: float
    unit: str = Field(description="percent, year, count, or a currency/unit word")
    quote: str
    figure: str = Field(default="", description="The figure as the model wrote it, e.g. 三到五年 or about a fifth.")


class QuestionAnalysis(BaseModel):
    id: str
    text: str = ""
    kind: Literal["yesno", "choice", "number", "open"] = "yesno"
    stances: dict[str, Stance] = Field(default_factory=dict, description="Model key -> stance.")
    key_quotes: dict[str, str] = Field(
        default_factory=dict, description="Model key -> the verbatim sentence that best states its position."
    )
    contradictions: list[Contradiction] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    evasions: list[Evasion] = Field(default_factory=list)
    numbers: list[NumberClaim] = Field(default_factory=list)
    picks: dict[str, str] = Field(default_factory=dict,
                                  description="Choice questions: model key -> the option it chose.")
    failed: list[str] = Field(default_factory=list, description="Models that did not answer (an error).")
    to_check: list[CheckItem] = Field(
        default_factory=list, description="Readings too uncertain to state as fact: for the author to check.")
    confidence: dict[str, float] = Field(
        default_factory=dict, description="Model key -> 0..1, how sure the reading of its answer is.")
    stability: dict[str, float] = Field(
        default_factory=dict, description="With samples: model key -> share of samples agreeing with its modal "
        "position.")
    injections: dict[str, str] = Field(
        default_factory=dict, description="Model key -> verbatim text in its answer that addresses the analyzer "
        "(prompt injection). Flagged for the editor; it never changes the analysis."
    )


class Analysis(BaseModel):
    questions: list[QuestionAnalysis] = Field(default_factory=list)
    engine: str = "offline"
    dropped_quotes: int = Field(default=0, description="LLM quotes dropped because they failed verification.")

    def question(self, qid: str) -> QuestionAnalysis | None:
        return next((q for q in self.questions if q.id == qid), None)
