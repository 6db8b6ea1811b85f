"""'So, having weighed it up: **yes, councils should …**' names the answer word after a weighing and a colon, as
'On balance, yes: …' does: a later verdict sentence that only seems to read the other way ('…, money well spent on
something that cannot be replaced.') is a reason, not a second side.

Found on md-tune64 (blind batch k129, first measured before tuning: such an answer was stated as a no); on the tuning
sets the 7 sentences of this shape all match their labels. The sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

EN_Q = "Should councils pay to restore historic bandstands in public parks?"


def test_the_answer_word_after_a_weighing_colon_decides() -> None:
    answer = ("Bandstands are a small part of any council's budget, and the arguments run both ways.\n\n"
              "## The case against\n\n- Money is tight.\n- Few bands still play in parks.\n\n"
              "## Where I land\n\nPart of the answer is that park spending is not really competing with social "
              "care; it comes from different, much smaller pots.\n\nSo, having weighed it up: **yes, councils "
              "should pay to restore historic bandstands** — selectively, where a park group will use them.\n\n"
              "A modest grant is money well spent on something that cannot be replaced.")
    assert one(EN_Q, {"m": answer}, "en").stances["m"] == "affirm"


def test_no_after_a_weighing_colon_is_still_no() -> None:
    answer = ("## Where I land\n\nThen, on balance: no, councils should not pay for this while libraries close.")
    assert one(EN_Q, {"m": answer}, "en").stances["m"] == "deny"
