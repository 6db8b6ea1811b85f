"""Run settings: LangGraph's runtime context, given with every run and resume, never stored in the state.

Nodes read settings (where to write, which panel, whether to re-ask, pause or reply) from here, and data
(topic, questions, answers, analysis) from the state.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langgraph.runtime import Runtime

from drafter.outdir import OutDir


@dataclass(frozen=True)
class RunContext:
    """How this run behaves. Every field has a default, so a LangGraph server run may omit any of them."""

    panel_path: str | None = None
    out_dir: str | None = None  # None (a bare server run): out/<thread id>
    fresh: bool = False  # re-ask models even when the answer journal has their answer
    review: bool = False  # pause for the author after planning and after analysis
    reply: bool = False  # a right-of-reply round for contradicting models
    reference_docx: str | None = None
    style: str | None = None  # a column template overriding the topic's `style:`
    # Interrogation (issue 14): follow-ups for dodgers, repeated asks, a second language.
    press: int = 0  # rounds of follow-up for a model that dodged (0: none; the topic's `press: true` is 1)
    samples: int = 1  # times each (model, question) is asked
    also_ask: str | None = None  # zh | en: the questions asked again in this language


def settings(runtime: Runtime[RunContext] | None) -> RunContext:
    """The run's context; the defaults when a caller (a bare LangGraph server run) gave none."""
    context: Any = runtime.context if runtime is not None else None
    if context is None:
        return RunContext()
    if isinstance(context, dict):  # some server versions hand the context over as a plain mapping
        known = RunContext.__dataclass_fields__
        return RunContext(**{k: v for k, v in context.items() if k in known})
    return context


def out_dir_of(runtime: Runtime[RunContext] | None) -> OutDir:
    """Where this run writes: the context's out dir (the CLI always gives one), else out/<thread id>."""
    given = settings(runtime).out_dir
    if given:
        return OutDir(Path(given))
    from langgraph.config import get_config

    thread = str(get_config().get("configurable", {}).get("thread_id") or "default")
    return OutDir((Path("out") / thread).resolve())
