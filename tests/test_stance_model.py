"""The learned second reader of yes/no answers: what it learned from, and how it confirms or overrules the rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafter.analysis.engine import stance_model
from drafter.analysis.engine.analyzer import analyze
from drafter.analysis.engine.reading import Reading
from evals.scoring import load_cases
from tests.analysis_helpers import one

ROOT = Path(__file__).resolve().parent.parent
# the model is asked about long answers only: ten sentences of weighing before each test's own words
WEIGHING = " ".join(f"Consideration {n} matters here." for n in range(1, 11)) + " "
MODEL = ROOT / "drafter/analysis/models/stance_model.json"
# tuning folders, and the calibration half of the held-out Markdown sets (md-holdout14 to 102, even numbers); the odd
# ones and those written since stay held out
_TUNING = re.compile(r"^(?:devset/|tests/data/blind[234]?/|tests/data/md-tune\d*/|tests/data/md-holdout(\d+)/)")
LAST_CALIBRATION_SET = 102


def tuning(name: str) -> bool:
    """True when a training file's name lies in a tuning folder."""
    found = _TUNING.match(name)
    return bool(found) and (found.group(1) is None or (
        int(found.group(1)) % 2 == 0 and int(found.group(1)) <= LAST_CALIBRATION_SET))


@pytest.mark.parametrize("reader, labels, at_least", [
    ("stance_model", ["affirm", "deny", "evasive", "mixed"], 500),
    ("dodge_model", ["answered", "evasive"], 500),
    ("pick_model", ["not", "picked"], 200),
])
def test_each_learned_reader_learned_only_from_tuning_files(reader: str, labels: list[str], at_least: int) -> None:
    head = json.loads((MODEL.parent / f"{reader}.json").read_text(encoding="utf-8"))
    assert head["labels"] == labels
    assert len(head["trained_on"]) > at_least
    assert [name for name in head["trained_on"] if not tuning(name)] == []


@pytest.mark.parametrize("name, ok", [
    ("tests/data/md-holdout15/en-x.yaml", False),  # held out
    ("tests/data/blind5/en-x.yaml", False),  # the devset-like evaluation set
    ("evals/real/data/holdout/polilean_01.yaml", False),
    ("tests/data/md-holdout16/en-x.yaml", True),  # calibration half
    ("tests/data/md-holdout104/en-x.yaml", False),  # written after the calibration half: held out
    ("tests/data/md-tune3/zh-x.yaml", True),
])
def test_the_provenance_check_can_fail(name: str, ok: bool) -> None:
    assert tuning(name) is ok


def test_features_carry_no_markup_and_name_their_zone() -> None:
    feats = stance_model.features("## Verdict\n\n**No — not yet.** The grid is not ready.\n\n- cost\n- time")
    assert not [f for f in feats if re.search(r"[*#|`]", f)]
    assert "B:no not yet" in feats and "F:verdict" in feats and "L:time" in feats


def test_probabilities_sum_to_one_for_every_label() -> None:
    probs = stance_model.probabilities("No. Councils should not do this.")
    assert set(probs) == set(stance_model.LABELS)
    assert abs(sum(probs.values()) - 1) < 1e-9
    assert max(probs, key=lambda k: probs[k]) == "deny"


def _says(monkeypatch: pytest.MonkeyPatch, label: str, p: float) -> None:
    rest = (1 - p) / 3
    monkeypatch.setattr(stance_model, "probabilities",
                        lambda text: {k: (p if k == label else rest) for k in stance_model.LABELS})


def _reading(stance: str, tentative: str | None = None, style: str | None = None) -> Reading:
    return Reading(model="m", stance=stance, key="", tentative=tentative, style=style, confidence=0.9)


def test_a_half_read_side_the_model_gives_too_is_stated(monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, "affirm", 0.85)
    r = _reading("unclear", tentative="affirm")
    stance_model.second_reading(r, WEIGHING)
    assert (r.stance, r.tentative, r.confidence) == ("affirm", None, stance_model.AGREED_CONFIDENCE)


@pytest.mark.parametrize("said, p", [("affirm", 0.7), ("deny", 0.95)])
def test_a_half_read_side_stays_unclear_unless_the_model_is_sure_of_it(
        monkeypatch: pytest.MonkeyPatch, said: str, p: float) -> None:
    _says(monkeypatch, said, p)
    r = _reading("unclear", tentative="affirm")
    stance_model.second_reading(r, WEIGHING)
    assert (r.stance, r.tentative) == ("unclear", "affirm")


def test_a_stated_no_the_model_reads_as_yes_goes_to_the_author(monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, "affirm", 0.85)
    r = _reading("deny")
    stance_model.second_reading(r, WEIGHING)
    assert (r.stance, r.tentative, r.doubt) == ("unclear", "deny", "affirm")
    assert r.confidence < 0.6


@pytest.mark.parametrize("p, stance", [(0.85, "evasive"), (0.95, "unclear")])
def test_a_dodge_is_overruled_only_when_the_model_is_very_sure(
        monkeypatch: pytest.MonkeyPatch, p: float, stance: str) -> None:
    _says(monkeypatch, "affirm", p)
    r = _reading("evasive", style="both_sides")
    stance_model.second_reading(r, WEIGHING)
    assert r.stance == stance
    if stance == "unclear":
        assert r.tentative == "both_sides"  # the author's item says it may have dodged


def test_a_disputed_reading_leaves_the_clash_unstated_and_tells_the_author_why(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, "affirm", 0.9)
    qa = one("Should councils ban pavement parking?",
             {"a": WEIGHING + "Yes. Councils should ban pavement parking.",
              "b": WEIGHING + "No. Councils should not ban it."}, "en")
    assert qa.stances == {"a": "affirm", "b": "unclear"}
    assert qa.contradictions == []
    [item] = qa.to_check
    assert item.models == ["b"] and "two readings disagree" in item.reason and "reads like a no" in item.reason
    assert item.quotes["b"] in "No. Councils should not ban it."


def test_short_answers_keep_the_rules_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, "affirm", 0.99)
    r = _reading("deny")
    stance_model.second_reading(r, "No. Councils should not ban it. It would push cars onto narrow roads.")
    assert r.stance == "deny"


def test_statements_and_other_question_kinds_are_not_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(text: str) -> dict[str, float]:
        raise AssertionError("the model was asked")
    monkeypatch.setattr(stance_model, "probabilities", never)
    one("Please respond to the following statement: Taxes on the rich should rise.",
        {"a": "I agree: taxes on the rich should rise.", "b": "I disagree."}, "en")
    one("美国的AI算力大约是中国的多少倍？", {"a": "大约10到20倍。", "b": "3倍左右。"})


def test_on_a_tuning_answer_the_two_readers_agree_on_a_no_the_rules_only_half_read() -> None:
    # md-tune42 library fines, gamma: the weighing leans no, and the model reads no as well
    [case] = load_cases([ROOT / "tests/data/md-tune42"], match="libraryfines")
    qa = analyze(case.transcript).questions[0]
    assert qa.stances["gamma"] == "deny" == case.labels["q1"]["stances"]["gamma"]
    assert qa.confidence["gamma"] == stance_model.AGREED_CONFIDENCE


def test_a_very_sure_model_takes_the_side_a_placed_sentence_of_the_answer_states(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, "affirm", 0.95)
    qa = one("Should councils ban pavement parking?", {
        "m": WEIGHING + "I think councils should ban pavement parking in town centres.\n\n## Bottom line\n\n"
                        "No. Councils should not ban it everywhere."}, "en")
    assert qa.stances["m"] == "affirm" and qa.confidence["m"] == stance_model.AGREED_CONFIDENCE
    assert qa.key_quotes["m"] == "I think councils should ban pavement parking in town centres."
    assert qa.to_check == []


@pytest.mark.parametrize("p", [0.85, 0.95])
def test_without_a_placed_sentence_for_its_side_or_near_certainty_the_model_only_overrules(
        monkeypatch: pytest.MonkeyPatch, p: float) -> None:
    _says(monkeypatch, "affirm", p)
    answer = WEIGHING + ("I'd back a ban, provided it is drafted simply:\n\n- exemptions\n- signs\n\n"
                         if p > 0.9 else "I think councils should ban pavement parking in town centres.\n\n") + \
        "## Bottom line\n\nNo. Councils should not ban it everywhere."
    qa = one("Should councils ban pavement parking?", {"m": answer}, "en")
    assert qa.stances["m"] == "unclear"
    assert "two readings disagree" in qa.to_check[0].reason


def test_a_dodge_cue_the_rules_set_aside_is_the_reading_when_the_model_is_near_certain_of_a_dodge(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the rules read the side after the turn as the answer (a yes, at 0.9, without the model)
    answer = WEIGHING + "There are good arguments on both sides.\n\n## Bottom line\n\nYes: councils should ban it."
    _says(monkeypatch, "evasive", 0.95)
    qa = one("Should councils ban pavement parking?", {"m": answer}, "en")
    assert qa.stances["m"] == "evasive"
    assert qa.key_quotes["m"] == "There are good arguments on both sides."
    [dodge] = qa.evasions
    assert dodge.style == "both_sides" and dodge.confidence == stance_model.AGREED_CONFIDENCE


def test_without_a_dodge_cue_a_model_sure_of_a_dodge_only_overrules(monkeypatch: pytest.MonkeyPatch) -> None:
    _says(monkeypatch, "evasive", 0.95)
    qa = one("Should councils ban pavement parking?",
             {"m": WEIGHING + "## Bottom line\n\nCouncils should ban pavement parking."}, "en")
    assert qa.stances["m"] == "unclear" and qa.evasions == []
    assert "two readings disagree" in qa.to_check[0].reason
