"""A lead that calls the verdict simple ('结论并不复杂：**景区应该让手艺人进来设摊**', "The answer isn't complicated:
…") negates nothing: the verdict after it decides.

Found on md-tune57 (blind batch k113, first measured at 1d280aa before it was read); the sentences below are our
own."""

from __future__ import annotations

from tests.analysis_helpers import stance

ZH_Q = "景区是否应该向剪纸手艺人开放摊位？"
EN_Q = "Should councils let cafes build parklets in residential parking bays?"


def test_zh_a_lead_that_calls_the_verdict_simple_negates_nothing() -> None:
    answer = ("## 分析\n\n手艺人需要稳定的客源。\n\n## 结论\n\n"
              "结论并不复杂：**景区应该向剪纸手艺人开放摊位**，只是要把位置设计好。")
    assert stance(ZH_Q, answer) == "affirm"
    assert stance(ZH_Q, "## 结论\n\n答案其实不难：景区不应该开放摊位。") == "deny"


def test_en_a_lead_that_calls_the_answer_simple_negates_nothing() -> None:
    answer = ("## My view\n\nThe answer isn't complicated: councils should let cafes build parklets, with a fee and a "
              "review after a year.")
    assert stance(EN_Q, answer, "en") == "affirm"
