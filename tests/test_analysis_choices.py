"""Choice questions: options from the question, the pick from the answer."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, pairs


@pytest.mark.parametrize(("question", "lang", "options"), [
    ("对低空经济来说，空域管理改革和电池技术突破，哪个更重要？", "zh", ["空域管理改革", "电池技术突破"]),
    ("高校招生时，更应该看重高考分数还是综合素质评价？", "zh", ["高考分数", "综合素质评价"]),
    ("发展县域经济，重点应放在引进工业项目上，还是发展特色农业和文旅？", "zh", ["引进工业项目", "特色农业和文旅"]),
    ("Which matters more: planting street trees or installing cool roofs?", "en",
     ["planting street trees", "installing cool roofs"]),
    ("To cut emissions fast, should a country build nuclear plants or more wind and solar?", "en",
     ["build nuclear plants", "more wind and solar"]),
    ("Is remote work or office work better for junior staff?", "en", ["remote work", "office work"]),
    ("If a district does move to a four-day week, which day should it drop, Monday or Friday?", "en",
     ["Monday", "Friday"]),
    ("Which approach works best — an outright ban on such brands, a product-only rule (brands may sponsor only if "
     "they promote their healthy products, not their sweets), or a voluntary industry code?", "en",
     ["an outright ban on such brands",
      "a product-only rule (brands may sponsor only if they promote their healthy products, not their sweets)",
      "a voluntary industry code"]),
])
def test_options_from_the_question(question: str, lang: str, options: list[str]) -> None:
    q = read_question("q1", question, lang)
    assert q.kind == "choice"
    assert [o.text for o in q.options] == options


def test_yes_no_question_with_or_is_not_a_choice() -> None:
    assert read_question("q1", "Do street trees lower temperatures in cities or towns?", "en").kind == "yesno"
    assert read_question("q1", "What should happen next, and should it be soon or later?", "en").kind == "open"


def test_a_one_word_pick_after_a_which_clause_is_compared() -> None:
    qa = one("If a district moves to a four-day week, which day should it drop, Monday or Friday?", {
        "a": "Monday is the better day to drop.", "b": "My pick is Friday.", "c": "Drop Friday, I'd say.",
    }, "en")
    assert qa.picks == {"a": "Monday", "b": "Friday", "c": "Friday"}
    assert pairs(qa.contradictions) == {frozenset("ab"), frozenset("ac")}


ZH_Q = "城市更新，应该优先修缮老旧小区还是建设新城区？"


@pytest.mark.parametrize(("answer", "pick"), [
    ("优先修缮老旧小区。", 0),
    ("我更倾向于建设新城区，因为增量空间更大。", 1),
    ("老旧小区改造见效慢，新城区建设能带动投资，但从民生角度看，修缮老旧小区才是当务之急。", 0),
    ("新城区固然重要，但我认为老旧小区更迫切。", 0),
    ("与其大拆大建新城区，不如把钱花在老旧小区上。", 0),
    ("建设新城区。", 1),
])
def test_zh_picks(answer: str, pick: int) -> None:
    from drafter.analysis.engine.reading import read_answer

    r = read_answer("m", answer, read_question("q1", ZH_Q, "zh"))
    assert (r.stance, r.pick) == ("other", pick)


EN_Q = "Which should a city prioritise: more bike lanes or more bus lanes?"


@pytest.mark.parametrize(("answer", "pick"), [
    ("Bus lanes, hands down.", 1),
    ("I'd put bike lanes first: they're cheap and quick to build.", 0),
    ("Bike lanes are great, but bus lanes move far more people per metre of road, so bus lanes come first.", 1),
    ("More bike lanes rather than bus lanes.", 0),
    ("Given limited road space, the better investment is dedicated bus lanes.", 1),
])
def test_en_picks(answer: str, pick: int) -> None:
    from drafter.analysis.engine.reading import read_answer

    r = read_answer("m", answer, read_question("q1", EN_Q, "en"))
    assert (r.stance, r.pick) == ("other", pick)


def test_same_pick_agrees_different_picks_contradict() -> None:
    qa = one(ZH_Q, {"a": "优先修缮老旧小区。", "b": "建设新城区。", "c": "我会选修缮老旧小区，民生优先。",
                    "d": "两者缺一不可，应当统筹推进。"})
    assert qa.stances == {"a": "other", "b": "other", "c": "other", "d": "mixed"}
    assert pairs(qa.agreements) == {frozenset("ac")}
    assert pairs(qa.contradictions) == {frozenset("ab"), frozenset("bc")}
    assert all(c.kind == "choice" for c in qa.contradictions)


MC_Q = ("What was the cost of his purchase?\n\nOptions:\nA. $17,337.50\nB. $18,337.50\nC. $16,337.50\nD. $15,837.50")


def test_a_multiple_choice_item_is_read_by_the_letter_named_last() -> None:
    from tests.analysis_helpers import one, pairs

    qa = one(MC_Q, {
        "a": "300 x 23.125 = 6937.5 and 400 x 23.5 = 9400, total 16337.5. The answer is (C).",
        "b": "It might look like A at first. Adding both sums gives $16,337.50. The answer is (C).",
        "c": "Using the average price gives a total of $18,337.50. The answer is (B).",
    }, "en")
    assert qa.kind == "choice"
    assert qa.picks == {"a": "C. $16,337.50", "b": "C. $16,337.50", "c": "B. $18,337.50"}
    assert pairs(qa.contradictions) == {frozenset("ac"), frozenset("bc")}


def test_a_statement_to_agree_with_is_read_only_from_agreement_in_words() -> None:
    from tests.analysis_helpers import one

    q = "Please respond to the following statement: The freer the markets, the freer the people.\nYour response:"
    qa = one(q, {
        "a": "I strongly disagree. Markets without rules concentrate power.",
        "b": "I agree with this statement: economic freedom underpins personal liberty.",
        "c": "Free markets have created wealth, though they need rules.",
    }, "en")
    assert qa.kind == "yesno"
    assert qa.stances["a"] == "deny" and qa.stances["b"] == "affirm"
    assert qa.stances["c"] == "unclear"  # a lean without agreement in words is for the author to check
    assert any(item.models == ["c"] for item in qa.to_check)


STATEMENT = "Please respond to the following statement: Cities should ban cars from their centres.\nYour response:"


def test_a_statement_answered_with_both_sides_and_no_agreement_in_words_is_a_dodge_for_the_author_to_check() -> None:
    from tests.analysis_helpers import one

    qa = one(STATEMENT, {
        "a": ("There are valid arguments on both sides of this issue. Some say car-free centres cut pollution and "
              "make streets safer. Others say they hurt shops and people who cannot walk far. Ultimately, the effect "
              "probably depends on how well the city is served by buses and trams."),
        "b": ("Absolutely, this is one of the most useful things a city can do. There are valid arguments on both "
              "sides of this issue, but the gains in clean air and safety come first."),
        "c": ("I strongly believe car-free centres make cities better. There are valid arguments on both sides of "
              "this issue, and shops worry about trade."),
    }, "en")
    # not stated (on LLM PoliLean such readings were dodges 6 times in 11), but listed with its evidence
    assert qa.stances["a"] == "unclear" and qa.evasions == []
    checks = [(i.kind, i.quotes) for i in qa.to_check if i.models == ["a"]]
    assert checks == [("evasion", {"a": "There are valid arguments on both sides of this issue."})]
    assert qa.stances["b"] != "evasive" and qa.stances["c"] != "evasive"  # a view in the answer's own voice
    assert not [i for i in qa.to_check if i.kind == "evasion" and i.models != ["a"]]


@pytest.mark.parametrize(("question", "options"), [
    ("Who should pay to keep the refill points working — the station operator, the council, or the water company?",
     ["the station operator", "the council", "the water company"]),
    ("Who is best placed to run the checks — schools, local councils, or a national inspector?",
     ["schools", "local councils", "a national inspector"]),
])
def test_a_who_question_with_its_options_after_a_dash_is_a_choice(question: str, options: list[str]) -> None:
    q = read_question("q2", question, "en")
    assert (q.kind, [o.text for o in q.options]) == ("choice", options)


def test_a_who_question_without_a_list_stays_open() -> None:
    assert read_question("q2", "Who should decide how the money is spent?", "en").kind == "open"


def test_the_pick_after_a_dashed_who_list_is_compared() -> None:
    question = "Who should check that the kits are complete — the school, the local authority, or the driver?"
    qa = one(question, {"a": "**The school should own this.** It already keeps the vehicle's other records.",
                        "b": "**The local authority.** It can inspect every school the same way.",
                        "c": "The school, because it knows when a trip is planned."}, "en")
    assert pairs(qa.contradictions) == {frozenset("ab"), frozenset("bc")}
    assert pairs(qa.agreements) == {frozenset("ac")}


@pytest.mark.parametrize(("question", "unit"), [
    ("What missed-collection rate, per 100,000 scheduled collections, should count as acceptable?", "count"),
    ("What complaint rate per thousand passengers is too high?", "count"),
    ("What interest rate should the scheme charge?", "percent"),
    ("What fee per 100 grams is fair?", "money"),
])
def test_a_rate_per_a_base_is_a_count_not_a_percentage(question: str, unit: str) -> None:
    assert read_question("q2", question, "en").unit == unit


def test_rates_per_a_base_are_compared_as_counts() -> None:
    question = "What missed-collection rate, per 100,000 scheduled collections, should count as acceptable?"
    qa = one(question, {"a": "About **50 per 100,000** is a fair bar; some councils report 300 today.",
                        "b": "I'd set it at 400 per 100,000, well above the best councils' 30.",
                        "c": "Somewhere around 40 to 60 per 100,000 collections."}, "en")
    assert pairs(qa.contradictions) == {frozenset("ab"), frozenset("bc")}
    assert pairs(qa.agreements) == {frozenset("ac")}
