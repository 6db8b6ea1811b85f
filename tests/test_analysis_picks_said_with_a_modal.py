"""A Chinese choice answered with a modal and the way or the party chosen ('补贴应当主要按服务时长发放', '这笔钱主要应该
按服务时长来发', '应由物业承担') picks that option, as '更适合' or '首选' do: in a long answer such a sentence in the
conclusion had been weighed as a mere mention, and the pick was left to the author.

Found on md-tune67 (blind batch k135, first measured before tuning); on the tuning sets the same change set 4 other
answers right and left one split answer unclear. The sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "社区助浴补贴应该怎么发——按人头定额、按服务时长，还是按项目申报？"

BODY = ("## 三种方式\n\n按人头定额最简单，但容易变成平均分配，和实际服务脱节。\n\n"
        "按服务时长能把钱和真实的工作量挂钩，不过需要记录和核查。\n\n"
        "按项目申报适合一次性的设备投入，对日常服务帮助有限。\n\n"
        "各地的财力和老人数量差别很大，做法也不必完全一样，试点阶段可以多看几种。\n\n")


def test_a_modal_with_the_way_chosen_picks_it() -> None:
    for verdict in ("归根结底，助浴补贴应当主要按服务时长发放，这样钱才能落到真正干活的人身上。",
                    "这笔钱主要应该按服务时长来发，才能落到真正干活的人身上。"):
        qa = one(ZH_Q, {"m": BODY + "## 结论\n\n" + verdict})
        assert qa.stances["m"] == "other"
        assert qa.key_quotes["m"] == verdict


def test_a_split_by_case_is_still_no_single_pick() -> None:
    answer = BODY + "## 结论\n\n城区宜按服务时长发放，偏远乡镇宜按人头定额，两者各有适用场景。"
    assert one(ZH_Q, {"m": answer}).stances["m"] != "other"
