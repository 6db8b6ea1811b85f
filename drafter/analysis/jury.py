"""An analyst jury (opt-in: `[roles] analyst = ["a", "b", "c"]`): several models read each question, the
majority's reading is kept, and a split jury is not stated as fact.

Each judge reads the answers under neutral letters (A, B, …), so a judge that is also on the panel cannot
tell its own answer; letters are mapped back to model keys. Per model, the final stance is the one more
than half of the judges gave (picks compared loosely); without such a majority the stance is `unclear`.
A model the judges did not read alike gets a low confidence, so a clash or dodge built on it goes to
`to_check` rather than into the column (drafter.analysis.merge). Inter-judge agreement (the share of judge
pairs that read a model alike) is reported per question in run.json.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from itertools import combinations
from typing import TYPE_CHECKING

from drafter.analysis import merge
from drafter.analysis.analyst import AnalystResult, QuestionNote, method_known, read_question
from drafter.analysis.positions import derive_pairs, same_pick
from drafter.analysis.schema import Analysis, CheckItem, QuestionAnalysis
from drafter.inputs.transcript import Question, Transcript
from drafter.panel.chat import http_client

if TYPE_CHECKING:
    import httpx

    from drafter.panel.config import ModelSpec
    from drafter.panel.tokens import UsageLedger

UNANIMOUS = merge.UNANIMOUS
SPLIT = 0.45  # below merge.SURE_ENOUGH: the reading is for the author to check


async def run_jury(judges: list[ModelSpec], transcript: Transcript, *,
                   http_async_client: httpx.AsyncClient | None = None,
                   ledger: UsageLedger | None = None) -> AnalystResult:
    """Every judge reads every question (judges whose method is unknown probe with the first question
    before fanning out); the majority reading, merged with the offline engine's."""
    from drafter.analysis.engine.analyzer import analyze
    from drafter.analysis.quote_check import verify_analysis

    questions = list(transcript.questions)
    async with http_client(http_async_client) as client:
        async def panel_reads(q: Question) -> list[tuple[QuestionAnalysis | None, QuestionNote]]:
            return list(await asyncio.gather(*(
                read_question(j, transcript, q, client, ledger, j.context_tokens, letters=True) for j in judges)))

        first = []
        if questions and not all(method_known(j) for j in judges):
            first = [await panel_reads(questions[0])]
            questions = questions[1:]
        rest = await asyncio.gather(*(panel_reads(q) for q in questions))
    per_question = [*first, *rest]
    verdicts: list[QuestionAnalysis] = []
    notes: list[QuestionNote] = []
    for q, reads in zip(transcript.questions, per_question, strict=True):
        readings = [qa for qa, _ in reads if qa is not None]
        note = _jury_note(q.id, judges, reads)
        notes.append(note)
        if readings:
            verified = [verify_analysis(Analysis(questions=[r]), transcript)[0].questions[0] for r in readings]
            qa, agreement = majority(q, verified, len(judges))
            note.agreement = agreement
            verdicts.append(qa)
    jury = Analysis(questions=verdicts, engine="llm")
    merged = merge.merge(jury, analyze(transcript), transcript)
    if not verdicts:
        merged = merged.model_copy(update={"engine": "offline"})
    return AnalystResult(merged, notes, jury)


def _jury_note(qid: str, judges: list[ModelSpec], reads: list[tuple[QuestionAnalysis | None, QuestionNote]]
               ) -> QuestionNote:
    """One note for the jury on a question: which judges read it, the calls, every problem."""
    ok = [j.key for j, (qa, _) in zip(judges, reads, strict=True) if qa is not None]
    note = QuestionNote(question=qid, engine=f"llm:{'+'.join(ok)}" if ok else "offline (fallback)",
                        calls=sum(n.calls for _, n in reads))
    note.method = ",".join(sorted({n.method for _, n in reads if n.method}))
    note.problems = [p for _, n in reads for p in n.problems]
    lost = [j.key for j in judges if j.key not in ok]
    if ok and lost:
        note.problems.append(f"{qid}: the jury read without {', '.join(lost)} (failed)")
    return note


def _signature(qa: QuestionAnalysis, model: str) -> tuple[str, str] | None:
    """What a judge read for a model: (stance, pick or figure), compared between judges."""
    stance = qa.stances.get(model)
    if stance is None:
        return None
    figure = next((f"{n.low:g}-{n.high:g}" for n in qa.numbers if n.model == model), "")
    return stance, qa.picks.get(model, "") or figure


def _alike(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] and (a[0] != "other" or not a[1] or not b[1] or a[1] == b[1] or same_pick(a[1], b[1]))


def majority(question: Question, readings: list[QuestionAnalysis], n_judges: int) -> tuple[QuestionAnalysis, float]:
    """The majority reading of the judges' readings, and their agreement (share of judge pairs alike)."""
    models = list(dict.fromkeys(m for qa in readings for m in qa.stances))
    stances: dict[str, str] = {}
    keys: dict[str, str] = {}
    picks: dict[str, str] = {}
    numbers = []
    evasions = []
    confidence: dict[str, float] = {}
    to_check: list[CheckItem] = []
    alike = pairs = 0
    kind = Counter(qa.kind for qa in readings).most_common(1)[0][0]
    for m in models:
        said = [(qa, sig) for qa in readings if (sig := _signature(qa, m)) is not None]
        for (_, a), (_, b) in combinations(said, 2):
            pairs += 1
            alike += _alike(a, b)
        winner = _winner([sig for _, sig in said], n_judges)
        if winner is None:
            stances[m], confidence[m] = "unclear", SPLIT
            votes = ", ".join(sorted(f"{sig[0]}{'=' + sig[1] if sig[1] else ''}" for _, sig in said))
            zh = any("\u4e00" <= ch <= "\u9fff" for ch in question.text)
            to_check.append(CheckItem(models=[m], kind="stance", reason=(
                f"分析模型意见不一({votes})" if zh else f"the analyst jury split ({votes})"),
                quotes={m: q} if (q := next((qa.key_quotes[m] for qa, _ in said if m in qa.key_quotes), "")) else {}))
            continue
        backers = [qa for qa, sig in said if _alike(sig, winner)]
        unanimous = len(backers) == len(said) == n_judges
        stances[m], confidence[m] = winner[0], UNANIMOUS if unanimous else SPLIT
        rep = next((qa for qa in backers if m in qa.key_quotes), backers[0])
        if m in rep.key_quotes:
            keys[m] = rep.key_quotes[m]
        if m in rep.picks:
            picks[m] = rep.picks[m]
        numbers += [n for n in rep.numbers if n.model == m]
        evasions += [e for e in rep.evasions if e.model == m]
    contradictions, agreements = derive_pairs(kind, stances, keys, picks, numbers, question.text)
    failed = list(dict.fromkeys(m for qa in readings for m in qa.failed))
    qa = QuestionAnalysis(id=question.id, text=question.text, kind=kind, stances=stances,  # type: ignore[arg-type]
                          key_quotes=keys, contradictions=contradictions, agreements=agreements, evasions=evasions,
                          numbers=numbers, picks=picks, failed=failed, confidence=confidence, to_check=to_check)
    return qa, round(alike / pairs, 3) if pairs else 1.0


def _winner(signatures: list[tuple[str, str]], n_judges: int) -> tuple[str, str] | None:
    """The reading more than half of the jury gave, or None."""
    for sig in signatures:
        if sum(_alike(sig, other) for other in signatures) * 2 > n_judges:
            return sig
    return None
