"""An answer that names its own answer ("…, my conclusion is yes: …", "**Verdict: no.**", "我的答案是：应该保留",
"我的看法很明确：**支持**…") has declared its side. Reasons weighed around it, a negation that is not the answer's
("我不会说“不”", "the market will not pay for it") and a condition set beside it do not unsay it; a sentence that
both sides and then names the answer is no dodge.

Declarations that name no single side ("my answer is yes for some, no for others", "应该“限”，不应该“禁”", "应该
分情况处理") and a modal that opens another predicate ("我的结论是：应该保留" to "是否应该取消") are not declarations.
Generalised from the Markdown tuning batches as first measured; the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.answer_words import declared_answer
from tests.analysis_helpers import one, stance

EN_Q = "Should councils charge residents for collecting bulky household waste?"
ZH_Q = "城市公园是否应该对外地游客收取门票？"
EN_BODY = ("## Arguments for\n\n- Charging covers the cost of a service only some residents use.\n\n"
           "## Arguments against\n\n- Fly-tipping may rise, and the clean-up is not cheap.\n"
           "- Low-income households would not be able to pay.\n\n## In summary\n\n")
ZH_BODY = ("## 反对的理由\n\n- 公园是公共空间，按户籍区别对待不公平。\n- 查验身份会让入园变慢，游客体验不会好。\n\n"
           "## 支持的理由\n\n- 热门公园的维护费用主要由本地财政承担。\n\n## 结论\n\n")


def test_en_named_answer_decides_against_arguments_and_both_sides_wording() -> None:
    for said in ("Having set out both sides, my conclusion is yes: councils should charge, with a free yearly "
                 "collection.", "There are good arguments on both sides, and my conclusion is yes: a modest charge "
                 "is fair."):
        assert stance(EN_Q, EN_BODY + said, "en") == "affirm", said  # not the both-sides dodge
    verdict = "**Verdict: no.** Charging is not a fair way to fund a service every household needs at some point."
    assert stance(EN_Q, EN_BODY + verdict, "en") == "deny"


def test_zh_named_answer_decides_against_negations_that_are_not_the_answer() -> None:
    said = "如果问我要不要收门票，我不会说“不”。**我的答案是：应该收取**，但老人和学生免费。"
    assert stance(ZH_Q, ZH_BODY + said) == "affirm"
    assert "我的答案是：应该收取" in one(ZH_Q, {"m": ZH_BODY + said}).key_quotes["m"]
    view = "我的看法比较明确：**不应该收取**。本地财政承担维护费用，并不是区别对待游客的理由。"
    assert stance(ZH_Q, ZH_BODY + view) == "deny"


def test_split_or_hedged_declarations_name_no_side() -> None:
    assert declared_answer("So my answer is yes for big parks and no for small ones.", EN_Q, "en") is None
    assert declared_answer("结论：应该“限”，不应该“禁”。", ZH_Q, "zh") is None
    assert declared_answer("我的判断是：应该分情况处理。", ZH_Q, "zh") is None
    assert declared_answer("我的结论是：应该保留现有的免费政策。", ZH_Q, "zh") is None
    assert stance(EN_Q, EN_BODY + "So my answer is yes for flats and no for houses.", "en") == "mixed"


def test_a_named_no_with_what_to_do_instead_is_still_a_no() -> None:
    # md-tune73: '我的结论是：商场萌宠乐园不应该被全面禁止，而应该通过严格的准入标准…' named no answer, because the
    # 应该 after 而 was taken for a second half
    q = "城市广场上的街头艺人，是否应该被全面禁止？"
    said = "想来想去，我的结论是：街头艺人不应该被全面禁止，而应该通过划定点位和时段来管理。"
    assert declared_answer(said, q, "zh") == "deny"
    # guard: a real second half, without 而, still names none
    assert declared_answer("我的结论是：大型广场的不应该，社区小广场的应该。", q, "zh") is None
