"""What an author hands back at the questions pause: kept ids stay, new questions get free ids, order holds."""

from __future__ import annotations

import pytest

from drafter.errors import InputError
from drafter.workflow.review import parse_questions


def test_kept_questions_keep_their_ids_and_new_ones_get_free_ids() -> None:
    edited = [{"id": "q1", "text": "A?"}, "A new question?", {"id": "q4", "text": "D, reworded?"}, "Another?"]
    questions = parse_questions(edited, "review")
    assert [(q.id, q.text) for q in questions] == [
        ("q1", "A?"), ("q2", "A new question?"), ("q4", "D, reworded?"), ("q3", "Another?")]


def test_a_mapping_with_questions_and_blank_lines() -> None:
    questions = parse_questions({"questions": ["  ", "Only this?"]}, "review")
    assert [(q.id, q.text) for q in questions] == [("q1", "Only this?")]


@pytest.mark.parametrize("value", [[], ["", "  "], "not a list", None, 5])
def test_nothing_usable_is_a_clear_error(value: object) -> None:
    with pytest.raises(InputError):
        parse_questions(value, "review")
