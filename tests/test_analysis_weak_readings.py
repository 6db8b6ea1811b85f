"""What the column may state about a long answer: a yes or no read only from which way its arguments lean is not
stated (it goes to the author's check list), while the same lean in a short answer still is; a list item's bold
lead ('No cash flows.') is no opening answer; and the check-list reason quotes nothing a quote check could misread."""

from __future__ import annotations

from drafter.analysis.wording import unsure
from tests.analysis_helpers import one, stance

LANES_Q = "Should cities add protected bike lanes on main roads?"
AGAINST = "No. They take space from buses and delivery vans, and the money is better spent elsewhere."


def test_a_long_answer_that_only_leans_is_left_to_the_author() -> None:
    leaning = ("## Benefits\n\n- Protected lanes cut injuries.\n- They raise cycling rates.\n- Shops gain foot "
               "traffic.\n- Emissions fall.\n- Children can ride to school.")
    qa = one(LANES_Q, {"a": leaning, "b": AGAINST}, "en")
    assert qa.stances["a"] == "unclear" and not qa.contradictions
    assert [(item.kind, item.models) for item in qa.to_check] == [("stance", ["a"])]


def test_a_short_answer_that_leans_is_still_read() -> None:
    qa = one(LANES_Q, {"a": "Protected lanes cut injuries and raise cycling rates.", "b": AGAINST}, "en")
    assert qa.stances["a"] == "affirm" and [c.models for c in qa.contradictions] == [["a", "b"]]


def test_a_list_items_bold_lead_is_no_opening_answer() -> None:
    answer = ("1. **No cash flows.** Bitcoin pays no interest.\n2. **Volatility.** It has fallen 70% three times.\n\n"
              "## My verdict\n\n**Yes, a small allocation is reasonable for most savers.**")
    assert stance("Should an ordinary saver put a small part of their savings into Bitcoin?", answer, "en") == "affirm"


def test_the_check_list_reason_holds_no_quote_marks() -> None:
    for lang in ("zh", "en"):
        for word in ("affirm", "deny"):
            assert not set("“”「」\"") & set(unsure(word, lang))


def test_a_word_ending_in_hui_is_no_modal_of_a_split_verdict() -> None:
    q = "是否应该允许观众通过官方票务平台按原价转让演唱会门票？"
    answer = "## 结论\n\n从实际执行来看，**不应该允许观众通过官方平台转让演唱会门票**，至少现阶段不应该。"
    assert stance(q, answer) == "deny"


def test_a_key_quote_wrapped_in_quote_marks_loses_them() -> None:
    q = "景区门票全面实名制，能有效遏制黄牛倒票吗？"
    qa = one(q, {"m": "## 结论\n\n一句话：\n\n**\"部分有效\"**\n\n- 批量倒票做不下去了；\n- 代抢仍然存在。"})
    assert not qa.key_quotes["m"].startswith('"')
