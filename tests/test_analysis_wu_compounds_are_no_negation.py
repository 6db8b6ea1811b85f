"""Nouns and adjectives built on 无 ('无障碍' accessibility, '无纸化', '无现金', '无糖', '无偿') name a
thing; their 无 is not a 'no'. An answer whose closing sentences talk about accessibility ('真正的无障碍需要各方的
共同努力') had been read as saying no, at 0.9.

Found on md-tune69 (blind batch k139, first measured before tuning: an answer that changed the subject was stated as a
no, building two false clashes); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "公交车站是否应该全部配备语音报站设备？"


def test_accessibility_talk_is_no_no() -> None:
    answer = ("说到语音报站，很多人想到的是地铁里的广播。\n\n## 一些背景\n\n"
              "早期的报站靠司机喊，后来才有了录音设备。\n\n"
              "## 结语\n\n无障碍环境建设是一项系统工程，涉及规划、交通和技术的方方面面。\n\n"
              "真正的无障碍需要持续的关注和各方的共同努力。")
    assert one(ZH_Q, {"m": answer}).stances["m"] != "deny"


def test_a_plain_no_beside_accessibility_talk_is_still_no() -> None:
    answer = "## 结论\n\n不应该全部配备。无障碍建设要把钱花在视障者最常用的站点上。"
    assert one(ZH_Q, {"m": answer}).stances["m"] == "deny"
