"""`drafter check` on .md and .docx: a round trip passes, one changed character fails, other edits pass."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from drafter.errors import InputError
from drafter.export.docx import markdown_to_docx
from drafter.inputs.transcript import Transcript, load_transcript
from drafter.quotes.audit import (
    EMPTY_QUOTE,
    UNATTRIBUTED,
    UNKNOWN_MODEL,
    UNKNOWN_QUESTION,
    CheckReport,
    check_draft,
    find_transcript_for,
    format_report,
)
from drafter.quotes.docx_read import extract_docx_quotes

DATA = Path(__file__).parent / "data" / "docx"
QUOTE_RUN = '<w:r><w:rPr><w:rStyle w:val="ModelQuote"/></w:rPr><w:t>“会的，美国的优势会扩大。”</w:t></w:r>'


def sample(lang: str) -> tuple[str, Transcript]:
    markdown = (DATA / f"{lang}-draft.md").read_text(encoding="utf-8")
    return markdown, load_transcript(DATA / f"{lang}-transcript.yaml")


@pytest.fixture
def zh(tmp_path: Path) -> tuple[Path, Path, Transcript]:
    """(draft.md, draft.docx, transcript) of the Chinese sample, in a fresh folder."""
    markdown, transcript = sample("zh")
    md = tmp_path / "draft.md"
    md.write_text(markdown, encoding="utf-8")
    out = tmp_path / "draft.docx"
    markdown_to_docx(markdown, out, transcript=transcript)
    return md, out, transcript


def edit_part(src: Path, dst: Path, part: str, edit: Callable[[str], str]) -> Path:
    """Copy a DOCX, rewriting one XML part as text (what an editor's Word would save, in miniature)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                data = edit(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
    return dst


def replace_once(old: str, new: str) -> Callable[[str], str]:
    def edit(xml: str) -> str:
        assert xml.count(old) == 1, old
        return xml.replace(old, new)
    return edit


@pytest.mark.parametrize("lang,count", [("zh", 6), ("en", 5)])
def test_round_trip_passes(tmp_path: Path, lang: str, count: int) -> None:
    markdown, transcript = sample(lang)
    md = tmp_path / "draft.md"
    md.write_text(markdown, encoding="utf-8")
    out = tmp_path / "draft.docx"
    markdown_to_docx(markdown, out, transcript=transcript)
    for path in (md, out):
        report = check_draft(path, transcript)
        assert report.ok and report.checked == count and not report.notes, format_report(report)
    assert format_report(check_draft(out, transcript)).splitlines()[-1] == f"✓ {count} quotes verified in draft.docx"


def test_md_one_changed_character_fails_there(zh: tuple[Path, Path, Transcript]) -> None:
    md, _, transcript = zh
    edited = md.read_text(encoding="utf-8").replace("美国的优势会扩大", "美国的优势会缩小", 1)
    md.write_text(edited, encoding="utf-8")
    report = check_draft(md, transcript)
    assert report.checked == 6
    assert [(f.model, f.question, f.where, f.reason) for f in report.failures] == [
        ("alpha", "q1", "line 17", "not in 模型甲's answer")]
    lines = format_report(report).splitlines()
    assert lines[0] == "✗ 模型甲 (alpha/q1) line 17: “会的，美国的优势会缩小。” — not in 模型甲's answer"
    assert lines[-1] == "✗ 1 problem in draft.md (6 quotes checked)"


def test_docx_one_changed_character_fails_there(zh: tuple[Path, Path, Transcript], tmp_path: Path) -> None:
    _, out, transcript = zh
    edited = edit_part(out, tmp_path / "edited.docx", "word/document.xml",
                       replace_once("美国的优势会扩大。”", "美国的优势会扩大！”"))
    report = check_draft(edited, transcript)
    assert report.checked == 6
    [failure] = report.failures
    assert (failure.model, failure.label, failure.question) == ("alpha", "模型甲", "q1")
    assert failure.reason == "not in 模型甲's answer"
    assert failure.text == "会的，美国的优势会扩大！"
    assert failure.where.startswith("paragraph 4 (模型甲的回答很干脆")


def test_docx_edits_outside_quotes_pass(zh: tuple[Path, Path, Transcript], tmp_path: Path) -> None:
    _, out, transcript = zh
    document = docx.Document(str(out))
    paragraphs = document.paragraphs
    lead, quotes, evasive, link = paragraphs[1], paragraphs[3], paragraphs[4], paragraphs[9]
    assert "三个AI模型" in lead.text and "更多背景" in link.text
    evasive._p.addnext(lead._p)  # move the lead below the quotes
    link._p.getparent().remove(link._p)  # delete a paragraph
    quotes.insert_paragraph_before("编辑加的一段新导语。")  # add paragraphs
    document.add_paragraph("文末编辑加的说明。")
    quotes.runs[0].text = "模型甲答得很干脆："  # reword the prose around a quote
    document.add_comment(quotes.runs[0], text="编辑：这里再斟酌", author="编辑")  # the editor's own comment
    edited = tmp_path / "edited.docx"
    document.save(str(edited))
    report = check_draft(edited, transcript)
    assert report.ok and report.checked == 6, format_report(report)
    # title, heading, the new paragraph, then the quotes: the lead moved below them
    assert extract_docx_quotes(edited)[0].where.startswith("paragraph 4 (模型甲答得很干脆")


def test_tracked_changes(zh: tuple[Path, Path, Transcript], tmp_path: Path) -> None:
    _, out, transcript = zh
    run = '<w:r><w:rPr><w:rStyle w:val="ModelQuote"/></w:rPr><w:t>{}</w:t></w:r>'
    ins = '<w:ins w:id="90" w:author="ed" w:date="2026-11-29T00:00:00Z">{}</w:ins>'
    dele = ('<w:del w:id="91" w:author="ed" w:date="2026-11-29T00:00:00Z">'
            '<w:r><w:delText>{}</w:delText></w:r></w:del>')

    def check_with(quote_xml: str, name: str) -> CheckReport:
        edit = replace_once(QUOTE_RUN, quote_xml)
        return check_draft(edit_part(out, tmp_path / name, "word/document.xml", edit), transcript)

    # Inside the quote: 扩大 deleted and 缩小 inserted, with track changes on -> pending; rejecting restores it.
    changed = (run.format("“会的，美国的优势会") + dele.format("扩大") + ins.format(run.format("缩小"))
               + run.format("。”"))
    [failure] = check_with(changed, "a.docx").failures
    assert failure.text == "会的，美国的优势会缩小。" and failure.kind == "pending"
    assert "“扩大” deleted by ed on 2026-11-29" in failure.reason and "“缩小” inserted by ed" in failure.reason
    assert failure.reason.endswith("reject it to restore the model's words")
    # A tracked deletion of stray text inside the quote: pending until accepted, and accepting keeps it verbatim.
    restored = run.format("“会的，美国的") + dele.format("不") + run.format("优势会扩大。”")
    [failure] = check_with(restored, "b.docx").failures
    assert failure.kind == "pending" and failure.reason.endswith("accept it: the quote stays verbatim")


def test_quote_split_across_paragraphs_verifies(zh: tuple[Path, Path, Transcript], tmp_path: Path) -> None:
    _, out, transcript = zh
    split = QUOTE_RUN.replace("美国的优势", "美国的</w:t></w:r></w:p><w:p><w:r><w:t>优势")
    edited = edit_part(out, tmp_path / "split.docx", "word/document.xml", replace_once(QUOTE_RUN, split))
    quotes = extract_docx_quotes(edited)
    assert quotes[0].text == "会的，美国的\n优势会扩大。"
    assert check_draft(edited, transcript).ok


def strip_comment(comment_id: str) -> tuple[Callable[[str], str], Callable[[str], str]]:
    """Edits that delete a comment from comments.xml and its anchors from document.xml."""
    def comments(xml: str) -> str:
        return re.sub(rf'<w:comment w:id="{comment_id}".*?</w:comment>', "", xml, flags=re.S)

    def document(xml: str) -> str:
        xml = re.sub(rf'<w:commentRange(Start|End) w:id="{comment_id}"/>', "", xml)
        return re.sub(rf'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                      rf'<w:commentReference w:id="{comment_id}"/></w:r>', "", xml)
    return comments, document


def test_deleted_comment_found_by_style(zh: tuple[Path, Path, Transcript], tmp_path: Path) -> None:
    _, out, transcript = zh
    comments, document = strip_comment("0")
    step = edit_part(out, tmp_path / "step.docx", "word/comments.xml", comments)
    edited = edit_part(step, tmp_path / "nocomment.docx", "word/document.xml", document)
    report = check_draft(edited, transcript)
    assert report.ok and report.checked == 6  # the prose names 模型甲, whose answer holds the quote
    altered = edit_part(edited, tmp_path / "altered.docx", "word/document.xml",
                        replace_once("美国的优势会扩大。”", "美国的优势会缩小。”"))
    [failure] = check_draft(altered, transcript).failures
    assert failure.reason == "not in 模型甲's answer" and failure.model == "alpha"
    assert "comment deleted" in failure.where
    # With the prose's name gone too, the quote is only found by its style: it must be in some answer.
    anonymous = edit_part(altered, tmp_path / "anon.docx", "word/document.xml",
                          replace_once("模型甲的回答很干脆：", "回答很干脆："))
    [failure] = check_draft(anonymous, transcript).failures
    assert failure.reason == UNATTRIBUTED and failure.model == ""
    assert format_report(check_draft(anonymous, transcript)).startswith("✗ unattributed quote paragraph 4")


def test_comment_without_anchor_is_an_empty_quote(zh: tuple[Path, Path, Transcript], tmp_path: Path) -> None:
    _, out, transcript = zh
    _, document = strip_comment("0")
    no_anchor = edit_part(out, tmp_path / "noanchor.docx", "word/document.xml",
                          lambda xml: document(xml).replace(QUOTE_RUN, ""))
    report = check_draft(no_anchor, transcript)
    assert [(f.model, f.reason) for f in report.failures] == [("alpha", EMPTY_QUOTE)]


def test_md_unknown_model_question_and_empty_quote(tmp_path: Path) -> None:
    _, transcript = sample("zh")
    md = tmp_path / "bad.md"
    md.write_text("模型丁说：“会的。”[^1] 模型甲：“会的。”[^2] 模型甲说过[^3]。\n\n"
                  "[^1]: 模型丁 · `delta/q1`\n[^2]: 模型甲 · `alpha/q9`\n"
                  "[^3]: 模型甲 · `alpha/q1`\n", encoding="utf-8")
    report = check_draft(md, transcript)
    assert [(f.model, f.reason) for f in report.failures] == [
        ("delta", UNKNOWN_MODEL), ("alpha", UNKNOWN_QUESTION), ("alpha", EMPTY_QUOTE)]


def test_find_transcript_for(zh: tuple[Path, Path, Transcript], tmp_path: Path) -> None:
    md, out, _ = zh
    named = md.parent / "zh-transcript.yaml"
    assert find_transcript_for(md) == named.resolve()  # named in front matter, even if missing
    named.write_text("questions: []\n", encoding="utf-8")
    assert find_transcript_for(out) == named.resolve()  # the .md beside the .docx names it
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "draft.docx").write_bytes(out.read_bytes())
    assert find_transcript_for(lone / "draft.docx") is None
    (lone / "transcript.yaml").write_text("questions: []\n", encoding="utf-8")
    assert find_transcript_for(lone / "draft.docx") == lone / "transcript.yaml"


def test_bad_inputs(tmp_path: Path) -> None:
    _, transcript = sample("zh")
    fake = tmp_path / "fake.docx"
    fake.write_text("not a zip", encoding="utf-8")
    with pytest.raises(InputError, match="not a readable Word"):
        check_draft(fake, transcript)
    with pytest.raises(InputError, match=r"\.doc file"):
        check_draft(tmp_path / "old.doc", transcript)
    with pytest.raises(InputError, match="not found"):
        check_draft(tmp_path / "missing.docx", transcript)


def test_check_5000_char_docx_under_a_second(tmp_path: Path) -> None:
    from tests.test_export_docx import long_column

    markdown = long_column(5_000)
    _, transcript = sample("zh")
    out = tmp_path / "draft.docx"
    markdown_to_docx(markdown, out, transcript=transcript)
    (tmp_path / "transcript.yaml").write_text((DATA / "zh-transcript.yaml").read_text(encoding="utf-8"),
                                              encoding="utf-8")
    script = ("import sys; from pathlib import Path\n"
              "from drafter.quotes.audit import check_draft, find_transcript_for, format_report\n"
              "from drafter.inputs.transcript import load_transcript\n"
              "p = Path(sys.argv[1]); r = check_draft(p, load_transcript(find_transcript_for(p)))\n"
              "print(format_report(r)); sys.exit(0 if r.ok else 1)\n")
    # Its speed is a `make bench` figure (startup: drafter check DOCX), not an assertion here.
    done = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "quotes verified" in done.stdout
