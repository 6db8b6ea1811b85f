"""Stance rules: bare answers, negation traps, late stance, hedges (zh and en)."""

from __future__ import annotations

import pytest

from tests.analysis_helpers import stance

ZH_Q = "人工智能会让大多数白领失业吗？"
EN_Q = "Will AI put most office workers out of work?"


@pytest.mark.parametrize(("answer", "want"), [
    ("会的，而且比很多人想象的更快。", "affirm"),
    ("不会。历史上每一次技术革命都创造了新的岗位。", "deny"),
    ("不太可能。新技术通常替代任务而不是整个岗位。", "deny"),
    ("很可能会。客服、翻译这些岗位首当其冲。", "affirm"),
    ("恐怕不会那么快。", "deny"),
    ("答案是否定的。大多数白领工作都需要判断力。", "deny"),
    ("我不这么看。技术进步往往伴随新职业的诞生。", "deny"),
    ("说实话，我认为这种担忧被夸大了。", "deny"),
])
def test_zh_bare_and_opinion_answers(answer: str, want: str) -> None:
    assert stance(ZH_Q, answer) == want


@pytest.mark.parametrize(("answer", "want"), [
    ("不可否认，短期内会有一些岗位受到冲击，引发了不少担忧。但从长期看，大多数白领不会因此失业。", "deny"),
    ("没有理由认为人工智能不会让大多数白领失业。它的能力每年都在翻倍。", "affirm"),
    ("未必。很多白领岗位正在转型而不是消失，我认为大多数人不会失业。", "deny"),
    ("谁也不能否认AI很强大，不过我并不认为大多数白领会失业。", "deny"),
])
def test_zh_negation_traps(answer: str, want: str) -> None:
    assert stance(ZH_Q, answer) == want


@pytest.mark.parametrize(("answer", "want"), [
    ("No doubt some jobs will change. But most office workers will keep working, so no, it won't.", "deny"),
    ("I wouldn't say no. The pace of automation is remarkable.", "affirm"),
    ("It's not unlikely; I'd put the odds a little better than even.", "affirm"),
    ("I think it's unlikely. Every wave of automation created new jobs.", "deny"),
    ("I can't see why not. The systems already draft, summarise and schedule.", "affirm"),
    ("Not necessarily. Some roles will shrink, but on balance I'd say no.", "deny"),
    ("I'd be surprised if it did.", "deny"),
    ("Far from it. Office work will change, but people will still be needed.", "deny"),
])
def test_en_negation_traps(answer: str, want: str) -> None:
    assert stance(EN_Q, answer, "en") == want


def test_zh_late_stance_wins_over_arguments_listed_first() -> None:
    answer = ("先说支持“会失业”的理由：AI写作、编程和客服的能力进步很快，企业有很强的降本动力，一些岗位已经在收缩。"
              "再看另一面：新技术会创造新的岗位，很多工作需要人际沟通和责任承担，制度调整也需要时间。"
              "综合以上这些，我的结论是：人工智能不会让大多数白领失业。")
    assert stance(ZH_Q, answer) == "deny"


def test_en_late_stance_wins_over_arguments_listed_first() -> None:
    answer = ("Automation has already hollowed out some clerical work, and language models can now draft letters, "
              "summarise meetings and write code. Companies are under pressure to cut costs. At the same time, new "
              "tools usually change jobs rather than abolish them, and demand for judgement grows. Weighing all of "
              "that, my answer is yes: I expect most office jobs to disappear within two decades.")
    assert stance(EN_Q, answer, "en") == "affirm"


def test_answer_that_restates_the_question_first() -> None:
    answer = "人工智能会让大多数白领失业吗？我的看法是不会。岗位会变，但不会消失。"
    assert stance(ZH_Q, answer) == "deny"


@pytest.mark.parametrize(("answer", "lang"), [
    ("这件事很难一概而论，有的行业受冲击大，有的行业反而会扩张。", "zh"),
    ("短期内不会，长期来看有可能。", "zh"),
    ("一半一半吧。所以我的答案是：部分行业会，整体上说不准。", "zh"),
    ("It's a toss-up: some roles will vanish, others will grow.", "en"),
    ("In the long run, yes; in the short run, no.", "en"),
    ("Partly. Routine roles will go, but most jobs will survive in a changed form.", "en"),
])
def test_hedged_answers_are_mixed(answer: str, lang: str) -> None:
    assert stance(ZH_Q if lang == "zh" else EN_Q, answer, lang) == "mixed"


def test_first_person_stance_verbs() -> None:
    q = "政府应该对高糖饮料征收健康税吗？"
    assert stance(q, "征税确实会增加负担，这一点毋庸置疑。不过从公共健康出发，我赞成征收。") == "affirm"
    assert stance("Should governments tax sugary drinks?", "I'd oppose it. Such taxes hit the poor hardest.",
                  "en") == "deny"
    assert stance("Should governments tax sugary drinks?", "I'd support it.", "en") == "affirm"


def test_conclusion_marker_must_start_a_clause() -> None:
    # "因此" inside "不会因此失业" means "because of this", not "therefore"
    answer = "有人担心AI会取代大量工作，也有人认为它会创造新机会。但在我看来，大多数白领不会因此失业。"
    assert stance(ZH_Q, answer) == "deny"


@pytest.mark.parametrize(("answer", "lang", "want"), [
    ("**是的。**\n\n原因如下：", "zh", "affirm"),
    ("简短回答：不会。\n\n1. 新岗位会出现。\n2. 人机协作更常见。", "zh", "deny"),
    ("## 结论\n会，但需要时间。", "zh", "affirm"),
    ("这种可能性很小。", "zh", "deny"),
    ("大概率会。企业降本的动力很强。", "zh", "affirm"),
    ("基本上会。", "zh", "affirm"),
    ("**Short answer: No.**\n\nHere's why:", "en", "deny"),
    ("TL;DR: yes, eventually.", "en", "affirm"),
    ("The odds are against it.", "en", "deny"),
    ("I'm skeptical.", "en", "deny"),
    ("Great question! The short answer is no.", "en", "deny"),
])
def test_formatted_and_idiomatic_answers(answer: str, lang: str, want: str) -> None:
    assert stance(ZH_Q if lang == "zh" else EN_Q, answer, lang) == want


def test_bare_answer_restating_the_question_words() -> None:
    q = "中国一线城市的房价已经见底了吗？"
    assert stance(q, "已经见底了。成交明显回暖。") == "affirm"
    assert stance(q, "还没有见底。") == "deny"
    assert stance(q, "房价很复杂。") == "unclear"


def test_to_a_should_question_the_half_that_advises_answers() -> None:
    # zh-k145: '海豚表演已经不符合今天人们对动物福利的认知，应当全面取消' was read as a split verdict (mixed)
    q = "出于安全考虑，景区是否应该全面关停玻璃栈道？"
    assert stance(q, "## 结论\n\n玻璃栈道已经不符合今天游客对安全的期待，应当全面关停。") == "affirm"
    assert stance(q, "## 结论\n\n玻璃栈道没有带来多少收入，应当全面关停。") == "affirm"
    # guard: two halves that both advise, each a different way, stay a split
    assert stance(q, "## 结论\n\n玻璃栈道不应该一律关停，高风险的应当关停。") != "affirm"


def test_free_is_the_opposite_of_charging() -> None:
    # md-tune73: '…不应该收费运营，应当由公园管理方负责、财政保障、免费开放' read as a split (mixed)
    q = "城市公园里的露天泳池，是否应该收费开放？"
    assert stance(q, "## 结论\n\n我的判断是：公园露天泳池不应该收费开放，应当由财政保障、免费开放。") == "deny"


def test_how_a_proposal_seems_is_conceded_and_what_it_does_is_the_point() -> None:
    # md-tune73: '全面禁止看起来干脆，实际上会把问题推到更看不见的角落' was read as a yes to the ban
    q = "开在景区里的骑马体验项目，是否应该被全面禁止？"
    answer = ("不应该全面禁止。该做的是设门槛、严监管，把不合格的清出去。\n\n## 全面禁止的问题\n\n"
              "1. **打击面过大**。有的马场确实条件很差，但也有不少做得不错。\n"
              "2. **需求不会消失**。景区关了，就会转到监管更难的私人马场。\n\n"
              "## 结论\n\n骑马项目的问题出在管理缺位。全面禁止看起来干脆，实际上会把问题推到更看不见的角落。")
    assert stance(q, answer) == "deny"


def test_an_opening_modal_clause_is_a_bare_answer() -> None:
    # md-tune59: '应该要求登记备案，但门槛要低到“扫个码就能办”。' opened an answer whose body lists many '不必…' and
    # '不需要…' points; the opening weighed as a mere hint and the answer read as a no
    q = "城市管理部门是否应该要求街头修鞋匠先登记备案，才能在街巷里摆摊？"
    answer = ("应该要求登记备案，但门槛要低到“扫个码就能办”。\n\n## 怎么登记才不扰民\n\n"
              "- **不收费、不设考试**：这是备案，不是许可；\n- 不必限定摆摊时间，也不必划定固定摊位；\n"
              "- 不必要求营业执照，小额便民服务本就可以免于办理；\n- 不必按街道分别登记，一处备案、全市通用。\n\n"
              "对不会用手机的老师傅，社区服务站代为录入即可。")
    assert stance(q, answer) == "affirm"
