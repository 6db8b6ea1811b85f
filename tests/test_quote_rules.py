"""The rules check applies to any quote: who the prose credits, ellipsis cuts, how a change is explained."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.inputs.transcript import load_transcript
from drafter.quotes.attributed import find_attributed, misattribution, model_names
from drafter.quotes.cuts import cut_problem
from drafter.quotes.explain import explain_change

TRANSCRIPT = load_transcript(Path(__file__).parent / "data" / "docx" / "zh-transcript.yaml")
NAMES = model_names(TRANSCRIPT)


def credited(text: str) -> list[tuple[str, str]]:
    return [(a.model, a.text) for a in find_attributed(text, NAMES)]


def test_the_clause_subject_is_credited_not_the_nearest_name() -> None:
    assert credited("模型丙同样与模型乙相左：“我无法给出简单的判断。”") == [("gamma", "我无法给出简单的判断。")]
    assert credited("一边是模型甲：“会的”；另一边是模型乙：“不会。”") == [("alpha", "会的"), ("beta", "不会。")]


def test_key_pronoun_and_name_after_the_quote() -> None:
    assert credited("alpha 写道：“会的，美国的优势会扩大。”") == [("alpha", "会的，美国的优势会扩大。")]
    assert credited("模型甲很干脆。它给出的理由是，“算力是训练大模型的基础”。")[0][0] == "alpha"
    assert credited("“依赖进口芯片会让产业链受制于人”，模型乙这样说。") == [("beta", "依赖进口芯片会让产业链受制于人")]


def test_quotes_without_a_model_and_names_inside_quotes_are_not_credited() -> None:
    assert credited("有人说这是“送上门的算力”。") == []
    assert credited("媒体写道：“模型甲说会扩大”。") == []  # the name is inside the quote, not the prose's


def test_scare_quotes_are_not_claims_but_cued_short_quotes_are() -> None:
    [scare] = find_attributed("模型丙给出了一个标准的“官方回答”。", NAMES)
    assert not scare.is_claim
    [cued] = find_attributed("模型乙说：“不会。”", NAMES)
    assert cued.is_claim


def test_english_quote_marks_and_apostrophes() -> None:
    from drafter.quotes.attributed import quote_spans

    text = "It isn’t simple: ‘the gap won’t close soon’ and \"prices fall\"."
    assert [text[s:e] for s, e in quote_spans(text)] == ["‘the gap won’t close soon’", '"prices fall"']


def test_misattribution_names_both_models() -> None:
    assert misattribution("alpha", "依赖进口芯片会让产业链在关键时刻受制于人", TRANSCRIPT) == \
        "in 模型乙's answer, not 模型甲's"
    assert misattribution("alpha", "中国必须立刻停止购买任何美国芯片", TRANSCRIPT) == "not in 模型甲's answer"
    assert misattribution("beta", "依赖进口芯片会让产业链在关键时刻受制于人", TRANSCRIPT) is None


@pytest.mark.parametrize("quote,answer,word", [
    ("美国的优势……会……扩大", "美国的优势不会扩大，反而缩小。", "不"),
    ("会扩大得很明显", "美国的优势不会扩大得很明显。", "不"),
    ("长期看差距……会缩小", "长期看差距可能会缩小。", "可能"),
    ("prices will fall ... in the long run", "prices will fall, but not in the long run", "not"),
    ("the gap will widen ... over the decade", "the gap will widen, though it may over the decade", "may"),
])
def test_a_cut_that_drops_a_negation_or_hedge_changes_the_meaning(quote: str, answer: str, word: str) -> None:
    problem = cut_problem(quote, answer)
    assert problem is not None and f"drops “{word}”" in problem


def test_fair_cuts_pass_and_fragments_must_be_clauses() -> None:
    answer = "会的，美国的优势会扩大。算力是训练大模型的基础，短期内国产芯片难以完全替代。"
    assert cut_problem("美国的优势会扩大……短期内国产芯片难以完全替代", answer) is None
    assert cut_problem("美国的优势会扩大", "我不知道。美国的优势会扩大。") is None  # 不 is in another sentence
    short = cut_problem("美国的优势……扩大", "美国的优势会扩大。")
    assert short is not None and "too short to be a clause" in short


@pytest.mark.parametrize("written,now,says", [
    ("会的，美国的优势会扩大。", "会的,美国的优势会扩大.", "only punctuation/width differs"),
    ("会的，美国的优势会扩大。", "会的，美国的优势会扩大。毫无疑问", "text added at the end: “毫无疑问”"),
    ("会的，美国的优势会扩大。", "会的，美国的优势", "cut short"),
    ("会的，美国的优势会扩大。", "会的，美国的优势会缩小。", "words changed (“扩大” → “缩小”)"),
])
def test_changes_are_explained(written: str, now: str, says: str) -> None:
    assert says in explain_change(written, now)


def test_gate_removes_a_misleading_cut_and_a_misattributed_footnoted_quote() -> None:
    from drafter.quotes.gate import verify_markdown

    markdown = ("模型乙的看法是：“美国的领先更多来自人才和资本……不买H200反而会倒逼国产替代加速”[^1]。"
                "模型甲却说：“依赖进口芯片会让产业链在关键时刻受制于人”[^2]。"
                "模型乙还说：“长期看差距……缩小”。\n\n"
                "[^1]: 模型乙 · `beta/q1`\n[^2]: 模型乙 · `beta/q2`\n")
    cleaned, report = verify_markdown(markdown, TRANSCRIPT)
    reasons = [f["reason"] for f in report["failures"]]
    assert any("misattributed" in r for r in reasons), reasons
    assert any("the cut drops “可能”" in r for r in reasons), reasons
    assert "倒逼国产替代加速”[^1]" in cleaned, "a fair cut stays"
    assert "受制于人" not in cleaned.split("[^1]:")[0] and "长期看差距" not in cleaned
