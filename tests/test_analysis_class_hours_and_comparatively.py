"""Class hours counted, 我比较倾向于 as a pick, declines and splits in other words, announced views, and both sides
said in Chinese.

"每学期安排多少课时？" asks for a count and "4到6课时" answers it; in 我比较倾向于X, 比较 means "rather", it compares
nothing, so X is picked; "I'm wary of giving a specific figure here" declines; "I wouldn't endorse either …" is
split; "Whether X touches on history, ownership, …" leaves the question open; 下面是我…的分析和倾向 announces a view;
支持和反对的意见都有各自的依据 and 可以关注当地教育部门发布的…文件 take no side; 应该列入，但要以…为核心，别把它办成…
qualifies a yes; 没有一个放之四海皆准的答案 and 具体决策还应以…为准 are no verdicts.

Found on md-tune54 (blind batch k107); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one, stance


def test_zh_class_hours_are_a_count() -> None:
    q = "如果学校开设剪纸课，每学期安排多少课时比较合适？"
    assert read_question("q2", q, "zh").unit == "count"
    qa = one(q, {"a": "## 建议\n\n一学期大约18到20周。每学期4到6课时比较合适。",
                 "b": "## 建议\n\n每学期安排10课时左右。"})
    assert {n.model: (n.low, n.high) for n in qa.numbers}["a"] == (4.0, 6.0)


def test_zh_comparatively_inclined_towards_an_option_picks_it() -> None:
    q = "如果开设剪纸课，应该放在美术课里、劳动课里，还是单独设课？"
    answer = "综合课时和师资两方面的因素，**我比较倾向于单独设课**。美术课本身课时就紧张。"
    assert one(q, {"m": answer}).picks["m"] == "单独设课"


def test_en_declines_and_splits_in_other_words() -> None:
    fee = "If a council does license street performers, what should a season-long permit cost?"
    assert stance(fee, "I'm wary of giving a specific figure here, because fees are set locally. Check your "
                       "council's fees schedule.", "en") == "evasive"
    q = "Should councils still be spending taxpayers' money on flower beds in town centres?"
    split = ("## Overall\n\nI wouldn't endorse either a blanket \"keep funding\" or a blanket \"stop funding\": it "
             "depends on the town.")
    assert stance(q, split, "en") == "mixed"
    opened = ("As an AI, I don't take sides on this.\n\n## Overall\n\nWhether public money should be spent on flower "
              "beds touches on civic pride, tourism and the pressures on public budgets.")
    assert stance(q, opened, "en") == "evasive"


def test_zh_a_view_announced_after_a_disclaimer_is_no_dodge() -> None:
    q = "如果开设剪纸课，应该放在美术课里、劳动课里，还是单独设课？"
    answer = ("下面是我基于公开资料的分析和倾向，仅供参考，具体请以当地教育部门的文件为准。\n\n"
              "美术课本身课时就紧张，劳动课内容又杂。单独设课更能保证课时。")
    qa = one(q, {"m": answer})
    assert (qa.stances["m"], qa.picks["m"]) == ("other", "单独设课")


def test_zh_both_sides_a_pointer_and_no_universal_answer_take_no_side() -> None:
    q = "是否应该把剪纸列为中小学的必修课？"
    answer = ("## 总结\n\n支持和反对的意见都有各自的依据，也都反映了真实的关切。"
              "如果你关心的是某个地区的具体政策，可以关注当地教育部门发布的课程方案。")
    assert stance(q, answer) == "evasive"
    no_universal = "## 总结\n\n总的来说，这个问题没有一个放之四海皆准的答案，不同立场背后都有合理的关切。"
    assert stance(q, no_universal) != "deny"


def test_zh_a_yes_qualified_by_how_and_a_caveat_on_who_decides() -> None:
    q = "是否应该把剪纸列为中小学的必修课？"
    yes = "## 结论\n\n应该列入，但要以基础技法为核心，别把它办成艺术特长班。"
    assert stance(q, yes) == "affirm"
    no = "## 结论\n\n剪纸值得让孩子们了解，但列为必修课并不合适。\n\n当然，具体决策还应以当地教育部门的安排为准。"
    assert stance(q, no) == "deny"
