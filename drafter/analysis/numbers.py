"""Figures in answers (percentages, years, durations, money, counts) as comparable intervals.

A figure becomes an interval: ranges as given ("20%到23%", "between 45 and 50 percent"), approximations
widened by a tolerance band (大约/左右/about: ±2 points for percentages, ±2 for calendar years, ±15% (at
least ±0.4) for durations in years, ±10% otherwise),
bounds opened on one side ("八成以上", "不会超过1万亿", "not before 2070"). Overlapping intervals agree;
disjoint ones contradict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.analysis.numwords import EN_DENOM, EN_NUMBER, EN_SCALES, ZH_NUMBER, ZH_SCALES, any_int, en_denominator

_I = re.IGNORECASE
_NUM = rf"\d+(?:,\d{{3}})*(?:\.\d+)?|{ZH_NUMBER}|\b{EN_NUMBER}\b"
_ZH_SCALE = "|".join(sorted(ZH_SCALES, key=len, reverse=True))
_CURRENCY = r"元|人民币|美元|欧元|日元|英镑|块钱|dollars?|euros?|yuan|pounds?|RMB|USD|EUR"
_COUNTER = (r"人次|人|名|位|辆|家|个|台|座|户|people|persons?|households?|units?|vehicles?|cars?|jobs?|workers?|riders?"
            r"|homes?")
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 十几年 (11-19), 几十年 (20-90), 二十多年 (20-29)
    ("zh_vague", re.compile(r"(十几|几十|[一二两三四五六七八九]十多|十多)(?=(?:个)?(?:年(?!代)|万|亿|人|%|个百分点))")),
    # 七八年, 六七成: two neighbouring numerals are a small range
    ("zh_pair", re.compile(r"(?<![一二两三四五六七八九十百千])([一二两三四五六七八九])([二两三四五六七八九])(?=年(?!代"
                           r")|成|个?多?月)")),
    ("pct_frac_zh", re.compile(r"([一二两三四五六七八九十]+|\d+)分之([一二两三四五六七八九十]+|\d+)")),
    ("pct_word_zh", re.compile(r"百分之(" + ZH_NUMBER + r"|\d+(?:\.\d+)?)")),
    ("pct_cheng", re.compile(r"([一二两三四五六七八九十]|\d)成([一二三四五六七八九]|\d)?(?!不变|功|立|本|熟|长|员|绩"
                             r"|交|就)")),
    ("pct_half_zh", re.compile(r"过半|超过一半|一半以上|半数以上|大半|将近一半|接近一半|近半|一半|半数")),
    ("pct", re.compile(rf"({_NUM})\s*(?:%|％|\s?percent\b|\s?per cent\b|个百分点)", _I)),
    ("pct_frac_en", re.compile(rf"\b(a|one|two|three|four|five|six|seven|eight|nine)[- ]({EN_DENOM})\b", _I)),
    ("pct_in_en", re.compile(rf"\b({EN_NUMBER}|\d+)\s+(?:(?!(?:year|month|week|day|decade)s?\b)[a-z]+\s+)?(?:in|out of)"
                             rf"\s+(?:every\s+)?({EN_NUMBER}|\d+)\b", _I)),
    ("pct_half_en", re.compile(r"\b(?:a\s+)?(?:half|majority)\b(?!\s+(?:of\s+the\s+)?(?:decade|century|year))", _I)),
    ("decade_zh", re.compile(r"(?:本世纪)?((?:19|20|21)?\d0|[二三四五六七八九]十)年代(初|中期|中|末|后期|前期)?")),
    ("decade_en", re.compile(r"\b(?:the\s+)?(?:(early|mid|late)[- ]?)?((?:19|20|21)\d0)['’]?s\b", _I)),
    ("year", re.compile(r"(?<![\d.,$])((?:19|20|21)\d{2})(?![\d%％])(?!\s*(?:万|亿|元|美元|人|个|percent|million"
                        r"|billion))")),
    ("years", re.compile(rf"({_NUM}|半|几|\ba(?=\s+decade))\s*(?:个)?多?\s*(?:年(?!代|龄|级|前|后|底|初|末|度|份)"
                         rf"|years?\b|decades?\b)", _I)),
    ("money", re.compile(rf"([$€¥￥]\s*)?({_NUM})\s*({_ZH_SCALE}|thousand|million|billion|trillion|bn|tn|mn|k\b|m\b)?"
                         rf"\s*({_CURRENCY}|{_COUNTER})?", _I)),
    ("bare", re.compile(rf"({_NUM})", _I)),
]
_RANGE_JOIN = re.compile(r"^\s*(?:%|％|percent|per cent|年)?\s*(?:到|至|-|–|—|~|～|〜|to|and|or)\s*$", _I)
_APPROX_BEFORE = re.compile(r"(?:大约|大概|约|差不多|估计|预计|左右|上下|around|about|roughly|approximately|some|circa"
                            r"|~|≈"
                            r"|in the region of|on the order of|somewhere around|probably)\s*(?:是|为|在|有)?\s*$", _I)
_BELOW_BEFORE = re.compile(r"(?:接近|将近|近|nearly|almost|close to|just under|just shy of)\s*$", _I)
_LOW_BEFORE = re.compile(r"(?:超过|多于|高于|大于|不低于|不少于|至少|起码|最少|逾|over|more than|above|at least"
                         r"|upwards of|in excess of"
                         r"|exceeding|greater than|no less than|not less than|not before|not until|after|beyond"
                         r"|要到)\s*$", _I)
_HIGH_BEFORE = re.compile(r"(?:不超过|不会超过|不到|不足|少于|低于|至多|最多|below|under|less than|at most"
                          r"|no more than|fewer than"
                          r"|up to|not more than|before|by|within|no later than)\s*$", _I)
_APPROX_AFTER = re.compile(r"^\s*(?:左右|上下|前后|or so|give or take|ish)", _I)
_ABOVE_AFTER = re.compile(r"^\s*(?:多一点|出头|多|plus|\+|or a (?:bit|little) more|-odd)", _I)
_LOW_AFTER = re.compile(r"^\s*(?:以上|开外|之后|以后|后|or more|and up|at the earliest|onwards|or later)", _I)
_HIGH_AFTER = re.compile(r"^\s*(?:以下|以内|之内|之前|以前|前|or less|or fewer|at the latest|at most|or earlier)", _I)
_CAPS = {"percent": (0.0, 100.0), "year": (1900.0, 2200.0)}
_OVER_HALF = re.compile(r"过半|超过一半|一半以上|半数以上|大半|(?:a|the)?\s*majority", _I)  # more than half: a bound


@dataclass(frozen=True)
class Figure:
    """One figure in a text: an interval in a unit, where it stands, and whether it is a one-sided bound."""

    low: float
    high: float
    unit: str
    start: int
    end: int
    bound: bool = False
    text: str = ""


def tolerance(value: float, unit: str) -> float:
    """The band an approximate figure stands for."""
    if unit == "percent":
        return 2.0 if value >= 10 else max(0.5, value * 0.2)
    if unit == "year":
        return 2.0
    if unit == "years":
        # "两年左右" is 1.6–2.4 years, not 1–3: it must stay apart from "三到五年"
        return max(0.4, value * 0.15)
    return abs(value) * 0.1


def _raw(kind: str, m: re.Match[str]) -> tuple[float, str, bool] | None:
    """Value, unit, and whether the token is already approximate, for one pattern match."""
    g = m.groups()
    if kind == "pct_frac_zh":
        den, num = any_int(g[0]), any_int(g[1])
        return (num / den * 100, "percent", False) if den and num is not None else None
    if kind in ("pct_word_zh", "pct"):
        v = any_int(g[0])
        return (v, "percent", False) if v is not None else None
    if kind == "pct_cheng":
        tens, ones = any_int(g[0]), any_int(g[1]) if g[1] else 0.0
        return (tens * 10 + (ones or 0), "percent", False) if tens is not None else None
    if kind in ("pct_half_zh", "pct_half_en"):
        return 50.0, "percent", False
    if kind == "pct_frac_en":
        den = en_denominator(g[1])
        num = any_int(g[0]) if g[0].lower() not in ("a",) else 1.0
        return (num / den * 100, "percent", False) if den and num else None
    if kind == "pct_in_en":
        num, den = any_int(g[0]), any_int(g[1])
        return (num / den * 100, "percent", False) if num and den and num <= den else None
    if kind == "year":
        return float(g[0]), "year", False
    if kind == "years":
        v = 0.5 if g[0] == "半" else (any_int(g[0]) if g[0] != "几" else None)
        if v is None or v > 200:
            return None
        return (v * 10 if "decade" in m.group().lower() else v), "years", False
    return None


def _decade(kind: str, m: re.Match[str]) -> tuple[float, float] | None:
    """The years a decade phrase covers: '2040s' -> 2040-2049, 'early 2050s' -> 2050-2053."""
    if kind == "decade_zh":
        raw, part = m.group(1), m.group(2) or ""
        base = any_int(raw) if raw.isdigit() else (any_int(raw[0]) or 0) * 10
        if base is None:
            return None
        start = base if base >= 1900 else 2000 + base
        part = {"初": "early", "前期": "early", "中": "mid", "中期": "mid", "末": "late", "后期": "late"}.get(part, "")
    else:
        part, start = (m.group(1) or "").lower(), float(m.group(2))
    spans = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}
    a, b = spans.get(part, (0, 9))
    return start + a, start + b


def _money(m: re.Match[str]) -> tuple[float, str] | None:
    """A figure with a scale or a currency/counter word ('1.5万亿元', '$2 billion', '300万人')."""
    prefix, num, scale, noun = m.group(1), m.group(2), m.group(3), m.group(4)
    if not (prefix or scale or noun):
        return None
    v = any_int(num)
    if v is None:
        return None
    mult = ZH_SCALES.get(scale, 0) or EN_SCALES.get((scale or "").lower(), 1.0) if scale else 1.0
    currency = bool(prefix) or bool(noun and re.match(_CURRENCY, noun, _I))
    return v * mult, "money" if currency else "count"


@dataclass
class _Token:
    """A raw figure before ranges and modifiers: value(s), unit (None for a bare numeral), span, scale."""

    low: float
    high: float
    unit: str | None
    start: int
    end: int
    scale: float = 1.0


def _tokens(text: str) -> list[_Token]:
    """Every figure-like token, the first pattern to claim a stretch of text winning it."""
    taken: list[tuple[int, int]] = []
    out: list[_Token] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            if m.end() == m.start() or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            tok = _token(kind, m)
            if tok:
                out.append(tok)
                taken.append((m.start(), m.end()))
    return sorted(out, key=lambda t: t.start)


def _token(kind: str, m: re.Match[str]) -> _Token | None:
    """One pattern match as a token, or None when it is not a figure after all."""
    if kind == "zh_vague":
        g = m.group(1)
        lo, hi = {"十几": (11.0, 19.0), "几十": (20.0, 90.0), "十多": (11.0, 19.0)}.get(
            g, ((any_int(g[:-1]) or 0.0), (any_int(g[:-1]) or 0.0) + 9))
        after = m.string[m.end(): m.end() + 2]
        unit = "years" if after.lstrip("个").startswith("年") else ("percent" if "%" in after else None)
        return _Token(lo, hi, unit, m.start(), m.end()) if unit else None
    if kind == "zh_pair":
        a, b = any_int(m.group(1)) or 0.0, any_int(m.group(2)) or 0.0
        if not 0 < b - a <= 2:
            return None
        unit, mult = ("percent", 10.0) if m.string[m.end(): m.end() + 1] == "成" else ("years", 1.0)
        return _Token(a * mult, b * mult, unit, m.start(), m.end() + (1 if unit == "percent" else 0))
    if kind in ("decade_zh", "decade_en"):
        span = _decade(kind, m)
        return _Token(span[0], span[1], "year", m.start(), m.end()) if span else None
    if kind == "money":
        found = _money(m)
        if not found:
            return None
        scale = found[0] / (any_int(m.group(2)) or 1.0)
        return _Token(found[0], found[0], found[1], m.start(), m.end(), scale)
    if kind == "bare":
        v = any_int(m.group(1))
        return _Token(v, v, None, m.start(), m.end()) if v is not None else None
    raw, scale = _raw(kind, m), (10.0 if kind == "pct_cheng" and not m.group(2) else 1.0)  # 三到四成: 三 is 30
    return _Token(raw[0], raw[0], raw[1], m.start(), m.end(), scale) if raw else None


def _join_ranges(text: str, toks: list[_Token]) -> list[_Token]:
    """Merge 'A到B', 'A-B%', 'between A and B' into one token, sharing the unit and scale of either side."""
    out: list[_Token] = []
    i = 0
    while i < len(toks):
        a = toks[i]
        b = toks[i + 1] if i + 1 < len(toks) else None
        gap = text[a.end: b.start] if b else ""
        ok = b is not None and _RANGE_JOIN.match(gap) and (
            "and" not in gap.lower() or re.search(r"between\s*$", text[max(0, a.start - 12): a.start], _I))
        if b is not None and ok and (a.unit is None or b.unit is None or a.unit == b.unit):
            unit = a.unit or b.unit
            lo = a.low * (b.scale if a.unit is None else 1.0)
            hi = b.high * (a.scale if b.unit is None else 1.0)
            if unit and lo <= hi:
                out.append(_Token(lo, hi, unit, a.start, b.end, max(a.scale, b.scale)))
                i += 2
                continue
        out.append(a)
        i += 1
    return [t for t in out if t.unit]


def figures(text: str) -> list[Figure]:
    """Every figure in `text` as an interval, with approximations and bounds applied."""
    return [_apply(text, t) for t in _join_ranges(text, _tokens(text))]


def _apply(text: str, t: _Token) -> Figure:
    """Turn a token into an interval using the words just before and after it."""
    unit = t.unit or "count"
    before = text[max(0, t.start - 16): t.start]
    cap_lo, cap_hi = _CAPS.get(unit, (0.0, max(t.high * 100, 1.0)))
    tol = tolerance(t.high, unit)
    lo, hi, bound, s, e = t.low, t.high, False, t.start, t.end
    kind, m = _before(before, unit in ("year", "years"))
    if m is not None and kind == "approx" and t.low < t.high:
        s = t.start - len(m.group())  # a range already states its spread: 'about 20-23%' stays 20-23
    elif m is not None:
        s = t.start - len(m.group())
        if kind == "low":
            lo, hi, bound = t.low, cap_hi, True
        elif kind == "high":
            lo, hi, bound = cap_lo, t.high, True
        elif kind == "below":
            lo = t.low - tol
        else:
            lo, hi = t.low - tol, t.high + tol
    if unit == "percent" and _OVER_HALF.fullmatch(text[t.start: t.end].strip()):
        lo, hi, bound = t.low, cap_hi, True
    if not bound:
        lo, hi, bound, e = _after(text, t, unit, (lo, hi), cap_lo, cap_hi, tol)
    return Figure(max(lo, cap_lo), min(hi, cap_hi), unit, t.start, t.end, bound, text[max(0, s): e].strip())


def _before(before: str, timeish: bool) -> tuple[str, re.Match[str] | None]:
    """The modifier just before a figure; the longest wins ('不会超过' over '超过', 'not before' over 'before')."""
    found: list[tuple[int, str, re.Match[str]]] = []
    checks = (("low", _LOW_BEFORE), ("high", _HIGH_BEFORE), ("below", _BELOW_BEFORE), ("approx", _APPROX_BEFORE))
    for kind, pat in checks:
        m = pat.search(before)
        if not m:
            continue
        word = m.group().strip().lower()
        if not timeish and word in ("after", "before", "by", "within", "no later than", "要到"):
            continue  # 'rise by 20%' is no bound; only dates and durations take before/by/after
        found.append((len(m.group().strip()), kind, m))
    if not found:
        return "", None
    _, kind, m = max(found, key=lambda f: f[0])
    return kind, m


def _after(text: str, t: _Token, unit: str, span: tuple[float, float], cap_lo: float, cap_hi: float,
           tol: float) -> tuple[float, float, bool, int]:
    """Apply a modifier that follows the figure (左右, 以上, 'or more', 'at the earliest')."""
    raw = text[t.end: t.end + 18]
    after = re.sub(r"^年", "", raw)
    shift = len(raw) - len(after)
    lo, hi = span
    if m := _APPROX_AFTER.match(after):
        if t.low < t.high:
            return lo, hi, False, t.end + shift + m.end()
        return min(lo, t.low - tol), max(hi, t.high + tol), False, t.end + shift + m.end()
    if m := _ABOVE_AFTER.match(after):
        return t.low, t.high + tol, False, t.end + shift + m.end()
    if m := _LOW_AFTER.match(after):
        return t.low, cap_hi, True, t.end + shift + m.end()
    timeish = unit in ("year", "years")
    if (m := _HIGH_AFTER.match(after)) and (timeish or not m.group().strip().startswith(("前", "之前"))):
        return cap_lo, t.high, True, t.end + shift + m.end()
    return lo, hi, False, t.end
