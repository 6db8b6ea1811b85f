"""The verdict sentence of a long answer, read for what it says: a marker hyphenated to the next word is part of a
compound, not a marker ("in short-term absence" is no "In short,"); beside a marked verdict in the verdict block, the
block's other sentences count only for their stance words; a stance verb whose object restates the question is not
reversed by a detail conceded after a turn. Found on md-tune10, 13, 20 to 22."""

from __future__ import annotations

from tests.analysis_helpers import stance

SICK_PAY_Q = "Would paying sick pay from the first day of illness lead to a significant rise in short-term absence?"


def test_a_verdict_about_short_term_absence_keeps_its_negation() -> None:
    answer = ("There are arguments on both sides.\n\n## My conclusion\n\nAfter weighing it up, **I don't think "
              "day-one sick pay would cause a significant rise in short-term absence.** The flat rate is low.")
    assert stance(SICK_PAY_Q, answer, "en") == "deny"


def test_in_short_as_a_marker_still_leads_the_verdict() -> None:
    answer = ("Employers worry about one-day spells, and some sectors report more of them.\n\nIn short, I don't think "
              "day-one sick pay would cause a significant rise in absence.")
    assert stance(SICK_PAY_Q, answer, "en") == "deny"


COUNSELLOR_Q = "Should every secondary school be required to employ a full-time counsellor?"


def test_beside_a_marked_verdict_an_unmarked_sentence_must_say_a_stance_word_not_just_restate_the_question() -> None:
    answer = ("Supporters say demand for support keeps rising.\n\n## Verdict\n\nWeighing those points, I'd stop short "
              "of requiring a full-time counsellor in every secondary school. Counsellors are valuable, and some "
              "secondary schools should employ one.")
    assert stance(COUNSELLOR_Q, answer, "en") == "deny"


def test_without_a_marked_verdict_each_sentence_of_the_block_still_counts() -> None:
    answer = ("Critics worry about cost.\n\n## Bottom line\n\nEvery secondary school should be required to employ a "
              "full-time counsellor. Waiting lists for outside services are far too long.")
    assert stance(COUNSELLOR_Q, answer, "en") == "affirm"


HELMET_Q = "共享电单车应当强制要求骑行者佩戴头盔吗？"


def test_a_stance_verb_that_restates_the_question_is_not_reversed_by_a_detail_after_a_turn() -> None:
    answer = ("## 我的看法\n\n反对意见大多是执行层面的问题。**因此我支持强制要求共享电单车骑行者佩戴头盔**，"
              "可以先给三个月的宣传期，但不应该给任何平台留下长期豁免。")
    assert stance(HELMET_Q, answer, "zh") == "affirm"


def test_a_stance_verb_over_a_negated_restatement_still_reads_as_the_negation() -> None:
    answer = "## 我的看法\n\n我支持不强制共享电单车骑行者佩戴头盔，以提醒和奖励为主，但平台应当免费提供头盔。"
    assert stance(HELMET_Q, answer, "zh") != "affirm"


def test_a_quoted_judgment_the_answer_adopts_is_its_own_words() -> None:
    q = "现行的外卖包装新规是否已经明显减少了一次性餐盒的使用？"
    answer = "## 结论\n\n新规确实让部分商家换了包装，但大头没变。所以整体来看，我倾向于“还没有明显减少”这个判断。"
    assert stance(q, answer, "zh") == "deny"
    q_en = "Has the new packaging rule already cut the use of single-use containers?"
    answer_en = ("## Bottom line\n\nSome shops switched, most did not. Overall I lean towards the \"not yet\" view on "
                 "whether the rule has cut single-use containers.")
    assert stance(q_en, answer_en, "en") == "deny"


def test_going_further_than_is_warranted_is_a_no() -> None:
    q = "Should e-scooters be banned from city parks?"
    answer = ("Park users complain about speed and noise.\n\n## Bottom line\n\nA total ban on e-scooters in city "
              "parks goes further than is warranted; speed limits and marked routes would deal with most of it.")
    assert stance(q, answer, "en") == "deny"


def test_a_negator_that_starts_a_word_of_the_question_is_no_negation_when_the_answer_repeats_it() -> None:
    q = "应该立法禁止未满14周岁的儿童独自乘坐网约车吗？"
    answer = "## 结论\n\n对未满14周岁的儿童，法律应当明确规定：禁止独自乘坐网约车。"
    assert stance(q, answer, "zh") == "affirm"
