"""A long answer whose other side weighs at least three quarters as much as the side that won is contested: its yes or
no is not stated as fact but sent to the author (`unclear`, with the half-read stance). A caveat that announces the view
to come (我不是专业人士，下面的看法基于公开讨论) is no dodge. 一部分合理，一部分不合理 and 'sometimes, not always' are
split; 'the question is not whether but how' settles whether."""

from __future__ import annotations

import pytest

from drafter.analysis.engine import stance_model
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import STATED, read_answer
from tests.analysis_helpers import stance

Q = "Should cities ban cars from their historic centres?"
BODY = ("Cars in old streets cause noise and pollution. Deliveries still need access. Residents worry about parking. "
        "Shops fear losing customers. Buses would run faster. Tourists would enjoy quieter streets. ")


def test_a_long_answer_with_a_strong_other_side_is_sent_to_the_author(monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules alone: a learned second reader that gives the same side would have it stated (test_stance_model.py)
    monkeypatch.setattr(stance_model, "asked", lambda text: False)
    contested = BODY + ("Some cities have tried it. Results vary.\n\n## My view\n\nOverall, I think a ban is a bad "
                        "idea for residents who depend on cars.\n\n## Bottom line\n\n**Yes: cities should ban cars "
                        "from their historic centres.**")
    reading = read_answer("m", contested, read_question("q", Q, "en"))
    assert reading.stance == "unclear" and reading.tentative == "affirm" and reading.confidence < STATED


def test_a_long_answer_whose_other_side_weighs_half_as_much_is_stated() -> None:
    # a view on the way, outweighed twice over by the bold bottom line and a plain yes: the bottom line stands
    answer = BODY + ("Some cities have tried it. Results vary.\n\n## My view\n\nI think a ban is a bad idea "
                     "for residents who depend on cars.\n\n## Bottom line\n\n**Yes: cities should ban cars from "
                     "their historic centres.** Yes, they should.")
    reading = read_answer("m", answer, read_question("q", Q, "en"))
    assert reading.stance == "affirm" and reading.confidence >= STATED


def test_a_long_answer_that_only_argues_one_way_is_stated() -> None:
    plain = BODY + ("Some cities have tried it. Results vary.\n\n## Bottom line\n\n**Yes: cities should ban cars "
                    "from their historic centres.** Yes, they should.")
    reading = read_answer("m", plain, read_question("q", Q, "en"))
    assert reading.stance == "affirm" and reading.confidence >= STATED


def test_a_caveat_that_announces_the_view_to_come_is_no_dodge() -> None:
    answer = ("先说明一下：我不是统计部门的专业人士，下面的看法基于公开讨论和一般统计原则，"
              "具体口径请以主管部门文件为准。\n\n## 几点背景\n\n- 灵活就业人数增长很快；\n- 统计口径各地不一。"
              "\n\n## 我的看法\n\n"
              "计入是站得住的。灵活就业是真实的就业形态。")
    assert stance("大学生灵活就业应该计入就业率统计吗？", answer) != "evasive"


def test_split_answers_and_whether_settled() -> None:
    assert stance("银发旅游的这些收费做法合理吗？", "## 结论\n\n一部分合理，一部分不合理。") == "mixed"
    assert stance("Do self-checkouts cut queues?", 'The honest answer is "sometimes, not always."', "en") == "mixed"
    answer = "## 结论\n\n把灵活就业纳入统计是对现实的承认，问题不在“该不该算”，而在“怎么算得真实”。"
    assert stance("大学生灵活就业应该计入就业率统计吗？", answer) == "affirm"
