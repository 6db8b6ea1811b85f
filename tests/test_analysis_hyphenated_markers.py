"""A marker word hyphenated to the next word is part of a compound, not the marker: "in short-term absence" is no
"In short,". Found on md-tune22, where a bold verdict under "My conclusion" lost its negation. And beside a marked
verdict ("I'd stop short of…", "So my answer is…") in the verdict block, the block's other sentences are its reasons:
they count only for what they say in stance words, not for restating the question."""

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
