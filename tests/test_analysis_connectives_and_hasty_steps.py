"""An answer word after a connective is still the answer word ("So yes: councils should…", "On balance, no —");
the modal and its verb said back are the answer word in Chinese too ('不应该列为必修。', '应该覆盖，不宜设收入门槛');
"hard to argue that X shouldn't" is two negatives, a yes; '这一步走得太急' judges the step too hasty, a no; a yes in one
case and '还不成熟' in another ('在特定时段…是可以的；但作为一项常态化政策…条件还不成熟') is split.

Found on md-tune56 (blind batch k111, first measured at fa726c9 before it was read); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.lexicons.polarity_cues import LEADING_ANSWER
from tests.analysis_helpers import stance

EN_Q = "Should councils hand out free sandbags to households in flood-prone areas?"
ZH_Q = "是否应该把地方戏曲列为中小学必修课？"
EN_BODY = ("## The case against\n\n- Sandbags do not keep a flood out.\n- Councils should not send crews to shovel "
           "sand while drains are blocked.\n- The evidence is not kind to them.\n\n## Where I land\n\n")
ZH_BODY = "## 理由\n\n1. 课时已经很紧。\n2. 师资跟不上。\n3. 必修不等于传承。\n\n"


def test_an_answer_word_after_a_connective_decides() -> None:
    answer = EN_BODY + ("I find it hard to argue that councils shouldn't do this. So yes: councils should hand out "
                        "free sandbags, as part of a wider package.")
    assert stance(EN_Q, answer, "en") == "affirm"
    assert stance(EN_Q, EN_BODY + "On balance, no — the money is better spent on drains.", "en") == "deny"


def test_zh_the_modal_and_its_verb_said_back_open_the_answer() -> None:
    answer = "不应该列为必修。戏曲可以进校园，但更适合做选修课。\n\n" + ZH_BODY + (
        "## 结论\n\n让学生认识地方戏是好事，但“必修”这一步走得太急。")
    assert stance(ZH_Q, answer) == "deny"


def test_zh_a_yes_in_one_case_and_not_yet_in_another_is_split() -> None:
    answer = ZH_BODY + ("## 结论\n\n在条件好的城区学校，试点开设是可以的；但作为一项全省统一的必修要求，"
                        "条件还不成熟。")
    assert stance(ZH_Q, answer) == "mixed"


def test_zh_a_discourse_marker_is_no_answer_word() -> None:
    # '应该说，', '应该承认，' open a remark, they do not answer the question with 应该
    for remark in ("应该说，这件事利弊都有。", "应该承认，反对者的理由也有道理。", "应该指出，数据还不充分。"):
        assert LEADING_ANSWER["zh"].match(remark) is None, remark
    assert LEADING_ANSWER["zh"].match("应该列入，但要以基础书写为核心。") is not None
