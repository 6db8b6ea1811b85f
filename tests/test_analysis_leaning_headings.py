"""A section headed '我的倾向' or "My leaning" holds the answer's verdict, like '我的看法' or "My take": a pick said
there answers the question, and a caveat earlier in the answer ('这些情况因地而异，我无法替当地做具体判断') is a
caveat, not a refusal that turns the pick into background.

Found on md-tune66 (blind batch k133, first measured before tuning: a clear pick under '## 我的倾向' was stated as a
dodge at 0.95); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "社区图书室的新增经费应该优先用在哪里：购买新书、延长开放时间，还是培训志愿者？"
EN_Q = "Where should a village hall's small grant go first: a new roof, a kitchen refit, or a hearing loop?"


def test_a_pick_under_my_leaning_answers_after_a_caveat() -> None:
    answer = ("## 三个方向\n\n- **购买新书**：见效快。\n- **延长开放时间**：成本高。\n- **培训志愿者**：周期长。\n\n"
              "## 需要注意\n\n各社区情况差别很大，我无法替每个社区做具体判断。\n\n"
              "## 我的倾向\n\n如果只能选一个，我会选择**延长开放时间**，因为下班后的居民最缺的是能进门的时间。")
    qa = one(ZH_Q, {"m": answer})
    assert qa.stances["m"] == "other"


def test_my_leaning_heads_the_verdict_in_english() -> None:
    answer = ("## Options\n\n- **A new roof**: urgent in some halls.\n- **A kitchen refit**: popular.\n"
              "- **A hearing loop**: cheap.\n\n## A caveat\n\nEvery hall is different, and I am not able to say which "
              "is right for your hall.\n\n## My leaning\n\nIf I had to choose, I'd go for **the hearing loop**: it "
              "is cheap and it lets everyone take part.")
    qa = one(EN_Q, {"m": answer}, "en")
    assert qa.stances["m"] == "other"
