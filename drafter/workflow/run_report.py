"""run.json's body: what each model did, what the analysis found, how the quotes and length came out."""

from __future__ import annotations

from collections import defaultdict
from typing import Any


def summarize(state: dict[str, Any], checked: Any, *, out_dir: str) -> dict[str, Any]:
    answers = [*state.get("hand_answers", []), *state.get("answers", [])]
    qids = {q["id"] for q in state.get("questions", [])}
    answers = [a for a in answers if a.get("question") in qids]
    models = _models(answers)
    write = state.get("write_report", {})
    verify = state.get("verify_report", {})
    problems = [f"{key}: {err}" for key, info in models.items() for err in info["errors"]]
    problems += [f"quote failed verification: {f.get('model')} {f.get('text', '')[:40]!r}"
                 for f in verify.get("failures", [])]
    problems += list(verify.get("statement_failures", []))
    # A short draft is reported, not failed: the offline skeleton is short by design, its gaps marked for the
    # author; exit codes stay about models and quotes (DESIGN.md).
    warnings = [short] if (short := _short_draft(write)) else []
    warnings += [n for n in write.get("notes", []) if n.startswith("writer sentence removed")]
    if write.get("dropped"):
        problems.append(f"{write['dropped']} quote(s) dropped by the writer")
    topic = checked.topic
    engines = {role: ("offline" if key == "offline" else f"llm:{key}") for role, key in checked.roles.items()}
    problems += _analyst_problems(state.get("analyst_notes", []), engines)
    if write.get("engine") == "offline" and engines.get("writer", "offline") != "offline":
        engines["writer"] = f"offline (fallback: {engines['writer']} failed)"
        problems.append("the writer model failed; the offline writer wrote the draft")
    return {
        "topic": {"path": topic.path, "title": topic.title, "language": topic.lang},
        "out_dir": out_dir,
        "engines": engines,
        "questions": len(qids),
        "models": models,
        "analysis": _analysis_counts(state.get("analysis", {})),
        **_analyst_section(state.get("analyst_notes", [])),
        "quotes": {"placed": write.get("quotes_placed", 0), "verified": verify.get("checked", 0),
                   "failed": verify.get("failed", 0), "dropped_by_writer": write.get("dropped", 0)},
        "length": _length(write),
        # What the column states about the models, each re-derived from the analysis before export.
        "statements": {"checked": verify.get("statements_checked", 0),
                       "failed": list(verify.get("statement_failures", [])),
                       "items": list(write.get("statements", []))},
        "tokens": _tokens(state.get("usage", [])),
        "problems": problems,
        "warnings": warnings,
    }


def _analyst_problems(notes: list[dict[str, Any]], engines: dict[str, str]) -> list[str]:
    """Everything the analyst role did not do as asked; engines["analyst"] names the questions that fell back."""
    problems = [p for n in notes for p in n.get("problems", [])]
    fallen = [n["question"] for n in notes if n.get("engine") == "offline (fallback)"]
    if fallen and engines.get("analyst", "offline") != "offline":
        if len(fallen) == len(notes):
            engines["analyst"] = f"offline (fallback: {engines['analyst']} failed)"
        else:
            engines["analyst"] = f"{engines['analyst']}; offline (fallback) for {', '.join(fallen)}"
    return problems


def _analyst_section(notes: list[dict[str, Any]]) -> dict[str, Any]:
    """run.json's `analyst`: per question the engine, calls and method; a jury's agreement."""
    if not notes:
        return {}
    section: dict[str, Any] = {"by_question": {n["question"]: {k: v for k, v in n.items() if k != "question"}
                                               for n in notes}}
    agreements = [n["agreement"] for n in notes if n.get("agreement") is not None]
    if agreements:
        section["jury_agreement"] = round(sum(agreements) / len(agreements), 3)
    return {"analyst": section}


def _models(answers: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for a in answers:
        info = out.setdefault(a["model"], {"label": a.get("label") or a["model"], "source": a.get("source", "hand"),
                                           "answered": 0, "failed": 0, "errors": [], "max_latency_ms": None})
        if a.get("error"):
            info["failed"] += 1
            info["errors"].append(f"{a['question']}: {a['error']}")
        else:
            info["answered"] += 1
        if a.get("latency_ms") is not None:
            info["max_latency_ms"] = max(info["max_latency_ms"] or 0, a["latency_ms"])
    return out


def _analysis_counts(analysis: dict[str, Any]) -> dict[str, Any]:
    questions = analysis.get("questions", [])
    return {
        "engine": analysis.get("engine"),
        "contradictions": sum(len(q.get("contradictions", [])) for q in questions),
        "agreements": sum(len(q.get("agreements", [])) for q in questions),
        "evasions": sum(len(q.get("evasions", [])) for q in questions),
        "dropped_quotes": analysis.get("dropped_quotes", 0),
    }


def _length(write: dict[str, Any]) -> dict[str, Any]:
    value, target = write.get("length"), write.get("target")
    within = None
    if value is not None and target:
        within = abs(value - target) <= 0.15 * target
    return {"value": value, "unit": write.get("unit"), "target": target, "within_15pct": within,
            "engine": write.get("engine"), "placeholders": write.get("placeholders", 0),
            "placeholder_length": write.get("placeholder_length", 0)}


def _short_draft(write: dict[str, Any]) -> str | None:
    """A draft more than 15% under its target is a problem to report, with what the author still has to write."""
    value, target, unit = write.get("length"), write.get("target"), write.get("unit", "")
    if not value or not target or value >= 0.85 * target:
        return None
    under = round(100 * (target - value) / target)
    marked = write.get("placeholders", 0)
    held = write.get("placeholder_length", 0)
    marker = "〔作者：…〕" if unit == "字" else "[[AUTHOR: …]]"
    return (f"the draft is {value} {unit}, {under}% under the target of {target} {unit}; {held} {unit} of it are "
            f"the {marked} author placeholders still to write ({marker})")


def _tokens(usage_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Tokens (and cost, where the panel config gives prices) per role and model, sent in this run."""
    per: dict[str, dict[str, Any]] = defaultdict(lambda: {"calls": 0, "input_tokens": 0, "output_tokens": 0})
    costs: dict[str, float] = {}
    for row in usage_rows:
        key = f"{row.get('role')}:{row.get('model')}"
        for field in ("calls", "input_tokens", "output_tokens"):
            per[key][field] += row.get(field) or 0
        if row.get("cost") is not None:
            costs[key] = costs.get(key, 0.0) + row["cost"]
    for key, cost in costs.items():
        per[key]["cost"] = round(cost, 6)
    totals = {f: sum(r[f] for r in per.values()) for f in ("calls", "input_tokens", "output_tokens")}
    totals["cost"] = round(sum(costs.values()), 6) if costs else None
    return {"by_role_model": dict(per), "total": totals}


def interrogation_section(state: dict[str, Any], checked: Any, options: dict[str, Any], *,
                          reply: bool) -> dict[str, Any]:
    """run.json's `interrogation` (press, samples, also_ask and what came of them) and `cost`: the dry run's
    estimate beside the calls, tokens and cost actually used."""
    from drafter.workflow.estimate import estimate_run

    analysis = state.get("analysis", {})
    checks = [c for q in analysis.get("questions", []) for c in q.get("to_check", [])]
    section = {**options,
               "pressed": len(state.get("press_answers", [])),
               "fragile_clashes": sum(1 for q in analysis.get("questions", []) for c in q.get("contradictions", [])
                                      if c.get("robustness") == "fragile"),
               "language_flips": sum(1 for c in checks if c.get("kind") == "language")}
    estimate = estimate_run(checked, press=options["press"], samples=options["samples"],
                            also_ask=options["also_ask"], reply=reply).totals()
    actual = _tokens(state.get("usage", []))["total"]
    return {"interrogation": section,
            "cost": {"estimated": {k: estimate[k] for k in ("calls", "input_tokens", "output_tokens", "cost")},
                     "actual": actual,
                     "note": "estimated: the dry run's figures (press and reply counted at their most); "
                             "actual: calls made in this run (answers from the journal cost nothing)"}}
