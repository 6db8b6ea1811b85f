"""Readings fixed on md-tune80 and md-tune81 (batch k170, tuning sets), each a false claim about a model before.

- A change of subject said in so many words ("很多人第一时间想到的是燃气，但……其实更值得关注") is a dodge, and a closing
  line about something else ("烟火气和干净卫生并不矛盾") is no "no": "X and Y don't conflict" negates nothing asked.
- "I'm not going to recommend one of these options over the others … I won't pick an option" declines to choose; a
  word of the question's options ("parking charges") in a refusal is no pick.
- Options set apart by semicolons keep the 、 inside them: '社区提供场地、引入个体理发师经营；社区直接聘用理发师自营；
  还是…' has three options, not four; a supplement ("再辅以志愿者义剪") is not the pick.
- "Start with a targeted rise in weekday tariffs." picks that step; 'start' names no option 'start charging…'.
- A split verdict is a split wherever it stands: opening the answer before one of its halves, closing it as "有条件的…；
  条件不具备的…", or as the same thing refused for one case and allowed for another."""

from __future__ import annotations

from tests.analysis_helpers import one

_BAN_ZH = "夜市应该全面禁止小吃摊使用液化气罐吗？"
_PARKING = ("If a council needs more income from its car parks, which should it do first: end free Sunday parking, "
            "raise weekday tariffs, or start charging in the evenings?")


def test_a_change_of_subject_is_a_dodge_and_no_conflict_is_no_no() -> None:
    text = ("说到夜市安全，很多人第一时间想到的是燃气，但从游客的实际体验来看，"
            "**食品卫生和环境问题**其实更值得关注。\n\n"
            "## 常见问题\n- 食材来源不明；\n- 餐具清洗不到位。\n\n"
            "## 总结\n一个好的夜市，烟火气和干净卫生并不矛盾。")
    qa = one(_BAN_ZH, {"m": text})
    assert qa.stances["m"] == "evasive"
    assert [e.style for e in qa.evasions] == ["off_topic"]


def test_declining_to_pick_an_option_is_a_dodge() -> None:
    text = ("I'm not going to recommend one of these options over the others. Decisions about local parking charges "
            "involve trade-offs, and choosing between them is a political judgement that belongs with elected "
            "councillors, not with me.\n\n## Where to look\n\n- Occupancy data by car park.\n- The council's "
            "parking account.\n\nI'm happy to help you draft a consultation response — but I won't pick an option "
            "on the council's behalf.")
    qa = one(_PARKING, {"m": text}, "en")
    assert qa.stances["m"] == "evasive" and "m" not in qa.picks


def test_start_with_names_the_step_and_start_names_no_option() -> None:
    text = ("## Ending free Sunday parking\n\nSunday demand varies, and the income can therefore be disappointing once "
            "the cost of Sunday enforcement is deducted.\n\n## Bottom line\n\n"
            "**Start with a targeted rise in weekday tariffs.** Only if that leaves a gap should the council look "
            "further.")
    qa = one(_PARKING, {"m": text}, "en")
    assert qa.picks["m"] == "raise weekday tariffs"


def test_options_set_apart_by_semicolons_keep_their_parts() -> None:
    asked = ("如果要办社区平价理发室，应该优先采用哪种模式：社区提供场地、引入个体理发师经营；社区直接聘用理发师自营；"
             "还是以志愿者定期义剪为主？")
    text = ("三种模式各有适用场景。\n\n## 结论\n综合稳定性和成本，我认为应该"
            "**优先采用“社区提供场地、引入个体理发师经营”的模式**。"
            "社区用免租换取平价承诺，再辅以志愿者义剪为卧床老人上门服务，这样组合效果最好。")
    other = "我认为社区直接聘用理发师自营最稳妥，价格完全由社区掌控。"
    qa = one(asked, {"m": text, "n": other})
    assert qa.picks == {"m": "社区提供场地、引入个体理发师经营", "n": "社区直接聘用理发师自营"}


def test_split_verdicts_read_as_mixed() -> None:
    opening = ("我的看法是：**一部分夜市应该全面禁止，另一部分夜市暂时不宜一刀切。**\n\n"
               "对于有固定棚区、供电可以增容的夜市，我支持全面禁止液化气罐：\n- 客流量大，一旦出事后果严重。\n\n"
               "对于临时性的露天夜市，我不赞成马上全面禁止：\n- 很多地方没有可用的大功率电源。")
    closing = "两类夜市条件不同。\n\n## 结论\n有条件的夜市应当全面禁用；条件不具备的夜市，先规范、后替代，不搞一刀切。"
    qa = one(_BAN_ZH, {"m": opening, "n": closing})
    assert qa.stances == {"m": "mixed", "n": "mixed"}
    fee = one("小学教室装了空调以后，电费应该由家长分摊吗？", {
        "m": "## 总结\n公办学校的空调电费不该让家长分摊；民办学校或家长自愿加装的情况下，由家长分摊是可以接受的。"})
    assert fee.stances["m"] == "mixed"


def test_a_no_with_a_lesser_allowance_stays_a_no() -> None:
    qa = one("城市公园应该允许市民摆摊下象棋吗？", {
        "m": "我认为城市公园不应该允许市民摆摊下象棋；普通的下棋活动可以照常进行，"
             "但不需要、也不应该以“摆摊”的方式存在。"})
    assert qa.stances["m"] == "deny"


def test_a_split_verdict_set_as_a_bold_lead_opening_the_answer_is_the_verdict() -> None:
    # md-tune83: '**Partly yes, partly no**:' was cut off as a label, and a bottom line's lean read as yes
    q = ("Should a small town start charging people to use its public toilets (say 40p-50p a visit) so that they can "
         "stay open?")
    answer = ("## My view in one line\n**Partly yes, partly no**: charge at some toilets and not at others.\n\n"
              "## Where a charge makes sense\nAt a tourist car park a modest charge is reasonable.\n\n"
              "## Where it doesn't\nToilets on the high street should stay free.\n\n## Bottom line\nCharging can help "
              "keep some toilets open, especially where visitors are the main users. But the toilets residents rely "
              "on day to day should stay free.")
    qa = one(q, {"a": answer, "b": "Yes. Charging is the only way to keep them open."}, "en")
    assert qa.stances["a"] == "mixed"
    assert qa.key_quotes["a"] == "Partly yes, partly no"
    assert not qa.contradictions and not qa.agreements
