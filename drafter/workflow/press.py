"""Pressing the dodgers (--press): a model found evasive or unclear on a question is asked one follow-up in
the same conversation (the question, its own answer, then a short direct follow-up from
templates/prompts/{zh,en}/press.md), and its reply is analysed like any answer.

The reply is stored as the answer to a question of its own (`q1-press`; a second round `q1-press-2`,
`press_of: q1`), so it is quotable and verifiable. An author may paste the follow-up answer by hand
(`question: q1-press` in the answers file): it is used, and that model is not asked.
"""

from __future__ import annotations

import asyncio
import re
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Send

from drafter import prompts
from drafter.analysis.interrogation_facts import parse_press_id, press_question_id
from drafter.inputs.transcript import Answer, Question, Transcript
from drafter.workflow.context import RunContext, settings
from drafter.workflow.state import ColumnState, PressTask

_KIND_LINE = re.compile(r"^<!--\s*kind:\s*(\w+)\s*-->\s*$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
DODGING = ("evasive", "unclear")


def follow_up(kind: str, language: str) -> str:
    """The follow-up for a question of `kind` (yesno, number, choice, open) in `language`."""
    path = prompts.template_path("press", language)
    parts = _KIND_LINE.split(path.read_text(encoding="utf-8"))
    texts = {k: _COMMENT.sub("", body).strip() for k, body in zip(parts[1::2], parts[2::2], strict=True)}
    return texts.get(kind) or texts["open"]


def press_rounds(state: ColumnState, runtime: Runtime[RunContext] | None) -> int:
    """--press N, else the topic's `press:` (a LangGraph server run gives no command line)."""
    from drafter.workflow.nodes import topic_of

    return max(settings(runtime).press, topic_of(state).press_rounds)


def dodgers(analysis: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(question id, model, question kind) for each model the analysis found evasive or unclear."""
    out = []
    for qa in analysis.get("questions", []):
        if parse_press_id(qa["id"]) or qa.get("id", "").endswith(("-en", "-zh")):
            continue
        listed = {e["model"] for e in qa.get("evasions", [])}
        for model, stance in qa.get("stances", {}).items():
            if model in qa.get("failed", []):
                continue
            if stance in DODGING or model in listed:
                out.append((qa["id"], model, qa.get("kind", "yesno")))
    return out


def route_press(state: ColumnState, runtime: Runtime[RunContext]) -> list[Send] | str:
    """One follow-up per live model that dodged a question; hand-collected follow-ups need no call."""
    rounds = press_rounds(state, runtime)
    if not rounds:
        return "analyze_press"
    from drafter.workflow.nodes import topic_of

    topic = topic_of(state)
    hand = state.get("hand_answers", [])
    hand_models = {a["model"] for a in hand}
    pasted = {(a["question"], a["model"]) for a in hand}
    live_answers = {(a["question"], a["model"]) for a in state.get("answers", []) if not a.get("error")}
    questions = {q["id"]: q for q in state.get("questions", [])}
    sends = [Send("press", PressTask(question=questions[qid], model=model, kind=kind, rounds=rounds,
                                     language=topic.lang, topic_title=topic.title))
             for qid, model, kind in dodgers(state.get("analysis", {}))
             if qid in questions and model not in hand_models and (qid, model) in live_answers
             and (press_question_id(qid), model) not in pasted]
    return sends or "analyze_press"


def press_messages(question: Question, history: list[tuple[str, str]], kind: str, *, topic_title: str,
                   language: str) -> list[prompts.Message]:
    """The conversation so far (the question, then each answer and follow-up), then the next follow-up."""
    from drafter.panel.ask import ask_messages

    messages = list(ask_messages(question, topic_title=topic_title, language=language))
    ask = follow_up(kind, language)
    for n, (answer, asked) in enumerate(history):
        messages.append(("assistant", answer))
        messages.append(("user", asked if n + 1 < len(history) else ask))
    return messages


async def press(task: PressTask, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Ask one dodger its follow-up(s); a round comes only while the reply still reads as a dodge."""
    from drafter.analysis.engine.analyzer import analyze
    from drafter.inputs.transcript import load_transcript
    from drafter.panel.ask import ask_one
    from drafter.panel.chat import new_http_client
    from drafter.panel.config import load_panel
    from drafter.panel.journal import Journal
    from drafter.panel.tokens import UsageLedger
    from drafter.workflow.nodes import out_of

    question = Question.model_validate(task["question"])
    transcript = await asyncio.to_thread(load_transcript, out_of(runtime).transcript)  # saved by `collect`
    own = transcript.answer(question.id, task["model"])
    if own is None or not own.ok:
        return {}
    spec = (await asyncio.to_thread(load_panel, settings(runtime).panel_path)).spec(task["model"])
    language, kind = task["language"], task["kind"]
    asked = follow_up(kind, language)
    history: list[tuple[str, str]] = [(own.text, asked)]
    ledger = UsageLedger()
    answers: list[dict[str, Any]] = []
    pseudos: list[dict[str, Any]] = []
    journal = await asyncio.to_thread(Journal.shared, out_of(runtime).journal, fresh=settings(runtime).fresh)
    async with new_http_client() as client:
        for round_ in range(1, task["rounds"] + 1):
            pseudo = Question(id=press_question_id(question.id, round_), text=asked, press_of=question.id)
            messages = press_messages(question, history, kind, topic_title=task["topic_title"], language=language)
            answer = await ask_one(spec, pseudo, topic_title=task["topic_title"], language=language,
                                   journal=journal, http_async_client=client, ledger=ledger, messages=messages)
            answer = answer.model_copy(update={"source": "press"})
            answer.press_of = question.id  # type: ignore[attr-defined]  # provenance: the question pressed
            answer.round = round_  # type: ignore[attr-defined]
            answers.append(answer.model_dump(mode="json", exclude_none=True))
            pseudos.append(pseudo.model_dump(exclude_none=True))
            if not answer.ok or round_ == task["rounds"]:
                break
            reading = await asyncio.to_thread(analyze, _alone(question, answer, language))
            if reading.questions and reading.questions[0].stances.get(spec.key) not in DODGING:
                break  # it answered: pressed no further
            history.append((answer.text, asked))
    return {"press_answers": answers, "press_questions": pseudos, "usage": ledger.to_data()}


def _alone(question: Question, answer: Answer, language: str) -> Transcript:
    """A follow-up's reply read against the original question (its kind and wording)."""
    asked = Question(id=answer.question, text=question.text)
    return Transcript(topic="", language=language, questions=[asked],  # type: ignore[arg-type]
                      answers=[answer.model_copy(update={"question": asked.id})])


async def analyze_press(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Analyse every follow-up (asked, or pasted by hand) against its original question; add it to analysis.json."""
    from drafter.analysis.schema import Analysis
    from drafter.inputs.files import atomic_write_text
    from drafter.workflow.nodes import analyze_transcript, out_of, panel_of, topic_of

    main = {q["id"]: Question.model_validate(q) for q in state.get("questions", [])}
    known = {q["id"] for q in state.get("press_questions", [])}
    pasted: list[dict[str, Any]] = []
    answers = [Answer.model_validate(a) for a in state.get("press_answers", [])]
    for a in state.get("hand_answers", []):
        parsed = parse_press_id(a["question"])
        if parsed and parsed[0] in main:
            answers.append(Answer.model_validate(a))
            if a["question"] not in known:
                known.add(a["question"])
                pasted.append(Question(id=a["question"], text=follow_up("open", topic_of(state).lang),
                                       press_of=parsed[0]).model_dump(exclude_none=True))
    if not answers:
        return {}
    topic = topic_of(state)
    by_press: dict[str, list[Answer]] = {}
    for answer in answers:
        by_press.setdefault(answer.question, []).append(answer)
    panel = await asyncio.to_thread(panel_of, runtime)
    analysis = Analysis.model_validate(state["analysis"])
    usage: list[dict[str, Any]] = []
    for pid, group in sorted(by_press.items()):
        original = main[parse_press_id(pid)[0]]  # type: ignore[index]
        # read against the original question: the analyzer takes the question's kind from its wording
        transcript = Transcript(topic=topic.title, language=topic.lang,  # type: ignore[arg-type]
                                questions=[Question(id=pid, text=original.text)], answers=group)
        reading, rows, _notes = await analyze_transcript(transcript, panel)
        usage += rows
        analysis.questions = [q for q in analysis.questions if q.id != pid] + reading.questions
    out = out_of(runtime)
    await asyncio.to_thread(atomic_write_text, out.analysis, analysis.model_dump_json(indent=2))
    return {"analysis": analysis.model_dump(mode="json"), "press_questions": pasted, "usage": usage}
