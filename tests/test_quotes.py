"""The quote verifier: whitespace aside, a quote stands in the answer or it does not."""

from __future__ import annotations

from drafter.draftfmt import escape_md, extract_quotes, quote_before
from drafter.quotes.match import canonical, locate, normalize, verify_quote

ANSWER = "会扩大，而且短期内会扩大得很明显。\n训练前沿大模型需要成千上万张高端GPU连续运转。"


def test_verbatim_quote_verifies_whitespace_aside() -> None:
    assert verify_quote("会扩大，而且短期内会扩大得很明显。", ANSWER)
    assert verify_quote("会扩大， 而且短期内\n会扩大得很明显。", ANSWER)


def test_a_changed_character_fails() -> None:
    assert not verify_quote("会扩大，而且长期内会扩大得很明显。", ANSWER)
    assert not verify_quote("会扩大,而且短期内会扩大得很明显。", ANSWER), "a half-width comma is a change"


def test_ellipsis_joins_spans_in_order_only() -> None:
    assert verify_quote("会扩大……高端GPU连续运转", ANSWER)
    assert not verify_quote("高端GPU连续运转……会扩大得很明显", ANSWER)


def test_empty_quote_never_verifies() -> None:
    assert not verify_quote("", ANSWER)
    assert not verify_quote(" … ", ANSWER)


def test_control_characters_are_ignored_both_ways() -> None:
    assert normalize("a\x00b\u200bc") == "abc"
    assert verify_quote("高端\x07GPU", ANSWER)


def test_locate_and_canonical_return_the_answers_own_text() -> None:
    span = locate("短期内会扩大", ANSWER)
    assert span is not None and ANSWER[span.start:span.end] == "短期内会扩大"
    assert canonical("训练前沿 大模型", ANSWER) == "训练前沿大模型"
    assert canonical("不存在的话", ANSWER) is None


def test_quote_before_balances_nested_marks() -> None:
    assert quote_before("他说：「这是“真的”吗」") == "这是“真的”吗"
    assert quote_before("no quote here") is None


def test_markdown_quotes_round_trip_through_escaping() -> None:
    tricky = "Use *stars* and [brackets] and a_b"
    draft = f"Model A said: “{escape_md(tricky)}”[^1]\n\n[^1]: Model A · `alpha/q1`\n"
    found = extract_quotes(draft)
    assert [(q.model, q.question, q.text) for q in found] == [("alpha", "q1", tricky)]
