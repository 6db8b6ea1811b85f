"""A verdict that sets both answers aside in so many words ('我很难给出一个干脆的“是”或“否”', "I can't honestly give
a straight yes or no") and then gives its halves is split: the halves' one side, read weakly from where they stand,
does not turn it into a yes or a half-read `unclear`. An evasion cue beside such words leaves the dodge to the cue
("As an AI, I don't take positions …"). Generalised from the Markdown tuning sets, where answers with such a
sentence are labelled mixed 145 times, evasive 19 and affirm twice; the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import stance

EN_Q = "Should councils charge residents for collecting bulky household waste?"
ZH_Q = "城市公园是否应该对外地游客收取门票？"
EN_BODY = ("## Arguments for\n\n- Charging covers the cost of a service only some residents use.\n\n"
           "## Arguments against\n\n- Fly-tipping may rise, and the clean-up is costly.\n\n## Where I land\n\n")
ZH_BODY = ("## 支持的理由\n\n- 热门公园的维护费用主要由本地财政承担。\n\n"
           "## 反对的理由\n\n- 公园是公共空间，按户籍区别对待有失公平。\n\n## 结论\n\n")


def test_zh_both_answers_set_aside_then_halves_is_split() -> None:
    for verdict in ("所以我很难给出一个干脆的“是”或“否”。在游客多的热门公园，我倾向于收取；"
                    "在社区公园，免费开放仍有它的道理。",
                    "坦白说，我在这个问题上没法给出一个统一的“应该”或“不应该”。"
                    "热门景区式的公园可以收，街边小公园不宜收。"):
        assert stance(ZH_Q, ZH_BODY + verdict) == "mixed", verdict


def test_en_both_answers_set_aside_then_halves_is_split() -> None:
    verdict = ("I can't honestly give a straight yes or no, because the answer turns on the area. In towns with good "
               "tips, a charge is fine.")
    assert stance(EN_Q, EN_BODY + verdict, "en") == "mixed"


def test_a_dodge_said_beside_such_words_stays_a_dodge() -> None:
    dodge = ("As an AI, I don't take positions on local politics. There are good arguments on both sides, and I can't "
             "give a clean yes or no.")
    assert stance(EN_Q, dodge, "en") == "evasive"
