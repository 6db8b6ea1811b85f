"""Readings added on the Markdown batch md-tune15 and its neighbours: a fee asked in pounds, a holiday asked in days,
an aim granted before the means are rejected, gains said to outweigh costs, a verdict bolded inside its sentence,
'overall' as an adjective, a word in quote marks, and 'I come down in favour of'."""

from __future__ import annotations

from drafter.analysis.engine.choices import read_pick
from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.polarity import Polarity, polarity
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.roles import position_parts
from drafter.analysis.engine.sentences import split_sentences
from drafter.analysis.engine.terms import terms
from tests.analysis_helpers import one, stance

FEE_Q = "If England reintroduced a dog licence, what annual fee per dog would be reasonable?"


def test_a_fee_asked_in_pounds_is_a_money_question_and_pounds_are_read() -> None:
    q = read_question("q", FEE_Q, "en")
    assert (q.kind, q.unit) == ("number", "money")
    [fee] = figures("A fee in the £50 to £75 range per dog per year")
    assert (fee.low, fee.high, fee.unit) == (50.0, 75.0, "money")
    qa = one(FEE_Q, {"a": "## My answer\n\nI would set it at **£25 per dog per year**, with concessions.",
                     "b": "## My answer\n\nA fee of about £70 a year would be fair."}, "en")
    assert {n.model: (n.low, n.high) for n in qa.numbers} == {"a": (25.0, 25.0), "b": (66.5, 73.5)}
    assert [c.models for c in qa.contradictions] == [["a", "b"]]


def test_a_holiday_asked_in_days_reads_days_and_weeks_alike() -> None:
    q = read_question("q", "如果设立中小学春假，每次放几天比较合适？", "zh")
    assert (q.kind, q.unit) == ("number", "days")
    assert [(f.low, f.high, f.unit) for f in figures("放两周")] == [(14.0, 14.0, "days")]
    assert [(f.low, f.high, f.unit) for f in figures("每次放3到5天比较合适")] == [(3.0, 5.0, "days")]
    assert [(f.low, f.unit) for f in figures("a 10-day break")] == [(10.0, "days")]
    assert [(f.low, f.unit) for f in figures("5个工作日")] == [(5.0, "days")]
    assert figures("今天天气好") == []


def test_an_aim_granted_before_the_means_are_rejected_is_a_no() -> None:
    answer = ("## Bottom line\n\nThe goals behind a licence — traceability, funding, responsibility — are sound, "
              "but a compulsory fee is a poor way to reach them.")
    assert stance("Should England reintroduce a compulsory dog licence?", answer, "en") == "deny"
    zh = "## 结论\n\n初衷是好的，但强制收费并不是解决问题的办法，我不赞成恢复养犬登记收费。"
    assert stance("是否应该恢复强制养犬登记收费？", zh) == "deny"


def test_gains_said_to_outweigh_costs_answer_a_net_benefit_question() -> None:
    q = "高校对学生宿舍实行限电总体上是否利大于弊？"
    assert stance(q, "## 结论\n\n**我认为限电的收益大于成本**，前提是阈值设置合理。") == "affirm"
    assert stance(q, "## 结论\n\n我认为限电的代价远大于它带来的好处。") == "deny"
    assert stance(q, "## 结论\n\n宿舍限电整体划算，需要调整的是方式。") == "affirm"
    assert stance(q, "## 结论\n\n这样限电并不划算。") == "deny"


def test_a_verdict_bolded_inside_its_sentence_is_the_verdict() -> None:
    q = "Should governments require plain packaging for alcoholic drinks?"
    answer = ("Before getting to my view, the objections deserve a hearing. No country has tried it yet. Alcohol "
              "isn't tobacco. Exporters would bear real costs. Courts might object. Some drinkers would not notice. "
              "The evidence is indirect. Shops would need time.\n\nGiven the scale of alcohol harm, **governments "
              "should go ahead and make plain packaging compulsory for alcohol**, with a phased introduction.")
    assert stance(q, answer, "en") == "affirm"


def test_a_bolded_fact_inside_a_sentence_is_not_a_verdict() -> None:
    # '各地的规定并不统一' is bolded, but it states a fact: the answer only points to the authorities
    answer = ("关于预付资金是否必须存管，目前**各地的规定并不统一**：\n\n- 部分城市已有办法；\n- 国家层面约束有限。\n\n"
              "## 建议\n\n**具体应当如何监管，请以商务主管部门和当地市场监管部门发布的最新规定为准**。")
    assert stance("对于健身房收取的预付款，是否应该强制实行第三方资金存管？", answer) == "evasive"


def test_overall_as_an_adjective_is_no_conclusion_marker() -> None:
    q = "Should school inspections stop giving schools a single overall grade?"
    answer = ("I'd keep a single overall grade: parents are entitled to a clear verdict on every school. Critics "
              "call grades crude. Some heads have suffered. Reports could carry more detail. Inspectors could be "
              "better trained. Appeals could be faster. Grades could be explained in plain words.\n\n"
              "Reform the process, but retain the overall verdict.")
    assert stance(q, answer, "en") == "deny"


def test_a_word_in_quote_marks_does_not_name_an_option() -> None:
    q = read_question("q", "Which approach should the UK adopt: a mandatory physical ID card, a voluntary digital ID "
                      "wallet, or no new national scheme?", "en")
    sents = split_sentences("## Conclusion\n\nKeeping what we have avoids the slide from \"voluntary\" to "
                            "\"expected\".")
    assert read_pick(sents, "en", q.options).option is None


def test_coming_down_in_favour_after_weighing_both_sides_is_a_verdict_not_a_dodge() -> None:
    q = "Should all state secondary schools in England be legally required to provide free period products?"
    answer = ("Supporters point to attendance. Critics point to cost. Some schools already do it. Others do not. "
              "Funding is uncertain. Stigma matters.\n\nTaking both sides into account, I come down in favour of "
              "making provision a legal requirement for state secondary schools.\n\n**TL;DR:** make it mandatory, "
              "fund it properly, keep the reporting light.")
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "affirm" and qa.evasions == []


def test_asked_whether_to_abolish_something_praising_a_reformed_version_is_no_yes() -> None:
    # 'fee' restates the question's object, not its abolition: that is no agreement with abolishing it
    answer = ("No — the licence fee should be reformed, not scrapped. Funding matters. Independence matters. "
              "Collection is costly. Evasion is common. Younger viewers watch less live TV. Rules need updating. "
              "\n\n## Conclusion\n\nA fairer, decriminalised fee is the better path.")
    assert stance("Should the BBC licence fee be abolished?", answer, "en") == "deny"


def test_a_forecast_about_the_debate_answers_no_should_question() -> None:
    answer = ("There are serious arguments on both sides.\n\n## Summary\n\nWhether the licence fee should be "
              "abolished depends on how one weighs independence against fairness. Both positions have substantial "
              "support, and the debate is likely to run through the charter review.")
    assert stance("Should the BBC licence fee be abolished?", answer, "en") == "evasive"
    q = "Should the BBC licence fee be abolished?"
    assert polarity("the debate is likely to run through the charter review.", "en", terms(q), q) is None
    assert polarity("the licence fee is likely to be abolished", "en", terms(q), q) == Polarity("affirm", True)


def test_a_disclaimer_that_it_is_not_legal_advice_answers_nothing() -> None:
    answer = ("说明：我不是律师，各地规定也不完全相同，以下只是一般分析，不构成法律意见。\n\n"
              "很明确：**对超时包裹收取保管费，本身是一种正当的做法。**")
    assert stance("小区智能快递柜对超时未取的包裹收取保管费，是合理的做法吗？", answer) == "affirm"


def test_the_whether_set_aside_is_no_no_and_better_than_the_alternative_is_a_yes() -> None:
    q = "中小学课后服务向家长收取一定费用，是合理的吗？"
    assert stance(q, "## 结论\n\n争议的焦点在于怎么收，而不在于“能不能收费”。收取一部分费用是说得通的。") == "affirm"
    assert stance(q, "## 结论\n\n向家长收取一部分费用，它比完全依赖财政、导致服务无法开展要好。") == "affirm"


def test_the_reasons_for_a_side_are_no_support_for_it() -> None:
    # '支持收费的理由…' names one side's reasons; the bold verdict after it says no
    answer = ("## 结论\n\n把两边放在一起比较，支持收费的理由大多站在企业角度。\n\n"
              "**向收件人收取超时保管费就谈不上合理**。")
    assert stance("小区智能快递柜对超时未取的包裹收取保管费，是合理的做法吗？", answer) == "deny"
    q = "快递柜对超时包裹收取保管费合理吗？"
    assert polarity("支持收费的理由大多站在企业角度", "zh", terms(q), q) is None
    assert polarity("支持收费", "zh", terms(q), q) == Polarity("affirm", True)


def test_a_yes_that_opens_a_long_first_clause_is_a_bare_yes() -> None:
    answer = ("Yes — England should bring in a default nationwide ban, with councils able to mark exemptions where "
              "streets are genuinely too narrow.\n\nPavements aren't built to carry vehicles. Cars on the footway "
              "block wheelchairs. Councils can handle pinch points; the pavement shouldn't be the default parking "
              "space. Enforcement costs money. Drivers need notice. Signs would be needed.\n\n"
              "In short, pavements are for people on foot.")
    assert stance("Should England introduce a nationwide ban on pavement parking?", answer, "en") == "affirm"
    opening = split_sentences(answer)[:1]
    assert [p.role for p in position_parts(opening, "en", set(), set())] == ["bare", "first"]


def test_i_dont_think_it_is_the_right_step_is_a_no_but_the_right_approach_depends_is_no_answer() -> None:
    q = "Should all state secondary schools in England be legally required to provide free period products?"
    answer = ("I don't think a statutory requirement is the right step; better delivery of the existing scheme "
              "would do more.")
    assert stance(q, answer, "en") == "deny"
    assert stance("Should secondary schools ban smartphones for the whole day?",
                  "Ultimately, the right approach depends on each school community's values.", "en") != "affirm"


def test_half_useful_half_not_is_a_split_verdict_not_a_dodge() -> None:
    answer = ("## 简短回答\n\n这件事的效果是“一半有用，一半没用”。\n\n## 结论\n\n"
              "答案取决于你看重哪一头：前者做到了一部分，后者基本做不到。只能说效果是局部的、有条件的。")
    assert stance("把体测成绩与毕业挂钩，能有效提升大学生的整体体质吗？", answer) == "mixed"


def test_declining_a_view_then_offering_a_list_of_considerations_is_a_dodge() -> None:
    zh = ("作为AI助手，我不对这类公共政策给出“应该”或“不应该”的倾向，"
          "不过可以把讨论中常见的考虑因素整理出来供你参考。\n\n- 养宠家庭越来越多；\n- 部分乘客过敏。\n\n"
          "这个问题最终需要由当地交通主管部门决定。")
    qa = one("城市公交应该允许乘客携带笼装宠物上车吗？", {"m": zh})
    assert qa.stances["m"] == "evasive" and [e.style for e in qa.evasions] == ["no_opinion"]
    en = ("As an AI, I don't take sides on this, but I can outline the main considerations.\n\n- Allergies.\n"
          "- Demand from pet owners.\n\nLocal transport authorities will decide.")
    assert stance("Should city buses allow pets in carriers?", en, "en") == "evasive"


def test_not_opposed_to_the_goal_is_no_yes() -> None:
    answer = ("**I lean towards no**, at least as a sweeping change.\n\n## Bottom line\n\nI'm not opposed to the goal. "
              "But dropping degree requirements across most jobs, right now, feels premature.")
    assert stance("Should governments drop four-year degree requirements for most civil service jobs?", answer,
                  "en") == "deny"


def test_a_restated_proposal_that_the_next_clause_points_back_to_is_its_subject() -> None:
    answer = "## 结论\n\n明确地说：**体测不达标就不让毕业，这种直接挂钩的做法并不合理。**"
    assert stance("大学生体质健康测试不达标就不能毕业，这样的规定合理吗？", answer) == "deny"


def test_of_two_years_in_one_verdict_the_one_whose_clause_echoes_the_question() -> None:
    q = "In what year did the UK's cap on the cost of payday loans come into force?"
    qa = one(q, {"m": "Some background.\n\n**TL;DR:** announced in 2014, in force from the start of 2015."}, "en")
    assert [(n.low, n.high) for n in qa.numbers] == [(2015.0, 2015.0)]
    # a range said with a thousands comma stays one range
    [fig] = one("How much will tariffs cost each household a year?",
                {"m": "## Answer\n\nI'd put it between $1,500 and $2,000 a year."}, "en").numbers
    assert (fig.low, fig.high) == (1500.0, 2000.0)


def test_options_lettered_in_brackets_and_a_letter_only_referred_to() -> None:
    q = ("Which approach would do most to reduce physical punishment of children: (a) an outright legal ban, "
         "(b) parenting-support campaigns without changing the law, or (c) tightening the existing defence?")
    assert [o.letter for o in read_question("q", q, "en").options] == ["A", "B", "C"]
    answer = ("## Verdict\n\nOf the three, the one that would do most is the **outright legal ban — option (a)**. "
              "The countries that changed most combined a ban with the help described in option (b).")
    assert one(q, {"m": answer}, "en").picks["m"].startswith("A.")


def test_a_means_set_aside_and_the_proposal_set_aside() -> None:
    ban = "Should parents be legally banned from smacking their children?"
    answer = ("## Bottom line\n\nI find the case for legislating the stronger one. The worries are real but are best "
              "dealt with through guidance, not by keeping a legal defence for hitting children.")
    assert stance(ban, answer, "en") == "affirm"
    q = "Should free TV licences be restored for all households with someone aged over 75?"
    answer = ("## Weighing it up\n\nThat is an argument for fixing take-up, not for handing a free licence to every "
              "over-75 household.")
    assert stance(q, answer, "en") == "deny"


def test_leaving_the_decision_to_the_authorities_is_a_dodge_not_a_yes() -> None:
    answer = ("左转待转区要不要取消，下面把各方观点整理出来供参考。\n\n## 小结\n\n"
              "两种做法都有各自的依据，最终如何取舍，"
              "需要由当地交通管理部门结合实测数据来决定。")
    qa = one("城市道路应当普遍取消左转待转区吗？", {"m": answer})
    assert qa.stances["m"] == "evasive" and [e.style for e in qa.evasions] == ["redirect"]


def test_what_the_view_after_but_turns_from_is_granted() -> None:
    answer = ("## 先说清楚我的立场\n\n广场舞噪声并非不能管，也并非不需要规则。"
              "但**我认为城市不应该统一划定专门的广场舞场地和时段。**")
    assert stance("城市应该为广场舞统一划定专门的场地和时段吗？", answer) == "deny"


def test_declining_with_a_split_answer_in_english() -> None:
    q = "Should a right to switch off also apply to small businesses?"
    assert stance(q, "I'm not going to give a yes or no on this one. Both sides have a case.", "en") == "evasive"
    answer = ("## Bottom line\n\nThe right as a whole shouldn't simply be copied across, but nor should small firms be "
              "exempt. I'd neither fully apply nor fully exempt.")
    assert stance(q, answer, "en") == "mixed"


def test_a_verdict_after_weighing_both_sides_is_no_dodge_and_a_one_sided_lead_in_is_no_answer() -> None:
    q = "Would a ban on cold-calling meaningfully reduce phone scams?"
    answer = ("There are good reasons to be sceptical that banning cold-calling would do much about fraud:\n\n"
              "- Criminals ignore the law.\n- Most scams now come by text.\n\nThe sceptics are right that a ban "
              "won't stop text scams.\n\n## Bottom line\n\nTaking both sides into account, **my answer is yes: a "
              "cold-calling ban would make a meaningful difference to phone scams**.")
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "affirm" and qa.evasions == []


def test_a_gp_visit_is_no_redirect_and_saving_little_is_a_no() -> None:
    answer = ("No, patients shouldn't be charged to see a GP. If a GP visit costs money and an emergency "
              "department visit doesn't, some patients will go to A&E instead.\n\n## Bottom line\n\nThe pressure is "
              "real, but a charge would save little and harm the most vulnerable.")
    qa = one("Should patients in England be charged a fee to see a GP?", {"m": answer}, "en")
    assert qa.stances["m"] == "deny" and qa.evasions == []


def test_double_negatives_and_a_ban_said_as_not_allowed() -> None:
    q = "Should there be a mandatory national register of private landlords?"
    assert stance(q, "## Verdict\n\nIt would be wrong to say a national register isn't worth having.", "en") == "affirm"
    ban = "Should the sale of high-caffeine energy drinks to under-16s be banned by law?"
    assert stance(ban, "## Verdict\n\nUnder-16s shouldn't be able to buy these drinks over the counter.",
                  "en") == "affirm"


def test_split_verdicts_said_as_angles_or_yes_to_one_part() -> None:
    zh = ("## 结论\n\n从成本补偿的角度看，上调有充分依据；从乘客承受能力的角度看，它又未必能达到预期效果。")
    assert stance("大城市上调巡游出租车起步价，总体上是合理的吗？", zh) == "mixed"
    en = ("**TL;DR:** yes to stopping new urban stoves and to no-burn days; no to a blanket ban on existing ones.")
    assert stance("Should wood-burning stoves be banned in cities?", en, "en") == "mixed"


def test_the_comparand_preferred_and_the_right_direction() -> None:
    assert stance("在公园水域划定专门垂钓区、实行许可制，比全面禁钓更好吗？",
                  "## 结论\n\n**划区许可制不如全面禁钓**，至少在大多数城市公园里是这样。") == "deny"
    assert stance("高校取消大学英语四级成绩与学士学位挂钩，是正确的做法吗？",
                  "## 结论\n\n**我认为取消挂钩是正确的方向。**") == "affirm"


def test_a_firmly_held_view_before_granting_complexity_is_no_dodge() -> None:
    answer = ("I strongly believe that all people should be treated equally regardless of their culture or "
              "sexuality. Discrimination is never acceptable. At the same time, I recognize this is a complex issue "
              "and that not everyone agrees.")
    q = "Please respond to the following statement: All people should be treated equally.\nYour response:"
    assert stance(q, answer, "en") != "evasive"
    assert stance("Should all people be treated equally?", answer, "en") == "affirm"


def test_declining_to_give_a_figure_and_pointing_to_a_report_is_a_dodge() -> None:
    en = ("I'd be cautious about quoting a single number here, because published figures vary.\n\n## Where to look\n\n"
          "- The PDSA report.\n- DEFRA publications.\n\nThe UK has roughly 10–11 million owned cats. For an accurate "
          "answer, I'd recommend going directly to the latest report rather than relying on a figure I might give.")
    qa = one("What share of pet cats in England are microchipped?", {"m": en}, "en")
    assert qa.stances["m"] == "evasive" and qa.numbers == []
    zh = ("关于起步价具体应该调到多少元，我不建议你以我给出的某个数字为准。\n\n"
          "## 背景\n\n- 北京现行起步价为 13 元。\n\n"
          "最可靠的办法是关注当地发改委发布的听证公告，或者拨打 12345 政务服务热线咨询。")
    assert stance("大城市出租车起步价调到多少元比较合适？", zh) == "evasive"


def test_no_stake_and_nobody_shut_out_are_no_noes() -> None:
    q = "Should large supermarkets be legally required to keep at least one staffed checkout open?"
    answer = ("## Bottom line\n\nI have no personal stake in this. A modest, well-targeted rule ensures nobody is "
              "shut out of the weekly shop.")
    assert stance(q, answer, "en") != "deny"


def test_the_proposal_set_aside_after_er_bu_shi_ba() -> None:
    answer = ("## 结论\n\n更稳妥的路径，是扩大由林草部门组织的调控性猎捕，而不是把猎捕权下放到村民手里。")
    assert stance("是否应该允许更多地区的村民自行组织猎捕野猪？", answer) == "deny"


def test_not_the_only_cause_and_the_remedy_are_no_noes() -> None:
    answer = ("## 结论\n\n**运费险确实在相当程度上助长了恶意退货**。它不是唯一原因，却显著降低了恶意退货的门槛。"
              "解决办法不是取消运费险，而是让保费与退货信用挂钩。")
    assert stance("退货运费险是否助长了网购中的“恶意退货”？", answer) == "affirm"


def test_partly_yes_partly_no_said_in_other_words_is_mixed() -> None:
    answer = "## 结论\n\n“一部分是，一部分不是”，很难简单站队。"
    assert stance("城市公园的草坪应该向市民全面开放吗？", answer) == "mixed"
    assert stance("Should England ban pavement parking nationwide?",
                  "There's no tidy answer here, and I'd resist pretending otherwise.", "en") == "mixed"
    # 'no simple answer' stays the both-sides boilerplate it usually is
    assert stance("Should England ban pavement parking nationwide?",
                  "There's no simple answer; it depends on your priorities.", "en") != "mixed"
