"""The learned second reader of picks in answers to choice questions: what it learned from, what it reads, and when
it lets a half-read pick be stated."""

from __future__ import annotations

import pytest

from drafter.analysis.engine import dodge_model, pick_model, stance_model
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import Reading
from drafter.analysis.wording import disputed
from tests.analysis_helpers import one
from tests.test_stance_model import WEIGHING

Q = "Who should pay to reinstate and run the fountains — the local council, the water company, or local businesses?"
OPTIONS = read_question("q1", Q, "en").options
COUNCIL, WATER = 0, 1


def test_an_option_is_read_through_a_placeholder_so_what_is_learned_carries_over_to_other_options() -> None:
    text = "The water company should pay; the council has no budget for it."
    assert pick_model.masked(text, OPTIONS, WATER, "en") == "The  optp  should pay; the  opto  has no budget for it."
    assert pick_model.masked(text, OPTIONS, COUNCIL, "en") == "The  opto  should pay; the  optp  has no budget for it."
    assert "PL:optp should pay" in pick_model.features(WEIGHING + text, OPTIONS, WATER, "en")


def test_the_option_a_closing_sentence_says_should_pay_reads_as_the_pick_and_a_conceded_one_does_not() -> None:
    said = WEIGHING + "The water company should pay."
    conceded = WEIGHING + "The water company has the deepest pockets, but the council should pay."
    assert pick_model.probability(said, OPTIONS, WATER, "en") >= pick_model.CONFIRM
    assert pick_model.probability(said, OPTIONS, WATER, "en") > pick_model.probability(conceded, OPTIONS, WATER, "en")
    assert pick_model.probability(conceded, OPTIONS, COUNCIL, "en") > pick_model.probability(
        conceded, OPTIONS, WATER, "en")


def _says(monkeypatch: pytest.MonkeyPatch, p: float) -> None:
    monkeypatch.setattr(pick_model, "probability", lambda text, options, chosen, lang: p)


def _half_read(tentative: str | None = "the water company", doubt: str | None = None) -> Reading:
    return Reading(model="m", stance="unclear", key="", pick=WATER, tentative=tentative, doubt=doubt,
                   confidence=0.6)


def test_a_half_read_pick_the_model_also_reads_is_stated(monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, 0.95)
    r = _half_read()
    pick_model.second_reading(r, WEIGHING, OPTIONS, "en")
    assert (r.stance, r.tentative, r.confidence) == ("other", None, stance_model.AGREED_CONFIDENCE)


@pytest.mark.parametrize("p, reading, text", [
    (0.5, _half_read(), WEIGHING),  # the model is not sure enough
    (0.95, _half_read(tentative="talks_around"), WEIGHING),  # the rules half-read a dodge, not this pick
    (0.95, _half_read(doubt="evasive"), WEIGHING),  # the dodge reader questioned it: the author's item stays
    (0.95, _half_read(), "The water company should pay."),  # short answers keep the rules' reading
])
def test_otherwise_the_half_read_pick_stays_the_authors_to_check(monkeypatch: pytest.MonkeyPatch, p: float,
                                                                 reading: Reading, text: str) -> None:
    _says(monkeypatch, p)
    before = (reading.stance, reading.tentative, reading.confidence)
    pick_model.second_reading(reading, text, OPTIONS, "en")
    assert (reading.stance, reading.tentative, reading.confidence) == before


@pytest.mark.parametrize("p, stance, checks", [(0.95, "other", 0), (0.1, "unclear", 1)])
def test_in_the_analysis_a_confirmed_pick_is_stated_and_an_unconfirmed_one_goes_to_the_author(
        monkeypatch: pytest.MonkeyPatch, p: float, stance: str, checks: int) -> None:
    _says(monkeypatch, p)
    qa = one(Q, {"m": WEIGHING + "The water company should pay."}, "en")
    assert qa.stances["m"] == stance and len(qa.to_check) == checks
    assert qa.key_quotes["m"] == "The water company should pay."


def test_the_three_readers_weights_are_each_read_once_per_process() -> None:
    stance_model._model.cache_clear()
    for _ in range(2):
        stance_model.probabilities(WEIGHING)
        dodge_model.dodge_probability(WEIGHING, "choice")
        pick_model.probability(WEIGHING + "The water company should pay.", OPTIONS, WATER, "en")
    assert stance_model._model.cache_info().misses == 3


def _reads(monkeypatch: pytest.MonkeyPatch, by_option: dict[int, float]) -> None:
    monkeypatch.setattr(pick_model, "probability", lambda text, options, chosen, lang: by_option.get(chosen, 0.0))


def _stated(pick: int = WATER) -> Reading:
    return Reading(model="m", stance="other", key="", pick=pick, confidence=0.9)


def test_a_stated_pick_the_model_reads_as_another_option_goes_to_the_author(monkeypatch: pytest.MonkeyPatch) -> None:
    _reads(monkeypatch, {WATER: 0.05, COUNCIL: 0.95})
    r = _stated()
    pick_model.second_reading(r, WEIGHING, OPTIONS, "en")
    assert (r.stance, r.tentative, r.doubt) == ("unclear", "the water company", "the local council")
    assert r.confidence == stance_model.DISPUTED_CONFIDENCE


@pytest.mark.parametrize("by_option", [{WATER: 0.2, COUNCIL: 0.95},  # the model half-agrees with the rules
                                       {WATER: 0.05, COUNCIL: 0.6}])  # and no other option is clearly the pick
def test_a_stated_pick_stays_unless_the_model_is_clear_it_is_another(monkeypatch: pytest.MonkeyPatch,
                                                                      by_option: dict[int, float]) -> None:
    _reads(monkeypatch, by_option)
    r = _stated()
    pick_model.second_reading(r, WEIGHING, OPTIONS, "en")
    assert (r.stance, r.doubt) == ("other", None)


def test_the_authors_item_names_the_pick_each_reader_read(monkeypatch: pytest.MonkeyPatch) -> None:
    _reads(monkeypatch, {WATER: 0.05, COUNCIL: 0.95})
    qa = one(Q, {"m": WEIGHING + "**The water company should pay**, and that is my clear choice."}, "en")
    assert qa.stances["m"] == "unclear" and qa.picks == {} and qa.agreements == []
    [item] = qa.to_check
    assert item.reason == ("two readings disagree, please check: to the rules it gives “the water company”, "
                           "to a second reader it picks “the local council”")
    assert disputed("消防救援机构", "文化和旅游部门", "zh") == (
        "两种读法不一致，请核对：规则给出“消防救援机构”，另一读法像是选了“文化和旅游部门”")


def test_a_lettered_item_keeps_the_letter_the_rules_read(monkeypatch: pytest.MonkeyPatch) -> None:
    lettered = read_question("q1", "Which is right?\nA. Paris\nB. Lyon\nC. Nice", "en").options
    assert [o.letter for o in lettered] == ["A", "B", "C"]
    _reads(monkeypatch, {0: 0.0, 1: 0.99})
    r = Reading(model="m", stance="other", key="", pick=0, confidence=0.9)
    pick_model.second_reading(r, WEIGHING, lettered, "en")
    assert (r.stance, r.doubt) == ("other", None)
