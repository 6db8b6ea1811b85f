"""Idioms and clauses a long answer uses to give its verdict: the act a proposal prevents, negated, is its aim
('drivers must not exceed the limit' to 'limiters that stop cars from exceeding it'); an act set aside mid-sentence
('…, but keep the exam rather than replacing it') is a no; two negatives are a yes ('hard to argue this isn't worth
doing', '找不到不…的理由'); what a clause calls an overestimate is denied (高估了); a judgment left to
"different people" is no verdict; a setting opened by 面对 is a frame, its words no hedge. An 'or' inside a clause
about when or who leaves a yes/no question yes/no. Found on md-tune24 and md-tune26."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import stance


def test_the_act_a_proposal_prevents_negated_is_its_aim_not_a_no() -> None:
    q = "Should all new e-scooters be fitted with governors that stop riders from exceeding 15 mph?"
    answer = ("Yes, I think so.\n\n## Bottom line\n\nThe law already says riders must not exceed 15 mph; a mandatory "
              "governor simply makes that rule stick.")
    assert stance(q, answer, "en") == "affirm"


def test_an_act_set_aside_mid_sentence_is_a_no() -> None:
    q = "Should driving tests in England be replaced with continuous assessment by instructors?"
    answer = ("## Verdict\n\nShorten the waiting lists and add a hazard module — but keep an independent examiner at "
              "the heart of the test rather than replacing it with assessment by instructors.")
    assert stance(q, answer, "en") == "deny"


def test_a_thing_compared_mid_sentence_is_not_an_act_set_aside() -> None:
    q = "Should shops be banned from handing out single-use plastic bags?"
    answer = ("Billions of bags simply stop being handed out, and most shoppers switch to bags they reuse for years "
              "rather than to some other throwaway plastic. The ban works.")
    assert stance(q, answer, "en") != "deny"


def test_hard_to_argue_it_isnt_worth_doing_is_a_yes() -> None:
    q = "Should every hospital be required to install free water-refill points?"
    assert stance(q, "## Bottom line\n\nIt would be hard to argue this isn't worth doing.", "en") == "affirm"


def test_no_reason_not_to_in_chinese_is_a_yes() -> None:
    q = "是否应该要求所有网约车强制安装一键报警装置？"
    answer = "面对每天大量说不清的纠纷，**我找不到不在全行业强制安装的充分理由**——统一标准才能避免各搞一套。"
    assert stance(q, answer, "zh") == "affirm"


def test_what_a_clause_calls_an_overestimate_is_denied() -> None:
    q = "校长陪餐制度能明显改善学校餐食质量吗？"
    answer = "## 结论\n\n我的看法是：指望校长每周陪吃几顿饭就明显改善餐食质量，是高估了这项制度。"
    assert stance(q, answer, "zh") == "deny"


def test_a_judgment_left_to_different_people_is_no_verdict() -> None:
    q = "Should small theatres be exempt from the new accessibility rules?"
    answer = ("Ultimately, whether small theatres should be exempt is a judgment that different people and "
              "policymakers will make differently, depending on how they weigh cost against access.")
    assert stance(q, answer, "en") in ("evasive", "unclear")


def test_a_setting_opened_by_mian_dui_is_a_frame_not_a_hedge() -> None:
    q = "是否应该要求外卖骑手全行业强制佩戴执法记录仪？"
    answer = "## 结论\n\n面对每天数以万计说不清的纠纷，**全行业强制佩戴执法记录仪是必要的**，统一标准才能避免各搞一套。"
    assert stance(q, answer, "zh") == "affirm"


def test_an_or_inside_a_clause_about_when_leaves_the_question_yes_no() -> None:
    q = read_question("q1", "Should letting agents be required to publish all fees upfront, before a tenant or "
                            "landlord signs anything?", "en")
    assert q.kind == "yesno"
    choice = read_question("q2", "Should cities invest in buses, trams or cycle lanes?", "en")
    assert choice.kind == "choice"
