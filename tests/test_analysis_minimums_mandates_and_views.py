"""Four readings generalised from the Markdown tuning set md-tune61; the sentences below are our own.

- Options after a dash, parted by ', or', keep an inner 'or': "— back on the green, or indoors in a museum or the
  parish church?" offers two places, not three.
- Asked for a minimum ('至少多少米', 'at least how many'), an answer's 'at least' restates the question: '不少于
  30–50 米' gives 30–50 m, not "anything above 30".
- '恰恰相反，我认为博物馆应该让…' and '综合这些考虑，我认为应当放宽…': a view said after a connective that closes the
  weighing names the answer; one after a scope ('对于中高年级，我认为…') names only a half.
- Asked whether to require something, "I'd support speeding it up, but not through a legal requirement" backs the
  goal and sets the requirement aside: a no."""

from __future__ import annotations

from drafter.analysis.engine.answer_words import declared_answer
from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance


def test_dash_options_parted_by_comma_or_keep_an_inner_or() -> None:
    q = read_question("q", "Once repaired, where should the old village pump stand — back on the green, or indoors "
                           "in a museum or the church porch?", "en")
    assert [o.text for o in q.options] == ["back on the green", "indoors in a museum or the church porch"]


def test_an_at_least_that_restates_an_asked_minimum_is_the_figure() -> None:
    [fig] = figures("场地边缘距最近居民楼应不少于 30–50 米。", None, "above")
    assert (fig.low, fig.high, fig.bound) == (30.0, 50.0, False)
    [open_fig] = figures("场地边缘距最近居民楼应不少于 30–50 米。")
    assert open_fig.bound
    question = "广场舞场地应距离最近的居民楼至少多少米？"
    answers = {"a": "场地边缘距最近居民楼应不少于 30–50 米。", "b": "我的建议是 100–150 米。"}
    assert {frozenset(c.models) for c in one(question, answers).contradictions} == {frozenset({"a", "b"})}


def test_a_view_after_a_closing_connective_names_the_answer() -> None:
    q = "博物馆是否应该让民间修复手艺人参与馆藏文物的修复？"
    assert declared_answer("我不会说这件事不可行——恰恰相反，我认为博物馆应该让手艺人参与修复。", q, "zh") == "affirm"
    assert declared_answer("综合这些考虑，**我认为不应该让手艺人参与馆藏修复**。", q, "zh") == "deny"
    assert declared_answer("对于一级文物，我认为不应该让手艺人参与。", q, "zh") is None


def test_the_goal_backed_and_the_requirement_set_aside_is_a_no() -> None:
    q = "Should shops be legally required to provide a free drinking-water refill point?"
    answer = ("## The case for refill points\n\n- They cut plastic waste.\n- They help people on hot days.\n\n"
              "## My view\n\nI'd support speeding up the spread of refill points, but not through a legal requirement "
              "on shops.")
    assert stance(q, answer, "en") == "deny"


def test_a_by_that_restates_an_asked_deadline_is_the_year() -> None:
    question = "By what year could a ban on new petrol leaf blowers realistically take effect?"
    answers = {"a": "My answer: by 2034, once battery prices have fallen further.",
               "b": "I'd expect it around 2027 to 2028, given how fast the market is moving."}
    assert {frozenset(c.models) for c in one(question, answers, "en").contradictions} == {frozenset({"a", "b"})}
    [fig] = figures("Realistically by 2034.", None, "below")
    assert (fig.low, fig.high, fig.bound) == (2034.0, 2034.0, False)
