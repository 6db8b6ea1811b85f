"""Choice answers laid out as chat apps lay them out: a section per option, then a verdict. Fixed on md-tune82 and
md-tune83 (batch k171, tuning sets, choice-heavy), each a false pick or a false clash before.

- A section whose heading is just an option's name ('### Public-access defibrillator') makes that option's case: its
  opening sentence is not the answer's opening, and a mention there of another option ('## 建小公园 … 缺点：不能解决停车
  问题') is no vote. A heading that argues ('## Why families should pay') is the answer's side, and still counts.
- A verdict that fits an option to each case ('If the block is sound, keep it. If it needs a large repair …, a community
  scheme is the better bet.'; '…的，就建停车场；…的，就建小公园') picks none: it is a split, quoted as such.
- 'Both have value; which to choose depends on the village' (小公园和停车场都有其价值，具体选择哪一种，需要根据…)
  picks none.
- A question posed in the answer ('**哪个群体最缺空间**') names no pick.
- Option lists: a relative clause ('a community toilet scheme that pays shops …') does not make an option too long to be
  one, and 'larger projects' stays part of 'concentrate it on one or two larger projects'.
- Under a verdict heading, a paragraph that adds the parts up ('加起来，每年大约需要 1.8 万元') gives the figure,
  not the first part listed above it."""

from __future__ import annotations

from tests.analysis_helpers import one

_GRANTS = ("A parish council has a small grants budget this year. Which should it fund first - a public-access "
           "defibrillator, repairs to the children's play area, or a weekly youth club?")


def test_an_option_section_opening_is_not_the_answer_opening() -> None:
    text = ("## Looking at each option\n\n### Public-access defibrillator\nA defibrillator is valuable, and every "
            "parish should aim to have one. Charities often help fund them.\n\n### Weekly youth club\nYouth clubs need "
            "trained leaders as well as money.\n\n## Bottom line\n**Fund the play area repairs first.** Seek charity "
            "support for a defibrillator alongside it.")
    qa = one(_GRANTS, {"m": text}, "en")
    assert qa.picks["m"] == "repairs to the children's play area"


def test_a_verdict_per_case_is_a_split() -> None:
    asked = ("What is the better way to keep public toilets available in a small town - keep the council-run toilet "
             "block open, or switch to a community toilet scheme that pays shops and cafés to let the public use "
             "their toilets?")
    text = ("## The block\nThe block is open all hours.\n\n## Bottom line\nIf the block is sound, well placed and well "
            "used, keep it. If it needs a large repair and the town has enough cafés and shops with long hours, a "
            "community scheme is the better bet.")
    qa = one(asked, {"m": text, "n": "Keep the council-run block open: it is the only toilet open at night."}, "en")
    assert qa.stances["m"] == "mixed" and "m" not in qa.picks
    assert qa.picks["n"] == "keep the council-run toilet block open"
    village = one("村口有一块约两亩的闲置空地，你认为应该建成小公园，还是建成停车场？", {
        "m": "## 我的看法\n两种选择在不同的村子里都可能是对的。**日常停车缺口大、又已有活动场所的，就建停车场；"
             "停车只在节假日紧张、又缺少活动场地的，就建小公园。**",
        "n": "## 建小公园\n**缺点：**\n- 不能解决停车问题。\n\n## 总结\n小公园和停车场都有其价值，"
             "具体选择哪一种，需要根据村庄的实际情况，广泛听取村民意见。"})
    assert village.stances["m"] == "mixed" and "就建停车场；" in village.key_quotes["m"]
    assert "n" not in village.picks


def test_a_question_posed_names_no_pick() -> None:
    asked = ("随着生源减少，中小学出现的空置教室，应优先改作普惠托育（托管）场所、社区老年活动中心，"
             "还是留作学校自用的功能教室？")
    text = ("空置教室怎么用，背后其实是一个问题：**哪个群体最缺空间，而学校又最能帮得上忙**。\n\n"
            "## 我的判断\n我的判断是：空置教室应当优先改作普惠托育和课后托管场所。")
    qa = one(asked, {"m": text})
    assert qa.picks["m"] == "改作普惠托育（托管）场所"


def test_long_options_keep_their_words() -> None:
    asked = ("Should a parish council spread its grants budget across many small grants of a few hundred pounds "
             "each, or concentrate it on one or two larger projects?")
    qa = one(asked, {"m": "Concentrate it on one or two larger projects. A bigger grant can finish a real job."}, "en")
    assert qa.picks["m"] == "concentrate it on one or two larger projects"


def test_the_sum_under_a_verdict_heading_is_the_figure() -> None:
    asked = "一个服务三四千名居民、藏书约两千册的社区图书角，每年的日常运营经费大约需要多少钱？"
    text = ("## 我的估算\n1. **新书采购**：每年约 200 册，按平均 35 元一册，约 7000 元；\n"
            "2. **场地水电**：约 3000 元；\n"
            "3. **活动经费**：约 4000 元；\n4. **杂项**：约 4000 元。\n\n加起来，**每年大约需要 1.8 万元**。")
    qa = one(asked, {"m": text})
    assert [(n.low, n.high) for n in qa.numbers if n.model == "m"] == [(18000.0, 18000.0)]


def test_cases_with_arrows_are_a_split() -> None:
    """'面积够大、周边缺足球场 → 优先足球场；面积有限、或已有足球场 → 优先篮球场' (md-tune84): each case leads to its
    option; the option named inside the case ('已有足球场') is no pick."""
    asked = "街道利用一块闲置地新建运动场，应该优先建篮球场、足球场，还是多功能运动场地？"
    text = ("这个问题的答案取决于两个条件。\n\n## 结论\n- 面积够大、周边缺足球场 → 优先足球场；\n"
            "- 面积有限、或已有足球场 → 优先篮球场。\n\n不掌握这两个条件之前，我没办法说哪一个一定优先。")
    qa = one(asked, {"m": text})
    assert qa.stances["m"] == "mixed" and "m" not in qa.picks
    assert "→" in qa.key_quotes["m"]


def test_a_shared_job_is_a_split() -> None:
    """'Responsibility should be shared: the council for …; householders for …. Neither side should carry the whole
    job.' (md-tune85) picks neither option."""
    asked = ("Who should be responsible for clearing fallen leaves from residential pavements: the council or the "
             "householders who live along them?")
    text = ("## In summary\n\nResponsibility should be shared: the council for heavy leaf fall from its own trees, "
            "main routes and drains; householders for light leaf fall directly outside their homes. Neither side "
            "should carry the whole job.")
    qa = one(asked, {"m": text, "n": "The council. Pavements are public highway, and clearing them is its job."}, "en")
    assert qa.stances["m"] == "mixed" and "m" not in qa.picks and qa.picks["n"] == "the council"


def test_praise_then_a_reservation_about_the_same_option_is_no_vote_for_it() -> None:
    # md-tune85: "A destination playground is lovely, but it serves visitors more…" in the verdict outvoted the pick
    q = ("Should a small town spend its play budget on one big destination playground or on several small "
         "neighbourhood play areas?")
    answer = ("Several small neighbourhood play areas are the better use of the money for most small towns.\n\n"
              "## Bottom line\n\nSpend the money on a network of small, well-designed play areas close to where "
              "children live. A destination playground is lovely, but it serves visitors more than the town's own "
              "children.")
    qa = one(q, {"a": answer, "b": "One big destination playground: it is what draws families in."}, "en")
    assert qa.picks.get("a") == "on several small neighbourhood play areas"
    assert [sorted(c.models) for c in qa.contradictions] == [["a", "b"]]
