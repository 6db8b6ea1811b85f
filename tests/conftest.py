"""Shared test setup. Sockets are limited to loopback by pytest-socket (see pyproject addopts)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# No per-example deadline: a shared 2-core CI machine makes timings noisy, and speed is measured by
# `make bench`, never by tests. HYPOTHESIS_PROFILE=thorough runs ten times the examples.
settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", deadline=None, suppress_health_check=[HealthCheck.too_slow],
                          max_examples=2000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset"


@pytest.fixture(autouse=True)
def _no_real_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may use a real provider key, even if the developer's shell has one."""
    for var in ("OPENAI_API_KEY", "DEEPSEEK_API_KEY", "MOONSHOT_API_KEY", "DASHSCOPE_API_KEY", "XAI_API_KEY",
                "ANTHROPIC_API_KEY", "GOOGLE_API_KEY", "HUNYUAN_API_KEY", "ZHIPUAI_API_KEY", "ARK_API_KEY"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANGSMITH_TRACING", "false")


@pytest.fixture(autouse=True)
def _own_cache(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test starts with no remembered endpoint behaviour (drafter.panel.endpoints' cache file)."""
    monkeypatch.setenv("DRAFTER_ENDPOINTS_CACHE", str(tmp_path_factory.mktemp("cache") / "endpoints.json"))


# The loopback OpenAI-compatible server, as a fixture for every test module.
from tests.openai_server import openai_server  # noqa: E402, F401
