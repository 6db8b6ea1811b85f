"""Drafts of a given length made by drafter's own offline pipeline (analyze → compose → render), so the
Markdown has real attributed quotes, footnotes and the appendix; and their DOCX via the real export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bench.corpus import make_transcript

if TYPE_CHECKING:
    from drafter.inputs.transcript import Transcript


@dataclass
class Draft:
    markdown: str
    transcript: Transcript
    length: int  # the column's length as drafter counts it (字 for zh, words for en; appendix excluded)
    unit: str
    chars: int  # characters of the column body (front matter, footnotes and appendix excluded)
    quotes: int


def column_chars(markdown: str) -> int:
    """Characters of the column itself: the body before the appendix, without footnote lines."""
    from drafter.draftfmt import APPENDIX_MARK, front_matter

    _, body = front_matter(markdown)
    body = body.split(APPENDIX_MARK, 1)[0]
    return sum(len(line) for line in body.splitlines() if not line.startswith("[^"))


def make_draft(target_chars: int, *, lang: str = "zh", n_models: int = 4, seed: int = 0) -> Draft:
    """The smallest generated draft whose column has at least `target_chars` characters."""
    from drafter.analysis.engine.analyzer import analyze
    from drafter.inputs.topic import Topic
    from drafter.write.render import render_markdown
    from drafter.write.skeleton import compose

    n_questions = 2
    while True:
        transcript = make_transcript(lang, n_questions, n_models, sentences=(3, 7), seed=seed)
        topic = Topic(title=transcript.topic, language=lang, panel=transcript.models(),
                      body="基准测试用的选题。" if lang == "zh" else "A benchmark topic.",
                      questions=[q.text for q in transcript.questions], length=target_chars)
        analysis = analyze(transcript)
        result = render_markdown(compose(topic, transcript, analysis), topic, transcript, analysis)
        chars = column_chars(result.markdown)
        if chars >= target_chars or n_questions >= 60:
            return Draft(result.markdown, transcript, result.length, result.unit, chars, result.quotes_placed)
        # grow in proportion, at least one question at a time
        n_questions = max(n_questions + 1, int(n_questions * target_chars / max(chars, 1) + 0.5))


def write_draft_files(draft: Draft, folder: Path, *, docx: bool = True) -> dict[str, Path]:
    """draft.md, transcript.yaml and (by the real export) draft.docx in `folder`."""
    from drafter.export.docx import markdown_to_docx
    from drafter.inputs.transcript import save_transcript

    folder.mkdir(parents=True, exist_ok=True)
    paths = {"md": folder / "draft.md", "transcript": folder / "transcript.yaml", "docx": folder / "draft.docx"}
    paths["md"].write_text(draft.markdown, encoding="utf-8")
    save_transcript(draft.transcript, paths["transcript"])
    if docx:
        markdown_to_docx(draft.markdown, paths["docx"], transcript=draft.transcript)
    return paths
