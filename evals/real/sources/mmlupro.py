"""MMLU-Pro model outputs (TIGER-AI-Lab/MMLU-Pro): the final answer letter of each model.

Labels are derived mechanically from the source's own fields; see evals/real/SOURCES.md."""

from __future__ import annotations

import ast
import io
import json
import zipfile
from pathlib import Path

from evals.real.corpus import Group, Item, Mirror, sha1

MMLUPRO_REPO = "TIGER-AI-Lab/MMLU-Pro"
MMLUPRO_PANEL = [  # (zip stem, key, display label)
    ("Meta-Llama-3_1-70B-Instruct", "llama31_70b", "Llama-3.1-70B-Instruct"),
    ("Qwen1.5-72B-Chat", "qwen15_72b", "Qwen1.5-72B-Chat"),
    ("c4ai-command-r-v01", "command_r", "Command R (c4ai-command-r-v01)"),
    ("gemini-1.5-flash-002", "gemini15_flash", "Gemini 1.5 Flash (002)"),
    ("Mixtral-8x7B-Instruct-v0.1", "mixtral_8x7b", "Mixtral-8x7B-Instruct"),
    ("Meta-Llama-3_1-8B-Instruct", "llama31_8b", "Llama-3.1-8B-Instruct"),
]
MMLUPRO_N = 160
MMLUPRO_MIN_CHARS = 80


def build_mmlupro(root: Path, n: int = MMLUPRO_N) -> list[Group]:
    m = Mirror(root, MMLUPRO_REPO)
    data: dict[str, dict[str, dict]] = {}
    paths = []
    for stem, key, _ in MMLUPRO_PANEL:
        path = f"eval_results/model_outputs_{stem}_5shots.zip"
        paths.append(path)
        z = zipfile.ZipFile(io.BytesIO(m.show(path)))
        name = next(x for x in z.namelist() if x.endswith(".json"))
        rows = json.loads(z.read(name))
        data[key] = {str(r["question_id"]): r for r in rows}

    def text_of(r: dict):
        t = r.get("generated_text")
        if t is None:
            t = r.get("model_outputs")
        return t

    common = set.intersection(*(set(v) for v in data.values()))
    usable = []
    for qid in common:
        ok = True
        for _, key, _ in MMLUPRO_PANEL:
            r = data[key][qid]
            t = text_of(r)
            if not r.get("pred") or not isinstance(t, str) or len(t.strip()) < MMLUPRO_MIN_CHARS:
                ok = False
                break
        if ok:
            usable.append(qid)
    usable.sort(key=lambda q: sha1(f"mmlupro:{q}"))
    chosen = usable[:n]
    items = []
    for qid in sorted(chosen, key=int):
        base = data[MMLUPRO_PANEL[0][1]][qid]
        opts = base["options"]
        if isinstance(opts, str):
            opts = ast.literal_eval(opts)
        letters = "ABCDEFGHIJKLMNOP"
        qtext = base["question"].strip() + "\n\nOptions:\n" + "\n".join(
            f"{letters[i]}. {o}" for i, o in enumerate(opts)
        )
        answers, stances, raw, pv = [], {}, {}, {}
        for _, key, label in MMLUPRO_PANEL:
            r = data[key][qid]
            if r["question"] != base["question"]:
                raise ValueError(f"MMLU-Pro question mismatch {qid} {key}")
            answers.append((key, label, text_of(r)))
            stances[key] = "other"
            pv[key] = r["pred"]
            raw[key] = r["pred"]
        raw["_gold"] = base["answer"]
        it = Item(
            qid=f"mmlupro_{qid}",
            source_item_id=f"mmlu-pro/{qid}",
            text=qtext,
            answers=answers,
            stances=stances,
            raw=raw,
        )
        it.pair_values = pv
        items.append(it)
    return [
        Group(
            topic="mmlupro",
            source_name="MMLU-Pro model outputs (5-shot CoT)",
            language="en",
            source={
                "repo": MMLUPRO_REPO,
                "commit": m.commit,
                "licence": "Apache-2.0",
                "path": paths,
                "label_field": "pred (answer letter extracted by MMLU-Pro's evaluation script)",
            },
            items=items,
            chunk=20,
        )
    ]
