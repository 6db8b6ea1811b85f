"""A Chinese numeral with a 万 section and more after it is one number: '一万五千元' is 15,000 yuan, not 一万 and
五千元 (the rules had read '大约在一万五千元上下' as about 5,000 yuan, and a clash against a 1–2万 estimate as none).

Found on md-tune58 (blind batch k115, first measured at 60f93dd before it was read); the sentences below are our own."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.numbers import figures
from tests.analysis_helpers import one


@pytest.mark.parametrize(("text", "low", "high"), [
    ("每年的日常维护费用大约在一万五千元上下。", 14250.0, 15750.0),
    ("两万五千人", 25000.0, 25000.0),
    ("一万两千元左右", 11400.0, 12600.0),
    ("一万元", 10000.0, 10000.0),
    ("一千二百万元", 12_000_000.0, 12_000_000.0),
    ("一万到两万元", 10000.0, 20000.0),
])
def test_a_wan_compound_is_one_number(text: str, low: float, high: float) -> None:
    found = figures(text)
    assert [(f.low, f.high) for f in found] == [(low, high)]


def test_a_wan_compound_answer_clashes_with_a_lower_estimate() -> None:
    qa = one("每口古井每年的日常维护费用大概需要多少钱？", {
        "a": "## 结论\n\n把人工算进去，每口井每年的日常维护费用大约在一万五千元上下。",
        "b": "## 结论\n\n每口井每年5000元左右就够了。",
    })
    assert {n.model: n.figure for n in qa.numbers}["a"] == "大约在一万五千元上下"
    assert [sorted(c.models) for c in qa.contradictions] == [["a", "b"]]
