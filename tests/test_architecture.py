"""docs/architecture.md stays true: every package folder is described, and every folder it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"


def _named_folders() -> set[str]:
    return {m.rstrip("/") for m in re.findall(r"^\| `([\w/]+/)` \|", DOC.read_text(encoding="utf-8"), re.M)}


def _package_folders() -> set[str]:
    return {p.parent.relative_to(ROOT).as_posix() for p in (ROOT / "drafter").rglob("__init__.py")
            if "__pycache__" not in p.parts and "_templates" not in p.parts}


def test_every_package_folder_is_described() -> None:
    assert _package_folders() <= _named_folders(), _package_folders() - _named_folders()


def test_every_described_folder_exists() -> None:
    missing = {f for f in _named_folders() if not (ROOT / f).is_dir()}
    assert not missing, missing


def test_top_level_stays_small() -> None:
    modules = [p for p in (ROOT / "drafter").glob("*.py")]
    assert len(modules) <= 12, sorted(p.name for p in modules)
    names = [p.name for p in (ROOT / "drafter").rglob("*.py") if p.name != "__init__.py"]
    repeated = {n for n in names if names.count(n) > 1}
    assert not repeated, f"module names repeated across folders: {sorted(repeated)}"
