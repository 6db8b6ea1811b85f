"""Answers with no readable text: character soup (letters of many unrelated scripts strewn through the text), or
a reply that is only the provider's block code.

A model sampling badly ('…维吾尔穆斯林的 lagiussesDas.exceptionsο kali währendDuplicate…ایجاد…มอง…') writes no
position, and what it did write before the breakdown is no finished answer to quote as its view: the reading
abstains and the author is told why. Han, Latin and kana are the scripts of the answers drafter reads; Greek is
left out too, for the α and β of a formula."""

from __future__ import annotations

import re
import unicodedata

# Letters of this many other scripts in one answer: a breakdown, not quotation (on the tuning data, every answer with
# four or more was such a breakdown; no answer of the Markdown or devset-like sets had more than one)
GARBLED_SCRIPTS = 4
_EXPECTED = frozenset({"CJK", "LATIN", "HIRAGANA", "KATAKANA", "FULLWIDTH", "GREEK"})


def garbled(text: str) -> bool:
    """True when the answer's letters come from GARBLED_SCRIPTS or more scripts beside Han, Latin and kana."""
    seen: set[str] = set()
    for ch in text:
        if ch.isalpha() and ord(ch) > 0x24F and not 0x4E00 <= ord(ch) <= 0x9FFF:  # Han, the bulk of zh, skipped fast
            script = unicodedata.name(ch, "").split(" ", 1)[0]
            if script and script not in _EXPECTED:
                seen.add(script)
                if len(seen) >= GARBLED_SCRIPTS:
                    return True
    return False


# A reply that is only a provider's finish reason ("SAFETY", as a harness stores Gemini's blocked replies): the service
# blocked the answer, so there are no words of the model's to read or quote
_BLOCK_CODE = re.compile(r"\W*(?:SAFETY|RECITATION|PROHIBITED_CONTENT|BLOCKLIST|SPII|content_filter|CONTENT_FILTER)\W*")


def block_code(text: str) -> bool:
    """True when the whole reply is a provider's block code, not the model's words."""
    return bool(_BLOCK_CODE.fullmatch(text.strip()))
