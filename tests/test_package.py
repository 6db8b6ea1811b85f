"""The package installs like one: a wheel carries the templates, and an installed drafter drafts the demo
from a folder outside the repo, with no DRAFTER_TEMPLATES and no checkout on its path."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tracked_copy(dest: Path) -> Path:
    """The files git tracks (the `_templates` link included), as a fresh clone would have them."""
    files = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, files.decode().split("\0")):
        src, dst = ROOT / name, dest / name
        if not src.exists() and not src.is_symlink():
            continue  # deleted in the work tree, not yet committed
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            os.symlink(os.readlink(src), dst)
        else:
            shutil.copy2(src, dst)
    return dest


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to list the package's files")
    source = _tracked_copy(tmp_path_factory.mktemp("src"))
    dist = tmp_path_factory.mktemp("dist")
    # No build isolation: the venv's setuptools builds it, so the test needs no package index.
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(dist), str(source)], check=True, capture_output=True, timeout=300)
    return next(dist.glob("drafter-*.whl"))


def test_wheel_carries_prompts_and_column_templates(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    repo_templates = {p.relative_to(ROOT / "templates").as_posix() for p in (ROOT / "templates").rglob("*")
                      if p.is_file()}
    shipped = {n.removeprefix("drafter/_templates/") for n in names if n.startswith("drafter/_templates/")}
    assert repo_templates and repo_templates <= shipped, repo_templates - shipped
    assert "graphs/column.py" in names


def test_installed_wheel_drafts_the_demo_outside_the_repo(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # Dependencies come from this test run's environment (no index here); drafter itself only from the
    # wheel: a plain path entry does not run the dev environment's editable-install hook.
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    work = tmp_path / "elsewhere"
    shutil.copytree(ROOT / "examples" / "h200", work / "h200")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "DRAFTER_TEMPLATES"}}
    where = subprocess.run([python, "-c", "import drafter; print(drafter.__file__)"], cwd=work, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert where.startswith(str(site)), where
    run = subprocess.run([python, "-m", "drafter", "draft", "h200/topic.md", "--out", "out", "-q"], cwd=work,
                         env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "模型甲" in (work / "out" / "draft.md").read_text(encoding="utf-8")
    assert (work / "out" / "draft.docx").stat().st_size > 10_000
