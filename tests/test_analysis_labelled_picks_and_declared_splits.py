"""Picks under a label, splits the answer declares, and verdicts set in bold at the head of a sentence.

"Recommendation: the open market." names its pick as plainly as "I'd pick"; "So my answer is a partial yes: …, but I'm
not persuaded …" is mixed, whatever the turn says; "I would stop short of banning them" is a no, not a call to stop;
"My view: no — …" is an answer word. Chinese: "**目前不应提高**，可以优先推广…" and "**应该上调…**，同时…" are verdicts
that what follows adds to; "应该倡导，但要说清楚是“倡导”，不是“禁止”" clarifies a yes; "我的看法未必适用于所有地区，
请结合当地情况判断" is a disclaimer; "在我看来，…落在**120到130公里**" is the answer's own figure.

Found on md-tune46 (blind batch k91); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one, stance

_LONG_EN = "People have argued about this for years. The costs are real. The benefits are real too.\n\n"
_LONG_ZH = "这个问题争论已久。成本要考虑。公平也要考虑。各地情况不同。\n\n## 我的看法\n\n"


def test_stopping_short_of_the_proposal_is_a_no() -> None:
    assert stance("Should betting firms be banned from sponsoring rugby shirts altogether?",
                  _LONG_EN + "## Verdict\n\nI would stop short of banning betting sponsors from shirts altogether.",
                  "en") == "deny"


def test_my_view_colon_no_is_the_answer_word() -> None:
    qa = one("Should betting firms be banned from sponsoring rugby shirts altogether?", {
        "a": _LONG_EN + "## Verdict\n\nMy view: no — a blanket ban on betting shirt sponsors is not justified yet.\n\n"
                        "Banning betting sponsors from shirts would cut a revenue line that smaller clubs depend on.",
    }, "en")
    assert qa.stances["a"] == "deny" and qa.confidence["a"] >= 0.9


def test_a_labelled_recommendation_outweighs_reasons_that_name_the_other_option() -> None:
    qa = one("What should fill the gap in club budgets — a statutory levy on betting firms, or new sponsors found on "
             "the open market?", {
                 "a": "## Recommendation\n\nRecommendation: the open market.\n\nThe whole point of removing betting "
                      "logos is to end football's reliance on betting money; a statutory levy paid to clubs would "
                      "rebuild that reliance by another route. The revenue gap is real but modest and temporary for "
                      "most clubs, and the right tool for lower-league fragility is fairer redistribution within the "
                      "game, not a new levy on betting firms.",
                 "b": "A statutory levy on betting firms is the fairer way to fill the gap.",
             }, "en")
    assert qa.picks["a"] == "new sponsors found on the open market"


def test_a_partial_yes_the_answer_declares_is_mixed_whatever_the_turn_after_it() -> None:
    assert stance("Should eye tests be free for every adult?",
                  _LONG_EN + "So my answer is a partial yes: widen eligibility a lot, but I'm not persuaded a fully "
                             "universal scheme beats a targeted one.", "en") == "mixed"


def test_zh_a_bold_verdict_at_the_head_of_a_sentence_decides_it() -> None:
    assert stance("高速公路最高限速是否应该提高到每小时130公里？",
                  _LONG_ZH + "**目前不应提高**，可以优先推广可变限速和区间测速，待数据积累后再行评估。") == "deny"
    assert stance("是否应该上调醉驾入刑的酒精含量标准？",
                  _LONG_ZH + "**应该上调醉驾入刑的酒精含量标准**，同时加重相应的行政处罚，让醉驾必罚。") == "affirm"


def test_zh_clarifying_which_of_two_it_is_keeps_the_yes() -> None:
    assert stance("是否应该倡导为婚礼份子钱设一个上限？",
                  "应该倡导，但要说清楚是“倡导”，不是“禁止”。份子钱越随越重，大家都累。") == "affirm"


def test_zh_a_view_that_may_not_fit_every_region_is_a_disclaimer_not_a_no() -> None:
    assert stance("是否应该倡导为婚礼份子钱设一个上限？",
                  "这个话题涉及地方习俗，我的看法未必适用于所有地区，请结合当地情况判断。\n\n## 结论\n\n"
                  "**我支持倡导为份子钱设一个上限**。") == "affirm"


def test_zh_the_figure_in_my_view_comes_before_a_count_of_options() -> None:
    qa = one("如果由你来定，高速公路小型客车的最高限速定为每小时多少公里最合适？", {
        "a": "每次讨论限速，大家都容易陷入“120还是130”的二选一，好像只有两个整数可选。\n\n"
             "德国部分路段不限速，美国各州从105到137公里不等。\n\n所以在我看来，合适的最高限速落在**120到130公里**之间。",
    })
    assert [(n.low, n.high) for n in qa.numbers] == [(120, 130)]
