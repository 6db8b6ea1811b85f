"""The loopback OpenAI-compatible server (tests/openai_server.py) in a thread, and the panel and topic
files that point drafter at it. No API key is needed: a key-less OpenAI-compatible model gets a dummy."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.corpus import QSpec, answer_for_prompt
from tests import livepanel
from tests.openai_server import OpenAIStub


def model_id(key: str) -> str:
    return f"bench-{key}"


@contextlib.contextmanager
def loopback(latencies: dict[str, float], questions: list[QSpec], *,
             sentences: tuple[int, int] = (2, 5)) -> Iterator[OpenAIStub]:
    """A started server: each panel model (by key) answers after its latency with a generated answer
    to the question its prompt asks. Always stopped on the way out."""
    server = OpenAIStub()

    def handler(model: str, messages: list[dict[str, Any]]) -> str:
        prompt = "\n".join(str(m.get("content") or "") for m in messages)
        return answer_for_prompt(questions, model, prompt, sentences=sentences)

    for key, latency in latencies.items():
        server.script(model_id(key), handler=handler, latency=latency)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def write_panel(folder: Path, server: OpenAIStub, keys: list[str], *, max_concurrency: int,
                roles: dict[str, str] | None = None, extra_models: dict[str, str] | None = None) -> Path:
    """panel.toml: every key → the loopback server; `extra_models` (key → model id) for the LLM roles."""
    models = {k: model_id(k) for k in keys} | (extra_models or {})
    return livepanel.write_panel(folder, server.base_url, models, timeout_s=60, roles=roles,
                                 max_concurrency=max_concurrency, max_retries=0, key_env=None)


def write_topic(folder: Path, questions: list[QSpec], keys: list[str], *, lang: str,
                length: int | None = None) -> Path:
    """topic.md with the author's own questions (so the offline planner keeps exactly these)."""
    title = "AI 模型会怎么看这些问题？" if lang == "zh" else "What do the models think?"
    front: dict[str, Any] = {"title": title, "language": lang, "questions": [q.text for q in questions], "panel": keys}
    if length:
        front["length"] = length
    body = "这是基准测试用的选题。" if lang == "zh" else "A benchmark topic."
    lines = ["---", *(f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items()), "---", body, ""]
    path = folder / "topic.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
