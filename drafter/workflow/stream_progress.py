"""Feeds the graph's stream of updates to the progress display on stderr."""

from __future__ import annotations

from typing import Any

from drafter.panel.progress import Progress


class ProgressBridge:
    """Opens the display once the questions are known; one tick per answer that comes back."""

    def __init__(self, live_models: list[str], enabled: bool, *, samples: int = 1, languages: int = 1) -> None:
        self.live_models = live_models
        self.enabled = enabled
        self.samples = samples  # --samples: each pair is asked this many times
        self.languages = languages  # --also-ask: each question asked in two languages
        self.display: Progress | None = None

    def __call__(self, node: str, update: Any) -> None:
        if not isinstance(update, dict):
            return
        if node == "plan" or (node == "review_questions" and update.get("questions")):
            self._open(update.get("questions", []))
        elif node == "ask" and self.display is not None:
            for answer in update.get("answers", []):
                seconds = answer.get("latency_ms")
                note = answer.get("error") or (f"{seconds / 1000:.1f} s" if seconds else "")
                self.display.done(answer["model"], answer["question"], ok=not answer.get("error"), note=note)

    def _open(self, questions: list[dict[str, Any]]) -> None:
        if not self.live_models or not questions:
            return
        self.close()
        self.display = Progress(total=len(questions) * len(self.live_models) * self.samples * self.languages,
                                enabled=None if self.enabled else False)
        self.display.__enter__()
        for q in questions:
            for model in self.live_models:
                self.display.start(model, q["id"])

    def close(self) -> None:
        if self.display is not None:
            self.display.__exit__(None, None, None)
            self.display = None
