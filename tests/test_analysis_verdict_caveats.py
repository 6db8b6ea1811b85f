"""A caveat on the verdict just given is neither a second verdict nor the sentence to quote for the first:
"当然，这一判断仍需结合当地实际情况审慎评估" read as a yes (from its 需) and became the model's quote in the column,
in place of "**城市河道应当全面禁止野钓**". A disclaimer that the speaker lacks local knowledge
("先声明：我并不掌握您所在城市河道的具体情况") is no no.

"等条件成熟，再讨论也不迟" (not now) is unchanged: it still answers.

Found on md-tune41 (blind batch k81); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from tests.analysis_helpers import one, stance

_Q = "城市河道是否应该全面禁止野钓？"
_ANSWER = ("先声明：我并不掌握您所在城市河道的具体情况，以下观点仅供参考。\n\n## 结论\n\n"
           "我的看法是：**城市河道应当全面禁止野钓**，同时另辟合规的垂钓去处。当然，这一判断仍需结合当地实际情况审慎评估。")


def test_the_verdict_not_its_caveat_is_quoted() -> None:
    qa = one(_Q, {"m": _ANSWER})
    assert qa.stances["m"] == "affirm"
    assert "应当全面禁止野钓" in qa.key_quotes["m"]


def test_a_caveat_alone_is_no_verdict() -> None:
    reading = read_answer("m", "## 结论\n\n当然，这一判断仍需结合当地实际情况审慎评估。", read_question("q", _Q, "zh"))
    assert reading.stance != "affirm"


def test_not_knowing_the_asker_s_city_is_no_no() -> None:
    answer = "先声明：我并不掌握您所在城市河道的具体情况。\n\n城市河道应当全面禁止野钓。"
    assert stance(_Q, answer) == "affirm"


def test_later_when_ready_still_answers() -> None:
    # guard: a deferral to riper conditions is the answer 'not now'
    answer = "## 结论\n\n现在全面禁止为时过早。等条件成熟，再讨论全面禁钓也不迟。"
    assert stance(_Q, answer) == "deny"
