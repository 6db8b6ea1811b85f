"""Choice questions about who pays or runs something, and option lists with notes. Fixed on md-tune86 and md-tune87
(batch k175, tuning sets, choice-heavy), each a misread option list, a false pick or a dodge read as an answer before.

- A note on an option ('Northgate (the fewest visits)', '由使用者付费（扫码开灯、计时收费）') is no part of its
  name, and its commas part no options; a sentence after the list ('… or Hilltop. Which should close first?') is no
  option.
- '由A、B还是C来承担', '由A付费，还是由B承担': 由 and the frame's verb belong to no option; a verb said only before the
  first option ('优先服务老人、上班族还是学生') is the frame's too, and so is one every option repeats ('设在…好'). One
  option said in two verb phrases ('街道自己办、自己管') stays one.
- 'for anyone handing out leaflets or flyers' names who a rule is for: a yes/no question, not a choice.
- '…的费用，应当主要由业主个人承担' says who bears it: the pick, whatever other option the sentence gives a part to play
  ('政府负责组织施工'); '政府能做、也应该做的，是统一设计标准' gives the option a part to play and picks nothing.
- A heading that names an option and describes it ('## 老人：最常见的答案') is that option's section, not the verdict.
- '不是简单的二选一：基础时段由公共经费承担，延时和包场由使用者付费' takes both options, each for its part: a split.
- 'split it into two half-plots if the list is long, and let it as one full plot if it is short': a verdict per case.
- An answer that says it turns to another subject and never names what was asked ('说到…，其实有一个更常被忽视的问题')
  is a dodge, whatever its closing remark leans to.
- An option the question puts in quote marks ('“准现房”销售') is named in quote marks too."""

from __future__ import annotations

from drafter.analysis.engine.questions import read_question
from tests.analysis_helpers import one

_LIBRARY = ("A council has to close one of three branch libraries to save money: Northgate (the fewest visits), "
            "Riverside (the most expensive building to run) or Hilltop (a ten-minute walk from the central library). "
            "Which should close first?")
_AIRCON = ("老旧小区统一改造外挂空调机位（拆除锈蚀旧支架、统一安装标准化机位和遮挡格栅），"
           "费用应该主要由政府财政、业主个人，"
           "还是小区的住宅专项维修资金来承担？")
_LIGHTS = "社区篮球场夜间灯光的电费，应该由使用者付费（扫码开灯、计时收费），还是由物业或街道的公共经费承担？"
_CANTEEN = "社区食堂在座位和供餐时段有限的情况下，应该优先服务老人、上班族还是学生？"


def _options(text: str, lang: str) -> list[str]:
    return [o.text for o in read_question("q", text, lang).options]


def test_notes_on_options_and_the_asking_sentence_are_not_options() -> None:
    assert _options(_LIBRARY, "en") == ["Northgate", "Riverside", "Hilltop"]
    assert _options(_LIGHTS, "zh") == ["使用者", "物业或街道的公共经费"]
    # a one-word gloss stays: it is part of the option's name
    assert _options("If the clocks stopped changing, should a country stay on permanent standard (winter) time or "
                    "permanent summer time?", "en")[0] == "permanent standard (winter) time"


def test_the_frame_around_options_belongs_to_none_of_them() -> None:
    assert _options(_AIRCON, "zh") == ["政府财政", "业主个人", "小区的住宅专项维修资金"]
    assert _options(_CANTEEN, "zh") == ["老人", "上班族", "学生"]
    # md-tune84: one option said in two verb phrases, and a frame every option repeats ('设在…好')
    assert _options("社区老年日间照料中心，是由街道自己办、自己管好，还是委托专业养老机构运营好？", "zh") == [
        "街道自己办、自己管", "委托专业养老机构运营"]
    assert _options("小区装修垃圾的临时堆放点，设在小区内部楼栋附近好，还是设在小区外围出入口附近好？", "zh") == [
        "小区内部楼栋附近", "小区外围出入口附近"]
    # options that repeat a verb are still two ('改建成篮球场、改建成健身区')
    assert len(_options("闲置的乒乓球台区域应该改建成篮球场、改建成健身区，还是保留并翻新乒乓球台？", "zh")) == 3


def test_who_a_rule_is_for_is_not_a_choice() -> None:
    q = "Should a town council require a permit for anyone handing out leaflets or flyers in its town centre?"
    assert read_question("q", q, "en").kind == "yesno"


def test_who_bears_the_cost_is_the_pick_not_who_gets_a_part_to_play() -> None:
    answer = ("## 我的判断\n把上面几条放在一起看，关键在于“谁受益”。"
              "政府能做、也应该做的，是统一设计标准、组织集中采购和施工，"
              "并对困难家庭给予减免。\n\n**结论：外挂空调机位统一改造的费用，应当主要由装有空调的业主个人承担**，"
              "按各户实际机位数量付费，政府负责组织施工并兜底困难家庭。")
    qa = one(_AIRCON, {"a": answer, "b": "这类统一改造应当主要由政府财政出钱。"})
    assert qa.picks.get("a") == "业主个人"
    assert [sorted(c.models) for c in qa.contradictions] == [["a", "b"]]


def test_a_heading_that_describes_an_option_is_its_section_not_the_verdict() -> None:
    answer = ("## 老人：最常见的答案\n老人的需求当然重要。但现实是，"
              "许多城市已经为老年人建立了专门的助餐体系。也就是说，"
              "即使社区食堂不把老人排在第一位，老人也有地方吃饭。\n\n## 上班族："
              "支付能力最强\n上班族可以撑起食堂的营业额，"
              "但他们的选择也最多。\n\n## 我的看法\n**因此，在资源有限时，"
              "社区食堂应当优先服务学生**，老人继续依托专门的"
              "助餐体系。")
    qa = one(_CANTEEN, {"a": answer, "b": "应该优先服务老人。"})
    assert qa.picks.get("a") == "学生"


def test_taking_both_options_each_for_its_part_is_a_split() -> None:
    answer = ("## 我的建议\n不是简单的二选一：**基础时段由公共经费承担，"
              "延时和包场由使用者付费。**这样既保障了大多数人的"
              "基本使用，又避免公共资金被少数人长期占用。")
    qa = one(_LIGHTS, {"a": answer, "b": "应该由使用者付费。"})
    assert qa.stances["a"] == "mixed" and "a" not in qa.picks


def test_a_verdict_then_its_condition_for_each_case_is_a_split() -> None:
    q = "When that plot becomes free, should the council let it as one full plot or split it into two half-plots?"
    answer = ("## My recommendation\n\nIt depends on the waiting list. I'd split it into two half-plots if the waiting "
              "list is long, and let it as one full plot if the waiting list is short.")
    qa = one(q, {"a": answer, "b": "Let it as one full plot."}, "en")
    assert qa.stances["a"] != "other" and "a" not in qa.picks


def test_a_stated_change_of_subject_that_never_names_the_question_is_a_dodge() -> None:
    q = "对于把共享单车停在地铁站口划定停放区以外的用户，是否应该加收调度费？"
    answer = ("说到地铁站口的共享单车，其实有一个更常被忽视的问题：**车辆本身的安全状况**。"
              "很多人匆忙出站、扫码就骑。\n\n"
              "## 骑行前的30秒检查\n1. **刹车**：捏一下前后闸；\n2. **轮胎**：看看胎压是否充足。\n\n## 小结\n"
              "共享单车让地铁出行更方便，但安全永远排在第一位。")
    qa = one(q, {"a": answer, "b": "应该加收调度费。"})
    assert qa.stances["a"] == "evasive"
    assert not qa.contradictions and not qa.agreements


def test_an_option_quoted_in_the_question_is_named_in_quotes() -> None:
    q = ("如果逐步改革预售制，过渡期应优先推行哪种做法——直接现房销售、“准现房”销售（主体结构封顶后才可出售），"
         "还是保留预售但实行资金全额第三方监管？")
    answer = ("## 二、我的选择\n\n**过渡期应优先推行“准现房”销售。**\n\n## 四、"
              "配套建议\n\n- **保留尾款监管**：封顶后收取的房款仍进入监管账户。")
    qa = one(q, {"a": answer, "b": "应该直接现房销售。"})
    assert qa.picks.get("a", "").startswith("准现房")


def test_a_note_on_an_option_names_it_though_it_is_no_part_of_its_name() -> None:
    # md-tune89: with the note cut off, 'A meter, priced low…' no longer named 'pay-as-you-play (a card meter)'
    q = "If the floodlights go in, should they be pay-as-you-play (a card meter) or free on an automatic timer?"
    answer = ("## My view\n\nA meter, priced low and backed by a free-token scheme for young people, gives you lit "
              "courts that are used and paid for.")
    qa = one(q, {"a": answer, "b": "Free on an automatic timer: lights on at dusk, off at nine."}, "en")
    assert qa.picks.get("a") == "be pay-as-you-play"
    # md-tune88: '应当优先采用人脸识别、刷卡还是密码': 采用 is the frame's, so '优先采用刷卡' does not name 人脸识别
    assert _options("小区门禁改造，应当优先采用人脸识别、刷卡（门禁卡）还是密码？", "zh")[0] == "人脸识别"

