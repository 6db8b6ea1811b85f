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


def test_not_x_but_y_after_a_leading_clause_says_y() -> None:
    q = "村里闲置的老粮仓，是否应该改作乡村书屋？"
    led = ("## 我的看法\n\n所以，掂量再三，我还是站在“应该改”这一边。只不过，要让老人们自己来讲往事，而不是请外包公司"
           "来做展板。做到这些，粮仓改作书屋，不是背弃乡土，而是让乡土有了新的去处。")
    assert stance(q, led) == "affirm"
    dashed = "## 我的看法\n\n没有什么理由让每个村都非守着一座空粮仓不可——改作书屋，不是不可以，而是早就该做了。"
    assert stance(q, dashed) == "affirm"

def test_the_clause_that_answers_outweighs_the_one_that_restates() -> None:
    q = "商家拒收现金的行为应当受到处罚吗？"
    assert stance(q, "## 总结\n\n所以我的观点是：对一般商家拒收现金，不应当以处罚来解决。") == "deny"


def test_saying_the_call_is_not_the_models_to_make_is_a_dodge() -> None:
    answer = ("## A question for the justice system\n\nWhether judges may use generative AI is ultimately a matter for "
              "each jurisdiction, and it's not something I'm positioned to decide. What I can do is map out the "
              "debate.")
    assert stance("Should judges be allowed to use generative AI to draft rulings?", answer, "en") == "evasive"


def test_declining_to_give_a_figure_is_a_dodge() -> None:
    q = "What share of secondary-school students use AI chatbots for homework?"
    precision = ("This is harder to pin down than it looks, and any single figure would give a misleading sense of "
                 "precision. Here's what shapes the estimates you'll find.")
    assert stance(q, precision, "en") == "evasive"
    dated = ("The rules are changing quickly, and I don't want to give you an answer that's out of date or that "
             "doesn't fit your circumstances.")
    assert stance("Can an AI-generated image be copyrighted in the US?", dated, "en") == "evasive"


def test_handing_back_the_measure_is_a_dodge() -> None:
    answer = ("Whether password-sharing crackdowns have paid off varies by company and depends on how you measure "
              "success: subscribers, revenue, churn or profit.")
    assert stance("Have password-sharing crackdowns paid off for streaming services?", answer, "en") == "evasive"
    weighed = ("Whether mining should go ahead depends largely on how you weigh near-term mineral supply against "
               "uncertain ecological harm.")
    assert stance("Should deep-sea mining go ahead?", weighed, "en") == "evasive"


def test_a_figure_given_after_noting_its_limits_is_an_answer() -> None:
    answer = ("Any single figure would give a misleading sense of precision, but my best estimate is about 40%, "
              "based on the largest surveys.")
    assert stance("What share of secondary-school students use AI chatbots for homework?", answer, "en") != "evasive"


def test_it_depends_points_back_to_nothing() -> None:
    # en-k147 (md-tune72): "**It depends.**" was read as 'it' pointing back to the question, a yes
    q = "Should councils require landlords to fit heat pumps?"
    assert stance(q, "## Conclusion\n\nIt depends.", "en") != "affirm"
    assert stance(q, "## Conclusion\n\nI'd support it.", "en") == "affirm"  # guard: 'it' after a stance verb


def test_yes_in_some_cases_and_harm_in_others_is_split() -> None:
    q = "Should councils require landlords to fit heat pumps?"
    answer = ("## Conclusion\n\n**It depends.** A requirement makes sense in some housing markets and at some times, "
              "and would do more harm than good in others.")
    assert stance(q, answer, "en") == "mixed"


def test_whether_x_depends_on_y_hands_the_call_on() -> None:
    # md-tune24, md-tune35, md-tune56: each was stated at 0.9 as a yes
    q = "高校应当取消本科生必须参加军训的硬性要求吗？"
    zh = ("## 总结\n\n这个问题争议很大，支持和反对的理由都有一定道理。总的来看，是否取消军训要求取决于学校定位、"
          "学生构成和配套安排，不同高校完全可能做出不同选择。")
    assert stance(q, zh) not in ("affirm", "deny")
    asked = ("## 结语\n\n所以，当我们问“该不该取消军训”时，其实是在问：我们希望大学第一课教给学生什么，"
             "又该由谁来定。")
    assert stance(q, asked) not in ("affirm", "deny")
    en = ("## Summary\n\nThere are credible arguments on both sides. Anyone trying to decide should look closely at "
          "local complaint data, speak with residents and consider how similar towns have fared.")
    assert stance("Should towns require buskers to hold a licence?", en, "en") not in ("affirm", "deny")


def test_i_dont_think_i_can_give_a_single_yes_or_no_is_split() -> None:
    # md-tune70: "I don't think I can responsibly give a single yes or no that applies to councils in general" read
    # unclear
    q = "Should councils reserve peak-time sports-hall slots for women's teams?"
    answer = ("## Where I land\n\nI don't think I can responsibly give a single yes or no that applies to councils in "
              "general; each authority would need to look at its own bookings data first.")
    assert stance(q, answer, "en") == "mixed"
    zh = "## 我的看法\n\n目前来看，这两种情形都普遍存在，我不认为可以笼统地说“应该”或“不应该”。"
    assert stance("体育馆黄金时段应该为女子球队保留吗？", zh) == "mixed"
