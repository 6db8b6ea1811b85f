"""Typography for the writer's own prose (never for quotes, which are verbatim).

Chinese: full-width punctuation, no stray spaces between Chinese characters, and, as mainland papers set
it, no space between Chinese and Latin words or numbers (买H200, not 买 H200). English: curly quotes and
apostrophes.
"""

from __future__ import annotations

import re

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Full-width punctuation and brackets, including the placeholder's 〔〕 and the quote marks.
FW_PUNCT = "，。、；：？！（）《》〈〉【】〔〕「」『』“”‘’…—·"
_LATIN = r"A-Za-z0-9"
_HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}

_SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{HAN}{FW_PUNCT}])[ \t\u3000]+(?=[{HAN}{FW_PUNCT}])")
_SPACE_NEAR_FW = re.compile(rf"(?<=[{_LATIN}%])[ \t]+(?=[{FW_PUNCT}])|(?<=[{FW_PUNCT}])[ \t]+(?=[{_LATIN}])")
_HAN_THEN_LATIN = re.compile(rf"(?<=[{HAN}])[ \t]+(?=[{_LATIN}])")
_LATIN_THEN_HAN = re.compile(rf"(?<=[{_LATIN}%])[ \t]+(?=[{HAN}])")
_HALF_PUNCT = re.compile(r"[,;:?!]")
_PERIOD_AFTER_HAN = re.compile(rf"(?<=[{HAN}])\.(?![A-Za-z0-9.])")
_PARENS = re.compile(rf"\(([^()]*[{HAN}][^()]*)\)")
_MULTI_SPACE = re.compile(r"[ \t]{2,}")


def zh_prose(text: str) -> str:
    """Chinese prose with full-width punctuation and no space between Chinese and Latin (mainland style)."""
    text = _PARENS.sub(r"（\1）", text)
    text = _PERIOD_AFTER_HAN.sub("。", text)
    text = _HALF_PUNCT.sub(_full_width_unless_latin, text)
    text = _SPACE_BETWEEN_CJK.sub("", text)
    text = _SPACE_NEAR_FW.sub("", text)
    text = _HAN_THEN_LATIN.sub(_unless_url, text)
    text = _LATIN_THEN_HAN.sub(_unless_url, text)
    return _MULTI_SPACE.sub(" ", text)


def _unless_url(match: re.Match[str]) -> str:
    """Drop the space, except beside a URL: 见 https://example.org/a 页 would otherwise swallow 页 into the link."""
    text = match.string
    before = text[: match.start()].rsplit(None, 1)[-1] if text[: match.start()].strip() else ""
    after = text[match.end():].split(None, 1)[0] if text[match.end():].strip() else ""
    return match.group(0) if "://" in before or "://" in after else ""


def _full_width_unless_latin(match: re.Match[str]) -> str:
    """`3,000`, `1:2`, `https://`, `Hello, world` stay; next to Chinese or at an edge: full-width."""
    text, i = match.string, match.start()
    latin_before = i > 0 and text[i - 1].isascii() and text[i - 1].isalnum()
    latin_after = bool(re.match(r" ?[A-Za-z0-9/]", text[i + 1 : i + 3]))
    ch = match.group(0)
    return ch if latin_before and latin_after else _HALF_TO_FULL.get(ch, ch)


def en_prose(text: str) -> str:
    """English prose with curly quotes and apostrophes, single spaces."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text)
    text = re.sub(r"(^|[\s(\[—])'", r"\1‘", text)
    text = text.replace("'", "’")
    text = re.sub(r'(^|[\s(\[—])"', r"\1“", text)
    text = text.replace('"', "”")
    text = text.replace(" -- ", " — ")
    return _MULTI_SPACE.sub(" ", text)


def prose(text: str, language: str) -> str:
    """The writer's prose, typeset for `language`."""
    return zh_prose(text) if language == "zh" else en_prose(text)


def zh_problems(text: str) -> list[str]:
    """Typography faults in Chinese prose (for tests and `drafter check`-style linting)."""
    problems: list[str] = []
    for m in _SPACE_BETWEEN_CJK.finditer(text):
        problems.append(
            f"space between Chinese characters at {m.start()}: {text[max(0, m.start() - 4) : m.end() + 4]!r}"
        )
    for rx, what in ((_HAN_THEN_LATIN, "Chinese then Latin"), (_LATIN_THEN_HAN, "Latin then Chinese")):
        for m in rx.finditer(text):
            if _unless_url(m):  # the space beside a URL stays
                continue
            problems.append(f"space between {what} at {m.start()}: {text[max(0, m.start() - 4) : m.end() + 4]!r}")
    for m in re.finditer(rf"(?<=[{HAN}])[,;:?!.]|[,;:?!](?=[{HAN}])", text):
        problems.append(
            f"half-width punctuation next to Chinese at {m.start()}: {text[max(0, m.start() - 4) : m.end() + 4]!r}"
        )
    return problems
