"""A closing sentence that frames the question instead of answering it
("男性陪产假要不要延长，涉及家庭分工、企业负担、社保基金和人口政策之间的平衡",
"学生奶进校园是一项涉及营养健康、家庭权利…的综合性议题") restates the question's words and was read as a yes at
confidence 0.9, closing overviews that never landed. A verdict split by place
("放在有些地方是对的，放在另一些地方就未必合适") is mixed.

Found on md-tune42 (blind batch k83); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import stance


def test_a_question_said_to_involve_a_balance_is_no_yes() -> None:
    answer = ("支持者认为延长陪产假有利于分担育儿；持保留意见的人更关心成本。\n\n## 小结\n\n"
              "男性陪产假要不要延长，涉及家庭分工、企业负担和人口政策之间的平衡。")
    assert stance("是否应该延长男性陪产假？", answer) != "affirm"


def test_a_question_called_a_complex_issue_is_no_yes() -> None:
    answer = ("支持方强调其对儿童成长的积极作用，反对方则关注选择权和监管风险。\n\n## 结语\n\n"
              "学生奶进校园是一项涉及营养健康、家庭权利和财政投入的综合性议题。")
    assert stance("是否应该在中小学强制推广学生奶进校园？", answer) == "evasive"


def test_right_in_some_places_not_in_others_is_mixed() -> None:
    answer = "## 结论\n\n“全面推开”这四个字，放在有些地方是对的，放在另一些地方就未必合适。"
    assert stance("中小学暑期托管是否应该在全国全面推开？", answer) == "mixed"


def test_a_verdict_that_names_the_balance_it_struck_still_counts() -> None:
    # guard: a verdict in words is read whatever else the sentence says
    answer = "## 结论\n\n权衡之后，我认为应该延长男性陪产假。"
    assert stance("是否应该延长男性陪产假？", answer) == "affirm"
