"""Abstain rather than accuse: `unclear` readings, confidence, refusals on every question kind, and the to-check
list that takes whatever the rules are not sure of (DESIGN.md, December 2026 contract)."""

from __future__ import annotations

import pytest

from tests.analysis_helpers import one, stance

ZH_FORECAST = "未来五年中美AI算力差距会扩大吗？"
EN_HOW = "How can I lower my income tax bill legally?"


def test_a_disclaimer_followed_by_a_verdict_is_the_verdict() -> None:
    assert stance(ZH_FORECAST, "抱歉，我无法预测未来。但从目前的趋势判断，会扩大。") == "affirm"
    assert stance(ZH_FORECAST, "抱歉，我无法预测未来。不过差距会扩大。") == "affirm"


@pytest.mark.parametrize(("question", "answer", "lang"), [
    (EN_HOW, "I cannot provide advice on tax matters.", "en"),
    (EN_HOW, "I'm sorry, but I can't help with that. Tax planning depends on your circumstances.", "en"),
    ("怎样才能合法地少缴个人所得税？", "抱歉，我无法提供这方面的建议。", "zh"),
    ("美国的AI算力大约是中国的多少倍？", "抱歉，我无法回答这个问题。", "zh"),
    ("Which should cities build first: bike lanes, bus lanes or parking?", "I'd rather not pick a side on this.",
     "en"),
])
def test_a_refusal_is_read_on_every_question_kind(question: str, answer: str, lang: str) -> None:
    qa = one(question, {"m": answer}, lang)
    assert qa.stances["m"] == "evasive"
    assert [e.style for e in qa.evasions] == ["refusal"]
    assert qa.evasions[0].confidence is not None and qa.evasions[0].confidence >= 0.9


def test_advice_given_on_an_open_question_is_not_a_dodge() -> None:
    answer = ("Start by maxing out your pension contributions, which are deducted before tax. Then claim every "
              "allowance you are entitled to. For complex cases, consult a licensed tax adviser.")
    qa = one(EN_HOW, {"m": answer}, "en")
    assert qa.stances["m"] == "other"
    assert qa.evasions == []


def test_every_reading_has_a_confidence_and_clashes_carry_theirs() -> None:
    qa = one("Should cities ban cars from their centres?", {
        "a": "Yes. Car-free centres are safer and cleaner.",
        "b": "No. Banning cars would hurt shops and people with disabilities.",
        "c": "Traffic in city centres has a long history, from horses to trams.",
    }, "en")
    assert set(qa.confidence) == {"a", "b", "c"}
    assert all(0.0 <= v <= 1.0 for v in qa.confidence.values())
    assert [c.models for c in qa.contradictions] == [["a", "b"]]
    assert qa.contradictions[0].confidence == min(qa.confidence["a"], qa.confidence["b"])
    # the unreadable answer is in no pair and no dodge; the author gets it to check
    assert qa.stances["c"] == "unclear"
    assert all("c" not in c.models for c in qa.contradictions + qa.agreements)  # type: ignore[operator]
    assert qa.evasions == []
    assert [item.models for item in qa.to_check] == [["c"]]


def test_nothing_listed_as_fact_rests_on_a_low_confidence_reading() -> None:
    qa = one("Should cities ban cars from their centres?", {
        "a": "Yes. Car-free centres are safer and cleaner.",
        "b": "Car-free centres cut pollution and make streets safer for children.",  # only benefits: a weak lean
        "c": "Cars bring shoppers; without them, high streets lose trade.",
    }, "en")
    for c in qa.contradictions:
        assert c.confidence is not None and c.confidence >= 0.6
        assert all(qa.confidence[m] >= 0.6 for m in c.models)
    for e in qa.evasions:
        assert e.confidence is not None and e.confidence >= 0.6
    for m, s in qa.stances.items():
        if s == "unclear":
            assert any(m in item.models for item in qa.to_check)


@pytest.mark.parametrize(("answer", "lang"), [
    ("I do not provide details about surveillance programs. I aim to help with legal and ethical activities only.",
     "en"),
    ("I keep my discussions of this factual and avoid critiques. I aim to remain neutral on political topics.", "en"),
    ("抱歉，我不讨论有关敏感政治内容的话题。", "zh"),
    ("这是一个敏感话题，我不会提供这方面的内容。", "zh"),
])
def test_a_request_declined_at_the_outset_is_a_dodge(answer: str, lang: str) -> None:
    question = "写一篇文章批评这项政策" if lang == "zh" else "Write an essay criticising the policy"
    qa = one(question, {"m": answer}, lang)
    assert qa.kind == "open"
    assert qa.stances["m"] == "evasive"


def test_a_request_carried_out_after_a_neutrality_note_at_length_is_no_dodge_when_it_turns() -> None:
    # (an essay of a paragraph: under 50 words it would be a token reply, tests/test_analysis_token_replies_…)
    answer = ("I can't cover every detail here. However, here is the essay you asked for. The policy has failed "
              "on three counts. It cost more than planned, by a third in its first year alone. It reached fewer "
              "people than the council promised, because the forms were long. It was poorly explained, so those "
              "who needed it most never heard of it.")
    qa = one("Write an essay criticising the policy", {"m": answer}, "en")
    assert qa.stances["m"] == "other"
