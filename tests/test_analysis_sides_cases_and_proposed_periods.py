"""Both sides granted, verdicts by case, a further question set aside, temperatures, and the period an answer proposes.

Positions: "无论是主张全面禁钓，还是主张分区管理，都有各自的合理关切" and "各有利弊" grant each side and take none (the
first was a yes at confidence 0.9, closing an overview that never landed); "对有些城市，全面禁钓是对的；对另一些城市，
它就是错的" and "我给不出一个适用于所有城市的'是'或'否'" are split verdicts (they were a yes and a no at 0.9); "a
conditional answer rather than a yes or a no" and "can't be answered in the abstract" are too (they were a no at 0.9);
"Whether any particular city should use it is a further question that depends on…" sets another question aside and
does not make a yes mixed; "goes too far" is a no.

Figures: "37℃上下" is 36–38℃, not 33–41℃ (it agreed with "40℃"); "I would keep the period at 56 days" and "Around
35–42 days looks like a reasonable compromise" are read before a figure others float ("you'll hear 28 days floated")
or the current rule ("The current period is 56 days").

Found on md-tune41 (blind batch k81)."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from tests.analysis_helpers import one, pairs, stance

_FISHING_Q = "城市河道是否应该全面禁止野钓？"
_LEVY_Q = "Should councils be allowed to charge large employers an annual levy on every parking space?"
_MAST_Q = "If mast applications are fast-tracked, how many days should a council get to decide?"


def _claim(question: str, answer: str, lang: str) -> tuple[float, float] | None:
    reading = read_answer("m", answer, read_question("q", question, lang))
    return (reading.claim.low, reading.claim.high) if reading.claim else None


def test_each_side_granted_its_concerns_is_no_yes() -> None:
    answer = ("作为AI，我不对这类问题表明立场。\n\n每种做法都能找到支持者，也都能找到批评者，效果评价也不一而足。\n\n"
              "## 小结\n\n无论是主张全面禁钓，还是主张分区管理，都有各自的合理关切。")
    assert stance(_FISHING_Q, answer) == "evasive"


def test_each_with_its_pros_and_cons_takes_no_side() -> None:
    # guard: read as no yes before and after
    assert stance(_FISHING_Q, "## 结论\n\n全面禁止与分区管理各有利弊。") != "affirm"


def test_right_for_some_cities_wrong_for_others_is_mixed() -> None:
    answer = "## 结论\n\n对有些城市，全面禁钓是对的；对另一些城市，它就是错的。"
    assert stance(_FISHING_Q, answer) == "mixed"


def test_no_yes_or_no_for_every_city_is_mixed() -> None:
    answer = '## 结论\n\n在这个问题上，我给不出一个适用于所有城市的"是"或"否"。'
    assert stance(_FISHING_Q, answer) == "mixed"


def test_a_conditional_answer_rather_than_a_yes_or_no_is_mixed() -> None:
    answer = ("## Summary\n\nThis is a conditional answer rather than a yes or a no. Whether councils should be able "
              "to charge a levy can't be answered in the abstract.")
    assert stance(_LEVY_Q, answer, "en") == "mixed"


def test_a_further_question_set_aside_leaves_the_yes() -> None:
    answer = ("On balance, the balance tips towards **yes: councils should be allowed to charge such a levy.**\n\n"
              "## Bottom line\n\nWhether any particular city should use it is a further question that depends on its "
              "transport network.")
    assert stance(_LEVY_Q, answer, "en") == "affirm"


def test_going_too_far_is_a_no() -> None:
    answer = "## Bottom line\n\nA legal right to flexible working from the very first day goes too far."
    assert stance("Should employees have a legal right to flexible working from day one?", answer, "en") == "deny"


def test_not_going_too_far_is_no_no() -> None:
    # guard: the negation turns it round
    assert stance("Should employees have a legal right to flexible working from day one?",
                  "I wouldn't say it goes too far.", "en") != "deny"


def test_about_37_degrees_and_40_degrees_clash() -> None:
    qa = one("强制停止户外露天作业的气温门槛，应该定在多少摄氏度？",
             {"a": "综合来看，37℃上下是一个相对平衡的门槛。", "b": "门槛应维持在40℃。"})
    assert pairs(qa.contradictions) == {frozenset(("a", "b"))}


def test_the_period_the_answer_would_keep_is_read_before_one_others_float() -> None:
    answer = ("Operators would like that cut, and you'll hear 28 days floated often.\n\n"
              "I would keep the period at 56 days, eight weeks, for new masts.")
    assert _claim(_MAST_Q, answer, "en") == (56.0, 56.0)


def test_a_reasonable_compromise_is_read_before_the_current_rule() -> None:
    answer = ("- The current prior-approval period for most new masts is **56 days**.\n"
              "- A neighbour consultation runs for **21 days**.\n\n"
              "Around 35–42 days looks like a reasonable compromise between speed and scrutiny.")
    assert _claim(_MAST_Q, answer, "en") == (35.0, 42.0)
