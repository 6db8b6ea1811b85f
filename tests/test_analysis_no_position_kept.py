"""An answer that says it takes no position ("As an AI, I don't take positions on …", 作为AI助手，我不对…表达个人
立场) keeps its word unless a sentence of its own voice gives a side: a first-person view, a stance verb, an answer
word, or a sentence that turns from the disclaimer ("That said, the evidence points one way: …"). A side read only
from a closing remark by where it stands ("Ultimately, whether X is a decision for voters", 最终如何取舍，需要…共同
决定) is no position, and the answer is the dodge it announced, quoted by its own declaration.

Found on the Markdown batches k71 to k107 as first measured, before any round read them: such sides were wrong 8
times in 9, each batch read at the commit where it was first measured. The sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one, stance

EN_Q = "Should councils be required to keep public toilets open overnight in town centres?"
ZH_Q = "是否应该要求大型商场设置免费饮水点？"


def test_en_a_side_read_from_a_closing_remark_does_not_override_no_position() -> None:
    answer = ("As an AI, I don't take positions on local spending questions like this one; they turn on values "
              "that voters weigh differently.\n\n## The case for\n\n- Night-time visitors and shift workers need "
              "somewhere to go.\n- Street fouling costs councils money to clean.\n\n## The case against\n\n"
              "- Overnight opening needs staff or patrols.\n- Vandalism is more common after midnight.\n\n"
              "## Overall\n\nAny scheme should be designed with the people who use the town centre at night.")
    qa = one(EN_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "evasive"
    assert qa.key_quotes["m"].startswith("As an AI, I don't take positions")


def test_zh_a_side_read_from_a_closing_remark_does_not_override_no_position() -> None:
    answer = ("作为一个AI助手，我不对这类公共服务标准表达个人立场，下面把各方的看法整理出来。\n\n"
              "## 支持的理由\n\n1. 夏季高温时，免费饮水能减少中暑。\n2. 能减少一次性塑料瓶。\n\n"
              "## 担心的问题\n\n1. 设备维护和水质检测需要成本。\n2. 小型商场的空间有限。\n\n"
              "## 总结\n\n饮水点的设置应当兼顾安全与便利。")
    worth = answer[:answer.index("## 总结")] + "## 总结\n\n这些因素都值得在制定标准时认真考虑。"
    assert stance(ZH_Q, worth) == "evasive"
    qa = one(ZH_Q, {"m": answer})
    assert qa.stances["m"] == "evasive"
    assert qa.key_quotes["m"].startswith("作为一个AI助手")


def test_a_side_in_the_answers_own_voice_still_stands_after_the_disclaimer() -> None:
    turned = ("I don't hold personal opinions on municipal services. That said, when I weigh the evidence, it "
              "points fairly clearly one way: **a legal duty to keep central toilets open overnight is justified.**"
              "\n\n## Why\n\n- Shift workers and night-time visitors have nowhere else to go.\n\n## Conclusion\n\n"
              "A modest duty, with patrols funded by the night-time levy, is the right call.")
    assert stance(EN_Q, turned, "en") == "affirm"
    in_favour = ("I have no personal stake in this. Looking at who is affected, though, I come down clearly in "
                 "favour: councils should have to keep at least one central toilet open overnight.\n\n"
                 "## Who is affected\n\n- Shift workers.\n- Night-time visitors.\n- People with medical "
                 "conditions.\n\n## In summary\n\nIn short, councils should be required to keep one central "
                 "toilet open overnight; the cost is small beside the need.")
    assert stance(EN_Q, in_favour, "en") == "affirm"
    zh = ("需要先说明：我是AI助手，不代表任何机构的立场。\n\n## 分析\n\n饮水点成本不高，受益面广。\n\n"
          "## 结论\n\n我认为大型商场应当设置免费饮水点，并定期公示水质检测结果。")
    assert stance(ZH_Q, zh) == "affirm"
