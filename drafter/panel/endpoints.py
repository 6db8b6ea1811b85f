"""Which structured-output method works at each endpoint, remembered across runs in a small cache file.

An endpoint that rejected json_schema once (HTTP 400) will reject it again: remembering the method that
worked means no later run pays a failed call per question. The file is $DRAFTER_ENDPOINTS_CACHE, else
$DRAFTER_CACHE_DIR/endpoints.json, else $XDG_CACHE_HOME/drafter/endpoints.json (~/.cache/drafter/): a user-level
cache, not the run's out dir, because the endpoint's behaviour outlives any one column. It holds provider, model
names and endpoint URLs only, never a key. A file that cannot be read or written is ignored: the cache saves
calls, it never stops a run.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.panel.config import ModelSpec

METHODS = ("json_schema", "function_calling", "json_mode")
_lock = threading.Lock()


def cache_file() -> Path:
    """Where the remembered methods live (see the module docstring)."""
    if os.environ.get("DRAFTER_ENDPOINTS_CACHE"):
        return Path(os.environ["DRAFTER_ENDPOINTS_CACHE"])
    base = os.environ.get("DRAFTER_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "drafter")
    return Path(base) / "endpoints.json"


def endpoint_id(spec: ModelSpec) -> str:
    """What identifies an endpoint's behaviour: provider, URL and model name (never the key)."""
    return f"{spec.provider}|{spec.base_url or ''}|{spec.model}"


def _load(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if v in METHODS}


def recall(spec: ModelSpec) -> str | None:
    """The method that last worked at this endpoint, if one is remembered."""
    return _load(cache_file()).get(endpoint_id(spec))


def remember(spec: ModelSpec, method: str) -> None:
    """Note that `method` works at this endpoint (written atomically; errors ignored)."""
    path = cache_file()
    with _lock:
        data = _load(path)
        if data.get(endpoint_id(spec)) == method:
            return
        data[endpoint_id(spec)] = method
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".endpoints.")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, indent=1, sort_keys=True)
            os.replace(tmp, path)
        except OSError:
            pass
