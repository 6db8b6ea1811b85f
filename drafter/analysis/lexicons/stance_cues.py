"""The pattern tables stance.py weighs positions with: clauses that turn a position round ('…那恐怕不现实',
'不是X，而是Y'), verdicts that stand against what follows, aims granted without the means, and the words that
answer rather than argue."""

from __future__ import annotations

import re

from drafter.analysis.lexicons.data import tables

# A closing clause that declares the clause before it untenable: the position is its opposite.
UNTENABLE = re.compile(r"^(?:那|这)?(?:恐怕|实在|才|就|可|也)?(?:真的|是)?"
                       r"(?:站不住脚|说不过去|不成立|讲不通|没有?道理|不合理|说不通|高估了|过于乐观|太乐观)"
                       # '说默认推送"弊大于利"，我找不到能站住的理由' (md-tune35)
                       r"|^(?:我|实在)?(?:找不到|想不出|看不到)(?:任何|一个)?(?:能|可以)?(?:站得?住(?:脚)?|说得通|成立)的理由")
# "X不是A，而是B", "X不等于A，而是B", "这个上限不宜是A，而应是B": the question's proposal X, cleared of a charge
# and recast.
# '做到这些，祠堂改作村史馆，不是背弃传统，而是…' (zh-k131): a leading condition or reason may come first.
NOT_BUT = re.compile(r"^(?:[^。；，,—]{2,30}(?:[，,]|——)\s*)?([^。；，,—]{2,24}?)(?:[，,]\s*)?(?:并|其实|本质上)?"
                     r"(?:不是|不等于|不意味着|不宜是|不应该?是|不该是)[^。；，,]{1,24}[，,]\s*而(?:应该?|应当|该)?是")
NOT_THIS_BUT = re.compile(r"^(?:我的(?:回答|看法|答案|意见)|答案|结论)?(?:并|也)?不是[^。；，,]{1,24}[，,]\s*而是")
BALANCE = re.compile(r"既有[^。；;，,]{2,30}[，,]?\s*(?:也|又|同时也?)(?:面临|有|存在|带来|伴随)"
                     # '无论是主张全面禁钓，还是主张分区管理，都有各自的合理关切': each side granted, none taken
                     r"|无论是?[^。；;]{1,24}[，,]?\s*还是[^。；;]{1,24}[，,]\s*都有(?:各自的|其|一定的)?(?:合理|道理|依据|理由)"
                     r"|各有(?:利弊|优劣|长短|得失)"
                     # '男性陪产假要不要延长，涉及家庭分工、企业负担…之间的平衡', '…是一项涉及…的综合性议题': the
                     # question framed, not answered
                     r"|涉及[^。；;]{2,60}?(?:之间的)?(?:平衡|权衡|取舍)|(?:是|属于)一[项个][^。；;]{0,40}?(?:综合性|复杂)的?"
                     r"(?:议题|问题|话题)")
# "…并不改变“应该扩大纳入”这个整体判断": the verdict quoted as the one that stands
VERDICT_STANDS = re.compile(r"(?:并|也)?(?:不改变|不影响|不动摇|改变不了)[^。；;“\"]{0,6}[“\"]([^”\"]{2,24})[”\"]"
                            r"(?:这个|这一|的)?(?:整体|总体|基本)?(?:判断|结论|看法|立场)")
# "问题不在“该不该算”，而在“怎么算”", "The question is no longer whether to X but how": whether is settled, yes
NOT_WHETHER_BUT_HOW = {
    "zh": re.compile(r"问题(?:已经)?不(?:在于?|是)[“\"]?(?:该不该|要不要|是否|能不能)[^，,。；;]{0,12}[，,]\s*"
                     r"而(?:在于?|是)[“\"]?(?:怎么|如何|怎样)"),
    "en": re.compile(r"\b(?:question|issue|debate|point) is (?:no longer|not) whether\b[^.;]{0,80}?\bbut how\b",
                     re.IGNORECASE),
}
# Uncertainty about a side point ('而所谓的长期好处还不确定'), not about the answer: the question's terms are absent.
UNSURE_OF = re.compile(r"不确定|不清楚|未知|\buncertain\b|\bunclear\b|\bunknown\b", re.IGNORECASE)
WEAK_HEDGE = re.compile(r"maybe|perhaps", re.IGNORECASE)
# A view held firmly ('I strongly believe', '我坚信'): what it restates is the answer, as plainly as a conclusion.
FIRM_VIEW = {
    "en": re.compile(r"\bI\s+(?:strongly|firmly|wholeheartedly|fully|absolutely|truly)\s+(?:believe|agree|think"
                     r"|support|disagree|oppose)\b", re.IGNORECASE),
    "zh": re.compile(r"我(?:坚信|深信|完全(?:同意|赞同|支持|认同)|非常(?:赞同|认同|支持)|坚决(?:支持|反对)"
                     r"|坚定地认为)"),
}
CAVEAT = tables("caveat")
QUALIFIER = tables("qualifier")  # '…，只是不主张一步到位', "…, just not all at once": a limit on the view
CONSEQUENCE = tables("consequence")  # '…, so X', '…，所以X': X is drawn from what comes before
# A clause that opens by pointing back at the clause before it ('这种做法…', 'this approach…'): the one before is
# its subject.
POINTS_BACK = {
    "zh": re.compile(r"^(?:这种|这样的?|这一|此类|这类|该)(?:直接|简单)?[\u4e00-\u9fff]{0,4}?"
                     r"(?:做法|规定|政策|办法|方案|措施|制度|安排)"),
    "en": re.compile(r"^(?:this|that|such a|such an)\s+(?:\w+\s+){0,2}?(?:approach|rule|policy|practice|measure"
                     r"|scheme|plan|arrangement)\b", re.IGNORECASE),
}
THAN_Q = re.compile(r"比([\u4e00-\u9fff]{2,12}?)(?:更|还|要)(?:好|合适|有效|合理|可取)")
# '它比完全依赖财政要好': the proposal, pointed back to, is better than the alternative named after 比.
BETTER_THAN = re.compile(r"^(?:它|这|这样做?|这么做|这种做法|这个办法)(?:总|总归|至少|显然|还是)?"
                         r"比[^，,。；;]{1,30}?(?:要|更|还)?"
                         r"(?:好|强|合理|划算|可取|现实)(?:得多|一些|很多)?[。！!]?$")
NOTHING_OFFSETS = re.compile(r"任何[^，,。；;]{0,14}都(?:无法|不能|难以|没法)(?:抵消|弥补|替代|比拟|相比|抵偿)")
REMEDY_NOT = re.compile(r"^(?:\*\*)?(?:解决|应对|改进)的?(?:办法|之道|方案|思路|方向)(?:并)?(?:不是|不在于|并非)")
# A clause that leaves the decision to others ('需要由当地部门来决定', 'is for each council to decide').
LEFT_TO = {
    "zh": re.compile(r"^(?:需要|应当|应该|应|要|最终|还是)?由[^。，,；;]{1,24}?(?:来|去)?"
                     r"(?:决定|判断|评估|定夺|拍板|取舍)"),
    "en": re.compile(r"\b(?:is|are|should be|must be) (?:for|up to) (?:each |the |local |individual )?[\w\s]{0,30}?to "
                     r"(?:decide|determine|judge)\b|\bbest (?:decided|left) (?:by|to)\b", re.IGNORECASE),
}
STATUS_QUO_VERB = re.compile(r"\b(?:keep\w*|leav\w*|retain\w*|maintain\w*|stick\w*|avoid\w*|preserv\w*)\b",
                             re.IGNORECASE)
NOT_BY = re.compile(r"^\W*(?:and\s+|but\s+)?not\s+(?:by|through|via|with|in|from|for)\b", re.IGNORECASE)
# 'The dispute is about consent, not about whether it may charge': the whether set aside as not the point.
WHETHER_ASIDE = {
    "zh": re.compile(r"而?不(?:在于?|是)[“\"「]?[^，,。；;”\"」]{0,8}?"
                     r"(?:能不能|该不该|要不要|是否|可不可以|可否|应不应该?)"),
    # "Whether any particular city should use it is a further question": another question set aside
    "en": re.compile(r"\bnot (?:about |over |a question of )whether\b"
                     r"|^\W*whether\b[^.;]{0,100}\b(?:is|remains) (?:a|an) (?:further|separate|different|other"
                     r"|later|second) (?:question|matter|issue|step)\b",
                     re.IGNORECASE),
}
# A clause that grants only the proposal's aim ('The goals are reasonable', '初衷是好的'): a concession, not a yes.
AIM_ONLY = {
    "zh": re.compile(r"^(?:[^。，,；;]{0,12}的)?(?:初衷|出发点|目标|用意|动机|本意)(?:本身)?(?:是|都|也)?"),
    "en": re.compile(r"^(?:the|its|their|this|that)\s+(?:underlying\s+|stated\s+)?(?:goals?|aims?|intentions?|intent"
                     r"|motives?|motivations?|objectives?|ambitions?|purposes?)\b"
                     r"|\b(?:to|with|of|behind)\s+(?:the|its|their)\s+(?:underlying\s+|stated\s+)?(?:goals?|aims?"
                     r"|intentions?|intent|objectives?|principle)\W*$", re.IGNORECASE),
}
# Words that answer rather than argue ('不会', '未必', 'It won't'): a short clause inside a longer sentence
# counts as an answer only with one of them, or with the question's own terms.
ANSWER_WORD = {
    "zh": re.compile(r"会|能|应|该|可以|可能|是|行|对|值得|需要|必要|避免|未尝|难说|至于|一定|见得|必然|肯定|确实"
                     r"|当然"),
    "en": re.compile(r"\b(?:yes|no|will|would|should|can|could|is|are|does|do|must|likely|unlikely|probably|possibly"
                     r"|definitely|certainly|absolutely|obviously|naturally|indeed|of course|sure|yeah|yep|nope)\b"
                     r"|n't\b|n’t\b", re.IGNORECASE),
}
# A remainder with a verb of its own or a negation states something ('it is', 'it not happening').
NOT_POINTER = re.compile(r"\d|\b(?:is|are|was|were|will|would|does|do|did|can|could|should|must|might|may|has"
                         r"|have|not|never|no)\b|n't|n’t", re.IGNORECASE)
INSTEAD = {"en": re.compile(r"\binstead\b", re.IGNORECASE), "zh": re.compile(r"转而|改为|取而代之|作为替代")}
SCOPE_LEAD = re.compile(r"^\W*(?:for|in|at|on|among|within|during|over|under|after|before|by|from|if|when|where"
                        r"|对|在|从|就|于|短期|长期|近期|中期|远期|眼下|目前|现阶段|将来|未来|一线|大城市|小城市|城市|农村)",
                        re.IGNORECASE)
BARE_WORD = re.compile(r"^\W*(?:yes|no|是的?|不是?|对|不会|会)\W*$", re.IGNORECASE)
# "When people say…", "当有人说……时": what follows quotes others, and the clause after it reacts to their words
WHEN_OTHERS_SAY = {
    "zh": re.compile(r"^\W*(?:当|每当|听到)\s*(?:很多|不少|一些|许多)?(?:有人|人们|网友|支持者|反对者)(?:们)?"
                     r"(?:说|主张|呼吁|喊出)"),
    "en": re.compile(r"^\W*(?:when(?:ever)?|every time)\s+(?:some\s+|many\s+)?(?:people|someone|critics|supporters"
                     r"|campaigners)\s+(?:say|says|argue|argues|call|calls|insist|insists)\b", re.IGNORECASE),
}
# "some argue that menus should be set locally", "有人担心…" (md-tune47): others' case reported, not the answer's own
OTHERS_ARGUE = {
    "en": re.compile(r"^\W*(?:some|many|others|critics|supporters|proponents|opponents|advocates|sceptics|skeptics"
                     r"|campaigners|some people|many people)\s+(?:argue|say|believe|claim|contend|worry|insist|feel"
                     r"|think|point out)\b"
                     # "People who emphasise local identity tend to see small grants as a sensible investment"
                     r"|^\W*(?:people|those|voters|residents|taxpayers|many) who\b[^.]{0,80}?\btend to (?:see|think"
                     r"|believe|view|regard|favou?r|support|oppose|argue|be)\b", re.IGNORECASE),
    "zh": re.compile(r"^\W*(?:有人|有些人|一些人|不少人|很多人|支持者|反对者|批评者|支持方|反对方)(?:则|也)?"
                     r"(?:认为|主张|担心|指出|觉得|说)"
                     r"|^\W*(?:重视|看重|强调|在意)[^。，,；;]{1,20}的人(?:往往|通常|一般|多半|大多)?(?:认为|觉得|主张|倾向于)"),
}
# What a stance verb may take as its object and still mean the question's proposal ("I'd support the measure")
PROPOSAL_WORD = re.compile(r"\b(?:it|this|that|them|these|those|measures?|polic(?:y|ies)|proposals?|ideas?|changes?"
                           r"|rules?|requirements?|bans?|plans?|moves?|reforms?|laws?|duty|duties|approach|schemes?"
                           r"|steps?|legislation|mandate|obligation|limits?|cap|levy|tax)\b", re.IGNORECASE)
# ... or the proposal in other words ('making opt-in mandatory', 'a legal duty')
OBLIGATION = re.compile(r"\b(?:mandatory|compulsory|required|requirement|legal|law|statutory|duty|ban)\b",
                        re.IGNORECASE)
# The answer's own voice turning against something after backing something ("…, but I can't endorse a blanket
# requirement", "…, and I'd oppose extending it", "…，但反对…").
OWN_AGAINST = {
    "en": re.compile(r"(?:,|;|—|–)\s*(?:but|and|while|though)?\s*(?:I\s*(?:'d|’d|would|will)?\s*(?:can(?:'t|not|’t)"
                     r"|won't|wouldn't|do(?:n't| not)|couldn't)\s+(?:endorse|support|back|accept)\b|I(?:'m|’m| am"
                     r"| would be|'d be|’d be)\s+(?:opposed|against)\b|I(?:'d|’d| would)?\s+oppose\b)", re.IGNORECASE),
    "zh": re.compile(r"[，,；;]\s*(?:但|但是|不过|而)?(?:我)?(?:反对|不赞成|不支持|不认同)"),
}


# A question about imposing something (要求商场开放, 强制安装, 立法规定) and an answer that sets the imposing aside in
# favour of another way to the same end.
#
# Asked whether to require something: '是否…要求/强制/立法…', "Should landowners be legally required to …?"
MANDATE_ASKED = {
    "zh": re.compile(r"(?:是否|要不要|该不该|应不应该)[^。？?]{0,6}(?:要求|强制|立法|硬性规定|一律)"),
    "en": re.compile(r"\b(?:legally |statutorily )?(?:required|obliged|compelled|mandated|forced) to\b"
                     r"|\b(?:mandatory|compulsory)\b|\bby law\b|\blegal (?:duty|requirement|obligation)\b",
                     re.IGNORECASE),
}
_MANDATE = r"(?:requirement|mandate|law|duty|obligation|compulsion|legislation)"
# The outcome backed and the requirement set aside, a no: '更适合通过鼓励、引导来实现，而不是通过行政要求', "I'd
# support speeding up the replacement of stiles, but not through a legal requirement on landowners"
MANDATE_ASIDE = {
    "zh": re.compile(r"而(?:不是|非)(?:通过|靠|用)?(?:行政|强制|硬性|政府|立法)?(?:要求|规定|强制|命令|手段)"
                     r"|比(?:一刀切的?)?(?:强制|硬性|行政)(?:性)?(?:的)?(?:要求|规定|手段)?更(?:合理|可行|可持续|好|合适|有效)"
                     # '但强制商场开放屋顶露台会带来产权、安全和消防方面的一系列问题'
                     r"|(?:强制|硬性要求|硬性规定)[^。；;，,]{0,20}(?:会|将|可能)(?:带来|造成|引发|导致)[^。；;]{0,24}"
                     r"(?:问题|风险|麻烦|纠纷|矛盾)"),
    "en": re.compile(r"\bbut not (?:through|by|via|as|with|by way of) (?:a |an |any )?"
                     r"(?:legal |statutory |blanket |national |mandatory |compulsory |new )*" + _MANDATE + r"\b"
                     r"|\brather than (?:through |by |via )?(?:a |an )?(?:legal |statutory |blanket )*"
                     r"(?:requirement|mandate|compulsion|legislation|legal duty)\b", re.IGNORECASE),
}


# A sentence whose subject is the question itself ('X是否…') and which says there is no one answer or hands the call to
# someone else ('由当地部门决定'): it names no side (the English counterpart is WHETHER_ASIDE).
HANDED_ON = {
    "zh": re.compile(r"^[^，。；]{0,30}(?:是否|要不要|该不该|能不能)[^，。；]{0,30}[，,]"
                     r"[^。；]{0,40}(?:没有[^。；]{0,12}答案|(?:由|交给|交由)[^。；]{1,40}(?:决定|判断|定夺|来定))"
                     # '总的来看，是否取消毕业论文取决于学校定位、学科特点和配套制度' (md-tune24)
                     r"|^[^。；]{0,14}?(?:是否|要不要|该不该|能不能)[^，。；]{1,30}?(?:取决于|要看|得看|视[^。；]{1,20}而定)"
                     # '当我们问“政府该不该为老字号减租”时，其实是在问：…' (md-tune56): the question turned into others
                     r"|^[^。；]{0,40}?(?:其实|实际上|本质上)是在(?:问|追问)"),
    # "Anyone trying to decide should look closely at local complaint data…" (md-tune35): the deciding handed to
    # whoever makes the call
    "en": re.compile(r"^\W*(?:anyone|whoever(?: is)?|those|a council|councils|cities|policymakers|decision-makers)"
                     r" (?:trying|wanting|looking|seeking|having) to"
                     r" (?:decide|make (?:this|that|the) (?:call|decision))\b",
                     re.IGNORECASE),
}

# A verdict turned to the question itself ("But on the question as asked, **I would not make braille compulsory**",
# '不过就这个问题本身，我的立场很清楚——**应当立法禁止…**'): on the tuning sets and real tune halves, each of the 7 such
# sentences with a plain yes or no matched its label.
AS_ASKED = {
    "en": re.compile(r"^\W*(?:(?:but|so|and|yet)\s*,?\s+)?(?:on|to|for) the question as (?:asked|posed|put|framed"
                     r"|worded)\b", re.IGNORECASE),
    "zh": re.compile(r"^\W*(?:(?:不过|但|但是|所以)[，,]?\s*)?单?就(?:这个)?问题本身(?:而言|来说|来看)?"),
}
