"""Scoring an analysis against hand labels (the devset format): stances, pairs, evasions, quote fidelity.

Used by scripts/eval_analyzer.py and by the accuracy tests. Phenomenon tags are derived from the labels
and the answer text, not stored in the files, so the devset and our own cases are tagged the same way.
"""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from drafter.analysis.schema import Analysis
from drafter.inputs.transcript import Transcript, parse_transcript
from drafter.quotes.match import verify_quote

_TRAPS = re.compile(r"不可否认|不能否认|没有理由认为|未必|不一定|并非不|no doubt|wouldn't say no|not unlikely"
                    r"|not necessarily|can't see why not|hard to argue against|there's no question", re.IGNORECASE)
_INJECTION = re.compile(r"忽略|指令|ignore (?:all )?previous|disregard your|SYSTEM OVERRIDE|汇总工具|致汇总|负责汇总",
                        re.IGNORECASE)


# what becomes of a labelled dodge (Report.dodge_fate), plus the flags on answers not labelled evasive
FATES = ("stated", "flagged", "unclear", "answered", "flag_false")


@dataclass
class Case:
    """One labelled file: the transcript and its gold labels per question."""

    path: Path
    transcript: Transcript
    labels: dict[str, dict[str, Any]]
    source_labels: dict[str, dict[str, Any]] = field(default_factory=dict)  # real answers: the source's own label


@dataclass
class Counts:
    """Tallies for one group of items (overall, or one phenomenon)."""

    stance_ok: int = 0
    stance_n: int = 0
    pairs: dict[str, list[int]] = field(
        default_factory=lambda: {k: [0, 0, 0] for k in ("contradict", "agree", "evasive")})

    def prf(self, kind: str) -> tuple[float, float, float]:
        """Precision, recall, F1 for contradict / agree / evasive (1.0 when there is nothing to find or claim)."""
        tp, fp, fn = self.pairs[kind]
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Report:
    """Everything an evaluation run measured."""

    overall: Counts = field(default_factory=Counts)
    by_tag: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    quotes_ok: int = 0
    quotes_n: int = 0
    quotes_markup: int = 0  # quotes that carry Markdown markup (`**`, `##`, `- `, `|`, backticks)
    pair_rule_violations: int = 0
    # real answers: source label -> [answers called evasive, answers], e.g. how often a complying answer is a "dodge"
    called_evasive: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    # the phase rule ("every claim true, or flagged"): what became of each labelled dodge ('stated' as a dodge,
    # 'flagged' for the author as a possible dodge, left 'unclear' with no dodge named, or 'answered': read as a
    # position, the column's false claim), and 'flag_false': possible-dodge flags on answers not labelled evasive
    dodge_fate: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FATES, 0))
    seconds: float = 0.0
    answers: int = 0
    misses: list[str] = field(default_factory=list)


def load_cases(paths: Sequence[str | Path], match: str = "") -> list[Case]:
    """Every YAML file with `labels:` under the given files or folders (optionally names containing `match`)."""
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml")) if p.is_dir() else [p])
    cases = []
    for f in files:
        if match and match not in f.name:
            continue
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        if isinstance(data, dict) and data.get("labels"):
            body = {k: v for k, v in data.items() if k in ("topic", "language", "questions", "answers")}
            cases.append(Case(f, parse_transcript(body, f), data["labels"], data.get("source_labels") or {}))
    return cases


def _pairs(groups: list[list[str]]) -> set[frozenset[str]]:
    """Unordered pairs within each group."""
    return {frozenset(p) for g in groups for p in combinations(g, 2) if p[0] != p[1]}


def answer_tags(text: str, gold: str, lang: str) -> set[str]:
    """Phenomenon tags for one answer, from its gold stance and its wording."""
    tags = {f"lang:{lang}", f"gold:{gold}"}
    if _TRAPS.search(text):
        tags.add("negation_trap")
    if _INJECTION.search(text):
        tags.add("injection")
    long = len(text) >= 140 if lang == "zh" else len(text.split()) >= 70
    if long and gold != "evasive":
        tags.add("long_answer")
    return tags


def score(cases: list[Case], analyze: Any) -> Report:
    """Run `analyze` on every case and tally the results against the labels."""
    rep = Report()
    for case in cases:
        t0 = time.perf_counter()
        analysis: Analysis = analyze(case.transcript)
        rep.seconds += time.perf_counter() - t0
        rep.answers += len(case.transcript.answers)
        _score_case(case, analysis, rep)
    return rep


def _score_case(case: Case, analysis: Analysis, rep: Report) -> None:
    """Tally one case."""
    lang = case.transcript.language or "en"
    for qid, gold in case.labels.items():
        qa = analysis.question(qid)
        stances = qa.stances if qa else {}
        q_tags: set[str] = {f"kind:{qa.kind}"} if qa else set()
        # real-answer sets know only some labels: a question says which it lacks
        for model, want in (gold.get("stances", {}) if gold.get("stances_known", True) else {}).items():
            ans = case.transcript.answer(qid, model)
            tags = answer_tags(ans.text if ans else "", want, lang)
            q_tags |= tags - {f"gold:{want}"} | ({"gold:mixed"} if want == "mixed" else set())
            got = stances.get(model)
            for c in [rep.overall, *(rep.by_tag[t] for t in tags | {f"kind:{qa.kind}" if qa else "kind:?"})]:
                c.stance_n += 1
                c.stance_ok += got == want
            if got != want:
                key = qa.key_quotes.get(model, "") if qa else ""
                rep.misses.append(f"{case.path.name} {qid} {model}: stance {got} (gold {want}) :: {key}")
        _score_sets(case, qid, gold, qa, q_tags, rep)
        _score_source_labels(case, qid, qa, rep)
        _score_dodge_fate(gold, qa, rep)
        if qa:
            _score_quotes(case.transcript, qid, qa, rep)
            rep.pair_rule_violations += _pair_rule(qa)


def _score_sets(case: Case, qid: str, gold: dict[str, Any], qa: Any, tags: set[str], rep: Report) -> None:
    """Pair and evasion precision/recall tallies for one question."""
    got = {
        "contradict": _pairs([c.models for c in qa.contradictions]) if qa else set(),
        "agree": _pairs([a.models for a in qa.agreements]) if qa else set(),
        "evasive": {frozenset([e.model]) for e in qa.evasions} if qa else set(),
    }
    want = {
        "contradict": _pairs(gold.get("contradict") or []),
        "agree": _pairs(gold.get("agree") or []),
        "evasive": {frozenset([m]) for m in gold.get("evasive") or []},
    }
    kinds = list(got) if gold.get("pairs_known", True) else ["evasive"]
    for kind in kinds:
        tp, fp, fn = len(got[kind] & want[kind]), len(got[kind] - want[kind]), len(want[kind] - got[kind])
        for c in [rep.overall, *(rep.by_tag[t] for t in tags)]:
            c.pairs[kind][0] += tp
            c.pairs[kind][1] += fp
            c.pairs[kind][2] += fn
        for miss in got[kind] - want[kind]:
            rep.misses.append(f"{case.path.name} {qid}: extra {kind} {sorted(miss)}")
        for miss in want[kind] - got[kind]:
            rep.misses.append(f"{case.path.name} {qid}: missed {kind} {sorted(miss)}")


def _score_source_labels(case: Case, qid: str, qa: Any, rep: Report) -> None:
    """Real answers: per source label (COMPLETE, DENIAL, a Do-Not-Answer category…), how many were called evasive."""
    called = {e.model for e in qa.evasions} if qa else set()
    for model, label in (case.source_labels.get(qid) or {}).items():
        if model.startswith("_"):
            continue  # the source's gold letter or dropped answers, not one model's label
        tally = rep.called_evasive[f"{case.path.stem.rsplit('_', 1)[0]}:{label}"]
        tally[0] += model in called
        tally[1] += 1


def _score_dodge_fate(gold: dict[str, Any], qa: Any, rep: Report) -> None:
    """Tally what the analysis did with each labelled dodge, and its possible-dodge flags on other answers."""
    if qa is None:
        return
    stated = {e.model for e in qa.evasions}
    flagged = {m for item in qa.to_check if item.kind == "evasion" for m in item.models}
    wanted = set(gold.get("evasive") or [])
    for model in wanted:
        fate = ("stated" if model in stated else "flagged" if model in flagged
                else "unclear" if qa.stances.get(model) == "unclear" else "answered")
        rep.dodge_fate[fate] += 1
    rep.dodge_fate["flag_false"] += len(flagged - wanted - stated)


def all_quotes(qa: Any) -> list[tuple[str, str]]:
    """(model, quote) for every quote an analysed question holds."""
    out = [(m, q) for c in qa.contradictions for m, q in c.quotes.items()]
    out += [(m, q) for a in qa.agreements for m, q in a.quotes.items()]
    out += [(e.model, e.quote) for e in qa.evasions]
    out += list(qa.key_quotes.items())
    out += [(n.model, n.quote) for n in qa.numbers]
    return out


def _score_quotes(transcript: Transcript, qid: str, qa: Any, rep: Report) -> None:
    """Count quotes that verify against the quoted model's answer to this question."""
    for model, quote in all_quotes(qa):
        ans = transcript.answer(qid, model)
        rep.quotes_n += 1
        ok = bool(ans) and verify_quote(quote, ans.text if ans else "")
        rep.quotes_ok += ok
        if has_markup(quote):
            rep.quotes_markup += 1
            rep.misses.append(f"{qid} {model}: quote with markup: {quote[:60]}")
        if not ok:
            rep.misses.append(f"{qid} {model}: quote does not verify: {quote[:60]}")


# Markdown markup a quote must not carry: emphasis or code marks, a heading, list or quote marker, a table bar.
_MARKUP = re.compile(r"\*\*|__|`|^\s*#{1,6}\s|^\s*(?:[-*+]|\d+[.)])\s|^\s*>|\|", re.MULTILINE)


def has_markup(quote: str) -> bool:
    """True when a quote carries Markdown markup."""
    return bool(_MARKUP.search(quote))


def _pair_rule(qa: Any) -> int:
    """Pairs of eligible models listed zero or several times (0 when the rule holds)."""
    eligible = [m for m, s in qa.stances.items() if s not in ("evasive", "mixed", "unclear")]
    listed: dict[frozenset[str], int] = defaultdict(int)
    for c in qa.contradictions:
        listed[frozenset(c.models)] += 1
    for a in qa.agreements:
        for p in _pairs([a.models]):
            listed[p] += 1
    bad = sum(1 for p, n in listed.items() if n > 1 or not p <= set(eligible))
    if qa.kind != "open":
        bad += sum(1 for p in combinations(eligible, 2) if frozenset(p) not in listed)
    return bad
