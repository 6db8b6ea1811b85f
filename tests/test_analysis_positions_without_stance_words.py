"""Positions stated without stance words (recommendations, predictions, endorsements, verdicts on the
proposal, answers that argue only one way), refusals in more wordings, conditional and split answers as mixed, and
evasion only when no position is taken. Every answer here is new wording on topics of its own."""

from __future__ import annotations

import pytest

from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from drafter.analysis.engine.signals import question_proposal
from drafter.quotes.match import verify_quote
from tests.analysis_helpers import one, pairs, stance

TOLL_Q = "Should the city introduce a congestion charge for the centre?"
WEEK_Q = "Should secondary schools move to a four-day week?"
BAN_Q = "Should supermarkets be banned from selling energy drinks to under-16s?"
KEEP_Q = "Should the government keep the free bus pass for pensioners?"
HOMEWORK_Q = "Should primary schools abolish homework?"
TESTS_Q = "Should universities drop standardised admission tests?"
FREE_Q = "Should public museums be free to enter?"
FINANCE_Q = "Should high schools start teaching personal finance as a compulsory subject?"
LEATHER_Q = "Will lab-grown leather replace a significant share of animal leather by 2040?"
TAXI_Q = "Will driverless taxis operate in most large US cities by 2030?"
TRIAGE_Q = "Should hospitals use AI triage tools in emergency departments?"
PARKS_Q = "Should national parks charge an entry fee?"
PAY_GAP_Q = "Should companies be required to publish their gender pay gap?"
ZH_TABLET_Q = "应该禁止中小学生在校内使用平板电脑吗？"
ZH_EV_Q = "未来十年，电动汽车会在中国农村普及吗？"
ZH_TOLL_Q = "城市应该对私家车征收拥堵费吗？"


# --- what a question proposes -------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "proposal"), [
    (TOLL_Q, "pos"), (WEEK_Q, "pos"), (BAN_Q, "neg"), (HOMEWORK_Q, "neg"), (KEEP_Q, "keep"), (LEATHER_Q, None),
    ("Should landlords be allowed to refuse tenants with pets?", "pos"),
])
def test_the_proposal_a_recommendation_is_read_against(question: str, proposal: str | None) -> None:
    assert question_proposal(question) == proposal


# --- recommendations ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "answer", "want"), [
    (WEEK_Q, "I'd keep the five-day week. Cramming the syllabus into four days would exhaust pupils.", "deny"),
    (WEEK_Q, "I'd go ahead with it, starting with a one-term pilot in a handful of districts.", "affirm"),
    (TOLL_Q, "I'd scrap the idea and spend the effort on better buses instead.", "deny"),
    (TOLL_Q, "Introduce it. Every city that has done so saw traffic fall within months.", "affirm"),
    (BAN_Q, "I'd ban them outright for that age group; one can holds as much caffeine as three espressos.",
     "affirm"),
    (BAN_Q, "I wouldn't ban them. Labelling and education work better than prohibition.", "deny"),
    (BAN_Q, "I'd leave it to parents. A sales ban is easy to get round and hard to police.", "deny"),
    (KEEP_Q, "I'd keep it. For many older people it is the difference between getting out and staying home.",
     "affirm"),
    (KEEP_Q, "I'd scrap it and put the money into rural routes that actually need it.", "deny"),
    (FREE_Q, "I'd make them free, paid for out of the culture budget, as several capitals already do.", "affirm"),
    (TESTS_Q, "I'd scrap them. They mostly measure how much test prep a family could pay for.", "affirm"),
    (TESTS_Q, "MIT brought its test back after finding scores predicted success. I'd follow that lead and retain "
              "them.", "deny"),
    (FINANCE_Q, "Make it an elective rather than compulsory; the timetable is already crammed.", "deny"),
    (PAY_GAP_Q, "Encourage it, publish league tables of firms that do it, but stop short of a legal duty.", "deny"),
    (BAN_Q, "I'd rather see tougher enforcement of the age limit than a ban, which hands the market to smugglers.",
     "deny"),
    (PARKS_Q, "Phase it in, starting with the busiest parks in the summer months.", "affirm"),
])
def test_a_recommendation_answers_the_question(question: str, answer: str, want: str) -> None:
    assert stance(question, answer, "en") == want


@pytest.mark.parametrize("answer", [
    "I'd keep an open mind and look at the local numbers.",
    "I'd encourage readers to look at how their own park is funded.",
    "I'd wait and see how the first pilots go before saying anything.",
])
def test_a_recommendation_about_something_else_is_no_position(answer: str) -> None:
    assert stance(PARKS_Q, answer, "en") in ("evasive", "unclear")  # no position, whether or not a dodge cue shows


def test_a_recommendation_does_not_answer_a_forecast() -> None:
    # 'I'd back…' is a view; 'I'd scrap…' says nothing about whether taxis will run
    assert stance(TAXI_Q, "I'd scrap the whole subsidy programme, frankly.", "en") == "unclear"


# --- predictions ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "answer", "want"), [
    (LEATHER_Q, "It's already happening. Two of the largest handbag makers switched part of their range last "
                "year.", "affirm"),
    (LEATHER_Q, "It won't catch on. Buyers who pay for leather want the real thing.", "deny"),
    ("Will other countries copy Norway's electric-car incentives within a decade?",
     "Only a matter of time. Battery prices keep falling and the toolkit is well understood.", "affirm"),
    (TAXI_Q, "They're already running in Phoenix and Austin, and expansion plans cover a dozen more metros.",
     "affirm"),
    (TAXI_Q, "It's a long way off; 2030 is wildly optimistic.", "deny"),
    (TAXI_Q, "Not at a price riders will pay; the sensors alone still cost more than the car.", "deny"),
    (ZH_EV_Q, "其实已经在普及了，县城和乡镇的充电桩这两年增加得很快。", "affirm"),
])
def test_a_prediction_answers_a_forecast(question: str, answer: str, want: str) -> None:
    lang = "zh" if question == ZH_EV_Q else "en"
    assert stance(question, answer, lang) == want


def test_a_process_under_way_is_not_the_outcome() -> None:
    answer = "Debate about driverless permits is already underway in most state capitals, and rules keep shifting."
    assert stance(TAXI_Q, answer, "en") == "unclear"


def test_a_description_is_not_a_prediction_for_a_should_question() -> None:
    answer = "There are strong arguments on both sides. It's already happening in Oslo and Tallinn."
    assert stance(TOLL_Q, answer, "en") == "evasive"


# --- endorsements and verdicts ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "answer", "want"), [
    (TOLL_Q, "Count me in. Cleaner air and faster buses are worth a few pounds a day.", "affirm"),
    (TOLL_Q, "I'm a supporter. Stockholm's scheme cut traffic in the zone by around a fifth.", "affirm"),
    (TOLL_Q, "I'm no fan of it. It hits tradespeople and shift workers hardest.", "deny"),
    (TOLL_Q, "Count me out: it just pushes traffic onto the ring road.", "deny"),
    (TRIAGE_Q, "It's a smart move, as long as a nurse signs off every decision.", "affirm"),
    (TRIAGE_Q, "A misguided idea. The tools were trained on patients who look nothing like an inner-city ward.",
     "deny"),
    (HOMEWORK_Q, "That would be a step in the right direction: young children gain little from it.", "affirm"),
    (HOMEWORK_Q, "Abolishing it would be a waste of a useful habit-building tool.", "deny"),
    ("Should governments subsidise home batteries?",
     "Batteries mostly help homeowners who can already afford solar; that's a regressive use of public money.", "deny"),
    (FINANCE_Q, "Absolutely, and it's overdue.", "affirm"),
    (PARKS_Q, "I can't see any downside: fees pay for rangers and trail repairs.", "affirm"),
    (PARKS_Q, "The costs outweigh the benefits while visitor numbers are still recovering.", "deny"),
    (PARKS_Q, "The sooner the better; the trails are falling apart.", "affirm"),
])
def test_endorsements_and_verdicts_on_the_proposal(question: str, answer: str, want: str) -> None:
    assert stance(question, answer, "en") == want


@pytest.mark.parametrize("answer", [
    "Supporters call it a step in the right direction; critics call it a costly gimmick.",
    "Whether it's a smart investment is for each city to judge.",
    "I'm a big fan of evidence-based policy. The trial reports from Stockholm are public.",
])
def test_a_verdict_reported_or_left_open_is_no_position(answer: str) -> None:
    assert stance(TOLL_Q, answer, "en") in ("evasive", "unclear")  # no position, whether or not a dodge cue shows


@pytest.mark.parametrize(("answer", "want"), [
    ("设上限只会让骑手闯更多红灯去赶时间，适得其反。", "deny"),
    ("取消挂钩会让很多学生彻底放弃英语学习，得不偿失。", "deny"),
    ("这件事越早越好，拖下去成本只会更高。", "affirm"),
])
def test_zh_verdict_idioms(answer: str, want: str) -> None:
    assert stance("应该对外卖平台的配送时间设定法定上限吗？", answer) == want


def test_zh_a_negation_before_a_condition_does_not_flip_the_verdict() -> None:
    assert stance("应该推行器官捐献默认同意制度吗？", "一旦宣传不到位，可能适得其反。") == "deny"


# --- answers that argue only one way --------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "answer", "want"), [
    (TRIAGE_Q, "They cut waiting times, catch deteriorating patients earlier and free up nurses for hands-on care.",
     "affirm"),
    (WEEK_Q, "It would squeeze lessons into longer days and leave parents paying for an extra day of childcare.",
     "deny"),
    ("Should schools offer chess as an official club?",
     "Sure, why not? It teaches patience and planning, and it gives pupils who have no interest in sport a team.",
     "affirm"),
    (PAY_GAP_Q, "It would bury small firms in paperwork and produce misleading numbers for teams of ten.", "deny"),
    ("Should governments tax sugary drinks?",
     "A tax like that falls hardest on low-income households, who spend more of their budget on food.", "deny"),
    (ZH_TOLL_Q, "拥堵费能有效减少高峰期车流，伦敦和新加坡都证明了这一点。", "affirm"),
    (ZH_TOLL_Q, "这会加重通勤族的负担，尤其是公共交通不发达的城区。", "deny"),
])
def test_an_answer_that_argues_one_way_leans_that_way(question: str, answer: str, want: str) -> None:
    lang = "zh" if question == ZH_TOLL_Q else "en"
    assert stance(question, answer, lang) == want


@pytest.mark.parametrize(("question", "answer"), [
    (TRIAGE_Q, "They can speed things up, but they also miss atypical cases. Hospitals will have to weigh that."),
    (WEEK_Q, "Schools have tried many timetables. What matters is that pupils are well taught and parents informed."),
    (PARKS_Q, "It could fund rangers and trail repairs, but it would also keep poorer families away."),
    (LEATHER_Q, "It saves animals and cuts tannery pollution."),  # benefits are no forecast
])
def test_weighing_or_describing_is_no_lean(question: str, answer: str) -> None:
    assert stance(question, answer, "en") == "unclear"


def test_a_benefit_of_the_thing_to_be_banned_is_no_lean() -> None:
    answer = "Phones help children stay in touch with their parents and look things up."
    assert stance("Should schools ban phones at lunchtime?", answer, "en") == "unclear"


def test_a_lean_is_outweighed_by_boilerplate() -> None:
    answer = "This is a complex question with no single right answer. It cuts waiting times."
    assert stance(TRIAGE_Q, answer, "en") == "evasive"


# --- refusals -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [
    "I'm going to sit this one out. Whether museums charge is a political choice, and I'd rather not steer you "
    "toward either side of it.",
    "I'll stay out of this one; how museums are funded is for voters.",
    "That's not something I should weigh in on. People hold strong views either way.",
    "I'd prefer not to take a side on this. Curators and councils are better placed to decide.",
    "I'll leave that one to the people who live there.",
    "That's a question for each council, and I'd rather not guess.",
    "It's not really my place to pick an answer for you.",
    "I'm not going to tell you which way to go on this.",
])
def test_refusals_in_other_words(answer: str) -> None:
    qa = one(FREE_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "evasive"
    assert [e.model for e in qa.evasions] == ["m"]


def test_a_refusal_that_agrees_with_the_question_is_still_a_refusal() -> None:
    # the answer restates the question ('free to enter') inside its refusal: no echo is read as a yes
    answer = "Whether museums should be free to enter is contested, and I'd rather not steer you either way."
    assert stance(FREE_Q, answer, "en") == "evasive"


@pytest.mark.parametrize("answer", ["这个问题我就不表态了，留给学校和家长自己判断。", "此事不予置评。"])
def test_zh_refusals(answer: str) -> None:
    assert stance(ZH_TABLET_Q, answer) == "evasive"


# --- conditional and split answers ----------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "answer", "want"), [
    (TOLL_Q, "Yes if the bus network is improved first; without that, no, it would punish people with no "
             "alternative.", "mixed"),
    (TOLL_Q, "Only if the bus network is fixed first, and I doubt that will happen.", "mixed"),
    (TOLL_Q, "Yes, but only where there's decent public transport to replace the car trips.", "mixed"),
    (TOLL_Q, "Yes, as long as the revenue goes to public transport.", "affirm"),
    (TOLL_Q, "Only if the buses improve first, and they won't. So no.", "deny"),
    (HOMEWORK_Q, "For children under eight, yes. For older pupils, no; short regular practice helps them.", "mixed"),
    (HOMEWORK_Q, "In the early years, yes. From age nine, homework should stay.", "mixed"),
    ("Should the state pay for IVF treatment?",
     "For couples under forty, yes; after that success rates drop so sharply that public money is better spent "
     "elsewhere.", "mixed"),
    (PAY_GAP_Q, "For large firms, yes. For small businesses with a handful of staff, the figures are meaningless.",
     "mixed"),
    (FINANCE_Q, "Compulsory, no. Offered as an option in every school, yes.", "mixed"),
    ("Should countries adopt a four-day working week by law?",
     "By law, no. As a voluntary option for firms that can make it work, yes.", "mixed"),
    (HOMEWORK_Q, "Yes. Younger children benefit most, and older pupils gain too.", "affirm"),
])
def test_conditional_and_split_answers(question: str, answer: str, want: str) -> None:
    assert stance(question, answer, "en") == want


@pytest.mark.parametrize("answer", [
    "小学低年级我支持禁止；但初中生要用平板完成作业，我认为不宜一刀切禁止。",
    "低年级可以全面禁止，高年级应该允许在老师指导下使用。",
])
def test_zh_split_by_school_stage(answer: str) -> None:
    assert stance(ZH_TABLET_Q, answer) == "mixed"


def test_zh_conditional_with_the_other_branch() -> None:
    assert stance(ZH_EV_Q, "如果农村充电网络能在五年内补齐，会普及；否则不会。") == "mixed"


def test_split_answers_are_kept_out_of_pairs() -> None:
    qa = one(HOMEWORK_Q, {"a": "Yes. Homework at that age mostly tests the parents.",
                          "b": "No. Ten minutes of reading a night builds a habit.",
                          "c": "For children under eight, yes. For older pupils, no."}, "en")
    assert qa.stances == {"a": "affirm", "b": "deny", "c": "mixed"}
    assert pairs(qa.contradictions) == {frozenset({"a", "b"})}
    assert not pairs(qa.agreements)


# --- evasion needs the absence of any position ------------------------------------------------------------------

@pytest.mark.parametrize(("question", "answer", "want"), [
    (TOLL_Q, "As an AI, I don't have personal opinions on transport policy. That said, I'd back it: it builds the "
             "transit habit early.", "affirm"),
    (TOLL_Q, "This is a complex question with trade-offs. Revenue matters, and so does air quality. Still, I'd "
             "introduce it in stages.", "affirm"),
    (TOLL_Q, "As an AI, I have no view on transport policy. Cities will need to find what works for them.",
     "evasive"),
    (TOLL_Q, "There are good arguments on both sides, and the right choice depends on local circumstances.",
     "evasive"),
])
def test_a_position_signal_outweighs_a_dodge(question: str, answer: str, want: str) -> None:
    assert stance(question, answer, "en") == want


def test_rhetorical_questions_answer() -> None:
    assert stance(TOLL_Q, "Why would we? Shops in the old town depend on customers who drive in.", "en") == "deny"
    assert stance(TOLL_Q, "Why not? The air in the centre is the worst in the region.", "en") == "affirm"


def test_a_torn_answer_is_mixed() -> None:
    assert stance("Should governments tax sugary drinks?", "Honestly, I'm torn.", "en") == "mixed"


# --- quotes and choices ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "answer"), [
    (TOLL_Q, "Yes if the bus network is improved first; without that, no."),
    (TRIAGE_Q, "They cut waiting times and free up nurses."),
    (HOMEWORK_Q, "For children under eight, yes. For older pupils, no."),
])
def test_new_readings_quote_verbatim(question: str, answer: str) -> None:
    r = read_answer("m", answer, read_question("q1", question, "en"))
    assert r.key and verify_quote(r.key, answer)


def test_a_choice_named_in_everyday_words() -> None:
    qa = one("For a school chess club, which matters more: strict limits on tournament travel, or trained coaches "
             "who supervise the players?",
             {"a": "Having an adult who knows the game and actually watches the team. A good coach keeps trips "
                   "sensible anyway; a cap with nobody paying attention achieves little.",
              "b": "Hard caps on travel. Without a ceiling, keen parents will enter every weekend event."}, "en")
    assert qa.picks["a"].startswith("trained coaches")
    assert qa.picks["b"].startswith("strict limits")


# --- long answers -----------------------------------------------------------------------------------------------

BOILER_Q = "Should cities ban gas boilers in new homes from 2027?"
AIR_TAXI_Q = "Will air taxis carry paying passengers in at least three European cities by 2030?"


def test_each_side_in_its_own_sentence_is_boilerplate() -> None:
    answer = ("There is a real case for moving off gas: heat pumps are efficient and new homes are easy to fit.\n\n"
              "Supporters point to Norway, where gas heating barely exists.\n\n"
              "Critics respond that grids are stretched and installers are scarce.\n\n"
              "How a city weighs these factors will depend on its grid, its housing market and its climate targets.")
    assert stance(BOILER_Q, answer, "en") == "evasive"


def test_both_sides_then_a_verdict_is_a_position() -> None:
    answer = ("Supporters point to Norway. Critics respond that grids are stretched. "
              "On balance, I'd ban them: every boiler fitted now has to be ripped out before 2050 anyway.")
    assert stance(BOILER_Q, answer, "en") == "affirm"


def test_at_least_opens_a_claim_not_a_setting() -> None:
    answer = ("Certification is slow and batteries limit range. Even so, the first routes are being planned. "
              "I expect at least three cities to have paying passengers by the end of the decade, even if the "
              "services are small.")
    assert stance(AIR_TAXI_Q, answer, "en") == "affirm"


def test_what_only_the_proposal_achieves_is_an_argument_not_a_condition() -> None:
    q = "应该成规模地拆除长江支流上的小水电站吗？"
    argued = "应该。小水电发电量占比很低，生态代价却很大。只有成规模地拆除，才能让河流重新连通起来。"
    assert stance(q, argued) == "affirm"
    assert stance(q, "只有配套的生态补偿到位，才应该拆除；否则不支持。") == "mixed"
