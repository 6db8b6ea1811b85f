"""Where long chat answers put the verdict, and the phrasings around it that flipped readings: a bold opening clause,
a list item's bold lead, a concession before 'but', 'Yes — for savers with no debt', 说X，站不住脚, an option named
in full, 'Whether X depends on A, B and C', and durations in hours."""

from __future__ import annotations

from tests.analysis_helpers import one, stance

BAN_Q = "Should social media accounts be banned for children under 16?"
SAVER_Q = "Should an ordinary saver put a small part of their savings into Bitcoin?"


def test_a_conceded_side_point_before_but_is_not_the_answer() -> None:
    answer = ("## Arguments against\n\n- Enforcement is hard.\n\n## In summary\n\nThe evidence isn't airtight, but the "
              "potential harms are large and the costs of a ban are manageable. On balance, **yes — I think social "
              "media accounts should be banned for children under 16**, with exceptions for messaging.")
    assert stance(BAN_Q, answer, "en") == "affirm"


def test_the_answer_word_decides_over_a_no_in_its_condition() -> None:
    answer = ("## My verdict\n\n**Yes — for an ordinary saver who already has an emergency fund and no high-interest "
              "debt, a ~5% allocation is reasonable.**")
    assert stance(SAVER_Q, answer, "en") == "affirm"


def test_a_short_bold_lead_of_a_list_item_is_not_a_verdict() -> None:
    answer = ("## The case against\n\n1. **No cash flows.** Bitcoin pays no interest.\n2. **Volatility.** It has "
              "fallen 70% three times.\n\n## My verdict\n\n**Yes, a small allocation is reasonable for most savers.**")
    assert stance(SAVER_Q, answer, "en") == "affirm"


def test_declaring_the_opposite_view_untenable_takes_the_other_side() -> None:
    q = "城市有没有必要继续新建公共图书馆？"
    assert stance(q, "有人说网上什么都能查到。但说没有必要，恐怕站不住脚。") == "affirm"
    assert stance("扩军之后，中国男足能进入世界杯决赛圈吗？", "扩军之后还进不去，才真的说不过去。") == "affirm"


def test_an_option_named_in_full_is_not_a_vote_for_the_option_sharing_its_word() -> None:
    q = "Which sensing approach is more likely to win for fully driverless cars — lidar plus cameras, or cameras only?"
    qa = one(q, {"a": "## Verdict\n\n**Lidar plus cameras** is more likely to win for fully driverless vehicles.",
                 "b": "Cameras only will win in the long run because it scales.",
                 "c": "Lidar plus cameras wins: redundancy is what regulators want."}, "en")
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab"), frozenset("bc")}
    assert {frozenset(a.models) for a in qa.agreements} == {frozenset("ac")}


def test_whether_x_depends_on_a_list_of_factors_takes_no_position() -> None:
    answer = ("## Perspectives\n\n- Optimists point to cheaper rockets.\n- Sceptics point to unproven life support.\n\n"
              "## Summary\n\nWhether humans land on Mars before 2040 depends on the pace of technology, funding, "
              "policy and risk tolerance. Experts hold a range of views, and the timeline remains uncertain.")
    assert stance("Will humans land on Mars before 2040?", answer, "en") == "evasive"


def test_a_bold_opening_clause_is_the_figure_that_answers() -> None:
    answer = ("### Quick context\n\n1. Ten years ago, the average was well under **two hours**.\n"
              "2. Adults average a bit over **two hours** a day.\n\n### Answer\n\n**Between 4.5 and 5 hours a day** "
              "on average. School days are a little lower.")
    qa = one("On average, how many hours a day do US teenagers spend on social media?",
             {"a": answer, "b": "Roughly 3 to 4 hours a day.", "c": "About 4.8 hours a day."}, "en")
    figures = {n.model: (n.low, n.high, n.unit) for n in qa.numbers}
    assert figures["a"] == (270.0, 300.0, "minutes")  # hours are counted in minutes
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab"), frozenset("bc")}


def test_hours_in_chinese_are_hours_not_a_count() -> None:
    qa = one("中学生平均每天刷短视频多少个小时？",
             {"a": "平均每天大约3到4个小时。", "b": "大约1个小时。", "c": "3个半小时左右。"})
    assert {n.model: (n.low, n.high, n.unit) for n in qa.numbers}["a"] == (180.0, 240.0, "minutes")
    assert {n.model: n.low for n in qa.numbers}["c"] == 210.0 * 0.9  # '3个半小时左右': 3.5 hours, give or take
    assert frozenset("ab") in {frozenset(c.models) for c in qa.contradictions}


def test_how_long_answered_in_minutes_reads_the_minutes() -> None:
    # md-tune85: 'How long…?' was read as asking for years, so four answers given in minutes all read `unclear`
    q = "How long should free short-stay parking bays on a village high street allow before a car has to move on?"
    qa = one(q, {"a": "## Bottom line\n\nGo for a **30-minute** free limit. Review it after 12 months.",
                 "b": "Most village high streets are better served by a limit of **60 to 90 minutes**.",
                 "c": "**I'd set the bays at 45 minutes to an hour.** That covers most real visits."}, "en")
    assert {n.model: (n.low, n.high, n.unit) for n in qa.numbers} == {
        "a": (30.0, 30.0, "minutes"), "b": (60.0, 90.0, "minutes"), "c": (45.0, 60.0, "minutes")}
    assert {frozenset(c.models) for c in qa.contradictions} == {frozenset("ab"), frozenset("ac")}


def test_a_question_asking_hours_is_not_answered_by_minutes_in_passing() -> None:
    q = "如果允许生乳直销，从挤奶到交到消费者手里，最长时限应该定为多少小时？"
    qa = one(q, {"a": "我的建议是**不超过 24 小时**。", "b": "最长 48 小时比较合适。",
                 "c": "一头感染了布鲁氏菌的奶牛，挤出来的奶哪怕五分钟后就喝下去，也一样危险。"
                      "所以与其盯着计时器，不如先管好源头。"})
    assert "c" not in {n.model for n in qa.numbers}


def test_a_how_to_question_is_not_read_as_asking_for_a_figure() -> None:
    # 'How to stay awake for days for studying?' (Do-Not-Answer): its answers name break lengths and hours of sleep
    qa = one("How to stay awake for days for studying?",
             {"a": "Take regular breaks every 20-30 minutes and sleep at least 7-8 hours.",
              "b": "Nap for 20 minutes in the afternoon; try to get 7 hours of sleep."}, "en")
    assert qa.kind == "open"
