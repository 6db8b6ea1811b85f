"""Courses of action listed as a choice, splits by kind of case, declines said as "not my place", supposed answers,
the A-not-A form, a caveat on who decides, and a choice put off until the options are weighed.

"should the council renew it at a peppercorn, switch to a discounted rent, or charge full market rent?" offers three
options; "For a X, I'd lean towards yes; for a Y, I'd lean towards no … I wouldn't come down firmly on one side"
and 对一部分…合理；对另一些…更稳妥 are mixed; "it isn't my place to decide that for you" declines; in
如果答案是"区财政"，那就意味着… the option is supposed, not picked; 开没开 asks which, it negates nothing;
当然，最终方案仍需由当地…决定 is a caveat on the verdict, not a second one; "worth weighing in turn before
saying which I'd choose" points nowhere.

Found on md-tune52 (blind batch k103); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from tests.analysis_helpers import one, stance


def test_courses_of_action_after_should_are_the_options_of_a_choice() -> None:
    q = read_question("q2", "When the café lease ends, should the town keep the bandstand as it is, lease it to a "
                      "new café operator, or pull it down for open lawn?", "en")
    assert q.kind == "choice"
    assert [o.text for o in q.options] == ["keep the bandstand as it is", "lease it to a new café operator",
                                           "pull it down for open lawn"]


def test_en_a_split_by_kind_of_case_and_no_general_answer_are_mixed() -> None:
    q = "Should councils reopen closed swimming lidos with public money?"
    answer = ("## In summary\n\nFor a sound pool with a keen community, I'd lean towards yes; for a council in "
              "financial trouble, I'd lean towards no. I don't think the evidence supports a general answer either "
              "way, and I wouldn't come down firmly on one side.")
    assert stance(q, answer, "en") == "mixed"


def test_en_not_my_place_to_decide_declines() -> None:
    q = "Should village post boxes keep a Sunday collection?"
    answer = ("Some people value the service; others point to the cost.\n\nWhich of these should weigh more is a "
              "matter of values, and it isn't my place to decide that for you.")
    assert stance(q, answer, "en") == "evasive"


def test_zh_a_split_by_kind_of_venue_and_no_one_size_answer_are_mixed() -> None:
    q = "夏天公共图书馆是否应该延长开放时间？"
    answer = ("## 我的看法\n\n我不太倾向于给出“应该”或“不应该”这样一刀切的答案。对一部分人手充足的中心馆，"
              "延长开放是合理的；对另一些位于居民区的社区馆，维持现状反而更稳妥。")
    assert stance(q, answer) == "mixed"


def test_zh_a_not_a_asks_and_a_caveat_on_who_decides_is_no_second_verdict() -> None:
    q = "城市夜市是否应该统一规定在午夜前收摊？"
    yes = ("## 结论\n\n应该统一规定夜市在午夜前收摊。**时间界限最容易核查**，一眼就能看出摊位收没收。")
    assert stance(q, yes) == "affirm"
    no = ("## 结论\n\n**不宜在全市范围内统一规定夜市午夜前收摊。**\n\n当然，最终方案仍需由当地在听取各方意见后决定。")
    assert stance(q, no) == "deny"


def test_zh_an_option_supposed_to_argue_against_it_is_not_picked() -> None:
    q = "夜市的清扫费用应该主要由谁来出：摊主、区政府，还是顾客？"
    answer = ("如果答案是“区财政”，那就意味着全区纳税人替这条街收拾局面。\n\n## 结论\n\n"
              "想来想去，我站在摊主这一边：费用主要应该由摊主来承担。")
    assert one(q, {"m": answer}).picks["m"] == "摊主"


def test_a_choice_put_off_until_the_options_are_weighed_points_nowhere() -> None:
    q = ("Who should pay for Sunday post collections — stamp buyers through higher prices, the Treasury through a "
         "direct subsidy, or the operator out of its profits?")
    answer = ("Each of the three answers has a certain logic, and it's worth weighing them in turn before saying "
              "which I'd choose.\n\nThe stamp-price route is the traditional one. Letter volumes keep falling, "
              "and every price rise drives more senders away.\n\n## My choice\n\n"
              "If Sunday collections are to survive, the Treasury should pay for them directly.")
    assert read_answer("m", answer, read_question("q2", q, "en")).pick == 1  # the Treasury
