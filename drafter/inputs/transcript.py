"""The transcript: questions, and every model's verbatim answer with its provenance."""

from __future__ import annotations

import json
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from drafter.errors import InputError
from drafter.inputs.files import atomic_write_text, load_yaml, read_text

log = logging.getLogger("drafter")

Language = Literal["zh", "en"]
KNOWN_KEYS = {"topic", "language", "questions", "answers"}


class Usage(BaseModel):
    input_tokens: int | None = None
    output_tokens: int | None = None


class Question(BaseModel):
    id: str = Field(min_length=1, description="Short stable id, e.g. q1.")
    text: str = Field(min_length=1, description="The question exactly as asked.")
    # Right of reply: a model shown the answers that contradicted it, on question `reply_to`.
    reply_to: str | None = Field(default=None, description="For a right-of-reply round: the original question id.")
    # Interrogation (issue 14): a follow-up to a model that dodged (`q1-press`), or the question asked again
    # in the other language (`q1-en`); both point at the original question id.
    press_of: str | None = Field(default=None, description="For a pressed follow-up: the original question id.")
    translation_of: str | None = Field(default=None, description="For the question asked in the other "
                                       "language: the original question id (the text is a translation).")
    language: str | None = Field(default=None, description="The language this question was asked in, "
                                 "when not the transcript's.")


class Answer(BaseModel):
    """One model's answer to one question; `text` is verbatim."""

    model_config = ConfigDict(extra="allow")

    question: str = Field(min_length=1)
    model: str = Field(min_length=1)
    label: str | None = None
    text: str = ""
    source: str | None = None  # hand | live | reply
    provider: str | None = None
    model_id: str | None = None
    base_url: str | None = None
    asked_at: str | None = None
    latency_ms: int | None = None
    usage: Usage | None = None
    prompt: str | None = None
    error: str | None = None

    @field_validator("asked_at", mode="before")
    @classmethod
    def _date_as_text(cls, value: Any) -> Any:
        """YAML reads `asked_at: 2026-12-05` as a date; an author means the day, so keep it as ISO text."""
        return value.isoformat() if isinstance(value, date | datetime) else value

    @property
    def ok(self) -> bool:
        return self.error is None and bool(self.text.strip())


class Transcript(BaseModel):
    topic: str = ""
    language: Language | None = None
    questions: list[Question] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list)

    def question(self, qid: str) -> Question:
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def answers_for(self, qid: str) -> list[Answer]:
        """One answer per model: with --samples, its representative sample (the first listed)."""
        first: dict[str, Answer] = {}
        for a in self.answers:
            if a.question == qid:
                first.setdefault(a.model, a)
        return list(first.values())

    def all_answers_for(self, qid: str) -> list[Answer]:
        """Every answer to `qid`, every sample included (the appendix shows them all)."""
        return [a for a in self.answers if a.question == qid]

    def answer(self, qid: str, model: str) -> Answer | None:
        for a in self.answers:
            if a.question == qid and a.model == model:
                return a
        return None

    def main_questions(self) -> list[Question]:
        """The questions the panel was asked (not the right-of-reply rounds)."""
        return [q for q in self.questions if q.reply_to is None and q.press_of is None and q.translation_of is None]

    def models(self) -> list[str]:
        """Model keys in order of first appearance."""
        return list(dict.fromkeys(a.model for a in self.answers))

    def label(self, model: str) -> str:
        for a in self.answers:
            if a.model == model and a.label:
                return a.label
        return model

    def to_data(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


def parse_transcript(data: Any, path: str | Path) -> Transcript:
    """Validate already-parsed YAML/JSON data as a transcript."""
    if not isinstance(data, dict):
        raise InputError(path, None, "a transcript must be a mapping with questions: and answers:",
                         "see examples/h200/answers.yaml for the format")
    for key in data:
        if key not in KNOWN_KEYS:
            log.warning("%s: unknown top-level key %r ignored", path, key)
    known = {k: v for k, v in data.items() if k in KNOWN_KEYS}
    for key in ("questions", "answers"):
        if known.get(key) is None:
            known[key] = []
    try:
        transcript = Transcript.model_validate(known)
    except ValidationError as exc:
        from drafter.inputs.topic import problem_text

        err = exc.errors()[0]
        field = _loc(err["loc"])
        raise InputError(path, field, problem_text(err), _fix_for(field, err)) from exc
    _check_ids(transcript, path)
    return transcript


def _loc(loc: tuple[Any, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _fix_for(field: str, err: dict[str, Any] | Any = None) -> str:
    if field.endswith(".text") and err and err.get("type") == "string_type" and err.get("input") is not None:
        return "put the text in quotes, or under `text: |` on the lines below, indented"
    if field == "answers" or field == "questions":
        return f"write {field}: as a list of `- ` items (see examples/h200/answers.yaml)"
    if field.startswith("answers"):
        return "each answer needs question: (an id), model: and text:"
    if field.startswith("questions"):
        return "each question needs id: and text:"
    if field == "language":
        return "use zh or en"
    return "see the transcript format in README.md"


def _check_ids(transcript: Transcript, path: str | Path) -> None:
    seen: set[str] = set()
    for i, q in enumerate(transcript.questions):
        if q.id in seen:
            raise InputError(path, f"questions[{i}].id", f"duplicate question id {q.id!r}",
                             "give every question its own id")
        seen.add(q.id)
    pairs: set[tuple[str, str, Any]] = set()
    for i, a in enumerate(transcript.answers):
        if a.question not in seen and not _follow_up_of(a.question, seen):
            known = ", ".join(sorted(seen)) or "none"
            raise InputError(path, f"answers[{i}].question", f"unknown question id {a.question!r}",
                             f"use one of the ids under questions: ({known})")
        key = (a.question, a.model, getattr(a, "sample", None))  # --samples: one answer per sample
        if key in pairs:
            raise InputError(path, f"answers[{i}]", f"second answer of {a.model!r} to {a.question!r}",
                             "keep one answer per model and question")
        pairs.add(key)


def load_transcript(path: str | Path) -> Transcript:
    text = read_text(path, "transcript")
    if not text.strip():
        raise InputError(path, None, "transcript is empty", "add questions: and answers:")
    data = _parse_yaml_or_json(text, path)
    return parse_transcript(data, path)


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"the key {key!r} appears twice in one object")
        out[key] = value
    return out


def _parse_yaml_or_json(text: str, path: str | Path) -> Any:
    try:
        return _parse(text, path)
    except RecursionError as exc:
        raise InputError(path, None, "the file is nested too deeply to be a transcript",
                         "see examples/h200/answers.yaml for the format") from exc


def _parse(text: str, path: str | Path) -> Any:
    if str(path).lower().endswith(".json"):
        try:
            return json.loads(text, object_pairs_hook=_unique_pairs)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"line {exc.lineno}", f"invalid JSON: {exc.msg}", "fix the JSON syntax") from exc
        except ValueError as exc:  # a duplicate key, from _unique_pairs
            raise InputError(path, None, f"invalid JSON: {exc}", "keep only one of them") from exc
    try:
        return load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc) or "invalid YAML"
        fix = ("keep only one of them (merge the two lists)" if "appears twice" in problem
               else "fix the YAML syntax (quote text with colons, indent answers evenly)")
        raise InputError(path, where, f"invalid YAML: {problem}", fix) from exc


class _BlockDumper(yaml.SafeDumper):
    """Writes multi-line strings as `|` blocks so an editor can read answers in the file."""


def _str_presenter(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML writes NEL (U+0085) raw but reads it back as a line break: such text goes in double
    # quotes, where it is escaped, so every answer stays verbatim.
    if "\x85" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_BlockDumper.add_representer(str, _str_presenter)


def dump_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_BlockDumper, allow_unicode=True, sort_keys=False, width=100)


def dump_transcript(transcript: Transcript) -> str:
    return dump_yaml(transcript.to_data())


def save_transcript(transcript: Transcript, path: str | Path) -> None:
    atomic_write_text(path, dump_transcript(transcript))


def _follow_up_of(qid: str, known: set[str]) -> bool:
    """A hand-pasted follow-up (`q1-press`, `q1-press-2`) to a known question needs no question entry of its own."""
    import re

    m = re.match(r"^(.+)-press(?:-\d+)?$", qid)
    return bool(m and m.group(1) in known)
