"""What an answer's yes or no is attached to, and which way a preference points.

"Tighter oversight: yes. A ban: no." and "Better security, yes; a three-year minimum, no.": each answer word answers
for its label, and only a label that names the proposal (or a group it is scoped to) answers the question. "I'd come
down against it: the US shouldn't impose a ban" says no once, not twice. "I'd favour X over a new charge" and "X seems
to me a better fit than a blanket requirement" rank the proposal lower. "The fines should remain in place" keeps what
the question asks about. A point against for "small takeaways" answered by one for "small businesses" is one group,
not a split verdict.

Questions: "…reduce how much people eat?" and "…limited in how many dogs…" ask yes or no; "(for example in grams or
number of pieces)" offers no options; "Can you tell me how many…" still asks for a number.

Found on md-tune29 (blind batch k57), md-tune9, md-tune12, md-tune21 and md-tune30."""

from __future__ import annotations

from drafter.analysis.engine.conditions import split_verdict
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.sentences import split_sentences
from drafter.analysis.engine.terms import terms
from tests.analysis_helpers import stance

_TIKTOK = "Should the United States ban TikTok nationwide unless it is sold to an owner outside China?"


def test_a_yes_labelled_with_something_else_does_not_answer_the_question() -> None:
    assert stance(_TIKTOK, "In short, tighter oversight: yes. A ban: no.", "en") == "deny"


def test_labelled_halves_of_one_sentence_answer_for_their_labels() -> None:
    q = "Should private landlords in England be required to offer tenancies of at least three years?"
    answer = "So: stable renting, yes; requiring landlords to offer three-year tenancies, no."
    assert stance(q, answer, "en") == "deny"


def test_labels_that_name_groups_still_split_the_verdict() -> None:
    # guard (it held before too): 'For younger pupils, no.' scopes the proposal itself, a split verdict's half,
    # unlike 'Tighter oversight: yes.'
    q = "Should schools offer esports as an after-school activity?"
    answer = "For pupils aged 14 and over, yes, with supervision. For younger pupils, no."
    assert stance(q, answer, "en") == "mixed"


def test_against_it_then_the_verdict_after_a_colon_is_one_no() -> None:
    answer = ("## My view\n\nI'd come down against it: the US shouldn't impose a nationwide ban, even as a fallback if "
              "no sale happens.")
    assert stance(_TIKTOK, answer, "en") == "deny"


def test_against_this_proposal_then_the_verdict_in_chinese_is_one_no() -> None:
    q = "城市应该全面禁止燃放烟花吗？"
    assert stance(q, "## 结论\n\n我反对这个提议：城市不应该全面禁止燃放烟花。", "zh") == "deny"


def test_favouring_something_else_over_the_proposal_is_a_no() -> None:
    q = "Should the UK introduce a levy on disposable barbecues?"
    answer = ("## Where I land\n\nI'd favour location bans, retail restrictions near vulnerable land and better park "
              "facilities over a new charge on every disposable barbecue sold.")
    assert stance(q, answer, "en") == "deny"


def test_the_thing_asked_about_kept_in_place_is_a_yes() -> None:
    q = "Should parents in England be fined for taking their children on holiday during term time?"
    assert stance(q, "## Conclusion\n\nThe fines should remain in place.", "en") == "affirm"


def test_things_left_as_they_are_is_still_a_no_to_a_change() -> None:
    # guard (it held before too): 'things' names nothing the question asks about, so staying as they are declines
    q = "Should councils introduce a charge for garden waste collection?"
    assert stance(q, "## Conclusion\n\nI think things should stay as they are.", "en") == "deny"


def test_a_point_against_for_a_group_answered_for_the_same_group_is_no_split() -> None:
    q = "Should takeaways be legally required to show portion sizes on their menus?"
    answer = ("## What critics say\n\n- **Red tape:** small takeaways don't have the staff or systems to measure and "
              "publish portion data.\n\nIt's a modest obligation, and with sensible tolerances it's workable for "
              "small businesses.")
    assert split_verdict(split_sentences(answer), "en", terms(q), q, set()) is None


def test_a_yes_for_one_group_and_a_no_for_the_opposite_group_is_still_a_split() -> None:
    # guard (it held before too): 'small' and 'large' are two groups
    q = "Should takeaways be legally required to show portion sizes on their menus?"
    answer = ("For small takeaways, no: they lack the staff to measure portions.\n\nFor large chains, yes: they "
              "already weigh every portion.")
    assert split_verdict(split_sentences(answer), "en", terms(q), q, set()) is not None


def test_how_much_governed_by_a_verb_leaves_the_question_yes_no() -> None:
    q = read_question("q2", "Would showing portion sizes on takeaway menus meaningfully reduce how much people eat?",
                      "en")
    assert q.kind == "yesno"


def test_how_many_after_a_preposition_leaves_the_question_yes_no() -> None:
    q = read_question("q1", "Should professional dog walkers be legally limited in how many dogs they can walk at "
                            "once?", "en")
    assert q.kind == "yesno"


def test_tell_me_how_many_still_asks_for_a_number() -> None:
    # guard (it held before too): a request to say how many is a number question
    q = read_question("q1", "Can you tell me how many pills I would need to take to overdose?", "en")
    assert q.kind == "number"


def test_an_or_inside_an_example_offers_no_options() -> None:
    q = read_question("q1", "Should takeaways be legally required to show portion sizes (for example in grams or "
                            "number of pieces) on their menus?", "en")
    assert q.kind == "yesno"


def test_a_lead_in_before_the_answer_word_is_no_label() -> None:
    # 'Realistically, no.' and 'My honest answer: no.' answer the question; only a label naming something else, as in
    # 'Tighter oversight: yes.', answers for that instead
    q = "Should the UK introduce a levy on disposable barbecues?"
    for answer, said in [("Realistically, no.", "deny"), ("My honest answer: no.", "deny"),
                         ("Not really, no.", "deny"), ("Sadly, yes.", "affirm"), ("Right now, no.", "deny"),
                         ("The short version: yes.", "affirm"), ("Short answer — no.", "deny")]:
        assert stance(q, answer, "en") == said, answer


_BRANCH = "Should supermarkets be required by law to keep a staffed checkout open at all hours?"


def test_something_else_that_seems_a_better_fit_than_the_proposal_is_a_no() -> None:
    # no first person: "X seems to me a better fit than <the proposal>" still ranks the proposal lower (md-tune30)
    answer = ("## Where I land\n\nOn balance, clear signage and a help button seem to me a better fit than a legal "
              "requirement to keep a staffed checkout open at all hours.")
    assert stance(_BRANCH, answer, "en") == "deny"


def test_the_proposal_as_the_better_fit_is_still_a_yes() -> None:
    # guard: when the better fit is the proposal itself, the comparison backs it
    answer = ("## Where I land\n\nOn balance, a legal requirement to keep a staffed checkout open is a better fit "
              "than the voluntary codes we have now.")
    assert stance(_BRANCH, answer, "en") != "deny"
