"""Where an answer names a choice question's options: each mention of an option's distinctive terms (stems matched
loosely for English, terms found as written for Chinese), minus the ones set aside ('rather than X', 与其X) or only
talked about ('the slide from "voluntary" to "expected"'), and the word or term found there."""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.analysis.engine.questions import Option
from drafter.analysis.engine.terms import stem
from drafter.analysis.lexicons.choice_cues import (
    AFTER_EN,
    AFTER_ZH,
    AGAINST,
    INSTEAD_OF_BEFORE,
    NEG_BEFORE,
    PICKING,
    TURN,
    UNBEATEN,
    WARY_BEFORE,
)

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ROOT = re.compile(r"(?:([b-df-hj-np-tv-z])\1|s)$")  # 'capp' and 'caps' are both 'cap' for matching


def _mentions(text: str, opt: Option, lang: str) -> list[int]:
    """Character positions where one of the option's distinctive terms occurs."""
    return list(_mentions_of(text, frozenset(opt.terms), lang))


@lru_cache(maxsize=4096)
def _mentions_of(text: str, option_terms: frozenset[str], lang: str) -> tuple[int, ...]:
    """_mentions, cached: every part of an answer is searched for every option several times."""
    if lang == "zh" or any("\u4e00" <= ch <= "\u9fff" for t in option_terms for ch in t):
        out = []
        low = text.lower()  # terms are lower case: 'TNR' in an answer names the option '绝育放归（TNR）'
        for t in option_terms:
            i = low.find(t)
            while i >= 0:
                out.append(i)
                i = low.find(t, i + 1)
        return tuple(sorted(out))
    return tuple(m.start() for m in _EN_WORD.finditer(text)
                 if any(_names(stem(w), option_terms) for w in _parts(m.group())))


def _parts(word: str) -> tuple[str, ...]:
    """A word and, when hyphenated, its parts ('tax-relief' names 'tax')."""
    return (word, *word.split("-")) if "-" in word else (word,)


def _names(word: str, option_terms: frozenset[str]) -> bool:
    """True when a word stem is one of the option's terms, allowing for stemming that cut them differently
    ('insulation'/'insulating', 'caps'/'capping')."""
    if word in option_terms:
        return True
    roots, heads = _keys(option_terms)
    return _ROOT.sub(r"\1", word) in roots or (len(word) >= 5 and word[:5] in heads and not any(
        word.startswith(a) and t.startswith(b) for t in option_terms for a, b in _FALSE_FRIENDS))


# Words whose first five letters are one option's and whose sense is another ('communication' is no 'community
# volunteer group', md-tune73).
_FALSE_FRIENDS = (("communic", "communit"), ("communit", "communic"), ("commut", "commun"), ("commun", "commut"))


@lru_cache(maxsize=256)
def _keys(option_terms: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The roots of an option's terms ('capp', 'caps' -> 'cap') and the first five letters of the longer ones."""
    return (frozenset(_ROOT.sub(r"\1", t) for t in option_terms),
            frozenset(t[:5] for t in option_terms if len(t) >= 5))


def _set_aside(text: str, pos: int, lang: str) -> bool:
    """True when the option mentioned at `pos` is the one being set aside (与其X, X不如Y, 'rather than X')."""
    before = text[max(0, pos - 12): pos]
    if lang == "en":
        if UNBEATEN.search(text[max(0, pos - 40): pos]):
            return False  # "you can't beat X", "nothing tops X": X is the pick
        if WARY_BEFORE.search(text[max(0, pos - 60): pos]) or INSTEAD_OF_BEFORE.search(text[max(0, pos - 60): pos]):
            return True
        neg = NEG_BEFORE.search(text[max(0, pos - 40): pos])
        if neg and not PICKING.search(neg.group()):  # but "I wouldn't hesitate to pick X", "can't beat X"
            return True
        after = AFTER_EN.match(text, pos)  # "X isn't cheap, but it's the best bet" still picks X
        if after and not TURN["en"].search(text, after.end()):
            return True
    return bool(AGAINST[lang].search(before)) or (lang == "zh" and bool(AFTER_ZH.match(text, pos)))


def candidates(text: str, options: list[Option], lang: str) -> list[tuple[int, int]]:
    """(position, option index) for every mention of an option that is not set aside, in text order. A term inside
    another option's full name ('cameras' in 'lidar plus cameras') names that other option, not its own."""
    named = [(m.start(), m.end(), i) for i, opt in enumerate(options) if (pat := _full_name(opt.text))
             for m in pat.finditer(text)]
    found = []
    for i, opt in enumerate(options):
        # ('直接现房销售、“准现房”销售，还是…' (md-tune45): an option the question itself puts in quote marks is
        # named in them too: '应优先推行“准现房”销售')
        quoted = any(mark in opt.text for mark in _QUOTE_MARKS)
        found += [(p, i) for p in _mentions(text, opt, lang) if not _set_aside(text, p, lang)
                  and not any(j != i and s <= p < e for s, e, j in named) and (quoted or not _quoted_word(text, p))]
    return sorted(found)


_QUOTE_MARKS = "“”「」\""


def option_spans(text: str, options: list[Option], lang: str) -> list[tuple[int, int, int]]:
    """(start, end, option index) of every mention `candidates` finds: the whole English word, or the longest of the
    option's Chinese terms found there."""
    spans = []
    low = text.lower()
    for pos, i in candidates(text, options, lang):
        word = _EN_WORD.match(text, pos)
        if word and not any("\u4e00" <= ch <= "\u9fff" for t in options[i].terms for ch in t):
            spans.append((pos, word.end(), i))
            continue
        size = max((len(t) for t in options[i].terms if low.startswith(t, pos)), default=1)
        spans.append((pos, pos + size, i))
    return spans


_QUOTED_WORD = re.compile(r"[\w-]{1,24}[\"”’'」]")


def _quoted_word(text: str, pos: int) -> bool:
    """True for a single word in quote marks ('the slide from "voluntary" to "expected"'): a word talked about, not
    an option named."""
    return pos > 0 and text[pos - 1] in "\"“‘'「" and bool(_QUOTED_WORD.match(text, pos))


_JOINERS = {"plus", "and", "with", "+", "&", "加", "和", "与"}


_ZH_PAIR = re.compile(r"([\u4e00-\u9fff]{2,6}?)[和与及]([\u4e00-\u9fff]{2})")


@lru_cache(maxsize=256)
def _full_name(option: str) -> re.Pattern[str] | None:
    """An option named in full, joiners loosely ('lidar plus cameras', 'lidar + camera'); None for one word."""
    words = [w for w in re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+|[+&]", option) if w.lower() not in _JOINERS]
    if len(words) == 1 and (pair := _ZH_PAIR.match(words[0])):
        # '平台和骑手按比例分担' beside the option '平台' (zh-b03): '由平台和骑手按比例共同负担' names the pair, not
        # '平台'
        return re.compile(re.escape(pair.group(1)) + "[和与及]" + re.escape(pair.group(2)))
    if len(words) < 2:
        return None
    join = r"(?:\s*(?:\+|&|/|plus|and|with|加|和|与)\s*|\s+|)"
    return re.compile(join.join(re.escape(w) + ("s?" if w.isascii() else "") for w in words), re.IGNORECASE)


def word_at(text: str, pos: int, opt: Option, lang: str) -> str:
    """The word an option is named by at `pos` (English, as written) or the longest of its terms there (Chinese)."""
    if lang == "en":
        m = _EN_WORD.match(text, pos)
        return m.group() if m else ""
    return max((t for t in opt.terms if text.startswith(t, pos)), key=len, default="")


def option_words(text: str, options: list[Option], picked: int, lang: str) -> list[str]:
    """The words (English) or terms (Chinese) where `text` names option `picked`, in order."""
    found = (word_at(text, pos, options[picked], lang) for pos, i in candidates(text, options, lang) if i == picked)
    return [word for word in found if word]
