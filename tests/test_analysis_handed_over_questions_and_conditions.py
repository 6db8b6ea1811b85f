"""Questions handed to others, conditions after a yes, and what a question names in more than one option.

"Ultimately, whether X is a decision for parents, schools and policymakers" hands the question over (after "As an AI,
I don't take positions", a dodge); "Questions that shape the answer" heads what the answer depends on, not the
answer; "some argue that…" reports others' case; "…, provided the safeguards are in place, above all free neutering
for those who cannot afford it" is a condition on a yes. A word every option shares ('cats', and the 'cat' in
'stray-cat') tells none of them apart. Chinese: "每年增长多少" asks for a rate; "……差别很大，不宜给出一个笼统的
答案" and "最终要以当地规定、合同条款以及法院的判决为准" decline to pick; "车主（及其保险）负首要责任" picks the owner.

Found on md-tune47 (blind batch k93); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance


def test_a_question_handed_to_others_after_as_an_ai_is_a_dodge() -> None:
    answer = ("As an AI, I don't take positions on contested questions like this one.\n\n"
              "## Arguments often made against\n\n- **Choice:** some argue that menus should be set locally, not by "
              "national law.\n\n## Questions that shape the answer\n\n1. **What is the funding?** A requirement "
              "without extra money may affect other meals.\n\n## Summary\n\nUltimately, whether every canteen should "
              "be required to offer a daily vegan meal is a decision for parents, schools and policymakers.")
    assert stance("Should every school canteen be required to offer a daily vegan meal?", answer, "en") == "evasive"


def test_clauses_after_provided_state_the_condition_not_a_no() -> None:
    assert stance("Should owners be legally required to have their pet cats neutered?",
                  "Having weighed the evidence, I think the law should require owners to have their pet cats "
                  "neutered, provided the safeguards are in place, above all free neutering for those who cannot "
                  "afford it.", "en") == "affirm"


def test_a_word_every_option_shares_tells_none_apart() -> None:
    qa = one("Should the rule cover all pet cats, only cats allowed outdoors, or only cats in areas with a stray-cat "
             "problem?", {
                 "a": "Recommendation: limit the requirement to cats allowed outdoors.",
                 "b": "A rule covering all pet cats is simplest, and owners of indoor cats lose little by it.",
             }, "en")
    assert qa.picks == {"a": "only cats allowed outdoors", "b": "cover all pet cats"}


def test_zh_a_yearly_change_asks_for_a_rate() -> None:
    q = read_question("q2", "如果继续扩招，未来五年博士招生人数每年增长多少比较合适？", "zh")
    assert (q.kind, q.unit) == ("number", "percent")


def test_zh_declining_a_general_answer_and_deferring_to_rules_and_courts_is_a_dodge() -> None:
    qa = one("事故发生后，首要赔偿责任应当由谁承担——平台、车主，还是乘客自己买的保险？", {
        "a": "需要先说明：赔偿责任在不同城市、不同平台下差别很大，**不宜给出一个笼统的答案**。\n\n"
             "## 建议\n\n谁应承担首要责任，最终要以**当地规定、具体保险合同条款以及法院的判决**为准。",
        "b": "车主（及其保险）负首要责任，平台负补充责任，乘客自己买的保险只是额外保障。",
    })
    assert qa.stances["a"] == "evasive"
    assert qa.picks["b"] == "车主"
