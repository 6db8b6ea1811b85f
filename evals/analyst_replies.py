"""The analyst replies the noise suite scripts (evals.analyst_noise): the ORACLE reading of a labelled question, built
mechanically from its gold labels (stances; picks and figures from the gold agreement groups; a verbatim sentence of
each answer as verdict), and that reading spoiled the way real models spoil theirs, one variant at a time."""

from __future__ import annotations

import json
import re
from itertools import combinations
from typing import Any

from evals.scoring import Case

_FLIP = {"affirm": "deny", "deny": "affirm"}
_SENTENCE = re.compile(r"[^。！？!?.\n]+(?:[。！？!?]|\.(?=\s|$))?")
_ZH_ORDINALS = "甲乙丙丁戊己庚辛"
_WIDTH = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")",
                        ",": "，", ".": "。", ":": "：", ";": "；", "!": "！", "?": "？"})


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
