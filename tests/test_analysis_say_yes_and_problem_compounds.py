"""Readings generalised from the Markdown tuning set md-tune63; the sentences below are our own.

- "I wouldn't say no — I'd say yes, and fairly firmly." names its answer; "For small landlords, I'd say no." names
  only a half.
- "Some councils will manage it; others won't" is split.
- '在信息不对称、乱象频发的市场，统一定价利大于弊': a 不-compound naming a problem (不对称, 不透明, 不规范)
  negates nothing."""

from __future__ import annotations

from drafter.analysis.engine.answer_words import declared_answer
from tests.analysis_helpers import stance

EN_Q = "Should councils fund the restoration of village pumps?"
ZH_Q = "景区观光小火车是否应该实行统一定价？"


def test_i_would_say_yes_names_the_answer_unless_scoped() -> None:
    assert declared_answer("I wouldn't say no — I'd say yes, and fairly firmly.", EN_Q, "en") == "affirm"
    assert declared_answer("For small parishes, I'd say no.", EN_Q, "en") is None


def test_some_will_others_wont_is_split() -> None:
    assert stance(EN_Q, "## Where I land\n\nSome councils will manage it well; others won't.", "en") == "mixed"


def test_a_problem_compound_negates_nothing() -> None:
    assert stance(ZH_Q, "## 结论\n\n在信息不对称、乱象频发的观光小火车市场，统一定价利大于弊。") == "affirm"

