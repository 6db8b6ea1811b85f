"""A model writer's prose may say only what the analysis says about the models.

The offline writer records every statement as data (write.statements); a chat model writes free prose, so its
sentences are read for the claims that matter most (a dodge, an agreement, a clash between named models) and a
sentence the analysis does not bear out is taken out and marked for the author, never printed as fact.
"""

from __future__ import annotations

import re
from itertools import combinations

from drafter.analysis.schema import Analysis
from drafter.inputs.transcript import Transcript

_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*|[^.!?]+[.!?]*")
DODGE = re.compile(r"回避|拒绝|拒答|没有正面回答|不表态|避而不答|打太极|官方口径|不置可否"
                   r"|dodg|refus|declin|evad|sidestep|would(?: not|n't) (?:answer|say|take)|no (?:position|opinion)",
                   re.I)
AGREE = re.compile(r"一致|同一边|不谋而合|看法相同|意见相合|\bagree|same (?:side|position|view)|concur", re.I)
CLASH = re.compile(r"相左|矛盾|针锋相对|截然相反|南辕北辙|对立|分歧"
                   r"|contradict|disagree|clash|opposite|at odds|part ways", re.I)


def _named(sentence: str, names: dict[str, str]) -> list[str]:
    """Model keys named in a sentence (by label or key), in order of appearance."""
    found = [(sentence.find(label), key) for key, label in names.items() if label and label in sentence]
    return [key for _, key in sorted(found)]


def unsupported(text: str, analysis: Analysis, transcript: Transcript) -> list[tuple[str, str]]:
    """(sentence, why) for each sentence of `text` that claims what the analysis does not show."""
    names = {m: transcript.label(m) for m in transcript.models()}
    dodgers = {e.model for q in analysis.questions for e in q.evasions}
    clashes = {frozenset(c.models) for q in analysis.questions for c in q.contradictions}
    agrees = {frozenset(p) for q in analysis.questions for g in q.agreements for p in combinations(g.models, 2)}
    problems = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0)
        models = _named(sentence, names)
        if not models:
            continue
        if DODGE.search(sentence) and not any(m in dodgers for m in models):
            problems.append((sentence, f"says {names[models[0]]} dodged; the analysis lists no dodge by it"))
        pairs = [frozenset(p) for p in combinations(models, 2)]
        if pairs and AGREE.search(sentence) and not CLASH.search(sentence) and not any(p in agrees for p in pairs):
            problems.append((sentence, "says models agree; the analysis has no such agreement"))
        if pairs and CLASH.search(sentence) and not AGREE.search(sentence) and not any(p in clashes for p in pairs):
            problems.append((sentence, "says models clash; the analysis has no such contradiction"))
    return problems


def strip_unsupported(text: str, analysis: Analysis, transcript: Transcript) -> tuple[str, list[str]]:
    """`text` without its unsupported sentences, and a note for each one taken out."""
    notes = []
    for sentence, why in unsupported(text, analysis, transcript):
        text = text.replace(sentence, "", 1)
        notes.append(f"writer sentence removed ({why}): {sentence.strip()[:80]}")
    return text, notes
