"""Figures in cents, figures only a list or table gives, and choices named with asides: '3.69 cents' is money, a
figure from a history list yields to a pointer to official sources, a spaced dash joins clauses ('regulated — but
not through X'), 'not able to take a side' is a dodge, 很难简单说“X”或“Y” is mixed, 这些不足 is no negation, and
'你认为A、B、C这三种方式中' names options A, B and C, picked by 'TNR' in capitals."""

from __future__ import annotations

from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance


def test_cents_are_money() -> None:
    assert [(f.unit, round(f.low, 4)) for f in figures("it cost 3.69 cents to make")] == [("money", 0.0369)]
    qa = one("How much did it cost to mint one nickel in 2024?",
             {"a": "About 13.8 cents.", "b": "Roughly 11 cents per coin.", "c": "It cost about 13.5 cents."}, "en")
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab"), frozenset("bc")}


def test_a_figure_only_a_history_list_gives_yields_to_a_pointer_elsewhere() -> None:
    q = "如果调整，个人所得税起征点定在每月多少元比较合理？"
    answer = ("## 历史沿革\n\n- 1980年：800元\n- 2011年：3500元\n- 2018年：5000元\n\n## 建议\n\n具体标准请以财政部、"
              "国家税务总局发布的官方信息为准。")
    assert stance(q, answer) == "evasive"


def test_a_spaced_dash_turns_like_a_comma() -> None:
    q = "Should phone makers be required to make batteries replaceable by owners at home?"
    answer = ("## Bottom line\n\nRepair should absolutely be regulated — but through parts and manuals, not through a "
              "requirement that owners be able to replace batteries at home.")
    assert stance(q, answer, "en") == "deny"


def test_declining_to_take_a_side_is_a_dodge() -> None:
    answer = "I'm not able to take a side on this one. Supporters say X. Critics say Y."
    assert stance("Should the central bank issue a digital currency?", answer, "en") == "evasive"


def test_hard_to_say_simply_x_or_y_is_mixed() -> None:
    q = "共享充电宝新规实施以来，是否达到了预期效果？"
    assert stance(q, "## 结论\n\n所以很难简单说“达到了”或“没达到”，更准确的说法是有成效但不充分。") == "mixed"


def test_shortcomings_named_are_no_negation() -> None:
    q = "共享充电宝新规实施以来，是否达到了预期效果？"
    answer = "## 总结\n\n这些不足更多是执行层面的局限，并不影响总体评价：作为一次治理尝试，它是成功的。"
    assert stance(q, answer) == "affirm"


def test_options_after_who_is_asked_and_before_the_count() -> None:
    text = "治理城市流浪狗，你认为绝育放归（TNR）、集中收容领养、定期捕捉清理这三种方式中，哪一种最合适？"
    q = read_question("q", text, "zh")
    assert [o.text for o in q.options] == ["绝育放归（TNR）", "集中收容领养", "定期捕捉清理"]
    qa = one(q.text, {"a": "## 结论\n\n可以把亲人的狗送去领养作为补充，但主体方式应当是TNR。",
                      "b": "我的选择是集中收容领养。"})
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab")}
