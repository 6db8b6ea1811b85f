"""A learned second reader of yes/no answers, and the gate that makes the rules' reading agree with it.

The rules read an answer by its wording; on answers they were not tuned on they misread about one yes/no answer in
eight. A linear model over the words of an answer's verdict places (opening, close, bold, summary) reads them a
different way, so where the two agree a reading is much surer than either alone, and where they disagree it is
the author's to check; unless the model is very sure and the rules themselves found a placed sentence saying what it
says (or, for a dodge, an evasion cue), which is then the reading and its quote. The model is trained by
`python -m evals.train_stance_model` on tuning sets only (its file names what it was trained on); its weights ship
as data in `drafter/analysis/models/stance_model.json`.

It is only asked about the kind of answer its gate was calibrated on: answers to yes/no questions, not to statements
to agree with (on real PoliLean statements it read most "disagree" answers as yes), in English or Chinese, and
long (more than LONG sentences: every answer of the calibration half was; short answers keep the rules' reading).
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from drafter.analysis.engine.sentences import Sentence

if TYPE_CHECKING:
    from drafter.analysis.engine.evasion import EvasionCue
    from drafter.analysis.engine.reading import Reading

Sides = tuple[tuple[str, float, Sentence], ...]

LABELS = ("affirm", "deny", "mixed", "evasive")
LANGUAGES = ("en", "zh")
# Out of fold on the calibration half of the held-out Markdown sets (md-holdout with an even number, 1,452 yes/no
# answers), stating only readings both readers agree on took yes/no clash precision from 0.88 to 0.97 and recall
# from 0.81 to 0.84; thresholds of 0.7 to 0.9 scored within 0.005 of each other (`make second-reader-oof` scores the
# analyzer as shipped, out of fold).
CONFIRM = 0.8  # the rules' half-read side, given this surely by the model too, is stated
OVERRULE = 0.8  # a stated yes or no that the model reads as something else this surely goes to the author
OVERRULE_HEDGE = 0.9  # a dodge or a split likewise, at this probability
AGREED_CONFIDENCE = 0.75  # a half-read side both readers give: surer than STATED, less sure than a plain verdict
DISPUTED_CONFIDENCE = 0.5  # below reading.LISTED: never stated as fact
LONG = 8  # sentences, as `sentences` splits them
# The model's side, given this surely, replaces the rules' when some part the rules placed (an opening, a close, an
# opinion, a conclusion: weight >= SIDE_WEIGHT) states that side: that sentence is quoted. Out of fold on the
# calibration half, 61 such readings, 60 right (at 0.95: 56, all right; with argument sentences too: 74, 71 right).
OVERRIDE = 0.9
SIDE_WEIGHT = 1.0

_MARKUP = re.compile(r"\*\*|__|`|^\s{0,3}#{1,6}\s*|^\s*(?:[-*+]|\d+[.)、])\s+|\|", re.M)
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__", re.S)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])|(?<=[。！？；])")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|[\u4e00-\u9fff]|\d+")
# sentences that name themselves a conclusion: the model reads them, and the one after, as their own zone
SUMMARY = re.compile(r"总结|结论|总之|总的来说|综上|我的(?:看法|观点|答案|回答|判断)|in summary|bottom line|overall|"
                      r"in short|to sum up|conclusion|verdict|my (?:answer|view|take)|tl;dr", re.I)
_LONGEST_GRAM = 3
_LEAD_IN = re.compile(r"[:：]\W*$")  # 'I'd back one, provided it's drafted simply:': it leads to what follows


def sentences(text: str) -> list[str]:
    """The answer's sentences with Markdown markup taken out (a rough split: the model only needs words)."""
    out = []
    for line in text.splitlines():
        line = _MARKUP.sub("", line).strip()
        out += [piece.strip() for piece in _SENTENCE_END.split(line) if piece.strip()]
    return out


def grams(sentence: str) -> list[str]:
    """Word 1- to 3-grams of an English sentence, character 1- to 3-grams of a Chinese one (mixed text: both)."""
    tokens = _TOKEN.findall(sentence.lower())
    return [" ".join(tokens[i:i + n]) for n in range(1, _LONGEST_GRAM + 1) for i in range(len(tokens) - n + 1)]


def features(text: str) -> list[str]:
    """The answer's features: each n-gram prefixed by the zone it stands in, and a length bucket."""
    sents = sentences(text)
    if not sents:
        return ["EMPTY"]
    summary_at = [i for i, s in enumerate(sents) if SUMMARY.search(s)]
    zones = {
        "F": sents[:2],
        "L": sents[-3:],
        "B": [m.group(1) or m.group(2) for m in _BOLD.finditer(text)],
        "S": [sents[j] for i in summary_at for j in (i, i + 1) if j < len(sents)],
        "A": sents,
    }
    out: list[str] = []
    for zone, members in zones.items():
        out += sorted({f"{zone}:{g}" for s in members for g in grams(s)})
    n = len(sents)
    out.append("LEN:" + ("1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9+"))
    return out


@cache  # one entry per shipped reader: a cache smaller than that would reload weights answer after answer
def _model(name: str) -> dict[str, Any]:
    path = resources.files("drafter.analysis") / "models" / f"{name}.json"
    return dict(json.loads(path.read_text(encoding="utf-8")))


def scores(name: str, feats: list[str]) -> dict[str, float]:
    """The probability of each label of the shipped model `name` (models/<name>.json), given an answer's features."""
    return apply(_model(name), feats)


def apply(model: dict[str, Any], feats: list[str]) -> dict[str, float]:
    """The probability of each label of a model (its labels, intercept and weights), given an answer's features."""
    labels, weights = model["labels"], model["weights"]
    logits = list(model["intercept"])
    for feature in feats:
        for i, w in enumerate(weights.get(feature, ())):
            logits[i] += w
    top = max(logits)
    exp = [math.exp(v - top) for v in logits]
    total = sum(exp)
    return {label: e / total for label, e in zip(labels, exp, strict=True)}


def probabilities(text: str) -> dict[str, float]:
    """The model's probability of each label for a yes/no answer."""
    return scores("stance_model", features(text))


def _quotable(sides: Sides, side: str) -> Sentence | None:
    """The rules' strongest sentence for a side, if a part beyond the body's arguments states it."""
    return next((sentence for label, weight, sentence in sides if label == side and weight >= SIDE_WEIGHT
                 and not _LEAD_IN.search(sentence.text)), None)


def asked(text: str) -> bool:
    """True when the answer is long enough for the model's word (see the module docstring)."""
    return len(sentences(text)) > LONG


def second_reading(reading: Reading, text: str, sides: Sides = (), cue: EvasionCue | None = None) -> None:
    """Let the model confirm or overrule the rules' reading of a long yes/no answer (see the module docstring)."""
    if not asked(text):
        return
    probs = probabilities(text)
    said = max(probs, key=lambda label: probs[label])
    sure = probs[said]
    if said == "evasive" and sure >= OVERRIDE and reading.stance != "evasive" and cue is not None:
        # "As an AI, I don't take positions on this. …. Ultimately it's for councils to decide": the rules found the
        # dodge and then read a side from a closing remark; the model, near-certain, reads the whole as a dodge, and
        # the rules' cue is the evidence quoted (out of fold on the calibration half: 13 such readings, all right)
        reading.stance, reading.style, reading.tentative, reading.doubt = "evasive", cue.style, None, None
        reading.key_sentence, reading.cue_confidence = cue.sentence, AGREED_CONFIDENCE
        reading.confidence = AGREED_CONFIDENCE
        return
    if said in ("affirm", "deny") and sure >= OVERRIDE and reading.stance != said and (
            where := _quotable(sides, said)):
        reading.stance, reading.tentative, reading.doubt = said, None, None
        reading.key_sentence, reading.confidence = where, AGREED_CONFIDENCE
        return
    if reading.stance == "unclear" and reading.tentative in ("affirm", "deny", "mixed"):
        if said == reading.tentative and sure >= CONFIRM:
            reading.stance, reading.tentative = said, None
            reading.confidence = AGREED_CONFIDENCE
        elif said != reading.tentative and sure >= OVERRULE:
            reading.doubt = said  # the author's item says what each reader made of it
        return
    if said == reading.stance:
        return
    if (reading.stance in ("affirm", "deny") and sure >= OVERRULE) or (
            reading.stance in ("evasive", "mixed") and sure >= OVERRULE_HEDGE):
        reading.tentative = reading.style or reading.stance
        reading.stance, reading.doubt = "unclear", said
        reading.confidence = DISPUTED_CONFIDENCE
