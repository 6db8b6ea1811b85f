"""`drafter analyze`: the disagreement analysis of a transcript, offline or with the analyst role's model(s)."""

from __future__ import annotations

import sys
from pathlib import Path

from drafter.analysis.schema import Analysis
from drafter.inputs.transcript import load_transcript
from drafter.panel.config import load_panel


async def analyze_transcript(transcript_path: Path, panel_path: Path | None) -> Analysis:
    """The analysis; whatever the analyst model did not do as asked (a fallback, a rejected method) is said
    on stderr, one line each, never silently."""
    transcript = load_transcript(transcript_path)
    specs = load_panel(panel_path).role_models("analyst")
    if not specs:
        from drafter.analysis.engine.analyzer import analyze

        return analyze(transcript)
    from drafter.analysis.analyst import run_analyst
    from drafter.analysis.jury import run_jury
    from drafter.panel.keys import require_key

    for spec in specs:
        require_key(spec, str(panel_path), search_dirs=[transcript_path.parent])
    result = await (run_analyst(specs[0], transcript) if len(specs) == 1 else run_jury(specs, transcript))
    for note in result.notes:
        for problem in note.problems:
            print(f"  ! {problem}", file=sys.stderr)
    return result.analysis
