"""An answer that says it will not give the figure or pick asked for ("这个问题我没办法给出一个可以直接采用的具体数字",
"I can't give you a specific number") has answered with that refusal: a fee quoted from press reports or a list of
bodies further down is background, not its answer. A figure given in the refusal sentence itself ("我不会给出一个
精确年份，而是认为…") or in a verdict still answers.

Found on md-tune51 and md-tune54 (blind batches k101 and k107, first measured before tuning: such figures and picks
were wrong in both cases); the sentences below are our own."""

from __future__ import annotations

from tests.analysis_helpers import one

ZH_Q = "社区跳蚤市场每个摊位每天应该收多少钱？"


def test_a_figure_from_background_after_a_refusal_is_no_answer() -> None:
    answer = ("这个问题我没办法给出一个可以直接采用的具体数字，原因如下。\n\n## 各地做法\n\n"
              "各地差别很大：有的社区完全免费，只要求摊主自己清理垃圾；媒体报道过的一些商业市集，摊位费每天上百元。\n\n"
              "## 建议\n\n可以先向街道办了解场地成本，再和居民商量。")
    qa = one(ZH_Q, {"m": answer})
    assert qa.stances["m"] == "evasive"
    assert qa.key_quotes["m"].startswith("这个问题我没办法给出")


def test_a_figure_in_the_refusal_or_in_the_verdict_still_answers() -> None:
    inside = "我不会给出一个放之四海皆准的标准，而是认为每天20元左右比较合适，能覆盖清扫成本。"
    assert one(ZH_Q, {"m": inside}).stances["m"] == "other"
    verdict = ("这个问题我没办法给出一个适用于所有社区的数字。\n\n## 各地做法\n\n"
               "- 商业市集的摊位费从每天50元到200元不等。\n\n## 结论\n\n对公益性质的社区市集，每天收10元左右就够了。")
    qa = one(ZH_Q, {"m": verdict})
    assert qa.stances["m"] == "other"
    assert [n.figure for n in qa.numbers if n.model == "m"] == ["10元左右"]
