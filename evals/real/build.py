#!/usr/bin/env python3
"""Build drafter's REAL-ANSWERS evaluation corpus from fetched public repositories.

Reads bare git mirrors (as brought in by the `fetch` tool under /work/.mirror,
layout ``<mirror>/<owner>+<name>/repo``) and writes labelled transcripts into
``evals/real/data/{tune,holdout}/*.yaml`` plus ``evals/real/data/SPLIT.md``.

No fetched content is stored in the source tree: the data folder is gitignored
and can always be rebuilt with

    python evals/real/build.py --mirror /work/.mirror
    python evals/real/build.py --mirror /work/.mirror --panel2   # the second panel, into data/panel2

Every label is derived mechanically from labels shipped in the source data; see
evals/real/SOURCES.md for the exact mappings.  Python 3.11, stdlib + pyyaml.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

# run as a script (python evals/real/build.py): the project root, not this folder, is where `evals` lives
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.real.corpus import Group
from evals.real.sources.donotanswer import build_donotanswer
from evals.real.sources.mmlupro import build_mmlupro
from evals.real.sources.polilean import build_polilean, build_polilean_panel2
from evals.real.sources.speechmap import build_speechmap, build_speechmap_panel2
from evals.real.write import write_groups, write_split_md


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mirror", default="/work/.mirror", help="folder holding <owner>+<name>/repo git dirs")
    ap.add_argument("--out", help="default: evals/real/data, or evals/real/data/panel2 with --panel2")
    ap.add_argument("--panel2", action="store_true",
                    help="the second panel (other models, same questions and split) for a fresh measurement")
    args0, _ = ap.parse_known_args(argv)
    builders = {
        "speechmap": build_speechmap_panel2,
        "polilean": build_polilean_panel2,
    } if args0.panel2 else {
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
    out = Path(args.out or Path(__file__).resolve().parent / "data" / ("panel2" if args.panel2 else ""))
    files = write_groups(groups, out)
    write_split_md(out)
    print(f"wrote {len(files)} files to {out}")
    print((out / "SPLIT.md").read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
