"""The panel config (TOML): which models to ask, how to reach them, and which model plays each role."""

from __future__ import annotations

import functools
import logging
import re
import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from drafter.errors import InputError
from drafter.inputs.files import read_text

log = logging.getLogger("drafter")

ROLES = ("planner", "analyst", "writer")
# LangChain init_chat_model's providers (langchain 1.5); a newer LangChain may know more, so an
# unlisted name is checked against the installed LangChain before it is refused.
KNOWN_PROVIDERS = frozenset({
    "anthropic", "anthropic_bedrock", "azure_ai", "azure_openai", "baseten", "bedrock", "bedrock_converse",
    "cohere", "deepseek", "fireworks", "google_anthropic_vertex", "google_genai", "google_vertexai", "groq",
    "huggingface", "ibm", "litellm", "mistralai", "nvidia", "ollama", "openai", "openrouter", "perplexity",
    "together", "upstage", "xai",
})


class ModelSpec(BaseModel):
    """One panel model; every field but the key can come from a provider preset."""

    key: str
    label: str
    provider: str
    model: str
    base_url: str | None = None
    api_key_env: str | None = None
    max_concurrency: int = Field(default=4, ge=1)
    timeout_s: float = Field(default=120.0, gt=0)
    max_retries: int = Field(default=3, ge=0)
    temperature: float | None = None
    max_tokens: int | None = None
    # Prices in the currency of the user's choice per million tokens; only for run.json's cost figure.
    price_input_per_mtok: float | None = None
    price_output_per_mtok: float | None = None
    # How the LLM roles ask for structured output; None = json_schema for OpenAI-compatible endpoints,
    # falling back to function_calling when the endpoint rejects json_schema (DeepSeek, many others).
    structured_method: Literal["json_schema", "function_calling", "json_mode"] | None = None
    # The model's context window in tokens; the analyst role fits its prompt into a share of it.
    context_tokens: int | None = Field(default=None, ge=1000)

    def params(self) -> dict[str, Any]:
        """What identifies this model's answers (for the answer cache): never the key."""
        return self.model_dump(include={"provider", "model", "base_url", "temperature", "max_tokens"})


# Well-known providers: a user writes only `[models.deepseek]` (or nothing) and sets the key variable.
# "openai" here means any OpenAI-compatible endpoint, as LangChain's init_chat_model understands it.
PRESETS: dict[str, dict[str, Any]] = {
    "deepseek": {"label": "DeepSeek", "provider": "openai", "model": "deepseek-chat",
                 "base_url": "https://api.deepseek.com/v1", "api_key_env": "DEEPSEEK_API_KEY"},
    "kimi": {"label": "Kimi", "provider": "openai", "model": "kimi-latest",
             "base_url": "https://api.moonshot.cn/v1", "api_key_env": "MOONSHOT_API_KEY"},
    "qwen": {"label": "Qwen", "provider": "openai", "model": "qwen-plus",
             "base_url": "https://dashscope.aliyuncs.com/compatible-mode/v1", "api_key_env": "DASHSCOPE_API_KEY"},
    "hunyuan": {"label": "腾讯混元", "provider": "openai", "model": "hunyuan-turbos-latest",
                "base_url": "https://api.hunyuan.cloud.tencent.com/v1", "api_key_env": "HUNYUAN_API_KEY"},
    "glm": {"label": "GLM", "provider": "openai", "model": "glm-4.6",
            "base_url": "https://open.bigmodel.cn/api/paas/v4", "api_key_env": "ZHIPUAI_API_KEY"},
    "doubao": {"label": "豆包", "provider": "openai", "model": "doubao-seed-1-6-250615",
               "base_url": "https://ark.cn-beijing.volces.com/api/v3", "api_key_env": "ARK_API_KEY"},
    "grok": {"label": "Grok", "provider": "openai", "model": "grok-4",
             "base_url": "https://api.x.ai/v1", "api_key_env": "XAI_API_KEY"},
    "openai": {"label": "ChatGPT", "provider": "openai", "model": "gpt-4.1", "api_key_env": "OPENAI_API_KEY"},
    "anthropic": {"label": "Claude", "provider": "anthropic", "model": "claude-sonnet-4-5",
                  "api_key_env": "ANTHROPIC_API_KEY"},
    "gemini": {"label": "Gemini", "provider": "google_genai", "model": "gemini-2.5-flash",
               "api_key_env": "GOOGLE_API_KEY"},
    "ollama": {"label": "Ollama", "provider": "openai", "model": "qwen2.5",
               "base_url": "http://localhost:11434/v1", "api_key_env": None},
}
# Other names users reach for; they resolve to the preset they name.
ALIASES = {"moonshot": "kimi", "xai": "grok", "claude": "anthropic", "chatgpt": "openai", "zhipu": "glm"}


def preset(name: str) -> dict[str, Any] | None:
    return PRESETS.get(ALIASES.get(name, name))


class Panel(BaseModel):
    models: dict[str, ModelSpec] = Field(default_factory=dict)
    roles: dict[str, str | list[str]] = Field(default_factory=dict)  # analyst may be a list: a jury
    path: str | None = None

    def spec(self, key: str, where: str = "panel") -> ModelSpec:
        """The model for `key`: from the config, else from a preset of that name."""
        if key in self.models:
            return self.models[key]
        if (found := preset(key)) is not None:
            return ModelSpec(key=key, **found)
        known = sorted(set(self.models) | set(PRESETS))
        raise InputError(self.path or where, f"panel: {key}", f"unknown model {key!r}",
                         f"add [models.{key}] to the panel config, or use one of: {', '.join(known)}")

    def role_model(self, role: str) -> ModelSpec | None:
        """The model playing `role` (a jury's first judge), or None when the role is offline."""
        found = self.role_models(role)
        return found[0] if found else None

    def role_models(self, role: str) -> list[ModelSpec]:
        """Every model playing `role`: one, or the judges of an analyst jury."""
        keys = self.roles.get(role)
        names = [keys] if isinstance(keys, str) else list(keys or [])
        return [self.spec(k, where="roles") for k in names]


def parse_panel(data: dict[str, Any], path: str | Path | None) -> Panel:
    models_raw = data.get("models", {})
    if not isinstance(models_raw, dict):
        raise InputError(path, "models", "must be a table of [models.KEY] sections",
                         "write each model as [models.KEY] with provider = and model =")
    models: dict[str, ModelSpec] = {}
    for key, entry in models_raw.items():
        if not isinstance(entry, dict):
            raise InputError(path, f"models.{key}", "must be a table", f"write it as [models.{key}]")
        merged = {**(preset(str(entry.get("preset", key))) or {}), **entry, "key": key}
        merged.pop("preset", None)
        merged.setdefault("label", key)
        for required in ("provider", "model"):
            if not merged.get(required):
                raise InputError(path, f"models.{key}.{required}", f"missing {required}",
                                 f'add {required} = "…" (e.g. provider = "openai", model = "deepseek-chat")')
        unknown = sorted(set(merged) - set(ModelSpec.model_fields))
        if unknown:
            log.warning("%s: models.%s: unknown field(s) %s ignored (known: %s)", path, key, ", ".join(unknown),
                        ", ".join(f for f in ModelSpec.model_fields if f != "key"))
        try:
            models[key] = ModelSpec.model_validate(merged)
        except ValidationError as exc:
            from drafter.inputs.topic import problem_text

            err = exc.errors()[0]
            field = ".".join(str(p) for p in err["loc"])
            raise InputError(path, f"models.{key}.{field}", problem_text(err), "see README: panel config") from exc
        _check_provider(models[key], path)
    roles = data.get("roles", {}) or {}
    if not isinstance(roles, dict):
        raise InputError(path, "roles", "must be a table", 'write [roles] with planner = "KEY" lines')
    for role, key in roles.items():
        if role not in ROLES:
            raise InputError(path, f"roles.{role}", "unknown role", f"use one of: {', '.join(ROLES)}")
        jury = role == "analyst" and isinstance(key, list) and len(key) >= 2 and all(isinstance(k, str) for k in key)
        if not isinstance(key, str) and not jury:
            raise InputError(path, f"roles.{role}", "must name a model key",
                             f'write {role} = "KEY"' + (' or a jury: analyst = ["a", "b", "c"]'
                                                        if role == "analyst" else ""))
    panel = Panel(models=models, roles=roles, path=str(path) if path else None)
    for role in roles:
        panel.role_model(role)  # unknown keys fail here, with the file named
    return panel


def _check_provider(spec: ModelSpec, path: str | Path | None) -> None:
    if spec.provider in KNOWN_PROVIDERS:
        return
    try:  # slow to import (~0.5 s): only for a name not on our list
        from langchain.chat_models.base import _BUILTIN_PROVIDERS

        if spec.provider in _BUILTIN_PROVIDERS:
            return
    except ImportError:
        pass
    raise InputError(path, f"models.{spec.key}.provider", f"unknown provider {spec.provider!r}",
                     'use "openai" for any OpenAI-compatible endpoint (with base_url), '
                     'or a LangChain provider such as anthropic, google_genai, ollama')


_TOML_WHERE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")


def load_panel(path: str | Path | None) -> Panel:
    """The panel config at `path` (parsed once per version of the file: every ask node reads it)."""
    if path is None:
        return Panel()
    try:
        stat = Path(path).stat()
    except OSError:
        return _parse_panel_file(str(path))  # raises the error that names the file
    return _cached_panel(str(path), stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=32)
def _cached_panel(path: str, _mtime_ns: int, _size: int) -> Panel:
    return _parse_panel_file(path)


def _parse_panel_file(path: str) -> Panel:
    text = read_text(path, "panel config")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = _TOML_WHERE.search(message)
        raise InputError(path, f"line {where.group(1)}" if where else None,
                         f"invalid TOML: {_TOML_WHERE.sub('', message)}",
                         'fix the TOML syntax (quote string values: model = "grok-4"; '
                         "sections as [models.KEY])") from exc
    return parse_panel(data, path)
