"""The real-answers corpus model: bare git mirrors of the source repositories, and the items and groups the
source readers build from them."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

KEY_RE = re.compile(r"^[a-z][a-z0-9_]*$")
STANCES = {"affirm", "deny", "mixed", "evasive", "other"}


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
