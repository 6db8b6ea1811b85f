"""Figures the rules used to miss: 'an eighth' is a share, 头/场/所 are counters and '2000头' is no year, a question
asking 多少头 asks for a count, and a figure set in bold inside a list item is the answer's own pick."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one


def test_an_eighth_is_a_share() -> None:
    [fig] = figures("Roughly an eighth of total sales, in my estimate.")
    assert fig.unit == "percent" and fig.low < 12.5 < fig.high


@pytest.mark.parametrize(("text", "low"), [("约1500头", 1425.0), ("共104场比赛", 104.0), ("3所学校", 3.0)])
def test_zh_counters(text: str, low: float) -> None:
    [fig] = figures(text)
    assert (fig.unit, fig.low) == ("count", low)


def test_a_count_of_two_thousand_is_no_year() -> None:
    found = figures("到2030年，长江江豚数量至少会达到2000头。")
    assert [(f.unit, f.low) for f in found] == [("year", 2030.0), ("count", 2000.0)]


def test_asking_how_many_head_asks_for_a_count() -> None:
    assert read_question("q", "你估计到2030年，长江江豚的种群数量大约会达到多少头？", "zh").unit == "count"


def test_a_bold_figure_in_a_list_item_is_the_answer() -> None:
    q = "到2030年，中国高铁营业里程大约会达到多少万公里？"
    tail = "\n\n## 不确定性\n\n- 中西部线路造价高；\n- 客流不足的线路可能放缓。"
    first = "按现有规划推算如下。\n\n## 推算\n\n- 2020年底约3.8万公里；\n- 换算下来，**大约是6.1万公里**。" + tail
    second = "按现有规划推算如下。\n\n## 推算\n\n- 2020年底约3.8万公里；\n- 换算下来，**大约是5万公里**。" + tail
    qa = one(q, {"a": first, "b": second})
    assert qa.stances == {"a": "other", "b": "other"}
    assert [sorted(c.models) for c in qa.contradictions] == [["a", "b"]]
