"""merge: the LLM's stances with offline evidence; pairs consistent with the final stances."""

from __future__ import annotations

from itertools import combinations

from drafter.analysis.engine.analyzer import analyze
from drafter.analysis.merge import merge
from drafter.analysis.schema import Agreement, Analysis, Contradiction, QuestionAnalysis
from drafter.inputs.transcript import Answer, Question, Transcript

T = Transcript(language="zh", questions=[
    Question(id="q1", text="中国一线城市的房价已经见底了吗？"),
    Question(id="q2", text="中国生产的光伏组件大约占全球总产量的多大比例？"),
], answers=[
    Answer(question="q1", model="a", text="已经见底了。成交明显回暖。"),
    Answer(question="q1", model="b", text="未必。我认为还没有见底。"),
    Answer(question="q1", model="c", text="抱歉，我无法就这个问题提供回答。"),
    Answer(question="q1", model="d", text="", error="timeout"),
    Answer(question="q2", model="a", text="八成以上。"),
    Answer(question="q2", model="b", text="大约六成左右。"),
    Answer(question="q2", model="c", text="大约是82%。"),
])


def _pairs_rule_holds(qa: QuestionAnalysis) -> bool:
    eligible = [m for m, s in qa.stances.items() if s not in ("evasive", "mixed", "unclear")]
    listed = [frozenset(c.models) for c in qa.contradictions]
    listed += [frozenset(p) for a in qa.agreements for p in combinations(a.models, 2)]
    return len(listed) == len(set(listed)) and set(listed) == {frozenset(p) for p in combinations(eligible, 2)}


def test_llm_stance_wins_and_pairs_follow_the_final_stances() -> None:
    llm = Analysis(engine="llm", questions=[QuestionAnalysis(
        id="q1", text=T.questions[0].text, stances={"a": "affirm", "b": "affirm", "c": "deny"},
        contradictions=[Contradiction(models=["a", "b"], point="LLM says they clash", quotes={})])])
    merged = merge(llm, analyze(T))
    qa = merged.question("q1")
    assert merged.engine == "llm+offline" and qa is not None
    assert qa.stances["a"] == "affirm"  # both readings agree
    assert qa.stances["c"] == "evasive"  # offline refusal cue is trusted over the LLM
    assert [e.style for e in qa.evasions] == ["refusal"]
    assert "d" in qa.failed and "d" not in qa.stances
    # b: the LLM read affirm, the rules read deny: not guessed, but left to the author
    assert qa.stances["b"] == "unclear" and qa.confidence["b"] < 0.5
    assert [(i.models, i.kind) for i in qa.to_check] == [(["b"], "stance")]
    assert qa.contradictions == [] and qa.agreements == []
    assert _pairs_rule_holds(qa)


def test_a_verdict_after_a_disclaimer_is_not_overridden_by_the_refusal_cue() -> None:
    answer = "抱歉，我无法预测未来。但从目前的趋势判断，会扩大。"
    t = Transcript(language="zh", questions=[Question(id="q1", text="美国在AI领域的优势会扩大吗？")], answers=[
        Answer(question="q1", model="a", text=answer),
        Answer(question="q1", model="b", text="不会扩大。差距会缩小。")])
    off = analyze(t)
    llm = Analysis(engine="llm", questions=[QuestionAnalysis(
        id="q1", text=t.questions[0].text, stances={"a": "affirm", "b": "deny"},
        key_quotes={"a": "但从目前的趋势判断，会扩大。", "b": "不会扩大。"})])
    qa = merge(llm, off, t).question("q1")
    assert qa is not None and qa.stances["a"] == "affirm" and qa.evasions == []
    assert [c.models for c in qa.contradictions] == [["a", "b"]]
    # without a verdict after the disclaimer, a sure refusal cue still wins
    bare = llm.model_copy(deep=True)
    bare.questions[0].key_quotes = {"b": "不会扩大。"}
    if any(e.model == "a" and e.style in ("refusal", "no_opinion", "redirect") for e in off.question("q1").evasions):
        assert merge(bare, off, t).question("q1").stances["a"] == "evasive"  # type: ignore[union-attr]


def test_a_low_confidence_reading_goes_to_check_not_to_the_column() -> None:
    llm = Analysis(engine="llm", questions=[QuestionAnalysis(
        id="q1", text=T.questions[0].text, stances={"a": "affirm", "b": "deny", "c": "evasive"},
        key_quotes={"a": "已经见底了。", "b": "我认为还没有见底。"}, confidence={"b": 0.45})])
    qa = merge(llm, analyze(T)).question("q1")
    assert qa is not None and qa.contradictions == []
    assert ("contradiction", ["a", "b"]) in [(i.kind, sorted(i.models)) for i in qa.to_check]
    assert _pairs_rule_holds(qa.model_copy(update={"stances": {"a": "affirm", "c": "evasive"}}))


def test_numeric_clashes_come_from_offline() -> None:
    llm = Analysis(engine="llm", questions=[QuestionAnalysis(
        id="q2", kind="number", stances={"a": "other", "b": "other", "c": "other"},
        agreements=[Agreement(models=["a", "b", "c"], point="all about the same", quotes={})])])
    qa = merge(llm, analyze(T)).question("q2")
    assert qa is not None and qa.kind == "number"
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab"), frozenset("bc")}
    assert [a.models for a in qa.agreements] == [["a", "c"]]
    assert {n.model for n in qa.numbers} == {"a", "b", "c"}
    assert _pairs_rule_holds(qa)


def test_question_only_one_side_analysed_is_kept() -> None:
    merged = merge(Analysis(engine="llm"), analyze(T))
    assert [q.id for q in merged.questions] == ["q1", "q2"]
    assert merged.question("q1") == analyze(T).question("q1")


def test_a_unanimous_jury_outweighs_the_rules_but_a_single_reading_does_not() -> None:
    stances = {"a": "affirm", "b": "affirm"}  # the rules read b as deny
    single = Analysis(engine="llm", questions=[QuestionAnalysis(id="q1", text=T.questions[0].text, stances=stances)])
    jury = Analysis(engine="llm", questions=[QuestionAnalysis(id="q1", text=T.questions[0].text, stances=stances,
                                                              confidence={"a": 0.9, "b": 0.9})])
    assert merge(single, analyze(T)).question("q1").stances["b"] == "unclear"  # type: ignore[union-attr]
    qa = merge(jury, analyze(T)).question("q1")
    assert qa is not None and qa.stances["b"] == "affirm" and [a.models for a in qa.agreements] == [["a", "b"]]
