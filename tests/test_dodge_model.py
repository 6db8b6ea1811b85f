"""The learned second reader of dodges in answers to figure and choice questions: what it learned from, and how it
confirms or questions the rules' reading."""

from __future__ import annotations

import pytest

from drafter.analysis.engine import dodge_model, stance_model
from drafter.analysis.engine.evasion import EvasionCue
from drafter.analysis.engine.reading import Reading
from drafter.analysis.engine.sentences import Sentence
from tests.analysis_helpers import one
from tests.test_stance_model import WEIGHING

Q = "How many minutes a day should bagpipe practice in a public park be allowed?"


def test_a_long_answer_that_sends_the_reader_elsewhere_reads_as_a_dodge_and_one_with_a_figure_does_not() -> None:
    elsewhere = WEIGHING + ("The right limit depends on local byelaws. Please consult your council's parks team and "
                            "the official guidance before settling on any number.")
    figure = WEIGHING + "So my answer: 60 minutes a day, between 10am and 6pm, is a fair limit."
    assert dodge_model.dodge_probability(elsewhere, "number") > dodge_model.dodge_probability(figure, "number")


def _says(monkeypatch: pytest.MonkeyPatch, p: float) -> None:
    monkeypatch.setattr(dodge_model, "dodge_probability", lambda text, kind: p)


def _reading(stance: str, tentative: str | None = None, style: str | None = None) -> Reading:
    return Reading(model="m", stance=stance, key="", tentative=tentative, style=style, confidence=0.9)


def test_no_figure_read_and_a_model_sure_of_a_dodge_is_a_dodge(monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, 0.95)
    r = _reading("unclear", tentative="talks_around")
    dodge_model.second_reading(r, WEIGHING, "number", None, "unclear")
    assert (r.stance, r.style, r.confidence) == ("evasive", "talks_around", stance_model.AGREED_CONFIDENCE)


def test_with_no_figure_read_a_dodge_cue_is_the_quote(monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, 0.95)
    cue = EvasionCue("no_opinion", Sentence(0, 10, "As an AI I have no view.", 0), 0.9)
    r = _reading("unclear", tentative="talks_around")
    dodge_model.second_reading(r, WEIGHING, "number", cue, "unclear")
    assert (r.stance, r.style, r.key_sentence) == ("evasive", "no_opinion", cue.sentence)


def test_a_figure_read_in_passing_with_a_dodge_cue_is_a_dodge_quoted_from_the_cue(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, 0.95)
    cue = EvasionCue("redirect", Sentence(0, 10, "Ask the council.", 0), 0.9)
    r = _reading("other")
    dodge_model.second_reading(r, WEIGHING, "number", cue, "60 minutes")
    assert (r.stance, r.style, r.key_sentence) == ("evasive", "redirect", cue.sentence)


def test_a_figure_the_model_reads_as_a_dodge_without_a_cue_goes_to_the_author(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, 0.95)
    qa = one(Q, {"m": WEIGHING + "Sixty minutes a day is a fair limit for practice."}, "en")
    assert qa.stances["m"] == "unclear" and qa.evasions == [] and qa.numbers == []
    [item] = qa.to_check
    assert "two readings disagree" in item.reason and "reads like a dodge" in item.reason
    assert "gives “" in item.reason


@pytest.mark.parametrize("p, style, stance", [(0.05, "both_sides", "unclear"), (0.5, "both_sides", "evasive"),
                                              (0.05, "refusal", "evasive")])
def test_a_weighing_the_model_reads_as_an_answer_goes_to_the_author(
        monkeypatch: pytest.MonkeyPatch, p: float, style: str, stance: str) -> None:
    _says(monkeypatch, p)
    r = _reading("evasive", style=style)
    dodge_model.second_reading(r, WEIGHING, "choice", None, "evasive")
    assert r.stance == stance
    if stance == "unclear":
        assert (r.tentative, r.doubt) == ("both_sides", "other")


def test_short_answers_and_yes_no_questions_are_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(text: str, kind: str) -> float:
        raise AssertionError("the model was asked")
    monkeypatch.setattr(dodge_model, "dodge_probability", never)
    one(Q, {"m": "Sixty minutes. That is enough for a practice."}, "en")
    one("Should parks limit bagpipe practice?", {"m": WEIGHING + "Yes, they should."}, "en")
