"""The DOCX in real readers: LibreOffice renders it (with Noto CJK for Chinese), pandoc reads it back.

Skipped with a reason when soffice/pandoc/poppler are missing, except under CI, where that fails.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from drafter.draftfmt import extract_quotes
from drafter.export.docx import markdown_to_docx
from drafter.inputs.transcript import load_transcript
from drafter.quotes.audit import check_draft, format_report
from drafter.quotes.docx_read import strip_marks
from drafter.quotes.match import verify_quote

pytestmark = pytest.mark.slow
DATA = Path(__file__).parent / "data" / "docx"


def require(*tools: str) -> None:
    """Skip when a reader is missing, visibly; under CI a missing reader is a failure."""
    missing = [t for t in tools if shutil.which(t) is None]
    if not missing:
        return
    skip_or_fail(f"{', '.join(missing)} not installed "
                 "(apt-get install libreoffice-writer-nogui pandoc poppler-utils)")


def skip_or_fail(why: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"CI is set but {why}")
    pytest.skip(why)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both samples as DOCX; as PDF, and as DOCX re-saved by LibreOffice (two runs, a private profile)."""
    out = tmp_path_factory.mktemp("render")
    for lang in ("zh", "en"):
        transcript = load_transcript(DATA / f"{lang}-transcript.yaml")
        markdown_to_docx((DATA / f"{lang}-draft.md").read_text(encoding="utf-8"), out / f"{lang}.docx",
                         transcript=transcript)
    if shutil.which("soffice"):
        for target, outdir in [("pdf", out), ("docx:MS Word 2007 XML", out / "saved")]:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{out}/lo", "--headless", "--convert-to",
                            target, "--outdir", str(outdir), str(out / "zh.docx"), str(out / "en.docx")],
                           check=True, capture_output=True, timeout=240)
    return out


def run(*args: str) -> str:
    return subprocess.run(list(args), check=True, capture_output=True, text=True, timeout=120).stdout


def test_chinese_pdf_embeds_noto_cjk(rendered: Path) -> None:
    require("soffice", "pdffonts", "fc-list")
    if "Noto" not in run("fc-list", ":lang=zh", "family"):
        skip_or_fail("no Chinese Noto font (apt-get install fonts-noto-cjk)")
    fonts = run("pdffonts", str(rendered / "zh.pdf"))
    assert re.search(r"Noto(Serif|Sans)CJK", fonts), fonts


def test_page_one_is_the_column_and_the_appendix_follows(rendered: Path) -> None:
    require("soffice", "pdftotext")
    cases = [("zh", "中国该不该买H200", "美国的优势会扩大", "分歧一览"),
             ("en", "Votes at 16", "Sixteen-year-olds can work", "Where they disagree")]
    for lang, title, quote, appendix in cases:
        first = run("pdftotext", "-f", "1", "-l", "1", str(rendered / f"{lang}.pdf"), "-")
        everything = run("pdftotext", str(rendered / f"{lang}.pdf"), "-")
        flat = re.sub(r"\s+", "", first)
        assert re.sub(r"\s+", "", title) in flat and re.sub(r"\s+", "", quote) in flat
        assert "[^" not in everything
        assert appendix not in first and appendix in everything  # the appendix starts a new page


def png_rows(data: bytes) -> tuple[int, int, list[bytes]]:
    """(width, channels, rows) of an 8-bit PNG, unfiltered: enough to look at pixels without Pillow."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    width = height = channels = 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
            assert body[8] == 8, "8-bit samples expected"
            channels = {0: 1, 2: 3, 4: 2, 6: 4}[body[9]]
        elif kind == b"IDAT":
            idat += body
    raw, stride = zlib.decompress(idat), width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind_byte, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b, c = prev[i], (prev[i - channels] if i >= channels else 0)
            if kind_byte == 1:
                line[i] = (line[i] + a) & 255
            elif kind_byte == 2:
                line[i] = (line[i] + b) & 255
            elif kind_byte == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif kind_byte == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, channels, rows


def test_first_page_png_has_text_and_highlighted_placeholder(rendered: Path) -> None:
    require("soffice", "pdftoppm")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(rendered / "zh.pdf"),
                    str(rendered / "zh-page")], check=True, timeout=60)
    png = next(rendered.glob("zh-page*.png"))
    width, channels, rows = png_rows(png.read_bytes())
    assert channels >= 3
    pixels = [row[i:i + 3] for row in rows for i in range(0, width * channels, channels)]
    dark = sum(1 for p in pixels if max(p) < 100)
    yellow = sum(1 for p in pixels if p[0] > 200 and p[1] > 200 and p[2] < 90)
    assert dark > 0.003 * len(pixels), "page 1 looks blank"
    assert yellow > 50, "the author placeholder is not highlighted"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_pandoc_reads_every_quote_back(rendered: Path, lang: str) -> None:
    require("pandoc")
    out = run("pandoc", "-f", "docx", "-t", "html", "--track-changes=all", str(rendered / f"{lang}.docx"))
    transcript = load_transcript(DATA / f"{lang}-transcript.yaml")
    expected = extract_quotes((DATA / f"{lang}-draft.md").read_text(encoding="utf-8"))
    # pandoc turns each comment into a comment-start span (holding the comment) and a comment-end span.
    spans = re.findall(r'<span\s+class="comment-start"\s+id="(\d+)"[^>]*>(.*?)</span>(.*?)'
                       r'<span\s+class="comment-end"\s+id="\1"></span>', out, flags=re.S)
    tagged = [(comment, anchored) for _, comment, anchored in spans if "drafter:" in comment]
    assert len(tagged) == len(expected)
    for (comment, anchored), quote in zip(tagged, expected, strict=True):
        assert f"drafter:{quote.model}/{quote.question}" in re.sub(r"\s+", "", comment)
        text = strip_marks(html.unescape(re.sub(r"<[^>]+>", "", anchored)))
        answer = transcript.answer(quote.question, quote.model)
        assert answer is not None and verify_quote(text, answer.text), text


@pytest.mark.parametrize("lang,count", [("zh", 6), ("en", 5)])
def test_docx_saved_by_libreoffice_still_checks(rendered: Path, lang: str, count: int) -> None:
    """An editor who opens and saves the DOCX in LibreOffice keeps every comment anchor."""
    require("soffice")
    transcript = load_transcript(DATA / f"{lang}-transcript.yaml")
    report = check_draft(rendered / "saved" / f"{lang}.docx", transcript)
    assert report.ok and report.checked == count and not report.notes, format_report(report)


@pytest.fixture(scope="module")
def demo_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The zh and en demos drafted offline, their DOCX rendered to PDF by LibreOffice."""
    require("soffice", "pdftotext", "pdftoppm", "pdffonts")
    import asyncio

    from drafter.workflow.runner import RunOptions, run_draft

    root = Path(__file__).resolve().parent.parent
    out = tmp_path_factory.mktemp("demo-render")
    for name in ("h200", "phones"):
        shutil.copytree(root / "examples" / name, out / name)
        asyncio.run(run_draft(RunOptions(topic_path=out / name / "topic.md", out_dir=out / f"{name}-out",
                                         progress=False)))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{out}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out / f"{name}-out"), str(out / f"{name}-out" / "draft.docx")],
                       check=True, capture_output=True, timeout=240)
    return out


@pytest.mark.parametrize("name", ["h200", "phones"])
def test_table_and_appendix_render_as_a_reader_sees_them(demo_pdf: Path, name: str) -> None:
    pdf = demo_pdf / f"{name}-out" / "draft.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    lines = [line.strip() for line in text.splitlines()]
    # ⚡ opens a line of its own in its cell and never stands alone there: it always has the names after it.
    assert any("⚡" in line for line in lines) and not any(line == "⚡" for line in lines)
    assert not re.search(r"(?m)(^|\s)q\d\b", text), "an internal question id is visible"
    # The answers' Markdown is rendered, not printed: no heading hashes, no bold stars, no table bars.
    appendix = text.split("附录" if name == "h200" else "Appendix")[-1]
    assert "**" not in appendix and not re.search(r"(?m)^\s*#{1,6}\s", appendix) and "|---" not in appendix
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert not re.search(r"CJK\S*(Italic|Oblique)", fonts), "slanted CJK glyphs"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf), str(pdf.with_suffix(""))],
                   check=True, timeout=120)
    page = next(pdf.parent.glob("draft-*1.png"))
    assert page.stat().st_size > 5_000  # a page with text on it, not a blank one
