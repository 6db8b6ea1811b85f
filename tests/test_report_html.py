"""report.html without a browser: what the page holds, what it escapes, and that every run writes it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.analysis.schema import Analysis
from drafter.cli.main import cli
from drafter.export.report_html import build_report, position, read_ledger
from drafter.export.report_marks import render_answer
from drafter.inputs.transcript import Transcript, load_transcript

ROOT = Path(__file__).resolve().parent.parent
H200 = ROOT / "examples" / "h200" / "topic.md"


def _transcript() -> Transcript:
    return Transcript.model_validate({
        "topic": "Should they buy?", "language": "en",
        "questions": [{"id": "q1", "text": "Will the lead grow?"}, {"id": "q2", "text": "How many years?"},
                      {"id": "q1-press", "text": "Yes or no?"}, {"id": "q1-reply-b", "text": "A says yes. Reply?"}],
        "answers": [
            {"question": "q1", "model": "a", "label": "Alpha", "text": "**Yes.** The lead will grow fast.",
             "model_id": "alpha-4", "asked_at": "2026-12-01T10:00:00+00:00", "latency_ms": 2300,
             "usage": {"input_tokens": 12, "output_tokens": 34}},
            {"question": "q1", "model": "b", "label": "Beta", "text": "No. The lead will not grow."},
            {"question": "q1", "model": "c", "label": "Gamma", "text": "", "error": "timeout after 60 s"},
            {"question": "q2", "model": "a", "label": "Alpha", "text": "About three years."},
            {"question": "q2", "model": "b", "label": "Beta", "text": "Five years at least."},
            {"question": "q1-press", "model": "b", "label": "Beta", "text": "Pressed: still no."},
            {"question": "q1-reply-b", "model": "b", "label": "Beta", "text": "My reply stands."},
        ]})


def _analysis() -> Analysis:
    return Analysis.model_validate({"questions": [
        {"id": "q1", "stances": {"a": "affirm", "b": "deny"}, "failed": ["c"], "stability": {"a": 0.8},
         "contradictions": [{"models": ["a", "b"], "point": "whether the lead grows", "robustness": "fragile",
                             "quotes": {"a": "The lead will grow fast.", "b": "The lead will not grow."}}],
         "to_check": [{"models": ["b"], "reason": "hedged reading <b>bold</b>", "kind": "stance",
                       "quotes": {"b": "No."}}]},
        {"id": "q2", "kind": "number", "stances": {"a": "other", "b": "unclear"},
         "numbers": [{"model": "a", "low": 3, "high": 3, "unit": "year", "quote": "About three years.",
                      "figure": "about three years"}]},
    ]})


def test_the_map_shows_each_position_in_words_and_symbols() -> None:
    page = build_report(_transcript(), _analysis())
    analysis = _analysis()
    assert position(analysis.questions[0], "a") == ("yes", "")
    assert position(analysis.questions[0], "c") == ("failed", "")
    assert position(analysis.questions[1], "a") == ("figure", "about three years")
    assert position(analysis.questions[1], "b") == ("unclear", "")
    assert "▲ yes" in page and "▼ no" in page and "✕ failed" in page and "? unclear" in page
    assert "# figure: about three years" in page
    assert "stable in 80%" in page and "fragile" in page
    # the map links the clash to the place where both quotes stand
    assert page.count('data-clash="clash-q1-0"') == 3  # two map cells and the finding


def test_quotes_are_marked_with_the_ids_of_what_cites_them() -> None:
    page = build_report(_transcript(), _analysis())
    lit = re.findall(r'<mark class="q[^"]*" data-q="([^"]*)">([^<]*)</mark>', page)
    assert ("clash-q1-0", "The lead will grow fast.") in lit
    assert ("clash-q1-0", "The lead will not grow.") in lit
    assert ("check-q1-0", "No.") in lit


def test_draft_quotes_and_ledger_quotes_are_marked_in_draft() -> None:
    ledger = [{"model": "a", "question": "q2", "text": "About three years."}]
    page = build_report(_transcript(), _analysis(), ledger=ledger)
    assert re.search(r'<mark class="q in-draft" data-q="draft">About three years\.</mark>', page)


def test_a_quote_not_in_the_answer_is_said_not_hidden() -> None:
    rendered = render_answer("Some answer.", [("words it never said", "clash-q1-0")])
    assert rendered.missing == ["clash-q1-0"] and "<mark" not in rendered.html


def test_follow_ups_replies_checks_and_provenance_are_on_the_page() -> None:
    page = build_report(_transcript(), _analysis())
    assert "Pressed: still no." in page and "My reply stands." in page
    assert "Pressed follow-up" in page and "Reply" in page
    assert "Check these yourself (1)" in page and page.count("hedged reading &lt;b&gt;bold&lt;/b&gt;") == 2
    assert "<code>alpha-4</code>" in page and "2026-12-01T10:00:00+00:00" in page and "2.3 s" in page
    assert "in 12 · out 34" in page
    assert "timeout after 60 s" in page


HOSTILE = ('<script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3)) '
           '<a href="javascript:alert(4)">x</a> [ok](https://example.org) \u202egnp.exe '
           '![pic](http://203.0.113.9/track.png) </script><script>alert(5)</script> \ue000\ue010\ue002forged')


def test_hostile_answer_text_is_escaped_and_links_are_limited() -> None:
    transcript = _transcript()
    transcript.answers[1].text = HOSTILE
    transcript.answers[1].label = '<b onmouseover="alert(6)">Beta</b>'
    page = build_report(transcript, _analysis())
    body = page.split('<script type="application/json"')[0]
    assert "<script>" not in body and "onerror=" not in body.replace("onerror=&quot;", "")
    assert "javascript:" not in re.sub(r"&[^;]+;", "", " ".join(re.findall(r"<a [^>]*>", body)))
    assert 'href="https://example.org"' in body
    # nothing on the page loads anything: the image is at most a link to click
    assert not re.search(r"<(img|iframe|video|audio|source|link|object|embed|style)\b[^>]*(src|href)=", body)
    assert "[U+202E]" in body and "\u202e" not in body
    assert "\ue000" not in page
    assert "&lt;b onmouseover=&quot;alert(6)&quot;&gt;Beta&lt;/b&gt;" in body
    scripts = re.findall(r"<script[^>]*>", page)
    assert len(scripts) == 2 and 'nonce="' in scripts[1]


def test_the_embedded_review_data_cannot_close_its_script() -> None:
    from drafter.export.report_html import Review

    payload = {"questions": [{"id": "q1", "text": "</script><script>alert(1)</script>"}]}
    page = build_report(Transcript(topic="t"), {}, review=Review("questions", payload["questions"], "tok"))
    blob = page.split('id="drafter-data">')[1].split("</script>")[0]
    assert "<" not in blob and json.loads(blob)["review"]["payload"][0]["text"].startswith("</script>")


def test_csp_allows_only_the_page_own_script() -> None:
    page = build_report(_transcript(), _analysis())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    nonce = re.search(r"'nonce-([^']+)'", csp.group(1))
    assert nonce and f'<script nonce="{nonce.group(1)}">' in page
    assert "default-src 'none'" in csp.group(1) and "img-src data:" in csp.group(1)


def test_chinese_report_uses_chinese_labels_and_cjk_fonts(tmp_path: Path) -> None:
    out = tmp_path / "run"
    result = CliRunner().invoke(cli, ["draft", str(H200), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page and "分歧地图" in page and "Noto Sans CJK SC" in page
    transcript = load_transcript(out / "transcript.yaml")
    for label in {a.label for a in transcript.answers}:
        assert f'<h3 class="model">{label}</h3>' in page
    assert "report.html" in result.output + (result.stderr if result.stderr_bytes else "")


def test_render_and_redraft_write_the_report(tmp_path: Path) -> None:
    out = tmp_path / "run"
    assert CliRunner().invoke(cli, ["draft", str(H200), "--out", str(out), "-q"]).exit_code == 0
    (out / "report.html").unlink()
    result = CliRunner().invoke(cli, ["render", str(out / "draft.md")])
    assert result.exit_code == 0, result.output
    assert (out / "report.html").exists()
    (out / "report.html").unlink()
    assert CliRunner().invoke(cli, ["redraft", str(out)]).exit_code == 0
    assert (out / "report.html").exists()


@pytest.mark.parametrize("content", ['{"quotes": [{"model": "a", "question": "q1", "text": "x"}]}',
                                     '[{"model": "a", "question": "q1", "text": "x"}]', "not json", "{}"])
def test_the_ledger_is_read_whatever_its_wrapper(tmp_path: Path, content: str) -> None:
    (tmp_path / "quotes.json").write_text(content)
    expected = [{"model": "a", "question": "q1", "text": "x"}] if "model" in content else []
    assert read_ledger(tmp_path) == expected


def test_repeated_samples_show_one_column_per_model() -> None:
    from drafter.export.report_html import _one_per_model
    from drafter.inputs.transcript import Answer

    class Sampled(Answer):
        sample: int | None = None

    answers = [Sampled(question="q1", model="a", text="second", sample=2),
               Sampled(question="q1", model="a", text="first", sample=1),
               Sampled(question="q1", model="b", text="main"), Sampled(question="q1", model="b", text="s1", sample=1)]
    assert [a.text for a in _one_per_model(list(answers))] == ["first", "main"]


def test_an_analysis_that_is_not_one_is_a_clear_input_error() -> None:
    from drafter.errors import InputError

    with pytest.raises(InputError, match=r"analysis\.json"):
        build_report(_transcript(), {"questions": [{"stances": "yes"}]})
