"""A named answer followed by a no to the manner ('我的判断很明确：应该开设，但要分步推进，不宜一刀切地推开') still
names a yes: '不宜一刀切' or '不宜操之过急' sets aside a way of doing it, not the proposal, so it is no second side that
unsays the declaration.

Found on md-tune70 (blind batch k141, first measured before tuning: such an answer was stated as a no, with a false
clash and a missed one); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "中小学是否应该开设轮滑课？"


def test_a_declared_yes_with_a_no_to_the_manner_is_yes() -> None:
    answer = ("轮滑课的好处和顾虑都很明显。\n\n## 我的看法\n\n"
              "我的判断很明确：应该开设，但要分学段、分场地推进，不宜一刀切地塞进所有学校的课表。")
    assert one(ZH_Q, {"m": answer}).stances["m"] == "affirm"

