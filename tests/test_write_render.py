"""render_markdown: quotes placed from the answer's own text, fabrications dropped, escaping, length."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.analysis.schema import Analysis, Contradiction, QuestionAnalysis
from drafter.draftfmt import APPENDIX_MARK, extract_quotes
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Answer, Question, Transcript, parse_transcript
from drafter.lang import count_length
from drafter.quotes.match import verify_quote
from drafter.write.outline import (
    Bullets,
    Heading,
    Outline,
    Paragraph,
    Placeholder,
    QuoteRef,
    outline_from_data,
)
from drafter.write.render import column_length, render_markdown
from drafter.write.skeleton import compose
from tests.test_write_samples import en_sample, zh_sample


def outline(language: str, *segments: object, style: str | None = None) -> Outline:
    style = style or ("columnist" if language == "zh" else "op-ed")
    return Outline(title="T", language=language, style=style, blocks=[Paragraph(tuple(segments))])  # type: ignore[arg-type]


def test_fabricated_quote_is_dropped_reported_and_marked() -> None:
    topic, transcript, analysis = zh_sample()
    fake = QuoteRef("q1", "orion", "四天工作制必将拯救经济")
    result = render_markdown(outline("zh", "Orion 说：", fake, "。"), topic, transcript, analysis)
    assert [d.text for d in result.dropped] == [fake.text]
    assert result.dropped[0].note == "not a verbatim span of the answer"
    assert fake.text not in result.markdown
    assert "〔作者：此处引文未能与原答案核对，已删去〕" in result.markdown
    assert result.quotes_placed == 0 and extract_quotes(result.markdown) == []


def test_quote_from_a_failed_or_unknown_model_is_dropped() -> None:
    topic, transcript, analysis = zh_sample()
    refs = [
        QuoteRef("q2", "lyra", "timeout"),
        QuoteRef("q1", "nobody", "是的"),
        QuoteRef("q9", "orion", "是的"),
    ]
    result = render_markdown(outline("zh", *refs), topic, transcript, analysis)
    assert len(result.dropped) == 3 and result.quotes_placed == 0


def test_placed_quote_is_the_answers_own_text_with_one_footnote_per_span() -> None:
    topic, transcript, analysis = zh_sample()
    ref = QuoteRef("q1", "orion", "是的，总体上 利大于弊 。")  # whitespace differs from the answer
    joined = QuoteRef("q1", "orion", "是的，总体上利大于弊…而产出基本持平")
    result = render_markdown(
        outline("zh", "甲：", ref, "；再引：", ref, "；合：", joined, "。"), topic, transcript, analysis
    )
    assert "“是的，总体上利大于弊”[^1]；再引：“是的，总体上利大于弊”[^1]" in result.markdown
    assert "“是的，总体上利大于弊…而产出基本持平”[^2]。" in result.markdown
    assert result.quotes_placed == 3 and result.markdown.count("[^2]:") == 1


def test_quote_with_its_own_quote_marks_still_extracts() -> None:
    topic, transcript, analysis = zh_sample()
    ref = QuoteRef("q1", "orion", "员工的“倦怠感”明显下降")
    result = render_markdown(outline("zh", "Orion 称", ref, "。"), topic, transcript, analysis)
    found = extract_quotes(result.markdown)
    assert [q.text for q in found] == ["员工的“倦怠感”明显下降"]


def test_quote_across_a_line_break_is_joined_without_a_space() -> None:
    topic, transcript, analysis = zh_sample()
    ref = QuoteRef("q1", "orion", "是的，总体上利大于弊。多地试点显示")
    result = render_markdown(outline("zh", ref), topic, transcript, analysis)
    assert "“是的，总体上利大于弊。多地试点显示”[^1]" in result.markdown


def test_markdown_in_a_quote_is_escaped_and_verifies() -> None:
    topic, transcript, analysis = zh_sample()
    ref = QuoteRef("q1", "beichen", "试点企业多是*互联网公司*")
    result = render_markdown(outline("zh", "北辰说：", ref), topic, transcript, analysis)
    assert r"“试点企业多是\*互联网公司\*”[^1]" in result.markdown
    (found,) = extract_quotes(result.markdown)
    assert verify_quote(found.text, transcript.answer("q1", "beichen").text)  # type: ignore[union-attr]


def test_prose_cannot_fake_a_footnote_or_the_appendix_mark() -> None:
    topic, transcript, analysis = zh_sample()
    prose = "Orion 说过“全民四天”[^1] 和 <!-- drafter:appendix --> 之类的话"
    result = render_markdown(outline("zh", prose), topic, transcript, analysis)
    assert extract_quotes(result.markdown) == []
    assert result.markdown.count(APPENDIX_MARK) == 1


def test_question_mark_inside_a_quote_takes_the_place_of_the_full_stop() -> None:
    data = {
        "questions": [{"id": "q1", "text": "问？"}],
        "answers": [{"question": "q1", "model": "m", "label": "甲", "text": "这真的可行吗？我怀疑。"}],
    }
    transcript = parse_transcript(data, "t.yaml")
    topic, _, analysis = zh_sample()
    result = render_markdown(
        outline("zh", "甲反问：", QuoteRef("q1", "m", "这真的可行吗？"), "。"), topic, transcript, analysis
    )
    assert "甲反问：“这真的可行吗？”[^1]\n" in result.markdown


def test_block_kinds_render() -> None:
    topic, transcript, analysis = en_sample()
    o = Outline(
        title="Head",
        language="en",
        style="op-ed",
        blocks=[
            Heading("Part one", 2),
            Paragraph(("Atlas says ", QuoteRef("q1", "atlas", "Yes."), ".")),
            Bullets(((Placeholder("a question for you"),), ("plain item",))),
            Paragraph(("*kept* as the author wrote it",), verbatim=True),
        ],
    )
    md = render_markdown(o, topic, transcript, analysis).markdown
    assert "# Head\n\n## Part one\n\nAtlas says “Yes”[^1].\n\n- [[AUTHOR: a question for you]]\n- plain item" in md
    assert "\n\n*kept* as the author wrote it\n\n" in md


def test_length_counts_the_column_only() -> None:
    md = (
        "---\ntitle: 标题\n---\n\n# 标题\n\n模型甲说：“是的”[^1]。AI 很强。\n\n"
        f"{APPENDIX_MARK}\n\n## 附录\n\n很多很多字\n\n[^1]: 模型甲 · `a/q1` · — · — · 问：什么？\n"
    )
    assert column_length(md, "zh") == count_length("标题 模型甲说：“是的”。AI 很强。", "zh") == 16
    en = f"---\ntitle: x\n---\n\n# Two words\n\nAtlas says “yes”[^12].\n\n{APPENDIX_MARK}\n\nmore words here"
    assert column_length(en, "en") == 5


def test_outline_round_trips_through_data() -> None:
    o = Outline(
        title="T",
        language="zh",
        style="columnist",
        engine="llm",
        notes=["n"],
        dropped=[QuoteRef("q1", "a", "x", note="unknown quote id")],
        blocks=[
            Heading("H", 3),
            Paragraph(("a", QuoteRef("q1", "m", "t"), Placeholder("p")), True),
            Bullets((("i",), (Placeholder("j"),))),
        ],
    )
    assert outline_from_data(o.to_data()) == o
    assert o.quote_refs() == [QuoteRef("q1", "m", "t")]


_TRICKY = "-:#[]{}|>*&!%@`'\"“”「」『』‘’…\\\t\n中文。，？！ab12 ^<!--"
_char = st.one_of(st.characters(exclude_categories=("Cs", "Cc", "Co", "Cn")), st.sampled_from(_TRICKY))
_text = st.text(_char, min_size=1, max_size=60)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(a=_text, b=_text, i=st.integers(0, 60), j=st.integers(0, 60), lang=st.sampled_from(["zh", "en"]), label=_text)
def test_any_answer_and_span_render_to_quotes_that_verify(
    a: str, b: str, i: int, j: int, lang: str, label: str
) -> None:
    """Whatever the answers, labels and analysis spans hold, every attributed quote in the draft verifies."""
    span = a[min(i, j) : max(i, j)]
    transcript = Transcript(
        topic="T",
        language=lang,  # type: ignore[arg-type]
        questions=[Question(id="q1", text="Q?")],
        answers=[
            Answer(question="q1", model="alpha", label=label, text=a),
            Answer(question="q1", model="beta", label="B", text=b),
        ],
    )
    analysis = Analysis(
        questions=[
            QuestionAnalysis(
                id="q1",
                stances={"alpha": "affirm", "beta": "deny"},
                key_quotes={"alpha": span},
                contradictions=[Contradiction(models=["alpha", "beta"], point="p", quotes={"alpha": span, "beta": b})],
            )
        ]
    )
    topic = Topic(title="T?", language=lang)
    result = render_markdown(compose(topic, transcript, analysis), topic, transcript, analysis)
    found = extract_quotes(result.markdown)
    assert len(found) == result.quotes_placed
    for q in found:
        answer = transcript.answer(q.question, q.model)
        assert answer is not None and verify_quote(q.text, answer.text), q
