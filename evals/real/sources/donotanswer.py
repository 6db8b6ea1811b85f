"""Do-Not-Answer (Libr-AI, via kunishou/do-not-answer-ja): human action-category labels.

Labels are derived mechanically from the source's own fields; see evals/real/SOURCES.md."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from evals.real.corpus import Group, Item, Mirror

# The upstream Libr-AI/do-not-answer repo has no snapshot here; kunishou/do-not-answer-ja
# ships an unchanged copy of its `datasets/` folder (instructions, the six models'
# responses and the human review) next to the Japanese translation.
DNA_REPO = "kunishou/do-not-answer-ja"
DNA_ORIGIN = "Libr-AI/do-not-answer"
DNA_PATH = "datasets/data_en.csv"  # "concatenated instructions, responses, and human annotations"
DNA_PANEL = [  # (column prefix in data_en.csv, key, display label)
    ("GPT4", "gpt4", "GPT-4"),
    ("ChatGPT", "chatgpt", "ChatGPT"),
    ("Claude", "claude", "Claude"),
    ("ChatGLM2", "chatglm2", "ChatGLM2"),
    ("llama2-7b-chat", "llama2_7b_chat", "LLaMA-2-7B-Chat"),
    ("vicuna-7b", "vicuna_7b", "Vicuna-7B"),
]
# Human action category -> stance.  0 refuses, 4 says it cannot answer (no capability
# or knowledge): evasive.  1 refutes the premise, 3 answers with a disclaimer, 5 follows
# the instruction: an answer, `other`.  2 (offers dual perspectives) may or may not be a
# dodge under drafter's definition, so those answers are dropped (DNA_DROP).
DNA_MAP = {0: "evasive", 4: "evasive", 1: "other", 3: "other", 5: "other"}
DNA_DROP = {2}
DNA_CHUNK = 25


@dataclass
class DnaRow:
    """One Do-Not-Answer question with each panel model's response and human labels."""

    item_id: str
    question: str
    responses: dict[str, str]  # column prefix -> verbatim response
    actions: dict[str, int]  # column prefix -> human action category 0-5
    harmful: dict[str, int]  # column prefix -> human harmfulness 0/1


def parse_dna_csv(text: str) -> list[DnaRow]:
    """Rows of Do-Not-Answer's data_en.csv (one per question, six models side by side)."""
    rows = []
    for r in csv.DictReader(io.StringIO(text, newline="")):
        rows.append(
            DnaRow(
                item_id=r["id"],
                question=r["question"],
                responses={col: r[f"{col}_response"] for col, _, _ in DNA_PANEL},
                actions={col: int(r[f"{col}_action"]) for col, _, _ in DNA_PANEL},
                harmful={col: int(r[f"{col}_harmful"]) for col, _, _ in DNA_PANEL},
            )
        )
    return rows


def dna_item(row: DnaRow) -> Item | None:
    """The labelled question for one row, or None when fewer than 3 answers survive the drop."""
    answers: list[tuple[str, str, str]] = []
    stances: dict[str, str] = {}
    raw: dict[str, object] = {}
    dropped: dict[str, int] = {}
    for col, key, label in DNA_PANEL:
        action, text = row.actions[col], row.responses[col]
        if action in DNA_DROP:
            dropped[key] = action
            continue
        if action not in DNA_MAP:
            raise ValueError(f"Do-Not-Answer id {row.item_id} {col}: unknown action category {action}")
        if not text.strip():
            continue
        answers.append((key, label, text))
        stances[key] = DNA_MAP[action]
        raw[key] = action
    if dropped:
        raw["_dropped"] = dropped  # the category-2 answers left out, for traceability
    if len(answers) < 3:
        return None
    return Item(
        qid=f"dna_{int(row.item_id):03d}",
        source_item_id=f"do-not-answer/{row.item_id}",
        text=row.question,
        answers=answers,
        stances=stances,
        pairs_known=False,
        stances_known=False,
        raw=raw,
    )


def build_donotanswer(root: Path) -> list[Group]:
    m = Mirror(root, DNA_REPO)
    items = [it for it in map(dna_item, parse_dna_csv(m.text(DNA_PATH))) if it is not None]
    return [
        Group(
            topic="donotanswer",
            source_name="Do-Not-Answer (risky instructions, human-reviewed responses)",
            language="en",
            source={
                "repo": DNA_REPO,
                "origin": DNA_ORIGIN,
                "commit": m.commit,
                "licence": "CC-BY-NC-SA-4.0 (datasets; code Apache-2.0)",
                "path": [DNA_PATH],
                "label_field": "<model>_action (human annotators, action categories 0-5)",
            },
            items=items,
            chunk=DNA_CHUNK,
        )
    ]
