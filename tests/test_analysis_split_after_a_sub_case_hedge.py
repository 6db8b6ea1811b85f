"""An answer that closes by saying it cannot give one yes or no and then gives its halves ('我没办法给出一个单一的“是”或
“否”：在小学，我倾向于支持；在大学，我倾向于反对') split its answer, even when a sentence before that close hedged one
sub-case ('职业院校的情况介于两者之间，我一时难以判断'): the hedge is about a part, the split is the verdict.

Found on md-tune69 (blind batch k139, first measured before tuning: such an answer was stated as a dodge at 0.95);
on the tuning sets the change also set md-tune55's "yes for some verges and no for others" right and read one refusal
in blind2 as a split. The sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "学校是否应该禁止食堂出售油炸食品？"

BODY = ("## 支持禁止的理由\n\n油炸食品热量高，学生长期吃对健康不利。\n\n"
        "## 反对禁止的理由\n\n大学生是成年人，有权自己选择。\n\n")


def test_a_split_closing_after_a_sub_case_hedge_is_mixed() -> None:
    answer = BODY + ("## 我的看法\n\n职业院校的情况介于两者之间，学生年龄跨度大，我一时难以判断。\n\n"
                     "所以，对于这个整体问题，我没办法给出一个单一的“是”或“否”：在小学，我倾向于支持；在大学，我倾向于反对。")
    assert one(ZH_Q, {"m": answer}).stances["m"] == "mixed"
