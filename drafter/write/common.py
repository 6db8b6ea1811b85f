"""Small helpers shared by the writers and the renderer: numerals, name lists, figures, escaping."""

from __future__ import annotations

import re

from drafter.analysis.schema import NumberClaim

_ZH_DIGITS = "零一二三四五六七八九"
# Style guides spell out small numbers; larger ones stay as digits.
_EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_MD_LIGHT = re.compile(r"([\\`*_\[\]<>|])")


def zh_numeral(n: int, *, counting: bool = True) -> str:
    """一…九十九; `counting` uses 两 for 2 before a measure word (两个模型), not in ordinals (第二问)."""
    if n == 2 and counting:
        return "两"
    if not 0 <= n < 100:
        return str(n)
    if n < 10:
        return _ZH_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _ZH_DIGITS[tens]
    return head + "十" + (_ZH_DIGITS[ones] if ones else "")


def en_number(n: int) -> str:
    return _EN_WORDS[n] if 0 <= n < len(_EN_WORDS) else str(n)


def count_word(n: int, language: str) -> str:
    """A small count as a reader expects it in prose: 三 / three."""
    return zh_numeral(n) if language == "zh" else en_number(n)


def join_names(names: list[str], language: str) -> str:
    """模型甲、模型乙和模型丙 / Model A, Model B and Model C."""
    if len(names) <= 1:
        return "".join(names)
    if language == "zh":
        return "、".join(names[:-1]) + "和" + names[-1]
    return ", ".join(names[:-1]) + " and " + names[-1]


def join_parts(parts: list[str], language: str) -> str:
    """Clauses of a tally: Chinese with ，, English as a list."""
    return "，".join(parts) if language == "zh" else join_names(parts, language)


def light_escape(text: str) -> str:
    """Escape the Markdown that could turn a value (a title, a label) into markup or a footnote ref."""
    return _MD_LIGHT.sub(r"\\\1", " ".join(text.split()))


def _num(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 else f"{value:.0f}"


def format_figure(claim: NumberClaim, language: str) -> str:
    """A number claim as prose: 30%–32%, 2035年, 4 亿…"""
    low, high = _num(claim.low), _num(claim.high)
    value = low if low == high else f"{low}–{high}"
    unit = claim.unit.strip()
    if unit in ("percent", "%"):
        return value.replace("–", "%–") + "%"
    if unit == "year":
        return value + ("年" if language == "zh" else "")
    if unit in ("count", ""):
        return value
    if language == "zh":
        return value + _ZH_UNITS.get(unit, unit)
    return f"{value} {unit}"


_ZH_UNITS = {"years": "年", "months": "个月", "days": "天", "minutes": "分钟", "money": "", "people": "人"}


_FIGURE = re.compile(
    r"(?:(?:about|around|roughly|approximately|nearly|almost|over|under|约|大约|将近|超过)\s*)?"
    r"\d[\d.,]*\s*(?:%|percent|per cent|万亿|亿|万)?"
    r"(?:\s*(?:to|and|-|–|到|至)\s*\d[\d.,]*\s*(?:%|percent|per cent|万亿|亿|万)?)?"
)


def figure_text(claim: NumberClaim, language: str) -> str:
    """The model's own wording of a figure (三成, around 8 percent), else the normalised range.

    An analyzer widens "around 8 percent" to a range; the reader should see what the model said."""
    words = " ".join(claim.figure.split())
    if not words:
        words = " ".join(claim.quote.split()).strip("。.，,")
        if not (words and (len(words) <= 12 if language == "zh" else len(words.split()) <= 5)):
            found = _FIGURE.search(words)
            words = found.group(0).strip() if found else format_figure(claim, language)
    return words[:1].lower() + words[1:] if words[1:2].islower() else words  # "Roughly" mid-sentence


def short_phrase(text: str, language: str) -> bool:
    """Whether an analysis phrase (a point, a reason) reads well inside a sentence."""
    return len(text) <= 30 if language == "zh" else len(text.split()) <= 14


def ranges_disjoint(a: NumberClaim, b: NumberClaim) -> bool:
    return a.high < b.low or b.high < a.low
