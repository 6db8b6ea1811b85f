"""Shared test setup. Sockets are limited to loopback by pytest-socket (see pyproject addopts)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset"


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may use a real provider key, even if the developer's shell has one."""
    for var in ("OPENAI_API_KEY", "DEEPSEEK_API_KEY", "MOONSHOT_API_KEY", "DASHSCOPE_API_KEY", "XAI_API_KEY",
                "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "HUNYUAN_API_KEY", "ZHIPUAI_API_KEY", "ARK_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGSMITH_TRACING", "false")


# The loopback OpenAI-compatible server, as a fixture for every test module.
from tests.openai_server import openai_server  # noqa: E402, F401
