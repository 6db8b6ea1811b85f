"""Two readings the rules held against a correct analyst, so that the analyst path sent a plain answer to the
author's to-check list (python -m evals.analyst_noise, the oracle's two second looks):

- a disclaimer about the speaker ("I'm not an education researcher", "我不是教育研究者") is a caveat, whatever
  profession it names; its "not" is no answer;
- to a question about banning an act, "别/不要 + the act" ("手机就别带进校门了") tells the act not to happen: the ban,
  backed. Not when what follows 别 is itself a ban or a curb ("别一刀切地禁止").

The English and Chinese sentences below are our own; the two answers that showed it are blind5's."""

from __future__ import annotations

from tests.analysis_helpers import stance

_EN_Q = "Should elementary schools get rid of homework?"
_ZH_Q = "中小学应该禁止学生把手机带进校园吗？"
_ZH_BAN_Q = "是否应该禁止在地铁车厢里外放视频？"


def test_a_disclaimer_naming_any_profession_is_no_answer() -> None:
    answer = ("I'm not a child-development researcher, and schools differ a lot, so take this as a general view. "
              "With that caveat: yes, I think primary schools should do away with homework.")
    assert stance(_EN_Q, answer, "en") == "affirm"


def test_a_disclaimer_opening_the_answer_is_not_its_first_word() -> None:
    answer = "I'm not a child psychologist. My view: primary schools should do away with homework."
    assert stance(_EN_Q, answer, "en") == "affirm"


def test_a_disclaimer_then_a_no_is_a_no() -> None:
    # guard: removing the disclaimer's negation must not remove the answer's
    answer = "I'm not an education economist. Still, no: scrapping homework altogether would go too far."
    assert stance(_EN_Q, answer, "en") == "deny"


def test_a_chinese_disclaimer_naming_a_profession_is_no_answer() -> None:
    # guard: the Chinese disclaimer list, widened the same way, keeps this reading
    answer = "我不是教育研究者，以下只是个人看法。我认为应该禁止，课堂秩序比什么都重要。"
    assert stance(_ZH_Q, answer, "zh") == "affirm"


def test_dont_bring_the_banned_thing_backs_the_ban() -> None:
    assert stance(_ZH_Q, "手机还是别带进学校了，真有急事打班主任电话就行。", "zh") == "affirm"


def test_dont_do_the_banned_act_backs_the_ban() -> None:
    assert stance(_ZH_BAN_Q, "大家最好别在车厢里外放视频，戴上耳机就解决了。", "zh") == "affirm"


def test_dont_ban_outright_is_not_backing_the_ban() -> None:
    # guard: what follows 别 is the ban itself
    assert stance(_ZH_Q, "别一刀切地禁止，学校统一保管就够了。", "zh") != "affirm"


def test_a_negated_dont_is_not_read_as_backing() -> None:
    # guard: '并不是说别带手机' denies the telling-off
    assert stance(_ZH_Q, "我并不是说别带手机。", "zh") != "affirm"
