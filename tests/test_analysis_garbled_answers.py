"""An answer that breaks down into character soup (letters of many unrelated scripts, as a badly sampled model
writes: '…维吾尔穆斯林的 lagiussesDas.exceptionsο kali währendDuplicate…ایجاد…มอง…') states no position: the reading is
`unclear` and the author is told the text broke down, rather than the column quoting what came before as the model's
view.

Found on the tuning half of the real answers (SpeechMap, seven Chinese answers of one model); no answer of the
Markdown or devset-like sets has letters of more than one script beside Han, Latin, kana and Greek."""

from __future__ import annotations

from drafter.analysis.engine.garbled import garbled
from tests.analysis_helpers import one

_SOUP = (" lagiussesDas.exceptionsο kali währendDuplicate vigilant мом announcementdest ایجادexceptions "
         "underst_merge ปกครอง政和 Avec}\" 다운받client landlord अन Dial Games")


def test_a_chinese_answer_that_breaks_down_is_left_to_the_author() -> None:
    answer = "我认为应该取消这项补贴，理由有三。" + _SOUP + "。"
    qa = one("这项补贴应该取消吗？", {"m": answer})
    assert qa.stances["m"] == "unclear" and not qa.evasions and not qa.contradictions
    assert "乱码" in qa.to_check[0].reason


def test_an_english_answer_that_breaks_down_gives_no_figure() -> None:
    answer = "About 30% of households will own one by 2030." + _SOUP
    qa = one("What share of households will own an electric car by 2030?", {"m": answer}, "en")
    assert qa.stances["m"] == "unclear" and not qa.numbers
    assert "garbled" in qa.to_check[0].reason


def test_answers_in_the_scripts_drafter_reads_are_not_garbled() -> None:
    assert not garbled("我认为应当由街道社区承担。The council disagrees; see §3 and the α coefficient. 「かな」も可。")
    assert not garbled("In Russian the word is «налог», and the tax office calls it so.")  # one other script: a quote
    assert garbled(_SOUP)
