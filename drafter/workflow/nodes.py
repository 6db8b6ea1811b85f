"""The workflow's nodes: each reads the state, calls the library, and returns its update.

The graph itself (graphs/column.py) only wires these together.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

from langgraph.runtime import Runtime
from langgraph.types import Send

from drafter.inputs.topic import Topic, load_topic
from drafter.inputs.transcript import Answer, Question, Transcript, load_transcript, save_transcript
from drafter.outdir import OutDir
from drafter.panel.config import Panel, load_panel
from drafter.workflow.context import RunContext, out_dir_of, settings
from drafter.workflow.state import AskTask, ColumnState, QuestionState, QuestionTask

log = logging.getLogger("drafter")


# ---- helpers shared by nodes -------------------------------------------------------------------

def topic_of(state: ColumnState) -> Topic:
    return Topic.model_validate(state["topic"]) if "topic" in state else load_topic(state["topic_path"])


def panel_of(runtime: Runtime[RunContext] | None) -> Panel:
    return load_panel(settings(runtime).panel_path)


def out_of(runtime: Runtime[RunContext] | None) -> OutDir:
    return out_dir_of(runtime)


def transcript_of(state: ColumnState) -> Transcript:
    """The transcript so far: hand-collected answers plus live answers, for the planned questions."""
    topic = topic_of(state)
    # several models pressed on one question each bring its follow-up question: one per id
    raw = {q["id"]: q for q in [*state.get("questions", []), *state.get("other_questions", []),
                                *state.get("press_questions", []), *state.get("reply_questions", [])]}
    questions = [Question.model_validate(q) for q in raw.values()]
    qids = {q.id for q in questions}
    answers = [Answer.model_validate(a)
               for a in [*state.get("hand_answers", []), *state.get("answers", []), *state.get("press_answers", []),
                         *state.get("replies", [])]]
    # --samples: each model's representative sample first, so the column quotes the position it reports
    picked = {(p["question"], p["model"], p["sample"]) for p in state.get("sample_picks", [])}
    answers.sort(key=lambda a: (a.question, a.model, getattr(a, "sample", None)) not in picked)
    return Transcript(topic=topic.title, language=topic.lang, questions=questions,  # type: ignore[arg-type]
                      answers=[a for a in answers if a.question in qids])


# ---- nodes ---------------------------------------------------------------------------------------

async def plan(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Load the topic and its hand-collected answers; settle the sub-questions."""
    from drafter.inputs.files import atomic_write_text
    from drafter.plan.propose import plan_offline

    # File work runs in a thread: under an event loop (and the LangGraph server) it would block every run.
    topic, hand, panel = await asyncio.to_thread(_load_inputs, state, settings(runtime))
    spec = panel.role_model("planner")
    usage: list[dict[str, Any]] = []
    questions = None
    if spec is not None:
        questions, usage = await _plan_with_model(spec, topic, hand)
    if questions is None:
        questions = plan_offline(topic, hand)
    out = out_of(runtime)
    await asyncio.to_thread(out.root.mkdir, parents=True, exist_ok=True)
    await asyncio.to_thread(atomic_write_text, out.topic_json, topic.model_dump_json(indent=2))
    return {
        "topic": topic.model_dump(mode="json"),
        "questions": [q.model_dump(exclude_none=True) for q in questions],
        "hand_answers": [a.model_dump(mode="json", exclude_none=True) for a in (hand.answers if hand else [])],
        "usage": usage,
    }


def _load_inputs(state: ColumnState, context: RunContext) -> tuple[Topic, Transcript | None, Panel]:
    topic = load_topic(state["topic_path"])
    hand = load_transcript(topic.answers_path) if topic.answers_path else None
    return topic, hand, load_panel(context.panel_path)


async def _plan_with_model(spec: Any, topic: Topic, hand: Transcript | None) -> tuple[Any, list[dict[str, Any]]]:
    """The planner model's questions, or None (and a warning) when it fails: the offline planner takes over."""
    from drafter.errors import ModelCallError
    from drafter.panel.chat import http_client
    from drafter.panel.tokens import UsageLedger
    from drafter.plan.planner_model import plan_questions_llm

    ledger = UsageLedger()
    try:
        async with http_client() as client:
            questions = await plan_questions_llm(spec, topic, transcript=hand, http_async_client=client,
                                                 ledger=ledger)
    except ModelCallError as exc:
        log.warning("the planner model %s failed (%s); the offline planner planned instead", spec.key, exc)
        return None, ledger.to_data()
    return questions, ledger.to_data()


def route_questions(state: ColumnState) -> list[Send]:
    """One branch per question; each asks its models and is analyzed as soon as its answers are in."""
    topic = topic_of(state)
    hand = state.get("hand_answers", [])
    hand_models = {a["model"] for a in hand}
    # Models with hand-collected answers are never asked live (DESIGN.md, topic file).
    live = [m for m in topic.panel if m not in hand_models]
    return [
        Send("question", QuestionTask(
            question=q, models=live, hand_answers=[a for a in hand if a["question"] == q["id"]],
            topic_title=topic.title, language=q.get("language") or topic.lang))  # --also-ask: its own language
        for q in [*state.get("questions", []), *state.get("other_questions", [])]
    ]


def route_models(task: QuestionState, runtime: Runtime[RunContext]) -> list[Send] | str:
    """Within a question: one `ask` per live model (and per sample, with --samples) not answered yet."""
    samples = settings(runtime).samples
    answered = {(a["model"], a.get("sample")) for a in task.get("answers", [])}
    numbers: list[int | None] = list(range(1, samples + 1)) if samples > 1 else [None]
    sends = [
        Send("ask", AskTask(question=task["question"], model=m, topic_title=task["topic_title"],
                            language=task["language"], **({"sample": k} if k else {})))  # type: ignore[typeddict-item]
        for m in task["models"] for k in numbers if (m, k) not in answered
    ]
    return sends or "analyze_question"


async def ask(task: AskTask, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Ask one model one question; failures come back as an Answer with `error`, never raise."""
    from drafter.panel.ask import ask_one
    from drafter.panel.chat import new_http_client
    from drafter.panel.journal import Journal
    from drafter.panel.tokens import UsageLedger

    context = settings(runtime)
    spec = (await asyncio.to_thread(load_panel, context.panel_path)).spec(task["model"])
    question = Question.model_validate(task["question"])
    journal = await asyncio.to_thread(Journal.shared, out_of(runtime).journal, fresh=context.fresh)
    ledger = UsageLedger()
    async with new_http_client() as client:
        answer = await ask_one(spec, question, topic_title=task["topic_title"], language=task["language"],
                               journal=journal, http_async_client=client, ledger=ledger, sample=task.get("sample"))
    return {"answers": [answer.model_dump(mode="json", exclude_none=True)], "usage": ledger.to_data()}


async def analyze_question(task: QuestionState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Analyze one question the moment its answers are in (offline, or the analyst role's model)."""
    question = Question.model_validate(task["question"])
    answers = [Answer.model_validate(a) for a in [*task.get("hand_answers", []), *task.get("answers", [])]]
    transcript = Transcript(topic=task["topic_title"], language=task["language"],  # type: ignore[arg-type]
                            questions=[question], answers=answers)
    panel = await asyncio.to_thread(panel_of, runtime)
    from drafter.workflow.samples import analyze_samples, has_samples

    if has_samples(answers):  # --samples: the modal position, stability, robust or fragile clashes
        analysis, usage, notes, picks = await analyze_samples(
            question, answers, topic_title=task["topic_title"], language=task["language"],
            read=lambda t: analyze_transcript(t, panel))
        return {"question_analyses": [q.model_dump(mode="json") for q in analysis.questions], "usage": usage,
                "analyst_notes": notes, "sample_picks": picks}
    analysis, usage, notes = await analyze_transcript(transcript, panel)
    return {"question_analyses": [q.model_dump(mode="json") for q in analysis.questions], "usage": usage,
            "analyst_notes": notes}


async def analyze_transcript(transcript: Transcript,
                             panel: Panel) -> tuple[Any, list[dict[str, Any]], list[dict[str, Any]]]:
    """(analysis, token usage rows, a note per question saying which engine read it and what went wrong):
    the analyst role's model (or jury) merged with offline evidence, or offline."""
    specs = panel.role_models("analyst")
    if specs:
        from drafter.analysis.analyst import run_analyst
        from drafter.analysis.jury import run_jury
        from drafter.panel.chat import http_client
        from drafter.panel.tokens import UsageLedger

        ledger = UsageLedger()
        async with http_client() as client:
            if len(specs) == 1:
                result = await run_analyst(specs[0], transcript, http_async_client=client, ledger=ledger)
            else:
                result = await run_jury(specs, transcript, http_async_client=client, ledger=ledger)
        return result.analysis, ledger.to_data(), [n.to_data() for n in result.notes]
    from drafter.analysis.engine.analyzer import analyze as analyze_offline

    return await asyncio.to_thread(analyze_offline, transcript), [], []


def collect(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Join the questions' analyses in question order; save transcript and analysis (STORM-style)."""
    from drafter.analysis.schema import Analysis, QuestionAnalysis
    from drafter.inputs.files import atomic_write_text

    by_id = {qa["id"]: QuestionAnalysis.model_validate(qa) for qa in state.get("question_analyses", [])}
    ordered = [by_id[q["id"]] for q in [*state.get("questions", []), *state.get("other_questions", [])]
               if q["id"] in by_id]
    spec = panel_of(runtime).role_model("analyst")
    notes = state.get("analyst_notes", [])
    fell_back = bool(notes) and all(n.get("engine", "").startswith("offline") for n in notes)
    analysis = Analysis(questions=ordered, engine="llm+offline" if spec and not fell_back else "offline")
    out = out_of(runtime)
    save_transcript(transcript_of(state), out.transcript)
    atomic_write_text(out.analysis, analysis.model_dump_json(indent=2))
    return {"analysis": analysis.model_dump(mode="json")}


async def write(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    from drafter.analysis.schema import Analysis
    from drafter.write.render import render_markdown

    topic, transcript = topic_of(state), transcript_of(state)
    analysis = Analysis.model_validate(state["analysis"])
    style = settings(runtime).style or topic.style  # --style overrides the topic's style:
    spec = (await asyncio.to_thread(panel_of, runtime)).role_model("writer")
    usage: list[dict[str, Any]] = []
    if spec is not None:
        from drafter.panel.chat import http_client
        from drafter.panel.tokens import UsageLedger
        from drafter.write.model_writer import compose_llm

        ledger = UsageLedger()
        async with http_client() as client:
            outline = await compose_llm(spec, topic, transcript, analysis, style=style,
                                        http_async_client=client, ledger=ledger)
        usage = ledger.to_data()
    else:
        from drafter.write.skeleton import compose

        outline = await asyncio.to_thread(compose, topic, transcript, analysis, style=style)
    result = await asyncio.to_thread(render_markdown, outline, topic, transcript, analysis,
                                     transcript_file="transcript.yaml")
    # The LLM writer falls back to the offline writer when its model fails: report what really wrote.
    report = {"engine": outline.engine, "notes": list(outline.notes), "quotes_placed": result.quotes_placed,
              "statements": [s.to_data() for s in outline.statements], "placeholders": result.placeholders,
              "placeholder_length": result.placeholder_length,
              "dropped": len(result.dropped), "length": result.length, "unit": result.unit,
              "target": topic.length}
    return {"draft_markdown": result.markdown, "write_report": report, "usage": usage}


def verify(state: ColumnState) -> dict[str, Any]:
    """The gate: every attributed quote must stand in that model's answer; failures are removed."""
    from drafter.analysis.schema import Analysis
    from drafter.quotes.gate import verify_markdown
    from drafter.write.statements import Statement, check_statements

    transcript = transcript_of(state)
    markdown, report = verify_markdown(state["draft_markdown"], transcript)
    # The writer's statements about the models (counts, clashes, dodges, gaps) are checked like its quotes.
    statements = [Statement(s["kind"], s["qid"], tuple(s["models"]), _tuple(s["value"]))
                  for s in state.get("write_report", {}).get("statements", [])]
    report["statements_checked"] = len(statements)
    report["statement_failures"] = check_statements(statements, Analysis.model_validate(state["analysis"]),
                                                    transcript) if statements else []
    return {"draft_markdown": markdown, "verify_report": report}


def _tuple(value: Any) -> Any:
    """JSON turns a statement's tuple value (language, words) into a list; the check compares tuples."""
    return tuple(value) if isinstance(value, list) else value


def export(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Write draft.md, draft.docx and the quote ledger; all are built before any is written, and an
    editor's changed draft is kept under a dated name (drafter.export.outputs)."""
    from drafter.export.outputs import draft_files, write_files

    out = out_of(runtime)
    transcript = transcript_of(state)
    reference = settings(runtime).reference_docx
    files, _ = draft_files(state["draft_markdown"], transcript, reference_docx=Path(reference) if reference else None)
    save_transcript(transcript, out.transcript)
    written = write_files(out.root, files)
    from drafter.export.report_html import write_report

    # after the ledger: the page marks the quotes quotes.json records
    report = write_report(out.root, transcript, state.get("analysis", {}), state["draft_markdown"])
    return {"outputs": {"draft_md": str(out.draft_md), "draft_docx": str(out.draft_docx),
                        "quotes": str(out.root / "quotes.json"),
                        "report": str(report),
                        "transcript": str(out.transcript), "analysis": str(out.analysis),
                        **{f"sha256:{name}": digest for name, digest in written.hashes.items()},
                        **{f"kept:{n}": sentence for n, sentence in enumerate(written.kept)}}}
