"""Answers that hand the weighing back, and verdicts said in one clause among others: 'Ultimately, whether X
depends on how one weighs A, B and C' and 'a highly local decision' are dodges, 'yes for small remote districts
…, no for most urban systems' is mixed however long the middle, 一半赞成、一半保留 is mixed, 不是X，而是Y says Y,
and a clause that says its position about the question outweighs one that only restates it."""

from __future__ import annotations

from tests.analysis_helpers import stance


def test_handing_the_weighing_back_is_a_dodge() -> None:
    q = "Should the G20 adopt a minimum tax on the very richest?"
    answer = ("## Considerations\n\n- Supporters cite fairness.\n- Critics cite capital flight.\n\n## Conclusion\n\n"
              "Ultimately, whether the G20 should adopt such a tax depends on how one weighs fairness, revenue, "
              "efficiency and sovereignty.")
    assert stance(q, answer, "en") == "evasive"
    local = ("Whether a particular city should build one is a highly local decision, and the right answer depends on "
             "details I don't have.")
    assert stance("Should drought-hit cities build desalination plants?", local, "en") == "evasive"


def test_yes_for_some_no_for_most_is_mixed_however_long() -> None:
    answer = ("## Bottom line\n\nMy answer: yes for a narrow group of small, remote districts that have exhausted "
              "every other option, no for most urban and suburban systems.")
    assert stance("Should school districts move to a four-day week?", answer, "en") == "mixed"


def test_half_for_half_reserved_is_mixed() -> None:
    answer = "## 结论\n\n所以我的态度是一半赞成、一半保留：在一部分城市应该推，但全国一刀切我不认同。"
    assert stance("快递包装回收应该在全国强制推行吗？", answer) == "mixed"


def test_not_x_but_y_says_y() -> None:
    q = "应该给广场舞划定专门的场地和时段吗？"
    assert stance(q, "## 我的看法\n\n划定场地和时段不是限制广场舞，而是给它一个稳定、体面的位置。") == "affirm"


def test_the_clause_that_answers_outweighs_the_one_that_restates() -> None:
    q = "商家拒收现金的行为应当受到处罚吗？"
    assert stance(q, "## 总结\n\n所以我的观点是：对一般商家拒收现金，不应当以处罚来解决。") == "deny"
