"""Tokens: what a whole draft sends per role, against the answers' own tokens.

A full `drafter draft` runs against the loopback server with the analyst and writer roles on loopback
models that reply with valid structured output (QuestionReading, WrittenColumn), built from what the
prompt contains, as tests/test_llm_roles.py and tests/test_write_llm.py script them. The server's
call log holds every message sent; tokens are counted with drafter.tokens.count_tokens. The floor for
an analyst that reads every answer once is the sum of the answers' tokens (ratio 1.0).
"""

from __future__ import annotations

import asyncio
import json
import re
import tempfile
from pathlib import Path
from typing import Any

from bench.common import FamilyResult, Figure
from bench.corpus import make_questions
from bench.loopback import loopback, model_id, write_panel, write_topic

FAMILY = "tokens"
ANALYST, WRITER = "analyst-model", "writer-model"
_ANSWER = re.compile(r'<answer model="([^"]+)">\n(.*?)\n</answer>', re.S)
_BANK = re.compile(r"^(Q\d+) \| (\S+) \| ([^|]+) \| (\w+) \| (.*)$", re.M)
_SENTENCE = re.compile(r".+?(?:[。！？]|[.!?](?=\s|$))", re.S)
# What each role may need: the analyst one question's answers per call; the writer all answers once.
ANALYST_TARGET = 1.5  # all analyst calls together ≤ 1.5 × the answers' tokens (each answer read once + prompt)
WRITER_TARGET = 2.5  # the writer sees answers (trimmed), the quote bank (spans of them) and the analysis


def first_sentence(text: str) -> str:
    m = _SENTENCE.match(text.strip())
    return (m.group(0) if m else text).strip()


def analyst_reply(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """A valid QuestionReading for the answers in the prompt: stances by the opening word, quotes verbatim."""
    user = str(messages[-1].get("content") or "")
    answers = _ANSWER.findall(user)
    positions = []
    for model, text in answers:
        head = first_sentence(text)
        low = head.lower()
        stance = ("deny" if re.search(r"\bno\b|not|don't|不", low) else
                  "evasive" if re.search(r"complex|as an ai|depends|复杂|作为|不同立场", low) else "affirm")
        positions.append({"model": model, "stance": stance, "quote": head})
    yes = [p for p in positions if p["stance"] == "affirm"]
    no = [p for p in positions if p["stance"] == "deny"]
    clashes = [{"models": [a["model"], b["model"]], "point": "yes or no", "kind": "stance",
                "quotes": [{"model": a["model"], "quote": a["quote"]}, {"model": b["model"], "quote": b["quote"]}]}
               for a, b in zip(yes, no, strict=False)][:2]
    accords = ([{"models": [p["model"] for p in yes], "point": "yes", "kind": "stance",
                 "quotes": [{"model": p["model"], "quote": p["quote"]} for p in yes]}] if len(yes) >= 2 else [])
    dodges = [{"model": p["model"], "reason": "boilerplate", "style": "talks_around", "quote": p["quote"]}
              for p in positions if p["stance"] == "evasive"]
    return {"kind": "yesno", "positions": positions, "contradictions": clashes, "agreements": accords,
            "evasions": dodges}


def writer_reply(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """A valid WrittenColumn: one section per question, placing up to three bank quotes by id."""
    user = str(messages[-1].get("content") if messages else "")
    bank = _BANK.findall(user)
    by_question: dict[str, list[tuple[str, str]]] = {}
    for qid, question, label, _role, _text in bank:
        by_question.setdefault(question, []).append((qid, label.strip()))
    sections = [{"heading": "", "paragraphs": [{"segments": [{"text": "[peg]"}]}]}]
    for question, quotes in by_question.items():
        segs: list[dict[str, str]] = []
        for qid, label in quotes[:3]:
            segs += [{"text": f"{label} says: "}, {"quote": qid}, {"text": ". "}]
        sections.append({"heading": f"On {question}", "paragraphs": [{"segments": segs}]})
    return {"headline": "What the models think", "sections": sections}


def _role_of(model: str, panel_models: set[str]) -> str:
    return {ANALYST: "analyst", WRITER: "writer"}.get(model, "panel" if model in panel_models else "other")


def _message_tokens(call: Any) -> int:
    from drafter.tokens import count_tokens

    return sum(count_tokens(str(m.get("content") or "")) for m in call.messages)


def _schema_tokens(call: Any) -> int:
    """The structured-output schema sent beside the messages (providers count it as prompt too)."""
    from drafter.tokens import count_tokens

    extra = {k: call.body[k] for k in ("response_format", "tools") if k in call.body}
    return count_tokens(json.dumps(extra, ensure_ascii=False)) if extra else 0


def run(*, n_models: int = 6, n_questions: int = 5, lang: str = "en", sentences: tuple[int, int] = (8, 14),
        ) -> FamilyResult:
    from drafter import chat
    from drafter.runner import RunOptions, run_draft
    from drafter.tokens import count_tokens
    from drafter.transcript import load_transcript

    qspecs = make_questions(lang, n_questions)
    keys = [f"p{i + 1:02d}" for i in range(n_models)]
    lat = dict.fromkeys(keys, 0.0)
    chat._NO_JSON_SCHEMA.clear()  # a previous run in this process must not change the method used
    with tempfile.TemporaryDirectory(prefix="drafter-bench-tokens-") as tmp, \
            loopback(lat, qspecs, sentences=sentences) as server:
        server.script(ANALYST, handler=lambda model, messages: analyst_reply(messages))
        server.script(WRITER, handler=lambda model, messages: writer_reply(messages))
        folder = Path(tmp)
        panel = write_panel(folder, server, keys, max_concurrency=4,
                            roles={"analyst": "analyst", "writer": "writer"},
                            extra_models={"analyst": ANALYST, "writer": WRITER})
        topic = write_topic(folder, qspecs, keys, lang=lang)
        out = folder / "out"
        result = asyncio.run(run_draft(RunOptions(topic_path=topic, panel_path=panel, out_dir=out, fresh=True,
                                                  progress=False)))
        calls = server.calls
        transcript = load_transcript(out / "transcript.yaml")
        run_json = result.run
    panel_models = {model_id(k) for k in keys}
    answers = [a for a in transcript.answers if a.ok]
    answer_tokens = {(a.question, a.model): count_tokens(a.text) for a in answers}
    total_answer_tokens = sum(answer_tokens.values())
    roles: dict[str, dict[str, Any]] = {}
    for call in calls:
        role = _role_of(call.model, panel_models)
        r = roles.setdefault(role, {"calls": 0, "prompt_tokens": 0, "schema_tokens": 0, "per_call": []})
        tokens = _message_tokens(call)
        r["calls"] += 1
        r["prompt_tokens"] += tokens
        r["schema_tokens"] += _schema_tokens(call)
        r["per_call"].append(tokens)
    # Which answers each LLM-role call contains (an answer is "in" a prompt when its full text is).
    containment = []
    for call in calls:
        role = _role_of(call.model, panel_models)
        if role == "other":
            continue
        text = "\n".join(str(m.get("content") or "") for m in call.messages)
        flat = " ".join(text.split())
        inside = [(a.question, a.model) for a in answers if " ".join(a.text.split()) in flat]
        questions = sorted({q for q, _ in inside})
        containment.append({"role": role, "model": call.model, "answers_inside": len(inside),
                            "questions_inside": questions, "tokens": _message_tokens(call)})
    analyst_calls = [c for c in containment if c["role"] == "analyst"]
    per_question = {q.id: sum(1 for a in answers if a.question == q.id) for q in transcript.questions}
    analyst_clean = all(len(c["questions_inside"]) <= 1 and c["answers_inside"] == per_question.get(
        (c["questions_inside"] or [""])[0], 0) for c in analyst_calls)
    panel_clean = all(c["answers_inside"] == 0 for c in containment if c["role"] == "panel")
    writer_calls = [c for c in containment if c["role"] == "writer"]
    ratios = {role: round(r["prompt_tokens"] / total_answer_tokens, 3) for role, r in roles.items()}
    figures = [
        Figure(FAMILY, "analyst prompt tokens / answer tokens", ratios.get("analyst"), "x", ANALYST_TARGET,
               note=f"{roles.get('analyst', {}).get('calls', 0)} calls; floor 1.0 = every answer read once"),
        Figure(FAMILY, "analyst calls holding only their own question's answers", 1.0 if analyst_clean else 0.0,
               "bool", 1.0, cmp=">=", note=f"{len(analyst_calls)} calls checked"),
        Figure(FAMILY, "writer prompt tokens / answer tokens", ratios.get("writer"), "x", WRITER_TARGET,
               note=f"{roles.get('writer', {}).get('calls', 0)} call(s); answers + quote bank + analysis"),
        Figure(FAMILY, "panel prompt tokens / answer tokens", ratios.get("panel"), "x",
               note=f"{roles.get('panel', {}).get('calls', 0)} asks; each holds only its question"),
        Figure(FAMILY, "panel asks holding any answer", 0.0 if panel_clean else 1.0, "bool", 0.0),
        Figure(FAMILY, "answer tokens (the floor)", total_answer_tokens, "tokens",
               note=f"{len(answers)} answers, cl100k_base"),
    ]
    details = {
        "models": n_models, "questions": n_questions, "language": lang, "answers": len(answers),
        "answer_tokens": total_answer_tokens, "roles": roles, "ratios": ratios,
        "calls_containing_answers": containment, "writer_calls": writer_calls,
        "engines": run_json.get("engines"), "run_json_tokens": run_json.get("tokens"),
        "exit_code": result.exit_code, "problems": run_json.get("problems"),
    }
    return FamilyResult(figures, details)
