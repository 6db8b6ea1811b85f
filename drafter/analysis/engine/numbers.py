"""Figures in answers (percentages, years, durations, ages, money, counts) as comparable intervals.

Tokens come from figtokens.py. A figure becomes an interval: ranges as given ("20%到23%", "between 45 and
50 percent", "三四百亿元", "$30-40 billion"), approximations widened by a tolerance band (大约/左右/about:
±2 points for percentages (±1 for one with decimals), ±2 for calendar years, ±1 for ages, ±15% (at least ±0.4) for
durations in years, ±5% for sums and counts, ±10% otherwise), bounds opened on one side ("八成以上",
"不会超过1万亿", "no earlier than 2050", "before the 2040s" ends where the decade starts). When an age is asked,
plain numerals and school stages are ages too. Overlapping intervals agree; disjoint ones contradict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from drafter.analysis.engine.figtokens import Token, tokens

_I = re.IGNORECASE
# 'A- to B-year' says the unit once, after a hanging hyphen
_RANGE_JOIN = re.compile(r"^\s*(?:%|％|percent|per cent|年|岁|倍|×|x|times)?\s*(?:-\s+(?=to\b))?"
                         r"(?:到|至|或者?|-to-|-|–|—|~|～|〜|to|and|or)\s*$", _I)
APPROX_BEFORE = re.compile(r"(?<![A-Za-z])(?:大约|大概|约|差不多|估计|预计|左右|上下|around|about|roughly|approximately"
                            r"|some|circa"
                            r"|~|≈"
                            r"|in the region of|on the order of|somewhere around|probably)\s*(?:是|为|在|有)?\s*$", _I)
_BELOW_BEFORE = re.compile(r"(?<![A-Za-z])(?:接近|将近|近|nearly|almost|close to|just under|just shy of)\s*$", _I)
_LOW_BEFORE = re.compile(r"(?<![A-Za-z])(?:不(?:应|宜|得|能|该|要)(?:该)?(?:低于|少于|小于)"
                         r"|超过|多于|高于|大于|不低于|不少于|不会少于|不会低于|至少|起码|最少|最低|逾|不早于"
                         r"|不会早于"
                         r"|最早(?:也)?(?:要到|在|是)?|over|more than|above|at least|upwards of|in excess of|exceeding"
                         r"|(?:well|far|comfortably|safely) (?:over|above)|greater than|no less than|not less than"
                         r"|no fewer than|not fewer than|not before|not until"
                         r"|after|beyond|no earlier than|not earlier than|no sooner than|not sooner than|north of"
                         r"|要到)\s*$", _I)
_HIGH_BEFORE = re.compile(r"(?<![A-Za-z])(?:不(?:应|宜|得|能|该|要)(?:该)?(?:超过|高于|多于|大于)"
                          r"|不超过|不会超过|不到|不足|少于|低于|不高于|不会高于|至多|最多|顶多|充其量|最高|不晚于"
                          r"|不会晚于|最迟|最晚|below|under|less than|at most|no more than|fewer than|up to"
                          r"|not more than|no higher than|not higher than|no greater than|nowhere near|south of"
                          r"|(?:well|far|comfortably|safely) (?:under|below)"
                          r"|before|by|within|no later than|not later than)\s*$", _I)
_APPROX_AFTER = re.compile(r"^\s*(?:左右|上下|前后|or so|give or take|ish)", _I)
_ABOVE_AFTER = re.compile(r"^\s*(?:多一点|出头|多|plus|\+|or a (?:bit|little) more|-odd)", _I)
_LOW_AFTER = re.compile(r"^\s*(?:以上|开外|之后|以后|后|or more|and up|at the earliest|onwards|or later)", _I)
_HIGH_AFTER = re.compile(r"^\s*(?:以下|以内|之内|之前|以前|前|or less|or fewer|at the latest|at most|or earlier)", _I)
# School stages and life stages stand for ages when an age is asked ('上初中以后', 'once they reach high school').
_STAGES = {"小学": (6.0, 12.0), "小学低年级": (6.0, 8.0), "小学高年级": (10.0, 12.0), "初中": (12.0, 15.0),
           "高中": (15.0, 18.0), "大学": (18.0, 22.0), "成年": (18.0, 18.0), "primary": (5.0, 11.0),
           "elementary": (5.0, 11.0), "middle": (11.0, 14.0), "secondary": (11.0, 16.0), "high": (14.0, 18.0),
           "teen": (13.0, 19.0), "adult": (18.0, 18.0)}
_STAGE = re.compile(r"小学(?:低|高)年级|小学|初中|高中|大学|成年|\b(?:primary|elementary|middle|secondary|high)"
                    r"[- ]school\b|\bteen(?:ager)?s?\b|\badult(?:hood|s)?\b", _I)


def _stage_key(word: str) -> str:
    """The _STAGES key of a stage word (the longest that fits: 小学高年级 before 小学)."""
    low = word.lower()
    return next((k for k in sorted(_STAGES, key=len, reverse=True) if low.startswith(k)), low)


_BEFORE_WORD = re.compile(r"before|之前|以前|前|until", _I)


_TIMEISH = ("year", "years", "age")  # units that take before/after/by as bounds ('not before 14', 'by 2030')
_CAPS = {"percent": (0.0, 100.0), "year": (1900.0, 2200.0), "age": (0.0, 120.0)}
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
    firm: bool = True  # stated as it stands: no tolerance band and no open side was applied

    @property
    def side(self) -> str:
        """For a one-sided bound, which side of its figure it covers: 'below' ('less than $100', 'by 2030') or
        'above' ('more than $100', 'after 2030'); '' for a figure that is not a bound."""
        if not self.bound:
            return ""
        return "below" if self.low <= _CAPS.get(self.unit, (0.0, 0.0))[0] else "above"

    @property
    def edge(self) -> float:
        """The figure a bound is set at (its closed end)."""
        return self.high if self.side == "below" else self.low


def tolerance(value: float, unit: str, decimals: bool = False) -> float:
    """The band an approximate figure stands for; `decimals`: the figure was written with a decimal point."""
    if unit == "percent":
        if value >= 10:
            return 1.0 if decimals else 2.0  # 'about 92.5%' is said more precisely than 'about 90%'
        return max(0.5, value * 0.2)
    if unit == "year":
        return 2.0
    if unit == "age":
        return 1.0
    if unit == "°c":
        return 1.0  # '37℃上下' is 36–38℃: a tenth of it would meet '40℃'
    if unit == "years":
        # "两年左右" is 1.6–2.4 years, not 1–3: it must stay apart from "三到五年"; "about 6 months" (0.5 years) is
        # 5–7 months, apart from "a year"
        return max(0.4, value * 0.15) if value >= 1 else value * 0.15
    if unit in ("money", "count"):
        return abs(value) * 0.05  # '约600亿元' is 570亿–630亿: it should not meet '650亿到750亿元'
    return abs(value) * 0.1


# '从13天到18天是一次较大的调整': 从A到B is a change from A to B, unless a spread follows ('从13天到18天不等')
_CHANGE_ZH = re.compile(r"从\s*$")
_SPREAD_ZH = re.compile(r"\s*(?:左右)?\s*(?:不等|之间|都有|不一|区间|范围)")


_OWN_UNIT = ("minutes", "days", "years", "kg")  # units whose tokens carry a conversion, not a scale word


def _join_ranges(text: str, toks: list[Token]) -> list[Token]:
    """Merge 'A到B', 'A-B%', 'between A and B' into one token, sharing the unit and scale of either side."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        a = toks[i]
        b = toks[i + 1] if i + 1 < len(toks) else None
        gap = text[a.end: b.start] if b else ""
        ok = b is not None and _RANGE_JOIN.match(gap) and (
            "and" not in gap.lower() or re.search(r"between\s*$", text[max(0, a.start - 12): a.start], _I)) and not (
            b is not None and _CHANGE_ZH.search(text[max(0, a.start - 2): a.start]) and gap.strip() == "到"
            and not _SPREAD_ZH.match(text, b.end))
        if b is not None and ok and (a.unit is None or b.unit is None or a.unit == b.unit
                                     or {a.unit, b.unit} == {"count", "money"}):
            unit = "money" if "money" in (a.unit, b.unit) else a.unit or b.unit  # '200亿到400亿元' is all money
            # the scale word is often said once: '三到四成', '$30-40 billion', '20 to 30 million'; but a duration or a
            # weight names its own unit on each side ('45 minutes to an hour', '5 days to 2 weeks')
            own = a.unit == b.unit and a.unit in _OWN_UNIT
            lo = a.low * (b.scale if (a.unit is None or a.scale == 1.0) and not own else 1.0)
            hi = b.high * (a.scale if (b.unit is None or b.scale == 1.0) and not own else 1.0)
            if unit and lo <= hi:
                out.append(Token(lo, hi, unit, a.start, b.end, max(a.scale, b.scale)))
                i += 2
                continue
        out.append(a)
        i += 1
    return [t for t in out if t.unit]


def figures(text: str, bare: str | None = None, side: str = "") -> list[Figure]:
    """Every figure in `text` as an interval, with approximations and bounds applied. `bare` is the unit a plain
    numeral takes when the question asks for one that answers often leave unsaid ('Not before 14' for an age).
    `side`: 'above' when the question asks for a minimum ('至少多少米', 'at least how many'), 'below' when it
    asks for a deadline ('By what year …?', '最晚哪一年'): an answer's bound on that side restates the
    question ('不少于 30–50 米' gives 30–50 as the minimum, 'by 2033' the year) rather than leaving the figure open."""
    toks = tokens(text)
    if bare == "age":
        toks = [replace(t, unit="age") if t.unit is None and 0 < t.low < 120 and text[t.start: t.end].isdigit() else t
                for t in toks]
        if not any(t.unit == "age" for t in toks):  # a stage stands in for an age only when none is given
            toks = sorted(toks + [Token(lo, hi, "age", m.start(), m.end()) for m in _STAGE.finditer(text)
                                  if not any(t.start < m.end() and m.start() < t.end for t in toks)
                                  for lo, hi in [_STAGES[_stage_key(m.group())]]], key=lambda t: t.start)
    return [_apply(text, t, side) for t in _join_ranges(text, toks)]


# A question that asks for a minimum: an 'at least' in the answer restates it
FLOOR_ASKED = re.compile(r"至少|最少|起码|最低(?:要|需要|应)?|\bat least\b|\bminimum\b|\bno (?:less|fewer) than\b", _I)
# A question that asks for a deadline ('By what year …?', '最晚哪一年'): a 'by 2033' in the answer restates it. (Not a
# cap: '限值定在多少' answered '不应高于50分贝' bounds the cap itself, and the labels read it as a bound.)
DEADLINE_ASKED = re.compile(r"最晚|最迟|截止|\bdeadline\b|\bby (?:what|which) (?:year|date|point)\b|\bby when\b", _I)


def asked_side(question: str) -> str:
    """'above' when the question asks for a minimum, 'below' for a deadline, else ''."""
    return "above" if FLOOR_ASKED.search(question) else "below" if DEADLINE_ASKED.search(question) else ""


def _apply(text: str, t: Token, asked: str = "") -> Figure:
    """Turn a token into an interval using the words just before and after it."""
    unit = t.unit or "count"
    before = text[max(0, t.start - 24): t.start]
    cap_lo, cap_hi = _CAPS.get(unit, (0.0, max(t.high * 100, 1.0)))
    tol = tolerance(t.high, unit, decimals=bool(re.search(r"\d[.．]\d", text[t.start: t.end])))
    lo, hi, bound, s, e = t.low, t.high, False, t.start, t.end
    kind, m = _before(before, unit in _TIMEISH)
    if m is not None and kind == "approx" and t.low < t.high:
        s = t.start - len(m.group())  # a range already states its spread: 'about 20-23%' stays 20-23
    elif m is not None:
        s = t.start - len(m.group())
        if (kind, asked) in (("low", "above"), ("high", "below")):
            pass  # asked for a minimum, 'at least 30–50 m' names it (for a deadline, 'by 2033'): the figure stands
        elif kind == "low":
            lo, hi, bound = t.low, cap_hi, True
        elif kind == "high":
            lo, hi, bound = cap_lo, _end(t, m.group()), True
        elif kind == "below":
            lo = t.low - tol
        else:
            lo, hi = t.low - tol, t.high + tol
    if unit == "percent" and _OVER_HALF.fullmatch(text[t.start: t.end].strip()):
        lo, hi, bound = t.low, cap_hi, True
    if not bound and (kind, asked) not in (("low", "above"), ("high", "below")):
        lo, hi, bound, e = _after(text, t, unit, (lo, hi), cap_lo, cap_hi, tol)
        if bound and ((asked == "above" and lo == t.low) or (asked == "below" and hi == t.high)):
            lo, hi, bound = t.low, t.high, False  # '50米以上' for '至少多少米': the figure named
    firm = not bound and (lo, hi) == (t.low, t.high)
    return Figure(max(lo, cap_lo), min(hi, cap_hi), unit, t.start, t.end, bound, text[max(0, s): e].strip(), firm)


def _before(before: str, timeish: bool) -> tuple[str, re.Match[str] | None]:
    """The modifier just before a figure; the longest wins ('不会超过' over '超过', 'not before' over 'before')."""
    found: list[tuple[int, str, re.Match[str]]] = []
    checks = (("low", _LOW_BEFORE), ("high", _HIGH_BEFORE), ("below", _BELOW_BEFORE), ("approx", APPROX_BEFORE))
    for kind, pat in checks:
        m = pat.search(before)
        if not m:
            continue
        word = m.group().strip().lower()
        if not timeish and word in ("after", "before", "by", "within", "no later than", "not later than", "要到"):
            continue  # 'rise by 20%' is no bound; only dates and durations take before/by/after
        found.append((len(m.group().strip()), kind, m))
    if not found:
        return "", None
    _, kind, m = max(found, key=lambda f: f[0])
    return kind, m


def _after(text: str, t: Token, unit: str, span: tuple[float, float], cap_lo: float, cap_hi: float,
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
    timeish = unit in _TIMEISH
    if (m := _HIGH_AFTER.match(after)) and (timeish or not m.group().strip().startswith(("前", "之前"))):
        return cap_lo, _end(t, m.group()), True, t.end + shift + m.end()
    return lo, hi, False, t.end


def _end(t: Token, word: str) -> float:
    """Where an upper bound stops: 'before the 2040s' and '高中之前' end where the span starts; 'by the mid-2030s'
    and 'under 20-30%' at its top."""
    return t.low if t.low < t.high and _BEFORE_WORD.fullmatch(word.strip()) else t.high


# A figure the sentence measures its claim against, or sets aside: "far below the 55% the EU targets", "up from
# around 9% today", "than in the 2010s", "not at the start of the 2030s", "比2019年的45%", "而不是30%".
_REFERENCE = re.compile(
    r"(?:\b(?:up|down|rising|falling|climbing|dropping|increasing|decreasing) from|\bcompared (?:with|to)|\bversus"
    r"|\bvs\.?|\brelative to|\brather than|\binstead of|\bas against"
    r"|\b(?:than|below|above|under|over|short of|beyond|exceeding)\s+(?:in\s+|at\s+|during\s+)?(?:the|its|their|this"
    r"|that|today's|today’s|current|what)\b"
    r"|\bnot\s+(?:(?:in|at|by|until|around|about|the|start|end|beginning|middle|of|early|late)\s+)+)[^,;:\d]{0,25}$"
    # (比例, 比重, 占比 are shares, not comparisons)
    r"|(?:(?<!占)比(?!例|重|率)|相比|相较于?|与[^，。；]{0,10}相比|而不是|而非|从)[^，。；：]{0,12}$"
    r"|(?:低于|高于|超过|不及|多于|少于)[^，。；：\d约]{2,12}$"
    # a margin of error is no value: '误差可能有两三个百分点', 'give or take 2 points', '±3%'
    r"|(?:误差|上下浮动|浮动|正负|加减)[^，。；：\d]{0,6}$|\b(?:margin of error|give or take|plus or minus|error of)"
    r"[^,;:\d]{0,12}$|[±]\s*$", re.IGNORECASE)


def is_reference(text: str, fig: Figure) -> bool:
    """True for a figure its sentence only compares against or sets aside, not one it claims."""
    at = text.rfind(fig.text, 0, fig.start + len(fig.text)) if fig.text else -1
    opening = at if 0 <= at <= fig.start else fig.start  # where the figure starts, with 'about', 'more than'
    return bool(_REFERENCE.search(text[:opening]))
