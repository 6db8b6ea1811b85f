"""Where a long answer says yes or no, and what only looks like it.

An answer word after "My view is that" or before "I (don't) think" is the answer, as plain as a bare "Yes."; so is
"Yes — <the proposal restated>"; a closing "Having gone through both sides, I come down against…" is a verdict, not
the both-sides dodge; "rather than asking people to object" is an argument, not a change of subject; a "so" inside
one list point draws that point's consequence, not the answer's conclusion; a bold numbered line
("**1. 行道树不是果园**") is a heading.

Idioms: "my position is divided", 没办法简单地说它合理或者不合理 and 好的部分和坏的部分大体相当 are part yes, part
no; 理应 is "should"; 成本不高 is a point for doing it; 有充分的理由不让… backs a ban.

Questions: options lettered "A 固定时段…；B …" make a choice; "what is the highest multiple of…" asks for a figure.
Figures: 一周 is seven days.

Found on md-tune28 (blind batch k55), md-tune15, md-tune16, md-tune21 and md-tune30 (k60, "I don't think" and "come
out in favour" after both sides); the both-sides line turned by a side
taken after a comma is checked at the cue, in both languages."""

from __future__ import annotations

from drafter.analysis.engine.claims import read_claim
from drafter.analysis.engine.evasion import evasion_cues
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.sentences import split_sentences
from tests.analysis_helpers import one, stance

_FINES = "Should parents in England be fined for taking their children on holiday during term time?"


def test_an_answer_word_after_my_view_is_that_is_the_answer() -> None:
    answer = "My view is that yes, fines should stay, because without them attendance slips."
    assert stance(_FINES, answer, "en") == "affirm"


def test_no_before_i_dont_think_keeps_its_answer_word() -> None:
    q = "Should unaddressed leaflets only be delivered to households that have opted in?"
    answer = ("No — I don't think an opt-in rule is the right approach.\n\nA well-enforced opt-out would deliver most "
              "of the benefit.\n\n- It hits small firms hardest.\n- Older residents still use leaflets.")
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "deny"
    assert qa.key_quotes["m"].startswith("No")


def _reasons(opening: str, waste: str = "Most leaflets go straight in the bin.") -> str:
    """An opening verdict, then a list of reasons whose short negated sentences argue for it."""
    return (f"{opening}\n\n- **Most people don't want leaflets.** Surveys keep finding it.\n- **Stickers are leaky.** "
            f"They fall off, or aren't recognised by every distributor.\n- **Waste.** {waste}\n\n"
            "A transition year would let small shops adjust.")


def test_yes_i_think_opening_is_as_plain_as_a_bare_yes() -> None:
    q = "Should unaddressed leaflets only be delivered to households that have opted in?"
    answer = _reasons("Yes, I think an opt-in system is the better default, and cities abroad have shown it works.")
    assert stance(q, answer, "en") == "affirm"


def test_yes_with_the_proposal_restated_is_as_plain_as_a_conclusion() -> None:
    q = "Should unaddressed leaflets only be delivered to households that have opted in?"
    answer = _reasons("Yes — leaflets should only be delivered to households that have opted in.",
                      waste="Most leaflets aren't read.")
    assert stance(q, answer, "en") == "affirm"


def test_come_down_against_after_both_sides_is_a_verdict_not_a_dodge() -> None:
    q = "Should unaddressed leaflets only be delivered to households that have opted in?"
    answer = ("## The case for\n\nOpt-in would cut waste.\n\n## The case against\n\nLocal traders lose their cheapest "
              "channel.\n\nHaving gone through both sides, I come down against making opt-in mandatory. The gains "
              "over a properly enforced opt-out are modest.")
    assert stance(q, answer, "en") == "deny"


def test_rather_than_asking_people_to_object_is_an_argument_not_a_change_of_subject() -> None:
    answer = ("Opt-in would:\n\n1. **Respect household preferences** by default rather than asking people to object.\n"
              "2. **Reduce printing** of material nobody reads.")
    assert [c.style for c in evasion_cues(split_sentences(answer), "en")] == []
    changed = "Rather than asking whether leaflets should be banned, the real issue is how councils fund recycling."
    assert [c.style for c in evasion_cues(split_sentences(changed), "en")] == ["off_topic"]


def test_a_so_inside_one_list_point_is_not_the_answers_conclusion() -> None:
    q = "Would an opt-in rule for leaflets noticeably reduce household paper waste?"
    answer = ("**Yes.**\n\nHouseholds get several leaflets a week, and most go straight in the bin.\n\n"
              "Limits worth keeping in mind:\n\n- Packaging is the bigger paper stream overall, so the total recycling "
              "bin won't be halved.\n- Some advertisers will move to addressed post.\n\n"
              "**Bottom line:** for a typical home, the cut in unwanted paper would be clear.")
    assert stance(q, answer, "en") == "affirm"


def test_a_bold_numbered_line_is_a_heading_not_a_sentence() -> None:
    text = "禁令有它的道理。\n\n**1. 行道树不是果园**\n\n行道树会喷洒农药，果实残留无法保证。"
    assert [s.text for s in split_sentences(text)] == ["禁令有它的道理。", "行道树会喷洒农药，果实残留无法保证。"]


def test_a_numbered_heading_that_negates_does_not_outvote_the_verdict() -> None:
    q = "城市禁止市民私自采摘行道树上的果实，这样的禁令合理吗？"
    answer = ("## 禁令背后的考虑\n\n**1. 行道树不是果园**\n\n行道树会按园林标准喷药，果实残留无法保证。\n\n"
              "**2. 马路边的污染**\n\n尾气颗粒会附着在果实表面。\n\n## 结论\n\n"
              "综合来看，**禁止私自采摘行道树果实的规定是合乎情理的**。")
    assert stance(q, answer, "zh") == "affirm"


def test_my_position_is_divided_is_part_yes_part_no() -> None:
    q = "Should tenants in England have a legal right to paint the walls of their rented home?"
    answer = ("## Where I land\n\nSo I'd describe my position as genuinely divided: yes for long tenancies; no as a "
              "general entitlement across the whole market.")
    assert stance(q, answer, "en") == "mixed"


def test_cannot_simply_say_reasonable_or_not_is_part_yes_part_no() -> None:
    q = "医院限制病房探视时段，这种做法合理吗？"
    answer = ("## 我的看法\n\n两方面的分量在我看来大致相当，所以我没办法简单地说它合理或者不合理——"
              "好坏取决于医院怎么设计时段。")
    assert stance(q, answer, "zh") == "mixed"


def test_the_good_and_bad_parts_about_equal_is_a_toss_up() -> None:
    q = "高校宿舍限电合理吗？"
    answer = "## 结论\n\n限电这件事本身无所谓好坏，好的部分和坏的部分大体相当，我没法笼统地站在某一边。"
    assert stance(q, answer, "zh") == "mixed"


def test_liying_is_should_and_a_low_cost_is_a_point_for_doing_it() -> None:
    q = "小区应当强制要求物业定期公示电梯广告收益吗？"
    answer = "## 结论\n\n强制公示成本不高，却能从源头上减少纠纷，理应成为物业服务的标准动作。"
    assert stance(q, answer, "zh") == "affirm"


def test_a_good_reason_not_to_let_people_do_it_backs_the_ban() -> None:
    q = "城市禁止市民私自采摘行道树上的果实，这样的禁令合理吗？"
    answer = "## 结论\n\n在我看来，这类禁令是站得住脚的，城市有充分的理由不让个人随意采摘行道树果实。"
    assert stance(q, answer, "zh") == "affirm"


def test_should_not_legislate_by_a_blanket_ban_still_says_no() -> None:
    # guard: the ban reading needs the modal unnegated ('不应该用"一律禁止"的方式' is a no); it also held before
    q = "国家应该通过立法，明确禁止用人单位在招聘中设置年龄限制吗？"
    answer = '不应该，至少不应该用"一律禁止"的方式来立法。\n\n## 结论\n\n我更赞成引导和激励相结合的软性手段。'
    assert stance(q, answer, "zh") == "deny"


def test_options_lettered_with_a_space_before_chinese_make_a_choice() -> None:
    q = read_question("q2", "病房探视管理有三种方案：A 固定时段统一探视；B 线上预约分时探视；"
                            "C 不设时段只限同时在场人数。哪种最合适？", "zh")
    assert q.kind == "choice"
    assert [o.letter for o in q.options] == ["A", "B", "C"]


def test_the_highest_multiple_of_a_price_asks_for_a_figure() -> None:
    q = read_question("q2", "If dynamic pricing stays legal, what is the highest multiple of the advertised base price "
                            "that it should be allowed to reach?", "en")
    assert (q.kind, q.unit) == ("number", "multiple")


def test_a_side_taken_after_a_comma_turns_the_both_sides_line() -> None:
    def turned(text: str, lang: str) -> list[tuple[str, bool]]:
        return [(c.style, c.turned) for c in evasion_cues(split_sentences(text), lang)]

    assert turned("支持和反对都有一定道理，我倾向于支持这项规定。", "zh") == [("both_sides", True)]
    assert turned("Having gone through both sides, I come down against making opt-in mandatory.", "en") == [
        ("both_sides", True)]
    # a view that only says people differ takes no side: the cue stands
    assert turned("There are good arguments on both sides, and I think reasonable people can disagree.", "en") == [
        ("both_sides", False)]


def test_i_dont_think_after_both_sides_is_a_verdict_not_a_dodge() -> None:
    q = "Should banks be legally required to keep a branch open in every town?"
    answer = ("## The case for\n\nBranches matter to older customers.\n\n## The case against\n\nFootfall has collapsed."
              "\n\nHaving looked at both sides, I don't think a legal duty on banks to keep a branch in every town is "
              "the right approach.")
    assert stance(q, answer, "en") == "deny"


def test_come_out_in_favour_before_a_colon_is_a_yes() -> None:
    q = "Should insurers be banned from automatically renewing car insurance at a higher price?"
    answer = ("Insurers say the rules already protect customers, and many drivers won't compare prices anyway.\n\n"
              "On that basis I come out in favour: insurers should be barred from renewing at a higher premium unless "
              "the customer agrees.\n\nThe regulator could enforce it through its existing rules.")
    assert stance(q, answer, "en") == "affirm"


def test_a_week_in_words_is_seven_days() -> None:
    q = read_question("q2", "城市道路施工信息一般应提前多少天向社会公示比较合适？", "zh")
    claim = read_claim(split_sentences("我认为提前一周左右比较合理，太早了市民记不住。"), q.unit, q.text)
    assert claim is not None and (claim.unit, claim.low, claim.high) == ("days", 6.3, 7.7)
    # guard (it held before too): an anniversary is no duration
    assert read_claim(split_sentences("今年是这项制度实施一周年。"), q.unit, q.text) is None
