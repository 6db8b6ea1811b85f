"""Column templates: built-ins, a user's own (by folder, $DRAFTER_TEMPLATES or path), errors."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from drafter.analysis.schema import EvasionStyle
from drafter.analysis.wording import REASONS
from drafter.errors import InputError
from drafter.write.column_templates import BUILTIN_DIR, REQUIRED, available, fill, load_template
from drafter.write.render import render_markdown
from drafter.write.skeleton import compose
from tests.test_write_samples import en_sample, zh_sample

BUILTIN = sorted(p.name.removesuffix(".toml") for p in BUILTIN_DIR.glob("*.toml") if not p.name.startswith("_"))


def test_defaults_per_language() -> None:
    assert load_template(None, "zh").name == "columnist"
    assert load_template(None, "en").name == "op-ed"
    assert load_template("columnist", "zh").quote_marks == ("“", "”")
    assert load_template("op-ed", "zh").quote_marks == ("“", "”")  # mainland papers use “”, with ‘’ inside
    assert load_template("op-ed", "zh").alt_quote_marks == ("‘", "’")
    assert load_template("columnist-trad", "zh").quote_marks == ("「", "」")  # the Taiwan/Hong Kong option


@pytest.mark.parametrize("name", BUILTIN)
def test_every_builtin_template_is_complete_and_renders(name: str) -> None:
    style, language = name.rsplit(".", 1)
    template = load_template(style, language)
    assert all(key in template.data for key in REQUIRED)
    topic, transcript, analysis = zh_sample() if language == "zh" else en_sample()
    result = render_markdown(compose(topic, transcript, analysis, style=style), topic, transcript, analysis)
    assert result.dropped == [] and result.quotes_placed > 0
    assert "{" not in result.markdown.split("<!--")[0]  # no unfilled {variable}


def test_unknown_style_names_the_field_and_lists_templates() -> None:
    with pytest.raises(InputError) as err:
        load_template("tabloid", "zh", where="topic.md")
    assert err.value.field == "style" and err.value.file == "topic.md"
    assert "columnist" in err.value.fix and "op-ed" in err.value.fix
    assert available("en") == ["briefing", "columnist", "op-ed"]


def test_user_template_in_cwd_extends_a_builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "templates" / "columns"
    folder.mkdir(parents=True)
    (folder / "house.zh.toml").write_text(
        'extends = "columnist-trad"\ndescription = "本报风格"\n[headings]\nwhy = "分歧的来由"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    template = load_template("house", "zh")
    assert template.heading("why") == "分歧的来由"
    assert template.quote_marks == ("「", "」")  # from columnist-trad
    assert template.heading("table") == "分歧一览"  # from the base
    assert "house" in available("zh")
    topic, transcript, analysis = zh_sample()
    md = render_markdown(compose(topic, transcript, analysis, style="house"), topic, transcript, analysis).markdown
    assert "## 分歧的来由" in md and "「是的，总体上利大于弊」[^1]" in md


def test_user_template_from_env_overrides_a_builtin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "columns").mkdir()
    (tmp_path / "columns" / "op-ed.en.toml").write_text('headline = "Opinion: {title}"\n', encoding="utf-8")
    monkeypatch.setenv("DRAFTER_TEMPLATES", str(tmp_path))
    template = load_template("op-ed", "en")
    assert template.pattern("headline", title="X") == "Opinion: X"
    assert template.heading("why") == "Why they differ"


def test_template_by_path_and_broken_toml(tmp_path: Path) -> None:
    good = tmp_path / "mine.toml"
    good.write_text('quote_marks = ["«", "»"]\n', encoding="utf-8")
    assert load_template(str(good), "en").quote_marks == ("«", "»")
    bad = tmp_path / "bad.toml"
    bad.write_text("quote_marks = [", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_template(str(bad), "en")
    assert err.value.file == str(bad) and "TOML" in err.value.problem


def test_phrase_variants_are_deterministic_and_fill_only_known_names() -> None:
    template = load_template("columnist", "zh")
    assert template.phrase("stance.affirm", "a", m="甲", quote="{quote}") == template.phrase(
        "stance.affirm", "a", m="甲", quote="{quote}"
    )
    picks = {template.phrase("stance.affirm", str(i), m="甲") for i in range(12)}
    assert len(picks) > 1 and all("{quote}" in p for p in picks)
    assert fill("{a} {b} {{c}}", {"a": 1}) == "1 {b} {{c}}"


def test_style_path_relative_to_the_topic_survives_render(tmp_path: Path) -> None:
    (tmp_path / "house.toml").write_text('extends = "columnist"\nquote_marks = ["『", "』"]\n', encoding="utf-8")
    topic, transcript, analysis = zh_sample()
    topic = topic.model_copy(update={"style": "house.toml", "path": str(tmp_path / "topic.md")})
    outline = compose(topic, transcript, analysis, style=topic.style)
    assert outline.style == str((tmp_path / "house.toml").resolve())
    result = render_markdown(outline, topic, transcript, analysis)
    assert "『是的，总体上利大于弊』[^1]" in result.markdown and "style: house" in result.markdown


def test_every_dodge_style_the_analysis_can_report_has_words_in_every_column_template() -> None:
    for language in ("zh", "en"):
        for style in available(language):
            template = load_template(style, language)
            missing = [d for d in get_args(EvasionStyle) if not template.has_phrase(f"dodge.style.{d}")]
            assert missing == [], (language, style)
        assert set(get_args(EvasionStyle)) <= set(REASONS[language])
