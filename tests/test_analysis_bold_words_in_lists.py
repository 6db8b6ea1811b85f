"""A word set in bold inside a list item ('- Early **community involvement** keeps volunteers coming') marks the
point's key words, not the answer's pick, even when it shares a word with an option ('a community trust'). Bold
picks are read from prose and from the verdict; a bold option in a verdict list item still picks it.

Found on md-tune66 (blind batch k133, first measured before tuning: an answer that changed the subject was stated as
picking 'a community growing space' from '**community engagement**' in a list, building two false clashes). On the
tuning sets the same change set 8 other answers right and one wrong; the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

EN_Q = "Who should run a restored seaside lido: the council, a community trust, or a leisure company?"


def test_a_bold_word_in_a_list_item_is_no_pick() -> None:
    answer = ("Before deciding who runs it, the harder questions are about the pool itself.\n\n"
              "## What matters first\n\n- The tank needs a full survey before anyone commits.\n"
              "- Early **community involvement** keeps volunteers coming back.\n"
              "- Water treatment costs rise every year.\n\n"
              "Settle those, and the operating model tends to follow.")
    qa = one(EN_Q, {"m": answer}, "en")
    assert qa.stances["m"] != "other"


def test_a_bold_option_in_the_verdict_still_picks() -> None:
    answer = ("## Options\n\nEach model has been tried somewhere.\n\n## My pick\n\n"
              "- **A community trust**, with the council keeping the freehold.\n")
    qa = one(EN_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "other"
