"""'应该由A、B还是C来牵头': 由 … 来牵头 frames every option and belongs to none, so an answer that says '由它牵头'
about A does not pick C by the shared verb, and the column names the options cleanly. '## 我的想法' and "## My
thoughts" head the verdict like '## 我的看法'; "My take, then: yes, …" names its answer. Generalised from the
Markdown tuning set md-tune60; the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.answer_words import declared_answer
from drafter.analysis.engine.blocks import verdict_heading
from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one

ZH_Q = "小区的端午包粽子活动，应该由业委会、物业公司还是居民志愿者来组织？"


def test_the_by_whom_frame_is_part_of_no_option() -> None:
    assert [o.text for o in read_question("q", ZH_Q, "zh").options] == ["业委会", "物业公司", "居民志愿者"]
    assert [o.text for o in read_question("q", "这笔钱应该由政府、企业还是个人来承担？", "zh").options] == [
        "政府", "企业", "个人"]


def test_a_pronoun_for_the_first_option_does_not_pick_the_last_by_its_verb() -> None:
    answer = ("## 分析\n\n居民志愿者热情高，但人手不稳定。\n\n## 结论\n\n"
              "在人手、经费和场地几个方面，业委会都更有保障，因此由它来组织相对合适。")
    assert one(ZH_Q, {"m": answer}).picks["m"] == "业委会"


def test_thought_headings_and_a_take_then() -> None:
    assert verdict_heading("我的想法") and verdict_heading("My thoughts")
    assert declared_answer("My take, then: yes, the requirement should stand.", "Should it stand?", "en") == "affirm"


def test_a_heading_that_rules_an_option_out_is_no_verdict_heading() -> None:
    # md-tune72: the sentences under "## Why state insurers aren't the answer either" were read as the verdict and
    # voted for the option they argued against
    assert not verdict_heading("Why state insurers aren't the answer either")
    assert not verdict_heading("为什么补贴不是出路")
    assert verdict_heading("The answer") and verdict_heading("My answer")  # guard


def test_the_pick_under_my_take_wins_over_a_section_against_another_option() -> None:
    q = "Who should pay for flood defences: homeowners, the county, or the national government?"
    answer = ("## Why the county isn't the answer either\n\nCounty budgets were meant to be a safety net. But a county "
              "is too small to spread the risk. When a big flood hits, the county has the same problem as a "
              "household. It ends up borrowing or cutting services. That's a lot of risk on one county.\n\n"
              "## My take\n\nOf the three, I'd put most of the cost on the **national government**, through a "
              "national flood fund.")
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "other" and "national" in (qa.picks or {}).get("m", "")


def test_the_quote_for_a_bold_pick_names_the_pick() -> None:
    # md-tune72: "Of the three, I'd put most of the risk with the **federal government**" was quoted as "Of the
    # three, I'd put most of the risk with the", a quote that names no option
    q = "Who should pay for flood defences: homeowners, the county, or the national government?"
    answer = ("## Weighing it up\n\nHomeowners cannot carry a once-in-a-century flood. Counties are too small to "
              "spread the risk.\n\n## My take\n\nOf the three, I'd put most of the cost on the "
              "**national government**, through a national flood fund.")
    qa = one(q, {"m": answer}, "en")
    assert "national government" in qa.key_quotes["m"] and "**" not in qa.key_quotes["m"]
    # guard: a quote that already names the pick is kept as it was
    plain = "## My take\n\nThe national government should pay, through a national flood fund."
    assert one(q, {"m": plain}, "en").key_quotes["m"].startswith("The national government should pay")


def test_my_suggestion_is_a_verdict_heading() -> None:
    # md-tune71: the figure under "## My suggestion" ('**a period of roughly eight to ten years**') lost to a
    # background figure ('France's 2021 law set a deadline roughly five years out')
    assert verdict_heading("My suggestion") and verdict_heading("My proposal")
    q = "How many years should zoos be given to close their elephant houses?"
    answer = ("## Background\n\nFrance's 2021 law set a deadline roughly five years out for ending such displays; "
              "other countries allowed no end date at all.\n\n## My suggestion\n\nBalancing these concerns, "
              "**a period of roughly eight to ten years** seems most reasonable to me.")
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "other" and "eight to ten" in qa.key_quotes["m"]
