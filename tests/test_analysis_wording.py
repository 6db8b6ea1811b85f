"""Rules for wordings the first rule set missed: new negation traps, hedged but clear positions, split verdicts,
granted points that are not dodges, paraphrased options, figures written in words."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from tests.analysis_helpers import one, pairs, stance

ZH_Q = "中小学应该禁止学生把手机带进校园吗？"
EN_Q = "Will electric cars outsell petrol cars worldwide by 2035?"


@pytest.mark.parametrize(("answer", "want"), [
    ("恐怕很难避免，家长和学校迟早会走到这一步。", "affirm"),
    ("不至于。管好上课时间就够了。", "deny"),
    ("未尝不可，关键是放学后能还给学生。", "affirm"),
    ("谈不上应该禁止，规范使用更现实。", "deny"),
    ("很难说不会，越来越多学校已经这么做了。", "affirm"),
    ("很难想象学校不这样做，手机对课堂的干扰太大了。", "affirm"),
    ("没有理由不这么做。", "affirm"),
    ("我不反对。", "affirm"),
    ("多半应该。课堂秩序比什么都重要。", "affirm"),
    ("这种担心是多余的，学生自己能管好。", "deny"),
])
def test_zh_negation_traps_and_soft_answers(answer: str, want: str) -> None:
    assert stance(ZH_Q, answer) == want


@pytest.mark.parametrize(("answer", "want"), [
    ("I'd be astonished if they didn't.", "affirm"),
    ("Hard to imagine it not happening, given how fast battery prices are falling.", "affirm"),
    ("Hardly. Charging networks are nowhere near ready in most countries.", "deny"),
    ("I wouldn't bet against it.", "affirm"),
    ("There's little reason to expect that outside China and Europe.", "deny"),
    ("I'm inclined to think so, though the timing is tight.", "affirm"),
    ("It could well happen sooner.", "affirm"),
])
def test_en_negation_traps_and_soft_answers(answer: str, want: str) -> None:
    assert stance(EN_Q, answer, "en") == want


@pytest.mark.parametrize(("question", "answer", "want"), [
    ("Should councils charge for parking outside schools?", "I'm against it.", "deny"),
    ("Should councils charge for parking outside schools?", "Not a bad idea at all.", "affirm"),
    ("Should councils charge for parking outside schools?", "It's a bad idea.", "deny"),
    ("Should councils charge for parking outside schools?",
     "Both camps have a point. Still, I'd vote against it until there are safe walking routes.", "deny"),
    ("Should councils charge for parking outside schools?",
     "Traffic at the gates is dangerous and the fees would fund crossing patrols. Councils should do it.", "affirm"),
    ("小区应该允许居民在楼道里给电动车充电吗？", "这不是个好办法，火灾风险太高。", "deny"),
])
def test_verdicts_on_the_proposal(question: str, answer: str, want: str) -> None:
    lang = "en" if question.isascii() else "zh"
    assert stance(question, answer, lang) == want


@pytest.mark.parametrize(("answer", "lang"), [
    ("城区学校应该，寄宿制学校不应该。", "zh"),
    ("小学可以禁，高中没必要。", "zh"),
    ("所以是部分应该、部分不应该。", "zh"),
    ("因学段而异。", "zh"),
    ("要看年级：低年级应该禁止，高年级可以放宽。", "zh"),
    ("Yes for China and Norway, no for most of the rest of the world.", "en"),
    ("Whether it happens depends on the region.", "en"),
    ("Not everywhere, but in the biggest markets, yes.", "en"),
])
def test_split_verdicts_are_mixed(answer: str, lang: str) -> None:
    assert stance(ZH_Q if lang == "zh" else EN_Q, answer, lang) == "mixed"


def test_a_split_that_says_no_twice_is_not_mixed() -> None:
    assert stance(ZH_Q, "今年不应该，明年也不应该。") == "deny"


def test_a_plain_yes_later_in_the_answer_outweighs_a_negated_opening() -> None:
    answer = ("Hardly any carmaker still treats petrol engines as the future, and I won't pretend otherwise. "
              "Yes, electric cars will be outselling them by then.")
    assert stance(EN_Q, answer, "en") == "affirm"


def test_an_opening_yes_that_concedes_loses_to_the_conclusion() -> None:
    answer = ("Yes, electric cars are growing fast and will keep gaining share. But outselling petrol cars "
              "worldwide is a much higher bar, and much of Africa and South America is barely started. "
              "On balance, no.")
    assert stance(EN_Q, answer, "en") == "deny"


def test_granting_the_other_side_then_concluding_is_not_evasion() -> None:
    answer = ("反对的理由主要有三条：学生需要联系家长；一刀切不利于培养自律；执行起来成本也不低。"
              "这些顾虑都有一定道理。\n\n"
              "不过换个角度看，课堂上的注意力是稀缺资源，一部手机足以打断一整节课。"
              "所以综合来看，我倾向于认为：中小学应该禁止学生把手机带进校园。")
    qa = one(ZH_Q, {"m": answer})
    assert qa.stances["m"] == "affirm"
    assert qa.evasions == []


def test_conclusion_after_a_restated_subject_is_read_from_its_verdict() -> None:
    answer = ("先看支持的一面：手机会分散注意力。再看另一面：学生需要和家长联系。"
              "综合这些，我认为课堂上收手机是必要的，但全面禁止带进校园，现阶段不太合适。")
    assert stance(ZH_Q, answer) == "deny"


@pytest.mark.parametrize(("answer", "lang", "want"), [
    ("As an AI I don't have personal opinions, but the sales data point one way, so yes.", "en", "affirm"),
    ("I can't predict every market, but I'd bet on it happening in the early 2030s.", "en", "affirm"),
    ("According to official statistics, electric sales doubled in two years, so yes.", "en", "affirm"),
    ("我不是教育专家，但我认为应该禁止。", "zh", "affirm"),
])
def test_a_position_after_a_dodge_phrase_counts(answer: str, lang: str, want: str) -> None:
    assert stance(ZH_Q if lang == "zh" else EN_Q, answer, lang) == want


def test_no_position_without_a_dodge_cue_is_unclear() -> None:
    assert stance(ZH_Q, "这是一个值得深入探讨的问题，值得一提的是，各地做法差别很大。", "zh") == "unclear"


@pytest.mark.parametrize(("answer", "lang"), [
    ("As an AI, I have no personal opinion, so I can't say.", "en"),
    ("For the latest picture, check official statistics.", "en"),
])
def test_dodges_stay_evasive(answer: str, lang: str) -> None:
    assert stance(ZH_Q if lang == "zh" else EN_Q, answer, lang) == "evasive"


@pytest.mark.parametrize(("question", "lang", "options"), [
    ("养老服务，最应该优先补的是哪块短板：护理人员、社区场地，还是资金保障？", "zh",
     ["护理人员", "社区场地", "资金保障"]),
    ("Should the new budget go to rural clinics, city hospitals or nurse training?", "en",
     ["to rural clinics", "city hospitals", "nurse training"]),
    ("For first-time buyers, is renting, buying a flat, or buying a house the best choice?", "en",
     ["renting", "buying a flat", "buying a house"]),
    ("In a crowded city, which matters more, roads or rail?", "en", ["roads", "rail"]),
])
def test_three_way_and_listed_options(question: str, lang: str, options: list[str]) -> None:
    q = read_question("q1", question, lang)
    assert [o.text for o in q.options] == options


@pytest.mark.parametrize(("question", "lang", "answer", "pick"), [
    ("Which should a coastal town invest in first: offshore wind or rooftop solar?", "en",
     "My pick is the turbines out in the bay.", 0),
    ("Which should a coastal town invest in first: offshore wind or rooftop solar?", "en",
     "Panels on every public building, frankly.", 1),
    ("To cut heating bills, what works better: subsidising heat pumps, insulating homes, or capping prices?", "en",
     "Insulation. It lowers demand for good.", 1),
    ("To cut heating bills, what works better: subsidising heat pumps, insulating homes, or capping prices?", "en",
     "Capping what suppliers can charge is the only thing that helps this winter.", 2),
    ("城市治堵，应该优先发展地铁、公交，还是共享单车？", "zh", "我会先把钱花在巴士上：线路调整快，见效也快。", 1),
    ("中小学推广编程教育，最该先投入哪一项：师资、电脑，还是教材？", "zh", "关键在人。先让老师会教，其余都好办。", 0),
])
def test_options_named_in_other_words(question: str, lang: str, answer: str, pick: int) -> None:
    r = read_answer("m", answer, read_question("q1", question, lang))
    assert (r.stance, r.pick) == ("other", pick)


def test_long_answer_that_weighs_every_option_picks_at_the_end() -> None:
    question = "Which should a coastal town invest in first: offshore wind, rooftop solar, or a tidal barrage?"
    answer = ("Offshore wind has obvious appeal: steady winds and no land use. Rooftop solar is cheap and quick, "
              "though it does little in winter. A tidal barrage is predictable but takes a decade to approve.\n\n"
              "Given a five-year budget, I'd put the largest share into rooftop solar.")
    r = read_answer("m", answer, read_question("q1", question, "en"))
    assert r.pick == 1


def test_choice_pairs_with_paraphrased_options() -> None:
    question = "Which should a coastal town invest in first: offshore wind or rooftop solar?"
    qa = one(question, {"a": "Offshore wind.", "b": "My pick is the turbines out in the bay.",
                        "c": "Solar panels on the schools."}, "en")
    assert pairs(qa.agreements) == {frozenset("ab")}
    assert pairs(qa.contradictions) == {frozenset("ac"), frozenset("bc")}


@pytest.mark.parametrize(("text", "want"), [
    ("About one household in four.", (23.0, 27.0, "percent")),
    ("过半。", (50.0, 100.0, "percent")),
    ("三到四成。", (30.0, 40.0, "percent")),
    ("two or three years", (2.0, 3.0, "years")),
    ("within a decade", (0.0, 10.0, "years")),
])
def test_figures_in_words(text: str, want: tuple[float, float, str]) -> None:
    f = figures(text)[0]
    assert (round(f.low, 1), round(f.high, 1), f.unit) == want


def test_more_than_half_agrees_with_two_thirds() -> None:
    qa = one("你估计城市上班族中，每天通勤超过一小时的大约占多大比例？",
             {"a": "过半。", "b": "大约三分之二。", "c": "两成左右。"})
    assert pairs(qa.agreements) == {frozenset("ab")}
    assert pairs(qa.contradictions) == {frozenset("ac"), frozenset("bc")}
