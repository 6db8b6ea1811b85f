"""An answer that says it will start somewhere else ('Before getting into the timing, I think it's worth stepping
back', 'Rather than starting from who pays, I'd start from…', '真正更值得聊的，也许是另一样东西', '比起“谁来管”，更
值得先想清楚的是“管什么”') and never comes back to the question dodged it; it picks none of the options it names on
the way.

Found on md-tune40, md-tune48, md-tune68 and md-tune70, where such answers were stated at 0.9 as picking an option;
the answers below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

EN_Q = "Who should pay for the new allotment water taps: the council, the allotment society, or the plot holders?"
ZH_Q = "社区菜园的浇水费用应该由谁来出：居委会、菜园协会还是种菜的居民？"
BEE_Q = "Who should look after the park's hives: the council, a contracted beekeeper, or community volunteer groups?"


def test_stepping_back_before_the_question_is_a_dodge() -> None:
    answer = ("Before getting into who pays for the taps, I think it's worth stepping back, because in my experience "
              "money is rarely what decides whether an allotment site thrives.\n\n## What matters more\n\n"
              "- Volunteers who turn up.\n- A waiting list that moves.\n- Plots that the council keeps in good order.")
    assert one(EN_Q, {"m": answer}, "en").stances["m"] == "evasive"


def test_starting_from_something_else_is_a_dodge() -> None:
    answer = ("Rather than starting from who pays, I'd start from how much water the site uses and where it leaks.\n\n"
              "Many sites lose a third of their water to old pipes; the plot holders notice first.")
    assert one(EN_Q, {"m": answer}, "en").stances["m"] == "evasive"


def test_what_is_really_worth_talking_about_is_a_dodge() -> None:
    answer = ("说到菜园浇水，我总觉得大家把目光过多地放在了钱上，而真正更值得聊的，也许是另一样东西：水从哪里来。\n\n"
              "很多社区菜园用的是自来水，其实完全可以收集雨水；居委会如果能帮忙装几个雨水桶，问题就小了一半。")
    assert one(ZH_Q, {"m": answer}).stances["m"] == "evasive"


def test_a_perhaps_about_a_fact_is_no_hedged_answer() -> None:
    # md-tune71: '…is down to perhaps ten individuals' in the body was the whole ground for a 'mixed' stated at 0.7
    q = "Should zoos be banned from keeping elephants?"
    answer = ("Most of the public conversation about elephants centres on the few hundred in zoos, when the forces "
              "that decide whether they survive are out in the wild.\n\n## The animals most people never see\n\n"
              "The Sumatran elephant is down to perhaps two thousand animals. Habitat loss is the main threat.\n\n"
              "## What actually helps\n\n- Buy certified palm oil.\n- Support protected corridors.")
    assert one(q, {"m": answer}, "en").stances["m"] != "mixed"
    # guard: a toss-up said in the body is still a split
    split = "## Thoughts\n\nThe evidence cuts both ways. Honestly, it could go either way."
    assert one(q, {"m": split}, "en").stances["m"] == "mixed"


def test_communication_does_not_name_a_community_group() -> None:
    # md-tune73: 'Successful grazing depends far more on … good communication than on any single organisational
    # model' was read as picking 'community volunteer groups' ('commu…'), making three false clashes
    q = BEE_Q
    answer = ("## In summary\n\nHealthy hives depend far more on careful siting, training and good "
              "communication than on any single organisational model.")
    assert one(q, {"m": answer}, "en").stances["m"] != "other"


def test_too_early_in_the_process_puts_the_question_off() -> None:
    q = BEE_Q
    answer = ("This is an interesting question, but I think it comes slightly too early in the process. Before "
              "deciding who should look after any hives, a city needs to know whether a site suits bees at all.\n\n"
              "## Site suitability\n\n- Shelter from wind.\n- Distance from play areas.")
    assert one(q, {"m": answer}, "en").stances["m"] == "evasive"
