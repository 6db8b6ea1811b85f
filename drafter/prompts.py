"""Prompt templates: `templates/prompts/{language}/{name}.md` with named `{variable}` placeholders.

The format is deliberately tiny and safe: `{name}` is replaced by the variable's text, `{{` and `}}`
are literal braces, nothing else is evaluated (unlike str.format, no `{x.attr}` or `{x[0]}`), and
the inserted text is never scanned again, so an answer containing `{topic}` stays as it is.
A template is split into chat messages by marker lines `<!-- system -->` and `<!-- user -->`;
a template without markers is one user message.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from drafter.errors import InputError

_PLACEHOLDER = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")
_MARKER = re.compile(r"^<!--\s*(system|user|assistant)\s*-->\s*$", re.MULTILINE)

Message = tuple[str, str]  # (role, text)


# drafter/_templates links to the repo's top-level templates/ and is package data in a wheel, so a checkout
# and an installed drafter both find the built-in prompts and column templates.
BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "_templates"


def templates_dir() -> Path:
    """`$DRAFTER_TEMPLATES`, else the built-in templates shipped with the package."""
    env = os.environ.get("DRAFTER_TEMPLATES")
    return Path(env) if env else BUILTIN_TEMPLATES


def template_path(name: str, language: str) -> Path:
    """The user's template (`$DRAFTER_TEMPLATES/prompts/`) or the built-in one; English when a
    language has none. A user folder that only adds column templates keeps the built-in prompts."""
    bases = list(dict.fromkeys([templates_dir() / "prompts", BUILTIN_TEMPLATES / "prompts"]))
    for base in bases:
        for lang in (language, "en"):
            path = base / lang / f"{name}.md"
            if path.is_file():
                return path
    raise InputError(bases[0] / language / f"{name}.md", None, f"prompt template {name!r} not found",
                     "reinstall drafter or set DRAFTER_TEMPLATES to a folder with prompts/")


def fill(template: str, variables: dict[str, object], where: str | Path = "template") -> str:
    """Replace `{name}` placeholders; a placeholder without a variable raises InputError."""

    def sub(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1)
        if name not in variables:
            raise InputError(where, f"{{{name}}}", f"no value for placeholder {{{name}}}",
                             f"use only: {', '.join(sorted(variables)) or 'no placeholders'}")
        return str(variables[name])

    return _PLACEHOLDER.sub(sub, template)


def render(name: str, language: str, **variables: object) -> str:
    """The filled template as one text (markers included)."""
    path = template_path(name, language)
    return fill(path.read_text(encoding="utf-8"), variables, path)


def render_messages(name: str, language: str, **variables: object) -> list[Message]:
    """The filled template as chat messages [(role, text)], split at the marker lines."""
    path = template_path(name, language)
    # Split the template before filling it: a marker line inside an answer (untrusted text) must stay
    # text in its message, never start a message of its own.
    return [(role, fill(text, variables, path).strip())
            for role, text in split_messages(path.read_text(encoding="utf-8"))]


def split_messages(text: str) -> list[Message]:
    parts = _MARKER.split(text)
    messages: list[Message] = []
    if parts[0].strip():
        messages.append(("user", parts[0].strip()))
    for role, body in zip(parts[1::2], parts[2::2], strict=True):
        if body.strip():
            messages.append((role, body.strip()))
    return messages


def messages_text(messages: list[Message]) -> str:
    """The messages as one readable text, for the transcript's `prompt` field and the cache key."""
    return "\n\n".join(f"[{role}]\n{text}" for role, text in messages)
