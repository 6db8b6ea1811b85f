"""A learned second reader of picks in long answers to choice questions.

The rules read a pick from the words around an option ("X is the best choice", "应当由X来承担"); where those words are
not in their lexicons they read the pick only from where the option is named, which makes a clash right about half
of the time, so such a pick goes to the author. This reader scores each option by the words around its mentions,
with the option's own words replaced by a placeholder, so that what it learns ("<it> should pay", "I'd place
responsibility on <it>", "<it> has merits, but", "由<it>来承担") carries over to options it never saw. A half-read
pick it gives with p >= CONFIRM is stated; a stated pick it reads as another option goes to the author, whose item
names both. It never picks an option the rules did not read, and never writes a quote.

It is trained by `python -m evals.train_stance_model --reader pick` on tuning sets only; its weights ship in
`drafter/analysis/models/pick_model.json`. Like the other two readers it is asked only about long answers in English
or Chinese (stance_model.asked), and not about lettered multiple-choice items: on the real MMLU-Pro answers, chains of
reasoning that end "the answer is (C)", it questioned letter picks the rules read right.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from drafter.analysis.engine import stance_model
from drafter.analysis.engine.mentions import option_spans
from drafter.analysis.engine.stance_model import AGREED_CONFIDENCE, DISPUTED_CONFIDENCE, grams

if TYPE_CHECKING:
    from drafter.analysis.engine.questions import Option
    from drafter.analysis.engine.reading import Reading

# Out of fold on the calibration half (md-holdout14 to 102, even numbers; `make second-reader-oof`), choice clashes
# went from F1 0.87 (P 0.96) with the rules alone to 0.89 (P 0.95) with the three readers. Fitted on the tuning
# folders only and read on the whole calibration half, thresholds of 0.6 to 0.9 scored within 0.01 of each other, and
# the pairs a confirmed pick made were right 30 times in 33.
CONFIRM = 0.8
# A stated pick the model gives less than DOUBTED while it gives another option at least OVERRULE goes to the author.
# Out of fold on the calibration half this took 7 of 20 false choice agreements and 4 of 19 false choice clashes out
# of the column, and sent 7 of 392 right clashes (no right agreement) to the author's list (choice agreement P 0.87 ->
# 0.91, clash P 0.954 -> 0.963, F1 0.892 -> 0.887); DOUBTED 0.2 scored the same, a lower OVERRULE lost more.
DOUBTED = 0.1
OVERRULE = 0.8
PICKED, OTHER = " optp ", " opto "  # placeholders: latin words, so that Chinese text tokenises them as words too
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.S)
_REPEATED = re.compile(r"( opt[po] )(?:\s*(?:and|&|-|/|plus|\+|的|和|与)?\s*\1)+")


def masked(text: str, options: list[Option], chosen: int, lang: str) -> str:
    """The text with each option's words replaced by a placeholder: PICKED for the option `chosen`, OTHER for the
    rest."""
    out, at = [], 0
    for start, end, index in option_spans(text, options, lang):
        if start < at:
            continue
        out += [text[at:start], PICKED if index == chosen else OTHER]
        at = end
    # an option of several words is one placeholder ('the water company' -> 'the <it>')
    return _REPEATED.sub(lambda m: m.group(1), "".join(out) + text[at:])


def _who(text: str) -> str:
    """P when the text names the option scored, else O when it names another, else ''."""
    return "P" if PICKED.strip() in text else "O" if OTHER.strip() in text else ""


def features(text: str, options: list[Option], chosen: int, lang: str) -> list[str]:
    """Features of option `chosen` in an answer: the n-grams of every sentence that names an option, prefixed by the
    zone the sentence stands in and by whether it names this option (P) or only others (O); and where the option is
    named most."""
    marked = masked(text, options, chosen, lang)
    sents = stance_model.sentences(marked)
    if not sents:
        return ["EMPTY"]
    n = len(sents)
    summary = {j for i, s in enumerate(sents) if stance_model.SUMMARY.search(s) for j in (i, i + 1)}
    out: set[str] = set()
    named: dict[str, list[int]] = {"P": [], "O": []}
    for i, sentence in enumerate(sents):
        if not (who := _who(sentence)):
            continue
        named[who].append(i)
        zones = ["A"] + (["F"] if i < 2 else []) + (["L"] if i >= n - 3 else []) + (["S"] if i in summary else [])
        out |= {f"{who}{zone}:{g}" for zone in zones for g in grams(sentence)}
    for bold in _BOLD.finditer(marked):
        span = bold.group(1) or bold.group(2)
        if who := _who(span):
            out |= {f"{who}B:{g}" for g in grams(span)}
    last = max(named["P"] + named["O"], default=-1)
    out.add("LAST:" + ("P" if last in named["P"] else "O"))
    out.add("MOST:" + ("P" if len(named["P"]) >= len(named["O"]) else "O"))
    out.add(f"OPTIONS:{min(len(options), 4)}")
    return sorted(out)


def probability(text: str, options: list[Option], chosen: int, lang: str) -> float:
    """How likely option `chosen` is the answer's pick, 0..1."""
    return stance_model.scores("pick_model", features(text, options, chosen, lang))["picked"]


def second_reading(reading: Reading, text: str, options: list[Option], lang: str) -> None:
    """State a pick the rules half-read when the model, too, reads it as the pick; send a stated pick to the author
    when the model reads another option as the pick instead."""
    if not stance_model.asked(text) or reading.doubt or reading.pick is None or options[0].letter:
        return  # a lettered item is answered by its letter ('the answer is (C)'), which the rules read and it does not
    if reading.stance == "other":
        _question(reading, reading.pick, text, options, lang)
        return
    if reading.stance != "unclear":
        return
    if reading.tentative != options[reading.pick].text:
        return  # the rules half-read a dodge or nothing, not this pick
    if probability(text, options, reading.pick, lang) >= CONFIRM:
        reading.stance, reading.tentative = "other", None
        reading.confidence = AGREED_CONFIDENCE


def _question(reading: Reading, pick: int, text: str, options: list[Option], lang: str) -> None:
    """Send a stated pick to the author when the model reads another option as the pick and not this one."""
    if probability(text, options, pick, lang) >= DOUBTED:
        return
    others = {i: probability(text, options, i, lang) for i in range(len(options)) if i != pick}
    rival = max(others, key=others.__getitem__, default=None)
    if rival is not None and others[rival] >= OVERRULE:
        reading.tentative, reading.stance = options[pick].text, "unclear"
        reading.doubt = options[rival].text
        reading.confidence = DISPUTED_CONFIDENCE
