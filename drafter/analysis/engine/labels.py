"""Answer words labelled with what they answer ("Tighter oversight: yes. A ban: no.", "Better security, yes; a
three-year minimum, no."): only a label that names the question's proposal, or a group it is scoped to, answers the
question; a lead-in in the answer's own voice ("Realistically, no.") is no label."""

from __future__ import annotations

import re
from typing import Literal

from drafter.analysis.engine.polarity import Polarity, answer_word, mentions_question

_LABELLED_ANSWER = re.compile(r"(?P<what>[^:;,.!?]{2,60}?)\s*[:,—–]\s*(?P<word>yes|no)\W*$", re.IGNORECASE)


_SCOPE_LABEL = re.compile(r"\W*(?:for|in|at|under|over|above|below|with|without)\b", re.IGNORECASE)


# A label that is the answer's own voice, not a thing answered for: an adverb ('Realistically, no.'), a turn of phrase
# ('On balance, though, yes.'), or the answer announcing itself ('My honest answer: no.', 'The short version: yes.').
_DISCOURSE = re.compile(r"\W*(?:\w+ly|not\s+\w+|though|so|then|well|overall|still|and|but|yet|thus|therefore"
                        r"|maybe|perhaps|sure|of course|in short|in sum|on balance|in the end|all told|in a word"
                        r"|for me|to me|i think|i'd say|i would say|so overall|and so|right now|today|now|at present"
                        r"|as things stand|in theory|in principle|on paper|(?:[\w']+\s+){0,3}(?:answer|verdict|view"
                        r"|take|opinion|conclusion|summary|version|line|tl;?dr))\W*", re.IGNORECASE)


def labelled_answer(text: str, qterms: set[str]) -> Polarity | Literal[False] | None:
    """A sentence made of answer words labelled with what they answer ('X: yes', 'X, yes; Y, no'): the polarity of
    the labels that name the question's proposal, False when none does; None when the sentence is not of that form."""
    halves = [h.strip() for h in re.split(r"[;；]", text) if h.strip()]
    found = [_LABELLED_ANSWER.match(h) for h in halves]
    if not halves or not all(found) or any(m and _DISCOURSE.fullmatch(m.group("what")) for m in found):
        return None
    # a label that names a group ('For younger pupils, no.') scopes the proposal itself: a split verdict's half
    said = {answer_word(m.group("word")).label for m in found if m
            and (mentions_question(m.group("what"), qterms) or _SCOPE_LABEL.match(m.group("what")))}
    if not said:
        return False
    return Polarity(said.pop(), True) if len(said) == 1 else Polarity("mixed", True)
