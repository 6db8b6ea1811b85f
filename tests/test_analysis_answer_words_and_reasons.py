"""Where a long answer says its verdict in so many words, that decides: an answer word opening a verdict sentence
outweighs what is inferred from the sentences beside it; a verdict marked in the body keeps the closing block's
inferences strict; the reasons listed under a stated verdict are arguments, not second verdicts; a both-sides
preamble that leads into a verdict after a colon is no dodge; an opening that reports what others say is not the
answer's own; backing one version of the proposal and opposing another is mixed, and a turn to oppose what the
rules cannot place leaves no plain yes. Also: a 'how many' governed by a preposition leaves a yes/no question
yes/no, counts written in words are counts, and "in short supply" is no "In short,". Found on md-tune, md-tune9,
md-tune12, md-tune24 and md-tune25."""

from __future__ import annotations

from drafter.analysis.engine.claims import read_claim
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.roles import position_parts
from drafter.analysis.engine.sentences import split_sentences
from tests.analysis_helpers import stance

PENSION_Q = "Should a first-time investor keep around 10% of their pension in emerging-market shares?"


def test_an_answer_word_opening_the_verdict_outweighs_an_inference_beside_it() -> None:
    answer = ("1. **No dividends to speak of.** Many such firms pay nothing.\n"
              "2. **No floor.** Currencies can fall by a third in a year.\n\n"
              "## My verdict\n\n"
              "**Yes — for an investor with twenty years to go, a 10% slice is sensible.** Use a cheap index fund, "
              "rebalance yearly, and never add more because prices jumped.")
    assert stance(PENSION_Q, answer, "en") == "affirm"


def test_answer_words_on_both_sides_of_the_verdict_block_still_split_it() -> None:
    answer = ("## Where I land\n\n**Yes — for an investor with twenty years to go.** "
              "**No — for anyone retiring within five.**")
    assert stance(PENSION_Q, answer, "en") != "affirm"


LIFT_Q = "新国标实施后，还应该继续禁止乘客在电梯里使用电动平衡车吗？"


def test_a_verdict_marked_in_the_body_is_not_contested_by_a_summary_that_only_infers() -> None:
    answer = ("不可否认，新国标会让新产品更安全。但就这个问题，我的回答是：**应该继续禁止。**\n\n"
              "1. 存量产品更替要好几年；\n2. 电梯空间封闭，一旦起火难以疏散。\n\n"
              "## 一句话概括\n\n标准管的是产品，禁令管的是使用，前者代替不了后者。")
    assert stance(LIFT_Q, answer, "zh") == "affirm"


STATION_Q = "是否应该要求所有高铁站都配备独立的儿童游乐区？"


def test_the_reasons_listed_under_a_stated_verdict_are_not_second_verdicts() -> None:
    answer = ("先说明一下：我是人工智能助手，不代表任何机构的立场，以下是基于公开讨论的分析。\n\n"
              "## 我的判断\n\n综合来看，**我认为所有高铁站都应当配备独立的儿童游乐区**，老站可以分期改造。\n\n"
              "理由有三点：\n\n"
              "1. **候车时间长**，孩子需要活动空间。\n"
              "2. **安全是底线**，用普通候车区代替儿童游乐区并不合适。\n"
              "3. **标准能倒逼设计**，新站纳入规范后成本会下降。")
    assert stance(STATION_Q, answer, "zh") == "affirm"


REFILL_Q = "Should cafés be legally required to fill customers' own cups at a discount?"


def test_a_both_sides_preamble_that_leads_into_a_verdict_after_a_colon_is_no_dodge() -> None:
    answer = ("## The case against\n\n- **Hygiene.** Staff handle unknown cups.\n- **Cost.** Small cafés run on thin "
              "margins.\n\n## The case for\n\n- **Waste.** Billions of cups are binned each year.\n\n"
              "So, having looked at both sides: **yes, cafés should be required to fill customers' own cups at a "
              "discount**, with a hygiene exemption for cracked or dirty cups.")
    assert stance(REFILL_Q, answer, "en") == "affirm"


def test_an_opening_that_reports_what_others_say_is_not_the_answers_own() -> None:
    answer = ("Many sceptics argue no: the savings are small.\n\n"
              "I'd say the discount pays for itself in footfall, so the requirement makes sense.")
    assert stance(REFILL_Q, answer, "en") != "deny"


def test_no_reason_not_to_is_a_yes() -> None:
    answer = "I honestly can't find a convincing reason not to require it. The cost to cafés is tiny."
    assert stance(REFILL_Q, answer, "en") == "affirm"


def test_in_short_supply_is_no_conclusion_marker() -> None:
    sents = split_sentences("Reusable cups are still in short supply at some stations.\n\nIn short, the rule is sound.")
    roles = [p.role for p in position_parts(sents, "en")]
    assert roles[-1] == "conclusion" and "conclusion" not in roles[:-1]


def test_a_how_many_governed_by_a_preposition_leaves_the_question_yes_no() -> None:
    q = read_question("q1", "Should there be a cap on how many times a learner can retake the driving theory test?",
                      "en")
    assert q.kind == "yesno"
    asked = read_question("q2", "How many times should a learner be allowed to retake the theory test?", "en")
    assert asked.kind == "number"


RETAKE_Q = "If a cap were introduced, how many retakes per year should a learner be allowed?"


def test_a_count_written_in_words_is_read_and_an_approximate_one_is_not_firm() -> None:
    exact = read_claim(split_sentences("Three retakes a year is the right limit."), "count", RETAKE_Q)
    rough = read_claim(split_sentences("Roughly three retakes a year seems fair to me."), "count", RETAKE_Q)
    assert exact is not None and (exact.low, exact.high, exact.firm) == (3.0, 3.0, True)
    assert rough is not None and (rough.low, rough.firm) == (3.0, False)


PERMIT_Q = "Should anglers be required to buy a permit before fishing in city canals?"


def test_backing_one_version_and_opposing_another_in_the_questions_terms_is_mixed() -> None:
    answer = ("## My view\n\nI'd support permits for the busiest canal stretches in summer, but I can't endorse a "
              "permit requirement covering every city canal all year.")
    assert stance(PERMIT_Q, answer, "en") == "mixed"


def test_backing_an_alternative_and_opposing_the_proposal_is_not_mixed() -> None:
    answer = ("## My view\n\nI'd support better signage and more wardens, but I'm opposed to a permit requirement for "
              "anglers.")
    assert stance(PERMIT_Q, answer, "en") != "mixed"


NURSING_Q = "是否应该要求所有商场都强制配备独立的母婴室？"


def test_backing_coverage_then_opposing_a_requirement_the_rules_cannot_place_is_no_plain_yes() -> None:
    answer = "## 结论\n\n支持提高母婴设施的覆盖率，但反对“每家必配独立房间”的硬性要求，分级配置更务实。"
    assert stance(NURSING_Q, answer, "zh") != "affirm"
