"""A head count never states an amount of money: asked '票价定在多少元', an answer whose only figure is '本来坐两个人'
gives no price, so it is not stated as answering 2 and builds no clash (it had built three false ones in md-tune63).
A count still answers a count question, and a share may still stand in for a head count. The answers are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

PRICE_Q = "如果实行统一定价，一张观光小火车的票价定在多少元比较合理？"


def test_a_head_count_is_no_price() -> None:
    answers = {"a": "我的建议是每张票60元左右。",
               "b": "说到小火车，我总想起超载的问题：本来坐两个人的座位，塞进了三个大人一个孩子。安全比价格更要紧。"}
    q = one(PRICE_Q, answers)
    assert q.stances["b"] != "other" and not q.contradictions


def test_a_count_still_answers_a_count_question() -> None:
    q = one("每节车厢最多应该坐多少人？", {"a": "每节车厢最多坐二十个人。", "b": "我觉得三十人比较合适。"})
    assert {n.model for n in q.numbers} == {"a", "b"}
