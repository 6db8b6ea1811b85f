"""Verdicts that refuse both sides, side points hedged after a verdict, and questions whose 'or' list is only their
subject: "some yes, some no" and 说它X或Y都不够准确 are mixed; '是不利的，…长期好处还不确定' stays a no; 继续 against
结束 and 有利 said back are read; 'X不是万能的，但…' concedes; 'Should images, video or voices of X be banned?' asks
yes or no."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import stance


def test_refusing_both_labels_is_mixed() -> None:
    q = "Have export controls been a net benefit for US chipmakers?"
    answer = ("## Bottom line\n\nI wouldn't call it a net benefit, but I wouldn't call it a net loss either — the "
              "honest answer is some yes, some no.")
    assert stance(q, answer, "en") == "mixed"
    zh = "## 结论\n\n说它“全国可行”或“全国不可行”都不够准确，比较现实的是先在条件成熟的行业试行。"
    assert stance("全国推行每周4.5天工作制现在可行吗？", zh) == "mixed"


def test_an_uncertain_side_point_after_the_verdict_keeps_it() -> None:
    q = "整治外卖平台的补贴大战，总体上对普通消费者有利吗？"
    answer = "## 结论\n\n对普通消费者而言，**总体上是不利的**——短期要多付钱，而所谓的长期好处还不确定。"
    assert stance(q, answer) == "deny"


def test_the_questions_own_have_phrase_said_back_is_a_yes() -> None:
    q = "整治外卖平台的补贴大战，总体上对普通消费者有利吗？"
    answer = "## 我的判断\n\n**总体上是有利的**，只不过好处更多体现在中长期，而不是下一单的价格上。"
    assert stance(q, answer) == "affirm"


def test_should_not_end_answers_should_it_continue_with_yes() -> None:
    q = "黄河禁渔期到2030年以后还应该继续实行吗？"
    assert stance(q, "## 总结\n\n在鱼类资源恢复被证明稳固之前，禁渔不应结束。") == "affirm"


def test_not_a_cure_all_then_but_concedes() -> None:
    q = "强制给网购商品标注碳足迹，能有效减少高碳消费吗？"
    answer = "## 总结\n\n总之，碳标签不是万能的，但它会让高碳商品的代价变得看得见，购买会明显减少。"
    assert stance(q, answer) != "deny"


def test_an_or_list_that_is_only_the_subject_asks_yes_or_no() -> None:
    q = read_question("q1", "Should AI-written essays, songs or images of living artists be banned from sale online?",
                      "en")
    assert q.kind == "yesno"
    assert read_question("q2", "Should the city build a tram or a metro?", "en").kind == "choice"
