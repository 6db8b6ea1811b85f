"""Months as durations, an "Overall" heading, verdicts split by case, a lean against, and questions left for later.

Figures: "4 to 8 months", "18个月" were no figures at all (a month is now a twelfth of a year, so "6 months" and "a
year" compare); "What is the longest scaffolding should be allowed to stay up…?" asks for a duration ("…, in weeks?"
still asks for days).

Positions: "## Overall" and "## On balance" head the verdict, as "## Bottom line" does; "In some regions and some
years, moving earlier would clearly be wise; in others, it would impose restrictions that aren't needed" and "I don't
think there's a single right answer here" are split verdicts, so a list lead-in such as "**Savings estimates vary.**"
no longer turns a hedged answer into a false dodge; "I'd lean against a fixed legal time limit" is a no;
"未来如果相关条件成熟，可以再做评估" leaves the question for later (it was a yes at confidence 0.9);
"一部分应该严格落实，另一部分现在还不宜强求" is partly yes, partly no.

Found on md-tune40 (blind batch k79)."""

from __future__ import annotations

from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, pairs, stance

_HOSE_Q = ("Should water companies be quicker to impose hosepipe bans in dry summers, rather than waiting until "
           "reservoirs are already running low?")
_SCAFFOLD_Q = ("What is the longest scaffolding should be allowed to stay up before the owner has to justify an "
               "extension?")
_NET_CAFE_Q = "网吧“一律不得接纳未成年人”的老规定是否应该放宽？"


def _years(text: str) -> list[tuple[float, float]]:
    return [(round(f.low, 2), round(f.high, 2)) for f in figures(text) if f.unit == "years"]


def test_months_are_a_duration() -> None:
    assert _years("4 to 8 months") == [(0.33, 0.67)]
    assert _years("18个月") == [(1.5, 1.5)]
    assert _years("六个月") == [(0.5, 0.5)]


def test_a_counter_before_a_month_word_is_no_head_count() -> None:
    # guard: '5个人' is still five people
    assert [f.unit for f in figures("5个人")] == ["count"]


def test_six_months_and_two_years_clash() -> None:
    qa = one(_SCAFFOLD_Q, {"a": "About 6 months is long enough for almost any job.",
                           "b": "Two years: big refurbishments need it."}, "en")
    assert pairs(qa.contradictions) == {frozenset(("a", "b"))}


def test_the_longest_something_should_stay_up_asks_for_a_duration() -> None:
    q = read_question("q", _SCAFFOLD_Q, "en")
    assert (q.kind, q.unit) == ("number", "years")


def test_the_longest_wait_in_weeks_still_asks_for_days() -> None:
    # guard: the unit named at the end decides
    q = read_question("q", "What is the longest a patient should wait for a first check-up, in weeks?", "en")
    assert q.unit == "days"


def test_an_overall_heading_heads_the_verdict() -> None:
    answer = ("## Where earlier action makes sense\n\n- **Groundwater regions** recover slowly.\n\n"
              "## Some uncertainties\n\n1. **Savings estimates vary.** Figures range widely.\n\n"
              "## Overall\n\nI don't think there's a single right answer here. In some regions and some years, moving "
              "earlier would clearly be wise; in others, it would impose restrictions that aren't needed. It depends "
              "on the system, the season and the state of the aquifers.")
    assert stance(_HOSE_Q, answer, "en") == "mixed"


def test_in_some_cases_yes_in_others_no_is_mixed() -> None:
    answer = "In some regions, an earlier ban would clearly be wise; in others, it would be needless."
    assert stance(_HOSE_Q, answer, "en") == "mixed"


def test_leaning_against_the_proposal_is_a_no() -> None:
    answer = "## On balance\n\nI'd lean against a fixed legal time limit. Better enforcement would do more."
    assert stance("Should there be a legal time limit on how long scaffolding can stay up?", answer, "en") == "deny"


def test_leaving_the_question_for_later_is_no_yes() -> None:
    answer = "## 结论\n\n未来如果相关条件成熟，可以再做评估。"
    assert stance(_NET_CAFE_Q, answer) != "affirm"


def test_a_no_now_and_a_review_later_is_a_no() -> None:
    answer = "现阶段不宜放宽这项规定，应当继续严格执行。未来如果相关条件成熟，可以再做评估。"
    assert stance(_NET_CAFE_Q, answer) == "deny"


def test_part_should_and_part_should_not_is_mixed() -> None:
    answer = "**一部分应该严格落实，另一部分现在还不宜强求**，具体节奏由各地逐步推进。"
    assert stance("中小学教师的双休日是否应该被严格落实？", answer) == "mixed"
