"""The analyst-noise suite: does the LLM analyst path keep a good reading when the reply is noisy?

A scripted analyst on the loopback server (tests/openai_server.py, through the real ChatOpenAI) answers
every question with the ORACLE reading, built mechanically from the gold labels (stances; picks and
figures from the gold agreement groups; a verbatim sentence of each answer as verdict). Each variant
spoils the reply the way real models do, and the pipeline's contradiction and evasion F1 are scored
against the same labels:

- oracle: the reading as asked (json_schema);
- paraphrased_quotes: verdicts retyped with the other punctuation width, spaces, or a reworded sentence;
- labels_for_keys: models named "Model A", "模型乙", by label, in capitals with spaces;
- omitted_pairs: what a left-out pair is in the position schema: every second pick or figure left out;
- earlier_schema: the earlier schema's reply (positions with no pick or figure) with its pair lists left out:
  every choice and number pair is then the rules' (informative; not held to the 95% bar);
- fenced_json / prose_json: the JSON in a ``` fence, or in prose;
- json_schema_400: the endpoint rejects json_schema;
- all_noise: labels, paraphrases, prose and a 400 together;
- wrong_stances: every fourth yes or no read the other way, and kept on the second look (a stubborn analyst that is
  wrong); wrong_then_right: the same misreadings, put right on the second look; wrong_stances_no_look: the misreadings
  with no second look. All three informative: what an analyst's errors cost after the merge, and what the second
  look recovers.

    python -m evals.analyst_noise [FOLDER ...] [--json out.json]

prints a table: variant → contradiction and evasion F1 (merged; and the model's own reading before the
merge), their ratio to the oracle's, calls per question, and the reply's tokens per question.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

import httpx

from drafter.analysis.analyst import run_analyst
from drafter.analysis.schema import Analysis
from drafter.panel import chat
from drafter.panel.config import ModelSpec
from drafter.panel.tokens import count_tokens
from evals.scoring import Case, load_cases, score

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SETS = [ROOT / "tests" / "data" / "cases", ROOT / "tests" / "data" / "blind5",
                ROOT / "tests" / "data" / "md-tune2"]
VARIANTS = ["oracle", "paraphrased_quotes", "labels_for_keys", "omitted_pairs", "fenced_json", "prose_json",
            "json_schema_400", "all_noise", "earlier_schema", "wrong_stances", "wrong_then_right",
            "wrong_stances_no_look"]
# Shown in the table, not held to the 95% bar: a reply with no picks or figures at all leaves every choice and
# number pair to the rules (see the report).
INFORMATIVE = {"earlier_schema", "wrong_stances", "wrong_then_right", "wrong_stances_no_look"}
_FLIP = {"affirm": "deny", "deny": "affirm"}
# The recheck prompt's heading (templates/prompts/*/recheck.md): the call is a second look.
_RECHECK = ("The readings in dispute:", "有争议的两种读法:")
KEY_VAR = "DRAFTER_NOISE_KEY"
_QID = re.compile(r"^(?:Question |问题)\(([^)]+)\)", re.MULTILINE)
_SENTENCE = re.compile(r"[^。！？!?.\n]+(?:[。！？!?]|\.(?=\s|$))?")
_ZH_ORDINALS = "甲乙丙丁戊己庚辛"
_WIDTH = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")",
                        ",": "，", ".": "。", ":": "：", ";": "；", "!": "！", "?": "？"})


@dataclass
class Row:
    """One variant's figures."""

    variant: str
    contradiction_f1: float
    evasion_f1: float
    llm_contradiction_f1: float
    llm_evasion_f1: float
    contradiction_precision: float  # merged: 1.0 means no clash was stated that the labels do not have
    evasion_precision: float
    questions: int
    calls: int
    fallbacks: int
    reply_tokens: float  # tokens of the analyst's reply per question (tiktoken cl100k)
    second_looks: int = 0  # disputed answers (analyst vs sure rules) read again, one call each


# ---- the oracle reading, from the labels -------------------------------------------------------------

def verdict_sentence(text: str) -> str:
    """A verbatim sentence of the answer to quote: the first with some words in it, markup left out."""
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip().lstrip("#>*-• ").strip("* ")
        if len(sentence) >= 4 and "**" not in sentence:
            return sentence
    return text.strip()[:40]


def _groups(models: list[str], agree: list[list[str]]) -> dict[str, int]:
    """Model -> the index of its agreement component (gold agreement pairs joined)."""
    pairs = {frozenset(p) for g in agree for p in combinations(g, 2)}
    group: dict[str, int] = {}
    for m in models:
        if m in group:
            continue
        todo, group[m] = [m], len(set(group.values()))
        while todo:
            cur = todo.pop()
            for other in models:
                if other not in group and frozenset((cur, other)) in pairs:
                    group[other] = group[m]
                    todo.append(other)
    return group


def _intervals(models: list[str], agree: list[list[str]]) -> dict[str, tuple[float, float]]:
    """Figures whose overlaps reproduce the gold agreement: cliques share a value, a chain A~B~C overlaps
    step by step (an interval graph; others are approximated)."""
    pairs = {frozenset(p) for g in agree for p in combinations(g, 2)}
    out: dict[str, tuple[float, float]] = {}
    for gi, comp in enumerate(sorted(_components(models, pairs), key=lambda c: models.index(c[0]))):
        base = 100.0 * (gi + 1)
        if all(frozenset(p) in pairs for p in combinations(comp, 2)):
            out.update(dict.fromkeys(comp, (base, base)))
            continue
        order = sorted(comp, key=lambda m: -sum(frozenset((m, o)) in pairs for o in comp))
        chain = [order[-1]]
        while len(chain) < len(comp):
            nxt = next((o for o in comp if o not in chain and frozenset((chain[-1], o)) in pairs),
                       next(o for o in comp if o not in chain))
            chain.append(nxt)
        for i, m in enumerate(chain):
            out[m] = (base + 10 * i, base + 10 * i + 10)
    return out


def _components(models: list[str], pairs: set[frozenset[str]]) -> list[list[str]]:
    seen: set[str] = set()
    comps = []
    for m in models:
        if m in seen:
            continue
        comp, todo = [m], [m]
        seen.add(m)
        while todo:
            cur = todo.pop()
            for o in models:
                if o not in seen and frozenset((cur, o)) in pairs:
                    seen.add(o)
                    comp.append(o)
                    todo.append(o)
        comps.append(comp)
    return comps


def oracle_reading(case: Case, qid: str) -> dict[str, Any]:
    """The perfect reading of one labelled question, in the position schema."""
    gold = case.labels[qid]
    stances: dict[str, str] = gold.get("stances", {})
    others = [m for m, s in stances.items() if s == "other"]
    agree = gold.get("agree") or []
    number = _looks_numeric(case, qid, others)
    figures = _intervals(others, agree) if number else {}
    groups = _groups(others, agree)
    kind = "yesno" if not others else ("number" if number else "choice")
    positions = []
    for model, stance in stances.items():
        answer = case.transcript.answer(qid, model)
        text = answer.text if answer else ""
        p: dict[str, Any] = {"model": model, "stance": stance, "verdict": verdict_sentence(text)}
        if stance == "other" and number:
            low, high = figures[model]
            p.update(pick=f"{low:g}-{high:g}", low=low, high=high, unit="count")
        elif stance == "other":
            p["pick"] = f"option {groups[model] + 1}"
        if stance == "evasive":
            p.update(dodge="talks_around", reason="no real answer")
        positions.append(p)
    return {"kind": kind, "positions": positions}


def _looks_numeric(case: Case, qid: str, others: list[str]) -> bool:
    """Number questions: agreement need not be transitive there, so figures (not picks) are given."""
    if not others:
        return False
    question = next((q.text for q in case.transcript.questions if q.id == qid), "")
    return bool(re.search(r"多少|几|比例|how many|how much|what share|percent|倍|何时|哪一年|when|what year|"
                          r"how long|多大|多久|\d", question, re.IGNORECASE))


def earlier_schema_reading(case: Case, qid: str) -> dict[str, Any]:
    """What the earlier schema asked a perfect reader for: positions plus every pair and dodge, with quotes."""
    gold = case.labels[qid]
    reading = oracle_reading(case, qid)
    quote = {p["model"]: p["verdict"] for p in reading["positions"]}

    def quotes(models: list[str]) -> list[dict[str, str]]:
        return [{"model": m, "quote": quote.get(m, "")} for m in models]

    return {
        "kind": reading["kind"],
        "positions": [{"model": p["model"], "stance": p["stance"], "quote": p["verdict"]}
                      for p in reading["positions"]],
        "contradictions": [{"models": list(p), "point": "they answer differently", "quotes": quotes(list(p)),
                            "kind": "stance"} for p in gold.get("contradict") or []],
        "agreements": [{"models": list(g), "point": "they answer alike", "quotes": quotes(list(g)), "kind": "stance"}
                       for g in gold.get("agree") or []],
        "evasions": [{"model": m, "reason": "no real answer", "quote": quote.get(m, ""), "style": "talks_around"}
                     for m in gold.get("evasive") or []],
    }


# ---- the noise -------------------------------------------------------------------------------------

def _retype(quote: str, i: int) -> str:
    """A retyped quote: the other punctuation width, a stray space, or (every third) reworded."""
    if i % 3 == 2:
        return "In short, " + quote[::-1][:12]  # a paraphrase no matching can rescue
    return quote.translate(_WIDTH).replace(" ", "  ") if i % 3 == 0 else " " + quote.translate(_WIDTH) + " "


def _name(case: Case, qid: str, model: str, i: int) -> str:
    """A name for a model other than its key: "Model A", "模型乙", its label, or the key shouted."""
    answer = case.transcript.answer(qid, model)
    order = [a.model for a in case.transcript.answers_for(qid) if a.ok]
    pos = order.index(model) if model in order else 0
    options = [f"Model {chr(65 + pos)}", f"模型{_ZH_ORDINALS[pos % len(_ZH_ORDINALS)]}",
               (answer.label if answer and answer.label else model), f" {model.upper()} "]
    return options[i % len(options)]


def noisy(variant: str, case: Case, qid: str) -> tuple[Any, str]:
    """The reply for `variant` (a dict, or raw text), and the reply text whose tokens are counted."""
    from tests.openai_wire import Reply

    reading = oracle_reading(case, qid)
    if variant in ("paraphrased_quotes", "all_noise"):
        for i, p in enumerate(reading["positions"]):
            p["verdict"] = _retype(p["verdict"], i)
    if variant in ("labels_for_keys", "all_noise"):
        for i, p in enumerate(reading["positions"]):
            p["model"] = _name(case, qid, p["model"], i)
    if variant == "omitted_pairs":
        others = [p for p in reading["positions"] if p["stance"] == "other"]
        for p in others[1::2]:
            for name in ("pick", "low", "high", "unit"):
                p.pop(name, None)
    if variant.startswith("wrong_"):
        said = [p for p in reading["positions"] if p["stance"] in _FLIP]
        for p in said[::4]:  # the same positions every time the question is read, so the analyst is stubborn
            p["stance"] = _FLIP[p["stance"]]
    if variant == "earlier_schema":
        old = earlier_schema_reading(case, qid)
        reading = {**old, "contradictions": [], "agreements": []}
    text = json.dumps(reading, ensure_ascii=False)
    if variant == "fenced_json":
        return Reply(raw=f"```json\n{text}\n```"), text
    if variant in ("prose_json", "all_noise"):
        return Reply(raw=f"Here is my reading of the answers:\n{text}\nI hope this helps."), text
    return reading, text


# ---- running ---------------------------------------------------------------------------------------

def run_variant(variant: str, cases: list[Case]) -> Row:
    """Every case through the real analyst path against the loopback server, replies spoiled by `variant`."""
    import os
    import tempfile

    from tests.openai_server import ANY, OpenAIStub

    os.environ.setdefault(KEY_VAR, "sk-noise-FAKE-0000000000")
    # a fresh endpoint cache per variant: the first question must probe, as on a first run
    os.environ["DRAFTER_ENDPOINTS_CACHE"] = str(Path(tempfile.mkdtemp(prefix="drafter-noise-")) / "endpoints.json")
    chat._NO_JSON_SCHEMA.clear()
    merged: dict[Path, Analysis] = {}
    own: dict[Path, Analysis] = {}
    tokens: list[int] = []
    fallbacks = looks = 0
    looks_off = _no_second_look() if variant.endswith("_no_look") else contextlib.nullcontext()
    with OpenAIStub() as server, looks_off:
        if variant in ("json_schema_400", "all_noise"):
            server.script(ANY, reject_json_schema=True)
        spec = ModelSpec(key="judge", label="Judge", provider="openai", model="judge-model",
                         base_url=server.base_url, api_key_env=KEY_VAR, timeout_s=10.0, max_retries=0)
        for case in cases:
            server.script("judge-model", handler=_handler(variant, case, tokens))
            result = asyncio.run(_analyse(spec, case))
            merged[case.path], own[case.path] = result.analysis, result.llm or Analysis()
            fallbacks += sum(n.engine.startswith("offline (") for n in result.notes)
            looks += sum(len(n.second_looks) for n in result.notes)
        calls = len(server.calls)
    rep = score(cases, lambda t: merged[_path_of(cases, t)])
    rep_llm = score(cases, lambda t: own[_path_of(cases, t)])
    questions = sum(len(c.labels) for c in cases)
    return Row(variant, round(rep.overall.prf("contradict")[2], 4), round(rep.overall.prf("evasive")[2], 4),
               round(rep_llm.overall.prf("contradict")[2], 4), round(rep_llm.overall.prf("evasive")[2], 4),
               round(rep.overall.prf("contradict")[0], 4), round(rep.overall.prf("evasive")[0], 4), questions,
               calls, fallbacks, round(sum(tokens) / max(1, len(tokens)), 1), looks)


@contextlib.contextmanager
def _no_second_look() -> Iterator[None]:
    """The analyst path with no second look: every dispute is left to the author, as before it existed."""
    from drafter.analysis import second_look

    saved = second_look.disputes
    second_look.disputes = lambda llm, offline: []  # type: ignore[assignment]
    try:
        yield
    finally:
        second_look.disputes = saved  # type: ignore[assignment]


def _path_of(cases: list[Case], transcript: Any) -> Path:
    return next(c.path for c in cases if c.transcript is transcript)


def _handler(variant: str, case: Case, tokens: list[int]) -> Callable[[str, list[dict[str, Any]]], Any]:
    def answer(model: str, messages: list[dict[str, Any]]) -> Any:
        found = _QID.search(str(messages[-1].get("content") if messages else ""))
        if not found:
            joined = "\n".join(str(m.get("content")) for m in messages)
            found = _QID.search(joined)
        qid = found.group(1) if found else ""
        if qid not in case.labels:
            return {"kind": "open", "positions": []}
        second_look = any(mark in str(m.get("content")) for m in messages for mark in _RECHECK)
        reply, text = noisy("oracle" if variant == "wrong_then_right" and second_look else variant, case, qid)
        tokens.append(count_tokens(text))
        return reply

    return answer


async def _analyse(spec: ModelSpec, case: Case) -> Any:
    async with httpx.AsyncClient() as client:
        return await run_analyst(spec, case.transcript, http_async_client=client)


def token_comparison(cases: list[Case]) -> dict[str, float]:
    """Reply tokens per question of a perfect reader: the earlier schema (with pair lists) vs positions."""
    pairs = [(c, q) for c in cases for q in c.labels]
    before = [count_tokens(json.dumps(earlier_schema_reading(c, q), ensure_ascii=False)) for c, q in pairs]
    after = [count_tokens(json.dumps(oracle_reading(c, q), ensure_ascii=False)) for c, q in pairs]
    return {"questions": len(before), "earlier_schema": round(sum(before) / len(before), 1),
            "positions": round(sum(after) / len(after), 1)}


def run_all(paths: list[Path], variants: list[str] | None = None) -> tuple[list[Row], dict[str, float]]:
    """Every variant on the labelled files under `paths`."""
    cases = load_cases(paths)
    rows = [run_variant(v, cases) for v in (variants or VARIANTS)]
    return rows, token_comparison(cases)


def table(rows: list[Row], tokens: dict[str, float]) -> str:
    oracle = next((r for r in rows if r.variant == "oracle"), rows[0])
    head = (f"{'variant':<20} {'contra F1':>9} {'ratio':>6} {'evasion F1':>10} {'ratio':>6} "
            f"{'llm contra':>10} {'llm evas':>8} {'calls/q':>7} {'looks':>5} {'fallbk':>6} {'reply tok/q':>11}")
    lines = [head, "-" * len(head)]
    for r in rows:
        contra_ratio = _ratio(r.contradiction_f1, oracle.contradiction_f1)
        lines.append(f"{r.variant:<20} {r.contradiction_f1:>9.3f} {contra_ratio:>6.3f} "
                     f"{r.evasion_f1:>10.3f} {_ratio(r.evasion_f1, oracle.evasion_f1):>6.3f} "
                     f"{r.llm_contradiction_f1:>10.3f} {r.llm_evasion_f1:>8.3f} {r.calls / r.questions:>7.2f} "
                     f"{r.second_looks:>5} {r.fallbacks:>6} {r.reply_tokens:>11.1f}")
    for r in rows:
        if r.variant.startswith("wrong_"):
            lines.append(f"merged clash precision, {r.variant}: {r.contradiction_precision:.3f} "
                         f"({r.second_looks} second looks)")
    lines.append(f"merged precision (clashes, dodges) of the oracle: {oracle.contradiction_precision:.3f}, "
                 f"{oracle.evasion_precision:.3f}")
    lines.append(f"reply tokens per question for a perfect reader ({tokens['questions']:g} questions): "
                 f"earlier schema with pair lists {tokens['earlier_schema']:g}, positions only {tokens['positions']:g}")
    return "\n".join(lines)


def _ratio(x: float, oracle: float) -> float:
    return x / oracle if oracle else 1.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="labelled YAML files or folders (default: "
                        "tests/data/cases, blind5, md-tune2)")
    parser.add_argument("--variant", action="append", choices=VARIANTS, help="run only these (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    import logging

    logging.getLogger("drafter").setLevel(logging.ERROR)  # fallbacks are counted in the table
    rows, tokens = run_all(args.paths or DEFAULT_SETS, args.variant)
    print(table(rows, tokens))
    if args.json:
        args.json.write_text(json.dumps({"rows": [asdict(r) for r in rows], "tokens": tokens}, indent=2),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
