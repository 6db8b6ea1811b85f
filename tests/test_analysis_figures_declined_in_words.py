"""A number question answered by declining the figure in so many words is a dodge, whatever the wording: "I'd be
wary of suggesting a particular amount", "I don't think a single figure would be responsible here", "any single
percentage I gave you would risk being misleading", '我不太适合直接给出一个数字', '这里不提供估计值'. A figure the
answer still states as its verdict keeps its reading, and policy words that only look like figures ("a total
prohibition", "a few thousand pounds a year") decline nothing. Generalised from the Markdown tuning sets, where
answers to number questions holding such a sentence are labelled evasive 51 times and other 11; the sentences
below are our own."""

from __future__ import annotations

from tests.analysis_helpers import stance

EN_Q = "How much should a town council charge for a market stall licence each year?"
ZH_Q = "夜市摊位费每月定在多少元比较合适？"
EN_BODY = "## Background\n\nFees vary widely: some towns charge £50, others over £400.\n\n## My view\n\n"
ZH_BODY = "## 背景\n\n各地差别很大：有的城市每月收两三百元，有的免费。\n\n## 我的看法\n\n"


def test_en_figure_declined_in_words_is_a_dodge() -> None:
    for said in ("I'd be wary of suggesting a particular amount without knowing the town's costs.",
                 "I don't think a single figure would be responsible here; your council's market officer can say.",
                 "Any single amount I gave you would risk being misleading, because costs differ so much."):
        assert stance(EN_Q, EN_BODY + said, "en") == "evasive", said


def test_zh_figure_declined_in_words_is_a_dodge() -> None:
    for said in ("这个金额问题，我不太适合直接给出一个数字，各地成本差别太大。",
                 "考虑到各地差异，我无法负责任地给出一个具体金额，建议咨询当地市场监管部门。"):
        assert stance(ZH_Q, ZH_BODY + said) == "evasive", said


def test_a_figure_stated_as_the_verdict_and_policy_words_keep_their_reading() -> None:
    said = "I'd be wary of any single figure for every town, but my answer is about £150 a year."
    assert stance(EN_Q, EN_BODY + said, "en") == "other"
    yes_no = "Should councils ban stalls from selling hot food?"
    assert stance(yes_no, "I'd ban it near schools, but I wouldn't support a total prohibition.", "en") != "evasive"
