"""The column's `point` phrase restates an English yes/no question as a 'whether' clause, or says nothing."""

import pytest

from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.restate import whether_clause


@pytest.mark.parametrize(("question", "clause"), [
    ("Should countries build new nuclear power plants to meet their climate targets?",
     "whether countries should build new nuclear power plants to meet their climate targets"),
    ("Would a full ban on smartphones during the school day raise pupils' test scores?",
     "whether a full ban on smartphones during the school day would raise pupils' test scores"),
    ("Should it also apply to small businesses?", "whether it should also apply to small businesses"),
    ("Can a zoo enclosure ever fully meet an elephant's welfare needs?",
     "whether a zoo enclosure can ever fully meet an elephant's welfare needs"),
    ("Do bans on single-use plastic bags reduce overall plastic waste?",
     "whether bans on single-use plastic bags reduce overall plastic waste"),
    ("Have password-sharing crackdowns been good business for the streaming services?",
     "whether password-sharing crackdowns have been good business for the streaming services"),
    ("By 2030, will driverless taxis be operating in most large US cities?",
     "whether driverless taxis will be operating in most large US cities by 2030"),
    # words that are nouns as well as verbs: the verb is the one that follows
    ("Should the BBC licence fee be abolished?", "whether the BBC licence fee should be abolished"),
    ("Should statutory sick pay be paid from the first day?",
     "whether statutory sick pay should be paid from the first day"),
    ("Would a weekend HGV ban substantially reduce air pollution?",
     "whether a weekend HGV ban would substantially reduce air pollution"),
    ("Should European countries bring back compulsory military service?",
     "whether European countries should bring back compulsory military service"),
    ("Should the licence require a formal grooming qualification?",
     "whether the licence should require a formal grooming qualification"),
])
def test_a_yes_no_question_becomes_a_whether_clause(question: str, clause: str) -> None:
    assert whether_clause(question) == clause


@pytest.mark.parametrize("question", [
    "Is nuclear power safer than coal per unit of electricity generated?",  # where 'is' goes is a guess
    "Should countries that don't yet have one introduce a digital services tax?",  # a relative clause
    "Would paying sick pay from day one lead to more absence?",  # 'pay' after a gerund may be its object
    "What share of seats should be quiet?",
])
def test_a_clause_whose_subject_cannot_be_found_gives_no_point(question: str) -> None:
    assert whether_clause(question) == ""


def test_the_question_core_never_reads_as_a_question_mid_sentence() -> None:
    info = read_question("q1", "Should councils ban petrol-powered leaf blowers?", "en")
    assert info.core == "whether councils should ban petrol-powered leaf blowers"
    assert not read_question("q1", "Is nuclear power safer than coal?", "en").core  # no guess: no point phrase
