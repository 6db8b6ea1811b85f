"""Pointers elsewhere, verdicts split by group, closing toss-ups, and questions that ask for a price or a change.

Dodges: "如果您希望进一步了解，可以参考…报告" and "最终要以当地主管部门出台的正式政策为准" point elsewhere;
"我没办法替您给出一个适用于所有地方的答案" declines; "不同城市的条件差异很大" and "需要结合本地实际情况"
hand the answer to local conditions; "I'd rather not suggest a specific fee here" gives no figure.

Positions: "So my view is genuinely split: partly yes, partly no" closing the verdict is mixed, whatever was read
before it; "对于连锁门店，…是合理的；但对于小微商户，…不现实" splits the verdict by group even in one sentence, unless
the sentence opens on its own answer; a group the question itself is about (县城) splits nothing; "很难用一个'是'或
'否'打发" is mixed; "当有人说'应该放开'时，我完全理解…" reports others' words; "城市提出开放要求是合理的" judges the
named proposal sound ("这种担心是合理的" names none).

Picks: "I'd be more hesitant about relying on switch-off" sets that option aside.

Questions: "what should a 12-month licence cost the performer?" asks for money; "招生规模应该在现有基础上增加多少"
asks for a share, not an amount of money.

Found on md-tune38 (blind batch k75)."""

from __future__ import annotations

from drafter.analysis.engine.evasion import evasion_cues
from drafter.analysis.engine.mentions import _set_aside
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.sentences import split_sentences
from tests.analysis_helpers import stance


def _styles(text: str, lang: str) -> set[str]:
    return {c.style for c in evasion_cues(split_sentences(text), lang)}


def test_a_pointer_for_readers_who_want_more_is_a_redirect() -> None:
    assert "redirect" in _styles("如果你想进一步了解，不妨查阅市场监管部门每季度发布的价格报告。", "zh")


def test_deferring_to_a_policy_yet_to_be_issued_is_a_redirect() -> None:
    assert "redirect" in _styles("这笔钱由谁出，最终还是要以当地出台的正式办法为准。", "zh")


def test_declining_to_give_the_asker_an_answer_is_a_refusal() -> None:
    assert "refusal" in _styles("各地情况差别很大，我没办法为你给出一个统一的答案。", "zh")


def test_conditions_that_differ_by_city_is_a_both_sides_cue() -> None:
    assert "both_sides" in _styles("不同城市的情况差异很大，各方诉求也不一样。", "zh")
    assert "both_sides" in _styles("最终需要结合本地实际情况审慎决定。", "zh")


def test_rather_not_suggesting_a_fee_is_a_dodge_of_the_figure() -> None:
    q = "If a town does charge for beach-hut permits, what should a year's permit cost?"
    answer = ("## Why I won't name a number\n\nI'd rather not suggest a particular fee, because the legal powers "
              "differ from place to place.\n\nThe council's own licensing pages are the place to check.")
    assert read_question("q2", q, "en").kind == "number"
    assert stance(q, answer, "en") == "evasive"


def test_what_something_should_cost_asks_for_money() -> None:
    question = "If a city does license buskers, what should a 12-month licence cost the performer?"
    info = read_question("q2", question, "en")
    assert (info.kind, info.unit) == ("number", "money")


def test_how_much_a_scale_should_grow_asks_for_a_share() -> None:
    assert read_question("q2", "未来五年，公办托育机构的招生规模应该在现有基础上增加多少？", "zh").unit == "percent"


def test_how_many_more_people_still_asks_for_a_count() -> None:
    # guard: a counted thing after 多少 keeps its unit
    assert read_question("q2", "未来五年，公办托育机构应该增加多少名保育员？", "zh").unit != "percent"


def test_a_closing_toss_up_after_a_yes_is_mixed() -> None:
    q = "Should councils require a licence for street stalls in the city centre?"
    answer = ("Licensing can work. I think licensing is the right choice for the busiest centres.\n\n## In summary\n\n"
              "Licensing can be the right choice in the busiest centres, and it is the same in most big cities. "
              "So my view is genuinely split: partly yes, partly no, depending on the place.")
    assert stance(q, answer, "en") == "mixed"


_TOILETS = "城市是否应该要求沿街商铺的厕所向公众开放？"


def test_a_verdict_split_by_group_in_one_sentence_is_mixed() -> None:
    answer = ("## 结论\n\n对于有独立卫生间的连锁门店，城市提出开放要求是合理的；但对于只有一个蹲位的小微商户，"
              "强制开放既不现实也不公平。")
    assert stance(_TOILETS, answer, "zh") == "mixed"


def test_a_split_sentence_that_opens_on_its_answer_is_still_that_answer() -> None:
    # guard: "On balance, yes — the smallest ones stay outside" answers yes, with an exemption
    q = "Should every shop with a customer toilet be required to let the public use it?"
    answer = ("## Bottom line\n\nOn balance, yes — for small businesses the duty should be lighter, and for larger "
              "chains it should be strict.")
    assert stance(q, answer, "en") == "affirm"


def test_a_group_the_question_is_about_splits_nothing() -> None:
    q = "垃圾焚烧发电应当在全国县城全面推开吗？"
    answer = ("应当推开。很多县城的填埋场临近水源地，污染风险比大城市更高。"
              "大城市已经基本建成焚烧厂，县城是下一步的重点，应该加快推进。")
    assert stance(q, answer, "zh") == "affirm"


def test_hard_to_answer_with_a_single_yes_or_no_is_mixed() -> None:
    q = "公办老年大学是否应该大规模扩招？"
    assert stance(q, "说实话，这个问题很难用一个“是”或“否”来回答。", "zh") == "mixed"


def test_understanding_what_others_say_is_not_a_yes() -> None:
    q = "为了提振夜间消费，城市是否应该放开夜间户外烧烤摊？"
    answer = ("烧烤是很多人对夏夜的记忆。所以当有人说“应该放开烧烤摊”时，我完全理解那种心情。\n\n"
              "## 结论\n\n**城市不应该放开夜间户外烧烤摊**。油烟和噪音的代价由楼上的居民承担。")
    assert stance(q, answer, "zh") == "deny"


def test_the_named_proposal_judged_sound_is_a_yes() -> None:
    assert stance(_TOILETS, "城市提出开放要求是合理的。", "zh") == "affirm"


def test_a_worry_judged_reasonable_is_no_yes() -> None:
    # guard: the worry is granted; the proposal is not named
    assert stance(_TOILETS, "这种担心是合理的。", "zh") != "affirm"



def test_an_option_the_answer_is_hesitant_about_is_set_aside() -> None:
    said = "I'd be more hesitant about relying on switch-off as the main approach, given its effect on confidence."
    assert _set_aside(said, said.index("switch-off"), "en")


def test_an_option_the_answer_is_not_hesitant_about_is_not_set_aside() -> None:
    # guard: "I wouldn't hesitate to pick X" picks X
    said = "I wouldn't hesitate to pick switch-off for the quietest streets."
    assert not _set_aside(said, said.index("switch-off"), "en")
