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
    eligible = [m for m, s in qa.stances.items() if s not in ("evasive", "mixed")]
    listed = [frozenset(c.models) for c in qa.contradictions]
    listed += [frozenset(p) for a in qa.agreements for p in combinations(a.models, 2)]
    return len(listed) == len(set(listed)) and set(listed) == {frozenset(p) for p in combinations(eligible, 2)}


def test_llm_stance_wins_and_pairs_follow_the_final_stances() -> None:
    llm = Analysis(engine="llm", questions=[QuestionAnalysis(
        id="q1", text=T.questions[0].text, stances={"a": "deny", "b": "deny", "c": "deny"},
        contradictions=[Contradiction(models=["a", "b"], point="LLM says they clash", quotes={})])])
    merged = merge(llm, analyze(T))
    qa = merged.question("q1")
    assert merged.engine == "llm+offline" and qa is not None
    assert qa.stances["a"] == "deny" and qa.stances["b"] == "deny"  # the LLM's reading
    assert qa.stances["c"] == "evasive"  # offline refusal cue is trusted over the LLM
    assert [e.style for e in qa.evasions] == ["refusal"]
    assert "d" in qa.failed and "d" not in qa.stances
    assert qa.contradictions == [] and [a.models for a in qa.agreements] == [["a", "b"]]
    assert _pairs_rule_holds(qa)


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
