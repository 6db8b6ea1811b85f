"""How far apart two figures are, in words calibrated to the gap: 相差无几 … 差了一个数量级.

The rule table is data, and every rung is tested: a columnist may not call 3–5 years against about
two "南辕北辙", nor 30% against 32% "sharply" different.
"""

from __future__ import annotations

from drafter.analysis.schema import NumberClaim

# (upper bound of the measure, zh wording, en wording); the first row whose bound exceeds the measure applies.
RATIO_RUNGS: tuple[tuple[float, str, str], ...] = (
    (1.25, "相差无几", "only slightly apart"),
    (1.6, "有一定差距", "noticeably apart"),
    (2.5, "差了一倍左右", "about twofold apart"),
    (5.0, "相差好几倍", "several times apart"),
    (10.0, "相差五倍以上", "more than fivefold apart"),
    (float("inf"), "相差一个数量级以上", "an order of magnitude or more apart"),
)
# Percentages and calendar years differ by points and years, not by ratios.
POINT_RUNGS: tuple[tuple[float, str, str], ...] = (
    (5.0, "只差几个百分点", "only a few points apart"),
    (15.0, "相差十几个百分点", "some ten or more points apart"),
    (30.0, "相差二三十个百分点", "twenty or thirty points apart"),
    (float("inf"), "相差悬殊", "far apart"),
)
YEAR_RUNGS: tuple[tuple[float, str, str], ...] = (
    (3.0, "只差两三年", "only a couple of years apart"),
    (8.0, "相差好几年", "several years apart"),
    (15.0, "相差十年上下", "about a decade apart"),
    (float("inf"), "相差一二十年以上", "decades apart"),
)


def midpoint(claim: NumberClaim) -> float:
    return (claim.low + claim.high) / 2


def gap_measure(a: NumberClaim, b: NumberClaim) -> tuple[str, float]:
    """('points' | 'years' | 'ratio', size) for two figures of one question."""
    ma, mb = midpoint(a), midpoint(b)
    if "percent" in (a.unit, b.unit) or a.unit in ("%", "share"):
        return "points", abs(ma - mb)
    if min(ma, mb) >= 1800 and max(ma, mb) <= 2300 and "year" in a.unit:  # calendar years
        return "years", abs(ma - mb)
    low, high = sorted((abs(ma), abs(mb)))
    return "ratio", (high / low) if low > 0 else float("inf")


def gap_words(a: NumberClaim, b: NumberClaim, language: str) -> str:
    """The calibrated wording of the gap between two figures."""
    kind, size = gap_measure(a, b)
    rungs = {"points": POINT_RUNGS, "years": YEAR_RUNGS, "ratio": RATIO_RUNGS}[kind]
    for bound, zh, en in rungs:
        if size < bound:
            return zh if language == "zh" else en
    return rungs[-1][1] if language == "zh" else rungs[-1][2]
