"""The offline writer end to end: compose → render, on a zh and an en panel (analyses built by hand)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from drafter.analysis.schema import Analysis
from drafter.draftfmt import APPENDIX_MARK, extract_quotes, front_matter, inline_plain_text, markdown_parser
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Transcript, load_transcript
from drafter.quotes.full_answers import plain_markdown
from drafter.quotes.match import normalize, verify_quote
from drafter.write.render import RenderResult, render_markdown
from drafter.write.skeleton import compose
from drafter.write.typography import zh_problems
from tests.conftest import DEVSET
from tests.test_write_samples import check_golden, en_sample, zh_sample

Sample = tuple[Topic, Transcript, Analysis]


def draft(sample: Sample, style: str | None = None) -> RenderResult:
    topic, transcript, analysis = sample
    return render_markdown(compose(topic, transcript, analysis, style=style), topic, transcript, analysis)


def column_of(markdown: str) -> str:
    _, body = front_matter(markdown)
    return body.split(APPENDIX_MARK, 1)[0]


def prose_of(markdown: str) -> str:
    """The column without its placed quotes, footnote refs and heading marks: the writer's own prose."""
    return re.sub(r"[“「][^\n]*?[”」]\[\^\d+\]|^#+ ", "", column_of(markdown), flags=re.M)


def assert_quotes_verify(markdown: str, transcript: Transcript) -> int:
    found = extract_quotes(markdown)
    for q in found:
        answer = transcript.answer(q.question, q.model)
        assert answer is not None, q
        assert verify_quote(q.text, answer.text), q
    return len(found)


@pytest.mark.parametrize("sample", [zh_sample, en_sample], ids=["zh", "en"])
def test_every_attributed_quote_verifies(sample) -> None:
    s = sample()
    result = draft(s)
    assert result.dropped == []
    assert assert_quotes_verify(result.markdown, s[1]) == result.quotes_placed >= 6


def test_golden_zh() -> None:
    check_golden("write-offline-zh.md", draft(zh_sample()).markdown)


def test_golden_en() -> None:
    check_golden("write-offline-en.md", draft(en_sample()).markdown)


def test_golden_en_briefing() -> None:
    check_golden("write-offline-en-briefing.md", draft(en_sample(), style="briefing").markdown)


def test_contradiction_quotes_both_sides_head_to_head() -> None:
    markdown = draft(zh_sample()).markdown
    found = {(q.model, q.question): q.text for q in extract_quotes(markdown)}
    assert found[("orion", "q1")] == "是的，总体上利大于弊"
    assert found[("beichen", "q1")] == "我认为弊大于利"
    paragraph = next(p for p in column_of(markdown).split("\n\n") if "是的，总体上利大于弊" in p)
    assert "我认为弊大于利" in paragraph and "四天工作制总体上是否利大于弊" in paragraph  # the point is named


def test_clashing_numbers_state_the_gap_in_calibrated_words() -> None:
    column = column_of(draft(zh_sample()).markdown)
    assert "30%到35%" in column and "10%到15%" in column  # the figures, in the quotes or the sentence
    assert "相差二三十个百分点" in column  # 30–35% against 10–15%: twenty points, not "南辕北辙"
    assert "南辕北辙" not in column and "相差甚远" not in column
    en = column_of(draft(en_sample()).markdown)
    assert "20 to 30 percent" in en and "60 percent" in en and "far apart" in en


def test_the_dodge_is_named_and_quoted() -> None:
    from drafter.write.column_templates import load_template

    zh = column_of(draft(zh_sample()).markdown)
    redirect = load_template("columnist", "zh").data["phrases"]["dodge"]["style"]["redirect"]
    assert any(v in zh for v in redirect) and "具体以人力资源和社会保障部门发布的政策为准" in zh
    en = column_of(draft(en_sample()).markdown)
    both_sides = load_template("op-ed", "en").data["phrases"]["dodge"]["style"]["both_sides"]
    assert any(v in en for v in both_sides)


def test_failed_model_is_reported() -> None:
    zh = draft(zh_sample()).markdown
    assert "Lyra未能作答（调用出错）" in column_of(zh)
    assert "（未能作答：timeout after 60 s）" in zh.split(APPENDIX_MARK)[1]
    assert "Cirrus did not answer (error)." in column_of(draft(en_sample()).markdown)


def test_table_marks_contradictions_and_failures() -> None:
    appendix = draft(zh_sample()).markdown.split(APPENDIX_MARK)[1]
    table = appendix.split("## 附录")[0]
    assert "| 问题 | Orion | 北辰 | Lyra | 天衡 |" in table
    # ⚡ names the model it clashes with, so two models that agree are never read as clashing.
    row = "| 第一问 大城市推行每周四天工作制，总体上利大于弊吗？ | 肯定<br>⚡北辰 | 否定<br>⚡Orion | 回避 | 部分 |"
    assert row in table
    assert "未作答" in table and "30%到35%<br>⚡北辰" in table  # the model's own wording of its figure
    assert "⚡ 后面是与它相互矛盾的模型。" in table and "—" not in table  # a legend only for symbols in use
    assert "q1" not in table and "q2" not in table


def test_appendix_has_every_answer_verbatim() -> None:
    for sample in (zh_sample, en_sample):
        _, transcript, _ = s = sample()
        appendix = draft(s).markdown.split(APPENDIX_MARK)[1]
        tokens = markdown_parser().parse(appendix)
        text = normalize("".join(inline_plain_text(t.children or []) for t in tokens if t.type == "inline"))
        for answer in transcript.answers:
            if answer.ok:  # rendered as the Markdown it is: *互联网公司* in italics, the words all there
                assert normalize(plain_markdown(answer.text)) in text, answer.model
        # Nothing in an answer ([1], [^1]) is taken for one of the draft's footnotes.
        assert extract_quotes(appendix) == []


def test_headings_placeholders_and_front_matter() -> None:
    markdown = draft(zh_sample()).markdown
    meta, _ = front_matter(markdown)
    assert meta == {
        "title": "四天工作制，该不该推？",
        "language": "zh",
        "author": "测试作者",
        "transcript": "transcript.yaml",
        "style": "columnist",
        "keywords": ["AI", "Orion", "北辰", "Lyra", "天衡"],
        "subject": "四天工作制",
    }
    column = column_of(markdown)
    for needle in (
        "# 四天工作制，该不该推？",
        "## 第一问：",
        "## 第二问：",
        "## 它们为什么答得不一样",
        "## 更大的问题",
        "〔作者：在这里写新闻由头",
        "〔作者：在这里写你的分析",
        "〔作者：在这里展开你自己的论证",
        "多个城市开始试点每周四天工作制",
    ):
        assert needle in column, needle
    assert "笔记" not in column  # only the body's first paragraph is the lede
    assert "四个模型、两个问题：每个问题上都有正面交锋，一次回避，一次未能作答" in column  # the whole column's counts
    for needle in (
        "## 分歧一览",
        "## 附录：问答全文",
        "[^1]: Orion（orion-2），2026年11月20日问。 <!-- drafter:orion/q1 -->",  # no ids a reader sees
        "[^2]: 北辰，手工收集。 <!-- drafter:beichen/q1 -->",
    ):
        assert needle in markdown, needle


def test_en_headings_and_placeholders() -> None:
    markdown = draft(en_sample()).markdown
    for needle in (
        "# Should transit be free?",
        "## Why they differ",
        "## The larger question",
        "[[AUTHOR: the news peg",
        "## Where they stand",
        "## Appendix: full answers",
        "Four models, two questions: open clashes on every one, one dodge and one failure.",
        "### Q1: Should big cities",
    ):
        assert needle in markdown, needle


def test_chinese_typography_in_the_writers_prose() -> None:
    """No space between Chinese characters nor around Latin words (mainland style), full-width punctuation."""
    column = prose_of(draft(zh_sample()).markdown)
    author = "多个城市开始试点每周四天工作制，支持者说它提升效率，反对者担心成本。"
    column = column.replace(author, "")  # the author's own lede is theirs to typeset
    assert zh_problems(column) == []
    assert "Orion、北辰、Lyra和天衡" in column  # mainland style: no space between Chinese and Latin


def test_length_is_counted_on_the_column_only() -> None:
    result = draft(zh_sample())
    assert result.unit == "字"
    assert 500 < result.length < 1500  # the offline writer reports honestly; it does not pad
    en = draft(en_sample())
    assert en.unit == "words" and 250 < en.length < 700


def test_phrases_vary_by_topic_but_not_between_runs() -> None:
    topic, transcript, analysis = zh_sample()
    first = draft((topic, transcript, analysis)).markdown
    assert draft((topic, transcript, analysis)).markdown == first
    variants = {
        draft((topic.model_copy(update={"title": f"题目{i}？"}), transcript, analysis))
        .markdown.split("## 第一问")[0]
        .split("\n\n", 3)[-1]
        for i in range(6)
    }
    assert len(variants) > 1


def test_unverifiable_analysis_quote_is_not_used() -> None:
    topic, transcript, analysis = zh_sample()
    analysis.questions[0].key_quotes["tianheng"] = "天衡从没说过这句话"
    outline = compose(topic, transcript, analysis)
    assert any("tianheng/q1" in note for note in outline.notes)
    result = render_markdown(outline, topic, transcript, analysis)
    assert result.dropped == [] and "天衡从没说过这句话" not in result.markdown
    assert assert_quotes_verify(result.markdown, transcript) == result.quotes_placed


def test_topic_without_body_gets_a_template_lede() -> None:
    topic, transcript, analysis = en_sample()
    column = column_of(draft((topic.model_copy(update={"body": ""}), transcript, analysis)).markdown)
    assert "Should transit be free?" in column.split("## ")[0].split("\n\n", 2)[2]


def test_devset_through_the_offline_analyzer() -> None:
    offline = pytest.importorskip("drafter.analysis.engine.analyzer")
    for path in sorted(Path(DEVSET).glob("*.yaml")):
        transcript = load_transcript(path)
        analysis = offline.analyze(transcript)
        language = transcript.language or "en"
        topic = Topic(title=transcript.topic or path.stem, language=language)
        result = render_markdown(compose(topic, transcript, analysis), topic, transcript, analysis)
        assert result.dropped == [], path.name
        assert assert_quotes_verify(result.markdown, transcript) == result.quotes_placed > 0, path.name
        if path.name == "zh-01-yanchi-tuixiu.yaml":
            column = column_of(result.markdown)
            assert "模型甲" in column and "模型乙" in column and "模型丙" in column
            assert "⚡" in result.markdown


def gold_analysis(path: Path, transcript: Transcript) -> Analysis:
    """An analysis from a devset file's hand labels, quoting each answer's first sentence."""
    import yaml

    from drafter.analysis.schema import Agreement, Contradiction, Evasion, QuestionAnalysis
    from drafter.write.compose_context import first_sentence

    labels = yaml.safe_load(path.read_text(encoding="utf-8")).get("labels", {})
    out = []
    for qid, lab in labels.items():
        first = {a.model: first_sentence(a.text) for a in transcript.answers_for(qid) if a.ok}
        out.append(
            QuestionAnalysis(
                id=qid,
                stances=lab["stances"],
                key_quotes=first,
                contradictions=[
                    Contradiction(models=p, point="", quotes={m: first[m] for m in p}) for p in lab["contradict"]
                ],
                agreements=[Agreement(models=p, point="", quotes={}) for p in lab["agree"]],
                evasions=[Evasion(model=m, reason="", quote=first[m]) for m in lab["evasive"]],
            )
        )
    return Analysis(questions=out)


@pytest.mark.parametrize("path", sorted(Path(DEVSET).glob("*.yaml")), ids=lambda p: p.stem)
@pytest.mark.filterwarnings("ignore")
def test_devset_with_gold_labels(path: Path) -> None:
    """Every devset case drafts without a dropped quote, in both of its language's styles."""
    transcript = load_transcript(path)
    analysis = gold_analysis(path, transcript)
    language = transcript.language or "en"
    topic = Topic(title=transcript.topic or path.stem, language=language)
    for style in ("columnist", "op-ed"):
        result = render_markdown(compose(topic, transcript, analysis, style=style), topic, transcript, analysis)
        assert result.dropped == []
        assert assert_quotes_verify(result.markdown, transcript) == result.quotes_placed > 0
        column = column_of(result.markdown)
        for a in transcript.answers:  # every model is named in the column
            assert transcript.label(a.model) in column
        if language == "zh":
            assert zh_problems(prose_of(result.markdown)) == []
