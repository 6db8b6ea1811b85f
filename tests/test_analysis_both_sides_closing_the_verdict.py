"""An answer that weighs both sides and closes its verdict section by handing the call to others ("How any
one museum balances them will depend on its visitors") took no side: the sentence before that close, which only
restates the question's subject ("Scrapping entry charges raises questions about access and funding"), is no yes.
A side said in words in the verdict ("So yes, …") still stands, and an argument in the body that says yes does not
count as the verdict's words.

Found on md-tune64 and md-tune65 (blind batches k129 and k131, first measured before tuning: both such answers were
read as yes, each building two false clashes); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

EN_Q = "Should national museums scrap their entry charges?"

BODY = ("## The case for\n\n- Free entry widens access for families on low incomes.\n"
        "- There is also an argument about fairness: visitors from far away already pay to travel.\n\n"
        "## The case against\n\n- Charges pay for conservation that grants no longer cover.\n"
        "- Some museums would have to cut opening hours.\n\n")


def test_a_verdict_section_that_hands_the_call_to_others_takes_no_side() -> None:
    answer = ("Museum charging is a question people feel strongly about.\n\n" + BODY +
              "## Bottom line\n\nScrapping entry charges at national museums raises questions about access, funding "
              "and the upkeep of the collections.\n\nHow any one museum balances them will depend on its visitors, "
              "its funding and its priorities.")
    assert one(EN_Q, {"m": answer}, "en").stances["m"] == "evasive"


def test_a_side_said_in_the_verdict_still_stands_beside_the_close() -> None:
    answer = ("Museum charging is a question people feel strongly about.\n\n" + BODY +
              "## Bottom line\n\nSo yes, national museums should scrap their entry charges.\n\n"
              "How any one museum balances the rest will depend on its visitors, its funding and its priorities.")
    assert one(EN_Q, {"m": answer}, "en").stances["m"] == "affirm"
