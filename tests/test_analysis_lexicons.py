"""The lexicons are data with provenance: every entry has a reason and an origin, and no entry comes from held-out
or evaluation text (only `general` entries, or ones generalised from a tuning file they really fire in)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter.analysis.lexicons.data import LANGUAGES, lexicon

ROOT = Path(__file__).resolve().parent.parent


def _real_data() -> Path:
    """The real-answers corpus (gitignored, built by evals/real/build.py): here, or in the main checkout when this is
    a git worktree."""
    here = ROOT / "evals/real/data"
    if here.is_dir():
        return here
    try:
        common = subprocess.run(["git", "rev-parse", "--path-format=absolute", "--git-common-dir"], cwd=ROOT,
                                capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return here
    return Path(common).parent / "evals/real/data"


REAL = _real_data()
# where each origin prefix lives; devset and the real-answers corpus are outside git (present on a dev machine)
TUNING = {
    "devset/": ROOT.parent / "shared" / "devset",
    "tests/data/cases/": ROOT / "tests/data/cases",
    "tests/data/blind/": ROOT / "tests/data/blind",
    "tests/data/blind2/": ROOT / "tests/data/blind2",
    "tests/data/blind3/": ROOT / "tests/data/blind3",
    "tests/data/blind4/": ROOT / "tests/data/blind4",
    "tests/data/md-tune/": ROOT / "tests/data/md-tune",
    "tests/data/md-tune2/": ROOT / "tests/data/md-tune2",  # held out until its one measurement (2026-12-05)
    "tests/data/md-tune3/": ROOT / "tests/data/md-tune3",  # held out (as md-holdout2) until measured, 2026-12-05
    "tests/data/md-tune4/": ROOT / "tests/data/md-tune4",  # held out (as md-holdout3) until measured, 2026-12-05
    "tests/data/md-tune5/": ROOT / "tests/data/md-tune5",  # held out (as md-holdout4) until measured, 2026-12-05
    "tests/data/md-tune6/": ROOT / "tests/data/md-tune6",  # held out (as md-holdout5) until measured, 2026-12-05
    "tests/data/md-tune7/": ROOT / "tests/data/md-tune7",  # held out (as md-holdout6) until measured, 2026-12-05
    "tests/data/md-tune8/": ROOT / "tests/data/md-tune8",  # held out (as md-holdout7) until measured, 2026-12-05
    "tests/data/md-tune9/": ROOT / "tests/data/md-tune9",  # held out (as md-holdout8) until measured, 2026-12-05
    "tests/data/md-tune10/": ROOT / "tests/data/md-tune10",  # held out (as md-holdout9) until measured, 2026-12-05
    "tests/data/md-tune11/": ROOT / "tests/data/md-tune11",  # held out (as md-holdout10) until measured, 2026-12-05
    "tests/data/md-tune12/": ROOT / "tests/data/md-tune12",  # held out (as md-holdout11) until measured, 2026-12-05
    "tests/data/md-tune13/": ROOT / "tests/data/md-tune13",  # held out (as md-holdout12) until measured, 2026-12-05
    "tests/data/md-tune14/": ROOT / "tests/data/md-tune14",  # held out (as md-holdout15) until measured, 2026-12-05
    "tests/data/md-tune15/": ROOT / "tests/data/md-tune15",  # held out (as md-holdout17) until measured, 2026-12-05
    "tests/data/md-tune16/": ROOT / "tests/data/md-tune16",  # held out (as md-holdout19) until measured, 2026-12-05
    "tests/data/md-tune17/": ROOT / "tests/data/md-tune17",  # held out (as md-holdout20) until measured, 2026-12-05
    "tests/data/md-tune18/": ROOT / "tests/data/md-tune18",  # held out (as md-holdout21) until measured, 2026-12-05
    "tests/data/md-tune19/": ROOT / "tests/data/md-tune19",  # held out (as md-holdout22) until measured, 2026-12-05
    "tests/data/md-tune20/": ROOT / "tests/data/md-tune20",  # held out (as md-holdout23) until measured, 2026-12-05
    "tests/data/md-tune21/": ROOT / "tests/data/md-tune21",  # held out (as md-holdout31) until measured, 2026-12-06
    "tests/data/md-tune22/": ROOT / "tests/data/md-tune22",  # held out (as md-holdout32) until measured, 2026-12-06
    "tests/data/md-tune23/": ROOT / "tests/data/md-tune23",  # held out (as md-holdout35) until measured, 2026-12-06
    "tests/data/md-tune24/": ROOT / "tests/data/md-tune24",  # held out (blind batch k43) until measured, 2026-12-06
    "tests/data/md-tune25/": ROOT / "tests/data/md-tune25",  # blind batch k46, measured once on 2026-12-06, then read
    "tests/data/md-tune26/": ROOT / "tests/data/md-tune26",  # blind batch k49, measured once on 2026-12-06, then read
    "tests/data/md-tune27/": ROOT / "tests/data/md-tune27",  # blind batch k51, measured once on 2026-12-06, then read
    "tests/data/md-tune28/": ROOT / "tests/data/md-tune28",  # blind batch k55, measured once on 2026-12-06, then read
    "tests/data/md-tune29/": ROOT / "tests/data/md-tune29",  # blind batch k57, measured once on 2026-12-06, then read
    "tests/data/md-tune30/": ROOT / "tests/data/md-tune30",  # blind batch k60, measured once on 2026-12-06, then read
    # held out (as md-holdout54) until its question texts were looked at and two question shapes fixed, 2026-12-06
    "tests/data/md-tune31/": ROOT / "tests/data/md-tune31",
    "tests/data/md-tune32/": ROOT / "tests/data/md-tune32",  # blind batch k63, measured once on 2026-12-06, then read
    "tests/data/md-tune33/": ROOT / "tests/data/md-tune33",  # blind batch k65, measured once on 2026-12-06, then read
    "tests/data/md-tune34/": ROOT / "tests/data/md-tune34",  # blind batch k67, measured once on 2026-12-06, then read
    "tests/data/md-tune35/": ROOT / "tests/data/md-tune35",  # blind batch k69, measured once on 2026-12-06, then read
    "tests/data/md-tune36/": ROOT / "tests/data/md-tune36",  # blind batch k71, measured once on 2026-12-06, then read
    "tests/data/md-tune37/": ROOT / "tests/data/md-tune37",  # blind batch k73, measured once on 2026-12-06, then read
    "tests/data/md-tune38/": ROOT / "tests/data/md-tune38",  # blind batch k75, measured once on 2026-12-06, then read
    "tests/data/md-tune39/": ROOT / "tests/data/md-tune39",  # blind batch k77, measured once on 2026-12-06, then read
    "tests/data/md-tune40/": ROOT / "tests/data/md-tune40",  # blind batch k79, measured once on 2026-12-06, then read
    "tests/data/md-tune41/": ROOT / "tests/data/md-tune41",  # blind batch k81, measured once on 2026-12-06, then read
    "tests/data/md-tune42/": ROOT / "tests/data/md-tune42",  # blind batch k83, measured once on 2026-12-06, then read
    "tests/data/md-tune43/": ROOT / "tests/data/md-tune43",  # blind batch k85, measured once on 2026-12-06, then read
    "tests/data/md-tune44/": ROOT / "tests/data/md-tune44",  # blind batch k87, measured once on 2026-12-06, then read
    "tests/data/md-tune45/": ROOT / "tests/data/md-tune45",  # blind batch k89, measured once on 2026-12-06, then read
    "tests/data/md-tune46/": ROOT / "tests/data/md-tune46",  # blind batch k91, measured once on 2026-12-06, then read
    "tests/data/md-tune47/": ROOT / "tests/data/md-tune47",  # blind batch k93, measured once on 2026-12-06, then read
    "tests/data/md-tune48/": ROOT / "tests/data/md-tune48",  # blind batch k95, measured once on 2026-12-06, then read
    "tests/data/md-tune49/": ROOT / "tests/data/md-tune49",  # blind batch k97, measured once on 2026-12-06, then read
    "tests/data/md-tune50/": ROOT / "tests/data/md-tune50",  # blind batch k99, measured once on 2026-12-06, then read
    "tests/data/md-tune51/": ROOT / "tests/data/md-tune51",  # blind batch k101, measured once on 2026-12-06, then read
    "tests/data/md-tune52/": ROOT / "tests/data/md-tune52",  # blind batch k103, measured once on 2026-12-06, then read
    "tests/data/md-tune53/": ROOT / "tests/data/md-tune53",  # blind batch k105, measured once on 2026-12-06, then read
    "tests/data/md-tune54/": ROOT / "tests/data/md-tune54",  # blind batch k107, measured once on 2026-12-07, then read
    "tests/data/md-tune55/": ROOT / "tests/data/md-tune55",  # blind batch k109, measured once on 2026-12-07, then read
    "tests/data/md-tune56/": ROOT / "tests/data/md-tune56",  # blind batch k111, measured once on 2026-12-07, then read
    "tests/data/md-tune57/": ROOT / "tests/data/md-tune57",  # blind batch k113, measured once on 2026-12-07, then read
    "tests/data/md-tune58/": ROOT / "tests/data/md-tune58",  # blind batch k115, measured once on 2026-12-07, then read
    "tests/data/md-tune59/": ROOT / "tests/data/md-tune59",  # blind batch k117, measured once on 2026-12-07, then read
    "tests/data/md-tune60/": ROOT / "tests/data/md-tune60",  # blind batch k119, measured once on 2026-12-07, then read
    "tests/data/md-tune61/": ROOT / "tests/data/md-tune61",  # blind batch k121, measured once on 2026-12-07, then read
    "tests/data/md-tune62/": ROOT / "tests/data/md-tune62",  # blind batch k123, measured once on 2026-12-07, then read
    "tests/data/md-tune63/": ROOT / "tests/data/md-tune63",  # blind batch k125, measured once on 2026-12-07, then read
    "tests/data/md-tune64/": ROOT / "tests/data/md-tune64",  # blind batch k129, measured once on 2026-12-07, then read
    "tests/data/md-tune65/": ROOT / "tests/data/md-tune65",  # blind batch k131, measured once on 2026-12-07, then read
    "tests/data/md-tune66/": ROOT / "tests/data/md-tune66",  # blind batch k133, measured once on 2026-12-07, then read
    "tests/data/md-tune67/": ROOT / "tests/data/md-tune67",  # blind batch k135, measured once on 2026-12-07, then read
    "tests/data/md-tune68/": ROOT / "tests/data/md-tune68",  # blind batch k137, measured once on 2026-12-07, then read
    "tests/data/md-tune69/": ROOT / "tests/data/md-tune69",  # blind batch k139, measured once on 2026-12-07, then read
    "tests/data/md-tune70/": ROOT / "tests/data/md-tune70",  # blind batch k141, measured once on 2026-12-07, then read
    "tests/data/md-tune71/": ROOT / "tests/data/md-tune71",  # blind batch k145, measured once on 2026-12-07, then read
    "tests/data/md-tune72/": ROOT / "tests/data/md-tune72",  # blind batch k147, measured once on 2026-12-07, then read
    "tests/data/md-tune73/": ROOT / "tests/data/md-tune73",  # blind batch k149, measured once on 2026-12-07, then read
    "tests/data/md-tune74/": ROOT / "tests/data/md-tune74",  # blind batch k152, measured once on 2026-12-07, then read
    "tests/data/md-tune75/": ROOT / "tests/data/md-tune75",  # blind batch k154, measured once, then its misses seen
    "tests/data/md-tune76/": ROOT / "tests/data/md-tune76",  # blind batch k155, measured once, then its misses seen
    "tests/data/md-tune77/": ROOT / "tests/data/md-tune77",  # blind batch k165, measured once, then its misses read
    "tests/data/md-tune78/": ROOT / "tests/data/md-tune78",  # blind batch k167 (zh half), measured once
    "tests/data/md-tune79/": ROOT / "tests/data/md-tune79",  # blind batch k167 (en half), measured once
    "tests/data/md-tune80/": ROOT / "tests/data/md-tune80",  # batch k170 (zh half), measured once
    "tests/data/md-tune81/": ROOT / "tests/data/md-tune81",  # batch k170 (en half), measured once
    "tests/data/md-tune82/": ROOT / "tests/data/md-tune82",  # batch k171 (zh half, choice-heavy), measured once
    "tests/data/md-tune83/": ROOT / "tests/data/md-tune83",  # batch k171 (en half, choice-heavy), measured once
    "tests/data/md-tune84/": ROOT / "tests/data/md-tune84",  # batch k173 (zh half, choice-heavy), measured once
    "tests/data/md-tune85/": ROOT / "tests/data/md-tune85",  # batch k173 (en half, choice-heavy), measured once
    "tests/data/md-tune86/": ROOT / "tests/data/md-tune86",  # batch k175 (zh half, choice-heavy), measured once
    "tests/data/md-tune87/": ROOT / "tests/data/md-tune87",  # batch k175 (en half, choice-heavy), measured once
    "tests/data/md-tune88/": ROOT / "tests/data/md-tune88",  # batch k178 (zh half, choice-heavy), measured once
    "tests/data/md-tune89/": ROOT / "tests/data/md-tune89",  # batch k178 (en half, choice-heavy), measured once
    "evals/real/data/tune/": REAL / "tune",
    "evals/real/data/panel2/tune/": REAL / "panel2" / "tune",  # the second panel's tune half (2026-12-07)
}
HELD_OUT = [ROOT / "tests/data/md-holdout13", ROOT / "tests/data/md-holdout14", ROOT / "tests/data/md-holdout16",
            ROOT / "tests/data/md-holdout18", ROOT / "tests/data/md-holdout24",
            ROOT / "tests/data/md-holdout25", ROOT / "tests/data/md-holdout26",
            ROOT / "tests/data/md-holdout27", ROOT / "tests/data/md-holdout28",
            ROOT / "tests/data/md-holdout29", ROOT / "tests/data/md-holdout30",
            ROOT / "tests/data/md-holdout33", ROOT / "tests/data/md-holdout34", ROOT / "tests/data/md-holdout36",
            ROOT / "tests/data/md-holdout37", ROOT / "tests/data/md-holdout38", ROOT / "tests/data/md-holdout39",
            ROOT / "tests/data/md-holdout40", ROOT / "tests/data/md-holdout41", ROOT / "tests/data/md-holdout42",
            ROOT / "tests/data/md-holdout43",
            ROOT / "tests/data/md-holdout44",
            ROOT / "tests/data/md-holdout45",
            ROOT / "tests/data/md-holdout46",
            ROOT / "tests/data/md-holdout47",
            ROOT / "tests/data/md-holdout48",
            ROOT / "tests/data/md-holdout49",
            ROOT / "tests/data/md-holdout50",
            ROOT / "tests/data/md-holdout51",
            ROOT / "tests/data/md-holdout52",
            ROOT / "tests/data/md-holdout53",
            ROOT / "tests/data/md-holdout55",
            ROOT / "tests/data/md-holdout56",
            ROOT / "tests/data/md-holdout57",
            ROOT / "tests/data/md-holdout58", ROOT / "tests/data/md-holdout59", ROOT / "tests/data/md-holdout60",
            ROOT / "tests/data/md-holdout61", ROOT / "tests/data/md-holdout62", ROOT / "tests/data/md-holdout63",
            ROOT / "tests/data/md-holdout64", ROOT / "tests/data/md-holdout65",
            ROOT / "tests/data/md-holdout66", ROOT / "tests/data/md-holdout67", ROOT / "tests/data/md-holdout68",
            ROOT / "tests/data/md-holdout69", ROOT / "tests/data/md-holdout70", ROOT / "tests/data/md-holdout71",
            ROOT / "tests/data/md-holdout72", ROOT / "tests/data/md-holdout73", ROOT / "tests/data/md-holdout74",
            ROOT / "tests/data/md-holdout75", ROOT / "tests/data/md-holdout76", ROOT / "tests/data/md-holdout77",
            ROOT / "tests/data/md-holdout78", ROOT / "tests/data/md-holdout79",
            ROOT / "tests/data/md-holdout80", ROOT / "tests/data/md-holdout81", ROOT / "tests/data/md-holdout82",
            ROOT / "tests/data/md-holdout83", ROOT / "tests/data/md-holdout84", ROOT / "tests/data/md-holdout85",
            ROOT / "tests/data/md-holdout86", ROOT / "tests/data/md-holdout87", ROOT / "tests/data/md-holdout88",
            ROOT / "tests/data/md-holdout89", ROOT / "tests/data/md-holdout90", ROOT / "tests/data/md-holdout91",
            ROOT / "tests/data/md-holdout92", ROOT / "tests/data/md-holdout93",
            ROOT / "tests/data/md-holdout94", ROOT / "tests/data/md-holdout95", ROOT / "tests/data/md-holdout96",
            ROOT / "tests/data/md-holdout97", ROOT / "tests/data/md-holdout98", ROOT / "tests/data/md-holdout99",
            ROOT / "tests/data/md-holdout100", ROOT / "tests/data/md-holdout101", ROOT / "tests/data/md-holdout102",
            ROOT / "tests/data/md-holdout103", ROOT / "tests/data/md-holdout104", ROOT / "tests/data/md-holdout105",
            ROOT / "tests/data/md-holdout106", ROOT / "tests/data/md-holdout107", ROOT / "tests/data/md-holdout108",
            ROOT / "tests/data/md-holdout109", ROOT / "tests/data/md-holdout110", ROOT / "tests/data/md-holdout111",
            ROOT / "tests/data/md-holdout112", ROOT / "tests/data/md-holdout113", ROOT / "tests/data/md-holdout114",
            ROOT / "tests/data/md-holdout115", ROOT / "tests/data/md-holdout116",
            ROOT / "tests/data/md-holdout117", ROOT / "tests/data/md-holdout118",
            ROOT / "tests/data/md-holdout119", ROOT / "tests/data/md-holdout120",
            ROOT / "tests/data/md-holdout121", ROOT / "tests/data/md-holdout122",
            ROOT / "tests/data/md-holdout123", ROOT / "tests/data/md-holdout124",
            ROOT / "tests/data/md-holdout125", ROOT / "tests/data/md-holdout126",
            ROOT / "tests/data/md-holdout127", ROOT / "tests/data/md-holdout128",
            ROOT / "tests/data/blind5", REAL / "holdout", REAL / "panel2" / "holdout"]


def _answers(path: Path) -> list[str]:
    """The answer texts of one transcript file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [str(a.get("text") or "") for a in (data.get("answers") or [])] if isinstance(data, dict) else []


def _texts(folder: Path) -> list[str]:
    return [t for f in sorted(folder.glob("*.yaml")) for t in _answers(f)] if folder.is_dir() else []


def _all_entries() -> list[tuple[str, str, dict[str, Any], int]]:
    """(language, table, entry, flags) for every entry of every lexicon."""
    out = []
    for lang in LANGUAGES:
        for name, spec in lexicon(lang).items():
            flags = re.IGNORECASE if "i" in str(spec.get("flags", "")) else 0
            out.extend((lang, name, e, flags) for e in spec["entries"])
    return out


def provenance_problems(entries: list[tuple[str, str, dict[str, Any], int]], origin_texts: dict[str, list[str]],
                        tuning_texts: list[str], held_out_texts: list[str]) -> list[str]:
    """Entries whose origin is not `general` or a tuning file, that do not fire in their origin file (when it is
    at hand), or that fire in held-out text but in no tuning text."""
    bad = []
    for lang, name, entry, flags in entries:
        origin = entry["origin"]
        if origin == "general":
            continue
        where = f"{lang}.yaml {name} {entry['pattern'][:40]!r} (origin {origin})"
        if not any(origin.startswith(prefix) for prefix in TUNING):
            bad.append(f"{where}: origin is not a tuning file")
            continue
        pat = re.compile(entry["pattern"], flags)
        if origin in origin_texts and not any(pat.search(t) for t in origin_texts[origin]):
            bad.append(f"{where}: does not fire in its origin")
        # Judged only where the origin's tuning data is at hand: a clean clone has neither the devset nor the
        # (gitignored) real-answers corpus, and an entry drawn from them cannot be told apart from one that is not.
        if origin not in origin_texts:
            continue
        if any(pat.search(t) for t in held_out_texts) and not any(pat.search(t) for t in tuning_texts):
            bad.append(f"{where}: fires in held-out text but in no tuning text")
    return bad


def _origin_texts(entries: list[tuple[str, str, dict[str, Any], int]]) -> dict[str, list[str]]:
    """The answers of every origin file that is at hand."""
    out: dict[str, list[str]] = {}
    for _, _, entry, _ in entries:
        origin = entry["origin"]
        for prefix, folder in TUNING.items():
            if origin.startswith(prefix) and (folder / origin[len(prefix):]).is_file():
                out[origin] = _answers(folder / origin[len(prefix):])
    return out


def test_every_entry_has_a_pattern_a_one_line_reason_and_an_origin() -> None:
    entries = _all_entries()
    assert len(entries) > 300
    for lang, name, entry, flags in entries:
        assert set(entry) == {"pattern", "reason", "origin"}, (lang, name, entry)
        assert entry["reason"].strip() and "\n" not in entry["reason"]
        re.compile(entry["pattern"], flags)


def test_no_entry_comes_from_held_out_or_evaluation_text() -> None:
    entries = _all_entries()
    origins = _origin_texts(entries)
    in_repo = [e for e in entries if e[2]["origin"].startswith("tests/")]
    assert all(e[2]["origin"] in origins for e in in_repo), "an origin file in the repository is missing"
    tuning = [t for folder in TUNING.values() for t in _texts(folder)]
    held_out = [t for folder in HELD_OUT for t in _texts(folder)]
    assert held_out, "the held-out sets in the repository are missing"
    assert provenance_problems(entries, origins, tuning, held_out) == []


@pytest.mark.parametrize(("origin", "tuning", "held_out", "why"), [
    ("tests/data/blind5/zh-x.yaml", [], [], "origin is not a tuning file"),
    ("general-ish", [], [], "origin is not a tuning file"),
    ("tests/data/md-tune/en-m01-new-nuclear.yaml", [], ["a zebra crossing"], "fires in held-out text"),
])
def test_the_provenance_check_can_fail(origin: str, tuning: list[str], held_out: list[str], why: str) -> None:
    entry = {"pattern": r"\bzebra\b", "reason": "test", "origin": origin}
    problems = provenance_problems([("en", "t", entry, 0)], {origin: ["no match here"]}, tuning, held_out)
    assert problems and all(why in p or "does not fire" in p for p in problems)
    assert any(why in p for p in problems)
