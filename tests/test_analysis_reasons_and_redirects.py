"""A reason given for a judgement, split verdicts said in so many words, redirects to the rules, and Chinese choice
questions whose options follow a dash.

"A cap is justified because buyers cannot compare prices" is a yes (the 'cannot' is in the reason); "yes to narrow,
targeted caps; not yet to a blanket cap" and "The right call genuinely differs by zone" are mixed; 我给不出一个干脆的
是或否 is mixed; "我无法替主管部门作出认定" and "最稳妥的做法，是以当地部门和法律法规的正式规定为准" hand the judgement
to someone else; "这道关主要应该由谁来把——门店、家长，还是文旅监管部门？" offers 门店, 家长 and 文旅监管部门 (the first
option had carried the asking words before the dash).

Found on md-tune37 (blind batch k73)."""

from __future__ import annotations

from drafter.analysis.engine.evasion import evasion_cues
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.sentences import split_sentences
from tests.analysis_helpers import stance

_CAP = "Should cities put a legal cap on the fares pedicabs can charge in their centres?"


def test_a_negation_in_the_reason_for_a_judgement_is_no_no() -> None:
    answer = "A cap is justified because the market's main buyers cannot realistically compare prices."
    assert stance(_CAP, answer, "en") == "affirm"


def test_a_judgement_denied_before_its_reason_is_still_a_no() -> None:
    # guard: the negation before 'because' still counts
    assert stance(_CAP, "A cap is not justified because the market already works.", "en") == "deny"


_CHARGE = "Should cities introduce congestion charging?"


def test_a_negation_in_the_aim_of_a_yes_is_no_no() -> None:
    # md-tune24: '…would make online shopping fairer and push retailers to sell things that don't need returning'
    answer = ("## Bottom line\n\nA charge would make streets safer and push commuters to use routes that don't cross "
              "the centre.")
    assert stance(_CHARGE, answer, "en") == "affirm"


def test_a_no_with_a_negated_aim_is_still_a_no() -> None:
    # guard: the cut applies only when the clause before the aim holds no negation of its own
    answer = "## Bottom line\n\nCongestion charging shouldn't be introduced, so that small shops don't lose trade."
    assert stance(_CHARGE, answer, "en") == "deny"


def test_yes_to_one_version_and_not_yet_to_another_is_mixed() -> None:
    answer = ("My answer: yes to narrow, targeted caps where abuse is documented; not yet to a blanket fare cap "
              "across the whole centre.")
    assert stance(_CAP, answer, "en") == "mixed"


def test_a_call_that_differs_by_case_is_mixed() -> None:
    question = "Should hospitals ban vending machines that sell sugary snacks and drinks from their premises?"
    assert stance(question, "The right call genuinely differs by zone and by what else is on offer.", "en") == "mixed"


def test_no_clean_yes_or_no_in_chinese_is_mixed() -> None:
    question = "地方政府是否应该为实体书店减免房租？"
    answer = "笼统地问\"该不该给实体书店减房租\"，我给不出一个干脆的是或否。"
    assert stance(question, answer, "zh") == "mixed"


def test_handing_the_judgement_to_the_rules_is_a_redirect() -> None:
    text = ("至于\"主要应该由谁来把关\"，这需要结合具体法规条文和执法实践来判断，我无法替主管部门作出认定。"
            "最稳妥的做法，是以当地文旅部门和相关法律法规的正式规定为准。")
    styles = {c.style for c in evasion_cues(split_sentences(text), "zh")}
    assert "redirect" in styles


def test_options_after_a_dash_do_not_carry_the_asking_words() -> None:
    info = read_question("q2", "未成年人能不能进店、能玩什么本，这道关主要应该由谁来把——门店、家长，"
                               "还是文旅监管部门？", "zh")
    assert [o.text for o in info.options] == ["门店", "家长", "文旅监管部门"]


def test_ending_up_against_after_both_sides_is_a_no_not_a_dodge() -> None:
    question = "Should councils be required by law to publish how often they miss bin collections?"
    answer = ("There are good arguments on both sides of this.\n\nHaving gone through both sides, I end up against a "
              "statutory requirement.")
    assert stance(question, answer, "en") == "deny"


def test_a_negation_in_a_relative_clause_after_a_judgement_is_no_no() -> None:
    # md-tune74: "…councils are right to close park hills to sledging …, and that it's better to accept some lost fun
    # than to risk serious injury on slopes that were never meant for sledges" read as a no
    q = "Should councils close frozen park ponds to skating on safety grounds?"
    answer = ("## In summary\n\nI think councils are right to close park ponds to skating when the ice is thin, and "
              "that it's better to accept some lost fun than to risk a drowning on ponds that were never meant for "
              "skaters.")
    assert stance(q, answer, "en") == "affirm"
