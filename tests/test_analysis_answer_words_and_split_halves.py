"""A question's modal said back is the answer word ('应该，在严格筛选的前提下…', '不应该。', '能，而且…'), also after a
label ('我的结论是：应该，…'); a negation inside a 的-phrase after a demonstrative or quantifier picks out which things
('拆除那些没有保护价值的旧房', '把不再使用的仓库改成公园'), it says no to nothing; a yes for some cases and a no for
the others is split ("I'd support it on some hedges and oppose it on others", '对一部分广场是好主意，对另一部分则未必
合适'); a Chinese count question's counter word must match ('一两所学校' does not answer '多少课时').

Found on md-tune55 (blind batch k109, first measured at a7ab037 before it was read); the sentences below are our
own."""

from __future__ import annotations

from tests.analysis_helpers import one, stance

DEMOLISH_Q = "老城区是否应该拆除部分老旧建筑，为建设口袋公园腾出空间？"
HOURS_Q = "如果开设剪纸单元，每学期安排多少课时比较合适？"
EN_Q = "Should farmers be paid to restore dry-stone walls along country lanes?"
HEAD = "## 分析\n\n老城区建筑密度高，人均绿地少。\n\n## 结论\n\n"


def test_zh_the_questions_modal_said_back_is_the_answer_word() -> None:
    # the answer word decides against a closing sentence read the other way by where it stands
    labelled = (HEAD + "我的结论是：应该，在严格筛选的前提下，拆除部分老旧建筑是合理且必要的。\n\n具体做法：\n\n"
                "- 历史建筑不拆；\n- 方案须征求居民意见。\n\n单纯依靠边角地已经无法满足老城区的需求。")
    assert stance(DEMOLISH_Q, labelled) == "affirm"
    assert stance(DEMOLISH_Q, HEAD + "不应该，现阶段弊大于利。") == "deny"


def test_zh_a_negation_that_picks_out_which_things_says_no_to_nothing() -> None:
    assert stance(DEMOLISH_Q, HEAD + "有选择地拆除部分没有保护价值的老旧建筑，是补齐绿地短板的现实路径。") == "affirm"
    assert stance(DEMOLISH_Q, HEAD + "把不再使用的仓库改成口袋公园，是值得做的。") == "affirm"
    # a negation of the verb itself is still a no
    assert stance(DEMOLISH_Q, HEAD + "现阶段还不具备拆除的条件。") == "deny"


def test_a_yes_for_some_cases_and_a_no_for_the_rest_is_split() -> None:
    en = ("## Where I land\n\nIt depends on the wall. I'd support paying for restoration on some walls and oppose it "
          "on others.")
    assert stance(EN_Q, en, "en") == "mixed"
    zh = HEAD + "对一部分街区来说是好主意，对另一部分则未必合适，需要逐个评估。"
    assert stance(DEMOLISH_Q, zh) == "mixed"


def test_a_count_of_something_else_does_not_answer_a_count_question() -> None:
    other = "## 建议\n\n一个区里总有一两所学校剪纸做得好，可以让它们牵头，把教案整理成资源包。"
    assert one(HOURS_Q, {"m": other}).stances["m"] != "other"
    hours = one(HOURS_Q, {"m": "## 建议\n\n每学期安排6课时左右，两次连堂。"})
    assert [n.figure for n in hours.numbers] == ["6课时左右"]
