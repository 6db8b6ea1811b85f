"""Figures a Markdown answer commits to, and thresholds it answers against: the other side of the question's
threshold is a no, a figure the answer only compares against is not its claim, a bolded figure is, a sentence
about another year is background, a stated range meets no neighbouring range, and a heading over one side's case
is not the verdict."""

from __future__ import annotations

from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.polarity import negations
from tests.analysis_helpers import one, stance

PRICE_Q = "Will a monthly transit pass cost less than $60 in most big US cities by 2030?"


def _figure(qa: object, model: str) -> tuple[float, float]:
    found = {n.model: (round(n.low, 2), round(n.high, 2)) for n in qa.numbers}  # type: ignore[attr-defined]
    return found[model]


def test_a_figure_on_the_other_side_of_the_questions_threshold_says_no() -> None:
    answer = ("## Bottom line\n\nFares keep rising: **in most big cities a monthly pass will stay above $60 through "
              "2030.**")
    assert stance(PRICE_Q, answer, "en") == "deny"
    assert stance("2030年前，国产大飞机单价会低于5亿元吗？", "## 结论\n\n**单价仍将高于5亿元。**") == "deny"


def test_a_bound_on_the_questions_own_side_is_no_negation() -> None:
    assert negations("a pass will cost no more than $60", "en", PRICE_Q) == 0
    assert negations("a pass will cost more than $60", "en", PRICE_Q) == 1
    assert negations("a pass will cost more than $80", "en", PRICE_Q) == 0  # another threshold: no claim about $60


def test_not_a_clear_yes_or_no_is_mixed() -> None:
    answer = ("## Summary\n\nIt varies by city. I wouldn't call it a simple yes or a simple no for most cities.")
    assert stance(PRICE_Q, answer, "en") == "mixed"


def test_a_heading_over_one_sides_case_is_not_the_verdict() -> None:
    answer = ("Most big cities will charge more.\n\n## Where the answer is yes\n\n- In Phoenix a monthly pass will "
              "cost less than $60 by 2030.\n- In San Diego a monthly pass will cost less than $60 by 2030.\n\n"
              "## Bottom line\n\nIn most big US cities a monthly pass will not cost less than $60 by 2030.")
    assert stance(PRICE_Q, answer, "en") == "deny"


def test_a_figure_the_answer_only_compares_against_is_not_its_claim() -> None:
    q = "Roughly what share of new cars sold in Europe will be electric in 2030?"
    qa = one(q, {
        "a": "## Bottom line\n\nI expect **about 45–50% of new cars to be electric in 2030**, well short of the 100% "
             "the 2035 rule implies.",
        "b": "## Verdict\n\nRoughly 60–65% in 2030 — up from around 15% today.",
        "c": "Between 45 and 50 percent.",
    }, "en")
    assert _figure(qa, "a") == (45.0, 50.0)
    assert _figure(qa, "b") == (60.0, 65.0)
    assert {frozenset(a.models) for a in qa.agreements} == {frozenset("ac")}


def test_a_bolded_figure_outweighs_the_decades_around_it() -> None:
    q = "In what year will the world's population first exceed 9 billion?"
    qa = one(q, {"a": "## Bottom line\n\nGrowth is slower than in the 1990s: **the 9-billion mark will be crossed in "
                      "2036–2038**, not in the early 2030s."}, "en")
    assert _figure(qa, "a") == (2036.0, 2038.0)


def test_a_count_in_a_year_is_not_a_ratio() -> None:
    assert [(f.unit, f.low) for f in figures("9 billion in 2037")] == [("count", 9e9), ("year", 2037.0)]
    assert [(f.unit, round(f.low, 1)) for f in figures("one in five adults")] == [("percent", 20.0)]


def test_a_sentence_about_another_year_is_background() -> None:
    q = "2028年中国新能源重卡销量大约会有多少万辆？"
    answer = ("## 我的估计\n\n- **基数**：2024年约8万辆；\n- **变量**：换电站建设速度。\n\n"
              "**结论：2028年销量大约在30万到35万辆之间，中性情景约32万辆。**")
    qa = one(q, {"a": answer, "b": "约25万辆。"})
    assert _figure(qa, "a") == (3e5, 3.5e5)  # the range, not the 2024 base, nor widened by its middle case
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab")}


def test_a_stated_range_meets_no_neighbouring_range() -> None:
    q = "Roughly what share of US households will have a heat pump in 2035?"
    qa = one(q, {"a": "Roughly 20–24%.", "b": "About 25–30%.", "c": "About 27%."}, "en")
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab"), frozenset("ac")}
    assert {frozenset(a.models) for a in qa.agreements} == {frozenset("bc")}
