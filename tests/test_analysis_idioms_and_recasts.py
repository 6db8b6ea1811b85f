"""Idioms that only look negative, recast and rejected claims, balanced summaries, and choice questions that list
their options after a dash.

"I wouldn't say no to binding limits" and "they're overdue" are yeses; "is not unreasonable" undoes a judgement
against; "It will not fix the underlying contract" concedes a limit and takes no side; "Keep it simple: …" says how,
not to keep things as they are; "I'd support better data at area level" backs something the question does not
propose. "Partly yes and partly no" after a both-sides weighing is a split verdict, not a dodge.

Chinese: "不是"可以试试"，而是应该成为常规" is a yes; "X，不是不让A，而是不让B" recasts the proposal;
"…，而不是变相不放开" rejects a no; "既有明显的社会效益，也面临现实约束" weighs both sides; "一半该免，一半不该免",
"回答"应该"或"不应该"都不符合实际" and "如果问X，…是对；如果问Y，…要看条件" split the verdict; "需要先说明："
announces a caveat, not "yes, it is needed".

Figures and options: "roughly 12 to 13 weeks" is 84–91 days; "…, in weeks?" asks for a figure; "——A，B，还是C？" offers
three options, the first with its own 、; an option in bold among several named is the pick.

Found on md-tune36 (blind batch k71)."""

from __future__ import annotations

from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance

_SCREENS = "Should there be legally binding limits on how bright digital advertising screens can be at night?"
_POTHOLES = "Should councils be legally required to publish how long they take to repair the potholes residents report?"
_DENTISTS = ("Should every NHS dental practice be made to publish how long new patients have to wait for an "
             "appointment?")


def test_wouldnt_say_no_to_something_is_a_yes() -> None:
    assert stance(_SCREENS, "I wouldn't say no to binding limits — in fact, I think they're overdue.", "en") == "affirm"


def test_the_bare_idiom_still_says_yes() -> None:
    # guard (held before too)
    assert stance(_SCREENS, "I wouldn't say no.", "en") == "affirm"


def test_a_measure_said_to_be_overdue_is_wanted() -> None:
    assert stance(_SCREENS, "Honestly, I think they're overdue.", "en") == "affirm"


def test_not_unreasonable_is_no_no() -> None:
    answer = "Asking councils to report how long they take is not unreasonable."
    assert stance(_POTHOLES, answer, "en") != "deny"


def test_a_judgement_against_without_the_not_is_still_a_no() -> None:
    # guard: 'unworkable' is now a negator of its own
    assert stance(_POTHOLES, "A new legal duty would be unworkable for small councils.", "en") == "deny"


def test_keep_it_simple_is_no_vote_for_the_status_quo() -> None:
    answer = "Keep it simple: time to make safe, time to permanent repair, share of repairs redone."
    assert stance(_POTHOLES, answer, "en") != "deny"


def test_a_limit_conceded_does_not_outweigh_the_verdict() -> None:
    answer = ("My view: yes, publication should be mandatory for every practice holding an NHS contract.\n\n"
              "It will not fix the underlying contract, and it should not be presented as a substitute for contract "
              "reform. As a transparency measure, though, it is well justified.")
    assert stance(_DENTISTS, answer, "en") == "affirm"


def test_support_for_something_else_is_no_yes() -> None:
    answer = ("I understand the frustration behind the proposal, and I'd support better data at area level. So, on "
              "balance, no: practices shouldn't be made to publish their own waiting times.")
    assert stance(_DENTISTS, answer, "en") == "deny"


def test_coming_down_against_the_proposal_in_other_words_is_still_a_no() -> None:
    # guard: the object of 'against' restates the proposal, so it is no 'something else'
    question = ("Should unaddressed advertising mail only be delivered to households that have opted in to "
                "receive it?")
    answer = "Having gone through both sides, I come down against making opt-in mandatory."
    assert stance(question, answer, "en") == "deny"


def test_partly_yes_partly_no_after_both_sides_is_a_split_not_a_dodge() -> None:
    question = "Should fireworks only be sold to the public in the weeks around the main festivals?"
    answer = ("There are strong arguments on both sides, and I find that I'm genuinely pulled in two directions.\n\n"
              "For the loudest fireworks, a sales window makes sense; for sparklers it seems heavy-handed.\n\n"
              "So where does that leave the question as asked? Partly yes and partly no.")
    qa = one(question, {"m": answer}, "en")
    assert qa.stances["m"] == "mixed"
    assert not qa.evasions


_QUIET = "是否应该在所有高铁列车上全面设立静音车厢？"
_NIGHT = "国有大型博物馆是否应该把夜间延时开放变成常态？"
_STALLS = "为了提振夜间经济，城市夜市是否应该免收摊位费？"


def test_not_the_weaker_claim_but_the_stronger_is_a_yes() -> None:
    assert stance(_NIGHT, "不是\"可以试试\"，而是应该成为常规。", "zh") == "affirm"


def test_a_recast_after_a_comma_keeps_the_yes() -> None:
    question = "是否应该明令禁止社区团购平台以低于成本的价格销售商品？"
    answer = "结论先行：应该明令禁止。明令禁止低于成本销售，不是不让商品便宜，而是不让平台\"用亏钱换垄断\"。"
    assert stance(question, answer, "zh") == "affirm"


def test_rejecting_a_disguised_no_is_a_yes() -> None:
    question = "是否应该允许互联网医院在线首诊开方？"
    answer = "需要说明的是，\"有条件\"指的是限定范围，而不是变相不放开。"
    assert stance(question, answer, "zh") == "affirm"


def test_a_caveat_announced_is_no_yes() -> None:
    assert stance(_QUIET, "需要先说明：以下只是基于公开信息的一般性分析。", "zh") != "affirm"


def test_both_sides_weighed_in_one_sentence_takes_no_side() -> None:
    answer = "可以看出，夜间延时开放既有明显的社会效益，也面临成本、安全和文物保护方面的现实约束。"
    assert stance(_NIGHT, answer, "zh") != "affirm"


def test_half_and_half_is_mixed() -> None:
    assert stance(_STALLS, "一半该免，一半不该免。", "zh") == "mixed"


def test_neither_answer_fits_is_mixed() -> None:
    assert stance(_STALLS, "一刀切地回答\"应该\"或\"不应该\"，都不符合实际。", "zh") == "mixed"


def test_two_readings_of_the_question_with_two_answers_is_mixed() -> None:
    answer = ("如果问\"方向对不对\"，我的回答是对；如果问\"是否应在所有车次上全面铺开\"，"
              "那要取决于管理能力和细则能否跟上。所以我的立场是一半赞成、一半保留。")
    assert stance(_QUIET, answer, "zh") == "mixed"


def test_a_range_of_weeks_counts_both_ends_in_weeks() -> None:
    [fig] = figures("roughly 12 to 13 weeks")
    assert (fig.low, fig.high, fig.unit) == (84.0, 91.0, "days")


def test_a_unit_named_at_the_end_makes_a_figure_question() -> None:
    info = read_question("q2", "What is the longest a new NHS patient should have to wait for a first routine "
                               "dental check-up, in weeks?", "en")
    assert (info.kind, info.unit) == ("number", "days")


def test_options_after_a_dash_run_back_from_the_last_one() -> None:
    info = read_question("q2", "博物馆夜场怎样安排最合适——每周五、周六晚固定开放，只在节假日和暑期集中开放，"
                               "还是工作日每晚都开？", "zh")
    assert [o.text for o in info.options] == ["每周五、周六晚固定开放", "只在节假日和暑期集中开放", "工作日每晚都开"]


def test_the_option_in_bold_is_the_pick_of_a_verdict_that_names_both() -> None:
    question = ("What should councils' pothole repair times be measured against — a single national deadline set "
                "by government, or targets each council sets for itself?")
    answer = ("Councils know their roads.\n\n## My conclusion\n\nBut for the question of what councils are measured "
              "against, the answer has to be a **single national deadline set by government**.")
    qa = one(question, {"m": answer}, "en")
    assert qa.picks.get("m") == "a single national deadline set by government"


def test_a_generic_verb_shared_by_two_options_names_neither() -> None:
    question = ("What should councils' pothole repair times be measured against — a single national deadline set "
                "by government, or targets each council sets for itself?")
    answer = "My recommendation: locally set targets, published in a common format."
    assert one(question, {"m": answer}, "en").picks.get("m") == "targets each council sets for itself"


def test_the_answer_word_opening_a_sentence_outweighs_the_alternative_it_then_backs() -> None:
    question = "医院是否应该把检验报告默认推送到患者登记的手机上？"
    answer = "**不，\"默认推送\"这种方式弊大于利**；我支持的是\"患者主动开通后再推送\"。"
    assert stance(question, answer, "zh") == "deny"


def test_a_view_opening_its_own_sentence_is_still_read() -> None:
    # guard: with no answer word before it, the view is the position
    question = "医院是否应该把检验报告默认推送到患者登记的手机上？"
    assert stance(question, "我支持默认推送，同时保留关闭的选项。", "zh") == "affirm"
