"""A choice answer that says it cannot single out one option ('我很难在三者中笼统地挑出一个最好的', "I can't
pick a single winner") picks none of the options it names on the way, and one that fits a different option to each
case ('人口多的街道，由居委会牵头更合适；老龄化严重的，可以考虑交给养老机构') picks none either: such an answer is left
to the author rather than stated as picking whichever option its sentence happened to name.

Found on md-tune65 (blind batch k131, first measured before tuning: such an answer was stated at 0.9 as picking
'宗族理事会' because its declining sentence mentioned '宗族状况'); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "社区食堂应该交给谁来运营——居委会、养老机构，还是餐饮企业？"
EN_Q = "Who should run the community canteen: the residents' association, a care provider, or a catering firm?"

ZH_BODY = ("## 三种方式\n\n居委会熟悉居民，但人手有限。\n\n养老机构懂老人的饮食，但成本偏高。\n\n"
           "餐饮企业效率高，但容易只顾盈利。\n\n")


def test_a_sentence_that_declines_to_pick_picks_nothing() -> None:
    answer = ZH_BODY + ("## 结论\n\n具体选哪一种，很大程度上取决于街道的人口结构、居委会的人手和附近有没有养老机构，"
                        "我很难在三者中笼统地挑出一个最好的。")
    assert one(ZH_Q, {"m": answer}).stances["m"] != "other"


def test_a_different_option_for_each_case_picks_nothing() -> None:
    answer = ZH_BODY + ("## 结论\n\n从上面的比较可以看出，三种方式各有适用的条件：人口多的街道，居委会牵头可能更合适；"
                        "老龄化严重的街道，养老机构可能更稳妥；商业配套好的街道，可以考虑引入餐饮企业。")
    assert one(ZH_Q, {"m": answer}).stances["m"] != "other"


def test_a_plain_pick_after_weighing_still_picks() -> None:
    answer = ZH_BODY + "## 结论\n\n综合来看，我更倾向于交给养老机构运营。"
    qa = one(ZH_Q, {"m": answer})
    assert qa.stances["m"] == "other"
    answer_en = ("Each has tried it somewhere. Honestly, I can't pick a single winner for every town: it depends "
                 "on who lives there and what the hall already has.")
    assert one(EN_Q, {"m": answer_en}, "en").stances["m"] != "other"


def test_saying_who_depends_on_something_picks_nothing() -> None:
    # zh-k145: '谁来兜底，最终取决于法律法规的具体规定以及地方政府与邮政企业之间的安排' was stated as picking 地方财政
    answer = ZH_BODY + ("## 小结\n\n由谁来运营，最终取决于街道的具体规定以及居委会与养老机构之间的协商。"
                        "建议以当地民政部门的正式文件为准。")
    assert one(ZH_Q, {"m": answer}).stances["m"] != "other"
    answer_en = ("## Summary\n\nWho should run it ultimately depends on local rules and on what the residents' "
                 "association and the care provider agree between them. Check with your council.")
    assert one(EN_Q, {"m": answer_en}, "en").stances["m"] != "other"


def test_a_pick_stated_after_the_depends_clause_still_picks() -> None:
    # guard: only the sentence that hands the choice on is set aside
    answer = ZH_BODY + "## 结论\n\n谁来运营要看街道的情况。综合来看，我更倾向于交给养老机构运营。"
    assert one(ZH_Q, {"m": answer}).stances["m"] == "other"


def test_the_people_who_most_need_it_is_no_superlative_pick() -> None:
    # md-tune74: '由政府出资建设并承担运营，才能确保最需要的人用得上' was read as picking '引入企业市场化运营' (its
    # '运营' stood just before the '最' taken for a superlative cue)
    q = "老旧小区的公共浴室，应该由政府出资、物业负责，还是引入企业市场化运营？"
    answer = "## 结论\n\n由政府出资建设并承担运营，才能确保最需要的人用得上、用得起。"
    assert one(q, {"m": answer}).picks.get("m") != "引入企业市场化运营"
