"""A sentence that is nothing but the answer ("不应该。", "Yes, make it compulsory.") decides a long answer: the body's
arguments that read the other way ("不能只考笔试", "most people have no idea…") are reasons, not a second position,
so the answer is not sent to the author as contested. "当然，如果…再讨论也不迟" concedes a condition; its 当然 is not
the answer word "of course".

Found on md-tune5, md-tune16, md-tune18 and md-tune36 (blind batch k71)."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer
from drafter.analysis.engine.sentences import split_sentences
from drafter.analysis.engine.stance import read_stance
from tests.analysis_helpers import stance

_ZH_Q = "城市公园的夜间球场应该向校外培训机构出租吗？"
_ZH_NO_FIRST = (
    "不应该。\n\n"
    "夜间球场是为附近居民留的公共空间，出租给培训机构，居民就不能随时使用。\n\n"
    "## 几点考虑\n\n"
    "- 培训机构进入球场后，很难避免借机宣传、引流招生。\n"
    "- 场地一旦被包下，机构会按课时收费，可以长期占用黄金时段。\n"
    "- 公园管理方缺乏审核机构资质的能力，出了事故责任不好划分。\n"
    "- 也有人说培训机构能带来更多运动人口，这一点不无道理。\n\n"
    "## 结论\n\n"
    "机构包场的收益有限，代价却由附近居民承担，可以说得不偿失。"
)
_EN_Q = "Should councils be required to publish how long they take to repair reported streetlight faults?"
_EN_YES_LAST = (
    "Streetlight faults are among the commonest complaints a council receives, yet most residents have no idea how "
    "long their own council takes to mend one.\n\n"
    "## The case against\n\n"
    "Councils say the real constraint isn't information but budgets. Publishing figures won't fix a lamp, and "
    "small councils do not have the staff to compile league tables.\n\n"
    "## The case for\n\n"
    "Publication doesn't compete with funding; it shows where the money is needed. Residents can't hold anyone to "
    "account for a delay they cannot see.\n\n"
    "Yes, make it compulsory."
)


def _reading(question: str, answer: str, lang: str) -> tuple[str, float]:
    r = read_answer("m", answer, read_question("q1", question, lang))
    return r.stance, r.confidence


def test_a_bare_no_that_opens_a_long_answer_is_stated() -> None:
    found, sure = _reading(_ZH_Q, _ZH_NO_FIRST, "zh")
    assert found == "deny" and sure >= 0.9


def test_body_arguments_against_a_bare_no_weigh_nothing_against_it() -> None:
    # the two list points the rules read as yeses ('可以长期占用黄金时段') are reasons for the no
    q = read_question("q1", _ZH_Q, "zh")
    weighed = read_stance(split_sentences(_ZH_NO_FIRST), "zh", q.terms, _ZH_Q)
    assert weighed.label == "deny" and weighed.opposed == 0.0


def test_a_bare_yes_that_closes_a_long_answer_is_stated() -> None:
    found, sure = _reading(_EN_Q, _EN_YES_LAST, "en")
    assert found == "affirm" and sure >= 0.9


def test_a_bare_no_and_a_bare_yes_in_one_answer_decide_nothing() -> None:
    # guard: two answer sentences that disagree do not let either silence the body
    answer = _EN_YES_LAST.replace("Streetlight faults", "No. Streetlight faults", 1)
    assert stance(_EN_Q, answer, "en") != "affirm"


def test_a_concession_opening_with_dangran_is_not_a_yes() -> None:
    # guard: 当然 before a condition concedes it; read as the answer word it would silence the no
    answer = ("**不应该出台一刀切的禁令**。现有法律已经能处理恶意低价。\n\n"
              "当然，如果今后现有手段明显失灵，再讨论专门立法也不迟。")
    assert stance("社区团购应该被明令禁止低于成本价销售吗？", answer, "zh") == "deny"


def test_dangran_as_the_answer_word_is_still_a_yes() -> None:
    # guard: "当然，…" that answers the question is the answer word "of course"
    assert stance("公园应该在夜间开放球场吗？", "当然，应该开放，居民需要运动的地方。", "zh") == "affirm"
