"""Bad input in answers: only markup, only a table, only code, HTML, 50 KB, mixed zh/en. Each gets a sensible reading
or `unclear`, never a traceback, and every quote stays a verbatim, markup-free slice."""

from __future__ import annotations

import pytest

from drafter.analysis.schema import QuestionAnalysis
from evals.scoring import all_quotes, has_markup
from tests.analysis_helpers import one

EN_Q = "Should cities ban cars from their centres?"
ZH_Q = "城市中心应该禁止私家车进入吗？"


def _check(qa: QuestionAnalysis, answers: dict[str, str]) -> None:
    for model, quote in all_quotes(qa):
        assert quote in answers[model]
        assert not has_markup(quote), quote
    assert set(qa.stances) | set(qa.failed) == set(answers)


@pytest.mark.parametrize("answer", [
    "## \n\n---\n\n**\n\n- \n- \n\n> ",
    "| a | b |\n|---|---|\n| | |",
    "```python\nprint('yes')\n```",
    "<div><p>Yes, they should.</p><script>alert(1)</script></div>",
    "<br><br><hr>",
    "**",
    "# Yes",
])
def test_answers_that_are_only_markup_code_or_html_read_as_unclear_or_a_position(answer: str) -> None:
    qa = one(EN_Q, {"m": answer, "n": "Yes. Car-free centres are safer."}, "en")
    _check(qa, {"m": answer, "n": "Yes. Car-free centres are safer."})
    assert qa.stances.get("m", "unclear") in ("unclear", "affirm", "deny", "evasive", "mixed")
    assert all("m" not in e.model for e in qa.evasions) or qa.stances["m"] == "evasive"


def test_a_table_only_answer_gives_its_figure() -> None:
    answer = "| 指标 | 预测 |\n|---|---|\n| 美/中算力比 | 10到20倍 |"
    qa = one("美国的AI算力大约是中国的多少倍？", {"m": answer})
    _check(qa, {"m": answer})
    assert [(n.low, n.high, n.unit) for n in qa.numbers] == [(10, 20, "multiple")]


def test_a_50_kb_answer_is_read_and_quoted() -> None:
    filler = "Traffic studies from many cities describe how people move around. " * 800
    answer = ("**No.** Banning cars would hurt shops.\n\n" + filler
              + "\n\n## Bottom line\n\nNo, cities should not ban cars.")
    assert len(answer) > 50_000
    qa = one(EN_Q, {"m": answer}, "en")
    _check(qa, {"m": answer})
    assert qa.stances["m"] == "deny"


def test_mixed_chinese_and_english_answers_are_read() -> None:
    answers = {"zh": "我认为应该。Car-free zones 在欧洲效果很好，空气质量明显改善。",
               "en": "I think they should not. 商户会受影响 and deliveries get harder."}
    qa = one(ZH_Q, answers)
    _check(qa, answers)
    assert qa.stances["zh"] == "affirm"
    assert qa.stances["en"] in ("deny", "unclear")


def test_html_inside_an_answer_is_never_quoted_as_markup() -> None:
    answer = "Yes, they should.<br>\n<table><tr><td>50%</td></tr></table>\n\nCleaner air is worth it."
    qa = one(EN_Q, {"m": answer}, "en")
    _check(qa, {"m": answer})
    assert qa.stances["m"] == "affirm"
    assert "<" not in qa.key_quotes["m"]
