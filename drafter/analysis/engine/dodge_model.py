"""A learned second reader of dodges in long answers to figure and choice questions.

Asked for a figure or a pick, a long answer that changes the subject, sends the reader elsewhere or weighs the
options without choosing often holds figures and option names the rules can half-read, or none they can read at
all; by the labels, an answer that gives no figure or pick is a dodge. A binary logistic regression over the same
features as the yes/no reader (stance_model.features) and the question's kind says how likely the answer is a
dodge. It is trained by `python -m evals.train_stance_model --reader dodge` on tuning sets only; its weights ship in
`drafter/analysis/models/dodge_model.json`. Like the yes/no reader, it is asked only about long answers in English
or Chinese.

Out of fold on the calibration half (md-holdout14 to 102, even numbers; 1,132 figure and choice answers), the model
alone found dodges with precision 0.99 and recall 0.86 where the rules had 0.93 and 0.63. Its word alone states no
dodge: it needs the rules' evidence too (no figure or pick read at all, or a dodge cue), and otherwise only sends
the answer to the author.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.analysis.engine import stance_model
from drafter.analysis.engine.stance_model import AGREED_CONFIDENCE, DISPUTED_CONFIDENCE, features, scores

if TYPE_CHECKING:
    from drafter.analysis.engine.evasion import EvasionCue
    from drafter.analysis.engine.reading import Reading

KINDS = ("number", "choice")
DODGE = 0.9  # at least this likely a dodge: with the rules' evidence, stated; without it, the author checks
ANSWERED = 0.1  # a dodge the rules read that the model gives less than this goes to the author
# readings in which the rules found no figure or pick at all (reading.read_answer: 'talks_around', 'off_topic')
_NOTHING_READ = ("talks_around", "off_topic")
# The one dodge the model may question: a weighing of both sides, which a split answer also is. On the calibration
# half, the dodges it read as answers (p < ANSWERED) were four such weighings (three labelled split, one a pick) and
# one change of subject, a true dodge; a refusal or a redirect keeps the rules' word.
_WEIGHED = ("both_sides",)


def dodge_features(text: str, kind: str) -> list[str]:
    """The yes/no reader's features of the answer, and the question's kind."""
    return [*features(text), f"KIND:{kind}"]


def dodge_probability(text: str, kind: str) -> float:
    """How likely the answer to a figure or choice question is a dodge, 0..1."""
    return scores("dodge_model", dodge_features(text, kind))["evasive"]


def second_reading(reading: Reading, text: str, kind: str, cue: EvasionCue | None, half_read: str) -> None:
    """Let the model confirm or question the rules' reading of a long answer to a figure or choice question;
    `half_read` names the figure or pick the rules read, for the author's item."""
    if not stance_model.asked(text):  # the same length rule as the yes/no reader's (one switch for both)
        return
    dodge = dodge_probability(text, kind)
    if reading.stance in ("other", "unclear") and dodge >= DODGE and cue is not None:
        # "Before getting into budgets, I'd suggest …": a dodge cue the rules set aside (a figure read in passing, or
        # none read) is the evidence quoted
        reading.stance, reading.style, reading.tentative = "evasive", cue.style, None
        reading.key_sentence, reading.cue_confidence = cue.sentence, AGREED_CONFIDENCE
        reading.confidence = AGREED_CONFIDENCE
    elif reading.stance == "unclear" and reading.tentative in _NOTHING_READ and dodge >= DODGE:
        # no figure or pick read at all, and the model reads a dodge: the answer did not give what was asked
        reading.stance, reading.style, reading.tentative = "evasive", reading.tentative, None
        reading.cue_confidence = reading.confidence = AGREED_CONFIDENCE
    elif reading.stance in ("other", "unclear") and dodge >= DODGE:
        reading.tentative = reading.tentative if reading.stance == "unclear" else half_read
        reading.stance, reading.doubt = "unclear", "evasive"
        reading.confidence = min(reading.confidence, DISPUTED_CONFIDENCE)
    elif reading.stance == "evasive" and reading.style in _WEIGHED and dodge < ANSWERED:
        reading.stance, reading.tentative, reading.doubt = "unclear", reading.style, "other"
        reading.confidence = DISPUTED_CONFIDENCE
