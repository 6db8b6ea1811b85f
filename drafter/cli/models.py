"""`drafter models`: the panel as drafter will use it, and with --ping, whether each endpoint answers."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import click

from drafter.panel.config import PRESETS, ModelSpec, load_panel


def panel_specs(panel_path: Path | None, keys: list[str]) -> list[ModelSpec]:
    """The configured models (or the named ones), else every provider preset."""
    panel = load_panel(panel_path)
    wanted = keys or list(panel.models) or sorted(PRESETS)
    return [panel.spec(key) for key in dict.fromkeys(wanted)]


def describe(spec: ModelSpec) -> str:
    key_state = "no key needed"
    if spec.api_key_env:
        key_state = f"{spec.api_key_env} {'set' if os.environ.get(spec.api_key_env) else 'NOT set'}"
    where = spec.base_url or f"{spec.provider} default endpoint"
    return f"{spec.key:<10} {spec.label:<10} {spec.provider}:{spec.model}  {where}  [{key_state}]"


def run_models(panel_path: Path | None, keys: list[str], ping: bool) -> int:
    from drafter.panel.keys import load_env_files

    load_env_files(*([panel_path.parent] if panel_path else []))
    specs = panel_specs(panel_path, keys)
    for spec in specs:
        click.echo(describe(spec))
    if not ping:
        return 0
    results = asyncio.run(_ping_all(specs))
    for spec, (ok, note) in zip(specs, results, strict=True):
        click.echo(f"{'ok ' if ok else 'FAIL'} {spec.key}: {note}")
    return 0 if all(ok for ok, _ in results) else 1


async def _ping_all(specs: list[ModelSpec]) -> list[tuple[bool, str]]:
    from drafter.panel.chat import ping

    return list(await asyncio.gather(*(ping(spec) for spec in specs)))
