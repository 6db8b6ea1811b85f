"""A Chinese verdict whose subject is the question itself and which hands the call on ('轮滑场地是否适合进入社区公园，
并没有放之四海而皆准的答案，需要由当地相关部门…作出决定') names no side, though it repeats the question's words; with
nothing else said, the answer is a dodge, not a yes.

Found on md-tune70 (blind batch k141, first measured before tuning: such an answer was stated as a yes, with a false
clash); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "社区公园是否应该划出专门的轮滑场地？"


def test_the_call_handed_on_is_no_yes() -> None:
    answer = ("这个问题涉及安全、噪音和场地分配，不同社区的情况差别很大。\n\n"
              "## 支持的理由\n\n孩子们需要安全的练习场地。\n\n"
              "## 反对的理由\n\n噪音会影响附近居民。\n\n## 结语\n\n"
              "轮滑场地是否适合进入社区公园，并没有放之四海而皆准的答案，需要由当地相关部门结合实际情况，"
              "在调研和征求居民意见的基础上作出决定。\n\n如果您所在的社区正在讨论这件事，建议向街道反映您的意见。")
    assert one(ZH_Q, {"m": answer}).stances["m"] not in ("affirm", "deny")


def test_a_yes_that_names_who_runs_it_is_still_yes() -> None:
    answer = "## 结论\n\n我认为社区公园应该划出专门的轮滑场地，具体位置由街道和居民商量决定。"
    assert one(ZH_Q, {"m": answer}).stances["m"] == "affirm"
