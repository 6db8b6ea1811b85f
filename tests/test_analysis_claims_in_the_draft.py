"""What a draft of a Markdown-heavy topic said wrongly, now read right: a table's column heads (支持方看法 | 反对方看法)
are not the quote of a both-sides dodge; a margin of error (误差可能有两三个百分点) is not the figure; 比例 and 占比 do
not compare; the key quote of a figure set in bold is the bold figure ('20%到30%之间', not the lead-in '我的判断是');
the check list says what the rules could not read, not what the model did; and no phrase says a quote was the
whole answer."""

from __future__ import annotations

from pathlib import Path

from drafter.analysis.engine.analyzer import to_check
from drafter.analysis.engine.numbers import figures, is_reference
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import Reading, read_answer
from tests.analysis_helpers import one

ROOT = Path(__file__).resolve().parents[1]
SHARE_Q = "到2030年，高校毕业生中以灵活就业方式就业的比例大约会达到多少？"


def test_a_tables_column_heads_are_not_the_quote_of_a_dodge() -> None:
    answer = ("这是一个有争议的问题，不同立场各有依据。下面把主要观点整理出来。\n\n## 各方关注的焦点\n\n"
              "| 关注点 | 支持方看法 | 反对方看法 |\n|---|---|---|\n| 数据完整性 | 计入才完整 | 混算反而失真 |\n\n"
              "## 小结\n\n这个问题的答案很大程度上取决于你更看重数据的覆盖面还是可比性。")
    qa = one("把灵活就业计入高校毕业生就业率统计，是否合理？", {"m": answer})
    assert qa.stances["m"] == "evasive"
    assert "看法" not in qa.evasions[0].quote.replace("不同立场各有依据", "")
    assert qa.evasions[0].quote in answer and "|" not in qa.evasions[0].quote


def test_a_margin_of_error_is_not_the_figure() -> None:
    text = "到2030年，这一比例大约在25%上下，误差可能有两三个百分点。"
    marked = {f.text: is_reference(text, f) for f in figures(text)}
    assert marked == {"2030": False, "大约在25%上下": False, "两三个百分点": True}
    assert [f.text for f in figures("give or take 3 points, about 25%") if not is_reference(
        "give or take 3 points, about 25%", f)] == ["about 25%"]


def test_a_share_is_no_comparison() -> None:
    for text in ("这一比例大约在25%上下", "占比约30%", "比重约为三成"):
        assert not any(is_reference(text, f) for f in figures(text))
    assert all(is_reference("比2020年的15%高出一截", f) for f in figures("比2020年的15%高出一截"))


def test_the_key_quote_of_a_bold_figure_is_the_figure() -> None:
    answer = "## 简短回答\n\n我的判断是**20%到30%之间**。\n\n## 依据\n\n- 目前约一成半；\n- 增速放缓。"
    reading = read_answer("m", answer, read_question("q2", SHARE_Q, "zh"))
    assert reading.key == "20%到30%之间"


def test_the_check_list_says_what_the_rules_could_not_read() -> None:
    unread = Reading("a", "unclear", "", tentative="talks_around")
    half_dodge = Reading("b", "unclear", "", tentative="redirect")
    zh = to_check([unread, half_dodge], {"a": "计入是站得住的", "b": "请以官方发布为准"}, "zh")
    assert zh[0].reason == "规则无法确定，请核对：读不出明确立场"
    assert zh[1].reason.startswith("规则无法确定，请核对：可能是回避") and zh[1].kind == "evasion"
    en = to_check([unread], {"a": "It depends."}, "en")
    assert en[0].reason == "the rules are not sure, please check: no readable position"


def test_no_dodge_phrase_claims_the_quote_was_the_whole_answer() -> None:
    for name in ("_base.zh.toml", "_base.en.toml"):
        text = (ROOT / "templates" / "columns" / name).read_text(encoding="utf-8")
        assert "全部回答" not in text and "That was all" not in text and "said no more" not in text
