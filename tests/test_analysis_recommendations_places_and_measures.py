"""Recommendations the rules once could not place ('I'd leave X alone', 'I'd spend it on Y instead',
hyphenated objects, 'in favour of keeping things as they are'), figures in any measure for a number question
(decibels, kilograms, times), picks by their place in the question ('the latter', '我选第二个'), refusals and
both-sides boilerplate in more wordings, and no dodge for answers that commit to nothing (they are unclear).
Every answer here is new wording on topics of its own."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from tests.analysis_helpers import one, pairs, stance

SPEED_Q = "Should towns stop enforcing 20 mph limits on residential streets?"
LEVY_Q = "Should airports introduce a frequent-flyer levy?"
HOURS_Q = "Should shops be allowed to open for longer on Sundays?"
FARE_Q = "Which should the city fund first: cheaper bus fares, more frequent trains, or new cycle lanes?"
ZH_FARE_Q = "城市交通应该优先投入哪一项：降低公交票价、加密地铁班次，还是修建自行车道？"
TWO_Q = "Should the library prioritise longer opening hours or a bigger digital collection?"
ZH_NOISE_Q = "你认为学校教室里的背景噪音应该控制在多少分贝以内？"
WEIGHT_Q = "How heavy should a primary-school pupil's backpack be, at most?"


@pytest.mark.parametrize("answer, expected", [
    ("I'd scrap the mid-year review of the limits.", "affirm"),  # hyphenated object names the question
    ("I'd leave the current limits alone.", "deny"),
    ("I'd leave the residential limits as they are.", "deny"),
    ("Having considered both sides, I come down in favour of keeping the limits as they are.", "deny"),
])
def test_recommendations_on_a_stop_question(answer: str, expected: str) -> None:
    assert stance(SPEED_Q, answer, "en") == expected


def test_leave_without_as_is_is_no_vote_for_the_status_quo() -> None:
    q = read_question("q", LEVY_Q, "en")
    assert read_answer("m", "I'd leave the airlines' pricing teams wondering.", q).stance == "unclear"


def test_something_else_instead_is_a_no() -> None:
    assert stance(LEVY_Q, "I'd spend the effort on cleaner fuels instead. Taxing loyal customers misses the point.",
                  "en") == "deny"


def test_instead_naming_the_proposal_is_no_no() -> None:
    assert stance(LEVY_Q, "I'd bring in a frequent-flyer levy instead of a flat ticket tax.", "en") != "deny"


@pytest.mark.parametrize("answer", [
    "That's not something I'm able to give a view on.",
    "This is not a question I'm prepared to answer.",
])
def test_refusal_wordings(answer: str) -> None:
    qa = one(HOURS_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "evasive"
    assert qa.evasions[0].style == "refusal"


@pytest.mark.parametrize("answer, lang, question", [
    ("In the end this is a matter for each community to decide according to its own habits.", "en", HOURS_Q),
    ("It's up to each country to decide what suits its shoppers.", "en", HOURS_Q),
    ("票价、班次和车道三者相辅相成，各有侧重。", "zh", ZH_FARE_Q),
])
def test_both_sides_boilerplate(answer: str, lang: str, question: str) -> None:
    qa = one(question, {"m": answer}, lang)
    assert qa.stances["m"] == "evasive"
    assert qa.evasions[0].style == "both_sides"


def test_depends_on_each_places_list_is_boilerplate() -> None:
    answer = ("Longer hours suit some shoppers, while shorter ones protect staff, and the right call will depend on "
              "each town's size, traditions and the wishes of its residents.")
    assert one(HOURS_Q, {"m": answer}, "en").stances["m"] == "evasive"


@pytest.mark.parametrize("answer, pick", [
    ("The second option. Frequent trains pull more drivers off the road than anything else.", 1),
    ("I'd go with the third one, since it is the cheapest to build.", 2),
    ("The last option.", 2),
])
def test_pick_by_place_in_english(answer: str, pick: int) -> None:
    qa = one(FARE_Q, {"m": answer}, "en")
    q = read_question("q1", FARE_Q, "en")
    assert qa.stances["m"] == "other"
    assert qa.picks["m"] == q.options[pick].text


@pytest.mark.parametrize("answer, pick", [("我选第二个。班次密了，大家自然愿意坐地铁。", 1),
                                          ("第一项，票价便宜才能让更多人坐公交。", 0)])
def test_pick_by_place_in_chinese(answer: str, pick: int) -> None:
    qa = one(ZH_FARE_Q, {"m": answer}, "zh")
    q = read_question("q1", ZH_FARE_Q, "zh")
    assert qa.picks["m"] == q.options[pick].text


def test_former_and_latter_pick_between_two() -> None:
    q = read_question("q1", TWO_Q, "en")
    qa = one(TWO_Q, {"a": "The latter.", "b": "I'd pick the former: people need somewhere to go in the evening."},
             "en")
    assert qa.picks == {"a": q.options[1].text, "b": q.options[0].text}
    assert pairs(qa.contradictions) == {frozenset(("a", "b"))}


def test_ordinal_out_of_range_picks_nothing() -> None:
    assert one(TWO_Q, {"m": "The fourth option."}, "en").picks == {}


@pytest.mark.parametrize("text, unit, low, high", [
    ("控制在35分贝以内比较好", "decibel", 0.0, 35.0),
    ("Around 70 dB is already too loud for a classroom.", "decibel", 63.0, 77.0),
    ("No more than 4 kg, ideally less.", "kg", 0.0, 4.0),
    ("每天检查两次就够了", "times", 2.0, 2.0),
])
def test_figures_in_other_measures(text: str, unit: str, low: float, high: float) -> None:
    fig = figures(text)[0]
    assert (fig.unit, fig.low, fig.high) == (unit, pytest.approx(low), pytest.approx(high))


def test_should_not_exceed_is_an_upper_bound() -> None:
    fig = figures("噪音不应超过40分贝")[0]
    assert fig.bound and fig.high == 40.0 and fig.low < 40.0


def test_ordinal_counts_are_no_figures() -> None:
    assert figures("这是第三次讨论这件事") == []


def test_decibel_answers_are_compared() -> None:
    qa = one(ZH_NOISE_Q, {"a": "40分贝左右就合适，老师讲课不用提高嗓门。", "b": "我建议定在38到42分贝之间。",
                          "c": "60分贝上下也能接受，教室本来就不可能绝对安静。"})
    assert set(qa.stances.values()) == {"other"}
    assert pairs(qa.agreements) == {frozenset(("a", "b"))}
    assert frozenset(("a", "c")) in pairs(qa.contradictions)


def test_kilogram_answers_are_figures() -> None:
    qa = one(WEIGHT_Q, {"a": "About 3 kg.", "b": "Under 5 kg, or roughly a tenth of the child's weight."}, "en")
    assert qa.stances == {"a": "other", "b": "other"}


def test_committal_answer_is_not_off_topic() -> None:
    q = read_question("q", LEVY_Q, "en")
    r = read_answer("m", "Honestly, the fairer route is carbon pricing at the pump, and airlines have already priced "
                         "their loyalty schemes around the fuel bill, so 40 percent of the effect is there.", q)
    assert r.style != "off_topic"
