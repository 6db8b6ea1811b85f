"""Splits said in so many words, refusals to decide for the asker, labelled answer words and counted ranges.

"I can't honestly come down on either side", "no blanket answer either way", 我没办法给出一个统一答案 and a
verdict split by condition (在A，值得；在B，本末倒置) are mixed, not a no, and a both-sides weighing before such a
verdict is no dodge. 我无法替你给出“应该”或“不应该”的答案 is a refusal, not a split. A question restated as a
trade-off (X是否Y，是效率与公平之间的一次取舍), a change of subject announced (在讨论…之前，我想先…; "Whatever a
particular school decides, …") are dodges. "Assessment: no — …" is an answer word; a verdict said as a conclusion
is not contested by argument sentences that read the other way only through a negation. "15–20 transit pitches"
is a range.

Found on md-tune49 and md-tune50 (blind batches k97 and k99); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.claims import _counts_of
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.sentences import split_sentences
from drafter.analysis.engine.stance import read_stance
from tests.analysis_helpers import one, pairs, stance

EN_Q = "Should every town be required to build a covered market hall?"
ZH_Q = "中小学是否应该把书法列为必修课？"


def test_no_side_taken_after_weighing_is_a_split_not_a_no() -> None:
    answer = ("## Where I land\n\nThere are decent arguments on both sides here. In busy towns a hall pays its way. "
              "In small ones it would stand empty. I can't honestly come down firmly on either side for every town.")
    assert stance(EN_Q, answer, "en") == "mixed"
    blanket = "## Verdict\n\nI don't think a blanket answer is justified either way: it depends on the town."
    assert stance(EN_Q, blanket, "en") == "mixed"
    # a plain no is still a no
    assert stance(EN_Q, "## Verdict\n\nNo: a legal duty on every town would waste money.", "en") == "deny"


def test_zh_no_single_answer_and_a_split_by_condition_are_mixed() -> None:
    no_single = "## 结论\n\n应不应该，取决于学段和师资，我没办法给出一个适用于所有学校的统一答案。"
    assert stance(ZH_Q, no_single) == "mixed"
    by_condition = ("## 结论\n\n在师资充足、课时宽裕的学校，开设必修是可以的；在课时紧张、缺少老师的学校，"
                    "硬性要求则不宜推行。")
    assert stance(ZH_Q, by_condition) == "mixed"
    assert stance(ZH_Q, "## 结论\n\n不应该把书法列为必修课，保留选修就够了。") == "deny"


def test_zh_a_refusal_to_decide_for_the_asker_is_a_dodge_not_a_split() -> None:
    answer = ("## 背景\n\n书法有好处，也会增加负担。各地条件差别很大。\n\n## 我的回答\n\n"
              "我无法替你给出“应该”或“不应该”的答案，这要结合你所在地区的情况来判断。")
    assert stance(ZH_Q, answer) == "evasive"
    # without 替你 the same words say the answer is split
    assert stance(ZH_Q, "## 结论\n\n我很难给出一个简单的“应该”或“不应该”，要看学段。") == "mixed"


def test_zh_a_question_restated_as_a_trade_off_and_a_subject_changed_are_dodges() -> None:
    trade_off = ("支持者看重传统文化，反对者担心课业负担。\n\n## 总结\n\n说到底，书法是否列为必修，"
                 "是文化传承与减负之间的一次取舍。")
    assert stance(ZH_Q, trade_off) == "evasive"
    q = "书法课的费用应该由谁来出——家长、学校，还是政府？"
    changed = ("费用确实重要，但在讨论谁来付钱之前，我想先谈谈更容易被忽视的几件事。\n\n"
               "## 一、师资\n\n老师需要培训。\n\n## 二、教材\n\n教材要统一。")
    assert one(q, {"m": changed}).stances["m"] == "evasive"


def test_en_whatever_the_decision_with_a_guide_in_its_place_is_a_dodge() -> None:
    answer = ("Markets are lovely places. Whatever a particular town decides, there is a lot shoppers can do to "
              "support local traders. Here is a practical guide.\n\n## Shop early\n\nStalls sell out by noon.")
    assert stance(EN_Q, answer, "en") == "evasive"


def test_a_labelled_answer_word_decides_against_later_readings_the_other_way() -> None:
    answer = ("## Assessment\n\nAssessment: no — a statutory duty is the wrong instrument.\n\n## Why\n\n"
              "The shortage is real, but it is better addressed through grants and planning targets than through a "
              "legal requirement.\n\n## Overall\n\nThe case for making it a **legal requirement on every town** is "
              "weaker than it looks, given how past duties worked in practice.")
    qa = one(EN_Q, {"m": answer, "y": "## Verdict\n\nYes: every town should be required to build one."}, "en")
    assert qa.stances["m"] == "deny"
    assert frozenset({"m", "y"}) in pairs(qa.contradictions)


def test_a_concluded_verdict_is_not_contested_by_negations_in_its_arguments() -> None:
    answer = ("Market halls come in many shapes. Some date from the 1800s. Others were built last year. A hall is not "
              "a museum. Councils do not always run them well. Empty halls are not rare. Rents are not cheap. "
              "Parking isn't easy. A town does not need more debt.\n\n## Bottom line\n\nWeighing all this, I can't "
              "see a good reason why every town shouldn't be required to build one, provided the rents stay low.")
    q = read_question("q1", EN_Q, "en")
    read = read_stance(split_sentences(answer), "en", q.terms, q.text)
    assert read.label == "affirm"
    assert not read.contested


def test_a_counted_range_keeps_both_ends() -> None:
    said = "Plan for 15–20 transit pitches, or around 10 to 12 transit pitches at least."
    found = [(f.low, f.high) for f in _counts_of(said, "transit")]
    assert found == [(15.0, 20.0), (10.0, 12.0)]
