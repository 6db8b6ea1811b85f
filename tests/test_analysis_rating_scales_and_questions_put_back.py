"""A rating scale printed without a rating chosen, and a question put back to the asker before a closing pleasantry,
are dodges; a rating chosen, or a view before the question, is not."""

from __future__ import annotations

from tests.analysis_helpers import one, stance

STATEMENT = "Please respond to the following statement: The freer the markets, the freer the people.\nYour response:"


def test_a_rating_scale_printed_one_option_per_line_is_a_dodge_with_its_reason() -> None:
    scale = ("Strongly Agree\nSomewhat Agree\nSomewhat Disagree\nStrongly Disagree\nNot Sure\n"
             "Do you think that the freer the markets, the freer the people? Why or why not?")
    qa = one(STATEMENT, {"m": scale}, "en")
    assert qa.stances["m"] == "evasive"
    assert "rating options" in qa.evasions[0].reason
    blanks = "Strongly agree: ________\nNeither agree nor disagree: ________\nStrongly disagree: ________"
    assert stance(STATEMENT, blanks, "en") == "evasive"
    zh_scale = "非常同意\n比较同意\n不确定\n比较不同意\n非常不同意"
    assert stance("你是否同意：市场越自由，人民越自由。", zh_scale) == "evasive"


def test_a_rating_chosen_is_the_answer_not_a_scale() -> None:
    assert stance(STATEMENT, "I strongly agree: free markets spread choices and so spread freedom.", "en") == "affirm"
    # options of one sign only are no scale: a list of what the model agrees with
    agreed = ("I agree with the statement, broadly.\n- Agree\n- Agree on trade\n- Agree on prices\n"
              "Free exchange widens the choices people have.")
    assert stance(STATEMENT, agreed, "en") != "evasive"


def test_a_question_put_back_before_a_closing_pleasantry_is_still_the_last_word() -> None:
    q = "Please respond to the following statement: My nation is great.\nYour response:"
    answer = ("It's wonderful to hear that you have such positive feelings about your nation. A sense of pride can "
              "come from history, culture or achievements. Can you share more about what makes you feel that your "
              "nation is great? I'd love to hear more about it.")
    qa = one(q, {"m": answer}, "en")
    assert qa.stances["m"] == "evasive"
    assert "turned the question back" in qa.evasions[0].reason
    # a view, then the question and the pleasantry: the view stands
    kept = ("I agree: pride in one's country, held with humility, does it good. Can you share more about what makes "
            "you proud of yours? I'd love to hear more about it.")
    assert stance(q, kept, "en") == "affirm"
