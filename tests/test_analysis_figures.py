"""The figure that answers the question: multiples, and the forecast rather than the background statistics."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.numbers import figures
from tests.analysis_helpers import one, pairs


@pytest.mark.parametrize(("text", "low", "high"), [
    ("10到20倍", 10, 20), ("3倍左右", 2.7, 3.3), ("12倍到15倍之间", 12, 15), ("about 5x", 4.5, 5.5),
    ("three-fold", 3, 3), ("a threefold rise", 3, 3), ("three to four times as expensive", 3, 4),
    ("1.5 to 2 times", 1.5, 2), ("2.5–3.5×", 2.5, 3.5), ("twice as expensive", 2, 2),
    ("grew by a factor of about 10 to 12", 10, 12), ("by a factor of roughly four", 3.6, 4.4),
])
def test_multiples_are_figures(text: str, low: float, high: float) -> None:
    found = figures(text)
    assert [(f.unit, round(f.low, 2), round(f.high, 2)) for f in found] == [("multiple", low, high)]


def test_a_factor_asked_for_with_roughly_asks_for_a_multiple() -> None:
    qa = one("By roughly what factor did the amount wagered grow between 2019 and 2024?", {
        "a": "It grew by a factor of about 10 to 12.",
        "b": "Roughly threefold, once you use the same baseline.",
    }, "en")
    assert qa.kind == "number"
    assert {(n.model, n.unit) for n in qa.numbers} == {("a", "multiple"), ("b", "multiple")}
    assert pairs(qa.contradictions) == {frozenset("ab")}


def test_a_frequency_is_no_multiple() -> None:
    assert [f.unit for f in figures("three times a week")] != ["multiple"]


def test_the_seed_columns_headline_clash_is_found() -> None:
    qa = one("美国的AI算力大约是中国的多少倍？", {
        "a": "从目前看，大约是10到20倍。",
        "b": "我估计是3倍左右，差距没有那么大。",
        "c": "在12倍到15倍之间。",
    })
    assert qa.kind == "number" and qa.evasions == []
    assert {(n.model, n.unit) for n in qa.numbers} == {("a", "multiple"), ("b", "multiple"), ("c", "multiple")}
    assert pairs(qa.contradictions) == {frozenset("ab"), frozenset("bc")}
    assert pairs(qa.agreements) == {frozenset("ac")}


def test_the_forecast_wins_over_a_background_table_and_past_figures() -> None:
    answer = ("| 年份 | 比值 |\n|---|---|\n| 2019 | 约1.8倍 |\n| 2023 | 约5倍 |\n\n"
              "在2019年，这个比值只有1.8倍左右。\n\n## 结论\n\n未来五年，美国算力预计是中国的10到20倍。")
    qa = one("五年后美国的AI算力大约是中国的多少倍？", {"m": answer})
    assert [(n.low, n.high) for n in qa.numbers] == [(10, 20)]
    assert qa.numbers[0].quote == "未来五年，美国算力预计是中国的10到20倍。"


def test_a_past_share_is_background_to_the_forecast() -> None:
    answer = ("Before the ban, usage was 80% in most schools. After it, I expect usage to settle at 30–40%.")
    qa = one("What share of pupils will still use phones at school by 2030?", {"m": answer}, "en")
    assert [(n.low, n.high) for n in qa.numbers] == [(30, 40)]
