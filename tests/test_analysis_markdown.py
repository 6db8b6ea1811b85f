"""Reading a Markdown answer's structure: prose spans with offsets into the original text, verdicts where people put
them, and quotes that are clean verbatim spans (no heading, no lead-in, no markup)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.analysis.engine.analyzer import analyze
from drafter.analysis.engine.sentences import split_sentences
from evals.scoring import all_quotes, has_markup, load_cases
from tests.analysis_helpers import one

MD_TUNE = Path(__file__).parent / "data" / "md-tune"

ZH_MD = """## 背景

美国的算力份额过去几年一直在上升。

1. **经济层面**：中国经济增速放缓。
2. **技术层面**：先进芯片受限。

| 年份 | 美/中比值 |
|---|---|
| 2019 | 约1.8倍 |

## 结论

**我的判断：会扩大。**
"""


def test_prose_spans_leave_out_headings_markers_and_table_bars() -> None:
    sents = split_sentences(ZH_MD)
    texts = [s.text for s in sents]
    assert "背景" not in texts and "结论" not in texts  # headings are no sentences
    assert "中国经济增速放缓。" in texts  # the list marker and the bold lead-in are cut off
    assert "约1.8倍" in texts and "2019" in texts  # each table cell on its own
    for s in sents:
        assert ZH_MD[s.start:s.end] == s.text  # offsets into the original text
        assert not has_markup(s.text) or "**" in s.text[1:-1]


def test_the_verdict_is_found_under_a_conclusion_heading_and_in_bold() -> None:
    sents = split_sentences(ZH_MD)
    verdict = [s.text for s in sents if s.verdict]
    assert verdict == ["我的判断：会扩大。"]


def test_a_bold_verdict_at_the_end_wins_over_arguments_listed_first() -> None:
    answer = ("## Perspectives\n\n- **Productivity:** Many teams report doing more at home.\n"
              "- **Culture:** Mentoring suffers when nobody is in the office.\n\n"
              "### Bottom line\n\nNo. Most firms should not go fully remote yet.\n")
    qa = one("Should most companies go fully remote?", {"m": answer}, "en")
    assert qa.stances["m"] == "deny"
    assert qa.key_quotes["m"] in ("No. Most firms should not go fully remote yet.",
                                  "Most firms should not go fully remote yet.")


@pytest.mark.parametrize("answer", [
    "**Short answer: No — not yet.** Offices still matter for training juniors.",
    "## Short answer\n\n**No — not yet.**\n\nOffices still matter for training juniors.",
])
def test_a_bold_no_is_read_as_no_and_quoted_without_markup(answer: str) -> None:
    qa = one("Should most companies go fully remote?", {"m": answer}, "en")
    assert qa.stances["m"] == "deny"
    assert not has_markup(qa.key_quotes["m"])
    assert qa.key_quotes["m"] in answer


def test_no_quote_on_markdown_heavy_answers_carries_markup_or_is_a_heading() -> None:
    cases = load_cases([MD_TUNE])
    assert cases
    for case in cases:
        analysis = analyze(case.transcript)
        for qa in analysis.questions:
            for model, quote in all_quotes(qa):
                answer = case.transcript.answer(qa.id, model)
                assert answer and quote in answer.text  # a verbatim slice
                assert not has_markup(quote), quote
                lines = {ln.strip() for ln in answer.text.splitlines() if ln.lstrip().startswith("#")}
                assert quote.strip() not in {ln.lstrip("# ").strip() for ln in lines}, quote
