"""Combining an LLM analyst's (verified) analysis with the offline engine's evidence. engine="llm+offline".

Policy, per question:
- A question only one side analysed is taken from that side.
- `failed` is the union: the offline engine sees call errors in the transcript; a failed model has no stance.
- Stances: the LLM's, where it gave one (it reads meaning better than rules), else the offline stance.
  - An offline evasion found by a high-confidence cue (refusal, "as an AI I have no opinion", redirect to
    official sources) overrides a non-evasive LLM stance, since those cues are rarely wrong and models tend
    to read a polite non-answer as an answer; UNLESS the LLM's verified verdict sentence comes after the
    cue in the answer: a disclaimer followed by a verdict ("抱歉，我无法预测未来。但从目前的趋势判断，会扩大。")
    is that verdict.
  - When the two readings are both definite (affirm, deny or evasive) and differ, and the rules were sure of
    theirs (offline confidence >= SURE_ENOUGH), neither is guessed: the stance becomes `unclear` (so the
    model is in no pair and no dodge is claimed) and the model goes to `to_check` with both readings; unless a
    unanimous jury read it: its stance then stands, less sure. (A single analyst first takes a second, focused
    look at each such answer, drafter.analysis.second_look; only when it comes round to the rules' reading is
    the dispute settled, and then both readings agree.)
    An LLM `unclear` is kept, and goes to `to_check` when offline read a stance.
- `confidence` per model: 0.9 when both readings agree, 0.8 for a verdict after a disclaimer, 0.7 for one
  side's reading alone, 0.6 for a unanimous jury's reading against sure rules, 0.4 for a disagreement and 0.3 for
  an LLM `unclear`.
- Evasions: for every finally-evasive model, the offline entry when the offline override decided it,
  else the LLM's entry, else the offline entry, else one built from the key quote.
- Numbers: figures are the LLM's where it gave one (it tells the answer's figure from background
  statistics), else the offline rules'.
- Pairs are rebuilt from the final stances so that the pairs rule holds: yes/no pairs agree iff both
  stances are equal; choice and number pairs follow the LLM's relation (derived from its positions), else
  the offline one. Evasive, mixed, unclear and failed models are never in a pair.
- Key quotes: the LLM's (verified) quote, else the offline key sentence. Injections: the offline flags.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.analysis.engine.pairs import Relation, assemble, pair_key
from drafter.analysis.schema import Analysis, CheckItem, Evasion, QuestionAnalysis

if TYPE_CHECKING:
    from drafter.inputs.transcript import Transcript

# Offline evasion styles trusted over an LLM stance.
SURE_STYLES = {"refusal", "no_opinion", "redirect", "official_line", "empty", "no_info", "no_data"}
_OFF_PAIR = {"evasive", "mixed", "unclear"}
_DEFINITE = {"affirm", "deny", "evasive"}
# Below this, a reading is not stated as fact: its clash or dodge goes to `to_check`.
SURE_ENOUGH = 0.5
# A unanimous analyst jury's reading outweighs the rules': a disagreement with them then only lowers confidence.
UNANIMOUS = 0.9
# The confidence of a unanimous jury's reading against sure rules: stated, but below one side's reading alone.
UPHELD = 0.6


def merge(llm: Analysis, offline: Analysis, transcript: Transcript | None = None) -> Analysis:
    """The merged analysis (see the module docstring for the policy)."""
    ids = [q.id for q in offline.questions] + [q.id for q in llm.questions if offline.question(q.id) is None]
    out = []
    for qid in ids:
        a, b = llm.question(qid), offline.question(qid)
        if a is None or b is None:
            chosen = a or b
            assert chosen is not None
            out.append(chosen)
        else:
            texts = {x.model: x.text for x in transcript.answers_for(qid)} if transcript else {}
            out.append(merge_question(a, b, texts))
    return Analysis(questions=out, engine="llm+offline", dropped_quotes=llm.dropped_quotes)


def disputed(llm: QuestionAnalysis, off: QuestionAnalysis, model: str) -> bool:
    """True when the two readings of `model` are both definite and differ, and the rules were sure of theirs."""
    mine, theirs = llm.stances.get(model), off.stances.get(model)
    return (mine in _DEFINITE and theirs in _DEFINITE and mine != theirs
            and off.confidence.get(model, 1.0) >= SURE_ENOUGH)


def _after(verdict: str, cue: str, text: str) -> bool:
    """True when the verdict sentence starts after the evasion cue does (the cue's quote may run on
    over the verdict: the rules quote a whole answer as its refusal)."""
    v, c = text.find(verdict), text.find(cue)
    return v >= 0 and c >= 0 and v > c and not verdict.startswith(cue[: max(1, len(cue) // 2)])


def merge_question(llm: QuestionAnalysis, off: QuestionAnalysis,
                   texts: dict[str, str] | None = None) -> QuestionAnalysis:
    """One question merged; `texts` (model -> answer) lets a verdict after a disclaimer stand."""
    texts = texts or {}
    failed = list(dict.fromkeys(off.failed + llm.failed))
    off_ev = {e.model: e for e in off.evasions}
    llm_ev = {e.model: e for e in llm.evasions}
    zh = _is_zh(off)
    stances: dict[str, str] = {}
    confidence: dict[str, float] = {}
    overridden: set[str] = set()
    # the rules' doubts stand only for models the LLM did not read
    to_check = list(llm.to_check) + [i for i in off.to_check if not set(i.models) & set(llm.stances)]
    for m in list(dict.fromkeys([*off.stances, *llm.stances])):
        if m in failed:
            continue
        mine, theirs = llm.stances.get(m), off.stances.get(m)
        stance = mine or theirs or "unclear"
        confidence[m] = 0.9 if mine == theirs else 0.7
        if mine and mine != "evasive" and m in off_ev and off_ev[m].style in SURE_STYLES:
            verdict = llm.key_quotes.get(m, "")
            if mine not in ("unclear", "mixed") and verdict and _after(verdict, off_ev[m].quote, texts.get(m, "")):
                confidence[m] = 0.8  # a disclaimer, then the verdict: the verdict stands
            else:
                stance = "evasive"
                overridden.add(m)
                confidence[m] = 0.8
        elif disputed(llm, off, m):
            if llm.confidence.get(m, 0.0) < UNANIMOUS:
                stance, confidence[m] = "unclear", 0.4
                to_check.append(_check(m, mine or "", theirs, llm, off, zh))
            else:  # a unanimous jury's reading: stated, less sure
                confidence[m] = UPHELD
        elif mine == "unclear":
            confidence[m] = 0.3
            if theirs in _DEFINITE:
                to_check.append(_check(m, mine, theirs, llm, off, zh))
        if m in llm.confidence:  # a jury's share: a split jury lowers it
            confidence[m] = min(confidence[m], llm.confidence[m])
        stances[m] = stance
    keys = {m: llm.key_quotes.get(m) or off.key_quotes.get(m, "") for m in stances}
    keys = {m: q for m, q in keys.items() if q}
    unsure = {m for m, c in confidence.items() if c < SURE_ENOUGH}
    evasions = []
    for m, s in stances.items():
        if s != "evasive":
            continue
        entry = off_ev.get(m) if m in overridden else (llm_ev.get(m) or off_ev.get(m))
        if entry is None and keys.get(m):
            entry = Evasion(model=m, reason="没有正面回答" if zh else "did not answer the question",
                            quote=keys[m], style="talks_around")
        if entry and m in unsure:  # a dodge on a low-confidence reading is for the author to check
            to_check.append(CheckItem(models=[m], kind="evasion", reason=(
                f"可能回避({entry.reason}),但判断把握不大" if zh else f"may have dodged ({entry.reason}); "
                "the reading is not sure"), quotes={m: entry.quote}))
        elif entry:
            evasions.append(entry.model_copy(update={"confidence": confidence.get(m)}))
    kind = llm.kind if llm.kind != "open" or off.kind == "open" else off.kind
    llm_figures = {n.model for n in llm.numbers}
    numbers = llm.numbers + [n for n in off.numbers if n.model not in llm_figures]
    eligible = [m for m in stances if stances[m] not in _OFF_PAIR]
    order = [m for m in eligible if m not in unsure]
    contradictions, agreements = assemble(order, _relations(stances, order, llm, off), keys)
    contradictions = [c.model_copy(update={"confidence": min(confidence.get(x, 0.7) for x in c.models)})
                      for c in contradictions]
    # Clashes that would rest on a low-confidence reading: listed for the author, never stated.
    doubtful, _ = assemble(eligible, _relations(stances, eligible, llm, off), keys)
    for c in doubtful:
        if set(c.models) & unsure:
            to_check.append(CheckItem(models=c.models, kind="contradiction", quotes=c.quotes, reason=(
                f"可能矛盾({c.point}),但判断把握不大" if zh else f"may contradict ({c.point}); "
                "a reading behind it is not sure")))
    return llm.model_copy(update={
        "kind": kind, "stances": stances, "key_quotes": keys, "contradictions": contradictions,
        "agreements": agreements, "evasions": evasions, "numbers": [n for n in numbers if n.model in stances],
        "failed": failed, "injections": off.injections or llm.injections, "text": llm.text or off.text,
        "picks": {m: p for m, p in {**off.picks, **llm.picks}.items() if stances.get(m) == "other"},
        "to_check": to_check, "confidence": confidence,
    })


def _check(model: str, mine: str, theirs: str | None, llm: QuestionAnalysis, off: QuestionAnalysis,
           zh: bool) -> CheckItem:
    """A to_check item for a model whose two readings differ (or the model analyst could not tell)."""
    quote = llm.key_quotes.get(model) or off.key_quotes.get(model) or ""
    if zh:
        reason = f"模型分析读作 {mine},规则读作 {theirs}:请核对它的立场"
    else:
        reason = f"the model analyst read {mine}, the rules read {theirs}: check its position"
    return CheckItem(models=[model], reason=reason, quotes={model: quote} if quote else {}, kind="stance")


def _listed(qa: QuestionAnalysis) -> dict[tuple[str, str], Relation]:
    """The pair relations an analysis lists."""
    rels: dict[tuple[str, str], Relation] = {}
    for c in qa.contradictions:
        rels[pair_key(*c.models[:2])] = Relation(False, c.kind, c.point)
    for a in qa.agreements:
        for i, x in enumerate(a.models):
            for y in a.models[i + 1:]:
                rels.setdefault(pair_key(x, y), Relation(True, a.kind, a.point))
    return rels


def _relations(stances: dict[str, str], order: list[str], llm: QuestionAnalysis,
               off: QuestionAnalysis) -> dict[tuple[str, str], Relation]:
    """The final relation of every eligible pair, by the policy above."""
    from_llm, from_off = _listed(llm), _listed(off)
    out: dict[tuple[str, str], Relation] = {}
    for i, x in enumerate(order):
        for y in order[i + 1:]:
            key = pair_key(x, y)
            sx, sy = stances[x], stances[y]
            if sx in ("affirm", "deny") and sy in ("affirm", "deny"):
                same = sx == sy
                hint = from_llm.get(key) or from_off.get(key)
                point = hint.point if hint and hint.agree == same else ""
                out[key] = Relation(same, "stance", point or _stance_point(off, same))
                continue
            # a figure clash is the LLM's only when it read both figures (else the rules' comparison)
            figures = {n.model for n in llm.numbers}
            mine = from_llm.get(key) if (x in figures and y in figures) or llm.kind != "number" else None
            rel = mine or from_off.get(key)
            if rel:
                out[key] = rel
    return out


def _stance_point(off: QuestionAnalysis, same: bool) -> str:
    """A fallback point for a yes/no pair: the question itself."""
    text = off.text.rstrip("?？ ")
    if _is_zh(off):
        return f"{text}：立场一致" if same else text
    return f"{text}: same answer" if same else f"{text}: yes vs no"


def _is_zh(qa: QuestionAnalysis) -> bool:
    """True when the question is in Chinese (for fallback wording)."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in qa.text)
