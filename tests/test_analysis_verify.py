"""verify_analysis: fabricated quotes dropped and counted, whitespace repaired, gaps filled from offline."""

from __future__ import annotations

from drafter.analysis.quote_check import verify_analysis
from drafter.analysis.schema import Agreement, Analysis, Contradiction, Evasion, NumberClaim, QuestionAnalysis
from drafter.inputs.transcript import Answer
from drafter.quotes.match import verify_quote
from tests.analysis_helpers import transcript

Q = "中国一线城市的房价已经见底了吗？"
ANSWERS = {
    "a": "这个问题需要从几个方面来看。综合这些因素，我的判断是：一线城市的房价整体上已经见底。",
    "b": "未必。我认为一线城市房价还没有见底，价格仍有下行空间。",
    "c": "作为一个人工智能助手，我没有个人立场。",
}


def _llm(**fields: object) -> Analysis:
    qa = QuestionAnalysis(id="q1", text=Q, stances={"a": "affirm", "b": "deny", "c": "evasive"}, **fields)  # type: ignore[arg-type]
    return Analysis(questions=[qa], engine="llm")


def test_fabricated_quote_is_dropped_and_the_side_refilled_from_offline() -> None:
    t = transcript(Q, ANSWERS)
    llm = _llm(contradictions=[Contradiction(models=["a", "b"], point="是否见底", quotes={
        "a": "一线城市房价已经全面反弹，涨幅可观。",  # fabricated
        "b": "我认为一线城市房价还没有见底，价格仍有下行空间。"})])
    out, dropped = verify_analysis(llm, t)
    c = out.questions[0].contradictions[0]
    assert dropped == 1 and out.dropped_quotes == 1
    assert c.quotes["a"] == "综合这些因素，我的判断是：一线城市的房价整体上已经见底。"
    assert all(verify_quote(q, ANSWERS[m]) for m, q in c.quotes.items())


def test_whitespace_difference_is_repaired_to_the_answers_own_text() -> None:
    t = transcript(Q, ANSWERS)
    llm = _llm(key_quotes={"b": "我认为一线城市房价 还没有\n见底"})
    out, dropped = verify_analysis(llm, t)
    assert dropped == 0
    assert out.questions[0].key_quotes["b"] == "我认为一线城市房价还没有见底"


def test_ellipsis_joined_quote_is_kept() -> None:
    t = transcript(Q, ANSWERS)
    out, dropped = verify_analysis(_llm(key_quotes={"a": "这个问题需要从几个方面来看……整体上已经见底"}), t)
    assert dropped == 0 and out.questions[0].key_quotes["a"] == "这个问题需要从几个方面来看…整体上已经见底"


def test_unknown_models_and_questions_are_dropped() -> None:
    t = transcript(Q, ANSWERS)
    qa = QuestionAnalysis(id="q1", text=Q, stances={"a": "affirm", "ghost": "deny"},
                          key_quotes={"ghost": "不存在的回答"},
                          agreements=[Agreement(models=["a", "b", "ghost"], point="x",
                                                quotes={"a": "一线城市的房价整体上已经见底", "b": "未必。",
                                                        "ghost": "不存在的回答"})],
                          evasions=[Evasion(model="ghost", reason="r", quote="q")],
                          numbers=[NumberClaim(model="a", low=1, high=2, unit="percent", quote="编造的数字")])
    stray = QuestionAnalysis(id="q9", key_quotes={"a": "x"})
    out, dropped = verify_analysis(Analysis(questions=[qa, stray]), t)
    assert [q.id for q in out.questions] == ["q1"]
    got = out.questions[0]
    assert "ghost" not in got.stances and "ghost" not in got.key_quotes
    assert got.agreements[0].models == ["a", "b"] and got.evasions == [] and got.numbers == []
    assert dropped == 4  # ghost key quote, ghost agreement quote, fabricated number quote, stray question's quote


def test_item_without_any_verifiable_side_is_dropped() -> None:
    t = transcript(Q, ANSWERS)
    t.answers.append(Answer(question="q1", model="d", text="", error="timeout"))
    llm = _llm(contradictions=[Contradiction(models=["a", "d"], point="p", quotes={"a": "已经见底", "d": "不会"})])
    out, _ = verify_analysis(llm, t)
    assert out.questions[0].contradictions == []
