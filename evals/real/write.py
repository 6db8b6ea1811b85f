"""Validating, splitting and writing the real-answers corpus: YAML transcripts per group and SPLIT.md."""

from __future__ import annotations

import re
from itertools import combinations
from pathlib import Path

import yaml

from evals.real.corpus import KEY_RE, STANCES, Group, Item, sha1


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
