"""Draft Markdown -> DOCX: styles, fonts, one comment per quote, tables, appendix, core properties."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Inches

from drafter.draftfmt import extract_quotes
from drafter.errors import InputError
from drafter.export.docx import build_document, markdown_to_docx
from drafter.inputs.transcript import Transcript, load_transcript
from drafter.quotes.audit import check_draft
from drafter.quotes.docx_read import extract_docx_quotes

DATA = Path(__file__).parent / "data" / "docx"


def sample(lang: str) -> tuple[str, Transcript]:
    markdown = (DATA / f"{lang}-draft.md").read_text(encoding="utf-8")
    return markdown, load_transcript(DATA / f"{lang}-transcript.yaml")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("docx")
    paths = {}
    for lang in ("zh", "en"):
        markdown, transcript = sample(lang)
        paths[lang] = out / f"{lang}.docx"
        markdown_to_docx(markdown, paths[lang], transcript=transcript)
    return paths


def body_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def styles_used(document: docx.document.Document) -> set[str]:
    return {p.style.name for p in document.paragraphs if p.style is not None}


def all_text(document: docx.document.Document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize("lang,list_style", [("zh", "List Bullet"), ("en", "List Number")])
def test_built_in_styles(built: dict[str, Path], lang: str, list_style: str) -> None:
    document = docx.Document(str(built[lang]))
    used = styles_used(document)
    assert {"Title", "Heading 1", "Heading 2", "Quote", "Normal", list_style} <= used
    assert document.paragraphs[0].style.name == "Title"
    assert document.tables[0].style.name == "Table Grid"


def test_fonts_latin_and_east_asian(built: dict[str, Path]) -> None:
    document = docx.Document(str(built["zh"]))
    for name, east_asia in [("Normal", "Noto Serif CJK SC"), ("Heading 1", "Noto Sans CJK SC"),
                            ("Title", "Noto Sans CJK SC"), ("Quote", "Noto Serif CJK SC")]:
        rfonts = document.styles[name].element.rPr.rFonts
        assert rfonts.get(qn("w:eastAsia")) == east_asia, name
        assert rfonts.get(qn("w:ascii")) in ("Times New Roman", "Arial"), name
        # A theme font attribute would win over the named fonts.
        assert rfonts.get(qn("w:eastAsiaTheme")) is None and rfonts.get(qn("w:asciiTheme")) is None
    lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "zh-CN"
    assert document.styles["Quote"].font.italic is False  # no fake italics for Chinese
    with zipfile.ZipFile(built["zh"]) as archive:
        fonts = archive.read("word/fontTable.xml").decode("utf-8")
    assert re.search(r'w:name="Noto Serif CJK SC"><w:altName w:val="宋体"', fonts)


def test_english_keeps_english_language(built: dict[str, Path]) -> None:
    document = docx.Document(str(built["en"]))
    lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:val")) == "en-US" and lang.get(qn("w:eastAsia")) == "en-US"
    assert document.core_properties.language == "en-US"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_one_comment_per_quote(built: dict[str, Path], lang: str) -> None:
    markdown, _ = sample(lang)
    quotes = extract_quotes(markdown)
    document = docx.Document(str(built[lang]))
    tagged = [c for c in document.comments if "drafter:" in c.text]
    assert len(tagged) == len(quotes)
    for comment, quote in zip(tagged, quotes, strict=True):
        assert f"drafter:{quote.model}/{quote.question}" in comment.text
        assert comment.author == "drafter"
    # Each anchor starts on the quote's opening mark, in a Model Quote run.
    xml = body_xml(built[lang])
    anchors = re.findall(r'<w:commentRangeStart w:id="\d+"/><w:r><w:rPr><w:rStyle w:val="ModelQuote"/>'
                         r'</w:rPr><w:t[^>]*>(.)', xml)
    assert len(anchors) == len(quotes)
    assert all(mark in "“「\"" for mark in anchors)


def test_comment_holds_provenance_and_pointer(built: dict[str, Path]) -> None:
    document = docx.Document(str(built["zh"]))
    first = next(iter(document.comments)).text
    assert "模型甲" in first and "model-x" in first and "如果中国完全不买H200" in first
    assert "完整回答：见附录，q1 / 模型甲" in first
    assert first.strip().endswith("drafter:alpha/q1")


def test_comment_full_answer_without_appendix() -> None:
    markdown, transcript = sample("en")
    column = markdown.split("<!-- drafter:appendix -->")[0] + markdown[markdown.index("[^1]:"):]
    document = build_document(column, transcript=transcript)
    first = next(iter(document.comments)).text
    assert "Full answer:" in first and "Countries that lowered the age, like Austria" in first


def test_comment_without_transcript_is_the_footnote() -> None:
    markdown, _ = sample("zh")
    document = build_document(markdown)
    texts = [c.text for c in document.comments]
    assert texts[0] == ("引自模型甲（alpha）对问题 q1 的回答。\n"
                        "model-x · 2026-11-28 10:00 提问 · 问：如果中国完全不买H200，美国在AI领域的优势会扩大吗？"
                        " drafter:alpha/q1")
    # The machine tag is hidden text: Word does not print it.
    tag_run = next(iter(document.comments)).paragraphs[-1].runs[-1]
    assert tag_run.text == " drafter:alpha/q1" and tag_run.font.hidden


def test_untagged_footnote_becomes_plain_comment(built: dict[str, Path]) -> None:
    document = docx.Document(str(built["en"]))
    notes = [c.text for c in document.comments if "Zeglovits" in c.text]
    assert notes == ["Zeglovits and Aichholzer, 2014."]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_footnote_syntax_printed(built: dict[str, Path], lang: str) -> None:
    text = all_text(docx.Document(str(built[lang])))
    assert "[^" not in text
    assert "alpha/q1" not in text  # the footnote definitions live in comments only
    assert "drafter:appendix" not in text  # HTML comments are not printed


def test_disagreement_table(built: dict[str, Path]) -> None:
    document = docx.Document(str(built["zh"]))
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["问题", "模型甲", "模型乙", "模型丙"]
    assert len(table.rows) == 3
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r.bold for r in table.rows[0].cells[1].paragraphs[0].runs)

    def fill(cell: docx.table._Cell) -> str | None:
        shd = cell._tc.tcPr.find(qn("w:shd"))
        return None if shd is None else shd.get(qn("w:fill"))

    row = table.rows[1].cells
    assert row[2].text == "否定 ⚡" and fill(row[2]) == "F8D7DA"
    assert row[3].text == "回避" and fill(row[3]) == "E7E6E6"
    assert fill(row[1]) is None
    # The question column gets the room: it holds the longest text.
    assert table.columns[0].width > table.columns[1].width


def test_appendix_on_its_own_page(built: dict[str, Path]) -> None:
    document = docx.Document(str(built["zh"]))
    paragraphs = document.paragraphs
    table_heading = next(p for p in paragraphs if p.text == "分歧一览")
    assert table_heading.paragraph_format.page_break_before is True
    assert table_heading.style.name == "Heading 1"
    appendix = [p for p in paragraphs if p.style.name == "Model Answer"]
    assert any(p.text.startswith("不会。美国的领先更多来自人才和资本") for p in appendix)
    assert any(p.text == "q2 中国应该接受H200吗？" and p.style.name == "Heading 2" for p in paragraphs)


def test_placeholders_highlighted(built: dict[str, Path]) -> None:
    cases = [("zh", "〔作者分析：在此写下你的判断〕"),
             ("en", "[[Closing line: return to the opening question]]")]
    for lang, expected in cases:
        document = docx.Document(str(built[lang]))
        runs = [r for p in document.paragraphs for r in p.runs if r.style.name == "Author Placeholder"]
        assert expected in [r.text for r in runs]
    assert document.styles["Author Placeholder"].font.highlight_color is not None


def test_inline_formatting(built: dict[str, Path]) -> None:
    zh = docx.Document(str(built["zh"]))
    lead = zh.paragraphs[1]
    # A soft break between Chinese characters is no space.
    assert "中国该不该买？它们的回答" in lead.text
    assert any(r.bold and r.text == "中国该不该买？" for r in lead.runs)
    # Emphasis on Chinese is emphasis dots (着重号), never a slanted glyph.
    emphasised = [r for p in zh.paragraphs for r in p.runs if "倒逼国产替代加速" in r.text]
    assert emphasised and not emphasised[0].italic
    assert emphasised[0]._r.rPr.find(qn("w:em")).get(qn("w:val")) == "dot"
    en = docx.Document(str(built["en"]))
    assert "asked three AI models the blunt version" in en.paragraphs[1].text  # a space in English
    code = [r for p in en.paragraphs for r in p.runs if r.text == "ssoar"]
    assert code and code[0].font.name == "Courier New"
    hard = next(p for p in en.paragraphs if "A hard break came" in p.text)
    assert hard._p.xpath(".//w:br")


def test_hyperlink_is_real(built: dict[str, Path]) -> None:
    document = docx.Document(str(built["zh"]))
    links = document.element.body.xpath(".//w:hyperlink")
    assert len(links) == 1
    rel = document.part.rels[links[0].get(qn("r:id"))]
    assert rel.target_ref == "https://example.com/notice" and rel.is_external
    assert "".join(links[0].xpath(".//w:t/text()")) == "商务部公告"


def test_ordered_list_numbering_restarts(built: dict[str, Path]) -> None:
    document = docx.Document(str(built["en"]))
    items = [p for p in document.paragraphs if p.style.name == "List Number"]
    assert len(items) == 2
    num_ids = {p._p.pPr.numPr.numId.val for p in items}
    assert len(num_ids) == 1
    numbering = document.part.numbering_part.element
    num = numbering.num_having_numId(num_ids.pop())
    assert num.xpath("./w:lvlOverride/w:startOverride/@w:val") == ["1"]


def test_core_properties(built: dict[str, Path]) -> None:
    props = docx.Document(str(built["zh"])).core_properties
    assert props.title == "中国该不该买H200？"
    assert props.author == "某专栏作者"
    assert props.subject == "三个AI模型怎么看"
    assert props.keywords == "H200, 芯片, AI"
    assert props.language == "zh-CN"
    assert props.created is not None and props.created.year >= 2025
    assert props.last_modified_by == "drafter"


def test_page_size() -> None:
    markdown, _ = sample("en")
    a4 = build_document(markdown).sections[0]
    assert abs(a4.page_width - Cm(21)) < Cm(0.01) and abs(a4.page_height - Cm(29.7)) < Cm(0.01)
    letter = build_document(markdown, page_size="Letter").sections[0]
    assert letter.page_width == Inches(8.5) and letter.left_margin == Inches(1)
    with pytest.raises(InputError, match="page_size"):
        build_document(markdown, page_size="A3½")


def test_title_from_front_matter_when_no_h1() -> None:
    document = build_document("---\ntitle: 只有标题\nlanguage: zh\n---\n\n正文。\n")
    assert document.paragraphs[0].style.name == "Title" and document.paragraphs[0].text == "只有标题"


def test_control_characters_stripped_and_check_passes(tmp_path: Path) -> None:
    markdown, transcript = sample("zh")
    dirty = "美国的\x07优势\x0b会\x1b扩大"
    markdown = markdown.replace("美国的优势会扩大", dirty, 1).replace("导语", "导\x00语")
    answer = transcript.answer("q1", "alpha")
    assert answer is not None
    answer.text = answer.text.replace("美国的优势会扩大", dirty)
    draft = tmp_path / "draft.md"
    draft.write_text(markdown, encoding="utf-8")
    out = tmp_path / "draft.docx"
    markdown_to_docx(markdown, out, transcript=transcript)
    xml = body_xml(out)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", xml)
    assert "“会的，美国的优势会扩大。”" in all_text(docx.Document(str(out)))
    assert check_draft(draft, transcript).ok
    assert check_draft(out, transcript).ok


def test_quote_spanning_emphasis_and_empty_quote(tmp_path: Path) -> None:
    markdown = ("---\nlanguage: zh\n---\n\n# 标题\n\n模型甲说：“美国的*优势*会扩大。”[^1] 又见[^2]。\n\n"
                "[^1]: 模型甲 · `alpha/q1`\n[^2]: 模型甲 · `alpha/q1`\n")
    document = build_document(markdown)
    assert len(list(document.comments)) == 2
    quote_runs = [r.text for r in document.paragraphs[1].runs if r.style.name == "Model Quote"]
    assert quote_runs == ["“美国的", "优势", "会扩大。”"]
    out = tmp_path / "d.docx"
    document.save(str(out))
    # The tagged footnote with no quote before it anchors on an empty run: `check` calls it an empty quote.
    assert [q.text for q in extract_docx_quotes(out)] == ["美国的优势会扩大。", ""]


def test_appendix_answers_keep_their_line_breaks() -> None:
    markdown = "正文：“甲”。\n\n<!-- drafter:appendix -->\n\n> 第一行\n> 第二行\n"
    quote = build_document(markdown).paragraphs[-1]
    # The appendix's answers are upright (never Word's italic Quote) and keep their line breaks.
    assert quote.style.name == "Model Answer" and quote.text == "第一行\n第二行"
    assert quote.style.font.italic is False
    column = build_document("> 第一行\n> 第二行\n").paragraphs[-1]
    assert column.text == "第一行第二行"  # in the column a soft break between Chinese characters is nothing


def test_reference_docx_styles_kept(tmp_path: Path) -> None:
    house = docx.Document()
    house.styles["Normal"].font.name = "Georgia"
    house.add_paragraph("TEMPLATE BODY TEXT")
    reference = tmp_path / "house.docx"
    house.save(str(reference))
    markdown, transcript = sample("en")
    document = build_document(markdown, transcript=transcript, reference_docx=reference)
    assert "TEMPLATE BODY TEXT" not in all_text(document)
    assert document.styles["Normal"].font.name == "Georgia"
    assert {"Title", "Heading 1", "Quote"} <= styles_used(document)
    with pytest.raises(InputError, match="reference DOCX"):
        build_document(markdown, reference_docx=DATA / "en-draft.md")


def test_write_is_atomic_and_reopens(tmp_path: Path) -> None:
    markdown, transcript = sample("en")
    out = tmp_path / "sub" / "draft.docx"
    markdown_to_docx(markdown, out, transcript=transcript)
    assert [p.name for p in out.parent.iterdir()] == ["draft.docx"]
    assert len(extract_docx_quotes(out)) == len(extract_quotes(markdown))


def long_column(target: int = 10_000) -> str:
    """A Chinese column of about `target` characters, with quotes, lists, a table and an appendix."""
    markdown, _ = sample("zh")
    head, appendix = markdown.split("<!-- drafter:appendix -->")
    notes = appendix[appendix.index("[^1]:"):]
    appendix = appendix[:appendix.index("[^1]:")]
    front, body = head.split("# 中国该不该买H200？", 1)
    parts, extra, n = [front, "# 中国该不该买H200？"], [], 0
    while sum(map(len, parts)) + len(appendix) + sum(map(len, extra)) < target:
        n += 1
        parts.append(body.replace("[^", f"[^s{n}-"))
        extra.append(notes.replace("[^", f"[^s{n}-"))
    return "".join(parts) + "<!-- drafter:appendix -->" + appendix + "".join(extra)


def test_ten_thousand_characters_one_comment_per_quote() -> None:
    """A long column builds whole; its speed is measured by `make bench` (export rows), not asserted here."""
    markdown = long_column()
    _, transcript = sample("zh")
    assert 10_000 <= len(markdown) < 11_000
    document = build_document(markdown, transcript=transcript)
    assert len(list(document.comments)) == len(extract_quotes(markdown))


def test_footnote_used_twice_gives_two_comments(tmp_path: Path) -> None:
    markdown = "模型甲说：“甲一”[^1]，又说“甲二”[^1]。\n\n[^1]: 模型甲 · `alpha/q1`\n"
    out = tmp_path / "twice.docx"
    markdown_to_docx(markdown, out)
    assert [q.text for q in extract_docx_quotes(out)] == ["甲一", "甲二"]  # not one comment spanning both
