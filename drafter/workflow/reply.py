"""Right of reply: each model in a contradiction sees the answers that contradict it and responds.

A reply is stored as the answer to a question of its own (`q1-reply-grok`, `reply_to: q1`), so it
is quotable and verifiable like any other answer.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Send

from drafter.inputs.transcript import Answer, Question
from drafter.workflow.context import RunContext, settings
from drafter.workflow.state import ColumnState, ReplyTask

REPLY_TITLE = {"zh": "回应：{label}看到{others}的回答后", "en": "Right of reply: {label} on {others}'s answer"}


def reply_question_id(qid: str, model: str) -> str:
    return f"{qid}-reply-{model}"


def route_replies(state: ColumnState, runtime: Runtime[RunContext]) -> list[Send] | str:
    """One reply per (question, model) in a contradiction; only live models can be asked again."""
    if not settings(runtime).reply:
        return "write"
    hand_models = {a["model"] for a in state.get("hand_answers", [])}
    answers = {(a["question"], a["model"]): a for a in state.get("answers", []) if not a.get("error")}
    questions = {q["id"]: q for q in state.get("questions", [])}
    opponents: dict[tuple[str, str], list[str]] = {}
    for qa in state.get("analysis", {}).get("questions", []):
        for clash in qa.get("contradictions", []):
            a, b = clash["models"]
            for model, other in ((a, b), (b, a)):
                if model not in hand_models and (qa["id"], model) in answers and (qa["id"], other) in _all(state):
                    opponents.setdefault((qa["id"], model), []).append(other)
    sends = [Send("reply", ReplyTask(question=questions[qid], model=model, opponent=",".join(others),
                                     language=state["topic"].get("language") or _language(state)))
             for (qid, model), others in opponents.items() if qid in questions]
    return sends or "write"


def _all(state: ColumnState) -> set[tuple[str, str]]:
    return {(a["question"], a["model"]) for a in [*state.get("hand_answers", []), *state.get("answers", [])]
            if not a.get("error")}


def _language(state: ColumnState) -> str:
    from drafter.workflow.nodes import topic_of

    return topic_of(state).lang


def reply_messages(question: Question, own: Answer, others: list[Answer], language: str) -> list[tuple[str, str]]:
    from drafter import prompts
    from drafter.analysis.analyst import fence

    budget = 1500  # tokens per quoted answer: enough for any real answer, bounded for a 1 MB one
    return prompts.render_messages("reply", language, question=question.text, own=fence(own, budget),
                                   others="\n\n".join(f"{o.label or o.model}:\n{fence(o, budget)}" for o in others))


async def reply(task: ReplyTask, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Ask `task.model` to respond to the answers that contradicted it; never raises for a model failure."""
    import asyncio

    from drafter.inputs.transcript import load_transcript
    from drafter.panel.ask import ask_one
    from drafter.panel.chat import new_http_client
    from drafter.panel.config import load_panel
    from drafter.panel.journal import Journal
    from drafter.panel.tokens import UsageLedger
    from drafter.workflow.nodes import out_of

    question = Question.model_validate(task["question"])
    # saved by `collect`: every answer so far (read in a thread: file work never blocks the event loop)
    transcript = await asyncio.to_thread(load_transcript, out_of(runtime).transcript)
    own = transcript.answer(question.id, task["model"])
    others = [a for m in task["opponent"].split(",") if (a := transcript.answer(question.id, m)) is not None]
    if own is None or not others:
        return {}
    spec = (await asyncio.to_thread(load_panel, settings(runtime).panel_path)).spec(task["model"])
    language = task["language"]
    labels = "、".join(o.label or o.model for o in others) if language == "zh" else \
        " and ".join(o.label or o.model for o in others)
    pseudo = Question(id=reply_question_id(question.id, spec.key), reply_to=question.id,
                      text=REPLY_TITLE.get(language, REPLY_TITLE["en"]).format(label=own.label or own.model,
                                                                                 others=labels))
    ledger = UsageLedger()
    async with new_http_client() as client:
        journal = await asyncio.to_thread(Journal.shared, out_of(runtime).journal)
        answer = await ask_one(spec, pseudo, topic_title="", language=language, journal=journal,
                               http_async_client=client, ledger=ledger,
                               messages=reply_messages(question, own, others, language))
    answer = answer.model_copy(update={"source": "reply"})
    return {"replies": [answer.model_dump(mode="json", exclude_none=True)],
            "reply_questions": [pseudo.model_dump(exclude_none=True)], "usage": ledger.to_data()}
