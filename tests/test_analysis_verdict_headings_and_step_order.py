"""Two ways chat-app answers state a pick that the rules missed.

A heading that states the verdict after its label ("## 我的建议：先做使用情况统计", "### My answer: the library") is the
answer's verdict in so many words; before, headings were only read as marking the lines under them. An essay's
section title ("## Conclusion: A Path Forward?") states nothing.

In a question about which step comes first, a sentence that puts both steps in order ("先统计，再投票。", "Survey the
site first, then hold the vote.") picks the first step; before, naming both options read as a weak vote for whichever
came first in the sentence, and a sentence about others' habits could outweigh it.

Found on md-tune78 (zh-k167-02-pingpang q2, delta), a tuning set."""

from __future__ import annotations

from tests.analysis_helpers import one

_ORDER_ZH = "改建之前，应该先组织居民投票，还是先做一段时间的场地使用情况统计？"
_COUNT_FIRST_ZH = (
    "## 我的建议：先做使用情况统计\n\n"
    "很多社区在改建公共设施时，习惯先开会、先投票，结果常常是投的时候很热闹，建好以后没人用。\n\n"
    "### 为什么\n\n"
    "- 投票时最积极的人，和每天傍晚来这块空地的人，往往不是同一批人。\n"
    "- 把数据公开之后再投票，居民的选择会更理性。\n\n"
    "## 一句话\n\n先统计，再投票。\n")
_VOTE_FIRST_ZH = "我的看法是应该先组织居民投票。程序正当，结果有民意基础，后期施工阻力小。"


def test_a_pick_stated_in_a_heading_and_a_step_order_are_read() -> None:
    qa = one(_ORDER_ZH, {"m": _COUNT_FIRST_ZH, "n": _VOTE_FIRST_ZH})
    assert qa.picks["m"] == "先做一段时间的场地使用情况统计"
    assert [c.models for c in qa.contradictions] == [["m", "n"]]
    quote = qa.key_quotes["m"]
    assert quote in _COUNT_FIRST_ZH and "习惯先开会" not in quote


def test_steps_put_in_order_pick_the_first() -> None:
    asked = "Should the council survey how the site is used first, or hold a residents' vote first?"
    survey = ("Both steps matter. A vote gives legitimacy and a survey gives evidence.\n\n"
              "**Survey the site first, then hold the vote.** A vote without data is a guess.")
    vote = "Hold the residents' vote. It is quicker and gives the plan legitimacy."
    qa = one(asked, {"m": survey, "n": vote}, "en")
    assert qa.picks["m"].startswith("survey") and qa.picks["n"].startswith("hold")


def test_an_essay_section_title_states_no_verdict() -> None:
    asked = "Which should the council fund first: the library or the swimming pool?"
    essay = ("## Conclusion: The Library Question\n\n"
             "Both the library and the swimming pool serve the town. Residents are divided, and the council will "
             "weigh them against its own budget.")
    qa = one(asked, {"m": essay}, "en")
    assert "m" not in qa.picks
