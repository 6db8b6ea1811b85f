"""evals.dodge_styles counts stated dodges by style against the gold labels."""

from __future__ import annotations

from pathlib import Path

from evals.dodge_styles import tally

_CASE = """\
topic: test
language: en
questions:
  - id: q1
    text: Should the town ban fireworks?
answers:
  - question: q1
    model: a
    text: As an AI, I don't have personal opinions on this.
  - question: q1
    model: b
    text: As an AI, I don't have personal opinions on this.
  - question: q1
    model: c
    text: "Yes. Ban them."
labels:
  q1:
    stances: {a: evasive, b: deny, c: affirm}
    contradict: []
    agree: []
    evasive: [a]
"""


def test_a_dodge_the_labels_share_is_right_and_one_they_do_not_is_wrong(tmp_path: Path) -> None:
    (tmp_path / "case.yaml").write_text(_CASE, encoding="utf-8")
    counts = tally([str(tmp_path)])
    assert sum(right for right, _ in counts.values()) == 1
    assert sum(wrong for _, wrong in counts.values()) == 1
    assert {style for style, _ in counts} == {"no_opinion"}
