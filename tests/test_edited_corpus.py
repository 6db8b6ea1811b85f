"""`drafter check` on drafts edited with real tools (tests/data/edited, made by make_corpus.py), and the
Word file drafter writes: clean package, LibreOffice reads back what check needs, editors' work kept."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from drafter.cli.main import cli
from drafter.export.outputs import draft_files, write_files
from drafter.inputs.transcript import load_transcript
from tests.test_docx_render import require

CORPUS = Path(__file__).parent / "data" / "edited"
CASES = json.loads((CORPUS / "cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['file']}{' ' + ' '.join(c['args']) if c['args'] else ''}"
                                             for c in CASES])
def test_check_on_edited_documents(case: dict[str, object]) -> None:
    result = CliRunner().invoke(cli, ["check", str(CORPUS / str(case["file"])), "--transcript",
                                      str(CORPUS / "transcript.yaml"), *case["args"]])  # type: ignore[misc]
    assert result.exit_code == case["exit"], result.output
    assert str(case["message"]) in result.output, result.output


def test_corpus_covers_every_tool_and_case() -> None:
    tools = {str(c["tool"]).split(" (")[0] for c in CASES}
    assert {"LibreOffice", "pandoc", "python-docx", "hand-edited XML", "text editor"} <= tools
    assert any("Strict" in str(c["tool"]) for c in CASES)
    assert {c["exit"] for c in CASES} == {0, 1}


def test_missing_quote_is_named_by_label_and_question() -> None:
    result = CliRunner().invoke(cli, ["check", str(CORPUS / "word-quote-and-comment-deleted.docx"),
                                      "--transcript", str(CORPUS / "transcript.yaml")])
    assert "✗ 模型甲 (alpha/q1): “会扩大，而且短期内会扩大得很明显” — MISSING" in result.output


def _fresh(tmp_path: Path, reference: Path | None = None) -> Path:
    markdown = (CORPUS / "draft.md").read_text(encoding="utf-8")
    files, _ = draft_files(markdown, load_transcript(CORPUS / "transcript.yaml"), reference_docx=reference)
    write_files(tmp_path, files)
    shutil.copy(CORPUS / "transcript.yaml", tmp_path / "transcript.yaml")
    return tmp_path / "draft.docx"


def test_word_package_is_clean(tmp_path: Path) -> None:
    path = _fresh(tmp_path)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        app = archive.read("docProps/app.xml").decode()
        settings = archive.read("word/settings.xml").decode()
        comments = archive.read("word/comments.xml").decode()
        theme = archive.read("word/theme/theme1.xml").decode()
    assert "docProps/thumbnail.jpeg" not in names and "word/stylesWithEffects.xml" not in names
    assert "<Application>drafter</Application>" in app and "Macintosh" not in app
    words = int(app.split("<Words>")[1].split("<")[0])
    assert words > 1000  # each Chinese character is a word, as Word counts
    assert 'w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"' in settings
    assert 'w:eastAsia="zh-CN"' in settings and "ja-JP" not in settings and "savePreviewPicture" not in settings
    assert '<a:ea typeface="Noto Serif CJK SC"/>' in theme and '<a:ea typeface="Noto Sans CJK SC"/>' in theme
    assert "引自模型甲（alpha）对问题 q1 的回答" in comments
    assert "<w:vanish/>" in comments  # the machine tag is hidden text


def test_reference_docx_keeps_page_setup_and_no_italic_chinese(tmp_path: Path) -> None:
    house = docx.Document()
    section = house.sections[0]
    section.page_width, section.page_height = docx.shared.Mm(184), docx.shared.Mm(260)  # 16开
    house.styles["Quote"].font.italic = True
    house.save(str(tmp_path / "house.docx"))
    out = tmp_path / "out"
    out.mkdir()
    built = docx.Document(str(_fresh(out, tmp_path / "house.docx")))
    house_width = docx.Document(str(tmp_path / "house.docx")).sections[0].page_width
    assert built.sections[0].page_width == house_width and abs(house_width - docx.shared.Mm(184)) < 1000
    assert built.styles["Quote"].font.italic is False


def test_libreoffice_reads_back_what_check_needs(tmp_path: Path) -> None:
    """Open drafter's DOCX in LibreOffice, save it as DOCX, and check it with no quotes.json beside it:
    the comments, the ledger in the custom XML part and the appendix all survive."""
    require("soffice")  # skipped with a reason on a machine without LibreOffice (a failure under CI)
    path = _fresh(tmp_path)
    (tmp_path / "quotes.json").unlink()
    saved = tmp_path / "lo"
    done = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path / 'profile'}",
                           "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(saved), str(path)],
                          capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    result = CliRunner().invoke(cli, ["check", str(saved / "draft.docx"), "--transcript",
                                      str(tmp_path / "transcript.yaml")])
    assert result.exit_code == 0, result.output
    assert "✓ 12 quotes verified in draft.docx (12 of 12 ledger quotes present)" in result.output


def test_render_keeps_the_edited_docx_and_marks_a_misquote_red(tmp_path: Path) -> None:
    _fresh(tmp_path)
    from drafter.export.outputs import record_hashes, recorded_hashes, sha256_of

    record_hashes(tmp_path, {"draft.docx": sha256_of((tmp_path / "draft.docx").read_bytes())})
    edited = docx.Document(str(tmp_path / "draft.docx"))
    edited.add_paragraph("编辑加的一段。")
    edited.save(str(tmp_path / "draft.docx"))
    md = tmp_path / "draft.md"
    text = md.read_text(encoding="utf-8")
    md.write_text(text.replace("会扩大，而且短期内", "会缩小，而且短期内", 1), encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(md), "--transcript", str(tmp_path / "transcript.yaml")])
    assert result.exit_code == 1
    kept = sorted(p.name for p in tmp_path.glob("draft.*.docx"))
    assert len(kept) == 1 and f"kept as {kept[0]}" in result.output
    assert "编辑加的一段。" in [p.text for p in docx.Document(str(tmp_path / kept[0])).paragraphs]
    assert recorded_hashes(tmp_path)["draft.docx"] == sha256_of((tmp_path / "draft.docx").read_bytes())
    rebuilt = docx.Document(str(tmp_path / "draft.docx"))
    red = [r for p in rebuilt.paragraphs for r in p.runs if r.style is not None and r.style.name == "Unverified Quote"]
    assert red and "会缩小" in "".join(r.text for r in red)
    comments = [c.text for c in rebuilt.comments]
    assert any(c.startswith("未通过核验（NOT VERIFIED）：not in 模型甲's answer") for c in comments)
    # Rendering again with nothing edited keeps no further copy.
    CliRunner().invoke(cli, ["render", str(md), "--transcript", str(tmp_path / "transcript.yaml")])
    assert len(list(tmp_path.glob("draft.*.docx"))) == 1


def test_draft_and_redraft_keep_an_edited_draft(tmp_path: Path) -> None:
    topic = Path(__file__).parents[1] / "examples" / "h200" / "topic.md"
    out = tmp_path / "out"
    first = CliRunner().invoke(cli, ["draft", str(topic), "--out", str(out), "-q"])
    assert first.exit_code == 0, first.output
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert set(run["written"]) == {"draft.md", "draft.docx", "quotes.json"}
    (out / "draft.md").write_text((out / "draft.md").read_text(encoding="utf-8") + "\n编辑的话。\n", encoding="utf-8")
    again = CliRunner().invoke(cli, ["redraft", str(out)])
    kept = sorted(p.name for p in out.glob("draft.*.md"))
    assert len(kept) == 1 and f"draft.md was edited since drafter wrote it: kept as {kept[0]}" in again.output
    assert "编辑的话。" in (out / kept[0]).read_text(encoding="utf-8")
    assert "编辑的话。" not in (out / "draft.md").read_text(encoding="utf-8")
    # Nothing edited since the redraft: a second one keeps no copy.
    CliRunner().invoke(cli, ["redraft", str(out)])
    assert len(list(out.glob("draft.*"))) == 3  # draft.md, draft.docx and the one kept copy


def test_render_writes_a_typed_in_misquote_red(tmp_path: Path) -> None:
    md = tmp_path / "draft.md"
    shutil.copy(CORPUS / "typed-in.md", md)
    shutil.copy(CORPUS / "transcript.yaml", tmp_path / "transcript.yaml")
    result = CliRunner().invoke(cli, ["render", str(md)])
    assert result.exit_code == 1 and "1 quote written in red as NOT VERIFIED" in result.output
    rebuilt = docx.Document(str(tmp_path / "draft.docx"))
    red = [r.text for p in rebuilt.paragraphs for r in p.runs
           if r.style is not None and r.style.name == "Unverified Quote"]
    assert red == ["“中国必须立刻停止购买任何美国芯片。”"]
    assert any("NOT VERIFIED）：not in 模型甲's answer" in c.text for c in rebuilt.comments)
    # The rebuilt DOCX still fails check at that quote: red text is never passed off as verified.
    checked = CliRunner().invoke(cli, ["check", str(tmp_path / "draft.docx")])
    assert checked.exit_code == 1 and "中国必须立刻停止购买任何美国芯片" in checked.output
