"""Forecast consequences, elliptical negations, objection sections, and refusals that come with background figures.

Asked what should be done, "Outlawing it would most likely reduce choice" forecasts a consequence: its "likely" is
no yes. "I don't think a legal ban is the right answer" is a no. "The size varies, but the direction doesn't:" negates
the verb just said, not the question. A section headed "The counter-arguments, and why they don't change the answer"
answers objections one by one: no verdict heading. "It would be hard to argue that X would not…" is a yes; "costs
almost nothing" is a point for. "Whether a law is the right way is much less clear" hedges.

Chinese: "我不对……给出支持或反对的结论" and "这个判断我留给你自己来做" take no position;
"这个问题我没办法给出一个具体年份" with a law's date of entry into force as background gives no forecast;
"说……不准确，说……同样不准确" is part yes, part no.

Questions: "…designs, such as dividing armrests or sloped seats, on new benches?" gives examples, not options.

Found on md-tune31 (blind batch k62, moved from the held-out sets) and md-tune32 (blind batch k63)."""

from __future__ import annotations

from pathlib import Path

import yaml

from drafter.analysis.engine.blocks import verdict_heading
from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance

_DATA = Path(__file__).parent / "data"


def _tuning_answer(path: str, qid: str, model: str) -> tuple[str, str]:
    """A question and one model's answer from a tuning set."""
    data = yaml.safe_load((_DATA / path).read_text(encoding="utf-8"))
    question = next(q["text"] for q in data["questions"] if q["id"] == qid)
    return question, next(a["text"] for a in data["answers"] if a["question"] == qid and a["model"] == model)

_SUPPLEMENT = "Should package holiday companies be banned from charging solo travellers a single supplement?"
_PRICES = "Would a ban on single supplements push up package holiday prices for couples and families?"


def test_the_odds_of_a_consequence_are_no_yes_to_what_should_be_done() -> None:
    answer = ("Outlawing the supplement altogether would most likely reduce choice and shift costs rather than "
              "remove them.")
    assert stance(_SUPPLEMENT, answer, "en") != "affirm"


def test_odds_on_the_verdict_itself_still_say_yes() -> None:
    # guard (held before too): the odds word qualifies the verdict, not a forecast consequence
    assert stance(_SUPPLEMENT, "A ban would probably be a good idea.", "en") == "affirm"


def test_not_the_right_answer_is_a_no() -> None:
    answer = "**On balance, I don't think a legal ban is the right answer.** The cost just moves somewhere else."
    assert stance(_SUPPLEMENT, answer, "en") == "deny"


def test_a_negation_of_the_verb_just_said_answers_nothing() -> None:
    answer = ("The size varies, but the direction doesn't: sharing guests would pick up at least part of the cost, "
              "so prices for couples and families would go up under a blanket ban.")
    assert stance(_PRICES, answer, "en") != "deny"


def test_the_same_ellipsis_said_of_the_question_subject_still_says_no() -> None:
    # guard (held before too): 'but the ban won't' is about what the question asks
    assert stance("Will the ban work?", "Some hope so, but the ban won't.", "en") == "deny"


def test_a_heading_over_the_objections_is_no_verdict_heading() -> None:
    assert not verdict_heading("The counter-arguments, and why they don't change the answer")
    assert verdict_heading("The answer")


def test_hard_to_argue_that_it_would_not_is_a_yes() -> None:
    answer = "It would be hard to argue that couples and families would not end up paying more."
    assert stance(_PRICES, answer, "en") == "affirm"


def test_costing_almost_nothing_is_a_point_for() -> None:
    q = "Should every school minibus be legally required to carry a first-aid kit?"
    answer = ("Making a first-aid kit a legal requirement for every school minibus costs schools almost nothing and "
              "removes confusion.")
    assert stance(q, answer, "en") != "deny"


def test_a_right_aim_but_a_much_less_clear_means_is_mixed() -> None:
    # the whole answer: its bold "A kit on board is plainly sensible" points outweighed "Partly yes, partly no"
    q, answer = _tuning_answer("md-tune31/en-k62-04-minibus-first-aid-kits.yaml", "q1", "delta")
    assert answer.startswith("## My take, briefly\n\nPartly yes, partly no.")
    assert stance(q, answer, "en") == "mixed"


def test_declining_to_give_a_verdict_and_handing_it_back_is_a_dodge() -> None:
    # the whole answer: "我不对……给出支持或反对的结论" had been read as a no; both sides listed, the judgement
    # handed back
    q, answer = _tuning_answer("md-tune32/zh-k63-01-mangdao-zhanyong-yancha.yaml", "q1", "gamma")
    assert answer.startswith("作为AI助手，我不对") and answer.rstrip().endswith("这个判断我留给你自己来做。")
    assert stance(q, answer) == "evasive"


def test_a_refused_year_with_a_law_in_force_as_background_is_a_dodge() -> None:
    q = "你估计中国地级及以上城市大约会在哪一年基本实现夜间施工工地噪音在线监测全覆盖？"
    answer = ("抱歉，这个问题我没办法给出一个具体年份。\n\n## 原因\n\n"
              "- **没有公开的全国性时间表**：国家层面尚未明确完成年份；\n- **各地进度差异很大**。\n\n## 背景补充\n\n"
              "《噪声污染防治法》自2022年6月5日起施行，其中对夜间施工作出了专门规定。")
    qa = one(q, {"m": answer})
    assert qa.stances["m"] == "evasive"
    assert not qa.numbers


def test_a_forecast_year_is_still_read_after_the_law_in_force() -> None:
    # '在2028年' had been taken for the past (any '在YYYY年' was), so the law's date won
    q = "你估计中国地级及以上城市大约会在哪一年基本实现夜间施工工地噪音在线监测全覆盖？"
    answer = "《噪声污染防治法》自2022年6月5日起施行。我判断大约在2028年基本实现全覆盖。"
    qa = one(q, {"m": answer})
    assert [n.figure for n in qa.numbers] == ["大约在2028"]


def test_both_claims_called_inaccurate_is_part_yes_part_no() -> None:
    q = "推广电子学生证会不会明显增加学生信息泄露的风险？"
    answer = "说它“一定会明显增加风险”不准确，说“完全不会增加”同样不准确。关键看学校的防护投入。"
    assert stance(q, answer) == "mixed"


def test_examples_set_off_by_commas_are_no_options() -> None:
    q = ("Should councils be allowed to use anti-rough-sleeping designs, such as dividing armrests or sloped seats, "
         "on new high-street benches?")
    assert read_question("q2", q, "en").kind == "yesno"


def test_a_short_bold_view_in_the_first_person_is_the_verdict() -> None:
    q, answer = _tuning_answer("md-tune31/en-k62-02-single-supplement-ban.yaml", "q1", "delta")
    assert "Still, **I lean towards no** — I'd stop short of an outright ban" in answer
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "deny"


def test_a_bold_clause_calling_the_proposal_justified_is_the_verdict() -> None:
    q = "Should new blocks of flats be legally required to include a secure communal bike store?"
    answer = ("I don't have personal political opinions. That said, the evidence points fairly clearly in one "
              "direction: **a legal requirement for secure communal bike storage in new flats is justified.**\n\n"
              "- Theft is common where storage is poor.\n- Retrofitting is far dearer than building it in.\n"
              "- Some residents will never cycle.\n- Space in small blocks is tight.\n")
    assert stance(q, answer, "en") == "affirm"


def test_placing_the_responsibility_with_an_option_picks_it() -> None:
    q = "Who should check that the kits are complete — the school, the local authority, or the driver?"
    qa = one(q, {"a": "Taking all of that into account, I'd place the responsibility with the school itself.",
                 "b": "**The local authority.** It can inspect every school the same way."}, "en")
    assert [c.kind for c in qa.contradictions] == ["choice"]


def test_supporting_part_and_opposing_part_is_mixed() -> None:
    q = ("Should publicly owned swimming pools be required to offer at least one adult-only lane swimming session "
         "every week?")
    answer = ("I support part of the proposal — a guarantee of regular lane swimming — and oppose part of it — forcing "
              "that time to be adult-only everywhere.")
    assert stance(q, answer, "en") == "mixed"


def test_an_argument_seen_elsewhere_is_a_side_to_weigh_not_the_answer() -> None:
    q, answer = _tuning_answer("md-tune33/en-k65-04-canal-mooring-fee-cap.yaml", "q1", "gamma")
    assert "I've seen the argument that mooring fees are a private commercial matter" in answer
    assert stance(q, answer, "en") == "affirm"


def test_an_idiom_with_a_negator_inside_is_no_negation() -> None:
    q = "通过夜间专线核实后，一个月内被投诉三次以上的噪音扰民者，是否应当直接处以罚款？"
    assert stance(q, "让屡教不改的扰民者付出代价，是应当的。") != "deny"


def test_ranking_the_alternative_the_question_names_lower_agrees_with_it() -> None:
    q = "If paid carer's leave is introduced, should the state rather than employers pay for it?"
    answer = ("For those reasons I come down in favour of the state funding paid carer's leave, reimbursed through "
              "payroll, rather than leaving employers to carry it.")
    assert stance(q, answer, "en") == "affirm"


def test_setting_the_proposal_aside_still_says_no() -> None:
    # guard (held before too): what is set aside here is the proposal itself
    q = "Should councils introduce a levy on disposable barbecues?"
    assert stance(q, "Rather than introducing a levy, councils should enforce the existing bans.", "en") == "deny"


def test_refusing_to_say_and_leaving_the_call_to_the_asker_is_a_dodge() -> None:
    q, answer = _tuning_answer("md-tune34/en-k67-01-trampoline-park-first-aiders.yaml", "q1", "delta")
    assert "I won't tell you whether this ought to become law." in answer
    assert stance(q, answer, "en") == "evasive"


def test_no_case_for_leaving_someone_outside_the_duty_is_a_yes() -> None:
    q = "Should bike shops be legally required to record the frame numbers of second-hand bikes they sell?"
    answer = ("On balance, there's no persuasive case for leaving bike shops outside the record-keeping duties that "
              "already apply to comparable second-hand trades.")
    assert stance(q, answer, "en") == "affirm"


def test_a_policy_choice_named_in_a_refusal_is_no_pick() -> None:
    q, answer = _tuning_answer("md-tune34/zh-k67-02-hugong-tongyi-peixun.yaml", "q2", "delta")
    assert answer.startswith("这是一个涉及财政分配和医疗机构管理的政策选择问题。")
    assert stance(q, answer) == "evasive"


def test_an_opening_answer_word_outweighs_argument_sentences_that_read_the_other_way() -> None:
    # "Yes — … and I'd support it", then "Drivers can't police it", "A driver … cannot see whether row 12 is belted":
    # reasons for the yes, whose negations had made the reading half-sure
    q, answer = _tuning_answer("md-tune35/en-k69-01-coach-seatbelt-reminders.yaml", "q1", "alpha")
    assert answer.startswith("Yes — making seatbelt reminders mandatory on every coach seat")
    assert stance(q, answer, "en") == "affirm"


def test_an_explicit_later_verdict_still_overrides_the_opening_word() -> None:
    # guard (held before too): the opening word decides only against argument sentences, not against a conclusion
    q = "Should coach operators be required to fit seatbelt reminders on every seat?"
    answer = ("Yes, at first sight. Belts only work if worn.\n\n## Bottom line\n\n"
              "**On reflection, no: I would not require them on every seat.**")
    assert stance(q, answer, "en") == "deny"


def test_none_of_the_problems_being_a_reason_to_drop_it_is_a_yes() -> None:
    q = "Should coach operators be required to fit seatbelt reminders on every seat?"
    assert stance(q, "None of these problems is a reason to drop the idea; they're design details.", "en") == "affirm"


def test_finding_no_tenable_reason_for_the_opposite_claim_is_a_yes() -> None:
    q = "医院把检验报告默认推送到患者手机，总体上利大于弊吗？"
    assert stance(q, "说默认推送“弊大于利”，我找不到能站住的理由。") == "affirm"
