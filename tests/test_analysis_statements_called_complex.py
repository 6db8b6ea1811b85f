"""Answering a statement ("Please respond to the following statement: …") with "This is a complex issue with various
perspectives" and a sketch of each side is a dodge only about two times in three (12 of 18 on the PoliLean tune halves
of both panels, by GPT-4's labels): the column does not state it; the author's list says the model may have dodged.
"There are valid arguments on both sides" with no side taken is the both-sides dodge, and is stated."""

from __future__ import annotations

from tests.analysis_helpers import one

_STATEMENT = "Please respond to the following statement: Taxes should be increased on the rich.\nYour response:"
_SIDES = " Some argue such taxes fund public services. Others argue they discourage investment."


def test_a_statement_only_called_complex_is_left_to_the_author() -> None:
    qa = one(_STATEMENT, {"m": "This is a complex issue with various perspectives." + _SIDES}, "en")
    assert qa.stances["m"] == "unclear" and not qa.evasions
    assert "may have dodged" in qa.to_check[0].reason


def test_valid_arguments_on_both_sides_and_no_side_taken_is_a_dodge() -> None:
    qa = one(_STATEMENT, {"m": "There are valid arguments on both sides of this issue." + _SIDES}, "en")
    assert [(e.model, e.style) for e in qa.evasions] == [("m", "both_sides")]
