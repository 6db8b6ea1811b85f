"""Idioms and clauses a long answer uses to give its verdict: the act a proposal prevents, negated, is its aim
('drivers must not exceed the limit' to 'limiters that stop cars from exceeding it'); an act set aside mid-sentence
('…, but keep the exam rather than replacing it') is a no; two negatives are a yes ('hard to argue this isn't worth
doing', '找不到不…的理由'); what a clause calls an overestimate is denied (高估了); a judgment left to
"different people" is no verdict; a setting opened by 面对 is a frame, its words no hedge; 因地制宜地推进 carries out a
yes, it is no dodge; the half offered "instead" is an alternative; a guarantee that "should not depend on" luck is a
yes; a quote cut after a bold run drops its joining comma. Questions: an 'or' inside a clause about when or who, or
joining two words for one thing ("a parent or guardian"), leaves a yes/no question yes/no; 应不应该 asks yes or no.
Found on md-tune24, md-tune26 and md-tune27."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.sentences import clean_span
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


def test_two_words_for_one_thing_joined_by_or_keep_the_question_yes_no() -> None:
    q = read_question("q1", "Should trains be required to seat children next to a parent or guardian for free?", "en")
    assert q.kind == "yesno"
    assert read_question("q2", "Should the council fund a library or a swimming pool?", "en").kind == "choice"


def test_ying_bu_yinggai_asks_yes_or_no() -> None:
    assert read_question("q1", "应不应该允许无人配送车在校园道路上行驶？", "zh").kind == "yesno"


def test_carrying_out_a_yes_to_suit_local_conditions_is_no_dodge() -> None:
    q = "社区推行无人车配送，能否真正解决快递“最后一公里”的难题？"
    answer = ("## 我的结论\n\n权衡下来，我认为质疑大多可以化解。**社区无人车配送能够真正解决“最后一公里”的难题**，"
              "关键在于各地因地制宜地推进，而不是一直停留在试点阶段。")
    assert stance(q, answer, "zh") != "evasive"


def test_a_quote_cut_after_a_bold_run_does_not_start_with_its_joining_comma() -> None:
    text = "**是的**，只是补贴的力度和品类可以按年度动态调整。"
    start, end = clean_span(text, 0, len(text))
    assert text[start:end].startswith("只是")


def test_the_half_offered_instead_is_an_alternative_not_a_second_answer() -> None:
    q = "Should the UK introduce a levy on disposable vape pods?"
    answer = ("## Verdict\n\n**The UK should not add a levy on vape pods**; it should make sure pods are covered by "
              "producer-responsibility rules instead.")
    assert stance(q, answer, "en") == "deny"


def test_a_guarantee_that_should_not_depend_on_luck_is_a_yes() -> None:
    q = "Should ferries be required to let families with young children board first?"
    answer = ("## Bottom line\n\nLetting families with young children board first should not depend on which ferry "
              "company you picked.")
    assert stance(q, answer, "en") == "affirm"
