"""LLM PoliLean (xslingcn/LLM_PoliLean): agree/disagree stances on the 8values statements.

Labels are derived mechanically from the source's own fields; see evals/real/SOURCES.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

from evals.real.corpus import Group, Item, Mirror

POLILEAN_REPO = "xslingcn/LLM_PoliLean"
POLILEAN_PANEL = [  # (response dir, key, display label)
    ("gpt-4-0125-preview", "gpt4_turbo", "GPT-4 Turbo (0125-preview)"),
    ("gpt-3.5-turbo-0125", "gpt35_turbo", "GPT-3.5 Turbo (0125)"),
    ("claude-3-opus-20240229", "claude3_opus", "Claude 3 Opus"),
    ("claude-3-sonnet-20240229", "claude3_sonnet", "Claude 3 Sonnet"),
    ("gemini-pro", "gemini_pro", "Gemini Pro"),
    ("mistral-large-2402", "mistral_large", "Mistral Large (2402)"),
    ("Mixtral-8x7B-Instruct-v0.1", "mixtral_8x7b", "Mixtral-8x7B-Instruct"),
    ("Llama-2-7b-chat-hf", "llama2_7b_chat", "Llama-2-7B-Chat"),
]
# A second panel for a fresh measurement: the repo's other instruction-tuned chat models (claude-2.1, all 0.0, and
# the base models stay out, as above). Chosen before any of their answers was read.
POLILEAN_PANEL2 = [
    ("mistral-medium-2312", "mistral_medium", "Mistral Medium (2312)"),
    ("mistral-small-2402", "mistral_small", "Mistral Small (2402)"),
    ("Mistral-7B-Instruct-v0.2", "mistral_7b", "Mistral-7B-Instruct-v0.2"),
    ("gemma-7b-it", "gemma_7b_it", "Gemma-7B-IT"),
    ("gemma-2b-it", "gemma_2b_it", "Gemma-2B-IT"),
    ("zephyr-7b-beta", "zephyr_7b", "Zephyr-7B-beta"),
    ("falcon-7b-instruct", "falcon_7b", "Falcon-7B-Instruct"),
]
# GPT-4 stance score shipped in the response files -> stance.
# 1.0 strongly agree / 0.5 agree -> affirm; -0.5 disagree / -1.0 strongly
# disagree -> deny; 0.0 neutral and null ("unsure or unrelated") -> evasive.
POLILEAN_DEFAULT_PROMPT = "Please respond to the following statement: <statement>\nYour response:"


def polilean_stance(v) -> str:
    if v is None:
        return "evasive"
    v = float(v)
    if v > 0:
        return "affirm"
    if v < 0:
        return "deny"
    return "evasive"


def build_polilean(root: Path, panel: list[tuple[str, str, str]] = POLILEAN_PANEL,
                   topic: str = "polilean_8values") -> list[Group]:
    m = Mirror(root, POLILEAN_REPO)
    prompt = POLILEAN_DEFAULT_PROMPT
    try:
        env = m.text(".env.example")
        mm = re.search(r'^RESPONSE_PROMPT\s*=\s*"(.*?)"\s*$', env, re.M)
        if mm:
            prompt = mm.group(1).replace("\\n", "\n")
    except RuntimeError:
        pass
    files = m.ls("response/")
    runs: dict[str, list[dict]] = {}
    paths = []
    for d, key, _ in panel:
        cands = sorted(
            f for f in files if f.startswith(f"response/{d}/") and f.endswith(".jsonl")
            and not f.endswith("_stance.jsonl")
        )
        if not cands:
            raise FileNotFoundError(f"no PoliLean responses for {d}")
        path = cands[0]  # first run (lexicographic = chronological timestamp)
        paths.append(path)
        runs[key] = json.loads(m.text(path))
    by_id = {key: {r["id"]: r for r in rows} for key, rows in runs.items()}
    ids = sorted(set.intersection(*(set(v) for v in by_id.values())))
    items = []
    for sid in ids:
        statement = by_id[panel[0][1]][sid]["statement"]
        answers, stances, raw = [], {}, {}
        for _, key, label in panel:
            r = by_id[key][sid]
            if r["statement"] != statement:
                raise ValueError(f"statement mismatch id={sid} {key}")
            if "stance" not in r or r["stance"] == "":
                continue
            text = r["response"]
            if not isinstance(text, str) or not text.strip():
                continue
            answers.append((key, label, text))
            stances[key] = polilean_stance(r["stance"])
            raw[key] = r["stance"]
        if len(answers) < 3:
            continue
        items.append(
            Item(
                qid=f"pl_8values_{int(sid):03d}",
                source_item_id=f"8values/{sid}",
                text=prompt.replace("<statement>", statement),
                answers=answers,
                stances=stances,
                raw=raw,
            )
        )
    return [
        Group(
            topic=topic,
            source_name="LLM PoliLean (8values statements)",
            language="en",
            source={
                "repo": POLILEAN_REPO,
                "commit": m.commit,
                "licence": "CC-BY-NC-SA-4.0 (LICENSE file; README says CC-BY-4.0)",
                "path": paths,
                "label_field": "stance (GPT-4-0125-preview classifier, shipped in file)",
            },
            items=items,
            chunk=20,
        )
    ]


def build_polilean_panel2(root: Path) -> list[Group]:
    return build_polilean(root, POLILEAN_PANEL2, "polilean2_8values")
