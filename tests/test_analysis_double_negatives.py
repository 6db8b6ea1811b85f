"""Double negatives, split verdicts said as a refusal, and counts without counter words: 'I wouldn't say X is
unnecessary' and 不能说X不管用 say yes, 'X was wrong to…' says no, "I can't give a clean yes or no: I agree with the
goal and disagree with the design" is mixed rather than a refusal, 部分有效 is mixed, quoted options before 哪一项
are the options, and '104 matches' answers 'How many matches?'."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance


def test_denying_a_negative_says_yes() -> None:
    q = "Should AI companies need a licence to train on copyrighted books?"
    assert stance(q, "## My view\n\nI wouldn't say a licensing requirement is unnecessary — quite the opposite.",
                  "en") == "affirm"
    zh = "## 结论\n\n常有人说实名制挡不住黄牛，但**不能说强实名不管用——恰恰相反，它是最有效的一道闸门**。"
    assert stance("景区门票全面实名制，能有效遏制黄牛倒票吗？", zh) == "affirm"


def test_wrong_to_is_a_no() -> None:
    q = "Was the league right to expand the playoffs to 16 teams?"
    assert stance(q, "## Verdict\n\nIt made the season longer, not better, and the league was wrong to go to 16.",
                  "en") == "deny"


def test_a_split_verdict_said_as_cannot_give_a_yes_or_no_is_mixed_not_a_refusal() -> None:
    q = "Was the league right to expand the playoffs to 16 teams?"
    answer = ("## My overall take\n\nThe principle was right and the execution was flawed. I can't give a clean yes "
              "or no: I agree with the goal and disagree with the design, roughly in equal measure.")
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "mixed" and not qa.evasions


def test_partly_effective_is_mixed() -> None:
    assert stance("景区门票全面实名制，能有效遏制黄牛倒票吗？", "## 结论\n\n一句话：**“部分有效”**。") == "mixed"


def test_quoted_options_before_which_are_the_options() -> None:
    q = read_question("q", "治理共享单车乱停，在“电子围栏”“押金惩戒”“增加停车点”这三项中，哪一项最关键？", "zh")
    assert [o.text for o in q.options] == ["电子围栏", "押金惩戒", "增加停车点"]


def test_a_count_of_the_questions_own_noun_needs_no_counter_word() -> None:
    qa = one("How many matches will be played at the 2030 World Cup?",
             {"a": "The 2030 World Cup will have 104 matches.", "b": "I expect 80 matches in total."}, "en")
    assert {n.model: n.low for n in qa.numbers} == {"a": 104.0, "b": 80.0}
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab")}


@pytest.mark.parametrize(("answer", "expected"), [
    ("The engineering objections are overstated.", "affirm"),
    ("The countries that tried it show the feared price increases don't appear.", "affirm"),
    ("The fears are not unfounded.", "deny"),
])
def test_denying_the_case_against_a_proposal_is_a_yes(answer: str, expected: str) -> None:
    assert stance("Should the EU adopt a right to repair for phones?", answer, "en") == expected


def test_risks_overstated_still_answers_no_to_a_question_about_risk() -> None:
    assert stance("Is generative AI dangerous for elections?", "The risks are overstated.", "en") == "deny"


@pytest.mark.parametrize(("answer", "expected"), [
    ("总之瑕不掩瑜，这类措施利大于弊。", "affirm"),
    ("这些担忧被夸大了。", "affirm"),
    ("这些担忧并没有被夸大。", "deny"),
])
def test_zh_flaws_that_do_not_hide_the_merits_and_fears_overstated(answer: str, expected: str) -> None:
    assert stance("银行应该继续推行大额转账延时到账措施吗？", answer) == expected


def test_we_cannot_but_admit_is_a_frame_not_a_yes() -> None:
    answer = "我们不能不承认，它离当初设定的预期还差得很远。"
    assert stance("海绵城市建设达到预期效果了吗？", answer) != "affirm"


def test_no_risk_unmanageable_and_a_ban_that_would_waste_a_tool_say_yes() -> None:
    q = "Should judges be allowed to use generative AI tools to help draft their rulings?"
    answer = ("None of the risks above is unmanageable, and a blanket prohibition would waste a tool that could cut "
              "delays substantially.")
    assert stance(q, answer, "en") == "affirm"
    assert stance(q, "Letting judges use it would waste court time on checking its errors.", "en") == "deny"
