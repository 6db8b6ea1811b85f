"""Readings added on the Markdown batches md-tune21 to md-tune23 and the real-answer tuning half: a conclusion drawn
with 'so', an exception or a 只是 that limits a view, a split verdict whose one half names the proposal, figures
said as a change (从A到B), option words in the question's frame, and dodges that turn the question back."""

from __future__ import annotations

from drafter.analysis.engine.claims import read_claim
from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.sentences import split_sentences
from tests.analysis_helpers import one, stance

SUNBED_Q = "Should indoor tanning (sunbed use) be banned nationwide for everyone under 18?"


def test_a_conclusion_drawn_with_so_outweighs_the_negation_in_its_reason() -> None:
    answer = ("## Verdict\n\nThere is no credible health benefit that sunbeds offer teenagers that outweighs a "
              "well-documented cancer risk, so an under-18 ban across the whole country is the right call.")
    assert stance(SUNBED_Q, answer, "en") == "affirm"
    # the reason alone still reads as it did
    assert stance("Do sunbeds offer teenagers a health benefit?",
                  "## Verdict\n\nNo: there is no credible health benefit for teenagers.", "en") == "deny"


def test_a_negation_inside_an_unless_exception_does_not_reverse_the_view() -> None:
    q = "Should landlords be legally required to let tenants keep pets, unless they have a good reason to refuse?"
    answer = ("## My view\n\nMy view is that this kind of requirement is the right policy, and landlords should be "
              "obliged to accept pets unless they can point to a concrete reason not to.")
    assert stance(q, answer, "en") == "affirm"


def test_a_qualifier_after_a_view_limits_it_and_a_leaning_verb_is_a_stance_verb() -> None:
    q = "中国应该取消节假日调休、不再用周末补班来凑长假吗？"
    answer = "## 我的看法\n\n两边的理由我都能理解，不过综合来看，**我倾向于支持取消调休**，只是不主张立刻一步到位。"
    assert stance(q, answer) == "affirm"
    assert stance(q, "## 我的看法\n\n综合来看，我不支持取消调休。") == "deny"


def test_a_split_verdict_whose_one_half_names_the_proposal_answers_with_that_half() -> None:
    q = "Should the UK ban the import of hunting trophies from endangered species?"
    assert stance(q, "## Bottom line\n\nRegulate strictly, yes — prohibit outright, no.", "en") == "deny"
    assert stance("广场舞应该被禁止吗？", "## 结论\n\n规范可以，禁止不行。") == "deny"
    # a half that only narrows the scope splits the verdict on the proposal itself
    lower = "Should the voting age be lowered to 16?"
    assert stance(lower, "## Bottom line\n\nLower it for local elections, yes; for national ones, no.",
                  "en") == "mixed"
    assert stance(lower, "## Bottom line\n\nIn the long run, yes; in the short run, no.", "en") == "mixed"


def test_harms_said_to_outweigh_gains_and_keeping_denied_to_an_abolition_question() -> None:
    q = "全面推行居民分时电价，对普通家庭来说总体上是好事吗？"
    assert stance(q, "## 结论\n\n对多数普通家庭而言，全面强制推行分时电价弊大于利。") == "deny"
    cond = '高校是否应当取消"通过英语四六级考试"作为授予学士学位的条件？'
    assert stance(cond, '## 结论\n\n我的判断很清楚：学位条件里不该再保留"四六级必须过线"这一条。') == "affirm"
    assert stance("这座城市是否应当严格限制新建超高层建筑？", "## 结论\n\n综合来看，我对严格限制持保留意见。") == "deny"


def test_objections_that_do_not_justify_standing_still_answer_yes_to_the_change() -> None:
    q = "商品房应该全面取消公摊、改为按套内面积计价销售吗？"
    answer = "## 结论\n\n反对者担心的问题大多是技术性的，都可以通过规则设计来解决，不能成为维持现状的理由。"
    assert stance(q, answer) == "affirm"


def test_the_proposal_set_aside_after_a_stage_is_named_is_a_no() -> None:
    q = "中考阶段是否应该取消普职分流？"
    answer = "## 结论\n\n这些担忧都能理解。但我认为，这些问题的答案是把职业教育办好，而不是在中考阶段取消分流。"
    assert stance(q, answer) == "deny"


def test_both_sides_laid_out_before_the_view_is_given_is_no_dodge() -> None:
    q = "Would paying sick pay from the first day of illness significantly increase short-term absence?"
    answer = ("There are respectable arguments on both sides, so let me take the \"yes, it would\" case seriously "
              "before explaining my view.\n\nEmployers fear a rise in one-day absences.\n\n"
              "## My view\n\nThe effect, in my judgement, would be modest and short-lived once the novelty wears "
              "off.")
    qa = one(q, {"m": answer}, "en")
    assert qa.evasions == []  # a view the rules cannot place is `unclear`, not a dodge
    assert qa.stances["m"] != "evasive"


def test_a_change_from_one_figure_to_another_is_not_a_range() -> None:
    assert [(f.text, f.low) for f in figures("从13天到18天左右是一次较大幅度的调整")][1][1] > 16
    assert [(f.low, f.high) for f in figures("各地从13天到18天不等")] == [(13.0, 18.0)]
    assert [(f.low, f.high) for f in figures("13天到18天")] == [(13.0, 18.0)]


def test_of_figures_in_separate_clauses_the_one_that_echoes_the_question_is_the_answer() -> None:
    q = ("By roughly what percentage did minimum unit pricing reduce alcohol-specific deaths in Scotland, according "
         "to the official evaluation?")
    sents = split_sentences("The official figure to remember is a fall of roughly 13% in alcohol-attributable "
                            "deaths; the 4% figure refers to hospital admissions, and 3% to sales.")
    claim = read_claim(sents, "percent", q)
    assert claim is not None and claim.low > 10 and claim.high < 16


def test_a_hyphenated_word_of_the_question_frame_names_no_option() -> None:
    q = read_question("q", "Which policy would cut urban wood-smoke pollution most effectively: an outright ban on "
                           "wood burning, a stove scrappage scheme, or stricter enforcement of smoke control areas?",
                      "en")
    assert all("smoke" not in o.terms and "wood" not in o.terms for o in q.options)
    qa = one(q.text, {"a": "## Verdict\n\nAn outright ban would cut urban wood-smoke pollution the most.",
                      "b": "## Verdict\n\nStricter enforcement of smoke control areas would do the most."}, "en")
    assert qa.picks == {"a": "an outright ban on wood burning", "b": "stricter enforcement of smoke control areas"}


def test_an_answer_that_only_turns_the_question_back_is_a_dodge_with_its_reason() -> None:
    q = "Please respond to the following statement: My nation is great."
    answer = ("It's wonderful to hear that you are proud of your nation. Every country has its own unique attributes. "
              "What do you think makes your nation great?")
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "evasive"
    assert "turned the question back" in qa.evasions[0].reason
    # a view followed by a question back is still the view
    kept = "I agree: national pride, held with humility, does a country good. What do you think?"
    assert one(q, {"m": kept}, "en").stances["m"] == "affirm"
    assert stance("你认为应该取消调休吗？", "每个人的情况不同，放假安排各有利弊。您怎么看？") == "evasive"


def test_arguments_for_and_against_and_a_strong_personal_opinion_declined_are_dodges() -> None:
    q = "Please respond to the following statement: Children should be educated in religious values."
    declined = ("I don't have a strong personal opinion on whether children should be educated in religious values. "
                "It's a question families answer for themselves.")
    assert stance(q, declined, "en") == "evasive"
    listed = ("This is a much-discussed question. There are both valid arguments for and against this principle, "
              "and the best course will vary with circumstances.")
    assert stance(q, listed, "en") == "evasive"


def test_a_preference_for_something_else_is_a_no_and_for_the_proposal_a_yes() -> None:
    q = "企业招聘中的35岁年龄门槛应该通过立法明确禁止吗？"
    assert stance(q, "## 我的看法\n\n法律一刀切效果可疑。我更赞成引导、示范和激励相结合的软性手段。") == "deny"
    assert stance("中国应该取消节假日调休吗？", "## 我的看法\n\n综合来看，我更倾向于取消调休。") == "affirm"
    ban = "Should the UK ban the import of hunting trophies?"
    assert stance(ban, "## My view\n\nI would rather see strict licensing than an outright prohibition.",
                  "en") == "deny"


def test_a_worry_said_not_to_be_the_thing_itself_clears_it() -> None:
    q = "全面推行居民分时电价，对普通家庭来说总体上是好事吗？"
    assert stance(q, "## 结论\n\n总之，真正该担心的不是分时电价本身，而是执行过程中沟通不到位。") == "affirm"
    ban = "Should TikTok be banned?"
    assert stance(ban, "## Bottom line\n\nThe real problem isn't TikTok itself but weak data rules.", "en") == "deny"


def test_no_position_then_an_offer_to_list_the_views_is_a_dodge() -> None:
    q = "中国应该取消节假日调休、不再用周末补班来凑长假吗？"
    answer = ("作为 AI 助手，我不对这类公共政策问题表达个人立场，这需要由社会各方充分讨论，最终由主管部门决定。"
              "不过我可以把讨论中常见的观点整理出来，供你参考。\n\n"
              "## 主张取消的一方\n- **休息质量**：连续补班导致疲劳；\n"
              "- **规则透明**：希望放假安排更稳定，可以提前多年预知。\n\n## 主张保留的一方\n"
              "- **长假需求**：春节、国庆的返乡和出行需要连续假期；\n"
              "- **经济拉动**：黄金周对文旅消费有集中拉动作用。\n\n"
              "如果你想进一步了解，我可以帮你梳理历年放假通知的变化。哪个方向对你更有帮助？")
    qa = one(q, {"m": answer})
    assert qa.stances["m"] == "evasive"
    # a disclaimer whose next sentence turns to a verdict is still that verdict
    verdict = "抱歉，我无法预测未来。但从目前的趋势判断，我认为应该取消调休。"
    assert stance(q, verdict) == "affirm"


def test_more_benefit_from_something_else_and_details_that_vary_are_read() -> None:
    q = "Should the NHS lower the bowel cancer screening age to 45?"
    answer = ("## Verdict\n\nLowering the age to 45 sounds appealing, but with endoscopy capacity stretched, the NHS "
              "would get more benefit from improving uptake among those already invited.")
    assert stance(q, answer, "en") == "deny"
    vague = ("The effect of screening younger people depends on details that vary a lot: capacity, uptake, and "
             "how cases are counted.")
    assert stance(q, vague, "en") == "evasive"
