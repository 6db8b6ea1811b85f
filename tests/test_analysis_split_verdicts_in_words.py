"""Split verdicts said in so many words: '属于有条件、部分的支持', '我既不完全赞成…，也不认为现状可以维持', '说A不准确，
说B也不公平', '在…情形下我支持…；但如果是…，我持保留意见', "I find myself split on this". Each was stated as a no
at 0.9 on the tuning sets (md-tune21, 24, 29, 30); the sentences below are our own."""

from __future__ import annotations

import pytest

from tests.analysis_helpers import stance

ZH_Q = "小区是否应该在全部楼栋强制安装电梯？"


@pytest.mark.parametrize("verdict", [
    "对“应不应该全部强制”这个问题，我只能说：方向是对的，但“全部”二字我无法完全认同，属于有条件、部分的支持。",
    "所以，我既不完全赞成一刀切的强制规定，也不认为现状可以维持。",
    "所以，说“加装电梯没人反对”不准确，说“加装电梯没人需要”也不公平。",
    "换句话说，对多层老楼我支持加装；但如果是写进规定、所有楼栋一律强制，我持保留意见。",
])
def test_a_split_said_in_words_is_mixed(verdict: str) -> None:
    assert stance(ZH_Q, "## 结论\n\n" + verdict) == "mixed"


def test_i_find_myself_split_is_mixed() -> None:
    q = "Should councils charge residents for a second parking permit?"
    answer = "## Conclusion\n\nI find myself split on this; it depends on the street and on who pays."
    assert stance(q, answer, "en") == "mixed"


def test_stopping_short_of_a_firm_yes_or_no_is_split() -> None:
    # md-tune74: "…so I'd stop short of a firm yes or no: restrictions in high-risk places, definitely; a total ban,
    # possibly" was stated as a yes at 0.9
    q = "Should the government ban the sale of garden fireworks?"
    answer = ("## My view\n\nI don't think the evidence settles which is right, so I'd stop short of a firm yes or no: "
              "limits near farms and forests, definitely; a total ban, possibly.")
    assert stance(q, answer, "en") == "mixed"
    assert stance(q, "## My view\n\nI'd stop short of a firm yes or no.", "en") == "mixed"


def test_no_single_yes_or_no_is_split_and_leaving_it_to_debate_is_a_dodge() -> None:
    split = "## 结论\n\n这个问题没有统一的是或否，需要一个小区一个小区地看。"
    assert stance(ZH_Q, split) not in ("affirm", "deny")
    debate = ("## 支持的理由\n\n- 方便老人上下楼。\n\n## 反对的理由\n\n- 低层住户担心采光。\n\n## 总结\n\n"
              "总的来说，这个问题值得社会各界持续讨论，在尊重居民意愿的同时兼顾公共利益。")
    assert stance(ZH_Q, debate) == "evasive"
