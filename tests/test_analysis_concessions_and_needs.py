"""'我承认，X。但…' grants X and sets it aside: X is no position of the answer's; and '需要Y' where Y names nothing
the question asks about ('一项制度要长久有效，需要执行者真正认同') says what something else needs, not yes.

Found on md-tune72 (blind batch k147, first measured at 32a173b): an answer whose bold verdict was
'不应该对医护人员实行强制接种' was stated as a yes from those two sentences; the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.roles import position_parts
from drafter.analysis.engine.sentences import split_sentences
from drafter.analysis.engine.spans import span_polarity
from drafter.analysis.engine.terms import terms

Q = "是否应该强制要求中小学教师每年参加急救培训？"


def test_i_admit_then_but_is_a_concession() -> None:
    text = ("## 我的看法\n\n我承认，强制在提高参训率上见效最快。但一项制度要长久有效，还得看执行的人认不认同。"
            "**不应该对教师实行强制培训**。")
    sents = split_sentences(text)
    assert not [p for p in position_parts(sents, "zh") if p.sentence.text.startswith("我承认")]


def test_what_something_else_needs_is_no_yes() -> None:
    assert span_polarity("一项制度要长久有效，需要执行者真正认同。", "zh", terms(Q), Q, False) is None
    # guard: what the question proposes, said to be needed, is a yes
    said = span_polarity("需要强制培训。", "zh", terms(Q), Q, False)
    assert said is not None and said.label == "affirm"
