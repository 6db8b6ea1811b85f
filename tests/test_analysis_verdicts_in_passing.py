"""Verdicts said in passing that the rules used to misread: a concern 'in particular … overstated' across its
commas, drawbacks 'real but manageable', 'hard not to conclude', 'inclined to say no', 'shouldn't be prevented
from', 'would impose serious costs', 'more problems than it solves', a blanket yes or a blanket no both rejected,
不改变“X”这个判断; and a count asked with the counted thing before 多少 ('就餐人次大约要达到多少')."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import stance

CHARGE = "Should large cities introduce congestion charging for private cars entering their central areas?"
WOLF = "Should farmers be allowed to shoot a wolf that is attacking their livestock?"


@pytest.mark.parametrize(("question", "answer", "expected"), [
    (CHARGE, "The retail concern, in particular, tends to be overstated.", "affirm"),
    (CHARGE, "The drawbacks are real but manageable.", "affirm"),
    ("Should the US force a sale of TikTok?",
     "It's hard not to conclude that requiring a sale, with a ban as the fallback, is justified.", "affirm"),
    (WOLF, "I'm inclined to say no.", "deny"),
    (WOLF, "A farmer facing a wolf that is attacking their animals shouldn't be prevented from shooting it.", "affirm"),
    (WOLF, "A general right for individuals to shoot seems likely to cause more problems than it solves.", "deny"),
    ("Should wolves be reintroduced to the Scottish Highlands?",
     "Reintroducing wolves today would impose serious costs on a fragile farming sector.", "deny"),
    ("Should employers be allowed to use AI to screen job applicants?",
     "A blanket yes or a blanket no would both get a large share of cases wrong.", "mixed"),
])
def test_verdicts_said_in_passing(question: str, answer: str, expected: str) -> None:
    assert stance(question, answer, "en") == expected


@pytest.mark.parametrize(("answer", "expected"), [
    ("## 结论\n\n对证据不足的项目暂缓，并不改变“应该扩大纳入”这个整体判断。", "affirm"),
    ("## 结论\n\n个别项目效果不错，也不改变“不宜扩大纳入”这个基本判断。", "deny"),
])
def test_the_verdict_quoted_as_the_one_that_stands(answer: str, expected: str) -> None:
    assert stance("应该把针灸、推拿等更多中医适宜技术纳入基本医保报销范围吗？", answer) == expected


def test_the_counted_thing_named_before_how_many_is_a_count() -> None:
    q = "一家中等规模的社区食堂（不计场地租金），日均就餐人次大约要达到多少才能基本实现收支平衡？"
    assert read_question("q", q, "zh").unit == "count"


def test_holding_up_is_a_yes() -> None:
    q = "高校毕业生“慢就业”，总体上算是一种合理的选择吗？"
    assert stance(q, "## 结论\n\n我认为慢就业是一种说得通的选择。") == "affirm"
    assert stance(q, "## 结论\n\n它总体上是正当的。") == "affirm"
    assert stance(q, "## 结论\n\n这种做法说不通。") != "affirm"


def test_i_support_it_said_in_so_many_words_is_stated_in_a_long_answer() -> None:
    q = "中小学应该在全国范围内推广设立春假和秋假吗？"
    answer = ("我支持在全国推广春秋假，这件事值得做，而且宜早不宜迟。\n\n## 理由\n\n- 一个学期连续上课将近二十周；\n"
              "- 春秋两季气候宜人；\n- 家庭可以错峰出行；\n- 不增加总假期。\n\n## 配套\n\n- 学校提供托管；\n"
              "- 具体时间由各省确定，不必全国同一天放假；\n- 提供研学资源清单。")
    assert stance(q, answer) == "affirm"


def test_the_proposal_set_aside_after_er_bu_shi_is_a_no() -> None:
    q = "应该通过法规强制要求常用App都提供适老化的“长辈模式”吗？"
    answer = ("## 我的看法\n\n长辈模式确实有用，很多老人受益。\n\n## 结论\n\n适老化要推，但应该靠引导和兜底，"
              "而不是靠法规一纸令下。")
    assert stance(q, answer) == "deny"


def test_both_sides_right_about_different_things_is_split_not_a_dodge() -> None:
    q = "Should alcohol be sold in plain packaging?"
    assert stance(q, "## Verdict\n\nBecause both sides are right about different things.", "en") == "mixed"
