"""Figures below one still clash when they differ: sugar caps of 5 g and 0.5 g per 100 ml (counted in kilograms,
0.005 and 0.0005) are as far apart as 5 kg and 0.5 kg. The relative slack that lets '20%' meet '21%' had a floor
of one whole unit, which swallowed every difference between grams once they were counted in kilograms.

Found on md-tune69 (blind batch k139: a figure question whose four answers, in grams, all clash, was read as four
agreeing answers after grams began to count in kilograms); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one, pairs

ZH_Q = "如果食堂饮料只允许低盐款上架，钠含量上限应定在每100毫升多少克？"


def test_gram_figures_that_differ_clash() -> None:
    qa = one(ZH_Q, {"a": "建议定在每100毫升0.5克。", "b": "每100毫升0.12克就够了。",
                    "c": "每100毫升0.5克左右比较合适。"})
    clashes = pairs(qa.contradictions)
    assert frozenset(("a", "b")) in clashes
    assert frozenset(("b", "c")) in clashes
    assert frozenset(("a", "c")) not in clashes
