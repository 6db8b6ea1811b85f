"""General rules added after the second blind batch: question kinds, own-term idioms, disclaimers followed by a
view, toss-ups, choice paraphrases and bold picks, bounded and ranged figures, ages, and the pairs rule when
figures come in different measures. Every answer here is new wording on topics of its own."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.analyzer import has_content
from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from drafter.quotes.match import normalize
from tests.analysis_helpers import one, pairs, stance

ZH_IDIOM_Q = "未来五年，县级医院的儿科医生会出现供不应求的局面吗？"
ZH_BAN_Q = "小学是否应该禁止学生携带智能手表进校园？"
EN_Q = "Will commercial airships carry paying passengers on scheduled routes by 2035?"
EN_POLICY_Q = "Should high schools replace one PE lesson a week with organised esports?"


# --- question kinds -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "lang", "kind", "unit"), [
    ("At what age should children get their first smartphone?", "en", "number", "age"),
    ("What is the minimum age at which children should compete in esports tournaments?", "en", "number", "age"),
    ("How large a share of households would pay the levy?", "en", "number", "percent"),
    ("How much money would the tariff raise each year?", "en", "number", "money"),
    ("孩子多大年龄拿到第一部智能手机比较合适？", "zh", "number", "age"),
    ("你认为孩子几岁开始用智能手机合适？", "zh", "number", "age"),
    ("这项政策每年大概要花多少钱？", "zh", "number", "money"),
    ("如果开征这项附加费，每年大约能带来多少税收？", "zh", "number", "money"),
])
def test_number_questions_in_many_phrasings(question: str, lang: str, kind: str, unit: str) -> None:
    q = read_question("q1", question, lang)
    assert (q.kind, q.unit) == (kind, unit)


@pytest.mark.parametrize(("question", "lang", "options"), [
    ("为了减少骑手事故，以下哪一种措施最有效：限制配送时限、发放头盔、在路口增设信号灯？", "zh",
     ["限制配送时限", "发放头盔", "路口增设信号灯"]),
    ("Which of these helps commuters most: cheaper tickets; more frequent trains; newer carriages?", "en",
     ["cheaper tickets", "more frequent trains", "newer carriages"]),
    ("下列哪一项对提高出生率最有效？\n1. 发放现金补贴\n2. 延长产假\n3. 增加托育名额", "zh",
     ["发放现金补贴", "延长产假", "增加托育名额"]),
    ("Which of the three — rail, road or air freight — will grow fastest this decade?", "en",
     ["rail", "road", "air freight"]),
    ("电动自行车、共享单车和步行三者中，哪种方式最适合短途出行？", "zh", ["电动自行车", "共享单车", "步行"]),
])
def test_listed_options_are_read(question: str, lang: str, options: list[str]) -> None:
    q = read_question("q1", question, lang)
    assert q.kind == "choice"
    assert [o.text for o in q.options] == options


def test_open_question_answered_in_figures_is_compared_as_numbers() -> None:
    qa = one("你觉得孩子到了什么阶段可以拥有自己的手机？",
             {"a": "12岁左右就可以。", "b": "初中毕业以后，大概15岁。", "c": "至少要到16岁。",
              "d": "这要看家庭情况，没有统一答案。"})
    assert qa.kind == "number"
    assert qa.stances["d"] == "evasive"
    assert pairs(qa.agreements) == {frozenset("bc")}
    assert pairs(qa.contradictions) == {frozenset("ab"), frozenset("ac")}


def test_figures_in_different_measures_still_fill_every_pair() -> None:
    qa = one("Roughly how many people ride the city's buses each day?",
             {"a": "About 1.2 million riders.", "b": "Around a third of residents, roughly 900,000 people.",
              "c": "Perhaps 40% of commuters."}, "en")
    assert set(qa.stances.values()) == {"other"}
    listed = pairs(qa.contradictions) | pairs(qa.agreements)
    assert listed == {frozenset("ab"), frozenset("ac"), frozenset("bc")}
    assert not pairs(qa.contradictions) & pairs(qa.agreements)


def test_a_figure_in_another_measure_yields_to_a_dodge() -> None:
    assert stance("到2040年，全国充电桩大约会有多少个？",
                  "这取决于电池技术、电网改造和政策力度等诸多因素，很难给出一个准确的数字。") == "evasive"


# --- stances --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("answer", "want"), [
    ("我认为不会出现供不应求。生育率下降以后，儿科就诊量本身也在减少。", "deny"),
    ("供不应求的局面恐怕已经出现了，而且未来五年会更严重。", "affirm"),
    ("不至于供不应求，远程会诊和医联体能分担不少压力。", "deny"),
])
def test_a_negator_inside_the_questions_own_idiom_does_not_flip(answer: str, want: str) -> None:
    assert stance(ZH_IDIOM_Q, answer) == want


def test_a_view_that_restates_the_questions_predicate_answers_yes() -> None:
    assert stance("阶梯电价能明显减少居民的用电量吗？", "我不觉得它毫无作用——我认为能明显减少。") == "affirm"


def test_a_short_argument_clause_is_not_a_bare_answer() -> None:
    answer = ("这种情况很难避免。年轻医生留不住，老医生陆续退休，新人补不上，供不应求会越来越明显。")
    assert stance(ZH_IDIOM_Q, answer) == "affirm"


@pytest.mark.parametrize(("answer", "want"), [
    ("综合这些考虑，我站在支持禁止的一边。", "affirm"),
    ("说到底，我站在反对的一方。", "deny"),
    ("我看不出还有什么理由再观望下去，早该这么做了。", "affirm"),
    ("这件事宜早不宜迟。", "affirm"),
    ("低年级可以禁止，高年级不必。", "mixed"),
    ("权衡之下，我认为现阶段不宜全面禁止，应当先让各校自行试点。", "deny"),
    ("我的看法介于两者之间：上课时统一收纳，课间归还。", "mixed"),
    ("所以既不是一禁了之，也不是完全放任。", "mixed"),
    ("说实话，成与不成的概率差不多。", "mixed"),
    ("抱歉，我无法替学校做决定。不过就我个人看法而言，没有必要一刀切禁止。", "deny"),
    ("作为AI，我没有个人立场。但从已有研究看，禁止携带更有利于课堂专注，所以我倾向于支持禁止。", "affirm"),
])
def test_zh_positions(answer: str, want: str) -> None:
    assert stance(ZH_BAN_Q, answer) == want


@pytest.mark.parametrize(("answer", "want"), [
    ("Not without a certification shortcut that regulators have shown no appetite for. "
     "So no, I don't expect scheduled routes by 2035.", "deny"),
    ("**Yes.** Two manufacturers already have certified prototypes and launch customers.", "affirm"),
    ("It's hardly a sure thing, given the certification backlog. On balance, though, yes.", "affirm"),
    ("It's hardly a sure thing; the certification backlog alone could push it past 2035.", "mixed"),
    ("This is a complex question with many moving parts. Honestly, I'd call it a coin flip.", "mixed"),
    ("There are good arguments on both sides, and it's hard to say.", "evasive"),
    ("I'm not in a position to say for sure, but the trend points to yes.", "affirm"),
    ("I can't predict the future with certainty. That said, I think it's likely: prototypes are flying.", "affirm"),
    ("Nobody can know for certain. Still, I'd put it at better than even odds.", "affirm"),
    ("Difficult to predict precisely. My best guess is that it won't happen by 2035.", "deny"),
    ("I can't see it happening. The economics don't work at any realistic fare.", "deny"),
    ("Probably not by 2035; maybe by the mid-2040s.", "deny"),
    ("No reason to wait for perfect conditions: the first routes will open well before 2035.", "affirm"),
])
def test_en_positions(answer: str, want: str) -> None:
    assert stance(EN_Q, answer, "en") == want


@pytest.mark.parametrize(("answer", "want"), [
    ("I'd lean yes, provided the time is still partly active.", "affirm"),
    ("- Pro: engagement\n- Con: screen time\n\n**Bottom line:** no, keep PE physical.", "deny"),
    ("As an AI, I don't have personal opinions, but the evidence strongly suggests it would be a mistake.", "deny"),
])
def test_en_positions_around_conditions_markup_and_disclaimers(answer: str, want: str) -> None:
    assert stance(EN_POLICY_Q, answer, "en") == want


# --- choices --------------------------------------------------------------------------------------------------

ROAD_Q = ("Which of these would do most to cut urban road deaths: lower speed limits, better street lighting, "
          "or stricter driving tests?")
RIDER_Q = ("为了减少外卖骑手的交通事故，以下哪一种措施最有效："
           "限制平台的配送时限、给骑手发放头盔和反光装备、在路口增设非机动车信号灯？")


@pytest.mark.parametrize(("answer", "pick"), [
    ("Slowing cars down. Pedestrian survival falls off a cliff as impact speed rises.", 0),
    ("A tougher licensing exam would do the most, because it changes behaviour for decades.", 2),
    ("Brighter streets at night, since that's when the worst crashes cluster.", 1),
    ("Speed limits get ignored without cameras; tougher tests only affect new drivers. "
     "**Street lighting** — cheap, immediate, and it works at the deadliest hours.", 1),
    ("- **Lower speed limits**: big effect where enforced.\n- **Better lighting**: helps at night.\n"
     "- **Stricter tests**: slow to matter.\n\nOverall, speed limits matter most.", 0),
    ("Lighting helps and tests weed out some drivers, but nothing beats physics: slower traffic kills fewer people. "
     "Lower limits.", 0),
])
def test_en_picks_in_other_words_and_in_bold(answer: str, pick: int) -> None:
    r = read_answer("m", answer, read_question("q1", ROAD_Q, "en"))
    assert (r.stance, r.pick) == ("other", pick)


@pytest.mark.parametrize(("answer", "pick"), [
    ("放宽配送时限最关键，骑手闯红灯、逆行，根子上都是被算法逼着赶时间。", 0),
    ("我会选发头盔和反光背心，成本低、见效快。", 1),
    ("头盔能减轻伤害，信号灯能理顺路权。不过我的选择是**限制配送时限**。", 0),
    ("三种措施各有作用，但归根结底，只要平台的送达时限不松，骑手就还会抢时间。所以我认为应当优先限制配送时限。", 0),
])
def test_zh_picks_from_a_listed_question(answer: str, pick: int) -> None:
    r = read_answer("m", answer, read_question("q1", RIDER_Q, "zh"))
    assert (r.stance, r.pick) == ("other", pick)


def test_en_option_named_under_a_negation_is_set_aside() -> None:
    q = read_question("q1", "Which is the bigger driver of city congestion: parking policy or road capacity?", "en")
    r = read_answer("m", "Parking policy. Adding road capacity doesn't reduce jams for long.", q)
    assert r.pick == 0


def test_en_hyphenated_words_name_an_option() -> None:
    q = read_question("q1", "Which would lift retirement savings most: employer matching, a state pension top-up, "
                            "or tax incentives for savers?", "en")
    r = read_answer("m", "I'd go with the tax-relief route. People save when they keep more of each pound.", q)
    assert r.pick == 2


def test_a_choice_answer_that_names_no_option_is_unclear() -> None:
    r = read_answer("m", "Honestly, the best thing is to walk more and keep an eye on the news.",
                    read_question("q1", ROAD_Q, "en"))
    assert r.stance == "unclear"


# --- figures --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("No earlier than 2048, in my view.", 2048, 2200, "year"),
    ("not earlier than 2045", 2045, 2200, "year"),
    ("不早于2042年", 2042, 2200, "year"),
    ("最迟2031年", 1900, 2031, "year"),
    ("before the 2040s", 1900, 2040, "year"),
    ("本世纪中叶", 2045, 2055, "year"),
    ("well under $20 billion", 0, 20e9, "money"),
    ("$15-25 billion a year", 15e9, 25e9, "money"),
    ("估计在五六百亿元之间", 500e8, 600e8, "money"),
    ("每年新增三四千公里", 3000, 4000, "count"),
    ("30亿到50亿元", 30e8, 50e8, "money"),
    ("under 8,000 km", 0, 8000, "count"),
    ("八九成的家长", 80, 90, "percent"),
])
def test_bounds_ranges_and_scales(text: str, low: float, high: float, unit: str) -> None:
    f = figures(text)[0]
    assert (f.low, f.high, f.unit) == (low, high, unit)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("大约13岁", 12, 14),
    ("age 15", 15, 15),
    ("most 14-year-olds", 14, 14),
    ("the early teens", 13, 15),
    ("Not before 14.", 14, 120),
    ("12或13岁", 12, 13),
    ("上初中以后再给", 12, 120),
    ("高中之前不应该", 0, 15),
])
def test_ages(text: str, low: float, high: float) -> None:
    f = figures(text, "age")[0]
    assert (f.low, f.high, f.unit) == (low, high, "age")


def test_a_stray_numeral_is_no_age() -> None:
    assert figures("这要看家庭情况，没有统一答案。", "age") == []


def test_approximate_counts_get_no_extra_slack() -> None:
    qa = one("你估计到2035年，全国城市轨道交通运营里程大约会达到多少公里？",
             {"a": "大约1.6万公里左右。", "b": "不会超过1.4万公里。", "c": "1.5万到1.7万公里之间。"})
    assert pairs(qa.contradictions) == {frozenset("ab"), frozenset("bc")}
    assert pairs(qa.agreements) == {frozenset("ac")}


def test_ranges_in_sum_words_agree_with_points_inside() -> None:
    qa = one("如果开征这项附加费，每年大约能带来多少税收？",
             {"a": "大约450亿元。", "b": "400亿到500亿元。", "c": "我估计在四五百亿元这个量级。",
              "d": "不超过150亿元。"})
    assert pairs(qa.agreements) == {frozenset("ab"), frozenset("ac"), frozenset("bc")}
    assert pairs(qa.contradictions) == {frozenset("ad"), frozenset("bd"), frozenset("cd")}


# --- plumbing -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "\u200b\u200b ", "\x00\x01", "a", " \u200b中", "\ufeff"])
def test_has_content_matches_normalize(text: str) -> None:
    assert has_content(text) == bool(normalize(text))


@pytest.mark.parametrize(("answer", "pick"), [
    ("You can't beat hybrid for juniors.", 1),
    ("Nothing tops in-office work for learning the ropes.", 2),
    ("Hybrid beats fully remote for juniors.", 1),
    ("Hybrid isn't perfect, but it's the best of the three.", 1),
    ("I wouldn't hesitate to pick hybrid.", 1),
    ("Fully remote doesn't work for juniors. Hybrid does.", 1),
])
def test_en_picks_around_negations(answer: str, pick: int) -> None:
    q = read_question("q1", "Which is best for junior staff: fully remote, hybrid, or fully in-office work?", "en")
    assert read_answer("m", answer, q).pick == pick


@pytest.mark.parametrize(("question", "kind"), [
    ("What role should cost play in choosing a school?", "open"),
    ("What kind of price controls work?", "open"),
    ("What would the total cost be?", "number"),
])
def test_what_plus_a_measure_word_is_a_number_question_only_when_it_asks_for_one(question: str, kind: str) -> None:
    assert read_question("q1", question, "en").kind == kind


@pytest.mark.parametrize("text,kind", [
    ("推行新政策，能在未来几年明显缩短排队时间吗？", "yesno"),
    ("Will the new line cut commuting times within a few years?", "yesno"),
    ("大约还要几年才能建成？", "number"),
    ("How many years will it take to build?", "number"),
    ("Will it take more than how many years, roughly?", "number"),
])
def test_a_figure_inside_a_yes_no_question_does_not_make_it_a_number_question(text: str, kind: str) -> None:
    from drafter.analysis.engine.questions import read_question

    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    assert read_question("q1", text, lang).kind == kind
