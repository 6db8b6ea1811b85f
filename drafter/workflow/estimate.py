"""The dry run: how many calls a run would make, their estimated tokens and cost, asking no model.

Input tokens are counted with tiktoken on the prompts the run would send (cl100k_base: an estimate for
other tokenizers); output tokens are the model's `max_tokens`, else a typical answer length. Calls that
depend on the answers (pressing a dodger, a right of reply) are counted at their most.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from drafter.panel.config import ModelSpec
from drafter.workflow.preflight import Checked

# Typical output lengths in tokens when a model sets no max_tokens (the ask template asks 200-400 words).
ANSWER_TOKENS = 600
FOLLOW_UP_TOKENS = 250
PLAN_TOKENS = 400
ANALYST_TOKENS = 1200
WRITER_TOKENS = 2500
TRANSLATE_TOKENS = 300


@dataclass
class Line:
    """One kind of call to one model: how many, and the tokens they send and receive."""

    role: str
    model: str
    calls: int
    input_tokens: int
    output_tokens: int
    at_most: bool = False  # the count is an upper bound (it depends on the answers)
    price_in: float | None = None
    price_out: float | None = None

    @property
    def cost(self) -> float | None:
        from drafter.panel.tokens import cost_of

        return cost_of(self.input_tokens, self.output_tokens, self.price_in, self.price_out)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"role": self.role, "model": self.model, "calls": self.calls,
                                "input_tokens": self.input_tokens, "output_tokens": self.output_tokens}
        if self.at_most:
            data["at_most"] = True
        if self.cost is not None:
            data["cost"] = round(self.cost, 6)
        return data


@dataclass
class Estimate:
    lines: list[Line] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    questions: int = 0

    def add(self, role: str, spec: ModelSpec, calls: int, input_tokens: int, output_tokens: int, *,
            at_most: bool = False) -> None:
        if calls <= 0:
            return
        self.lines.append(Line(role, spec.key, calls, input_tokens, output_tokens, at_most,
                               spec.price_input_per_mtok, spec.price_output_per_mtok))

    def totals(self) -> dict[str, Any]:
        costs = [line.cost for line in self.lines if line.cost is not None]
        return {"calls": sum(line.calls for line in self.lines),
                "input_tokens": sum(line.input_tokens for line in self.lines),
                "output_tokens": sum(line.output_tokens for line in self.lines),
                "cost": round(sum(costs), 6) if costs else None,
                "priced": all(line.cost is not None for line in self.lines)}

    def to_data(self) -> dict[str, Any]:
        return {"questions": self.questions, "options": self.options,
                "lines": [line.to_data() for line in self.lines], "total": self.totals()}


def _out(spec: ModelSpec, typical: int) -> int:
    return spec.max_tokens or typical


def estimate_run(checked: Checked, *, press: int = 0, samples: int = 1, also_ask: str | None = None,
                 reply: bool = False) -> Estimate:
    """Every call the run would make, counted from the topic, the panel and the options."""
    from drafter.panel.ask import ask_messages
    from drafter.panel.tokens import count_tokens
    from drafter.plan.propose import plan_offline
    from drafter.prompts import messages_text, render

    topic, panel = checked.topic, checked.panel
    language = topic.lang
    # The planner model keeps the author's questions and may add up to three; the offline plan is the floor.
    questions = plan_offline(topic, checked.hand)
    planner = panel.role_model("planner")
    extra = 3 if planner is not None else 0
    est = Estimate(questions=len(questions) + extra,
                   options={"press": press, "samples": samples, "also_ask": also_ask, "reply": reply})
    prompts = [count_tokens(messages_text(ask_messages(q, topic_title=topic.title, language=language)))
               for q in questions]
    mean_prompt = round(sum(prompts) / len(prompts)) if prompts else 0
    per_model_in = sum(prompts) + extra * mean_prompt
    n_questions = len(questions) + extra
    languages = 2 if also_ask and also_ask != language else 1
    if planner is not None:
        est.add("planner", planner, 1, count_tokens(render("plan", language, n=3, title=topic.title,
                                                             notes=topic.body[:6000], existing="")),
                _out(planner, PLAN_TOKENS))
    translator = planner
    if languages == 2 and translator is not None and not getattr(topic, f"questions_{also_ask}"):
        est.add("translator", translator, 1, per_model_in, _out(translator, TRANSLATE_TOKENS))
    for spec in checked.live:
        calls = n_questions * samples * languages
        est.add("panel", spec, calls, per_model_in * samples * languages, calls * _out(spec, ANSWER_TOKENS))
    if press:
        for spec in checked.live:
            # a follow-up carries the question and the model's own answer as history
            calls = n_questions * press * languages
            history = press * languages * (per_model_in + n_questions * _out(spec, ANSWER_TOKENS))
            est.add("press", spec, calls, history, calls * _out(spec, FOLLOW_UP_TOKENS), at_most=True)
    answers_tokens = sum(_out(s, ANSWER_TOKENS) for s in checked.live) + 200 * len(checked.hand.answers
                                                                                    if checked.hand else [])
    for spec in panel.role_models("analyst"):
        # one reading per question and language; with samples, one per sample set plus the representative one;
        # with press, one more per question (its follow-ups)
        readings = samples + 1 if samples > 1 else 1
        calls = n_questions * languages * readings + (n_questions if press else 0)
        est.add("analyst", spec, calls, calls * (answers_tokens + 1500), calls * _out(spec, ANALYST_TOKENS))
    if reply:
        for spec in checked.live:
            est.add("reply", spec, n_questions, n_questions * 3 * _out(spec, ANSWER_TOKENS),
                    n_questions * _out(spec, FOLLOW_UP_TOKENS), at_most=True)
    writer = panel.role_model("writer")
    if writer is not None:
        est.add("writer", writer, 1, n_questions * answers_tokens + 3000, _out(writer, WRITER_TOKENS))
    return est


def format_estimate(est: Estimate) -> str:
    """The dry run's table, for the terminal."""
    opts = est.options
    shown = [f"press {opts['press']}" if opts.get("press") else "no press",
             f"samples {opts.get('samples', 1)}",
             f"also ask in {opts['also_ask']}" if opts.get("also_ask") else "one language",
             "right of reply" if opts.get("reply") else "no reply"]
    lines = [f"Dry run: nothing asked. {est.questions} question(s); options: {', '.join(shown)}.",
             f"{'role':<11}{'model':<16}{'calls':>7}{'in tokens':>12}{'out tokens':>12}{'cost':>12}"]
    for line in est.lines:
        cost = f"{line.cost:.4f}" if line.cost is not None else "-"
        calls = f"≤{line.calls}" if line.at_most else str(line.calls)
        lines.append(f"{line.role:<11}{line.model:<16}{calls:>7}{line.input_tokens:>12}{line.output_tokens:>12}"
                     f"{cost:>12}")
    total = est.totals()
    cost = f"{total['cost']:.4f}" if total["cost"] is not None else "-"
    lines.append(f"{'total':<27}{total['calls']:>7}{total['input_tokens']:>12}{total['output_tokens']:>12}"
                 f"{cost:>12}")
    notes = ["≤: at most (depends on the answers).",
             "Tokens are estimates (tiktoken cl100k_base; output: max_tokens or a typical answer)."]
    if total["cost"] is not None and not total["priced"]:
        notes.append("Some models have no price_input_per_mtok/price_output_per_mtok in the panel: cost is partial.")
    elif total["cost"] is None:
        notes.append("No prices in the panel (price_input_per_mtok, price_output_per_mtok): no cost.")
    return "\n".join([*lines, *notes])
