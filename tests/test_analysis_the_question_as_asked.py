"""A verdict turned to the question itself ("But on the question as asked, **I would not make it
compulsory**", '不过就这个问题本身，我的立场很清楚——**应当立法禁止…**') names the answer's side: a hedge or a narrower
idea weighed just before it ("I could see it made compulsory in chain restaurants") does not make the answer
contested.

Found on md-tune69 (blind batch k139, first measured before tuning: a plain no left to the author as unclear); on the
tuning sets and real tune halves all 7 such sentences with a plain yes or no match their labels. The sentences below
are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

EN_Q = "Should large-print menus be compulsory in every restaurant?"
ZH_Q = "是否应该立法要求所有餐馆提供大字版菜单？"


def test_a_verdict_on_the_question_as_asked_decides() -> None:
    answer = ("Large print helps many older diners, and the cost is small for chains.\n\n## Where I come down\n\n"
              "I'd want to see more evidence from diners themselves, and I could see large-print menus being made "
              "compulsory in chain restaurants — say, those with more than fifty outlets.\n\nBut on the question as "
              "asked, **I would not make large-print menus compulsory in every restaurant.**")
    qa = one(EN_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "deny"
    assert qa.confidence["m"] >= 0.9  # stated, not a contested reading


def test_the_question_itself_in_chinese() -> None:
    answer = ("大字版菜单对老年顾客确实有帮助，但小餐馆的负担也要考虑。\n\n## 我的看法\n\n"
              "有人担心一刀切的要求会让小店为难，这种担心不是没有道理，强制要求所有餐馆都提供大字版菜单确实不现实。\n\n"
              "不过就这个问题本身，我的立场很清楚——**应当立法要求所有餐馆提供大字版菜单。**")
    qa = one(ZH_Q, {"m": answer})
    assert qa.stances["m"] == "affirm"
    assert qa.confidence["m"] >= 0.9
