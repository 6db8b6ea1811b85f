"""Asked whether to require something, an answer that backs the end but sets the requirement aside says no; a view
reported as others' is no signal of the answer's own; a question handed to values is left open; a split verdict's
halves may follow it in a list.

'更适合通过鼓励、引导来实现，而不是通过行政要求', '比一刀切的强制要求更合理', '强制…会带来…一系列问题' set the
requirement aside; "People who emphasise X tend to see grants as a sensible investment" reports others;
"Whether taxpayers should subsidise it depends on the values and priorities of the community" answers nothing;
"**Partly yes, partly no.**" followed by its two halves is mixed; 当然，具体政策还需要结合…来制定 is a caveat.

Found on md-tune53 (blind batch k105); the sentences below are our own."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.analysis_helpers import stance

DATA = Path(__file__).parent / "data" / "md-tune53"

ZH_Q = "是否应该要求写字楼把天台花园向公众开放？"
EN_Q = "Should taxpayers be subsidising village brass bands?"


def test_zh_backing_the_end_but_not_the_requirement_is_a_no() -> None:
    aside = ("## 结论\n\n开放天台的好处值得争取，但更适合通过鼓励和合作来实现，而不是通过行政要求。\n\n"
             "当然，具体政策还需要结合当地的法规和实际情况来制定。")
    assert stance(ZH_Q, aside) == "deny"
    better = "## 结论\n\n用激励的方式引导业主自愿开放，比一刀切的强制要求更合理，也更可持续。"
    assert stance(ZH_Q, better) == "deny"
    costly = "## 结论\n\n增加公共空间是好的目标，但强制业主开放天台会带来产权和消防方面的一系列问题。"
    assert stance(ZH_Q, costly) == "deny"
    # backing the requirement itself is still a yes, and so is granting its costs before a turn
    assert stance(ZH_Q, "## 结论\n\n应该要求写字楼把天台花园向公众开放，并配套安全管理。") == "affirm"
    granted = "## 结论\n\n虽然强制业主开放天台会带来一些管理问题，但利大于弊，应该要求写字楼向公众开放天台花园。"
    assert stance(ZH_Q, granted) == "affirm"


def test_en_others_views_and_a_question_handed_to_values_leave_the_dodge_standing() -> None:
    answer = ("As an AI, I don't take positions on how public money should be spent; these are value judgements for "
              "voters. What I can do is set out the considerations.\n\n## Views\n\nPeople who value local "
              "tradition tend to see small grants as a sensible investment. People who stress restraint tend to be "
              "sceptical.\n\n## Overall\n\nWhether taxpayers should subsidise brass bands depends on the values and "
              "priorities of the community and its representatives.")
    assert stance(EN_Q, answer, "en") == "evasive"


def test_a_split_verdict_followed_by_its_halves_in_a_list_is_mixed() -> None:
    # the tuning answer itself: "**Partly yes, partly no.**" under "My assessment", then a yes half, a no half and
    # "Between those, the right answer depends heavily on the specific street"
    data = yaml.safe_load((DATA / "en-k105-03-ice-cream-vans.yaml").read_text(encoding="utf-8"))
    question = next(q["text"] for q in data["questions"] if q["id"] == "q1")
    answer = next(a["text"] for a in data["answers"] if a["question"] == "q1" and a["model"] == "beta")
    assert data["labels"]["q1"]["stances"]["beta"] == "mixed"
    assert stance(question, answer, "en") == "mixed"
