"""Token counting offline (sockets are blocked), trimming for prompt budgets, the usage ledger."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drafter.panel import tokens
from drafter.panel.config import ModelSpec


def test_offline_encoding_installed_under_tiktokens_cache_name(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path / "tk"))
    folder = tokens.ensure_offline_encodings()
    assert folder == tmp_path / "tk" and os.environ["TIKTOKEN_CACHE_DIR"] == str(folder)
    cached = folder / tokens.CL100K_CACHE_NAME
    assert cached.stat().st_size == tokens._bundled_cl100k().stat().st_size
    import tiktoken

    # plain get_encoding works with no network: it finds the file in the cache
    assert tiktoken.get_encoding("cl100k_base").encode("hello world") == [15339, 1917]


def test_default_cache_dir_is_drafters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIKTOKEN_CACHE_DIR", raising=False)
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path))
    assert tokens.ensure_offline_encodings() == tmp_path / "tiktoken"


def test_count_tokens() -> None:
    assert tokens.count_tokens("hello world") == 2
    assert tokens.count_tokens("中国该不该买H200?") > 5
    assert tokens.count_tokens("an answer that says <|endoftext|> is text") > 5  # not a special token


def test_trim_cuts_at_a_sentence_end() -> None:
    text = "第一句话说完了。第二句话也说完了。第三句话没有说完就被截断了。"
    cut, trimmed = tokens.trim_to_tokens(text, tokens.count_tokens(text) - 5)
    assert trimmed and cut == "第一句话说完了。第二句话也说完了。"
    english = "One sentence here. Another sentence follows. And a third one that runs on and on."
    cut, trimmed = tokens.trim_to_tokens(english, 12)
    assert trimmed and cut == "One sentence here. Another sentence follows."
    assert tokens.trim_to_tokens(english, 1000) == (english, False)


def test_fit_trims_a_megabyte_with_a_note() -> None:
    text = "This is one sentence of a very long answer. " * 24000  # ~1 MB
    fitted = tokens.fit(text, 1000)
    assert len(fitted) < 6000
    assert fitted.endswith(f"of {tokens.count_tokens(text)} tokens]") and "[trimmed: " in fitted
    assert tokens.fit("short", 1000) == "short"


def test_usage_ledger_per_role_and_model() -> None:
    priced = ModelSpec(key="grok", label="Grok", provider="openai", model="g", price_input_per_mtok=2.0,
                       price_output_per_mtok=10.0)
    free = ModelSpec(key="local", label="Local", provider="openai", model="l")
    ledger = tokens.UsageLedger()
    ledger.add("panel", priced, {"input_tokens": 1000, "output_tokens": 500})
    ledger.add("panel", priced, {"input_tokens": 1000, "output_tokens": 500})
    ledger.add("analyst", free, {"input_tokens": 10, "output_tokens": 5})
    ledger.add("analyst", free, None)  # a failed call: counted, no tokens
    rows = ledger.to_data()
    assert rows[0] == {"role": "panel", "model": "grok", "calls": 2, "input_tokens": 2000,
                       "output_tokens": 1000, "cost": 0.014}
    assert rows[1] == {"role": "analyst", "model": "local", "calls": 2, "input_tokens": 10,
                       "output_tokens": 5}
    assert ledger.totals() == {"calls": 4, "input_tokens": 2010, "output_tokens": 1005, "cost": 0.014}
