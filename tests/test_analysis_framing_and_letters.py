"""Openings that frame rather than answer, views announced rather than given, and options named by letter in one
line: 'For most renters, …' is no bare answer, '…, so they don't deter building' is no conclusion, '再谈我的看法' gives
no view, 'a minority' answers 'a majority?' with no, rejecting both a proposal and its opposite is mixed, 利弊大致相当
is an even call, and 'A. …；B. …' options are picked by '我选C' or 'C 是最有效的'."""

from __future__ import annotations

from tests.analysis_helpers import one, stance

CAP_Q = "Should cities cap annual rent increases for existing tenants?"


def test_a_framing_opening_clause_is_no_bare_answer() -> None:
    answer = ("For most tenants, the danger isn't the rent level but sudden jumps.\n\n## Why caps help\n\n"
              "- **Modern designs:** they exempt new buildings, so they don't deter construction.\n\n## Bottom line\n\n"
              "Yes, cities should cap annual increases for existing tenants, tied to inflation.")
    assert stance(CAP_Q, answer, "en") == "affirm"


def test_rejecting_a_proposal_and_its_opposite_is_mixed() -> None:
    answer = ("## My take\n\nA blanket cap on every tenancy would be a mistake, but so would leaving tenants of large "
              "landlords with no protection at all.")
    assert stance(CAP_Q, answer, "en") == "mixed"


def test_a_minority_answers_a_majority_question_with_no() -> None:
    q = "Will a majority of US hospitals use AI scribes by 2028?"
    answer = ("## Bottom line\n\nUse will grow fast, but I expect it to remain a minority practice among hospitals "
              "in 2028.")
    assert stance(q, answer, "en") == "deny"


def test_a_view_announced_for_later_is_no_view() -> None:
    q = "国产仿制药的疗效是否明显不如原研药？"
    answer = ("这个问题争议很大，我先把支持者的理由列出来，再谈我的看法。\n\n- **监管**：有一致性评价。\n\n"
              "## 我的看法\n\n但回到问题本身，我的判断是：**在不少品种上，仿制药的实际疗效确实明显不如原研药**，"
              "这不能简单用“心理作用”来解释。")
    assert stance(q, answer) == "affirm"


def test_pros_and_cons_roughly_equal_is_an_even_call() -> None:
    q = "2026年还有必要继续发放家电以旧换新补贴吗？"
    assert stance(q, "## 总结\n\n整体而言，这项政策在2026年利弊大致相当，关键在于怎样设计。") == "mixed"


def test_lettered_options_in_one_line_are_picked_by_their_letter() -> None:
    q = ("治理校园欺凌，以下哪种手段最有效？A. 加重处罚；B. 增配心理老师；C. 家校联动的早期干预；D. 安装更多监控。"
         "请只选一个。")
    qa = one(q, {
        "a": "## 答案\n\n很多人第一反应会选A，但我认为它治标不治本。如果只能选一个，**C 是最有效的手段**。",
        "b": "我选C：家校联动的早期干预。",
        "c": "## 结论\n\n综合起来，最有效的是**B：增配心理老师**。",
    })
    assert qa.kind == "choice"
    assert {frozenset(a.models) for a in qa.agreements} == {frozenset("ab")}
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ac"), frozenset("bc")}
