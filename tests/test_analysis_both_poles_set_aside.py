"""A verdict that sets both answers aside in so many words is split, not a no: "说应该或者不应该都过于简单",
"我无法简单地站在支持或反对任何一方", "I'm not able to side fully with either camp", "There isn't a one-word answer",
"It would be misleading to answer with a plain yes or no". Its negation is of the answering, not of the proposal.

A refusal put the same way ("我无法替你给出“应该”或“不应该”的答案") still refuses, and a no said after it is still a
no. Generalised from the split verdicts of the Markdown tuning sets (every tuning answer these patterns match is
labelled mixed or evasive, none affirm or deny); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import stance

EN_Q = "Should councils be required to keep public toilets open overnight in town centres?"
ZH_Q = "是否应该要求大型商场设置免费饮水点？"
EN_HEAD = ("## Weighing it up\n\n- Night-time visitors and shift workers need somewhere to go.\n"
           "- Overnight opening needs staff or patrols.\n\n## My view\n\n")
ZH_HEAD = "## 分析\n\n1. 夏季高温时，免费饮水能减少中暑。\n2. 设备维护和水质检测需要成本。\n\n## 结论\n\n"


def test_zh_both_answers_set_aside_is_split() -> None:
    for verdict in ("简单地说“要”或者“不要”，都不够准确。", "说应该或者不应该都过于简单。",
                    "我无法简单地站在支持或反对任何一方。"):
        assert stance(ZH_Q, ZH_HEAD + verdict) == "mixed", verdict


def test_en_both_answers_set_aside_is_split() -> None:
    for verdict in ("I'm not able to side fully with either camp.", "There isn't a one-word answer to this.",
                    "It would be misleading to answer with a plain yes or no."):
        assert stance(EN_Q, EN_HEAD + verdict, "en") == "mixed", verdict


def test_a_no_and_a_refusal_said_near_such_words_keep_their_reading() -> None:
    assert stance(ZH_Q, ZH_HEAD + "我认为不应该强制要求，交给商场自愿更合适。") == "deny"
    assert stance(EN_Q, EN_HEAD + "No: there is no case for a blanket duty.", "en") == "deny"
    refusal = ("我无法替你给出“应该”或“不应该”的答案，建议结合本地实际情况和主管部门的正式文件进行判断。")
    assert stance(ZH_Q, refusal) == "evasive"
