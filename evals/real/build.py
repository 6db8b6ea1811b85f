#!/usr/bin/env python3
"""Build drafter's REAL-ANSWERS evaluation corpus from fetched public repositories.

Reads bare git mirrors (as brought in by the `fetch` tool under /work/.mirror,
layout ``<mirror>/<owner>+<name>/repo``) and writes labelled transcripts into
``evals/real/data/{tune,holdout}/*.yaml`` plus ``evals/real/data/SPLIT.md``.

No fetched content is stored in the source tree: the data folder is gitignored
and can always be rebuilt with

    python evals/real/build.py --mirror /work/.mirror

Every label is derived mechanically from labels shipped in the source data; see
evals/real/SOURCES.md for the exact mappings.  Python 3.11, stdlib + pyyaml.
"""
from __future__ import annotations

import argparse
import ast
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
STANCES = {"affirm", "deny", "mixed", "evasive", "other"}

# --------------------------------------------------------------------------
# git helpers
# --------------------------------------------------------------------------


class Mirror:
    def __init__(self, root: Path, repo: str):
        self.repo = repo
        cand = root / repo.replace("/", "+") / "repo"
        if not cand.exists():
            raise FileNotFoundError(f"mirror of {repo} not found at {cand}")
        self.gitdir = cand
        self.commit = self._git("rev-parse", "HEAD").decode().strip()

    def _git(self, *args: str) -> bytes:
        res = subprocess.run(
            ["git", f"--git-dir={self.gitdir}", *args], capture_output=True, check=False
        )
        if res.returncode != 0:
            raise RuntimeError(f"git {' '.join(args)} failed: {res.stderr.decode()[:300]}")
        return res.stdout

    def show(self, path: str) -> bytes:
        return self._git("show", f"{self.commit}:{path}")

    def text(self, path: str) -> str:
        return self.show(path).decode("utf-8")

    def ls(self, prefix: str = "") -> list[str]:
        args = ["ls-tree", "-r", "--name-only", self.commit]
        if prefix:
            args.append(prefix)
        return [p for p in self._git(*args).decode().split("\n") if p]

    def has(self, path: str) -> bool:
        res = subprocess.run(
            ["git", f"--git-dir={self.gitdir}", "cat-file", "-e", f"{self.commit}:{path}"],
            capture_output=True,
        )
        return res.returncode == 0


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def safe_key(s: str) -> str:
    k = re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")
    if not k or not k[0].isalpha():
        k = "x" + k
    return k


# --------------------------------------------------------------------------
# corpus model
# --------------------------------------------------------------------------


@dataclass
class Item:
    qid: str
    source_item_id: str
    text: str
    answers: list[tuple[str, str, str]]  # (model key, display label, verbatim text)
    stances: dict[str, str]
    pairs_known: bool = True
    stances_known: bool = True
    raw: dict[str, object] = field(default_factory=dict)  # source label per model

    def labels(self) -> dict:
        keys = [k for k, _, _ in self.answers]
        evasive = [k for k in keys if self.stances[k] == "evasive"]
        agree: list[list[str]] = []
        contradict: list[list[str]] = []
        if self.pairs_known:
            poles = [k for k in keys if self.stances[k] not in ("evasive", "mixed")]
            for a, b in combinations(poles, 2):
                pa, pb = self.pair_value(a), self.pair_value(b)
                (agree if pa == pb else contradict).append([a, b])
        lab: dict = {
            "stances": {k: self.stances[k] for k in keys},
            "contradict": contradict,
            "agree": agree,
            "evasive": evasive,
        }
        if not self.pairs_known:
            lab["pairs_known"] = False
        if not self.stances_known:
            lab["stances_known"] = False
        return lab

    # value compared for pairs; default is the stance itself
    pair_values: dict[str, str] = field(default_factory=dict)

    def pair_value(self, k: str) -> str:
        return self.pair_values.get(k, self.stances[k])


@dataclass
class Group:
    topic: str  # file stem / topic name
    source_name: str
    language: str
    source: dict
    items: list[Item]
    chunk: int = 20


# --------------------------------------------------------------------------
# Source 1: SpeechMap (xlr8harder/llm-compliance) -- evasion labels
# --------------------------------------------------------------------------

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
# compliance label -> stance.  COMPLETE answers fulfil the request (an essay /
# list / analysis, not a yes-no position), so they get `other`.
SPEECHMAP_MAP = {"COMPLETE": "other", "EVASIVE": "evasive", "DENIAL": "evasive"}


def build_speechmap(root: Path) -> list[Group]:
    m = Mirror(root, SPEECHMAP_REPO)
    groups = []
    for qset, lang in SPEECHMAP_SETS:
        questions = {q["id"]: q for q in jsonl(m.text(f"questions/{qset}.jsonl"))}
        per_model: dict[str, dict[str, dict]] = {}
        paths = []
        judges: set[str] = set()
        for model_id, key, _ in SPEECHMAP_PANEL:
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
            for _model_id, key, label in SPEECHMAP_PANEL:
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
                topic=f"speechmap_{qset}",
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


# --------------------------------------------------------------------------
# Source 2: LLM PoliLean (xslingcn/LLM_PoliLean) -- agree/disagree stances
# --------------------------------------------------------------------------

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


def build_polilean(root: Path) -> list[Group]:
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
    for d, key, _ in POLILEAN_PANEL:
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
        statement = by_id[POLILEAN_PANEL[0][1]][sid]["statement"]
        answers, stances, raw = [], {}, {}
        for _, key, label in POLILEAN_PANEL:
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
            topic="polilean_8values",
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


# --------------------------------------------------------------------------
# Source 3: MMLU-Pro model outputs (TIGER-AI-Lab/MMLU-Pro) -- final answers
# --------------------------------------------------------------------------

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


# --------------------------------------------------------------------------
# Source 4: Do-Not-Answer (Libr-AI) -- HUMAN action-category labels
# --------------------------------------------------------------------------

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


# --------------------------------------------------------------------------
# validation + writing
# --------------------------------------------------------------------------


def validate_doc(doc: dict) -> list[str]:
    errs = []
    qids = [q["id"] for q in doc["questions"]]
    if len(set(qids)) != len(qids):
        errs.append("duplicate question ids")
    for q in qids:
        if not KEY_RE.match(q):
            errs.append(f"bad question id {q}")
    by_q: dict[str, list[str]] = {q: [] for q in qids}
    for a in doc["answers"]:
        if a["question"] not in by_q:
            errs.append(f"answer for unknown question {a['question']}")
            continue
        if not KEY_RE.match(a["model"]):
            errs.append(f"bad model key {a['model']}")
        if a["model"] in by_q[a["question"]]:
            errs.append(f"duplicate answer {a['question']}/{a['model']}")
        by_q[a["question"]].append(a["model"])
        if not isinstance(a["text"], str) or not a["text"].strip():
            errs.append(f"empty answer {a['question']}/{a['model']}")
    for q in qids:
        lab = doc["labels"].get(q)
        if lab is None:
            errs.append(f"no labels for {q}")
            continue
        models = by_q[q]
        if len(models) < 3:
            errs.append(f"{q}: fewer than 3 models")
        st = lab["stances"]
        if set(st) != set(models):
            errs.append(f"{q}: stance keys != answer models")
        for v in st.values():
            if v not in STANCES:
                errs.append(f"{q}: bad stance {v}")
        ev = set(lab["evasive"])
        if ev != {k for k, v in st.items() if v == "evasive"}:
            errs.append(f"{q}: evasive list != evasive stances")
        pairs = [tuple(sorted(p)) for p in lab["contradict"] + lab["agree"]]
        if len(pairs) != len(set(pairs)):
            errs.append(f"{q}: a pair appears twice")
        for p in pairs:
            if len(p) != 2 or p[0] == p[1]:
                errs.append(f"{q}: malformed pair {p}")
            for k in p:
                if k not in st:
                    errs.append(f"{q}: pair member {k} has no answer")
                elif st[k] in ("evasive", "mixed"):
                    errs.append(f"{q}: {st[k]} model {k} in a pair")
        if lab.get("pairs_known", True):
            poles = sorted(k for k, v in st.items() if v not in ("evasive", "mixed"))
            want = {tuple(sorted(p)) for p in combinations(poles, 2)}
            if want != set(pairs):
                errs.append(f"{q}: pairs do not cover every non-evasive non-mixed pair exactly once")
        elif pairs:
            errs.append(f"{q}: pairs_known false but pairs given")
    return errs


def split_of(source_repo: str, item_id: str) -> str:
    return "tune" if int(sha1(f"{source_repo}:{item_id}")[:8], 16) % 2 == 0 else "holdout"


class _Dumper(yaml.SafeDumper):
    pass


def _str_rep(dumper, data: str):
    style = "|" if "\n" in data else None
    try:
        return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)
    except Exception:  # pragma: no cover
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_rep)


def dump_yaml(doc: dict) -> str:
    text = yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000)
    # guarantee a verbatim round trip (block scalars can lose trailing spaces)
    if yaml.safe_load(text) != doc:
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100000)
        assert yaml.safe_load(text) == doc
    return text


def group_files(out: Path, topic: str) -> list[Path]:
    """The files an earlier build wrote for one group (`<topic>_NN.yaml` in either split)."""
    name = re.compile(rf"^{re.escape(topic)}_\d+\.yaml$")
    return [f for split in ("tune", "holdout") for f in sorted((out / split).glob("*.yaml")) if name.match(f.name)]


def write_groups(groups: list[Group], out: Path) -> list[Path]:
    """Write each group's chunks, replacing only that group's old files (other groups built earlier stay)."""
    for g in groups:
        for old in group_files(out, g.topic):
            old.unlink()
    files_written = []
    for g in groups:
        by_split: dict[str, list[Item]] = {"tune": [], "holdout": []}
        for it in g.items:
            by_split[split_of(g.source["repo"], it.source_item_id)].append(it)
        for split, items in by_split.items():
            for n, start in enumerate(range(0, len(items), g.chunk)):
                chunk = items[start : start + g.chunk]
                doc = {
                    "topic": g.source_name,
                    "language": g.language,
                    "source": {**g.source, "items": [it.source_item_id for it in chunk]},
                    "questions": [{"id": it.qid, "text": it.text} for it in chunk],
                    "answers": [
                        {"question": it.qid, "model": k, "label": lab, "text": t}
                        for it in chunk
                        for k, lab, t in it.answers
                    ],
                    "labels": {it.qid: it.labels() for it in chunk},
                    "source_labels": {it.qid: it.raw for it in chunk},
                }
                errs = validate_doc(doc)
                if errs:
                    raise ValueError(f"{g.topic} {split} {n}: " + "; ".join(errs[:10]))
                path = out / split / f"{g.topic}_{n + 1:02d}.yaml"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(dump_yaml(doc), encoding="utf-8")
                files_written.append(path)
    return files_written


COUNT_COLUMNS = ["questions", "answers", "evasive answers", "contradicting pairs", "dropped answers"]


def file_counts(doc: dict) -> list[int]:
    """Counts of one written file, in COUNT_COLUMNS order (dropped = `_dropped` entries in source_labels)."""
    labels = doc["labels"].values()
    dropped = sum(len(raw.get("_dropped") or {}) for raw in (doc.get("source_labels") or {}).values())
    return [
        len(doc["questions"]),
        len(doc["answers"]),
        sum(len(lab["evasive"]) for lab in labels),
        sum(len(lab["contradict"]) for lab in labels),
        dropped,
    ]


def corpus_counts(out: Path) -> tuple[dict[tuple[str, str, str], list[int]], dict[str, str]]:
    """Counts per (group, language, split) and the source line per repo, read from every file in `out`."""
    counts: dict[tuple[str, str, str], list[int]] = {}
    sources: dict[str, str] = {}
    for split in ("tune", "holdout"):
        for f in sorted((out / split).glob("*.yaml")):
            doc = yaml.safe_load(f.read_text(encoding="utf-8"))
            topic = re.sub(r"_\d+$", "", f.stem)
            c = counts.setdefault((topic, doc["language"], split), [0] * len(COUNT_COLUMNS))
            for i, v in enumerate(file_counts(doc)):
                c[i] += v
            src = doc["source"]
            sources.setdefault(src["repo"], f"- {src['repo']} @ {src['commit']} ({src['licence']})")
    return counts, sources


def write_split_md(out: Path) -> None:
    """SPLIT.md for everything in `out`, so a build of some groups keeps the others' rows."""
    counts, sources = corpus_counts(out)
    lines = [
        "# REAL-ANSWERS corpus split",
        "",
        "Generated by `evals/real/build.py`; split = sha1(`<repo>:<source item id>`) "
        "first 8 hex digits even -> tune, odd -> holdout.",
        "",
        "| group | language | split | " + " | ".join(COUNT_COLUMNS) + " |",
        "| --- | --- | --- |" + " ---: |" * len(COUNT_COLUMNS),
    ]
    tot: dict[tuple[str, str], list[int]] = {}
    for (topic, lang, split), c in sorted(counts.items()):
        lines.append(f"| {topic} | {lang} | {split} | " + " | ".join(map(str, c)) + " |")
        t = tot.setdefault((split, lang), [0, 0])
        t[0] += c[0]
        t[1] += c[1]
    lines += ["", "| split | language | questions | answers |", "| --- | --- | ---: | ---: |"]
    for (split, lang), t in sorted(tot.items()):
        lines.append(f"| {split} | {lang} | {t[0]} | {t[1]} |")
    lines += ["", "Sources (commit used):", "", *sources.values(), ""]
    (out / "SPLIT.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", default="/work/.mirror", help="folder holding <owner>+<name>/repo git dirs")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "data"))
    builders = {
        "speechmap": build_speechmap,
        "polilean": build_polilean,
        "mmlupro": build_mmlupro,
        "donotanswer": build_donotanswer,
    }
    ap.add_argument("--only", nargs="*", choices=list(builders),
                    help="build only these groups; files of the other groups already in --out are kept")
    args = ap.parse_args(argv)
    root = Path(args.mirror)
    groups: list[Group] = []
    for name, fn in builders.items():
        if args.only and name not in args.only:
            continue
        try:
            groups.extend(fn(root))
        except FileNotFoundError as e:
            print(f"skipping {name}: {e}", file=sys.stderr)
    if not groups:
        print("nothing built", file=sys.stderr)
        return 1
    out = Path(args.out)
    files = write_groups(groups, out)
    write_split_md(out)
    print(f"wrote {len(files)} files to {out}")
    print((out / "SPLIT.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
