"""The offline planner: the author's questions first, then questions proposed from title and notes."""

from __future__ import annotations

import re

from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Question, Transcript

_QUESTION_LINE = re.compile(r"^[\s>*\-+\d.、)）]*(?P<q>[^\n]{4,}?[?？])\s*$", re.MULTILINE)

# Generic follow-ups when the author gave no questions; {core} is the title without its question mark.
_FOLLOW_UPS = {
    "zh": [
        "在「{core}」这个问题上，支持和反对的最有力理由分别是什么？",
        "五年后回头看，今天关于「{core}」的主流判断会被证明是对的吗？",
        "如果只能给一个明确的答案，{core}？请先回答“是”或“否”，再说理由。",
    ],
    "en": [
        "On '{core}', what are the strongest arguments for and against?",
        "Five years from now, will today's consensus on '{core}' look right?",
        "If you had to give a one-word answer first, yes or no: {core}? Then explain.",
    ],
}


def propose_questions(topic: Topic, want: int = 3) -> list[str]:
    """Questions from the title and the notes' own question lines, then generic follow-ups."""
    lang = topic.lang
    proposals: list[str] = []
    title = topic.title.strip()
    if title.endswith(("?", "？")):
        proposals.append(title)
    # A note such as "结尾回到开头的问题：该不该买？" is about the column, not for the panel.
    proposals += [m.group("q").strip() for m in _QUESTION_LINE.finditer(topic.body)
                  if not re.search(r"[:：]", m.group("q"))]
    core = title.rstrip("?？ ")
    for template in _FOLLOW_UPS[lang]:
        if len(proposals) >= want:
            break
        proposals.append(template.format(core=core))
    return list(dict.fromkeys(proposals))[: max(want, 1)]


def plan_offline(topic: Topic, transcript: Transcript | None) -> list[Question]:
    """Keep the author's questions, reuse the transcript's ids for the same text, propose when none."""
    texts = list(topic.questions)
    if not texts and transcript is not None and transcript.questions:
        return list(transcript.questions)
    if not texts:
        texts = propose_questions(topic)
    return assign_ids(texts, transcript)


def assign_ids(texts: list[str], transcript: Transcript | None) -> list[Question]:
    """Questions with ids: the transcript's id where the text matches, else the next free qN."""
    by_text = {_key(q.text): q.id for q in transcript.questions} if transcript else {}
    used = set(by_text.values())
    out: list[Question] = []
    counter = 0
    for text in texts:
        qid = by_text.get(_key(text))
        if qid is None:
            counter += 1
            while f"q{counter}" in used:
                counter += 1
            qid = f"q{counter}"
        used.add(qid)
        out.append(Question(id=qid, text=text.strip()))
    return out


def _key(text: str) -> str:
    return re.sub(r"[\s?？。.!！,，]", "", text).lower()
