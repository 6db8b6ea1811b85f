"""A live panel on the loopback server: a topic and a panel config that point drafter at it."""

from __future__ import annotations

import json
from pathlib import Path

KEY_VAR = "DRAFTER_TEST_KEY"
FAKE_KEY = "sk-drafter-FAKE-graph-0123456789"

QUESTIONS = [
    "Will remote work still be the norm for office jobs in 2030?",
    "Should cities convert empty office towers into housing?",
    "Will a four-day week spread to most large employers by 2030?",
]

# What each loopback model says: model A says yes, model B says no, so every question has a clash.
YES = "Yes. The evidence points that way, and the trend has held for several years now."
NO = "No. The evidence points the other way, and the early trend has already reversed."


def write_panel(folder: Path, base_url: str, models: dict[str, str], *, timeout_s: float = 3.0,
                roles: dict[str, str | list[str]] | None = None, max_concurrency: int = 4, max_retries: int = 1,
                key_env: str | None = KEY_VAR, prices: tuple[float, float] | None = None) -> Path:
    """A panel TOML with one OpenAI-compatible entry per key (key -> the server's model name);
    `key_env=None` makes key-less entries, as for a local endpoint."""
    lines = []
    for key, model in models.items():
        lines += [f"[models.{key}]", f'label = "Model {key.upper()}"', 'provider = "openai"',
                  f'model = "{model}"', f'base_url = "{base_url}"',
                  *([f'api_key_env = "{key_env}"'] if key_env else []),
                  f"timeout_s = {timeout_s}", f"max_retries = {max_retries}",
                  f"max_concurrency = {max_concurrency}",
                  *([f"price_input_per_mtok = {prices[0]}", f"price_output_per_mtok = {prices[1]}"] if prices else []),
                  ""]
    if roles:
        lines.append("[roles]")
        lines += [f"{role} = {json.dumps(key)}" for role, key in roles.items()]  # a str, or a jury's list
    path = folder / "panel.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_topic(folder: Path, panel: list[str], questions: list[str] = QUESTIONS, *, length: int = 600) -> Path:
    qs = "\n".join(f"  - {q}" for q in questions)
    path = folder / "topic.md"
    path.write_text(f"---\ntitle: Is the office coming back?\nlanguage: en\nquestions:\n{qs}\n"
                    f"panel: [{', '.join(panel)}]\nlength: {length}\nstyle: op-ed\n---\n"
                    "Employers want people back at their desks; employees are not so sure.\n", encoding="utf-8")
    return path


def question_of(messages: list[dict[str, object]]) -> str:
    """Which of QUESTIONS a request asked (the last user message holds it)."""
    text = " ".join(str(m.get("content")) for m in messages if m.get("role") == "user")
    return next((q for q in QUESTIONS if q in text), "?")
