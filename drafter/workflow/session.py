"""One checkpointed thread of the column graph: find it again, resume it, answer its review pauses."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from drafter.outdir import OutDir
from drafter.workflow.context import RunContext


@dataclass
class Outcome:
    resumed: bool = False
    paused_for: str | None = None
    phases: dict[str, float] = field(default_factory=dict)


class GraphSession:
    """The thread id lives in OUT/.thread; a finished thread is not reused (answers come from the journal)."""

    def __init__(self, saver: Any, out: OutDir, base: str, *, context: RunContext) -> None:
        from graphs.column import build

        self.graph = build(saver)
        self.out = out
        self.base = base
        self.context = context
        self.fresh = context.fresh
        self.thread_id = ""
        self.resuming = False
        self.pending: Any = None  # the interrupt a paused run waits on

    @property
    def config(self) -> dict[str, Any]:
        return {"configurable": {"thread_id": self.thread_id}, "recursion_limit": 200}

    async def open(self) -> None:
        pointer = self.out.root / ".thread"
        previous = pointer.read_text().strip() if pointer.exists() else ""
        if previous.startswith(self.base) and not self.fresh:
            self.thread_id = previous
            snapshot = await self.graph.aget_state(self.config)
            if snapshot.next:
                self.resuming = True
                self.pending = snapshot.interrupts[0] if snapshot.interrupts else None
                return
        self.thread_id = f"{self.base}-{int(time.time() * 1000)}"
        pointer.write_text(self.thread_id + "\n")

    async def state(self) -> dict[str, Any]:
        snapshot = await self.graph.aget_state(self.config)
        return dict(snapshot.values)

    async def drive(self, graph_input: Any, options: Any, on_update: Any = None) -> Outcome:
        """Stream the graph to its end or to a pause no one can answer now."""
        from langgraph.types import Command

        from drafter.workflow.review_files import answer_pause

        outcome = Outcome(resumed=self.resuming)
        next_input: Any = graph_input
        if self.resuming:
            next_input = None
            if self.pending is not None:
                value = answer_pause(self.pending.value, options, self.out)
                if value is None:
                    outcome.paused_for = self.pending.value.get("kind")
                    return outcome
                next_input = Command(resume=value)
        while True:
            pause = await self._stream(next_input, outcome, on_update)
            if pause is None:
                return outcome
            value = answer_pause(pause.value, options, self.out)
            if value is None:
                outcome.paused_for = pause.value.get("kind")
                return outcome
            next_input = Command(resume=value)

    async def _stream(self, graph_input: Any, outcome: Outcome, on_update: Any) -> Any:
        """Run until the end or a pause; record each top-level phase's wall time."""
        boundary = last = time.perf_counter()
        current = None
        pause = None
        # durability="sync": each step's checkpoint is on disk before the next step starts, so a run
        # killed at any moment resumes from its last step. The stream is always read to its end (never
        # left early at a pause), or the final checkpoint write may be lost with the generator.
        stream = self.graph.astream(graph_input, self.config, context=self.context, stream_mode="updates",
                                    subgraphs=True, durability="sync")
        async for namespace, chunk in stream:
            now = time.perf_counter()
            for node, update in chunk.items():
                if node == "__interrupt__":
                    pause = pause or update[0]
                    continue
                if on_update is not None:
                    on_update(node, update)
                if namespace:  # inside a question's branch: progress only, the phase is `question`
                    continue
                if node != current:
                    boundary, current = last, node
                outcome.phases[node] = round(now - boundary, 3)
                last = now
        return pause
