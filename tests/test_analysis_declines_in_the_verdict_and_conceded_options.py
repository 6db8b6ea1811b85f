"""A decline said in the verdict block, headings that only say what the answer turns on, refusals to decide on
someone's behalf, and an option granted before the answer's own call.

"In summary: I'm not in a position to say whether A, B or C ought to decide" declines, whatever a list of bodies to
ask named before it; "Why the answer varies" heads reasons, not a verdict; 我无法替主管部门作出认定 refuses; in "A
sponsor or two can add extras, but the core should be publicly funded" the sponsor is granted, not picked.

Found on md-tune51 (blind batch k101); the sentences below are our own."""

from __future__ import annotations

from drafter.analysis.engine.blocks import verdict_heading
from drafter.analysis.engine.questions import read_question
from drafter.analysis.engine.reading import read_answer

CHOICE_Q = "Who should decide when a village fete may close the high street — the parish, the council, or the police?"


def test_a_decline_in_the_verdict_block_outweighs_a_pick_read_from_a_list() -> None:
    answer = ("I'd be cautious about giving a preference of my own here.\n\n## Why the rules differ\n\n"
              "- **Small villages:** different rules apply.\n- **Towns:** different rules apply.\n\n"
              "## Where to ask\n\n1. **The council** — for the forms.\n2. **A solicitor** — for disputes.\n\n"
              "## In summary\n\nI'm not in a position to say whether the parish, the council or the police ought "
              "to decide; that depends on the rules where you live.")
    q = read_question("q1", CHOICE_Q, "en")
    assert read_answer("m", answer, q).stance == "evasive"
    # a pick said in the verdict block is still a pick
    picked = answer.replace("I'm not in a position to say whether the parish, the council or the police ought to "
                            "decide; that depends on the rules where you live.", "The council should decide.")
    assert read_answer("m", picked, q).stance == "other"
    # a pick stated in prose at the top outweighs a closing disclaimer in the summary
    prose = ("The council should decide: it already licenses road closures.\n\n## Costs\n\nClosures cost traders "
             "money.\n\n## In summary\n\nI'm not in a position to take sides on local politics, and the rules "
             "differ by area.")
    said = read_answer("m", prose, q)
    assert (said.stance, said.pick) == ("other", 1)


def test_a_heading_that_says_what_the_answer_turns_on_is_no_verdict_heading() -> None:
    assert not verdict_heading("Why the answer varies")
    assert not verdict_heading("What the answer depends on")
    assert verdict_heading("The answer")
    assert verdict_heading("So the answer")


def test_zh_a_refusal_to_decide_on_someone_elses_behalf_is_a_refusal() -> None:
    q = read_question("q1", "村里的庙会主要应该由谁来主办——村委会、镇政府，还是商会？", "zh")
    answer = ("各地做法不同，情况也复杂。\n\n## 小结\n\n至于主要应该由谁来主办，需要结合当地的具体规定来判断，"
              "我无法替主管部门作出认定。")
    said = read_answer("m", answer, q)
    assert (said.stance, said.style) == ("evasive", "refusal")


def test_an_option_granted_before_the_answers_own_call_gets_no_vote() -> None:
    q = read_question("q1", "Who should pay for the town's fireworks display — council taxpayers, ticket-buyers, or "
                      "local sponsors?", "en")
    base = "Many towns now look to local sponsors.\n\n## My view\n\nCouncil taxpayers should pay."
    granted = base + " A local sponsor or two can add extras, but the core cost should be publicly funded."
    plain, conceded = read_answer("m", base, q), read_answer("m", granted, q)
    assert plain.pick == conceded.pick == 0
    assert conceded.strength == plain.strength  # the sponsor granted extras took nothing from the pick
    # "X can cover it, but it should be capped": the call after the turn is about X, which stays the pick
    capped = "Costs keep rising.\n\n## My view\n\nLocal sponsors can cover it, but it should be capped."
    assert read_answer("m", capped, q).pick == 2
