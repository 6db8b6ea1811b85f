"""Every statement the column makes about the models is borne out by the analysis, and no sentence frame
repeats within a column (issue 13)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.analysis.engine.analyzer import analyze
from drafter.analysis.schema import Analysis, NumberClaim
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Answer, Question, Transcript, load_transcript
from drafter.write.gaps import gap_words
from drafter.write.render import column_length, render_markdown
from drafter.write.skeleton import compose
from drafter.write.statements import Statement, check_statements

ROOT = Path(__file__).resolve().parent.parent

ZH_SUBJECTS = ["推行四天工作制", "取消中考", "放开烟花燃放", "延长产假", "建设城市绿道", "征收拥堵费"]
EN_SUBJECTS = ["a four-day week", "free school meals", "a sugar tax", "longer parental leave", "city bike lanes",
               "congestion charges"]


def six_questions(language: str) -> tuple[Topic, Transcript]:
    """Six yes/no questions, each with a clash, an agreement, a dodge and a hedge: every move six times."""
    zh = language == "zh"
    subjects = ZH_SUBJECTS if zh else EN_SUBJECTS
    questions = [Question(id=f"q{n}", text=f"应该{s}吗？" if zh else f"Should cities adopt {s}?")
                 for n, s in enumerate(subjects, 1)]
    labels = ("模型甲", "模型乙", "模型丙", "模型丁") if zh else ("Model A", "Model B", "Model C", "Model D")
    answers = []
    for q, s in zip(questions, subjects, strict=True):
        texts = ([f"应该。{s}利大于弊，值得推行。", f"不应该。{s}的代价太高，我反对。",
                  f"应该{s}，我支持，好处明显。", "作为人工智能助手，我没有个人立场，也不便对此发表看法。"]
                 if zh else
                 [f"Yes. Adopting {s} does more good than harm.", f"No. The cost of {s} is too high; I oppose it.",
                  f"Yes, I support {s}: the benefits are clear.",
                  "As an AI, I don't have personal opinions on policy questions like this."])
        answers += [Answer(question=q.id, model=m, label=label, text=text)
                    for m, label, text in zip(("alpha", "beta", "gamma", "delta"), labels, texts, strict=True)]
    transcript = Transcript(topic="测试" if zh else "Test", language=language,  # type: ignore[arg-type]
                            questions=questions, answers=answers)
    topic = Topic(title="城市该怎么管？" if zh else "How should cities be run?", language=language,  # type: ignore[arg-type]
                  panel=[], body="")
    return topic, transcript


def _frames(markdown: str, labels: tuple[str, ...]) -> list[str]:
    """The column's sentences with quotes, footnotes, model names and question numbers masked: their frames."""
    column = markdown.split("<!-- drafter:appendix -->")[0].split("\n---\n", 1)[-1]
    column = re.sub(r"“[^”]*”\[\^\d+\]|\[\^\d+\]", "Q", column)
    for label in labels:
        column = column.replace(label, "M")
    column = re.sub(r"^#.*$|^- .*$|〔[^〕]*〕|\[\[AUTHOR:[^\]]*\]\]", "", column, flags=re.M)
    sentences = re.split(r"(?<=[。！？])|(?<=[.!?])\s+", column)
    return [" ".join(s.split()) for s in sentences if len(s.strip()) > 3]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_no_sentence_frame_repeats_in_a_column_of_six_questions(language: str) -> None:
    topic, transcript = six_questions(language)
    analysis = analyze(transcript)
    outline = compose(topic, transcript, analysis)
    markdown = render_markdown(outline, topic, transcript, analysis).markdown
    labels = tuple(transcript.label(m) for m in transcript.models())
    frames = _frames(markdown, labels)
    repeated = sorted({f for f in frames if frames.count(f) > 1})
    assert len(frames) > 30 and not repeated, repeated


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_statement_of_a_six_question_column_holds(language: str) -> None:
    topic, transcript = six_questions(language)
    analysis = analyze(transcript)
    outline = compose(topic, transcript, analysis)
    kinds = {s.kind for s in outline.statements}
    assert {"tally", "clash", "agree", "dodge", "column"} <= kinds, kinds
    assert check_statements(outline.statements, analysis, transcript) == []


def test_a_statement_the_analysis_does_not_bear_out_fails() -> None:
    topic, transcript = six_questions("zh")
    analysis = analyze(transcript)
    outline = compose(topic, transcript, analysis)
    edited = Analysis.model_validate(analysis.model_dump())
    edited.questions[0].evasions = []  # the reviewer dropped q1's dodge after the column said it
    failures = check_statements(outline.statements, edited, transcript)
    assert any("dodge q1 delta" in f for f in failures) and any("column" in f for f in failures)
    assert check_statements([Statement("clash", "q1", ("alpha", "gamma"))], analysis, transcript)  # they agree


@pytest.mark.parametrize(("a", "b", "zh", "en"), [
    ((3, 5, "year"), (2, 2, "year"), "差了一倍左右", "about twofold apart"),  # 三到五年 vs 两年左右
    ((3, 3, "year"), (2, 2, "year"), "有一定差距", "noticeably apart"),
    ((10, 20, "times"), (4, 4, "times"), "相差好几倍", "several times apart"),  # 10–20× vs about 4×
    ((10, 20, "times"), (3, 3, "times"), "相差五倍以上", "more than fivefold apart"),  # 10–20× vs about 3×
    ((100, 100, "count"), (105, 110, "count"), "相差无几", "only slightly apart"),
    ((30, 35, "percent"), (20, 20, "percent"), "相差十几个百分点", "some ten or more points apart"),
    ((30, 35, "percent"), (10, 15, "percent"), "相差二三十个百分点", "twenty or thirty points apart"),
    ((80, 80, "percent"), (30, 40, "percent"), "相差悬殊", "far apart"),
    ((2030, 2030, "year"), (2045, 2050, "year"), "相差一二十年以上", "decades apart"),
    ((1, 1, "count"), (50, 50, "count"), "相差一个数量级以上", "an order of magnitude or more apart"),
])
def test_gap_wording_is_calibrated_to_the_gap(a: tuple[float, float, str], b: tuple[float, float, str],
                                              zh: str, en: str) -> None:
    na = NumberClaim(model="a", low=a[0], high=a[1], unit=a[2], quote="")
    nb = NumberClaim(model="b", low=b[0], high=b[1], unit=b[2], quote="")
    assert gap_words(na, nb, "zh") == zh and gap_words(na, nb, "en") == en


def _drafter(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "drafter", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_run_json_statements_match_analysis_json_and_style_flag(tmp_path: Path) -> None:
    """The demo's statements, re-derived from the files a run wrote; --style overrides the topic's style."""
    shutil.copytree(ROOT / "examples" / "h200", tmp_path / "h200")
    run = _drafter("draft", "h200/topic.md", "--out", "out", "-q", "--style", "briefing", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    out = tmp_path / "out"
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    statements = [Statement(s["kind"], s["qid"], tuple(s["models"]),
                            tuple(s["value"]) if isinstance(s["value"], list) else s["value"])
                  for s in report["statements"]["items"]]
    analysis = Analysis.model_validate_json((out / "analysis.json").read_text(encoding="utf-8"))
    assert statements and check_statements(statements, analysis, load_transcript(out / "transcript.yaml")) == []
    markdown = (out / "draft.md").read_text(encoding="utf-8")
    assert "style: briefing" in markdown and "# 简报：" in markdown
    # A short skeleton is reported (run.json warnings and stderr), not failed: the gaps are the author's to write.
    assert report["status"] == "done" and any("under the target" in w for w in report["warnings"])
    assert "under the target" in run.stderr and report["length"]["placeholders"] >= 1
    assert column_length(markdown, "zh") == report["length"]["value"]


def test_unknown_style_on_the_command_line_is_bad_input(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "examples" / "h200", tmp_path / "h200")
    run = _drafter("draft", "h200/topic.md", "--out", "out", "-q", "--style", "nosuch", cwd=tmp_path)
    assert run.returncode == 2 and "--style" in run.stderr and "nosuch" in run.stderr
    assert "Traceback" not in run.stderr
