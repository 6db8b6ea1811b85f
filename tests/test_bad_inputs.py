"""Bad input through the real command line: exit 2, one to three lines naming the file, the field and
the fix, never a traceback; a run that fails on bad input writes nothing and loses nothing.

Each case is a small world of files (written into a fresh folder), the command's arguments, and what
the message must contain. `{d}` in arguments and expectations is that folder.
"""

from __future__ import annotations

import hashlib
import io
import logging
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from drafter.cli.main import cli

ROOT = Path(__file__).resolve().parent.parent
H200 = ROOT / "examples" / "h200"
UNSET_KEY = "DRAFTER_BADINPUT_UNSET_KEY"

# A good transcript, for commands whose other input is the bad one.
GOOD_T = "questions:\n  - {id: q1, text: Will it grow}\nanswers:\n  - {question: q1, model: m, text: Surely it will.}\n"
HAND = "---\ntitle: Will it grow?\nanswers: good.yaml\n---\nNotes.\n"  # a good topic with hand answers
GOOD_DRAFT = "---\ntitle: x\n---\nM said: “Surely it will.”[^1]\n\n[^1]: M · `m/q1`\n"


@dataclass
class Case:
    args: list[str]
    expect: list[str]  # substrings of stderr: the file, the field, the problem
    files: dict[str, str | bytes] = field(default_factory=dict)
    xfail: str = ""  # a known bug, reported to its owner: the case flips to XPASS once it is fixed


def not_word_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    return buffer.getvalue()


def topic(front: str, body: str = "Notes.\n") -> dict[str, str | bytes]:
    return {"topic.md": f"---\n{front}---\n{body}", "good.yaml": GOOD_T}


def answers(content: str | bytes, name: str = "answers.yaml") -> dict[str, str | bytes]:
    return {"topic.md": f"---\ntitle: Will it grow?\nanswers: {name}\n---\n", name: content}


def draft_args(*extra: str) -> list[str]:
    return ["draft", "{d}/topic.md", "--out", "{d}/out", *extra]


def panel(toml: str) -> dict[str, str | bytes]:
    return {"topic.md": HAND, "good.yaml": GOOD_T, "panel.toml": toml}


def with_panel() -> list[str]:
    return draft_args("--panel", "{d}/panel.toml")


CASES: dict[str, Case] = {
    # ---- topic files -----------------------------------------------------------------------------
    "topic: no front matter": Case(draft_args(), ["topic.md", "front matter", "fix:"],
                                   {"topic.md": "# Just a heading\n\nNo front matter here.\n"}),
    "topic: empty file": Case(draft_args(), ["topic.md", "front matter", "fix:"], {"topic.md": ""}),
    "topic: front matter not closed": Case(draft_args(), ["topic.md", "not closed"],
                                           {"topic.md": "---\ntitle: x\n"}),
    "topic: YAML error names its line": Case(draft_args(), ["topic.md", "front matter line 3", "invalid YAML"],
                                             topic("title: x\n\tlanguage: zh\n")),
    "topic: colon in a value": Case(draft_args(), ["topic.md", "front matter line 2", "quote values"],
                                    topic("title: Q: will it grow?: yes\n")),
    "topic: key given twice": Case(draft_args(), ["topic.md", "front matter line 3", "'title' appears twice"],
                                   topic("title: x\ntitle: y\n")),
    "topic: front matter is a list": Case(draft_args(), ["topic.md", "front matter", "key: value"],
                                          topic("- a\n- b\n")),
    "topic: missing title": Case(draft_args(), ["topic.md", "title", "no title"], topic("language: en\n")),
    "topic: empty title": Case(draft_args(), ["topic.md", "title", "no title"], topic("title: ''\n")),
    "topic: title is a list": Case(draft_args(), ["topic.md", "title: must be text, not a list"],
                                   topic("title: [a, b]\n")),
    "topic: title is a mapping": Case(draft_args(), ["topic.md", "title: must be text"], topic("title: {a: b}\n")),
    "topic: unsupported language": Case(draft_args(), ["topic.md", "language", "zh or en", "'fr'"],
                                        topic("title: x\nlanguage: fr\n")),
    "topic: language is a number": Case(draft_args(), ["topic.md", "language: must be text"],
                                        topic("title: x\nlanguage: 5\n")),
    "topic: questions is a string": Case(draft_args(), ["topic.md", "questions: must be a list"],
                                         topic("title: x\nquestions: why?\n")),
    "topic: a question is a number": Case(draft_args(), ["topic.md", "questions[1]: must be text"],
                                          topic("title: x\nquestions:\n  - Why?\n  - 42\n")),
    "topic: a question without text": Case(draft_args(), ["topic.md", "questions[0]"],
                                           topic("title: x\nquestions:\n  - {id: q1}\n")),
    "topic: panel is a mapping": Case(draft_args(), ["topic.md", "panel: must be a list"],
                                      topic("title: x\npanel: {kimi: 1}\n")),
    "topic: a panel entry is a number": Case(draft_args(), ["topic.md", "panel[0]: must be text"],
                                             topic("title: x\npanel: [1, 2]\n")),
    "topic: answers is a number": Case(draft_args(), ["topic.md", "answers: must be text"],
                                       topic("title: x\nanswers: 5\n")),
    "topic: length is a word": Case(draft_args(), ["topic.md", "length", "whole number", "'long'"],
                                    topic("title: x\nlength: long\n")),
    "topic: length is negative": Case(draft_args(), ["topic.md", "length", "more than 0"],
                                      topic("title: x\nlength: -5\n")),
    "topic: length is a fraction": Case(draft_args(), ["topic.md", "length", "whole number", "2.5"],
                                        topic("title: x\nlength: 2.5\n")),
    "topic: length is yes": Case(draft_args(), ["topic.md", "length", "whole number", "true"],
                                 topic("title: x\nlength: yes\n")),
    "topic: style is a number": Case(draft_args(), ["topic.md", "style: must be text"],
                                     topic("title: x\nstyle: 5\n")),
    "topic: author is a list": Case(draft_args(), ["topic.md", "author: must be text"],
                                    topic("title: x\nauthor: [a, b]\n")),
    "topic: unknown style": Case(draft_args(), ["topic.md", "style", "nosuch"],
                                 topic("title: x\nstyle: nosuch\nanswers: good.yaml\n")),
    "topic: no panel and no answers": Case(draft_args(), ["topic.md", "panel", "no models to ask"],
                                           topic("title: x\n")),
    "topic: binary": Case(draft_args(), ["topic.md", "binary"], {"topic.md": b"\x00\x01\x02PK\x03\x04" * 10}),
    "topic: Latin-1": Case(draft_args(), ["topic.md", "not UTF-8", "fix:"],
                           {"topic.md": "---\ntitle: caf\xe9\n---\n".encode("latin-1")}),
    "topic: a directory": Case(["draft", "{d}", "--out", "{d}/out"], ["is a directory", "fix:"]),
    "topic: missing path": Case(draft_args(), ["topic.md", "not found", "fix:"], {}),
    # ---- the answers: transcript a topic names ------------------------------------------------------
    "answers: path does not exist": Case(draft_args(), ["topic.md", "answers", "nowhere.yaml", "does not exist"],
                                         {"topic.md": "---\ntitle: x\nanswers: nowhere.yaml\n---\n"}),
    "answers: a directory": Case(draft_args(), ["sub", "directory"],
                                 {"topic.md": "---\ntitle: x\nanswers: sub\n---\n", "sub/x": ""}),
    "answers: binary": Case(draft_args(), ["answers.yaml", "binary"], answers(b"\x00\x01\x02\x03" * 8)),
    "answers: empty": Case(draft_args(), ["answers.yaml", "empty"], answers("")),
    "answers: a list": Case(draft_args(), ["answers.yaml", "mapping", "examples/h200/answers.yaml"],
                            answers("- a\n- b\n")),
    "answers: answers is a mapping": Case(draft_args(), ["answers.yaml", "answers: must be a list"],
                                          answers("questions: [{id: q1, text: A}]\nanswers: {q1: x}\n")),
    "answers: an answer is a string": Case(draft_args(), ["answers.yaml", "answers[0]: must be a mapping"],
                                           answers("questions: [{id: q1, text: A}]\nanswers: [hello]\n")),
    "answers: answer without model": Case(draft_args(), ["answers.yaml", "answers[0].model", "missing"],
                                          answers("questions: [{id: q1, text: A}]\n"
                                                  "answers: [{question: q1, text: x}]\n")),
    "answers: text that YAML reads as a bool": Case(
        draft_args(), ["answers.yaml", "answers[0].text", "true/false", "quotes"],
        answers("questions: [{id: q1, text: A}]\nanswers: [{question: q1, model: m, text: yes}]\n")),
    "answers: unknown question id": Case(draft_args(), ["answers.yaml", "answers[0].question", "'q9'", "q1"],
                                         answers("questions: [{id: q1, text: A}]\n"
                                                 "answers: [{question: q9, model: m, text: x}]\n")),
    "answers: duplicate question ids": Case(draft_args(), ["answers.yaml", "questions[1].id", "duplicate"],
                                            answers("questions: [{id: q1, text: A}, {id: q1, text: B}]\n")),
    "answers: two answers of one model": Case(draft_args(), ["answers.yaml", "answers[1]", "second answer"],
                                              answers("questions: [{id: q1, text: A}]\nanswers:\n"
                                                      "  - {question: q1, model: m, text: x}\n"
                                                      "  - {question: q1, model: m, text: y}\n")),
    "answers: answers: given twice": Case(draft_args(), ["answers.yaml", "line 3", "'answers' appears twice"],
                                          answers("questions: [{id: q1, text: A}]\nanswers: []\nanswers: []\n")),
    "answers: JSON syntax error": Case(draft_args(), ["answers.json", "line 2", "invalid JSON"],
                                       answers('{"questions": [\n}', "answers.json")),
    "answers: JSON duplicate key": Case(draft_args(), ["answers.json", "appears twice"],
                                        answers('{"questions": [], "questions": []}', "answers.json")),
    "answers: a Python tag": Case(draft_args(), ["answers.yaml", "line 1", "invalid YAML"],
                                  answers("questions: !!python/object/apply:os.system ['true']\n")),
    # ---- transcripts for analyze and check ----------------------------------------------------------
    "analyze: empty": Case(["analyze", "{d}/t.yaml", "--json"], ["t.yaml", "empty"], {"t.yaml": "  \n"}),
    "analyze: binary": Case(["analyze", "{d}/t.yaml", "--json"], ["t.yaml", "binary"], {"t.yaml": b"\x00" * 64}),
    "analyze: a list": Case(["analyze", "{d}/t.yaml", "--json"], ["t.yaml", "mapping"], {"t.yaml": "[1, 2]\n"}),
    "analyze: JSON syntax error": Case(["analyze", "{d}/t.json", "--json"], ["t.json", "line 1", "invalid JSON"],
                                       {"t.json": '{"questions": [}'}),
    "analyze: questions is a mapping": Case(["analyze", "{d}/t.yaml", "--json"],
                                            ["t.yaml", "questions: must be a list"],
                                            {"t.yaml": "questions: {q1: A}\n"}),
    "analyze: question id is a number": Case(["analyze", "{d}/t.yaml", "--json"], ["t.yaml", "questions[0].id"],
                                             {"t.yaml": "questions: [{id: 1, text: A}]\n"}),
    "analyze: unknown question id": Case(["analyze", "{d}/t.yaml", "--json"], ["t.yaml", "answers[0].question", "'q2'"],
                                         {"t.yaml": "questions: [{id: q1, text: A}]\n"
                                                    "answers: [{question: q2, model: m, text: x}]\n"}),
    "analyze: duplicate ids": Case(["analyze", "{d}/t.yaml", "--json"], ["t.yaml", "questions[1].id", "duplicate"],
                                   {"t.yaml": "questions: [{id: q1, text: A}, {id: q1, text: B}]\n"}),
    "analyze: latency is a word": Case(["analyze", "{d}/t.yaml", "--json"],
                                       ["t.yaml", "answers[0].latency_ms", "'soon'"],
                                       {"t.yaml": "questions: [{id: q1, text: A}]\n"
                                                  "answers: [{question: q1, model: m, text: x, latency_ms: soon}]\n"}),
    "analyze: missing": Case(["analyze", "{d}/nowhere.yaml", "--json"], ["nowhere.yaml", "not found"]),
    "check: transcript empty": Case(["check", "{d}/draft.md", "--transcript", "{d}/t.yaml"], ["t.yaml", "empty"],
                                    {"draft.md": GOOD_DRAFT, "t.yaml": ""}),
    "check: transcript a list": Case(["check", "{d}/draft.md", "--transcript", "{d}/t.yaml"], ["t.yaml", "mapping"],
                                     {"draft.md": GOOD_DRAFT, "t.yaml": "- 1\n"}),
    "check: transcript binary": Case(["check", "{d}/draft.md", "--transcript", "{d}/t.yaml"], ["t.yaml", "binary"],
                                     {"draft.md": GOOD_DRAFT, "t.yaml": b"\x00\xff" * 40}),
    "check: transcript with a second answer": Case(
        ["check", "{d}/draft.md", "--transcript", "{d}/t.yaml"], ["t.yaml", "answers[1]", "second answer"],
        {"draft.md": GOOD_DRAFT, "t.yaml": GOOD_T + "  - {question: q1, model: m, text: again}\n"}),
    "check: transcript JSON error": Case(["check", "{d}/draft.md", "--transcript", "{d}/t.json"],
                                         ["t.json", "invalid JSON"], {"draft.md": GOOD_DRAFT, "t.json": "{"}),
    "check: no transcript found": Case(["check", "{d}/draft.md"], ["draft.md", "--transcript", "no transcript"],
                                       {"draft.md": GOOD_DRAFT}),
    "check: transcript named in front matter missing": Case(
        ["check", "{d}/draft.md"], ["gone.yaml", "not found"],
        {"draft.md": "---\ntitle: x\ntranscript: gone.yaml\n---\nBody.\n"}),
    # ---- panel configs ------------------------------------------------------------------------------
    "panel: TOML syntax error names its line": Case(with_panel(), ["panel.toml", "line 2", "invalid TOML"],
                                                    panel('[models.x]\nprovider = openai\n')),
    "panel: missing provider": Case(with_panel(), ["panel.toml", "models.x.provider", "missing"],
                                    panel('[models.x]\nmodel = "m"\n')),
    "panel: missing model": Case(with_panel(), ["panel.toml", "models.x.model", "missing"],
                                 panel('[models.x]\nprovider = "openai"\n')),
    "panel: unknown provider": Case(with_panel(), ["panel.toml", "models.x.provider", "unknown provider 'nosuch'"],
                                    panel('[models.x]\nprovider = "nosuch"\nmodel = "m"\n')),
    "panel: models is not a table": Case(with_panel(), ["panel.toml", "models", "table"], panel("models = 5\n")),
    "panel: a model is a string": Case(with_panel(), ["panel.toml", "models.x", "table"],
                                       panel('[models]\nx = "grok"\n')),
    "panel: timeout is a word": Case(with_panel(), ["panel.toml", "models.x.timeout_s", "'slow'"],
                                     panel('[models.x]\nprovider = "openai"\nmodel = "m"\ntimeout_s = "slow"\n')),
    "panel: zero concurrency": Case(with_panel(), ["panel.toml", "models.x.max_concurrency", "at least 1"],
                                    panel('[models.x]\nprovider = "openai"\nmodel = "m"\nmax_concurrency = 0\n')),
    "panel: unknown role": Case(with_panel(), ["panel.toml", "roles.editor", "unknown role", "planner"],
                                panel('[roles]\neditor = "deepseek"\n')),
    "panel: a role names an unknown model": Case(with_panel(),
                                                 ["panel.toml", "unknown model 'nobody'", "[models.nobody]"],
                                                 panel('[roles]\nwriter = "nobody"\n')),
    "panel: a role is a number": Case(with_panel(), ["panel.toml", "roles.analyst", "model key"],
                                      panel("[roles]\nanalyst = 5\n")),
    "panel: unset key variable": Case(with_panel(), ["panel.toml", "models.x.api_key_env", UNSET_KEY, "not set"],
                                      panel(f'[models.x]\nprovider = "openai"\nmodel = "m"\n'
                                            f'api_key_env = "{UNSET_KEY}"\n[roles]\nwriter = "x"\n')),
    "panel: binary": Case(with_panel(), ["panel.toml", "binary"], panel("") | {"panel.toml": b"\x00\x01" * 20}),
    "panel: missing": Case(with_panel(), ["panel.toml", "not found"], {"topic.md": HAND, "good.yaml": GOOD_T}),
    "panel: a topic model that no panel knows": Case(draft_args(), ["topic.md", "unknown model 'nosuchmodel'"],
                                                     topic("title: x\npanel: [nosuchmodel]\n")),
    "panel: a preset model without its key": Case(draft_args(), ["DEEPSEEK_API_KEY", "not set"],
                                                  topic("title: x\npanel: [deepseek]\n")),
    # ---- command-line arguments ---------------------------------------------------------------------
    "args: draft without a topic": Case(["draft"], ["Missing argument 'TOPIC'", "--help"]),
    "args: check without a draft": Case(["check"], ["Missing argument 'DRAFT'", "--help"]),
    "args: analyze without a transcript": Case(["analyze"], ["Missing argument 'TRANSCRIPT'", "--help"]),
    "args: unknown option": Case(["draft", "x.md", "--nope"], ["No such option '--nope'"]),
    "args: a .txt passed to check": Case(["check", "{d}/draft.txt", "--transcript", "{d}/t.yaml"],
                                         ["draft.txt", ".md or .docx", "fix:"], {"draft.txt": "x", "t.yaml": GOOD_T}),
    "args: a .pdf passed to check": Case(["check", "{d}/draft.pdf", "--transcript", "{d}/t.yaml"],
                                         ["draft.pdf", ".md or .docx"], {"draft.pdf": "%PDF-1.4", "t.yaml": GOOD_T}),
    "args: a draft that does not exist": Case(["check", "{d}/draft.md", "--transcript", "{d}/t.yaml"],
                                              ["draft.md", "not found"], {"t.yaml": GOOD_T}),
    "args: a .docx that is not one": Case(["check", "{d}/draft.docx", "--transcript", "{d}/t.yaml"],
                                          ["draft.docx", "not a readable Word"],
                                          {"draft.docx": "plain text", "t.yaml": GOOD_T}),
    "args: a zip that is not a Word file": Case(["check", "{d}/draft.docx", "--transcript", "{d}/t.yaml"],
                                                ["draft.docx", "word/document.xml"],
                                                {"t.yaml": GOOD_T, "draft.docx": not_word_zip()}),
    "args: render a .docx": Case(["render", "{d}/draft.docx"], ["draft.docx", "Markdown", "fix:"], {"draft.docx": "x"}),
    "args: draft with a missing --reference-docx": Case(
        draft_args("--reference-docx", "{d}/house.docx"), ["house.docx", "--reference-docx", "fix:"],
        topic(HAND.split("---\n")[1])),
    "args: draft with a --reference-docx that is not a DOCX": Case(
        draft_args("--reference-docx", "{d}/house.docx"), ["house.docx", "--reference-docx", "not a Word"],
        topic(HAND.split("---\n")[1]) | {"house.docx": "a text file named .docx"}),
    "args: render with a missing --reference-docx": Case(
        ["render", "{d}/draft.md", "--transcript", "{d}/t.yaml", "--reference-docx", "{d}/house.docx"],
        ["house.docx", "reference DOCX", "fix:"], {"draft.md": GOOD_DRAFT, "t.yaml": GOOD_T}),
    "args: render with a --reference-docx that is text": Case(
        ["render", "{d}/draft.md", "--transcript", "{d}/t.yaml", "--reference-docx", "{d}/house.docx"],
        ["house.docx", "reference DOCX", "fix:"], {"draft.md": GOOD_DRAFT, "t.yaml": GOOD_T, "house.docx": "no"}),
    "args: --out is a file": Case(["draft", "{d}/topic.md", "--out", "{d}/out.txt"], ["out.txt", "folder", "fix:"],
                                  {"topic.md": HAND, "good.yaml": GOOD_T, "out.txt": "x"}),
}


def make_world(folder: Path, case: Case) -> None:
    for name, content in case.files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def seed_out(out: Path) -> dict[str, str]:
    """An out dir from an earlier run: its answers and draft must survive a failed run untouched."""
    out.mkdir()
    (out / "answers.jsonl").write_text('{"key": "k", "answer": {"question": "q1", "model": "m", "text": "paid for"}}\n',
                                       encoding="utf-8")
    (out / "draft.md").write_text("the editor's draft\n", encoding="utf-8")
    return snapshot(out)


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def invoke(args: list[str]) -> Result:
    return CliRunner().invoke(cli, args)


def assert_one_clear_error(result: Result, expect: list[str]) -> None:
    err = result.stderr
    assert result.exit_code == 2, (result.exit_code, err, result.exception)
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in err and "Traceback" not in result.stdout
    lines = [line for line in err.splitlines() if line.strip()]
    assert 1 <= len(lines) <= 3, err
    for text in expect:
        assert text in err, f"{text!r} not in: {err}"
    if lines[0].startswith("drafter: error:"):
        assert "(fix: " in err, "a drafter error says the fix"
    else:  # click's own usage errors: the usage line and where to get help
        assert lines[0].startswith("Usage:") and "--help" in err


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(UNSET_KEY, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env, and out/ (if anything were written) stays here


def test_the_table_is_big_enough() -> None:
    assert len(CASES) >= 30
    worlds = {(tuple(c.args), tuple(sorted((k, str(v)) for k, v in c.files.items()))) for c in CASES.values()}
    assert len(worlds) == len(CASES), "every case is a different input"


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(tmp_path: Path, name: str, request: pytest.FixtureRequest) -> None:
    case = CASES[name]
    if case.xfail:
        request.applymarker(pytest.mark.xfail(reason=case.xfail, strict=True))
    world = tmp_path / "w"
    world.mkdir()
    make_world(world, case)
    out = world / "out"
    before = seed_out(out) if case.args[:1] == ["draft"] and "--out" in case.args and "out.txt" not in case.args[3] \
        else None
    result = invoke([a.format(d=world) for a in case.args])
    assert_one_clear_error(result, [e.format(d=world) for e in case.expect])
    if before is not None:
        assert snapshot(out) == before, "a run that fails on bad input writes nothing and loses nothing"
    assert not (tmp_path / "out").exists()


# ---- encodings that must work ----------------------------------------------------------------------

ZH_TOPIC = "---\ntitle: 该不该买H200？\nlanguage: zh\nanswers: answers.yaml\nmood: curious\n---\n笔记：先看分歧。\n"


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-16-le", "utf-8-sig"])
def test_topic_in_other_encodings_drafts(tmp_path: Path, encoding: str, caplog: pytest.LogCaptureFixture) -> None:
    """GBK (older Chinese editors), UTF-16 with and without a BOM (Windows tools): a draft comes out;
    the unknown key `mood` is a warning, not an error."""
    shutil.copy(H200 / "answers.yaml", tmp_path / "answers.yaml")
    (tmp_path / "topic.md").write_bytes(ZH_TOPIC.encode(encoding))
    with caplog.at_level(logging.WARNING, logger="drafter"):
        result = invoke(["draft", str(tmp_path / "topic.md"), "--out", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, (result.stderr, result.exception)
    draft = (tmp_path / "out" / "draft.md").read_text(encoding="utf-8")
    assert "该不该买H200" in draft
    assert "unknown front matter key 'mood'" in caplog.text


@pytest.mark.parametrize("encoding", ["gbk", "utf-16"])
def test_transcript_and_panel_in_other_encodings(tmp_path: Path, encoding: str,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    transcript = (H200 / "answers.yaml").read_text(encoding="utf-8") + "reviewer: 张三\n"
    (tmp_path / "t.yaml").write_bytes(transcript.encode(encoding))
    (tmp_path / "panel.toml").write_bytes('[models.mine]\nlabel = "甲"\nprovider = "openai"\nmodel = "m"\n'
                                          'colour = "red"\n'.encode(encoding))
    with caplog.at_level(logging.WARNING, logger="drafter"):
        result = invoke(["analyze", str(tmp_path / "t.yaml"), "--panel", str(tmp_path / "panel.toml"), "--json"])
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert '"questions"' in result.stdout and "q4" in result.stdout
    assert "unknown top-level key 'reviewer'" in caplog.text
    assert "unknown field(s) colour" in caplog.text, "a typo in a model's table is said, not silently ignored"
