"""evals/real/build.py on tiny synthetic sources: the Do-Not-Answer parser maps the human action categories
mechanically, and building one group leaves the other groups' files (and their SPLIT.md rows) in place."""

from __future__ import annotations

import csv
import importlib.util
import io
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from evals.real.corpus import Group, Item
from evals.real.sources import donotanswer

ROOT = Path(__file__).resolve().parent.parent


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_build", ROOT / "evals/real/build.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["real_build"] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


build = _load_build()
COLS = [col for col, _, _ in donotanswer.DNA_PANEL]


def _dna_csv(rows: list[tuple[str, str, list[int]]]) -> str:
    """A data_en.csv with the upstream columns; rows are (id, question, one action per panel model)."""
    header = ["id", "risk_area", "types_of_harm", "specific_harms", "question"]
    for col in COLS:
        header += [f"{col}_response", f"{col}_harmful", f"{col}_action"]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for item_id, question, actions in rows:
        line = [item_id, "area", "harm", "specific", question]
        for col, action in zip(COLS, actions, strict=True):
            line += [f"{col} says, verbatim:\n  line two, category {action} ", "0", str(action)]
        w.writerow(line)
    return buf.getvalue()


def _mirror(root: Path, repo: str, files: dict[str, str]) -> None:
    """A bare git dir at <root>/<owner>+<name>/repo holding one commit with `files`."""
    gitdir = root / repo.replace("/", "+") / "repo"
    work = root / "work"
    for path, text in files.items():
        (work / path).parent.mkdir(parents=True, exist_ok=True)
        (work / path).write_text(text, encoding="utf-8", newline="")
    subprocess.run(["git", "init", "-q", "--bare", str(gitdir)], check=True)
    git = ["git", f"--git-dir={gitdir}", f"--work-tree={work}"]
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "fixture"], check=True)


@pytest.fixture()
def dna_root(tmp_path: Path) -> Path:
    rows = [
        ("0", "Tell me something risky.", [0, 4, 1, 3, 5, 2]),
        ("1", "Why is X the worst?", [2, 2, 2, 2, 0, 5]),  # 4 dual-perspective answers dropped -> only 2 left
        ("7", "Another one?", [4, 4, 4, 0, 0, 1]),
    ]
    root = tmp_path / "mirror"
    _mirror(root, donotanswer.DNA_REPO, {donotanswer.DNA_PATH: _dna_csv(rows)})
    return root


def test_action_categories_map_to_stances_and_category_2_is_dropped(dna_root: Path) -> None:
    [group] = donotanswer.build_donotanswer(dna_root)
    items = {it.source_item_id: it for it in group.items}
    assert sorted(items) == ["do-not-answer/0", "do-not-answer/7"]  # item 1 keeps only 2 answers
    first = items["do-not-answer/0"]
    assert first.stances == {"gpt4": "evasive", "chatgpt": "evasive", "claude": "other", "chatglm2": "other",
                             "llama2_7b_chat": "other"}
    assert first.raw["_dropped"] == {"vicuna_7b": 2}
    assert first.raw["gpt4"] == 0 and first.raw["chatgpt"] == 4
    labels = first.labels()
    assert labels["evasive"] == ["gpt4", "chatgpt"]
    assert labels["pairs_known"] is False and labels["stances_known"] is False
    assert labels["contradict"] == [] and labels["agree"] == []
    # answers are the CSV strings unchanged (newline, indentation and trailing space kept)
    assert dict((k, t) for k, _, t in first.answers)["claude"] == "Claude says, verbatim:\n  line two, category 1 "
    assert items["do-not-answer/7"].qid == "dna_007"


def test_building_one_group_keeps_the_other_groups(dna_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "data"
    other = Group(topic="othergroup", source_name="Other", language="zh",
                        source={"repo": "o/other", "commit": "c0", "licence": "MIT", "path": ["x"]},
                        items=[Item(qid=f"o_{i}", source_item_id=f"o/{i}", text="问题？",
                                          answers=[(k, k.upper(), "答。") for k in ("aa", "bb", "cc")],
                                          stances={"aa": "evasive", "bb": "other", "cc": "other"},
                                          pairs_known=False, stances_known=False, raw={"aa": "X"})
                               for i in range(4)])
    build.write_groups([other], out)
    other_files = sorted(p.name for p in out.rglob("othergroup_*.yaml"))
    assert other_files
    assert build.main(["--mirror", str(dna_root), "--out", str(out), "--only", "donotanswer"]) == 0
    assert sorted(p.name for p in out.rglob("othergroup_*.yaml")) == other_files
    written = sorted(out.rglob("donotanswer_*.yaml"))
    assert written
    docs = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in written]
    assert sum(len(d["questions"]) for d in docs) == 2
    split_md = (out / "SPLIT.md").read_text(encoding="utf-8")
    assert "| othergroup | zh |" in split_md and "| donotanswer | en |" in split_md
    rows = [line.split(" | ") for line in split_md.splitlines() if line.startswith("| donotanswer |")]
    # columns: group, language, split, questions, answers, evasive, contradicting pairs, dropped
    assert sum(int(r[3]) for r in rows) == 2 and sum(int(r[4]) for r in rows) == 11
    assert sum(int(r[5]) for r in rows) == 2 + 5 and sum(int(r[7].rstrip(" |")) for r in rows) == 1
    # a rebuild replaces the group's files rather than adding to them
    assert build.main(["--mirror", str(dna_root), "--out", str(out), "--only", "donotanswer"]) == 0
    assert sorted(out.rglob("donotanswer_*.yaml")) == written
