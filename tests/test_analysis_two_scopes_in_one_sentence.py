"""'For X, yes; for Y, no' in one sentence, parted by a semicolon, is a split verdict, not the no of its second half:
on the tuning sets every answer holding such a sentence is labelled mixed, other or evasive, none affirm or deny.
Generalised from md-tune59; the sentence below is our own."""

from __future__ import annotations

from tests.analysis_helpers import stance


def test_two_for_scopes_with_opposite_verdicts_are_split() -> None:
    q = "Should taxpayers fund the repair of village war memorials?"
    verdict = ("## Where I land\n\nFor the memorials that carry names from both wars and stand on public land, public "
               "money is well spent; for the plaques inside private buildings, it isn't.")
    assert stance(q, verdict, "en") == "mixed"
