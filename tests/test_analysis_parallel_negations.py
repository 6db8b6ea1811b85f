"""A negation joined to the one before over a parallel predicate ("不需要、也不应该", "neither needed nor fair",
"do not need to, and should not") is one no said twice, not a double negative that turns it into a yes. Two double
negatives joined ("不是不应该，也不是不可以") stay as they were.

Found on md-tune24 and md-tune35 (blind batch k69)."""

from __future__ import annotations

from drafter.analysis.engine.polarity import negations
from tests.analysis_helpers import stance

_ZH_Q = "小区公共绿地的补种费用应该向全体业主额外分摊吗？"
_EN_Q = "Should residents be charged extra for replanting the estate's shared verges?"


def test_a_chinese_no_repeated_with_ye_is_a_no() -> None:
    assert stance(_ZH_Q, "补种属于日常养护，不需要、也不应该另向业主收钱。", "zh") == "deny"


def test_ji_bu_ye_mei_is_one_no() -> None:
    assert negations("既不应该也没必要向业主收费", "zh", _ZH_Q) == 1


def test_neither_nor_is_a_no() -> None:
    assert stance(_EN_Q, "A separate charge is neither needed nor fair; the service charge covers it.", "en") == "deny"


def test_not_and_not_again_is_one_no() -> None:
    assert negations("Owners do not need to, and should not, pay twice for the same work", "en", _EN_Q) == 1


def test_two_joined_double_negatives_keep_their_count() -> None:
    # guard: each side is a double negative of its own
    assert negations("不是不应该，也不是不可以", "zh", _ZH_Q) == 4


def test_a_double_negative_alone_is_unchanged() -> None:
    # guard: "不能不" is still two negations
    assert negations("物业不能不去补种", "zh", _ZH_Q) == 2
