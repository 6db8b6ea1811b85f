"""Where an answer lays out the possible answers it has not chosen yet, and where it names the one it chose.

- A heading over the possible answers ('三种答案各自的含义', '两种方案') is an overview, not the verdict heading:
  the sentences under it weigh each option, they do not pick one.
- '我的回答是否定的：…' and '我的回答是肯定的：…' name a no and a yes; a subject may stand between the marker and
  the modal ('我的结论是：老式照相馆应该申请…'), unless it opens a scope ('对于大城市，…').
- "Some squares should be relaid and some should be resurfaced" gives one verdict for some cases and another for the
  rest: split.
- '年限' is a time limit, not a count of years ('设定一个年限' holds no figure); 'a stretch of road' is no doubt.
Generalised from the Markdown tuning set md-tune59; the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.answer_words import declared_answer
from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.polarity import polarity
from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance

ZH_CHOICE = "社区修缮古井的费用该由谁出——居民自筹、街道补贴，还是文物部门专项资金？"
ZH_Q = "老城区的古井是否应该加装井盖封闭？"
EN_Q = "Should councils resurface historic cobbled squares with smooth paving?"


def test_a_heading_over_the_possible_answers_is_not_the_verdict() -> None:
    answer = ("## 三种答案各自的含义\n\n如果让居民自筹，古井就成了几户人家的私事，很难长期维持。"
              "居民自筹的钱，多半只够清淤，修不了井台。\n\n"
              "如果由文物部门专项资金出，审批流程长，小修小补等不起。\n\n"
              "## 我的答案\n\n费用应当由**街道补贴**。居民可以出力维护，文物部门负责技术指导。")
    q = one(ZH_CHOICE, {"m": answer})
    assert q.stances["m"] == "other"
    assert q.picks["m"] == "街道补贴"


def test_named_negative_and_positive_answers() -> None:
    assert declared_answer("思来想去，我的回答是否定的：古井不宜加盖封闭。", ZH_Q, "zh") == "deny"
    assert declared_answer("我的回答是肯定的：应该加装井盖。", ZH_Q, "zh") == "affirm"
    assert declared_answer("我的结论是：老城区的古井应该加装井盖。", ZH_Q, "zh") == "affirm"
    assert declared_answer("我的判断是：对于大城市应该加盖。", ZH_Q, "zh") is None
    body = "## 分析\n\n- 敞口古井有安全隐患。\n- 封闭后居民无法取水，古井也就失去了生命。\n\n## 结论\n\n"
    assert stance(ZH_Q, body + "我的回答是否定的：古井不宜加盖封闭，装护栏和警示牌就够了。") == "deny"


def test_some_one_way_and_some_the_other_is_split() -> None:
    verdict = "Some squares should be relaid in their original cobbles, and some should get a smooth strip."
    assert stance(EN_Q, "## Where I land\n\n" + verdict, "en") == "mixed"


def test_time_limit_and_stretch_of_road_are_not_figures_or_doubts() -> None:
    assert figures("我不建议自己设定一个年限来准备材料。") == []
    assert [f.unit for f in figures("至少要有三年的传承历史")] == ["years"]
    terms = read_question("q", EN_Q, "en").terms
    assert polarity("There's a stretch of the old road where you can still see the setts.", "en", terms, EN_Q) is None
    said = polarity("Saying the cobbles are safe for wheelchairs is a stretch.", "en", terms, EN_Q)
    assert said is not None and said.label == "deny"
