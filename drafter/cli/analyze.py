"""`drafter analyze`: the disagreement analysis of a transcript, offline or with the analyst role's model."""

from __future__ import annotations

from pathlib import Path

from drafter.analysis.schema import Analysis
from drafter.inputs.transcript import load_transcript
from drafter.panel.config import load_panel


async def analyze_transcript(transcript_path: Path, panel_path: Path | None) -> Analysis:
    transcript = load_transcript(transcript_path)
    spec = load_panel(panel_path).role_model("analyst")
    if spec is None:
        from drafter.analysis.engine.analyzer import analyze

        return analyze(transcript)
    from drafter.analysis.analyst import analyze_llm
    from drafter.panel.keys import require_key

    require_key(spec, str(panel_path), search_dirs=[transcript_path.parent])
    return await analyze_llm(spec, transcript)
