"""Regenerate the corpus of edited drafts that `drafter check` is tested on (tests/test_edited_corpus.py).

    PYTHONPATH=. /work/main/.venv/bin/python tests/data/edited/make_corpus.py

Each case is a draft as a real tool left it: LibreOffice with track changes (UNO, headless: lo_edit.py
under Debian's /usr/bin/python3), pandoc, python-docx, and WordprocessingML edited by hand the way Word
writes it (w:ins/w:del with author and date, rsid noise, proofErr, bookmarks, hyperlinks, Strict OOXML).
cases.json lists each file with the exit code and the message check must give.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STRICT_NS = "http://purl.oclc.org/ooxml/wordprocessingml/main"
TYPED = "模型甲还直言：“中国必须立刻停止购买任何美国芯片。”"
QUOTE_1 = "会扩大，而且短期内会扩大得很明显"
QUOTE_2 = "不会。美国的优势并不主要取决于中国买不买某一款芯片"
CASES: list[dict[str, object]] = []


def case(name: str, tool: str, edit: str, code: int, message: str, args: list[str] | None = None) -> None:
    CASES.append({"file": name, "tool": tool, "edit": edit, "exit": code, "message": message, "args": args or []})


def base() -> None:
    """draft.md, draft.docx, quotes.json and transcript.yaml of the h200 example, drafted offline."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "drafter", "draft", str(ROOT / "examples/h200/topic.md"),
                        "--out", tmp, "-q"], check=True, cwd=ROOT)
        for name in ("draft.md", "draft.docx", "quotes.json", "transcript.yaml"):
            shutil.copy(Path(tmp) / name, HERE / name)
    case("draft.docx", "drafter", "none", 0, "✓ 12 quotes verified")
    case("draft.md", "drafter", "none", 0, "✓ 12 quotes verified")


def edit_xml(src: str, dst: str, edits: dict[str, Callable[[str], str]]) -> None:
    with zipfile.ZipFile(HERE / src) as zin, zipfile.ZipFile(HERE / dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in edits:
                data = edits[item.filename](data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)


def once(old: str, new: str) -> Callable[[str], str]:
    def edit(xml: str) -> str:
        assert xml.count(old) == 1, (old, xml.count(old))
        return xml.replace(old, new)
    return edit


def markdown_cases() -> None:
    md = (HERE / "draft.md").read_text(encoding="utf-8")
    (HERE / "typed-in.md").write_text(md.replace("模型甲和模型丙站在同一边。", TYPED + "模型甲和模型丙站在同一边。", 1),
                                      encoding="utf-8")
    case("typed-in.md", "text editor", "a typed-in quote", 1, "not in 模型甲's answer")
    swapped = md.replace("一边是模型甲：“会扩大", "一边是模型乙：“会扩大", 1)
    swapped = swapped.replace("另一边是模型乙：“不会。", "另一边是模型甲：“不会。", 1)
    (HERE / "swapped.md").write_text(swapped, encoding="utf-8")
    case("swapped.md", "text editor", "two quotes swapped between models", 1, "misattributed")
    typed_cut = "模型乙还说：“美国的优势……主要取决于中国买不买某一款芯片”。"
    cut = md.replace("模型甲和模型丙站在同一边。", typed_cut + "模型甲和模型丙站在同一边。", 1)
    (HERE / "ellipsis-reversal.md").write_text(cut, encoding="utf-8")
    case("ellipsis-reversal.md", "text editor", "an ellipsis cut dropping 并不", 1, "the cut drops “不”")
    hedge = md.replace("模型甲和模型丙站在同一边。", "模型乙认为：“长期看差距……扩大”。模型甲和模型丙站在同一边。", 1)
    (HERE / "ellipsis-hedge.md").write_text(hedge, encoding="utf-8")
    case("ellipsis-hedge.md", "text editor", "an ellipsis cut dropping 未必", 1, "the cut drops “未必”")
    removed = re.sub(r"一边是模型甲：“会扩大，而且短期内会扩大得很明显”\[\^1\]；另一边是", "一边是", md, count=1)
    (HERE / "quote-deleted.md").write_text(removed, encoding="utf-8")
    case("quote-deleted.md", "text editor", "a quote and its footnote deleted", 1, "MISSING")
    case("quote-deleted.md", "text editor", "the same, cut on purpose", 0, "✓", ["--allow-cuts"])
    appendix = md.replace("长期看差距未必扩大", "长期看差距必然扩大", 1)
    (HERE / "appendix-changed.md").write_text(appendix, encoding="utf-8")
    case("appendix-changed.md", "text editor", "the appendix's copy of an answer changed", 1, "changed in the appendix")


def python_docx_cases() -> None:
    import docx

    def edited(name: str, change: Callable[[docx.document.Document], None]) -> None:
        document = docx.Document(str(HERE / "draft.docx"))
        change(document)
        document.save(str(HERE / name))

    def paragraph(document: docx.document.Document, text: str) -> docx.text.paragraph.Paragraph:
        return next(p for p in document.paragraphs if text in p.text)

    edited("typed-in.docx", lambda d: paragraph(d, "模型甲和模型丙站在同一边").insert_paragraph_before(TYPED))
    case("typed-in.docx", "python-docx", "a typed-in quote", 1, "not in 模型甲's answer")

    def swap(document: docx.document.Document) -> None:
        target = paragraph(document, "一边是模型甲：“会扩大")
        for run in target.runs:
            text = run.text.replace("一边是模型甲：", "一边是模型乙：")
            run.text = text.replace("另一边是模型乙：", "另一边是模型甲：")
    edited("swapped.docx", swap)
    case("swapped.docx", "python-docx", "two quotes swapped between models", 1, "misattributed")

    def width(document: docx.document.Document) -> None:
        run = next(r for r in paragraph(document, "一边是模型甲").runs if "会扩大，而且" in r.text)
        run.text = run.text.replace("会扩大，而且", "会扩大,而且")
    edited("punctuation.docx", width)
    case("punctuation.docx", "python-docx", "，→ , inside a quote", 1, "only punctuation/width differs")

    def added(document: docx.document.Document) -> None:
        run = next(r for r in paragraph(document, "一边是模型甲").runs if "会扩大得很明显”" in r.text)
        run.text = run.text.replace("会扩大得很明显”", "会扩大得很明显，毫无疑问”")
    edited("added-at-end.docx", added)
    case("added-at-end.docx", "python-docx", "words added at the end of a quote", 1, "text added at the end")

    def paste(document: docx.document.Document) -> None:
        house = docx.Document()
        for p in document.paragraphs:
            house.add_paragraph(p.text)  # a paste as plain text: no comments, no character styles
        house.save(str(HERE / "pasted.docx"))
    paste(docx.Document(str(HERE / "draft.docx")))
    case("pasted.docx", "python-docx", "pasted as text into a house template", 1,
         "comments and quote styles were stripped")


def word_xml_cases() -> None:
    """WordprocessingML edited by hand the way Word saves it."""
    quote_run = re.compile(r'<w:r><w:rPr><w:rStyle w:val="ModelQuote"/></w:rPr><w:t>“' + QUOTE_1 + r'”</w:t></w:r>')
    xml = zipfile.ZipFile(HERE / "draft.docx").read("word/document.xml").decode("utf-8")
    original = quote_run.search(xml)
    assert original, "the first quote's run"
    run = '<w:r w:rsidR="00A1B2C3"><w:rPr><w:rStyle w:val="ModelQuote"/></w:rPr><w:t>{}</w:t></w:r>'
    ins = '<w:ins w:id="901" w:author="王编辑" w:date="2026-12-05T09:12:00Z">{}</w:ins>'
    dele = ('<w:del w:id="902" w:author="王编辑" w:date="2026-12-05T09:12:00Z"><w:r w:rsidDel="00D4E5F6">'
            '<w:rPr><w:rStyle w:val="ModelQuote"/></w:rPr><w:delText>{}</w:delText></w:r></w:del>')
    pending = (run.format("“会") + dele.format("扩大") + ins.format(run.format("缩小"))
               + run.format("，而且短期内会扩大得很明显”"))
    edit_xml("draft.docx", "word-pending.docx", {"word/document.xml": once(original.group(0), pending)})
    case("word-pending.docx", "hand-edited XML (Word)", "tracked replacement inside a quote", 1,
         "reject it to restore the model's words")
    noisy = (run.format("“会扩大，") + '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="7" w:name="_Hlk1"/>'
             + run.format("而且短期内") + '<w:bookmarkEnd w:id="7"/><w:proofErr w:type="spellEnd"/>'
             + run.format("会扩大得很明显”"))
    link = ('<w:hyperlink r:id="rIdX" w:history="1"><w:r><w:t>两者争的是：</w:t></w:r></w:hyperlink>')
    edit_xml("draft.docx", "word-noise.docx", {"word/document.xml": lambda x: once(original.group(0), noisy)(x)
                                               .replace("<w:r><w:t>两者争的是：", link + "<w:r><w:t>", 1)})
    case("word-noise.docx", "hand-edited XML (Word)", "rsid noise, proofErr, bookmarks, split runs", 0,
         "✓ 12 quotes verified")
    whole = dele.format("“" + QUOTE_1 + "”")
    edit_xml("draft.docx", "word-deleted-quote.docx", {"word/document.xml": once(original.group(0), whole)})
    case("word-deleted-quote.docx", "hand-edited XML (Word)", "tracked deletion of a whole quote", 1,
         "cut by a tracked deletion")
    case("word-deleted-quote.docx", "hand-edited XML (Word)", "the same, cut on purpose", 0, "✓",
         ["--allow-cuts"])

    def drop_comment(xml: str) -> str:
        return re.sub(r'<w:comment w:id="0".*?</w:comment>', "", xml, flags=re.S)

    def drop_anchor(xml: str) -> str:
        xml = xml.replace(original.group(0), "")
        xml = re.sub(r'<w:commentRange(Start|End) w:id="0"/>', "", xml)
        return re.sub(r'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/>'
                      r'</w:r>', "", xml)
    edit_xml("draft.docx", "word-quote-and-comment-deleted.docx",
             {"word/comments.xml": drop_comment, "word/document.xml": drop_anchor})
    case("word-quote-and-comment-deleted.docx", "hand-edited XML (Word)", "a quote deleted with its comment", 1,
         "MISSING")

    def strict(xml: str) -> str:
        return xml.replace(W_NS, STRICT_NS)
    parts = {"word/document.xml": strict, "word/styles.xml": strict, "word/comments.xml": strict,
             "word/settings.xml": strict, "word/numbering.xml": strict, "word/fontTable.xml": strict}
    edit_xml("draft.docx", "strict.docx", parts)
    case("strict.docx", "hand-edited XML (Strict OOXML)", "saved as Strict Open XML", 0, "✓ 12 quotes verified")


def pandoc_case() -> None:
    subprocess.run(["pandoc", str(HERE / "draft.docx"), "-o", str(HERE / "pandoc.docx")], check=True)
    case("pandoc.docx", "pandoc", "docx → docx round trip", 1, "comments and quote styles were stripped")


def libreoffice_cases() -> None:
    """LibreOffice with track changes on (Edit > Track Changes > Record), driven through UNO."""
    script = str(HERE / "lo_edit.py")
    runs = [("lo-roundtrip.docx", []),
            ("lo-tracked-change.docx", ["会扩大，而且短期内=>会缩小，而且短期内"]),
            ("lo-tracked-deletion.docx", [f"“{QUOTE_2}”=>"])]
    for name, edits in runs:
        subprocess.run(["/usr/bin/python3", script, str(HERE / "draft.docx"), str(HERE / name), "李编辑", *edits],
                       check=True, capture_output=True)
    case("lo-roundtrip.docx", "LibreOffice", "opened and saved", 0, "✓ 12 quotes verified")
    case("lo-tracked-change.docx", "LibreOffice (track changes)", "a word changed inside a quote", 1,
         "by 李编辑")
    case("lo-tracked-deletion.docx", "LibreOffice (track changes)", "a whole quote deleted", 1,
         "cut by a tracked deletion")


def main() -> None:
    base()
    markdown_cases()
    python_docx_cases()
    word_xml_cases()
    pandoc_case()
    if "--no-libreoffice" not in sys.argv:
        libreoffice_cases()
    (HERE / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases in {HERE / 'cases.json'}")


if __name__ == "__main__":
    main()
