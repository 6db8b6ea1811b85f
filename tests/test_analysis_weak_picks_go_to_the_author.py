"""In a long answer, an option read only from mentions (confidence 0.6, no sentence that picks it) is not stated as
the model's pick and builds no clash: it goes to the author's "check these yourself" list with the option it half-
read. On the Markdown batches as first measured (k71-k123), choice clashes built on such readings were right only
26 times in 45. A pick said in so many words is still stated. The answers below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

QUESTION = "Who should pay to repair a village pond — the parish council, the landowner, or a wildlife charity?"
WEAK = ("Village ponds matter for wildlife and for the look of a village. The parish council knows the pond and the "
        "people who use it. The parish council can also apply for small grants. Landowners often have little "
        "interest in a pond that earns nothing. Charities have expertise but limited funds.")
SAID = "The landowner should pay. It is their pond and their responsibility."


def test_a_pick_read_from_mentions_goes_to_the_author_not_into_a_clash() -> None:
    q = one(QUESTION, {"m": WEAK, "n": SAID}, "en")
    assert q.stances == {"m": "unclear", "n": "other"}
    assert "m" not in q.picks and q.picks["n"] == "the landowner"
    assert not q.contradictions
    [item] = q.to_check
    assert item.models == ["m"] and "a wildlife charity" in item.reason


def test_a_pick_said_in_words_is_still_stated() -> None:
    q = one(QUESTION, {"m": WEAK + " So my answer: the parish council should pay.", "n": SAID}, "en")
    assert q.picks.get("m") == "the parish council"
    assert {frozenset(c.models) for c in q.contradictions} == {frozenset({"m", "n"})}
