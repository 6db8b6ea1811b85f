"""Raw figure tokens in a text: every percentage, year, decade, duration, sum or count a pattern finds, before
ranges are joined and the words around a figure (about, at least, 以上) are applied (see numbers.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.analysis.engine.numwords import (
    EN_DENOM,
    EN_NUMBER,
    EN_SCALES,
    ZH_NUMBER,
    ZH_SCALES,
    any_int,
    en_denominator,
)

_I = re.IGNORECASE
_NUM = rf"\d+(?:,\d{{3}})*(?:\.\d+)?|{ZH_NUMBER}|\b{EN_NUMBER}\b"
_ZH_SCALE = "|".join(sorted(ZH_SCALES, key=len, reverse=True))
_CURRENCY = r"元|人民币|美元|欧元|日元|英镑|块钱|dollars?|euros?|yuan|pounds?|RMB|USD|EUR|cents?\b|¢|美分|欧分"
_CENTS = re.compile(r"cents?|¢|美分|欧分", re.IGNORECASE)
_COUNTER = (r"人次|人|名|位|辆|家|个(?!小时|钟头|工作日|星期|礼拜|月)|台|座|户|公里|千米|吨|头|只(?!是|有|能|要|会)"
            r"|所|套|艘|架|课时|节课|节(?!日|假|目|约|省|奏|点|气)"  # '4到6课时' (md-tune54)
            r"|场(?!景|馆|地|合)|people|persons?|households?|units?|vehicles?"
            r"|cars?|jobs?|workers?|riders?|homes?|km|kilomet(?:re|er)s?|miles?|tonnes?|tons?")
_MEASURE = (r"分贝|decibels?\b|dB\b|GW\b|gigawatts?\b|MW\b|megawatts?\b|毫克|mg\b|milligrams?\b"
            r"|公斤|千克|kg\b|kilo(?:gram)?s?\b|grams?\b|(?-i:g)\b|克(?!服|制|隆)"
            r"|厘米|毫米|米|cm\b|mm\b|met(?:re|er)s?\b"
            r"|km/h|公里每小时|mph\b|摄氏度|℃|°C|degrees?\b|次|times\b|个?小时|个?钟头"
            # 'about 4 to 6 daylight hours' (md-tune71), '3 business days': the hours and days all the same
            r"|(?:(?:daylight|working|waking|business|opening) )?hours?\b|分钟|minutes?\b"
            r"|个?工作日|(?:working|school|business|calendar) days?\b"
            r"|天(?!然|气|空|地|下|才|使|津|堂)|days?\b|个?(?:星期|礼拜)"
            r"|周(?!末|边|围|年|期|岁|转|到|全)"
            r"|weeks?\b|个月|months?\b")
# not 'a half-measure', 'half-hearted', 'a third-rate', 'A third is **public acceptance**' (the third point): no share
_NO_SHARE = (r"(?![- ](?:measures?|hearted|baked|truths?|way|time|term|rate|party|parties)\b)"
             # 'half a kilo', 'half an hour': a quantity, not a share
             r"(?!\s+an?\s+(?:kilo(?:gram)?|kg|pound|litre|liter|pint|mile|metre|meter|hour|day|week|month|year)s?\b)"
             r"(?!\s+(?:is|was|reason|point|concern|problem|issue|factor|consideration|option)\b)")
_MULTIPLE_WORDS = {"twice": 2.0, "double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0}
# one name for each measure, so that '45分贝' and '50 dB' are compared
_MEASURE_NAME = {"分贝": "decibel", "decibel": "decibel", "decibels": "decibel", "db": "decibel", "公斤": "kg",
                 "千克": "kg", "kilo": "kg", "kilos": "kg", "kilogram": "kg", "kilograms": "kg", "厘米": "cm",
                 "毫米": "mm", "米": "metre", "meter": "metre", "meters": "metre", "metres": "metre",
                 "公里每小时": "km/h", "摄氏度": "°c", "℃": "°c", "degree": "°c", "degrees": "°c", "次": "times",
                 "分钟": "minutes", "minute": "minutes", "毫克": "mg", "milligram": "mg",
                 "milligrams": "mg", "gigawatt": "gw", "gigawatts": "gw", "megawatt": "mw", "megawatts": "mw",
                 "天": "days", "day": "days", "工作日": "days", "个工作日": "days", "working day": "days",
                 "working days": "days", "school day": "days", "school days": "days"}
# 'daylight hours', 'business days': the kind of hour or day named, set aside so that they compare as hours or days
_QUALIFIED_TIME = re.compile(r"^(?:daylight|working|waking|business|opening|calendar) (?=hours?$|days?$)")
# weeks are counted in days, so that '两周' and '10天' compare
_WEEK = {"周", "星期", "个星期", "礼拜", "个礼拜", "week", "weeks"}
# months are counted in years, so that '18个月' and '两年', '6 months' and 'a year' compare
_MONTH = {"个月", "month", "months"}
# hours are counted in minutes, so that '45 minutes to an hour', 'an hour' and '60 to 90 minutes' compare
_HOUR = {"小时", "个小时", "钟头", "个钟头", "hour", "hours"}
# a word before 'an hour' that makes it a rate or a frequency ('£12 an hour', 'once an hour', '30 miles an hour')
_RATE_BEFORE = re.compile(r"(?:[\d$€£¥￥%]|\b(?:once|twice|times|miles|kilometres|kilometers|km|pounds|dollars|euros"
                          r"|pence|cents|per|every))\s*$", _I)
# grams are counted in kilograms, so that '500 g' and '1.5 kg' compare
_GRAM = {"gram", "grams", "g", "克"}
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 'half an hour', 'an hour and a half', 'within an hour': a duration said in words (not '£12 an hour', 'once an
    # hour', '30 miles an hour': a rate; see _hour_words)
    ("hour_words", re.compile(r"\b(?:(half)[- ]an?[- ]hour|an? (half)[- ]hour|(?:an?|one) hour and a (half)"
                              r"|one and a (half) hours?|an (hour))\b(?![- ](?:and a half|long|later)\b)"
                              # '半小时', '半个钟头', '一个半小时' (1.5 hours), '两个半小时'
                              rf"|(?<![一二两三四五六七八九十\d])(半)个?(?:小时|钟头)|({_NUM})个半(?:小时|钟头)", _I)),
    # 十几年 (11-19), 几十年 (20-90), 二十多年 (20-29)
    ("zh_vague", re.compile(r"(十几|几十|[一二两三四五六七八九]十多|十多)(?=(?:个)?(?:年(?!代)|万|亿|人|%|个百分点"
                            r"|周?岁))")),
    # 七八年, 六七成: two neighbouring numerals are a small range
    ("zh_pair", re.compile(r"(?<![一二两三四五六七八九十百千])([一二两三四五六七八九])([二两三四五六七八九])(?=年(?!代"
                           r")|成|个?多?月)")),
    # 三四百亿元, 两三千公里: two neighbouring numerals before a multiplier are a range
    ("zh_pair_scaled", re.compile(rf"(?<![一二两三四五六七八九十百千])([一二两三四五六七八九])([二两三四五六七八九])"
                                  rf"(十|百|千)?({_ZH_SCALE})?\s*({_CURRENCY}|{_COUNTER})?")),
    # ages: 14岁, 'age 14', '14-year-olds', '16 years old', 'the early teens'
    ("age_zh", re.compile(rf"({_NUM})\s*周?岁")),
    ("age_en", re.compile(rf"\b(?:ages?|aged)\s+(?:of\s+)?({_NUM})\b|\b({_NUM})[- ]years?[- ]olds?\b"
                          rf"|\b({_NUM})\s+years?\s+old\b", _I)),
    ("teens_en", re.compile(r"\b(early|mid|late)[- ]?teens\b", _I)),
    ("pct_frac_zh", re.compile(r"([一二两三四五六七八九十]+|\d+)分之([一二两三四五六七八九十]+|\d+)")),
    ("pct_word_zh", re.compile(r"百分之(" + ZH_NUMBER + r"|\d+(?:\.\d+)?)")),
    ("pct_cheng", re.compile(r"([一二两三四五六七八九十]|\d)成([一二三四五六七八九]|\d)?(?!不变|功|立|本|熟|长|员|绩"
                             r"|交|就)")),
    ("pct_half_zh", re.compile(r"过半|超过一半|一半以上|半数以上|大半|将近一半|接近一半|近半|一半|半数")),
    ("pct", re.compile(rf"({_NUM})\s*(?:%|％|\s?percent\b|\s?per cent\b|个百分点)", _I)),
    ("pct_frac_en", re.compile(rf"\b(an?|one|two|three|four|five|six|seven|eight|nine)[- ]({EN_DENOM})\b{_NO_SHARE}",
                               _I)),
    # 'one in five', '3 out of 10'; not '2 billion in 2035' (a scale word, then a year)
    ("pct_in_en", re.compile(rf"\b({EN_NUMBER}|\d+)\s+(?:(?!(?:year|month|week|day|decade|hundred|thousand|million"
                             rf"|billion|trillion)s?\b)[a-z]+\s+)?(?:in\s+(?:every\s+|(?!(?:1[89]|2[01])\d\d\b))"
                             rf"|out of\s+)({EN_NUMBER}|\d+)\b", _I)),
    ("pct_half_en", re.compile(r"\b(?:a\s+)?(?:half|majority)\b" + _NO_SHARE
                               + r"(?!\s+(?:of\s+the\s+)?(?:decade|century|year))", _I)),
    ("decade_zh", re.compile(r"(?:本世纪)?((?:19|20|21)?\d0|[二三四五六七八九]十)年代(初|中期|中|末|后期|前期)?")),
    ("mid_century", re.compile(r"(?:本世纪|21世纪)中(?:叶|期)|\bmid-?century\b|\bmiddle of the century\b", _I)),
    ("decade_en", re.compile(r"\b(?:the\s+)?(?:(early|mid|late)[- ]?)?((?:19|20|21)\d0)['’]?s\b", _I)),
    # not '2000头', '2000辆': a count
    ("year", re.compile(r"(?<![\d.,$€£¥￥])((?:19|20|21)\d{2})(?![\d%％])(?!\s*(?:万|亿|元|美元|人|个|头|只|所|套|艘|架"
                        r"|场"
                        r"|辆|家|台|座|户|名|位|吨|公里|percent|million|billion))")),
    # '10 years', '十年', 'a 12-year term'
    ("years", re.compile(rf"({_NUM}|半|几|\ba(?=\s+decade))(?:\s*|-(?=years?\b))(?:个)?多?\s*"
                         rf"(?:年(?!代|龄|级|前|后|底|初|末|度|份|限|纪|轻|薪|费|票|货|终)|years?\b|decades?\b)", _I)),
    # a rate per a base: '50 missed collections per 100,000', '2 per thousand births'; the base is no figure
    # ('50 mg per 100 ml' is a measure, in mg)
    ("per_base", re.compile(rf"(?<![$€£¥￥\d.,])({_NUM})(?!\s*(?:mg|milligrams?)\b)\s+(?:(?!per\b)[a-z-]+\s+){{0,3}}?"
                            rf"per\s+(?:[\d,]*\d"
                            rf"|(?:a\s+|one\s+)?(?:hundred|thousand|million))\b", _I)),
    # 'grew by a factor of about 10 to 12': the figure is the number; an 'about' before it still approximates it
    ("factor", re.compile(rf"\bfactor of\s+(?:(?:about|roughly|around|approximately|some|nearly|almost|perhaps)\s+)?"
                          rf"({_NUM})(?![\d.,])", _I)),
    ("money", re.compile(rf"([$€£¥￥]\s*)?({_NUM})\s*({_ZH_SCALE}|thousand|million|billion|trillion|bn|tn|mn|k\b|m\b)?"
                         rf"\s*({_CURRENCY}|{_COUNTER})?", _I)),
    # multiples: '10到20倍', '3倍左右', 'about 5x', '2.5×', 'three to four times as', 'three-fold', 'threefold'
    ("multiple", re.compile(rf"({_NUM})\s*(?:倍|×|[xX](?![a-zA-Z0-9])|-?fold\b"
                            rf"|times\b(?!\s+(?:a|an|per|each|every|in|over|during|since|this|that|last)\b))"
                            rf"|\b({EN_NUMBER}|twice)(?=fold\b)fold\b|\b(twice|double|triple|treble|quadruple)\b"
                            rf"(?=\s+(?:as|the|that|what)\b)", _I)),
    # any other measure: a number with its unit word ('45分贝', '60 dB', '3 kg', '每周两次')
    # '30-minute', '2-hour', '3-day' bays: the unit after a hyphen
    ("measure", re.compile(rf"(?<!第)({_NUM})(?:\s*|-(?=days?\b|weeks?\b|minutes?\b|hours?\b))({_MEASURE})", _I)),
    ("bare", re.compile(rf"({_NUM})", _I)),
]


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
        num = any_int(g[0]) if g[0].lower() not in ("a", "an") else 1.0
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
    if not (prefix or scale or noun) or (num == "一" and not (prefix or scale)):
        return None  # '一个准确的数字', '一位专家': the article, not a figure
    v = any_int(num)
    if v is None:
        return None
    mult = ZH_SCALES.get(scale, 0) or EN_SCALES.get((scale or "").lower(), 1.0) if scale else 1.0
    currency = bool(prefix) or bool(noun and re.match(_CURRENCY, noun, _I))
    if noun and _CENTS.fullmatch(noun) and not prefix:
        mult *= 0.01  # '3.69 cents', '2.1¢', '5分钱': money, in hundredths
    return v * mult, "money" if currency else "count"


def _pair_scaled(m: re.Match[str]) -> Token | None:
    """'三四百亿元' -> 300亿–400亿 (money); '两三千公里' -> 2000–3000 (count)."""
    a, b = any_int(m.group(1)) or 0.0, any_int(m.group(2)) or 0.0
    mult = {"十": 10.0, "百": 100.0, "千": 1000.0}.get(m.group(3) or "", 1.0) * ZH_SCALES.get(m.group(4) or "", 1.0)
    if not 0 < b - a <= 2 or mult == 1.0:
        return None
    unit = "money" if m.group(5) and re.fullmatch(_CURRENCY, m.group(5), _I) else "count"
    return Token(a * mult, b * mult, unit, m.start(), m.end(), mult)


@dataclass
class Token:
    """A raw figure before ranges and modifiers: value(s), unit (None for a bare numeral), span, scale."""

    low: float
    high: float
    unit: str | None
    start: int
    end: int
    scale: float = 1.0


def tokens(text: str) -> list[Token]:
    """Every figure-like token, the first pattern to claim a stretch of text winning it."""
    taken: list[tuple[int, int]] = []
    out: list[Token] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            if m.end() == m.start() or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            tok = _token(kind, m)
            if tok:
                out.append(tok)
                taken.append((m.start(), m.end()))
    return sorted(out, key=lambda t: t.start)


def _token(kind: str, m: re.Match[str]) -> Token | None:
    """One pattern match as a token, or None when it is not a figure after all."""
    if kind == "zh_vague":
        g = m.group(1)
        lo, hi = {"十几": (11.0, 19.0), "几十": (20.0, 90.0), "十多": (11.0, 19.0)}.get(
            g, ((any_int(g[:-1]) or 0.0), (any_int(g[:-1]) or 0.0) + 9))
        after = m.string[m.end(): m.end() + 2]
        unit = "years" if after.lstrip("个").startswith("年") else ("percent" if "%" in after else None)
        unit = "age" if after.lstrip("周").startswith("岁") else unit
        return Token(lo, hi, unit, m.start(), m.end()) if unit else None
    if kind == "zh_pair_scaled":
        return _pair_scaled(m)
    if kind in ("age_zh", "age_en"):
        v = any_int(next(g for g in m.groups() if g))
        return Token(v, v, "age", m.start(), m.end()) if v is not None and 0 < v < 120 else None
    if kind == "teens_en":
        lo = {"early": 13.0, "mid": 14.0, "late": 17.0}[m.group(1).lower()]
        return Token(lo, lo + 2, "age", m.start(), m.end())
    if kind == "zh_pair":
        a, b = any_int(m.group(1)) or 0.0, any_int(m.group(2)) or 0.0
        if not 0 < b - a <= 2:
            return None
        unit, mult = ("percent", 10.0) if m.string[m.end(): m.end() + 1] == "成" else ("years", 1.0)
        return Token(a * mult, b * mult, unit, m.start(), m.end() + (1 if unit == "percent" else 0))
    if kind == "mid_century":
        return Token(2045.0, 2055.0, "year", m.start(), m.end())
    if kind in ("decade_zh", "decade_en"):
        span = _decade(kind, m)
        return Token(span[0], span[1], "year", m.start(), m.end()) if span else None
    if kind == "per_base":
        v = any_int(m.group(1))
        return Token(v, v, "count", m.start(), m.end()) if v is not None else None
    if kind == "money":
        found = _money(m)
        if not found:
            return None
        scale = found[0] / (any_int(m.group(2)) or 1.0)
        return Token(found[0], found[0], found[1], m.start(), m.end(), scale)
    if kind == "measure":
        v = any_int(m.group(1))
        word = _QUALIFIED_TIME.sub("", m.group(2).lower())
        if v is None or (m.group(1) == "一" and word not in _WEEK and word not in _HOUR):
            return None  # '一次', '一天到晚' are idioms; '提前一周左右' is a week, seven days; '一个小时' an hour
        if word in _WEEK:
            return Token(v * 7, v * 7, "days", m.start(), m.end(), 7.0)  # '12 to 13 weeks': the 12 is weeks too
        if word in _MONTH:
            return Token(v / 12, v / 12, "years", m.start(), m.end(), 1 / 12)  # '4 to 8 months': the 4 too
        if word in _HOUR:
            return Token(v * 60, v * 60, "minutes", m.start(), m.end(), 60.0)  # '2 to 3 hours': the 2 too
        if word in _GRAM:
            return Token(v / 1000, v / 1000, "kg", m.start(), m.end(), 1 / 1000)  # '300–500 g': the 300 too
        return Token(v, v, _MEASURE_NAME.get(word, word), m.start(), m.end())
    if kind == "hour_words":
        return _hour_words(m)
    if kind == "factor":
        v = any_int(m.group(1))
        return Token(v, v, "multiple", m.start(1), m.end()) if v else None
    if kind == "multiple":
        word = next((g for g in m.groups() if g), "")
        v = _MULTIPLE_WORDS.get(word.lower()) or any_int(word)
        return Token(v, v, "multiple", m.start(), m.end()) if v else None
    if kind == "bare":
        v = any_int(m.group(1))
        return Token(v, v, None, m.start(), m.end()) if v is not None else None
    raw, scale = _raw(kind, m), (10.0 if kind == "pct_cheng" and not m.group(2) else 1.0)  # 三到四成: 三 is 30
    return Token(raw[0], raw[0], raw[1], m.start(), m.end(), scale) if raw else None


def _hour_words(m: re.Match[str]) -> Token | None:
    """'half an hour' (30 minutes), 'an hour and a half' (90), 'an hour' (60), in minutes; None for a rate."""
    if m.group(5) and _RATE_BEFORE.search(m.string[max(0, m.start() - 12): m.start()]):
        return None
    if m.group(7):
        hours = any_int(m.group(7))
        return Token((hours + 0.5) * 60, (hours + 0.5) * 60, "minutes", m.start(), m.end(), 60.0) if hours else None
    v = 30.0 if (m.group(1) or m.group(2) or m.group(6)) else 90.0 if (m.group(3) or m.group(4)) else 60.0
    return Token(v, v, "minutes", m.start(), m.end(), 60.0)
