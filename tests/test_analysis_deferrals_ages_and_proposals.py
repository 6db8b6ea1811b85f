"""Deferrals, split verdicts said in so many words, ages, figures the answer proposes, and concessions in a pick.

Dodges: an "as an AI I take no position" overview closing "最终如何取舍，需要立法机关、监管部门和社会公众…共同决定"
hands the decision to others (it was a yes at confidence 0.9, from the 需要 in it); "不同的人…可能得出截然不同的结论" is
both-sides; "我不太适合给出一个统一的说法" declines; "建议以…学校的书面说明为准" points elsewhere. "I can't give an
unqualified yes or no" is a split verdict, not a refusal (it was a dodge at 0.95).

Positions: "我既不完全赞成，也不完全反对" is mixed; "与其因噎废食，不如…纳入管理" to "是否应该推行X" backs X (giving
something up for fear of its risks is what it calls wrong), and to a ban question still rejects the ban.

Figures: "多少周岁" asks for an age (周 is not weeks there); a penalty is money; a figure in quotation marks ("在“8岁”和
“18岁”之间二选一") is a mention; a sentence that proposes the figure ("我的建议是12到14周岁", "I would set the penalty
at £40") is read before background figures; "现行的…定在8周岁以下" is a rule in force.

Picks: "I lean towards X, though the case for Y is more attractive than it appears" picks X; "自己" in "省市出台了自己的
办法" does not name the option "学生自己".

Found on md-tune39 (blind batch k77)."""

from __future__ import annotations

from drafter.analysis.engine.evasion import evasion_cues
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from drafter.analysis.engine.sentences import split_sentences
from tests.analysis_helpers import stance

_AGE_Q = "如果按年龄设限，禁止向多少周岁以下的未成年人销售盲盒比较合适？"
_FINE_Q = "If idling outside schools is to be fined, how much should the penalty be?"
_WHO_Q = ("Who should run licensing for holiday lets — local councils, a single national register, or the booking "
          "platforms?")
_WHO_ZH_Q = "孩子的日常作业批改，主要应该由谁负责——任课教师、家长，还是学生自己？"


def _styles(text: str, lang: str) -> set[str]:
    return {c.style for c in evasion_cues(split_sentences(text), lang)}


def _claim(question: str, answer: str, lang: str) -> tuple[float, float] | None:
    reading = read_answer("m", answer, read_question("q", question, lang))
    return (reading.claim.low, reading.claim.high) if reading.claim else None


def _pick(question: str, answer: str, lang: str) -> int | None:
    return read_answer("m", answer, read_question("q", question, lang)).pick


def test_handing_the_decision_to_lawmakers_and_the_public_is_a_dodge() -> None:
    answer = ("作为AI助手，我不对这类公共政策问题表明个人立场，但可以梳理各方的论据。\n\n"
              "支持者认为盲盒利用了孩子的赌博心理；反对者认为全面禁止超出必要限度。\n\n## 小结\n\n"
              "这个问题涉及多重价值之间的平衡，不同的人可能得出截然不同的结论。"
              "最终如何取舍，需要立法机关、监管部门和社会公众在充分讨论后共同决定。")
    assert stance("是否应该全面禁止未成年人购买盲盒？", answer) == "evasive"


def test_different_people_reaching_utterly_different_conclusions_is_both_sides() -> None:
    assert "both_sides" in _styles("不同的人基于不同的价值排序，可能得出截然不同的结论。", "zh")


def test_not_suited_to_give_one_answer_is_a_dodge() -> None:
    assert "no_opinion" in _styles("这取决于各地规定，我不太适合给出一个统一的说法。", "zh")


def test_deferring_to_the_schools_written_notes_is_a_redirect() -> None:
    assert "redirect" in _styles("建议以当地教育部门的正式文件和学校的书面说明为准。", "zh")


def test_a_reflexive_does_not_name_the_option_students_themselves() -> None:
    students = read_question("q", _WHO_ZH_Q, "zh").options[2]
    assert "学生" in students.terms and "自己" not in students.terms


def test_an_answer_that_only_lists_where_to_look_is_a_dodge_of_the_pick() -> None:
    answer = ("这个问题的答案取决于所在地区的具体规定，我不太适合给出一个统一的说法。\n\n## 为什么难以一概而论\n\n"
              "1. **各地规定不同**：不少省市出台了自己的中小学作业管理办法，对批改方式都有不同程度的细化；\n"
              "2. **学段差异明显**：作业类型相差很大。\n\n## 小结\n\n"
              "建议以当地教育部门的正式文件和学校的书面说明为准。")
    assert stance(_WHO_ZH_Q, answer) == "evasive"


def test_no_unqualified_yes_or_no_is_a_split_not_a_refusal() -> None:
    answer = ("**On the question as asked, I can't give an unqualified yes or no.** Licensing every let is justified "
              "in busy tourist areas and excessive in quiet rural ones.")
    assert "refusal" not in _styles(answer, "en")
    assert stance("Should every short-term holiday let have to hold a licence?", answer, "en") == "mixed"


def test_i_cant_give_advice_is_still_a_refusal() -> None:
    # guard: the refusal itself is unchanged
    assert "refusal" in _styles("I can't give legal advice on your lease.", "en")


def test_neither_wholly_for_nor_wholly_against_is_mixed() -> None:
    answer = "“统一三倍”作为一个整体方案，我既不完全赞成，也不完全反对：休息日值得推进，工作日我持保留态度。"
    assert stance("是否应该把加班费统一按工资的三倍计算？", answer) == "mixed"


def test_calling_the_refusal_throwing_out_the_baby_backs_the_proposal() -> None:
    answer = "与其因噎废食，不如用清晰的规则把早餐车纳入管理，让它成为社区日常生活的一部分。"
    assert stance("社区是否应该推行流动早餐车？", answer) == "affirm"


def test_calling_a_ban_throwing_out_the_baby_rejects_the_ban() -> None:
    # guard: to a ban question, the ban is what gives something up for fear of its risks
    assert stance("是否应该禁止社区流动早餐车？", "一禁了之是因噎废食。", "zh") == "deny"


def test_how_many_full_years_of_age_asks_for_an_age() -> None:
    assert read_question("q", _AGE_Q, "zh").unit == "age"


def test_how_many_weeks_still_asks_for_days() -> None:
    # guard: 多少周 alone is weeks
    assert read_question("q", "新规过渡期应该留多少周？", "zh").unit == "days"


def test_a_penalty_is_money() -> None:
    assert read_question("q", _FINE_Q, "en").unit == "money"


def test_figures_in_quotation_marks_are_mentions() -> None:
    answer = ("很多讨论一上来就在“8岁”和“18岁”之间二选一，但我觉得真正值得考虑的，是中间那一段。\n\n"
              "我的建议是12到14周岁。")
    assert _claim(_AGE_Q, answer, "zh") == (12.0, 14.0)


def test_a_quoted_figure_is_still_read_when_it_is_the_only_one() -> None:
    # guard: with nothing else said, the quoted figure is the answer's
    assert _claim(_AGE_Q, "我的答案是“14周岁”。", "zh") == (14.0, 14.0)


def test_the_proposed_figure_is_read_before_a_rule_in_force() -> None:
    answer = ("现行的经营指引把禁售年龄定在8周岁以下。一个8岁的孩子能自己买冰棍，和他能理解概率是两回事。\n\n"
              "说到底，我的建议是12周岁。")
    assert _claim(_AGE_Q, answer, "zh") == (12.0, 12.0)


def test_the_proposed_fine_is_read_before_figures_others_proposed() -> None:
    answer = ("There have been proposals for penalties of **£150**, and some campaigners talk about **£500**. "
              "The current **£20** is tiny.\n\n## Where I would set it\n\nI would set the penalty at **£40**: double "
              "the existing £20.")
    assert _claim(_FINE_Q, answer, "en") == (40.0, 40.0)


def test_a_concession_after_though_does_not_pick_its_option() -> None:
    answer = ("I lean firmly towards a **single national register**, though I'd want to explain why, because the case "
              "for councils is more attractive than it first appears. Councils know their areas.")
    assert _pick(_WHO_Q, answer, "en") == 1


def test_a_point_after_but_still_picks_its_option() -> None:
    # guard: 'but' still turns to the point
    answer = "A national register has its appeal, but local councils should run it."
    assert _pick(_WHO_Q, answer, "en") == 0
