"""Topic files, transcripts and panel configs: what loads, and what a bad one says."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.inputs.topic import load_topic
from drafter.inputs.transcript import dump_transcript, load_transcript
from drafter.panel.config import load_panel
from drafter.plan.propose import plan_offline, propose_questions

ROOT = Path(__file__).resolve().parent.parent
H200 = ROOT / "examples" / "h200" / "topic.md"


def test_example_topic_loads_with_its_answers() -> None:
    topic = load_topic(H200)
    assert topic.title == "中国该不该买H200？"
    assert topic.lang == "zh"
    assert topic.length == 2500
    assert topic.panel == ["alpha", "beta", "gamma"]
    assert topic.answers_path is not None and topic.answers_path.name == "answers.yaml"
    assert "笔记" in topic.body


def test_transcript_round_trips_verbatim(tmp_path: Path) -> None:
    transcript = load_transcript(ROOT / "examples" / "h200" / "answers.yaml")
    assert len(transcript.questions) == 4 and len(transcript.answers) == 12
    saved = tmp_path / "t.yaml"
    saved.write_text(dump_transcript(transcript), encoding="utf-8")
    again = load_transcript(saved)
    assert [a.text for a in again.answers] == [a.text for a in transcript.answers]
    assert "text: |" in saved.read_text(encoding="utf-8"), "answers are written as readable blocks"


def test_language_is_detected_when_not_given(tmp_path: Path) -> None:
    path = tmp_path / "t.md"
    path.write_text("---\ntitle: 城市该不该限行？\n---\n正文。\n", encoding="utf-8")
    assert load_topic(path).lang == "zh"
    path.write_text("---\ntitle: Should cities ban cars?\n---\nBody.\n", encoding="utf-8")
    assert load_topic(path).lang == "en"


@pytest.mark.parametrize("encoding", ["utf-16", "gb18030", "utf-8-sig"])
def test_topic_files_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "t.md"
    path.write_bytes("---\ntitle: 该不该买？\npanel: [kimi]\n---\n正文\n".encode(encoding))
    assert load_topic(path).title == "该不该买？"


def test_planner_keeps_author_questions_and_transcript_ids() -> None:
    topic = load_topic(H200)
    transcript = load_transcript(topic.answers_path)  # type: ignore[arg-type]
    questions = plan_offline(topic, transcript)
    assert [q.id for q in questions] == ["q1", "q2", "q3", "q4"]
    assert questions[0].text == topic.questions[0]


def test_planner_proposes_questions_when_the_author_gave_none() -> None:
    topic = load_topic(H200)
    topic.questions = []
    proposals = propose_questions(topic)
    assert proposals[0] == "中国该不该买H200？"
    assert len(proposals) == 3
    assert all(p.endswith("？") for p in proposals)
    assert not any("结尾" in p for p in proposals), "a note about the column is not a question for the panel"


def test_panel_presets_fill_in_known_providers(tmp_path: Path) -> None:
    path = tmp_path / "panel.toml"
    path.write_text('[models.deepseek]\n\n[models.mine]\nprovider = "openai"\nmodel = "m"\n'
                    'base_url = "http://127.0.0.1:1/v1"\n[roles]\nanalyst = "mine"\n', encoding="utf-8")
    panel = load_panel(path)
    deepseek = panel.spec("deepseek")
    assert deepseek.base_url == "https://api.deepseek.com/v1" and deepseek.api_key_env == "DEEPSEEK_API_KEY"
    assert panel.spec("kimi").label == "Kimi", "a preset needs no entry at all"
    assert panel.role_model("analyst").key == "mine"  # type: ignore[union-attr]
    assert panel.role_model("writer") is None


BAD_TOPICS = {
    "no_front_matter": ("just text\n", "front matter"),
    "unclosed": ("---\ntitle: x\n", "not closed"),
    "bad_yaml": ("---\ntitle: [unclosed\n---\n", "invalid YAML"),
    "no_title": ("---\nlanguage: zh\n---\n", "title"),
    "list_front_matter": ("---\n- a\n- b\n---\n", "key: value"),
    "bad_language": ("---\ntitle: x\nlanguage: fr\n---\n", "language"),
    "bad_length": ("---\ntitle: x\nlength: -5\n---\n", "length"),
    "length_text": ("---\ntitle: x\nlength: long\n---\n", "length"),
    "panel_not_list": ("---\ntitle: x\npanel: 5\n---\n", "panel"),
    "missing_answers": ("---\ntitle: x\nanswers: nowhere.yaml\n---\n", "answers"),
}


@pytest.mark.parametrize("name", sorted(BAD_TOPICS))
def test_bad_topic_names_the_field(tmp_path: Path, name: str) -> None:
    text, expected = BAD_TOPICS[name]
    path = tmp_path / "topic.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_topic(path)
    message = info.value.one_line()
    assert str(path) in message and expected in message and "fix:" in message
    assert "\n" not in message


BAD_TRANSCRIPTS = {
    "not_mapping": ("- a\n- b\n", "mapping"),
    "bad_yaml": ("questions: [\n", "invalid YAML"),
    "unknown_qid": ("questions: [{id: q1, text: A}]\nanswers: [{question: q9, model: m, text: x}]\n",
                    "unknown question id 'q9'"),
    "duplicate_qid": ("questions: [{id: q1, text: A}, {id: q1, text: B}]\n", "duplicate question id"),
    "answer_no_model": ("questions: [{id: q1, text: A}]\nanswers: [{question: q1, text: x}]\n", "answers[0].model"),
    "question_no_text": ("questions: [{id: q1}]\n", "questions[0].text"),
    "bad_language": ("language: fr\nquestions: []\n", "language"),
    "twice": ("questions: [{id: q1, text: A}]\nanswers: [{question: q1, model: m, text: x},"
              " {question: q1, model: m, text: y}]\n", "second answer"),
}


@pytest.mark.parametrize("name", sorted(BAD_TRANSCRIPTS))
def test_bad_transcript_names_the_field(tmp_path: Path, name: str) -> None:
    text, expected = BAD_TRANSCRIPTS[name]
    path = tmp_path / "t.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_transcript(path)
    assert expected in info.value.one_line()


def test_binary_and_empty_transcripts(tmp_path: Path) -> None:
    binary = tmp_path / "b.yaml"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04")
    with pytest.raises(InputError, match="binary"):
        load_transcript(binary)
    empty = tmp_path / "e.yaml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        load_transcript(empty)


def test_unknown_top_level_keys_warn_not_fail(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("labels: {}\nquestions: [{id: q1, text: A}]\n", encoding="utf-8")
    assert load_transcript(path).questions[0].id == "q1"
    assert "unknown top-level key 'labels'" in caplog.text


BAD_PANELS = {
    "toml_syntax": ("[models.x\n", "invalid TOML"),
    "no_provider": ('[models.x]\nmodel = "m"\n', "models.x.provider"),
    "no_model": ('[models.x]\nprovider = "openai"\n', "models.x.model"),
    "bad_role": ('[roles]\neditor = "x"\n', "roles.editor"),
    "role_unknown_model": ('[roles]\nwriter = "nobody"\n', "unknown model 'nobody'"),
    "bad_concurrency": ('[models.x]\nprovider = "openai"\nmodel = "m"\nmax_concurrency = 0\n', "max_concurrency"),
}


@pytest.mark.parametrize("name", sorted(BAD_PANELS))
def test_bad_panel_names_the_field(tmp_path: Path, name: str) -> None:
    text, expected = BAD_PANELS[name]
    path = tmp_path / "panel.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_panel(path)
    assert expected in info.value.one_line() and str(path) in info.value.one_line()


def test_answers_file_with_a_yaml_date_for_asked_at(tmp_path: Path) -> None:
    """The README's answers-file example: `asked_at: 2026-12-05` is a YAML date; it loads as ISO text."""
    path = tmp_path / "answers.yaml"
    path.write_text("topic: t\nlanguage: en\nquestions:\n  - {id: q1, text: Will it}\nanswers:\n"
                    "  - question: q1\n    model: a\n    asked_at: 2026-12-05\n    text: 'Yes.'\n", encoding="utf-8")
    from drafter.inputs.transcript import load_transcript

    assert load_transcript(path).answers[0].asked_at == "2026-12-05"
