"""Content terms of a text (Han bigrams, Latin word stems) and how much of a question an answer covers."""

from __future__ import annotations

import re
from functools import lru_cache

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9'’-]*|\d+[A-Za-z]+\d*")
# Function characters: a Han bigram holding one says little about the topic.
_ZH_STOP = set("的了吗呢吧啊嘛是否会能在和与及或也都就还又把被让给对从向于而且但并之其这那些个种一不没有为以所很更最"
               "约多少么哪什怎如何要该应可我你他她它们您吗呀则即若等各每此该其将已经再才只")
_EN_STOP = {
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "by", "at", "from", "as", "is",
    "are", "was", "were", "be", "been", "being", "do", "does", "did", "will", "would", "should", "could", "can",
    "may", "might", "must", "shall", "have", "has", "had", "it", "its", "this", "that", "these", "those", "there",
    "their", "they", "them", "we", "our", "you", "your", "he", "she", "his", "her", "i", "me", "my", "what",
    "which", "who", "whom", "whose", "when", "where", "why", "how", "if", "than", "then", "so", "not", "no",
    "yes", "any", "all", "some", "more", "most", "much", "many", "very", "into", "over", "about", "roughly",
    "approximately", "around", "whether", "within", "next", "year", "years", "one", "two", "such", "also", "just",
    "only", "really", "out", "up", "down", "too", "other", "each", "per", "between", "before", "after", "while",
    "like", "matters", "matter", "important", "better", "bigger", "greater", "overall", "genuinely", "measurably",
    "i'd", "it's", "that's", "don't", "doesn't", "won't", "can't", "isn't", "aren't", "what's", "let",
}
_SUFFIXES = ("ational", "ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed",
             "es", "ly", "s")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude English stem: lower case, common suffixes off (enough to match 'cities' with 'city')."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suf in _SUFFIXES:
        if len(w) - len(suf) >= 4 and w.endswith(suf):
            w = w[: -len(suf)]
            if suf in ("ies", "ied"):
                w += "y"
            break
    # one spelling for the forms left over: 'charge'/'charging' -> 'charg', 'city'/'citi(es)' -> 'citi'
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w.endswith("y"):
        w = w[:-1] + "i"
    return w


def terms(text: str) -> set[str]:
    """Content terms: Han bigrams without function characters, and stems of Latin content words."""
    out: set[str] = set()
    for run in _HAN_RUN.findall(text):
        for i in range(len(run) - 1):
            pair = run[i: i + 2]
            if pair[0] not in _ZH_STOP and pair[1] not in _ZH_STOP:
                out.add(pair)
        if len(run) == 1 and run not in _ZH_STOP:
            out.add(run)
    for word in _LATIN.findall(text):
        low = word.lower()
        if low not in _EN_STOP and len(low) > 2:
            out.add(stem(low))
    return out


def coverage(question_terms: set[str], text: str) -> float:
    """Share of the question's content terms that occur in `text` (0 when the question has none)."""
    if not question_terms:
        return 0.0
    return len(question_terms & terms(text)) / len(question_terms)


def mentions(term_set: set[str], text: str) -> int:
    """How many of `term_set` occur in `text`."""
    return len(term_set & terms(text))
