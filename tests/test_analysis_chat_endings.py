"""How long chat answers end and hedge, and what that says about the model: an offer to help further states no
position, 'no AI opinions' followed by both sides stays a dodge, 'Sure. But…' concedes, 'more likely X than Y'
weighs two cases, 与其X不如Y sets the proposal aside, advice about something else is no yes, a leading 'yes —'
decides its sentence, a split by region is mixed, and a number question whose measure only the answers say is
read in that measure."""

from __future__ import annotations

from tests.analysis_helpers import one, stance

DST_Q = "Should the United States make daylight saving time permanent?"
PARITY_Q = "Will a typical new electric car cost less upfront than a comparable gasoline car by 2028?"


def test_an_offer_to_help_further_states_no_position() -> None:
    answer = ("As an AI, I don't hold personal opinions on this, but here are the main considerations.\n\n"
              "- Later sunsets help retail.\n- Dark winter mornings hurt sleep.\n\n## Summary\n\n"
              "Reasonable people disagree about this issue.\n\n"
              "If you'd like, I can point you to recent polling on the question.")
    assert stance(DST_Q, answer, "en") == "evasive"
    zh = ("作为AI，我没有个人立场，可以介绍几方面的考虑。\n\n- 支持者看重傍晚日照。\n- 反对者担心冬季清晨太暗。\n\n"
          "如果你需要，我可以把各国的做法整理成表格。")
    assert stance("美国应该把夏令时永久化吗？", zh) == "evasive"


def test_sure_then_but_concedes_the_side_point() -> None:
    answer = ("## Verdict\n\nCould one or two small models reach parity by 2028? Sure. But for a typical new car, I "
              "wouldn't bet on it.")
    assert stance(PARITY_Q, answer, "en") == "deny"


def test_more_likely_x_than_y_is_not_read_as_yes() -> None:
    answer = ("## Bottom line\n\nParity is more likely to arrive around the end of the decade than in the next two "
              "years.")
    assert stance(PARITY_Q, answer, "en") != "affirm"


def test_a_partial_yes_and_a_partial_no_is_mixed() -> None:
    answer = "## In summary\n\nIt's a partial yes and a partial no: small cars get there, pickups do not."
    assert stance(PARITY_Q, answer, "en") == "mixed"


def test_setting_the_proposal_aside_for_something_else_is_a_no() -> None:
    q = "城市应该把共享单车的停放时长上限提高到两小时吗？"
    assert stance(q, "## 结论\n\n与其延长时长，不如多设停放点、加强调度。") == "deny"
    assert stance("Should the city raise the speed limit on ring roads?",
                  "## Verdict\n\nRather than raising the limit, the city should fix the junctions.", "en") == "deny"


def test_advice_about_something_else_is_no_yes() -> None:
    q = "每月发放500元租房补贴，能明显降低年轻人的离职率吗？"
    answer = "## 结论\n\n单靠补贴不太可能明显降低离职率。\n\n需要职业发展、住房和通勤一起改善。"
    assert stance(q, answer) == "deny"


def test_a_leading_yes_decides_its_sentence() -> None:
    assert stance("Should a ban also cover lunch breaks?", "Yes, I think it should cover the whole day. Rules that "
                  "change at the bell are hard to enforce.", "en") == "affirm"
    answer = ("## My view\n\nOn balance, I think yes — cities should do it, at least on the busiest corridors, so the "
              "change isn't experienced as a punishment.")
    assert stance("Should cities ban cars from their central shopping streets?", answer, "en") == "affirm"


def test_yes_in_some_regions_no_in_others_is_mixed() -> None:
    q = "全国高速公路最高限速应该提高到每小时130公里吗？"
    answer = "## 结论\n\n也就是说，这个上限在一部分地区应该提高，在另一部分地区不该动，关键在于因地制宜。"
    assert stance(q, answer) == "mixed"


def test_a_number_question_is_read_in_the_measure_most_answers_use() -> None:
    q = "By roughly how much have solar module prices fallen since 2010?"
    qa = one(q, {
        "a": "## Bottom line\n\nRoughly tenfold.",
        "b": "About twelvefold since 2010.",
        "c": ("## It depends on what you measure\n\nThere isn't one agreed number for this. In 2022, prices rose for "
              "the first time in over a decade. I'd recommend citing the latest edition of the industry survey."),
    }, "en")
    assert {n.model for n in qa.numbers} == {"a", "b"}
    assert qa.stances["c"] == "evasive"


def test_as_an_ai_with_a_space_before_ai_is_still_a_dodge() -> None:
    # zh-k145: '作为一个 AI 助手，我不对公共政策的取舍持个人立场。' (a space before AI, and 持 for 持有) was missed
    zh = ("作为一个 AI 助手，我不对这类政策取舍持个人立场。不过，我可以把主要考量梳理出来，供你参考。\n\n"
          "## 支持的观点\n- 傍晚日照更长，商家营业时间更有利；\n- 减少一年两次调表带来的混乱。\n\n"
          "## 反对的观点\n- 冬季清晨太暗，学生上学不安全；\n- 睡眠专家更倾向永久标准时。\n\n"
          "## 值得关注的变量\n各地纬度不同，影响也不一样。")
    assert stance("美国应该把夏令时永久化吗？", zh) == "evasive"
