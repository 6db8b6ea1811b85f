"""The topic file: Markdown with YAML front matter (title, language, questions, panel, answers…)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from drafter.errors import InputError
from drafter.inputs.files import load_yaml, read_text
from drafter.lang import detect_language

log = logging.getLogger("drafter")

_WARNED: set[tuple[str, str]] = set()
KNOWN_KEYS = {"title", "language", "questions", "panel", "answers", "length", "style", "author", "slug",
              "press", "questions_zh", "questions_en"}


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
    # Interrogation (issue 14): `press: true` (or a number of rounds); the questions in the other language.
    press: bool | int = False
    questions_zh: list[str] = Field(default_factory=list)
    questions_en: list[str] = Field(default_factory=list)
    body: str = ""
    path: str = ""

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        if value is not None and value not in ("zh", "en"):
            raise ValueError(f"must be zh or en, not {value!r}")
        return value

    @field_validator("questions", mode="before")
    @classmethod
    def _questions(cls, value: Any) -> Any:
        # Authors write questions as plain strings or as {id, text} like the transcript does.
        if isinstance(value, list):
            return [q.get("text", q) if isinstance(q, dict) else q for q in value]
        return value

    @field_validator("questions_zh", "questions_en", mode="before")
    @classmethod
    def _other_questions(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [q.get("text", q) if isinstance(q, dict) else q for q in value]
        return value

    @property
    def press_rounds(self) -> int:
        """`press: true` is one follow-up round; a number is that many."""
        if isinstance(self.press, bool):
            return 1 if self.press else 0
        return max(0, self.press)

    @field_validator("length", mode="before")
    @classmethod
    def _length(cls, value: Any) -> Any:
        if isinstance(value, bool):  # YAML reads `yes`/`true` as a bool, which pydantic would take as 1
            raise ValueError(f"must be a whole number, not {str(value).lower()}")
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
    "title": "add a line `title: …` to the front matter (in quotes if it is a number or has a colon)",
    "language": "use `language: zh` or `language: en`",
    "questions": "list the questions as `- text` lines under `questions:`",
    "panel": "list model keys, e.g. `panel: [kimi, grok]`",
    "answers": "give the path of a transcript file, relative to the topic file",
    "length": "give a whole number: characters for zh, words for en",
    "style": "name a template under templates/columns/, e.g. columnist",
    "press": "write `press: true`, or a number of follow-up rounds",
    "questions_zh": "list the questions in Chinese, in the order of `questions:`",
    "questions_en": "list the questions in English, in the order of `questions:`",
}


def split_front_matter(text: str, path: str | Path) -> tuple[dict[str, Any], str]:
    """Return (front matter, body); the front matter sits between two `---` lines at the top."""
    stripped = text.lstrip("\ufeff")
    lines = stripped.splitlines()
    if not lines or lines[0].strip() != "---":
        raise InputError(path, "front matter", "no YAML front matter at the top of the file",
                         "start the file with a `---` line, then `title: …`, then a closing `---`")
    try:
        # the closing line starts at the margin: an indented `---` belongs to a multi-line value
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "..."))
    except StopIteration:
        raise InputError(path, "front matter", "front matter is not closed",
                         "add a `---` line after the last front matter field") from None
    block = "\n".join(lines[1:end]) + "\n"  # a `|` block at the end keeps its final line break
    try:
        data = load_yaml(block) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"front matter line {mark.line + 2}" if mark is not None else "front matter"
        problem = getattr(exc, "problem", None) or str(exc) or "invalid YAML"
        fix = ("keep only one of them" if "appears twice" in problem
               else "fix the YAML syntax (quote values that contain a colon)")
        raise InputError(path, where, f"invalid YAML: {problem}", fix) from exc
    except RecursionError as exc:
        raise InputError(path, "front matter", "the YAML is nested too deeply",
                         "write plain `key: value` lines") from exc
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
            if (str(path), str(key)) in _WARNED:  # a run reads the topic more than once: warn once
                data.pop(key)
                continue
            _WARNED.add((str(path), str(key)))
            log.warning("%s: unknown front matter key %r ignored (known: %s)", path, key, ", ".join(sorted(KNOWN_KEYS)))
            data.pop(key)
    title = data.get("title")
    if title is None or (isinstance(title, str) and not title.strip()):
        raise InputError(path, "title", "the topic has no title", _FIXES["title"])
    try:
        topic = Topic.model_validate({**data, "body": body, "path": str(path)})
    except ValidationError as exc:
        err = exc.errors()[0]
        field = _field(err["loc"])
        top = field.split("[")[0] or "front matter"
        raise InputError(path, field, problem_text(err), _FIXES.get(top, "see examples/ for a topic file")) from exc
    if topic.answers and not topic.answers_path.exists():  # type: ignore[union-attr]
        raise InputError(path, "answers", f"answers file {topic.answers} does not exist",
                         "fix the path (relative to the topic file) or remove the field")
    return topic


def _field(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "front matter"


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return f"true/false ({value!r}; YAML reads yes/no/on/off that way)"
    if isinstance(value, int | float):
        return f"a number ({value!r})"
    if isinstance(value, dict):
        return "a mapping (`key: value` lines)"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    return repr(value)[:40]


def _scalar(value: Any) -> str:
    return repr(value)[:40] if isinstance(value, str | int | float) and not isinstance(value, bool) else _kind(value)


def problem_text(err: Any) -> str:
    """A pydantic error as a person would say it: what the field must be, and what it was."""
    kind, value = err.get("type", ""), err.get("input")
    if kind == "string_type":
        return f"must be text, not {_kind(value)}"
    if kind == "list_type":
        return f"must be a list, not {_kind(value)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"must be a whole number, not {_scalar(value)}"
    if kind in ("float_type", "float_parsing"):
        return f"must be a number, not {_scalar(value)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"must be a mapping (`key: value` lines), not {_kind(value)}"
    if kind == "missing":
        return "is missing"
    if kind == "greater_than":
        return f"must be more than {err.get('ctx', {}).get('gt')}, not {value!r}"
    if kind == "greater_than_equal":
        return f"must be at least {err.get('ctx', {}).get('ge')}, not {value!r}"
    if kind == "string_too_short":
        return "must not be empty"
    msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
    return msg[:1].lower() + msg[1:]
