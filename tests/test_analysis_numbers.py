"""Figures: word numbers, ranges, approximations, bounds, years; overlap agrees, disjoint contradicts."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.numbers import figures
from tests.analysis_helpers import one, pairs


def span(text: str) -> tuple[float, float, str]:
    """The first figure in `text` as (low, high, unit), rounded."""
    f = figures(text)[0]
    return round(f.low, 1), round(f.high, 1), f.unit


@pytest.mark.parametrize(("text", "want"), [
    ("大约三成左右。", (28.0, 32.0, "percent")),
    ("五分之一", (20.0, 20.0, "percent")),
    ("八成以上。", (80.0, 100.0, "percent")),
    ("六成", (60.0, 60.0, "percent")),
    ("七成五上下", (73.0, 77.0, "percent")),
    ("过半", (50.0, 100.0, "percent")),  # more than half, like 八成以上
    ("百分之二十到三十之间", (20.0, 30.0, "percent")),
    ("不到一成", (0.0, 10.0, "percent")),
    ("20%到23%之间", (20.0, 23.0, "percent")),
    ("六七成", (60.0, 70.0, "percent")),
    ("about a fifth", (18.0, 22.0, "percent")),
    ("nine in ten", (90.0, 90.0, "percent")),
    ("roughly two-thirds", (64.7, 68.7, "percent")),
    ("a third", (33.3, 33.3, "percent")),
    ("between 30% and 32%", (30.0, 32.0, "percent")),
    ("15 to 25 percent", (15.0, 25.0, "percent")),
    ("nearly 50 percent", (48.0, 50.0, "percent")),
])
def test_percentages(text: str, want: tuple[float, float, str]) -> None:
    assert span(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("1.5万亿元到2.5万亿元之间", (1.5e12, 2.5e12, "money")),
    ("大约2万亿元左右", (1.9e12, 2.1e12, "money")),  # ±5%: sums and counts
    ("5000亿元", (5e11, 5e11, "money")),
    ("不会超过1万亿元", (0.0, 1e12, "money")),
    ("八百万到一千二百万之间", (8e6, 1.2e7, "count")),
    ("around 4 million homes", (3.8e6, 4.2e6, "count")),
    ("$2 billion", (2e9, 2e9, "money")),
])
def test_money_and_counts(text: str, want: tuple[float, float, str]) -> None:
    assert span(text) == pytest.approx(want) if isinstance(want[0], float) else span(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Around 2050.", (2048.0, 2052.0, "year")),
    ("the 2040s", (2040.0, 2049.0, "year")),
    ("the early 2050s", (2050.0, 2053.0, "year")),
    ("Not before 2070.", (2070.0, 2200.0, "year")),
    ("until the 2070s at the earliest", (2070.0, 2200.0, "year")),
    ("2028年前后", (2026.0, 2030.0, "year")),
    ("2032年到2035年之间", (2032.0, 2035.0, "year")),
    ("两年左右", (1.6, 2.4, "years")),
    ("五到十年", (5.0, 10.0, "years")),
])
def test_years_and_durations(text: str, want: tuple[float, float, str]) -> None:
    assert span(text) == want


def test_percent_rise_by_is_not_a_bound() -> None:
    assert span("ridership would rise by 20%") == (20.0, 20.0, "percent")


def test_overlap_agrees_and_disjoint_contradicts_zh() -> None:
    qa = one("到2035年，60岁及以上人口大约会占总人口的多大比例？", {
        "a": "大约三成左右。目前的占比已经超过两成。",
        "b": "大约在30%到32%之间。",
        "c": "我估计是五分之一多一点，也就是20%到23%之间。",
    })
    assert qa.kind == "number"
    assert pairs(qa.agreements) == {frozenset("ab")}
    assert pairs(qa.contradictions) == {frozenset("ac"), frozenset("bc")}
    assert all(c.kind == "number" for c in qa.contradictions)
    assert {n.model for n in qa.numbers} == {"a", "b", "c"}


def test_point_inside_range_and_bounds_en() -> None:
    qa = one("Roughly what share of renters are cost-burdened, spending more than 30% of income on rent?", {
        "a": "About half.",
        "b": "Between 45 and 50 percent.",
        "c": "Around one in three renter households.",
        "d": "Over 80 percent.",
    }, "en")
    assert pairs(qa.agreements) == {frozenset("ab")}
    assert frozenset("cd") in pairs(qa.contradictions) and frozenset("ac") in pairs(qa.contradictions)


def test_figure_repeated_from_the_question_is_ignored() -> None:
    qa = one("What share of renters spend more than 30% of income on rent?",
             {"a": "Nearly half of renters spend more than 30% of their income on rent."}, "en")
    assert qa.numbers[0].low == pytest.approx(48.0)


def test_open_bound_does_not_inflate_tolerance() -> None:
    qa = one("全国的外卖骑手大约有多少人？", {"a": "我估计约为300万人。", "b": "超过一千万。"})
    assert pairs(qa.contradictions) == {frozenset("ab")}


def test_number_answer_without_figure_is_evasive() -> None:
    qa = one("中国新能源汽车的渗透率到2030年大约是多少？",
             {"a": "七成左右。", "b": "很难预测，取决于政策和油价等诸多因素。"})
    assert qa.stances == {"a": "other", "b": "evasive"}


@pytest.mark.parametrize(("text", "want"), [
    ("十几年", (11.0, 19.0, "years")),
    ("二十多年", (20.0, 29.0, "years")),
    ("大概需要七八年", (7.0, 8.0, "years")),
])
def test_vague_chinese_durations(text: str, want: tuple[float, float, str]) -> None:
    assert span(text) == want


def test_a_kind_of_hour_or_day_is_still_hours_or_days() -> None:
    # md-tune71: '**about 4 to 6 daylight hours after the snow stops**' was no figure, so the answer read unclear
    found = figures("about 4 to 6 daylight hours after the snow stops")
    assert [(f.low, f.high, f.unit) for f in found] == [(240.0, 360.0, "minutes")]  # hours counted in minutes
    assert [(f.low, f.unit) for f in figures("within 3 business days")] == [(3.0, "days")]
    assert [(f.low, f.unit) for f in figures("within 24 working hours")] == [(1440.0, "minutes")]


@pytest.mark.parametrize("text, want", [
    ("45 minutes to an hour", (45.0, 60.0)),  # md-tune85: read as 45 minutes alone, a false clash with 60-90
    ("Go for a **30-minute** free limit", (30.0, 30.0)),
    ("So my pick is half an hour.", (30.0, 30.0)),
    ("between one hour and an hour and a half", (60.0, 90.0)),
    ("一个半小时", (90.0, 90.0)),
    ("45分钟到一个小时", (45.0, 60.0)),
    ("from 5 days to 2 weeks", (5.0, 14.0)),  # each side names its own unit: the 5 is days, not weeks
])
def test_durations_said_in_minutes_hours_or_words_compare(text: str, want: tuple[float, float]) -> None:
    assert [(f.low, f.high) for f in figures(text)] == [want]


@pytest.mark.parametrize("text", ["£12 an hour", "30 miles an hour", "once an hour"])
def test_an_hour_after_a_price_speed_or_count_is_a_rate_not_a_duration(text: str) -> None:
    assert not [f for f in figures(text) if f.unit == "minutes"]


def test_the_figure_of_a_concluding_opinion_outranks_the_openings_background() -> None:
    # md-tune73: '一节课几百上千元的俱乐部广告' in the opening was taken for the answer over '综合这些因素，我的看法是：
    # 每名学生每课时收费**80到120元**比较合理', and built a false clash
    q = "如果中小学开设击剑课，每名学生每课时收费多少元比较合理？"
    answer = ("击剑课的价格最让家长敏感。只要提起击剑，很多人想到的就是一节课几百上千元的俱乐部广告。\n\n"
              "但学校里的课本来就不该这样定价。器材可以循环使用，一位教练可以同时带几个孩子。\n\n"
              "综合这些因素，我的看法是：每名学生每课时收费**80到120元**比较合理。")
    qa = one(q, {"m": answer})
    assert [(n.low, n.high) for n in qa.numbers] == [(80.0, 120.0)]
