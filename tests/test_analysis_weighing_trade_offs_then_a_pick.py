""""Weighing those trade-offs, I'd put local club coaches in charge of it" weighs and then picks in one sentence: the
weighing is no both-sides dodge, and putting an option 'in charge' picks it, as 'should pay for' does for who pays.

Found on md-tune70 (blind batch k141, first measured before tuning: such an answer was stated as a dodge); the
sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

EN_Q = ("Who should run the school's swimming lessons: the school's own PE teachers, instructors from the local "
        "leisure centre, or a private swim school?")


def test_a_pick_after_weighing_trade_offs_is_a_pick() -> None:
    answer = ("Each option has real strengths.\n\n## PE teachers\n\nThey know the pupils, but few hold a swimming "
              "qualification.\n\n## Leisure-centre instructors\n\nThey are qualified and local.\n\n## A private swim "
              "school\n\nIt is polished but costly.\n\n## Where I land\n\nWeighing those trade-offs, I'd put the "
              "leisure-centre instructors in charge of the lessons, with a teacher on the poolside for behaviour.")
    qa = one(EN_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "other"
