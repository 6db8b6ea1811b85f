"""Tokens: what a whole draft sends per role, against the answers' own tokens.

A full `drafter draft` runs against the loopback server with the analyst and writer roles on loopback
models that reply with valid structured output (QuestionReading, WrittenColumn), built from what the
prompt contains, as tests/test_llm_roles.py and tests/test_write_llm.py script them. The server's
call log holds every message sent; tokens are counted with drafter.panel.tokens.count_tokens. The floor for
an analyst that reads every answer once is the sum of the answers' tokens (ratio 1.0).
"""

from __future__ import annotations

import asyncio
import json
import re
import tempfile
from collections import Counter
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
SENTENCES = (10, 18)  # reasons per answer: about 175 (en) to 330 (zh) tokens an answer


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
    from drafter.panel.tokens import count_tokens

    return sum(count_tokens(str(m.get("content") or "")) for m in call.messages)


def _schema_tokens(call: Any) -> int:
    """The structured-output schema sent beside the messages (providers count it as prompt too)."""
    from drafter.panel.tokens import count_tokens

    extra = {k: call.body[k] for k in ("response_format", "tools") if k in call.body}
    return count_tokens(json.dumps(extra, ensure_ascii=False)) if extra else 0


def _inside(answer_text: str, flat_prompt: str) -> bool:
    """Whether an answer is in a prompt: its first 300 characters, whitespace aside (the writer
    trims long answers, the analyst may trim to its token budget)."""
    return " ".join(answer_text.split())[:300] in flat_prompt


def _only_own_question(call: dict[str, Any], per_question: Counter[str]) -> bool:
    """One question's answers, all of them (a second look: the one disputed answer), and nothing else."""
    questions = call["questions_inside"]
    wanted = 1 if call.get("second_look") else per_question[questions[0]] if questions else 0
    return len(questions) == 1 and call["answers_inside"] == wanted


def measure(*, n_models: int, n_questions: int, lang: str, sentences: tuple[int, int]) -> dict[str, Any]:
    """One full draft with LLM analyst and writer against the loopback server; tokens per role."""
    from drafter.analysis.second_look import RECHECK_HEADINGS
    from drafter.inputs.transcript import load_transcript
    from drafter.panel import chat
    from drafter.panel.tokens import count_tokens
    from drafter.workflow.runner import RunOptions, run_draft

    qspecs = make_questions(lang, n_questions)
    keys = [f"p{i + 1:02d}" for i in range(n_models)]
    chat._NO_JSON_SCHEMA.clear()  # a previous run in this process must not change the method used
    with tempfile.TemporaryDirectory(prefix="drafter-bench-tokens-") as tmp, \
            loopback(dict.fromkeys(keys, 0.0), qspecs, sentences=sentences) as server:
        server.script(ANALYST, handler=lambda model, messages: analyst_reply(messages))
        server.script(WRITER, handler=lambda model, messages: writer_reply(messages))
        folder = Path(tmp)
        panel = write_panel(folder, server, keys, max_concurrency=4,
                            roles={"analyst": "analyst", "writer": "writer"},
                            extra_models={"analyst": ANALYST, "writer": WRITER})
        topic = write_topic(folder, qspecs, keys, lang=lang)  # no length: the writer is not asked to resize
        out = folder / "out"
        result = asyncio.run(run_draft(RunOptions(topic_path=topic, panel_path=panel, out_dir=out, fresh=True,
                                                  progress=False)))
        calls = server.calls
        transcript = load_transcript(out / "transcript.yaml")
    panel_models = {model_id(k) for k in keys}
    answers = [a for a in transcript.answers if a.ok]
    answer_tokens = {(a.question, a.model): count_tokens(a.text) for a in answers}
    total = sum(answer_tokens.values())
    roles: dict[str, dict[str, Any]] = {}
    containment: list[dict[str, Any]] = []
    for call in calls:
        role = _role_of(call.model, panel_models)
        tokens = _message_tokens(call)
        flat = " ".join("\n".join(str(m.get("content") or "") for m in call.messages).split())
        inside = [(a.question, a.model) for a in answers if _inside(a.text, flat)]
        inside_tokens = sum(answer_tokens[k] for k in inside)
        r = roles.setdefault(role, {"calls": 0, "prompt_tokens": 0, "answer_tokens_inside": 0,
                                    "schema_tokens": 0, "per_call": []})
        r["calls"] += 1
        r["prompt_tokens"] += tokens
        r["answer_tokens_inside"] += inside_tokens
        r["schema_tokens"] += _schema_tokens(call)
        r["per_call"].append(tokens)
        containment.append({"role": role, "answers_inside": len(inside),
                            "second_look": any(mark in flat for mark in RECHECK_HEADINGS),
                            "questions_inside": sorted({q for q, _ in inside}), "tokens": tokens,
                            "overhead_tokens": tokens - inside_tokens})
    for r in roles.values():
        r["overhead_tokens_per_call"] = round((r["prompt_tokens"] - r["answer_tokens_inside"]) / r["calls"])
        r["schema_tokens_per_call"] = round(r["schema_tokens"] / r["calls"])
        r["ratio_to_answer_tokens"] = round(r["prompt_tokens"] / total, 3)
    per_question = Counter(a.question for a in answers)
    analyst = [c for c in containment if c["role"] == "analyst"]
    analyst_clean = all(_only_own_question(c, per_question) for c in analyst)
    panel_clean = all(c["answers_inside"] == 0 for c in containment if c["role"] == "panel")
    writer = [c for c in containment if c["role"] == "writer"]
    return {"models": n_models, "questions": n_questions, "language": lang, "answers": len(answers),
            "answer_tokens": total, "answer_tokens_mean": round(total / max(len(answers), 1)),
            "roles": roles, "analyst_calls_only_own_question": analyst_clean,
            "panel_calls_without_answers": panel_clean,
            "writer_answers_inside": [c["answers_inside"] for c in writer],
            "analyst_calls": analyst, "engines": result.run.get("engines"),
            "run_json_tokens_total": (result.run.get("tokens") or {}).get("total"),
            "exit_code": result.exit_code, "problems": result.run.get("problems")}


def run(*, n_models: int = 6, n_questions: int = 5, languages: tuple[str, ...] = ("zh", "en"),
        sentences: tuple[int, int] = SENTENCES) -> FamilyResult:
    figures: list[Figure] = []
    details: dict[str, Any] = {}
    for lang in languages:
        d = measure(n_models=n_models, n_questions=n_questions, lang=lang, sentences=sentences)
        details[lang] = d
        roles = d["roles"]
        an, wr, pa = roles.get("analyst", {}), roles.get("writer", {}), roles.get("panel", {})
        size = f"{n_models}x{n_questions} {lang}, {d['answer_tokens_mean']} tok/answer"
        figures += [
            Figure(FAMILY, f"analyst prompt tokens / answer tokens ({size})", an.get("ratio_to_answer_tokens"), "x",
                   note=f"{an.get('calls', 0)} calls, {an.get('overhead_tokens_per_call')} tok instructions/call "
                        f"+ {an.get('schema_tokens_per_call')} tok JSON schema/call not counted"),
            Figure(FAMILY, f"analyst calls hold only their own question's answers ({lang})",
                   1.0 if d["analyst_calls_only_own_question"] else 0.0, "bool", 1.0, cmp=">=",
                   note=f"{len(d['analyst_calls'])} calls checked"),
            Figure(FAMILY, f"writer prompt tokens / answer tokens ({size})", wr.get("ratio_to_answer_tokens"), "x",
                   note=f"{wr.get('calls', 0)} call(s), each answer once (trimmed at 1,500 chars) + quote bank + "
                        f"analysis; {wr.get('schema_tokens_per_call')} tok schema/call not counted"),
            Figure(FAMILY, f"panel asks holding any answer ({lang})", 0.0 if d["panel_calls_without_answers"] else 1.0,
                   "bool", 0.0, note=f"{pa.get('calls', 0)} asks, {pa.get('prompt_tokens', 0)} tok in all"),
        ]
    return FamilyResult(figures, details)
