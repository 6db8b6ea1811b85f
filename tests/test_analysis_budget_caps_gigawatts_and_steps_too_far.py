"""Money caps and gigawatts asked for, a value trade-off left to others, and a step judged too big.

"What is the most public money it should commit?" asks for a sum; "How many gigawatts…?" asks for a figure in GW
("About 30 GW", "20–22 GW"). Chinese: an "as an AI" overview that ends "这一问题涉及……等多重价值，
不同社会、不同家庭可能作出不同的权衡" takes no side; "不宜简单回答“要”或“不要”" is a split verdict;
"方向值得肯定，但……这一步迈得过大" is a no.

Found on md-tune48 (blind batch k95); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, pairs, stance


def test_the_most_money_to_commit_asks_for_a_sum() -> None:
    question = "If the city does bid, what is the most public money it should be prepared to commit to the Games?"
    assert read_question("q2", question, "en").kind == "number"
    qa = one(question, {
        "a": "£2bn of public money, and not a penny more.",
        "b": "A maximum public commitment in the £5–6bn band is realistic about security costs.",
    }, "en")
    assert qa.kind == "number"
    assert pairs(qa.contradictions) == {frozenset("ab")}


def test_gigawatts_are_the_figure_a_gigawatt_question_asks_for() -> None:
    qa = one("How many gigawatts of solar power should the country aim to have installed by 2030?", {
        "a": "About 40 GW.",
        "b": "Realistically 25–28 GW, which would still be a 40–50% rise on today's fleet.",
        "c": "Roughly 40 gigawatts.",
    }, "en")
    assert {n.model: n.unit for n in qa.numbers} == {"a": "gw", "b": "gw", "c": "gw"}
    assert pairs(qa.contradictions) == {frozenset("ab"), frozenset("bc")}


def test_zh_a_value_trade_off_left_to_others_after_as_an_ai_is_a_dodge() -> None:
    answer = ("作为一个 AI 助手，我不对这类涉及价值取舍的公共政策问题表达个人立场。\n\n"
              "## 支持的观点\n\n- 设计容易让人停不下来；\n\n"
              "## 反对的观点\n\n- 统一时长难以兼顾不同年龄；\n\n## 小结\n\n"
              "这一问题涉及未成年人保护、家庭教育权、平台责任和个人隐私等多重价值，不同社会、不同家庭可能作出不同的权衡。")
    assert stance("是否应该通过立法限制未成年人每天玩网络游戏的时长？", answer) == "evasive"


def test_zh_no_simple_yes_or_no_to_want_or_not_is_mixed() -> None:
    assert stance("是否应该强制要求奶茶店标注每款饮品的咖啡因含量？",
                  "标注的方向没错，但逐款检测成本不低。\n\n## 结论\n\n"
                  "综合来看，我认为这个问题不宜简单回答“要”或“不要”。") == "mixed"


def test_zh_a_step_judged_too_big_is_a_no() -> None:
    assert stance("中小学研学旅行是否应该作为必修课程在全国全面推行？",
                  "研学有价值，各地条件差别也大。\n\n## 结论\n\n"
                  "研学旅行的方向值得肯定，但“全国必修”这一步迈得过大。") == "deny"
