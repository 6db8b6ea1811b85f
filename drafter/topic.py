"""The topic file: Markdown with YAML front matter (title, language, questions, panel, answers…)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from drafter.errors import InputError
from drafter.fileio import read_text
from drafter.lang import detect_language

log = logging.getLogger("drafter")

KNOWN_KEYS = {"title", "language", "questions", "panel", "answers", "length", "style", "author", "slug"}


class Topic(BaseModel):
    title: str = Field(min_length=1)
    language: str | None = None
    questions: list[str] = Field(default_factory=list)
    panel: list[str] = Field(default_factory=list)
    answers: str | None = None
    length: int | None = Field(default=None, gt=0)
    style: str | None = None
    author: str | None = None
    slug: str | None = None
    body: str = ""
    path: str = ""

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        if value is not None and value not in ("zh", "en"):
            raise ValueError("language must be zh or en")
        return value

    @field_validator("questions", mode="before")
    @classmethod
    def _questions(cls, value: Any) -> Any:
        # Authors write questions as plain strings or as {id, text} like the transcript does.
        if isinstance(value, list):
            return [q.get("text") if isinstance(q, dict) else q for q in value]
        return value

    @property
    def lang(self) -> str:
        return self.language or detect_language(self.title + "\n" + self.body)

    @property
    def answers_path(self) -> Path | None:
        if not self.answers:
            return None
        return (Path(self.path).parent / self.answers).resolve()


_FIXES = {
    "title": "add a line `title: …` to the front matter",
    "language": "use `language: zh` or `language: en`",
    "questions": "list the questions as `- text` lines under `questions:`",
    "panel": "list model keys, e.g. `panel: [kimi, grok]`",
    "answers": "give the path of a transcript file, relative to the topic file",
    "length": "give a whole number: characters for zh, words for en",
    "style": "name a template under templates/columns/, e.g. columnist",
}


def split_front_matter(text: str, path: str | Path) -> tuple[dict[str, Any], str]:
    """Return (front matter, body); the front matter sits between two `---` lines at the top."""
    stripped = text.lstrip("\ufeff")
    lines = stripped.splitlines()
    if not lines or lines[0].strip() != "---":
        raise InputError(path, "front matter", "no YAML front matter at the top of the file",
                         "start the file with a `---` line, then `title: …`, then a closing `---`")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
    except StopIteration:
        raise InputError(path, "front matter", "front matter is not closed",
                         "add a `---` line after the last front matter field") from None
    block = "\n".join(lines[1:end])
    try:
        data = yaml.safe_load(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"front matter line {mark.line + 2}" if mark is not None else "front matter"
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(path, where, f"invalid YAML: {problem}",
                         "fix the YAML syntax (quote values that contain a colon)") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter", "front matter must be `key: value` lines",
                         "write fields such as `title: …` between the `---` lines")
    return data, "\n".join(lines[end + 1:]).strip()


def load_topic(path: str | Path) -> Topic:
    text = read_text(path, "topic file")
    data, body = split_front_matter(text, path)
    for key in list(data):
        if key not in KNOWN_KEYS:
            log.warning("%s: unknown front matter key %r ignored", path, key)
            data.pop(key)
    if not data.get("title"):
        raise InputError(path, "title", "the topic has no title", _FIXES["title"])
    try:
        topic = Topic.model_validate({**data, "body": body, "path": str(path)})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = str(err["loc"][0]) if err["loc"] else "front matter"
        msg = err["msg"].removeprefix("Value error, ")
        raise InputError(path, field, msg.lower(), _FIXES.get(field, "see examples/ for a topic file")) from exc
    if topic.answers and not topic.answers_path.exists():  # type: ignore[union-attr]
        raise InputError(path, "answers", f"answers file {topic.answers} does not exist",
                         "fix the path (relative to the topic file) or remove the field")
    return topic
