"""'非遗' (intangible cultural heritage, 非物质文化遗产) is a noun, not a negation: '竹编作坊应该纳入非遗扶持范围'
says yes. When the question spelled the term out and the answer shortened it, its 非 had been counted as a 'not':
a plain yes about heritage support read as no, and a no (two negations) as yes.

Found on md-tune66 (blind batch k133, first measured before tuning: two clear yeses about heritage support left to the
author as unclear); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "传统竹编作坊是否应该被纳入非物质文化遗产扶持范围，享受政府专项补贴？"


def test_a_yes_about_intangible_heritage_reads_as_yes() -> None:
    answer = "## 结论\n\n**传统竹编作坊应该纳入非遗扶持范围**，这能让老艺人的技艺得到系统记录。"
    assert one(ZH_Q, {"m": answer}).stances["m"] == "affirm"


def test_a_no_about_intangible_heritage_still_reads_as_no() -> None:
    answer = "## 结论\n\n竹编作坊目前不应该纳入非遗扶持范围，它在市场上仍然很有活力。"
    assert one(ZH_Q, {"m": answer}).stances["m"] == "deny"
