"""Where a run writes: the out dir's layout, and the slug that names it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.inputs.topic import Topic

_GENERIC_STEMS = {"topic", "index", "readme", "draft", "column"}


def slug_for(topic: Topic) -> str:
    """A filesystem-safe name: the topic's `slug`, its file name, its folder, or a hash of the title."""
    if topic.slug:
        return _clean(topic.slug)
    path = Path(topic.path)
    stem = path.stem if path.stem.lower() not in _GENERIC_STEMS else path.parent.name
    cleaned = _clean(stem)
    if cleaned:
        return cleaned
    return "topic-" + hashlib.sha1(topic.title.encode()).hexdigest()[:8]


def _clean(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9\u4e00-\u9fff._-]+", "-", text).strip("-.")[:80]


@dataclass(frozen=True)
class OutDir:
    root: Path

    @property
    def draft_md(self) -> Path:
        return self.root / "draft.md"

    @property
    def draft_docx(self) -> Path:
        return self.root / "draft.docx"

    @property
    def transcript(self) -> Path:
        return self.root / "transcript.yaml"

    @property
    def analysis(self) -> Path:
        return self.root / "analysis.json"

    @property
    def run_json(self) -> Path:
        return self.root / "run.json"

    @property
    def journal(self) -> Path:
        return self.root / "answers.jsonl"

    @property
    def checkpoints(self) -> Path:
        return self.root / "checkpoints.sqlite"

    @property
    def topic_json(self) -> Path:
        """The topic as this run read it, so a redraft needs no original file."""
        return self.root / "topic.json"

    @property
    def questions_file(self) -> Path:
        return self.root / "questions.yaml"
