"""`drafter draft --dry-run`: the run's calls, tokens and cost, from the same checks a real run makes first."""

from __future__ import annotations

from drafter.workflow.estimate import estimate_run, format_estimate
from drafter.workflow.runner import RunOptions, interrogation


def dry_run(options: RunOptions) -> str:
    """The estimate as printed; asks no model (bad input still fails here, exit 2)."""
    from drafter.workflow.preflight import preflight

    checked = preflight(options.topic_path, options.panel_path, options.reference_docx, style=options.style)
    settings = interrogation(options)
    from drafter.workflow.also_ask import check_also_ask

    check_also_ask(checked.topic, checked.panel, settings["also_ask"])
    est = estimate_run(checked, press=settings["press"], samples=settings["samples"],
                       also_ask=settings["also_ask"], reply=options.reply)
    return format_estimate(est)
