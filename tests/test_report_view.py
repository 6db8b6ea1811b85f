"""`drafter view`: the token, the loopback host, and the review round trip in a real browser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli.main import cli
from drafter.cli.view import PageServer, save_review
from drafter.errors import InputError
from drafter.inputs.transcript import load_transcript
from tests.report_browser import browser_page, need_chromium

ROOT = Path(__file__).resolve().parent.parent
H200 = ROOT / "examples" / "h200" / "topic.md"
SHOTS = Path(os.environ["DRAFTER_SHOTS"]) if os.environ.get("DRAFTER_SHOTS") else None


def _status(url: str, host: str | None = None, method: str = "GET") -> int:
    request = urllib.request.Request(url, method=method, data=b"{}" if method == "POST" else None,
                                     headers={"Host": host, "Content-Type": "application/json"} if host else
                                     {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def test_the_server_answers_only_with_its_token_and_a_loopback_host() -> None:
    server = PageServer("<p>page</p>")
    server.start()
    try:
        assert server.httpd.server_address[0] == "127.0.0.1"
        assert _status(server.url) == 200
        base = server.url.split("?")[0]
        assert _status(base) == 403
        assert _status(base + "?token=wrong") == 403
        assert _status(server.url, host=f"attacker.example:{server.port}") == 403
        assert _status(server.url.replace("/?", "/save?"), method="POST") == 404  # a report has nothing to save
    finally:
        server.stop()


def test_a_bad_review_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        save_review(tmp_path, "questions", [])
    with pytest.raises(InputError):
        save_review(tmp_path, "analysis", {"questions": "not a list"})
    assert list(tmp_path.iterdir()) == []


def test_the_review_round_trip_in_the_browser_resumes_the_run(tmp_path: Path) -> None:
    need_chromium()
    out = tmp_path / "h200"
    paused = CliRunner().invoke(cli, ["draft", str(H200), "--out", str(out), "--review", "-q"])
    assert paused.exit_code == 0 and "Paused for review of the questions" in paused.output
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    view = subprocess.Popen([sys.executable, "-m", "drafter", "view", str(out), "--no-browser", "-q",
                             "--idle-timeout", "240"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=tmp_path)
    try:
        assert view.stdout is not None
        questions_url = view.stdout.readline().strip()
        assert questions_url.startswith("http://127.0.0.1:") and "token=" in questions_url
        with browser_page() as page:
            # the questions pause: drop the last question, save
            page.goto(questions_url)
            rows = page.locator("#qlist .qrow")
            assert rows.count() == 4
            rows.nth(3).locator("button.remove").click()
            page.locator("#save").click()
            page.wait_for_selector("body[data-saved]")
            assert "已保存 questions.yaml" in page.locator("#save-status").inner_text()  # the run's language

            # the run went on and paused again for the analysis: a new server, a new token
            analysis_url = view.stdout.readline().strip()
            assert analysis_url.startswith("http://127.0.0.1:") and analysis_url != questions_url
            page.goto(analysis_url)
            assert page.locator("select.relabel").count() > 0
            page.locator('input.keep-box[data-q="q1"][data-field="contradictions"][data-i="0"]').uncheck()
            page.locator('select.relabel[data-q="q1"][data-model="gamma"]').select_option("unclear")
            if SHOTS:
                SHOTS.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(SHOTS / "review.png"))
            page.locator("#save").click()
            page.wait_for_selector("body[data-saved]")
        code = view.wait(timeout=240)
        stderr = view.stderr.read() if view.stderr else ""
    finally:
        view.kill() if view.poll() is None else None
    assert code == 0, stderr
    assert "Resuming the run" in stderr and "Draft written" in stderr
    assert [q.id for q in load_transcript(out / "transcript.yaml").questions] == ["q1", "q2", "q3"]
    analysis = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    q1 = analysis["questions"][0]
    assert q1["contradictions"] == [] and q1["stances"]["gamma"] == "unclear"
    assert all(ev["model"] != "gamma" for ev in q1["evasions"])
    assert analysis["questions"][1]["contradictions"], "the other questions keep their clashes"
    assert json.loads((out / "run.json").read_text())["status"] == "done"
    report = (out / "report.html").read_text(encoding="utf-8")
    assert 'data-clash="clash-q2-0"' in report and 'data-clash="clash-q1-0"' not in report


def test_the_server_stops_when_idle_or_when_the_run_moves_on() -> None:
    for moved, expected, idle in ((False, "idle", 0.2), (True, "moved", 60.0)):
        server = PageServer("<p>page</p>")
        server.start()
        try:
            assert server.wait(idle, lambda moved=moved: moved) == expected  # type: ignore[misc]
        finally:
            server.stop()


def test_a_refused_save_answers_400_with_the_reason_and_the_server_keeps_waiting() -> None:
    def refuse(value: object) -> str:
        raise InputError("analysis from the review page", None, "not an analysis", "reload the page")

    server = PageServer("<p>page</p>", refuse)
    server.start()
    try:
        request = urllib.request.Request(server.url.replace("/?", "/save?"), data=b'{"questions": 1}',
                                         method="POST", headers={"Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 400 and "not an analysis" in json.loads(refused.value.read())["message"]
        assert not server.saved.is_set()
    finally:
        server.stop()


def test_view_of_a_folder_that_is_no_run_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["view", str(tmp_path), "--no-browser"])
    assert result.exit_code == 2
    assert "not a drafter run folder" in result.output and "Traceback" not in result.output
