"""Language detection and length as columnists count it: 字数 for Chinese, words for English."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_CJK_PUNCT = re.compile(r"[\u3001-\u303f\uff01-\uff0f\uff1a-\uff20\u2014\u2026\u201c\u201d\u2018\u2019]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*")


def detect_language(text: str) -> str:
    """'zh' when Han characters make up a real share of the letters, else 'en'."""
    han = len(_HAN.findall(text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return "zh" if han and han * 3 >= latin * 0.5 else "en"


def count_length(text: str, language: str) -> int:
    """字数 as Word counts it for zh (Han characters, full-width punctuation, each Latin word
    or number as one); words for en."""
    if language == "zh":
        return len(_HAN.findall(text)) + len(_CJK_PUNCT.findall(text)) + len(_LATIN_WORD.findall(text))
    return len(_LATIN_WORD.findall(text))


def length_unit(language: str) -> str:
    return "字" if language == "zh" else "words"
