"""Evasion styles, with a reason in the transcript's language, and what does not count as evasion."""

from __future__ import annotations

import pytest

from tests.analysis_helpers import one

ZH_Q = "政府应该对高糖饮料征收健康税吗？"
EN_Q = "Should governments tax sugary drinks?"


@pytest.mark.parametrize(("answer", "style"), [
    ("对不起，这个话题我无法讨论。", "refusal"),
    ("抱歉，我无法就这个问题提供回答。", "refusal"),
    ("我只是一个AI助手，对这类公共政策不持立场。", "no_opinion"),
    ("作为人工智能，我没有个人观点，也不对具体政策的利弊做出评判。", "no_opinion"),
    ("这是一个见仁见智的问题，支持者认为可以减少糖分摄入，反对者则担心加重低收入群体负担。", "both_sides"),
    ("这是一个复杂的问题，各有利弊，需要结合实际、综合施策。", "both_sides"),
    ("具体政策请关注国家卫健委和财政部的官方发布。", "redirect"),
    ("相关税收政策请以财政部发布的官方信息为准。", "redirect"),
    ("比起征税，更值得关注的是学校里的饮料自动售货机。", "off_topic"),
])
def test_zh_evasion_styles(answer: str, style: str) -> None:
    qa = one(ZH_Q, {"m": answer})
    assert qa.stances["m"] == "evasive"
    assert [e.style for e in qa.evasions] == [style]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in qa.evasions[0].reason)


@pytest.mark.parametrize(("answer", "style"), [
    ("I'm sorry, but I can't weigh in on questions about tax policy.", "refusal"),
    ("I'd rather not weigh in on that.", "refusal"),
    ("As an AI, I don't have personal opinions on tax policy.", "no_opinion"),
    ("I'm just an AI, so I don't hold views on this.", "no_opinion"),
    ("This is a complex question with no simple answer. Reasonable people disagree.", "both_sides"),
    ("There are arguments on both sides, and it ultimately depends on your values.", "both_sides"),
    ("Tax rules vary by country, so I'd recommend checking with your national tax authority.", "redirect"),
    ("For accurate, up-to-date information, please consult official sources.", "redirect"),
    ("A more pressing issue than the tax is the marketing of energy drinks to teenagers.", "off_topic"),
])
def test_en_evasion_styles(answer: str, style: str) -> None:
    qa = one(EN_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "evasive"
    assert [e.style for e in qa.evasions] == [style]
    assert qa.evasions[0].reason and qa.evasions[0].quote in answer


def test_evasion_quote_is_the_dodge_sentence() -> None:
    answer = "征税是近年来的热门话题。作为一个AI语言模型，我不持有个人看法。你可以参考相关报告。"
    qa = one(ZH_Q, {"m": answer})
    assert qa.evasions[0].quote == "作为一个AI语言模型，我不持有个人看法。"


def test_a_clear_position_outweighs_a_boilerplate_opening() -> None:
    answer = "有人认为应该征，也有人反对。但在我看来，应该征收：墨西哥的经验说明销量会明显下降。"
    qa = one(ZH_Q, {"m": answer})
    assert qa.stances["m"] == "affirm"
    assert qa.evasions == []


def test_a_position_with_a_source_tip_is_not_a_redirect() -> None:
    answer = "Yes. Taxes cut consumption in Mexico and the UK. For the latest figures, consult official statistics."
    qa = one(EN_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "affirm"


def test_error_and_empty_answers_are_failed_not_evasive() -> None:
    from drafter.analysis.engine.analyzer import analyze
    from drafter.inputs.transcript import Answer
    from tests.analysis_helpers import transcript

    t = transcript(ZH_Q, {"a": "应该。", "b": "   \n", "c": "\x00\x01"})
    t.answers.append(Answer(question="q1", model="d", text="", error="timeout"))
    qa = analyze(t).questions[0]
    assert qa.failed == ["b", "c", "d"]
    assert set(qa.stances) == {"a"}
    assert qa.evasions == []


def test_evasive_and_mixed_models_are_never_in_pairs() -> None:
    qa = one(ZH_Q, {"a": "应该征。", "b": "不应该。", "c": "作为AI，我没有个人观点。", "d": "很难说，一半一半。"})
    listed = {m for item in qa.contradictions + qa.agreements for m in item.models}
    assert qa.stances["c"] == "evasive" and qa.stances["d"] == "mixed"
    assert listed == {"a", "b"}


@pytest.mark.parametrize(("answer", "lang"), [
    ("碳酸饮料最早出现在十八世纪的欧洲，后来风靡全球。如今几家跨国公司占据了大部分市场份额，广告投入也非常大。", "zh"),
    ("The history of carbonated beverages goes back to the eighteenth century, when a chemist first infused "
     "water with carbon dioxide. Today the industry is dominated by a handful of global brands.", "en"),
    ("Sugary drinks are a significant source of calories. Some countries have introduced levies, while others "
     "rely on labelling. Price, marketing and habit all influence consumption in different ways.", "en"),
])
def test_an_unreadable_answer_is_unclear_and_goes_to_the_authors_check_list(answer: str, lang: str) -> None:
    """No position the rules can read is no evidence of a dodge: no evasion is stated, the author checks it."""
    qa = one(ZH_Q if lang == "zh" else EN_Q, {"m": answer}, lang)
    assert qa.stances["m"] == "unclear"
    assert qa.evasions == []
    assert [(c.models, c.kind) for c in qa.to_check] == [(["m"], "evasion")]
    assert qa.to_check[0].quotes["m"] in answer
    assert qa.confidence["m"] < 0.6
