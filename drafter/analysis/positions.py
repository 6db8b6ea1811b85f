"""From each model's position to the question's contradictions and agreements, and from the names an
analyst model writes to model keys.

Pairs are derived, never asked for: two models clash or agree by their stances (yes/no), their picks
(choice) or their figures (number). Models whose stance is mixed, evasive or unclear are in no pair.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from drafter.analysis.engine.pairs import Relation, assemble, pair_key
from drafter.analysis.schema import Agreement, Contradiction, NumberClaim

OFF_PAIR = {"evasive", "mixed", "unclear"}
_ZH_ORDINALS = "甲乙丙丁戊己庚辛壬癸"
_PREFIX = re.compile(r"^(?:model|answer|response|模型|回答|答案)[\s:：#_\-]*", re.IGNORECASE)
# Units written several ways that mean the same thing.
_UNITS = {"%": "percent", "％": "percent", "percent": "percent", "pct": "percent", "百分比": "percent",
          "x": "times", "×": "times", "times": "times", "fold": "times", "倍": "times", "multiple": "times",
          "years": "year", "year": "year", "年": "year"}


def squash(name: str) -> str:
    """A name compared without case, width, spaces, quotes or punctuation around it."""
    text = unicodedata.normalize("NFKC", name).casefold()
    return re.sub(r"[\s_\-'\"`“”‘’「」<>()（）\[\]【】.,:：;；]+", "", text)


def resolve_model(name: str, tags: dict[str, str], labels: dict[str, str]) -> str | None:
    """The model key a written name means: the tag it was fenced under, the key, the label ("Grok",
    "腾讯混元"), or a position ("Model A", "模型甲", "B") among the answers; None when it means none."""
    wanted = squash(name)
    if not wanted:
        return None
    for table in (tags, {k: k for k in tags}, labels):
        for key, shown in table.items():
            if squash(shown) == wanted:
                return key
    order = list(tags)
    bare = squash(_PREFIX.sub("", unicodedata.normalize("NFKC", name).strip()))
    if len(bare) == 1:
        if "a" <= bare <= "z" and ord(bare) - ord("a") < len(order):
            return order[ord(bare) - ord("a")]
        if bare in _ZH_ORDINALS and _ZH_ORDINALS.index(bare) < len(order):
            return order[_ZH_ORDINALS.index(bare)]
    if bare.isdigit() and 1 <= int(bare) <= len(order):
        return order[int(bare) - 1]
    return None


def unit_of(unit: str) -> str:
    """A unit's comparable name ("" when none was given)."""
    word = squash(unit)
    return _UNITS.get(word, word)


def figures_agree(a: NumberClaim, b: NumberClaim) -> bool | None:
    """True when the two figures can both hold (ranges overlap, within 5%), False when they cannot,
    None when their units differ and they cannot be compared."""
    ua, ub = unit_of(a.unit), unit_of(b.unit)
    if ua and ub and ua != ub:
        return None
    slack = 0.05 * max(abs(a.low), abs(a.high), abs(b.low), abs(b.high))
    return a.low <= b.high + slack and b.low <= a.high + slack


def same_pick(a: str, b: str) -> bool:
    x, y = squash(a), squash(b)
    return x == y or (min(len(x), len(y)) >= 2 and (x in y or y in x))


def derive_pairs(kind: str, stances: Mapping[str, str], quotes: dict[str, str], picks: dict[str, str],
                 numbers: list[NumberClaim], question: str) -> tuple[list[Contradiction], list[Agreement]]:
    """Contradictions and agreements implied by the positions (the pairs rule holds by construction)."""
    order = [m for m, s in stances.items() if s not in OFF_PAIR]
    figures = {n.model: n for n in numbers}
    rels: dict[tuple[str, str], Relation] = {}
    for i, x in enumerate(order):
        for y in order[i + 1:]:
            rel = relation(kind, stances[x], stances[y], picks.get(x), picks.get(y), figures.get(x),
                           figures.get(y), question)
            if rel is not None:
                rels[pair_key(x, y)] = rel
    return assemble(order, rels, quotes)


def relation(kind: str, sx: str, sy: str, px: str | None, py: str | None, fx: NumberClaim | None,
             fy: NumberClaim | None, question: str) -> Relation | None:
    """How two positions relate, or None when they cannot be compared."""
    zh = any("\u4e00" <= ch <= "\u9fff" for ch in question)
    topic = question.rstrip("?？ ")
    if sx in ("affirm", "deny") and sy in ("affirm", "deny"):
        same = sx == sy
        point = (f"{topic}：立场一致" if same else topic) if zh else (
            f"{topic}: same answer" if same else f"{topic}: yes vs no")
        return Relation(same, "stance", point)
    if sx != "other" or sy != "other":
        return None
    if fx is not None and fy is not None:
        agree = figures_agree(fx, fy)
        if agree is not None:
            what = f"{fx.figure or fx.low} / {fy.figure or fy.low}"
            return Relation(agree, "number", f"{topic}：{what}" if zh else f"{topic}: {what}")
    if px and py and kind != "number":
        agree = same_pick(px, py)
        return Relation(agree, "choice", f"{topic}：{px} / {py}" if zh else f"{topic}: {px} / {py}")
    return None
