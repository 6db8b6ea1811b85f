"""Combining an LLM analyst's (verified) analysis with the offline engine's evidence. engine="llm+offline".

Policy, per question:
- A question only one side analysed is taken from that side.
- `failed` is the union: the offline engine sees call errors in the transcript; a failed model has no stance.
- Stances: the LLM's, where it gave one (it reads meaning better than rules), else the offline stance.
  Exception: an offline evasion found by a high-confidence cue (refusal, "as an AI I have no opinion",
  redirect to official sources) overrides a non-evasive LLM stance, since those cues are rarely wrong
  and models tend to read a polite non-answer as an answer.
- Evasions: for every finally-evasive model, the offline entry when the offline override decided it,
  else the LLM's entry, else the offline entry, else one built from the key quote.
- Numbers: number questions take figures and numeric clashes from the offline rules (deterministic
  interval overlap); LLM figures are kept only for models the rules found none for.
- Pairs are rebuilt from the final stances so that the pairs rule holds: yes/no pairs agree iff both
  stances are equal; choice pairs follow the LLM's listed relation, else the offline picks; number pairs
  follow the offline comparison, else the LLM's. Evasive, mixed and failed models are never in a pair.
  A pair neither side can relate (e.g. a choice pair the LLM left out and offline could not read) stays unlisted.
- Key quotes: the LLM's (verified) quote, else the offline key sentence. Injections: the offline flags.
"""

from __future__ import annotations

from drafter.analysis.engine.pairs import Relation, assemble, pair_key
from drafter.analysis.schema import Analysis, Evasion, QuestionAnalysis

# Offline evasion styles trusted over an LLM stance.
SURE_STYLES = {"refusal", "no_opinion", "redirect", "empty"}
_OFF_PAIR = {"evasive", "mixed"}


def merge(llm: Analysis, offline: Analysis) -> Analysis:
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
            out.append(merge_question(a, b))
    return Analysis(questions=out, engine="llm+offline", dropped_quotes=llm.dropped_quotes)


def merge_question(llm: QuestionAnalysis, off: QuestionAnalysis) -> QuestionAnalysis:
    """One question merged."""
    failed = list(dict.fromkeys(off.failed + llm.failed))
    off_ev = {e.model: e for e in off.evasions}
    llm_ev = {e.model: e for e in llm.evasions}
    stances: dict[str, str] = {}
    overridden: set[str] = set()
    for m in list(dict.fromkeys([*off.stances, *llm.stances])):
        if m in failed:
            continue
        stance = llm.stances.get(m) or off.stances[m]
        if stance != "evasive" and m in off_ev and off_ev[m].style in SURE_STYLES:
            stance = "evasive"
            overridden.add(m)
        stances[m] = stance
    keys = {m: llm.key_quotes.get(m) or off.key_quotes.get(m, "") for m in stances}
    keys = {m: q for m, q in keys.items() if q}
    evasions = []
    for m, s in stances.items():
        if s != "evasive":
            continue
        entry = off_ev.get(m) if m in overridden else (llm_ev.get(m) or off_ev.get(m))
        if entry is None and keys.get(m):
            entry = Evasion(model=m, reason="没有正面回答" if _is_zh(off) else "did not answer the question",
                            quote=keys[m], style="talks_around")
        if entry:
            evasions.append(entry)
    kind = off.kind if off.kind == "number" else llm.kind
    numbers = off.numbers + [n for n in llm.numbers if n.model not in {x.model for x in off.numbers}]
    order = [m for m in stances if stances[m] not in _OFF_PAIR]
    rels = _relations(kind, stances, order, llm, off)
    contradictions, agreements = assemble(order, rels, keys)
    return llm.model_copy(update={
        "kind": kind, "stances": stances, "key_quotes": keys, "contradictions": contradictions,
        "agreements": agreements, "evasions": evasions, "numbers": [n for n in numbers if n.model in stances],
        "failed": failed, "injections": off.injections or llm.injections, "text": llm.text or off.text,
        "picks": {m: p for m, p in {**off.picks, **llm.picks}.items() if stances.get(m) == "other"},
    })


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


def _relations(kind: str, stances: dict[str, str], order: list[str], llm: QuestionAnalysis,
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
            first, second = (from_off, from_llm) if kind == "number" else (from_llm, from_off)
            rel = first.get(key) or second.get(key)
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
