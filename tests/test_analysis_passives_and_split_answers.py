"""A proposal said in the passive ('X should be barred from…', 'should be scrapped'), read against what the question
proposes ('scraped' is no 'scrap'); an answer that says it is split ('a split one', 'no single yes or no captures
it', 在沿海是，在全国层面不是, 只对了一半); a cost said to outweigh the gain; and a range whose unit hangs on its
second number ('a 12- to 14-year term')."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.numbers import figures
from tests.analysis_helpers import stance

SCRAPED = ("Should facial recognition systems used by police be allowed to include photos scraped from the open "
           "internet?")


@pytest.mark.parametrize(("answer", "expected"), [
    ("Police systems should be barred from using photos scraped from the internet.", "deny"),
    ("Scraped photos should never be permitted in police databases.", "deny"),
    ("Scraped photos should be allowed, with a warrant for each search.", "affirm"),
])
def test_a_passive_proposal_is_read_against_the_questions_own(answer: str, expected: str) -> None:
    assert stance(SCRAPED, answer, "en") == expected


def test_scrapped_answers_a_question_about_scrapping() -> None:
    q = "Should the UK scrap the two-child benefit limit?"
    assert stance(q, "The two-child limit should be scrapped.", "en") == "affirm"
    assert stance(q, "The two-child limit should be kept.", "en") == "deny"


@pytest.mark.parametrize(("question", "answer", "lang"), [
    (SCRAPED, "Parts of this are defensible and parts are not. So I don't think a single yes or no captures it.",
     "en"),
    ("Should the UK introduce a universal basic income?",
     "So the honest answer is a split one: pursue it step by step, but don't leap to a full universal scheme.", "en"),
    ("核电应该成为中国未来电力供应的主力电源之一吗？", "所以我的答案是分区域的：**在沿海是，在全国层面不是。**", "zh"),
    ("核电应该成为中国未来电力供应的主力电源之一吗？", "笼统地说“核电应该成为中国的主力电源之一”，只对了一半。", "zh"),
])
def test_an_answer_that_says_it_is_split_is_mixed(question: str, answer: str, lang: str) -> None:
    assert stance(question, answer, lang) == "mixed"


def test_costing_more_than_it_gains_is_a_no() -> None:
    q = "Should the US adopt fixed term limits for Supreme Court justices?"
    answer = ("Fixed terms address a real frustration, but they'd cost more in judicial independence than they "
              "would gain.")
    assert stance(q, answer, "en") == "deny"


@pytest.mark.parametrize("text", ["I'd favour a **12- to 14-year** term.", "a 12-to-14-year term"])
def test_a_range_whose_unit_hangs_on_its_second_number(text: str) -> None:
    [fig] = figures(text)
    assert (fig.low, fig.high, fig.unit) == (12.0, 14.0, "years")


def test_an_age_in_years_old_stays_an_age() -> None:
    assert [f.unit for f in figures("14-year-olds")] == ["age"]


def test_the_wrong_way_is_a_no_to_the_proposal_and_a_yes_when_said_of_a_ban() -> None:
    q = "Should the United States make daylight saving time permanent?"
    answer = ("Ending the clock change is a good idea, but making daylight saving time the permanent setting is the "
              "wrong way to do it.")
    assert stance(q, answer, "en") == "deny"
    ban = "A blanket ban would be the wrong answer to a governance problem."
    assert stance("Should police use live facial recognition in public spaces?", ban, "en") == "affirm"
