"""Verdicts said after a weighing, proposals recast rather than rejected, figures and picks as the answer's own.

"…, my answer is no: …" and "Weighing both sides, **yes, …**" are answer words; a split said in other words ("partly
right and partly wrong", "my honest position is split", under "So where does that leave me?") is mixed; "X, but
through a staged permit system" says how, not whether. "默认关闭不等于一律禁止，而是…",
"这个上限不宜是一刀切的固定金额，而应是…", "硬性门槛本身不是问题" and "…并不构成反对全面推行的充分理由" back the
proposal; "当然，这只是一种分析意见" qualifies a verdict and is none. "thoughtful people come down in different
places" and "各种观点都有其合理之处" leave the verdict to others; "Whether to reserve … involves trade-offs" restates
the question as open.

Figures: "cover 80–90%" is no "over 80–90%"; a figure the answer proposes is its own even beside "currently"; "我的估算"
heads a verdict. Picks: "National government should have the final say" names its pick as the subject; what comes
"rather than an activity dependent on family resources" is set aside.

Found on md-tune43 and md-tune44 (blind batches k85 and k87); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.numbers import figures
from tests.analysis_helpers import one, pairs, stance

_LONG_EN = "People have argued about this for years. The costs are real. The benefits are real too.\n\n"
_LONG_ZH = "这个问题争论已久。成本要考虑。公平也要考虑。各地情况不同。\n\n## 我的看法\n\n"


def test_a_figure_after_cover_is_no_lower_bound() -> None:
    assert [(f.low, f.high) for f in figures("Central government should cover 80–90% of the cost.")] == [(80, 90)]


def test_the_answer_word_named_mid_sentence_decides_over_an_argument_after_it() -> None:
    qa = one("Should the council publish the names of landlords who break safety rules?", {
        "a": _LONG_EN + "## Verdict\n\nWeighing the risks of error, my answer is no: I don't think the council should "
                        "publish the names of landlords who break safety rules.\n\nFines and inspections seem more "
                        "likely to get landlords to follow safety rules, with fewer side effects.",
    }, "en")
    assert qa.stances["a"] == "deny" and qa.confidence["a"] >= 0.9


def test_a_yes_after_weighing_both_sides_is_the_answer_word() -> None:
    assert stance("Should cities license e-scooter rental schemes?",
                  _LONG_EN + "## Where I land\n\nThe risks are real, but a flat ban would leave cities with no say "
                             "over the schemes at all.\n\nWeighing both sides, **yes, cities should license e-scooter "
                             "rental schemes, under strict permits**.", "en") == "affirm"


def test_a_split_said_in_other_words_under_a_where_does_that_leave_me_heading_is_mixed() -> None:
    assert stance("Should the council name shops that sell alcohol to minors?",
                  _LONG_EN + "## So where does that leave me?\n\nI'm persuaded that naming is fair for repeat "
                             "offenders. I'm not persuaded that naming every first slip is a good idea. It's partly "
                             "right and partly wrong, and the details decide which part wins.", "en") == "mixed"


def test_my_honest_position_is_split_is_a_mixed_verdict() -> None:
    assert stance("Should every pensioner get free swimming?",
                  _LONG_EN + "## My take\n\nSo my honest position is split. Yes for pensioners on low incomes; for "
                             "everyone regardless of income, I'm not convinced.", "en") == "mixed"


def test_a_yes_with_how_it_is_to_be_done_after_but_is_a_yes() -> None:
    assert stance("Should cities allow delivery robots on pavements?",
                  _LONG_EN + "With those caveats, I think cities should allow delivery robots on pavements, but "
                             "through a cautious, staged permit system that gives them the power to slow down or stop "
                             "if the evidence turns against the technology.", "en") == "affirm"


def test_both_sides_left_to_thoughtful_people_is_a_dodge() -> None:
    assert stance("Should cities allow delivery robots on pavements?",
                  "The question of whether cities should allow delivery robots sits at the intersection of safety, "
                  "jobs and street design, and thoughtful people come down in different places depending on what "
                  "they value most.", "en") == "evasive"


def test_whether_it_involves_trade_offs_is_the_question_left_open_not_a_yes() -> None:
    assert stance("Should councils reserve a share of jobs for apprentices?",
                  "As an AI, I don't take positions on questions of public policy like this one.\n\n## In summary\n\n"
                  "Whether to reserve a share of council jobs for apprentices involves trade-offs between access and "
                  "flexibility, and reasonable people weigh these differently.", "en") == "evasive"


def test_zh_a_proposal_recast_rather_than_rejected_backs_it() -> None:
    assert stance("儿童手表是否应该默认关闭加好友功能？",
                  _LONG_ZH + "默认关闭不等于一律禁止，而是把要不要开的决定交还给家长。") == "affirm"
    assert stance("是否应该为网约车的抽成比例设定上限？",
                  _LONG_ZH + "这个上限不宜是一刀切的固定数字，而应是按城市分档的比例。") == "affirm"


def test_zh_the_proposal_cleared_of_the_case_against_it_is_a_yes() -> None:
    assert stance("是否应该在全市推行垃圾分类积分制？",
                  _LONG_ZH + "“有些小区没必要”并不构成反对在全市推行的充分理由。") == "affirm"
    assert stance("是否应该把体测成绩作为评优的硬性门槛？",
                  _LONG_ZH + "硬性门槛本身不是问题，问题在于有没有补测机会。") == "affirm"


def test_zh_a_caveat_on_the_verdict_is_no_second_verdict() -> None:
    assert stance("是否应该默认关闭儿童手表的社交功能？",
                  _LONG_ZH + "**不宜通过强制默认关闭来处理这个问题**。\n\n"
                             "当然，这只是一种分析意见，具体政策还需要更多调研作为支撑。") == "deny"


def test_zh_all_views_having_their_reasons_is_a_dodge() -> None:
    assert stance("公办幼儿园是否应该普遍提供延时托管服务？",
                  "延时托管涉及家庭需求、儿童发展和财政投入等多方面的考量，"
                  "不同群体有不同的诉求，各种观点都有其合理之处。") == "evasive"


def test_zh_my_estimate_heading_and_a_suggested_figure_are_the_answer() -> None:
    qa = one("大学生兼职的最低时薪应该定在每小时多少元？", {
        "a": "## 背景\n- 一些城市规定临时岗位不低于每小时12元；\n- 外卖骑手的时薪多在20到30元。\n\n## 我的估算\n\n"
             "综合来看，**最低时薪定在每小时30元左右**比较合适。",
        "b": "## 背景\n- 一些城市规定临时岗位不低于每小时12元。\n\n"
             "如果一定要给出一个数字，我会建议**每小时15元左右**。",
    })
    assert {n.model: (round(n.low), round(n.high)) for n in qa.numbers} == {"a": (28, 32), "b": (14, 16)}
    assert pairs(qa.contradictions) == {frozenset("ab")}


def test_a_figure_the_answer_proposes_beside_currently_is_its_own() -> None:
    qa = one("After how many days should an unpaid invoice count as late?", {
        "a": "The EU default is 60 days, and some sectors impose 90.\n\nSo my answer is somewhere in the "
             "40-to-60-day range — stricter than the limits firms currently hide behind.",
    }, "en")
    assert qa.stances["a"] == "other" and qa.confidence["a"] >= 0.9
    assert [(n.low, n.high) for n in qa.numbers] == [(40, 60)]


def test_the_option_named_as_the_subject_of_should_have_the_final_say_is_the_pick() -> None:
    qa = one("Who should have the final say on a new stand — national government, the league, or the local safety "
             "authority?", {
                 "a": "The instinctive answer is to leave it to the local safety authority. But this is a national "
                      "settlement.\n\n## Where I land\n\nNational government should have the final say, drawing "
                      "heavily on local advice.",
                 "b": "The local safety authority decides.",
             }, "en")
    assert qa.picks == {"a": "national government", "b": "the local safety authority"}


def test_an_option_said_to_be_what_the_pick_is_rather_than_is_set_aside() -> None:
    qa = one("Who should pay for the ingredients in cooking lessons — the school or pupils' families?", {
        "a": "## In summary\n\nThe school should pay for the ingredients.\n\nThis keeps lessons reliable and treats "
             "cooking as part of the curriculum rather than an activity dependent on family resources.",
    }, "en")
    assert qa.picks == {"a": "the school"}


def test_the_figure_after_my_best_guess_is_the_answer_not_the_one_before_it() -> None:
    qa = one("In roughly what year will petrol leaf blowers be gone from gardens?", {
        "a": "| Phase | Year |\n|---|---|\n| Sales end | 2031 |\n| Gone | ~2038 |\n\n## Where I land\n\nSales could "
             "end in the early 2030s, but if the question is when they'll be gone completely, my best guess is about "
             "2040.",
    }, "en")
    assert [(n.low, n.high) for n in qa.numbers] == [(2038, 2042)]


def test_a_limit_asked_in_milligrams_is_a_figure_and_a_half_measure_is_no_share() -> None:
    qa = one("If the limit is lowered, what should the new limit be, in milligrams of alcohol per 100 millilitres "
             "of blood?", {
                 "a": "50mg per 100ml of blood.",
                 "b": "Stopping at 50 would be a half-measure. A third is **public acceptance**. I'd go to 20 mg.",
             }, "en")
    assert qa.kind == "number"
    assert {n.model: (n.low, n.high, n.unit) for n in qa.numbers} == {"a": (50, 50, "mg"), "b": (20, 20, "mg")}
    assert pairs(qa.contradictions) == {frozenset("ab")}


def test_cut_the_limit_said_back_to_a_question_about_cutting_it_is_a_yes_under_i_dont_think() -> None:
    assert stance("Should England and Wales cut their drink-drive limit to match Scotland's?",
                  _LONG_EN + "## My view\n\nOn the evidence we have, I don't think England and Wales should cut the "
                             "limit to match Scotland at this point.", "en") == "deny"


def test_zh_the_answer_word_for_now_after_i_think_outweighs_an_alternative_after_it() -> None:
    assert stance("个人养老金账户是否应该改为默认开设？",
                  _LONG_ZH + "把这些放在一起，我认为**现阶段不应该**把个人养老金改为默认开设。"
                             "更合理的顺序是先把制度本身做得值得参加，再谈默认开设。") == "deny"


def test_zh_no_simple_should_or_should_not_is_mixed() -> None:
    assert stance("个人养老金账户是否应该改为默认开设？",
                  _LONG_ZH + "单纯开设账户几乎没有成本；默认扣款则不同。"
                             "所以我很难给出一个简单的“应该”或“不应该”。") == "mixed"


def test_zh_not_unworkable_after_a_turn_and_a_caveat_on_the_verdict_keep_the_yes() -> None:
    assert stance("一线城市是否应该取消燃油车尾号限行？",
                  _LONG_ZH + "我一度倾向于认为保留限号更稳妥，但仔细比较之后，觉得取消限号并非不可行。"
                             "**我倾向于支持一线城市有序取消燃油车限号**。不过这个判断仍有不确定性，具体节奏需要审慎确定。"
                  ) == "affirm"
