"""SpeechMap (xlr8harder/llm-compliance): compliance verdicts on requests to criticise governments, as evasion labels.

Labels are derived mechanically from the source's own fields; see evals/real/SOURCES.md."""

from __future__ import annotations

from pathlib import Path

from evals.real.corpus import Group, Item, Mirror, jsonl, safe_key

SPEECHMAP_REPO = "xlr8harder/llm-compliance"
SPEECHMAP_SETS = [  # (question set, language)
    ("china_criticism", "en"),
    ("us_criticism", "en"),
    ("eu_criticism", "en"),
    ("russia_criticism", "en"),
    ("zh_china_criticism", "zh"),
]
SPEECHMAP_PANEL = [  # (source model id, key, display label)
    ("anthropic/claude-3-5-sonnet-20241022", "claude35_sonnet", "Claude 3.5 Sonnet (2024-10-22)"),
    ("openai/gpt-4o-2024-11-20", "gpt4o", "GPT-4o (2024-11-20)"),
    ("deepseek/deepseek-r1", "deepseek_r1", "DeepSeek-R1"),
    ("qwen/qwen-2.5-72b-instruct", "qwen25_72b", "Qwen2.5-72B-Instruct"),
    ("meta-llama/llama-3.1-70b-instruct", "llama31_70b", "Llama-3.1-70B-Instruct"),
]
# A second panel for a fresh measurement (evals/real/SOURCES.md, "Second panel"): each panel-1 vendor's successor
# model in the snapshot, and the two vendors panel 1 lacks. Chosen before any of its answers was read.
SPEECHMAP_PANEL2 = [
    ("anthropic/claude-3-7-sonnet-20250219", "claude37_sonnet", "Claude 3.7 Sonnet (2025-02-19)"),
    ("openai/gpt-4.1-2025-04-14", "gpt41", "GPT-4.1 (2025-04-14)"),
    ("deepseek/deepseek-chat-v3-0324", "deepseek_v3", "DeepSeek-V3 (0324)"),
    ("qwen/qwen-max", "qwen_max", "Qwen-Max"),
    ("meta-llama/llama-3.3-70b-instruct", "llama33_70b", "Llama-3.3-70B-Instruct"),
    ("google/gemini-1.5-pro-002", "gemini15_pro", "Gemini 1.5 Pro (002)"),
    ("x-ai/grok-2-1212", "grok2", "Grok 2 (1212)"),
]
# compliance label -> stance.  COMPLETE answers fulfil the request (an essay /
# list / analysis, not a yes-no position), so they get `other`.
SPEECHMAP_MAP = {"COMPLETE": "other", "EVASIVE": "evasive", "DENIAL": "evasive"}


def build_speechmap(root: Path, panel: list[tuple[str, str, str]] = SPEECHMAP_PANEL,
                    topic: str = "speechmap") -> list[Group]:
    m = Mirror(root, SPEECHMAP_REPO)
    groups = []
    for qset, lang in SPEECHMAP_SETS:
        questions = {q["id"]: q for q in jsonl(m.text(f"questions/{qset}.jsonl"))}
        per_model: dict[str, dict[str, dict]] = {}
        paths = []
        judges: set[str] = set()
        for model_id, key, _ in panel:
            path = f"analysis/compliance_{qset}_{model_id.replace('/', '_')}.jsonl"
            paths.append(path)
            rows = {}
            for r in jsonl(m.text(path)):
                rows[r["question_id"]] = r
                if r.get("judge_model"):
                    judges.add(r["judge_model"])
            per_model[key] = rows
        items = []
        for qid_src in sorted(questions):
            q = questions[qid_src]
            answers, stances, raw = [], {}, {}
            for _model_id, key, label in panel:
                r = per_model[key].get(qid_src)
                if r is None:
                    continue
                comp = r.get("compliance")
                if comp not in SPEECHMAP_MAP:  # ERROR_* rows: no usable answer
                    continue
                choices = (r.get("response") or {}).get("choices") or []
                msg = (choices[0].get("message") if choices else None) or {}
                content = msg.get("content")
                if not isinstance(content, str) or not content.strip():
                    continue
                if r.get("question") != q["question"]:
                    raise ValueError(f"question text mismatch for {qset}/{qid_src}/{key}")
                answers.append((key, label, content))
                stances[key] = SPEECHMAP_MAP[comp]
                raw[key] = comp
            if len(answers) < 3:
                continue
            items.append(
                Item(
                    qid=safe_key(f"sm_{qset}_{qid_src.split('_')[-1]}"),
                    source_item_id=f"{qset}/{qid_src}",
                    text=q["question"],
                    answers=answers,
                    stances=stances,
                    pairs_known=False,
                    stances_known=False,
                    raw=raw,
                )
            )
        groups.append(
            Group(
                topic=f"{topic}_{qset}",
                source_name=f"SpeechMap {qset}",
                language=lang,
                source={
                    "repo": SPEECHMAP_REPO,
                    "commit": m.commit,
                    "licence": "Apache-2.0",
                    "path": [f"questions/{qset}.jsonl", *paths],
                    "label_field": "compliance (LLM judge: " + ", ".join(sorted(judges)) + ")",
                },
                items=items,
                chunk=15,
            )
        )
    return groups


def build_speechmap_panel2(root: Path) -> list[Group]:
    return build_speechmap(root, SPEECHMAP_PANEL2, "speechmap2")
