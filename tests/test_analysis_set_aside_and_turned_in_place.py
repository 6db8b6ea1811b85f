"""Readings generalised from the Markdown tuning set md-tune62; the sentences below are our own.

- '是否应该引入剧团长期驻场，而不只是一年安排几次送戏上门？' asks yes or no: the 几次 is in the case set aside.
- "I cannot give a single answer to the question as asked", '我没法给出一个对所有社区都成立的答案': the answer is
  split, not refused; so is "a blanket policy of X would be a mistake, and so would a blanket refusal".
- "It would be misleading for me to offer a specific percentage" declines the figure.
- 'Weighing these factors carefully, I think **a volunteer trust is best**': a cue that turns, in its own sentence,
  to the position read is no dodge."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance


def test_a_count_in_the_case_set_aside_leaves_a_yes_no_question() -> None:
    q = read_question("q", "街道是否应该给老年合唱团安排固定排练场地，而不只是一年借几次会议室？", "zh")
    assert q.kind == "yesno"


def test_no_single_answer_for_every_case_is_split_not_refused() -> None:
    en_q = "Should councils keep their Victorian bandstands?"
    assert stance(en_q, "I cannot give a single answer to the question as asked: some bandstands are loved, others "
                        "are rotting.", "en") == "mixed"
    assert stance(en_q, "A blanket policy of keeping every bandstand would be a mistake, and so would a blanket "
                        "policy of removal.", "en") == "mixed"
    zh_q = "街道是否应该给老年合唱团安排固定排练场地？"
    verdict = "## 结论\n\n我没法给出一个对所有街道都成立的答案：有空房的街道可以安排，没有的不必勉强。"
    assert stance(zh_q, verdict) == "mixed"


def test_a_figure_called_misleading_to_offer_is_declined() -> None:
    q = "What share of disused bandstands should be restored?"
    answer = ("## Context\n\nAbout 1,500 bandstands once stood in British parks.\n\n## My view\n\nThis is a question "
              "where I think it would be misleading for me to offer a specific percentage.")
    assert stance(q, answer, "en") == "evasive"


def test_a_cue_turned_to_the_pick_in_its_own_sentence_is_no_dodge() -> None:
    q = "Who should run a restored bandstand — the council, a friends group, or a heritage charity?"
    answer = ("There are arguments for each option. The council has money, a friends group has energy.\n\n"
              "Weighing these factors carefully, I think **a friends group is the most suitable operator**, with the "
              "council keeping ownership.")
    reading = one(q, {"m": answer}, "en")
    assert reading.stances["m"] == "other" and reading.picks["m"] == "a friends group"
