"""Numerals written as words: Chinese (一千二百, 三成, 五分之一, 1.5万亿) and English (twenty-five, a fifth)."""

from __future__ import annotations

import re

_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
              "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
ZH_SCALES = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "亿": 1e8, "千万": 1e7, "百万": 1e6, "万": 1e4, "千": 1e3}
EN_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
             "trillion": 1e12, "tn": 1e12, "t": 1e12}
_EN_ONES = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9,
            "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
            "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1}
_EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
            "ninety": 90}
_EN_DENOM = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
             "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
             "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_ONES_WORDS = "|".join(sorted((k for k in _EN_ONES if k not in ("a", "an")), key=len, reverse=True))
_TENS_WORDS = "|".join(_EN_TENS)
EN_NUMBER = rf"(?:(?:{_TENS_WORDS})(?:[- ](?:{_ONES_WORDS}))?|(?:{_ONES_WORDS})(?:[- ]hundred)?)"
EN_DENOM = "|".join(sorted(_EN_DENOM, key=len, reverse=True))
# '一万五千', '两万五千': a 万 section followed by more numerals is one number (15000), not 一万 and 五千
ZH_NUMBER = (r"(?:[零〇一二两三四五六七八九十百千]+万(?=[零〇一二两三四五六七八九十百千]))?"
             r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?")
_EN_WORD_RE = re.compile(rf"^{EN_NUMBER}$", re.IGNORECASE)


def zh_int(text: str) -> float | None:
    """一千二百 -> 1200, 十五 -> 15, 二十 -> 20, 三 -> 3, 一点五 -> 1.5; None when it is not a numeral."""
    if not text:
        return None
    if "万" in text:  # '一万五千' -> 15000; '一万五' (colloquial) -> 15000
        high, low = text.split("万", 1)
        upper, lower = zh_int(high), zh_int(low)
        if upper is None or lower is None:
            return None
        return upper * 1e4 + (lower * 1e3 if len(low) == 1 and low in _ZH_DIGITS else lower)
    if "点" in text:
        whole, frac = text.split("点", 1)
        base = zh_int(whole)
        digits = "".join(str(_ZH_DIGITS[c]) for c in frac if c in _ZH_DIGITS)
        return None if base is None or not digits else base + float("0." + digits)
    total, current = 0, 0
    for ch in text:
        if ch in _ZH_DIGITS:
            current = _ZH_DIGITS[ch]
        elif ch in _ZH_UNITS:
            total += (current or 1) * _ZH_UNITS[ch]
            current = 0
        else:
            return None
    return float(total + current)


def en_int(text: str) -> float | None:
    """twenty-five -> 25, nine -> 9, a -> 1, three hundred -> 300; None otherwise."""
    words = re.split(r"[- ]+", text.lower().strip())
    if not words or (not _EN_WORD_RE.match(text.strip()) and words[0] not in ("a", "an")):
        return None
    total = 0
    for w in words:
        if w in _EN_ONES:
            total += _EN_ONES[w]
        elif w in _EN_TENS:
            total += _EN_TENS[w]
        elif w == "hundred":
            total = (total or 1) * 100
        else:
            return None
    return float(total)


def any_int(text: str) -> float | None:
    """A numeral in digits, Chinese or English words."""
    t = text.replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        pass
    return zh_int(t) if re.match(r"^[零〇一二两三四五六七八九十百千万点]+$", t) else en_int(t)


def en_denominator(word: str) -> int | None:
    """fifth -> 5, thirds -> 3."""
    return _EN_DENOM.get(word.lower())
