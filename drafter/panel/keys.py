"""API keys: read from the environment or a `.env` file, and never written anywhere.

Order of lookup: the process environment first, then `.env` in the current directory, then `.env`
in the topic's folder (a `.env` never overrides a variable already set). Keys travel as SecretStr
and are redacted from every error message drafter shows or stores.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import SecretStr

from drafter.errors import InputError
from drafter.panel.config import ModelSpec

# An endpoint that needs no key (Ollama, a local vLLM) still gets one: the OpenAI client insists.
DUMMY_KEY = "not-needed"
REDACTED = "[REDACTED]"

_loaded: set[Path] = set()
_scanned: set[str] = set()
_panel_path: str | None = None

# Key-shaped strings a provider may echo back in an error ("Incorrect API key provided: sk-ab***yz").
_KEY_SHAPES = re.compile(
    r"\b(?:sk|xai|ak|pk|key|sess)-[A-Za-z0-9_*.\-]{6,}|(?i:bearer)\s+[A-Za-z0-9_*.\-]{6,}")


def prepare(panel_path: str | Path | None = None, topic_dir: str | Path | None = None) -> None:
    """Call once per run: loads `.env` files and remembers the panel file for error messages."""
    global _panel_path
    _panel_path = str(panel_path) if panel_path else None
    load_env_files(*(d for d in (topic_dir,) if d))


def load_env_files(*dirs: str | Path) -> None:
    """Load `.env` from the current directory and from `dirs`, without overriding the environment."""
    # Called before every model call: after the first time it must not touch the disk (under an
    # event loop a file-system call blocks every other model's request).
    wanted = {"<cwd>", *(str(d) for d in dirs)}
    if wanted <= _scanned:
        return
    _scanned.update(wanted)
    from dotenv import load_dotenv  # lazy: only runs that ask models need it

    for folder in (Path.cwd(), *(Path(d) for d in dirs)):
        path = (folder / ".env").resolve()
        if path in _loaded or not path.is_file():
            continue
        load_dotenv(path, override=False)
        _loaded.add(path)


def api_key(spec: ModelSpec) -> SecretStr | None:
    """The key for `spec`, or a dummy for key-less OpenAI-compatible endpoints.

    None means "let the provider's package find its own default variable" (non-OpenAI providers
    configured without api_key_env)."""
    if not spec.api_key_env:
        return SecretStr(DUMMY_KEY) if spec.provider == "openai" else None
    if not _loaded:
        load_env_files()
    value = os.environ.get(spec.api_key_env, "").strip()
    if not value:
        raise missing_key_error(spec)
    return SecretStr(value)


def missing_key_error(spec: ModelSpec) -> InputError:
    var = spec.api_key_env or "the key variable"
    return InputError(_panel_path or "panel", f"models.{spec.key}.api_key_env",
                      f"no API key for model {spec.key!r}: {var} is not set",
                      f"set {var} in the environment or .env")


def require_key(spec: ModelSpec, panel_path: str | Path | None = None,
                search_dirs: Iterable[str | Path] = ()) -> None:
    """Fail fast (InputError naming the panel file, the model and the variable) when `spec`'s key
    is set neither in the environment nor in a `.env` (cwd, then `search_dirs`)."""
    global _panel_path
    if panel_path:
        _panel_path = str(panel_path)
    load_env_files(*search_dirs)
    api_key(spec)


def secret_value(spec: ModelSpec) -> str | None:
    """The raw key, only to redact it; None when there is none."""
    if not spec.api_key_env:
        return None
    return os.environ.get(spec.api_key_env) or None


def redact(text: str, *secrets: str | None) -> str:
    """`text` without the given secrets and without anything shaped like a key."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return _KEY_SHAPES.sub(REDACTED, text)
