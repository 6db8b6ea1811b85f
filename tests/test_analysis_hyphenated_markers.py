"""A marker word hyphenated to the next word is part of a compound, not the marker: "in short-term absence" is no
"In short,". Found on md-tune22, where a bold verdict under "My conclusion" lost its negation."""

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
