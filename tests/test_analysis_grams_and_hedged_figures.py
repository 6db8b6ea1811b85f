"""Grams are counted in kilograms ('around 500 g' against '1.5 kg' is a clash a columnist would report), and 'half a
kilo' is a quantity, not a share of 50%. A figure set in bold in a sentence that goes on to hedge it ("I'd suggest
**about 500 g a day**, though the right figure will depend on the site") is the answer's figure, not a dodge.

Found on md-tune68 (blind batch k137, first measured before tuning: such an answer was stated as a dodge and three
clashes were missed); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one, pairs

EN_Q = "If blackberry picking on council land is limited, what daily limit per person should apply?"


def test_grams_and_kilograms_compare() -> None:
    qa = one(EN_Q, {"a": "A limit of 2 kg per person per day is plenty for jam.",
                    "b": "About 300 g (roughly half a kilo at most) per person per day is enough."}, "en")
    figures = {n.model: (n.low, n.high) for n in qa.numbers}
    assert figures["b"][1] < 1.0
    assert frozenset(("a", "b")) in pairs(qa.contradictions)


def test_a_bold_figure_in_a_hedged_sentence_is_the_answer() -> None:
    hedged = ("I'd suggest a modest limit of **around 400 g per person per day**, though I should stress that the "
              "right figure will depend on the site, the season and local conditions.\n\n"
              "- Some councils have used about 1 kg.\n- Others set no limit at all.")
    qa = one(EN_Q, {"a": "A limit of 2 kg per person per day is plenty for jam.", "m": hedged}, "en")
    assert qa.stances["m"] == "other"
    assert frozenset(("a", "m")) in pairs(qa.contradictions)
