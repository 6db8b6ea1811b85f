"""report.html and `drafter view` in a real browser: headless Debian chromium through Playwright."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli.main import cli
from drafter.draftfmt import extract_quotes
from drafter.export.report_html import build_report
from drafter.inputs.transcript import Transcript, load_transcript
from tests.report_browser import browser_page, need_chromium, png_pixels
from tests.test_report_html import HOSTILE, _analysis, _transcript

ROOT = Path(__file__).resolve().parent.parent
H200 = ROOT / "examples" / "h200" / "topic.md"
SHOTS = Path(os.environ.get("DRAFTER_SHOTS", "")) if os.environ.get("DRAFTER_SHOTS") else None


def _squash(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", text) if not ch.isspace())


@pytest.fixture(scope="module")
def h200_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    need_chromium()
    out = tmp_path_factory.mktemp("report") / "h200"
    result = CliRunner().invoke(cli, ["draft", str(H200), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def test_every_model_and_every_column_quote_is_in_the_rendered_dom(h200_run: Path) -> None:
    transcript = load_transcript(h200_run / "transcript.yaml")
    quotes = extract_quotes((h200_run / "draft.md").read_text(encoding="utf-8"))
    assert quotes, "the example draft quotes the models"
    with browser_page() as page:
        page.goto((h200_run / "report.html").as_uri())
        headers = page.locator("table thead th").all_inner_texts()
        for label in {a.label or a.model for a in transcript.answers}:
            assert label in headers
        for answer in transcript.answers:
            column = page.locator(f'section#q-{answer.question} article.answer[data-model="{answer.model}"]')
            assert column.count() == 1
        # each quote of the column stands highlighted in its model's answer to its question
        for quote in quotes:
            marks = page.locator(f'section#q-{quote.question} article[data-model="{quote.model}"] mark.in-draft')
            lit = _squash("".join(marks.all_inner_texts()))
            for part in re.split(r"…+|\.\.\.", quote.text):
                assert _squash(part) in lit, (quote.model, quote.question, part)


def test_clicking_a_clash_highlights_both_quotes(h200_run: Path) -> None:
    import json

    analysis = json.loads((h200_run / "analysis.json").read_text(encoding="utf-8"))
    clash = analysis["questions"][0]["contradictions"][0]
    with browser_page() as page:
        page.goto((h200_run / "report.html").as_uri())
        assert page.locator("mark.lit").count() == 0
        page.locator('table a.clash[data-clash="clash-q1-0"]').first.click()
        lit = page.locator("mark.lit")
        models = set(lit.evaluate_all("ms => ms.map(m => m.closest('article').dataset.model)"))
        assert models == set(clash["models"])
        for model in clash["models"]:
            text = "".join(page.locator(f'article[data-model="{model}"] mark.lit').all_inner_texts())
            assert _squash(clash["quotes"][model]) == _squash(text)
        # the first quote was scrolled into view and holds the focus, so the keyboard goes on from there
        assert page.evaluate("document.activeElement.tagName") == "MARK"
        assert lit.first.is_visible() and lit.first.evaluate(
            "m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }")
        # the keyboard reaches a clash, and Enter lights another one
        page.locator('button.clash[data-clash="dodge-q1-0"]').focus()
        page.keyboard.press("Enter")
        dodger = analysis["questions"][0]["evasions"][0]["model"]
        assert set(page.locator("mark.lit").evaluate_all(
            "ms => ms.map(m => m.closest('article').dataset.model)")) == {dodger}


def test_a_screenshot_of_the_report_is_not_blank(h200_run: Path, tmp_path: Path) -> None:
    with browser_page() as page:
        page.goto((h200_run / "report.html").as_uri())
        shot = page.screenshot()
    (SHOTS or tmp_path).mkdir(parents=True, exist_ok=True)
    (SHOTS or tmp_path).joinpath("report.png").write_bytes(shot)
    width, height, rows = png_pixels(shot, max_rows=500)
    assert (width, height) == (1400, 1000)
    colours = {row[i:i + 3] for row in rows[::5] for i in range(0, len(row), 4 * 7)}
    ink = sum(1 for row in rows[::5] for i in range(0, len(row), 4 * 7) if sum(row[i:i + 3]) < 300)
    assert len(colours) > 20 and ink > 100  # text in several colours, not a plain page


def test_hostile_answers_stay_inert_in_the_browser(tmp_path: Path) -> None:
    transcript: Transcript = _transcript()
    transcript.answers[1].text = HOSTILE
    transcript.answers[3].text = "About three years. <svg onload=alert(7)> [x](JaVaScRiPt:alert(8)) <iframe src=//x>"
    transcript.answers[1].label = '<img src=x onerror="alert(6)">Beta'
    path = tmp_path / "report.html"
    path.write_text(build_report(transcript, _analysis()), encoding="utf-8")
    dialogs: list[str] = []
    console: list[str] = []
    requests: list[str] = []
    errors: list[str] = []
    with browser_page() as page:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.as_uri())
        # a reader goes through the page: every link and button of the answers is hovered and clicked
        for link in page.locator("article.answer a").all():
            link.hover()
        for button in page.locator("button.clash, a.clash").all():
            button.click()
        page.keyboard.press("j")
        page.wait_for_timeout(300)
        hrefs = page.locator("a[href]").evaluate_all("as => as.map(a => a.getAttribute('href'))")
        scripts = page.locator("script").count()
        handlers = page.evaluate("""() => Array.from(document.querySelectorAll('*')).flatMap(
            el => Array.from(el.attributes).filter(a => a.name.startsWith('on')).map(a => a.name))""")
        text = page.locator("article.answer[data-model='b']").first.inner_text()
    assert dialogs == [] and errors == [] and console == []
    assert requests == [path.as_uri()]
    assert scripts == 2 and handlers == []
    assert all(not h.lower().startswith("javascript") for h in hrefs)
    assert "<script>alert(1)</script>" in text and "[U+202E]" in text



def test_printing_hides_the_controls_and_keeps_every_answer(h200_run: Path) -> None:
    with browser_page() as page:
        page.goto((h200_run / "report.html").as_uri())
        page.emulate_media(media="print")
        assert page.locator("article.answer").first.is_visible()
        assert page.locator("a.skip").evaluate("e => getComputedStyle(e).display") == "none"
        assert page.locator("mark.q").first.evaluate("m => getComputedStyle(m).backgroundColor") == "rgba(0, 0, 0, 0)"
        pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000


def test_hovering_a_clash_lights_its_quotes_without_moving_the_page(h200_run: Path) -> None:
    with browser_page() as page:
        page.goto((h200_run / "report.html").as_uri())
        before = page.evaluate("scrollY")
        page.locator('table a.clash[data-clash="clash-q1-0"]').first.hover()
        assert page.locator("mark.lit").count() >= 2
        assert page.evaluate("scrollY") == before


def test_the_keyboard_reaches_the_answers_and_moves_between_questions(h200_run: Path) -> None:
    with browser_page() as page:
        page.goto((h200_run / "report.html").as_uri())
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip"
        page.keyboard.press("j")
        first = page.evaluate("document.activeElement.id")
        page.keyboard.press("j")
        second = page.evaluate("document.activeElement.id")
        page.keyboard.press("k")
        assert (first, second, page.evaluate("document.activeElement.id")) == ("q-q1", "q-q2", "q-q1")
