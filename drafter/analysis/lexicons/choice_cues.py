"""Pattern tables for reading a pick in a choice question: pick cues, an option set aside, picks said under a
label, as the subject, or by place ("the latter")."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# Words that mark a pick: comparatives, "I'd choose", 首选…
CUE = {
    # ('这是一个……的政策选择问题': a choice to be made, named, is no pick)
    # ('最需要的人用得上' (md-tune74): the people who most need it, no superlative of an option)
    "zh": re.compile(r"更[\u4e00-\u9fff]|最(?!需要的)[\u4e00-\u9fff]|首选|优先|为主|是关键|才是|关键在于|押注|看好"
                     r"|选(?!择?(?:问题|题))|倾向"
                     r"|主要靠|重点|当务之急"
                     # '补贴应当主要按带徒人数发放' (md-tune67): the way or the party chosen, said with a modal
                     r"|(?:应当|应该|应|宜)(?:主要|首先|优先)?(?:由|按|以|交给|归)|主要(?:应该?|应当)?(?:按|由|以|交给)"
                     r"|瓶颈|根本|底线|胜出|占上风|不如|与其|而不是|而非|第一|首要|头等|首位|关键在|先(?:把[^，。,；;]{0,6})?(?:投|花|抓|做|办|保|修|建|发展|解决|考虑)"),
    "en": re.compile(r"\b(?:more|most|bigger|biggest|greater|greatest|better|best|main|key|priority|prioriti[sz]e"
                     r"|favou?r"
                     r"|choose|pick|go with|back|bet on|worry more|first|winner|wins?|matters|edge|without question"
                     r"|in my view|I'd argue|rank|clearly|definitely|rather than|instead of|hands down|by far"
                     r"|largest|highest|top|bulk|lion's share|lion’s share|the only (?:thing|option|one|way"
                     r"|choice)|beats?|outperforms?|trumps?|outweighs?|wins? out"
                     # 'Midnight is a neater compromise', "I'd place the responsibility with the school" (md-tune31/32)
                     r"|neater|simpler|fairer|safer|cleaner|compromise|belongs?\s+with|(?:should|must|would)\s+(?:sit|rest"
                     r"|lie)\s+with|place\s+(?:the\s+)?(?:responsibility|duty|job)\s+with"
                     # "I'd put local club coaches in charge of teaching archery" (md-tune70): who runs it, said
                     r"|\bin charge\b|\btake the lead\b"
                     # "the Treasury should pay for them directly" (md-tune52): who pays, said in so many words
                     r"|should\s+(?:pay|fund|foot|bear|meet)\b(?!\s+(?:nothing|less))"
                     r"|should\s+be\s+(?:paid|funded|met)\s+by)\b", _I),
}

# "Start with a targeted rise in weekday tariffs" (md-tune81): the step to take first, named in the same sentence.
# Not a CUE: a bare "Start with a feasibility study" points to no option in the sentences after it.
STEP_FIRST = {"en": re.compile(r"\b(?:start|begin) (?:with|by)\b", _I),
              "zh": re.compile(r"(?:先|首先)从[^，。,；;]{1,20}(?:做起|入手|开始|抓起)")}

# An option named right after these is the one set aside: 而不是X, 与其X, 比X更, "rather than X", "over X".
AGAINST = {
    # (比较 in 我比较倾向于X means "rather": it compares nothing, md-tune54)
    # ('再辅以志愿者义剪' (md-tune80): the option added as a supplement is not the one picked)
    "zh": re.compile(r"(?:而不是|而非|不是|不像|不同于|比(?!较)|相比(?:之下)?|与其|并非|胜过|强于|超过|辅以)"
                     r"[^，。,；;]{0,6}$"
                     r"|不如\s*$"),
    "en": re.compile(r"\b(?:rather than|instead of|than|not|over|ahead of|before|more than|less than|beats?"
                     r"|outperforms?|trumps?|outweighs?)\s+(?:the\s+|a\s+)?$", _I),
}

# An option named under a negation a few words back is not the pick ("doesn't depend on either the platforms").
NEG_BEFORE = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bwithout|\bneither|\bnor)(?:\s+[\w'’-]+){0,3}?\s+(?:the\s+|a\s+"
                         r"|an\s+)?$", _I)

# "I'd be more hesitant about relying on switch-off": an option the answer is wary of is the one set aside
WARY_BEFORE = re.compile(r"\b(?:hesitant|wary|cautious|sceptical|skeptical|reluctant|uneasy|nervous|doubtful)\s+"
                          r"(?:about|of|over|towards?)\s+(?:[\w'’-]+\s+){0,3}?(?:the\s+|a\s+|an\s+)?$", _I)

# A verdict that opens on its condition ("If the block is sound, keep it", "如果缺的是日常停车位，就建停车场").
CONDITION = {"en": re.compile(r"^\W*(?:if|where|when|in (?:a )?towns? (?:where|with))\b", _I),
             "zh": re.compile(r"^\W*(?:如果|假如|要是|若|倘若|一旦)")}

# A verdict that shares the job between the options ("Responsibility should be shared: …. Neither side should carry
# the whole job.", "应由双方共同承担").
SHARED = {"en": re.compile(r"\b(?:should|must|ought to|needs? to) be shared\b"
                           r"|\bneither (?:side|party|one) should (?:carry|bear|do|pay|shoulder)\b"
                           r"|\bshared (?:responsibility|duty)\b", _I),
          "zh": re.compile(r"共同承担|共同负责|各负其责|责任共担|双方共担")}

# '不是简单的二选一：**基础时段由公共经费承担，延时和包场由使用者付费。**' (md-tune86), "It isn't an either/or: …":
# a verdict that says it takes both, each for its part
BOTH_WAYS = {"zh": re.compile(r"不是(?:简单的)?二选一|不必二选一|无需二选一|不用二选一|不是非此即彼|不必非此即彼"),
             "en": re.compile(r"\b(?:not|isn't|isn’t) (?:a simple |an |really an )?either[/-]or\b"
                              r"|\bdoesn't have to be (?:either[/-]or|one or the other)\b", _I)}

# An arrow from a case to its verdict ('面积有限、或已有足球场 → 优先篮球场', 'Small site -> basketball court').
ARROW = re.compile(r"\s*(?:→|->|=>|⇒|⟶)\s*")

# A case named first, then what to do in it ("日常停车缺口大的，就建停车场"): what follows the mark is the verdict.
CASE_THEN = re.compile(r"的[，,]\s*(?:就|那就|则|宜|应)")

# A question about which step comes first ("先投票，还是先统计？", "Which should come first: X or Y?").
ORDER_ASKED = {"zh": re.compile(r"先|首先|优先"),
               "en": re.compile(r"\b(?:first|before|priority|prioriti[sz]e)\b", _I)}
# A sentence that puts steps in order ("先统计、后投票", "count first, then vote", "survey the use before any vote"):
# in a question about which comes first, the step it names first is its pick.
SEQUENCE = {"zh": re.compile(r"先[^。；;！!？?]{1,30}?[，,、；;]?\s*(?:再|后|然后|之后|随后|接着)"),
            "en": re.compile(r"^(?!\W*before\b).*?(?:\bfirst\b[^.;!?]{0,80}?\bthen\b|\b(?:before|ahead of)\b)", _I)}

TURN = {"zh": re.compile(r"[，,；;]\s*(?:但|但是|然而|不过|可是)"),
         "en": re.compile(r"[,;:—–]\s*(?:but|however|yet|though)\b|\b(?:but|however)\b", _I)}

AFTER_ZH = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:不如|比不上|次之|并非|不是|没那么|不那么)")

# "Zoning isn't the problem", "cheap construction can't add supply": an option that is the subject of a negation.
AFTER_EN = re.compile(r"[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:can't|can’t|cannot|won't|won’t|isn't|isn’t|aren't|aren’t"
                       r"|doesn't|doesn’t|don't|don’t|is not|are not|will not|does not|do not|matters? less"
                       r"|comes? second"
                       r"|is secondary)\b", _I)

PICKING = re.compile(r"\b(?:hesitate|doubt|beat|better|top|match|rival|deny|argue|overstate|ignore)", _I)

UNBEATEN = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bnothing|\bnobody|\bno one|\bhard to)\s+(?:\w+\s+)?(?:beats?|tops?"
                       r"|match(?:es)?|rivals?)\s+(?:the\s+|a\s+)?$", _I)

# A sentence that declines to single out one option ('我很难在三者中笼统地挑出一个最好的', "I can't pick a single
# winner"): it picks none, whatever options it mentions on the way, and it says they are even.
NO_PICK = {
    # ('我没办法说哪一个一定优先' (md-tune84))
    "zh": re.compile(r"(?:很难|难以|没法|没办法|无法|不好|不能)[^。；！]{0,12}(?:挑出|选出|断定|选定|说出|给出|说)"
                     r"[^。；！]{0,8}"
                     r"(?:一个|哪(?:一)?(?:个|种|项)|唯一|最好|最优|最合适)"
                     # '谁来兜底，最终取决于法律法规的具体规定以及…之间的安排' (zh-k145): the choice handed to what it
                     # depends on; the options it names are not picked
                     r"|^\W*(?:(?:究竟|到底)?(?:应该|应当|应|该)?由)?(?:谁|哪(?:一)?(?:个|种|方|家))[^。；！]{0,20}?[，,]?\s*(?:最终|主要|说到底|归根结底)?(?:还是)?"
                     r"(?:取决于|要看|得看|视[^。；]{1,20}而定)"
                     # '具体选择哪一种，需要根据村庄的实际情况…' (md-tune82): which one, handed to the case
                     r"|(?:具体|究竟|到底)?(?:选择|选|采用|建)哪(?:一)?(?:个|种|项|类)[^。；！]{0,6}?[，,]?\s*(?:都|还)?"
                     r"(?:需要|要|得|应当|应该)?(?:根据|看|取决于|视)"),
    "en": re.compile(r"\b(?:can(?:'t|’t|not)|won't|unable to|hard to|difficult to|impossible to)\s+(?:\w+\s+){0,2}?"
                     r"(?:pick|choose|name|single out|crown)\s+(?:a\s+|one\s+|the\s+)?(?:single\s+)?"
                     r"(?:best|winner|overall winner|one)\b"
                     r"|\bno (?:single|general|universal|one-size-fits-all) (?:best|right|correct)"
                     r" (?:answer|option|choice)\b"
                     r"|^\W*(?:who|which)\b[^.;:]{0,60}?\b(?:will\s+)?(?:ultimately\s+|really\s+|largely\s+)?"
                     r"depends? on\b",
                     _I),
}

EQUAL = {
    "zh": re.compile(r"同样重要|同等重要|缺一不可|都很重要|两者都|二者都|都不可或缺|并重|不分伯仲|难分高下|相辅相成"
                     r"|都有(?:其|各自的?)?(?:价值|道理|优势|用处)|都(?:可能|可以)是对的|都(?:可能|可以)(?:成立|合适)"),
    "en": re.compile(r"\bequally\b|\bboth (?:matter|are (?:important|essential|needed))\b|\bneither (?:is"
                     r"|matters) more\b"
                     r"|\bgo hand in hand\b|\bcomplementary\b", _I),
}

# "The answer is (C).", "Answer: **B**", "the correct option is D": a pick named by its letter; the last one counts
# (chain-of-thought answers weigh options before they settle).
LETTER = re.compile(r"\b(?:answer|option|choice)(?:\s+(?:is|would be|should be|must be))?\s*[:：]?\s*(?:\*\*)?"
                     r"\s*\(?([A-Z])\)?(?![A-Za-z0-9])"
                     # '我选B', '答案：C', '**C 是最有效的手段**'
                     r"|(?:选|选择|答案(?:是|为)?\s*[:：]?|推荐)\s*(?:\*\*)?\s*([A-Z])(?![A-Za-z0-9])"
                     r"|(?<![A-Za-z0-9])([A-Z])\s*(?:项\s*)?(?:是|为|才是)?(?:最|更)(?:有效|好|合适|重要|关键|可行)",
                     _I)

REFERRED = re.compile(r"\b(?:in|of|from|with|like|under|than|to|and|or|unlike|versus|vs\.?)\s*$", _I)

MERE_MENTION = re.compile(r"(?:option|choice)\s*\(?[A-Za-z]\)?", _I)

# "…rather than an activity dependent on family resources": what the alternative is said to be is set aside too
INSTEAD_OF_BEFORE = re.compile(r"\b(?:rather than|instead of)\s+(?:[\w'’-]+\s+){1,5}$", _I)

# "National government should have the final say, …": the option is the subject of the question's own predicate
SUBJECT_PICK = re.compile(r"^\W*(?P<subject>[^,;:.!?]{2,60}?)\s+(?:should|must|ought to|needs? to)\s+(?:have|hold|take"
                           r"|make|decide|pay|cover|meet|run|set|enforce|be responsible|bear|fund|own|keep)\b", _I)

# '车主（及其保险）负首要责任，平台负补充责任' (md-tune47): the option that bears the responsibility asked about
ZH_SUBJECT_PICK = re.compile(r"^\W*(?:应当|应该|应)?由?(?P<subject>[^，,。；;]{1,20}?)(?:应当|应该|应)?(?:负|承担|担)"
                              r"(?:首要|主要|第一|全部)(?:赔偿)?责任")

# '…的费用，应当主要由装有空调的业主个人承担' (md-tune86): a clause that says who bears it, in the question's frame
# (由…承担/出钱/负责) names the pick; not '政府负责组织施工' (no 由: a role beside it) nor '不应该由…' (a negation)
ZH_BORNE_BY = re.compile(r"(?:^|[，,；;：:])\W*(?:(?:应当|应该|应|宜|最好|主要|更|还是|原则上|总体上)\s*)*由"
                         r"(?P<subject>[^，,。；;：:]{1,20}?)(?:来|去)?(?:承担|出钱|出资|负担|买单|支付|付费|运营|管理"
                         r"|牵头|负责)")

# '政府能做、也应该做的，是统一设计标准…' (md-tune86), 'What the council can do is set the standard': the option named
# before it is given a part to play, not picked for what the question asks
ROLE_OF = {"zh": re.compile(r"(?:能|可以|应该|应当|该|要|需要)(?:做|干)[^，,。；;]{0,6}?的[，,]?(?:是|就是)"),
           "en": re.compile(r"\b(?:can|could|should|must|ought to) do\b[^,.;]{0,20}?\bis\b", re.IGNORECASE)}

# '**结论：外挂空调机位统一改造的费用，应当主要由装有空调的业主个人承担**，…，政府负责组织施工' (md-tune86): a verdict
# under its label; the option its bold words (or its first clause) name is the pick, whatever the rest adds
LABEL_LEAD = {"en": re.compile(r"^\W*(?:(?:my |final |short )?(?:recommendation|pick|choice|answer|verdict|vote"
                               r"|conclusion)|bottom line)\s*[:：—–]", re.IGNORECASE),
              "zh": re.compile(r"^\W*(?:我的)?(?:建议|结论|选择|答案|回答|判断)\s*[:：]")}

# "Recommendation: the open market.", "My pick: the school.", "结论：随机派位。" (md-tune46): a pick under its label
LABELLED = {
    "en": re.compile(r"^\W*(?:(?:my |final |short )?(?:recommendation|pick|choice|answer|verdict|vote)|bottom line)"
                     r"\s*[:：—–]\s*(?P<rest>[^.;!?]{2,80})[.!]?\W*$", _I),
    "zh": re.compile(r"^\W*(?:我的)?(?:建议|结论|选择|答案|回答)\s*[:：]\s*(?P<rest>[^。；！？]{2,30})[。！]?\W*$"),
}

# An option picked by its place in the question: 'The first option.', 'I'd go with the latter', '我选第三个', '后者'.
ORDINAL = {
    "en": re.compile(r"^\W*(?:(?:I(?:'d|’d| would)?|we(?:'d|’d| would)?)\s+(?:pick|choose|go\s+with|prefer|favou?r"
                     r"|back|opt\s+for|vote\s+for)\s+|my\s+(?:pick|choice|vote)\s+(?:is|would\s+be)\s+)?the\s+(first"
                     r"|second|third|fourth|former|latter|last)(?:\s+(?:one|option|choice|approach))?\s*"
                     r"(?:[.,;:!—–]|$)", _I),
    "zh": re.compile(r"^(?:我)?(?:会|更)?(?:选|选择|倾向于?|支持|赞成)?"
                     r"(?:第([一二三四1-4])(?:个|种|项|条)?(?:方案|选项)?|(前者|后者))(?:[，,。；;！!]|$)"),
}

NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "former": 0, "一": 0, "二": 1, "三": 2, "四": 3, "1": 0,
        "2": 1, "3": 2, "4": 3, "前者": 0}


# A clause that grants what an option can do ("X can add extras", "X可以补充一部分") and a call of the answer's own
# after the turn ("but the core should be publicly funded", "但主体应当由财政承担").
CONCEDED = {"en": re.compile(r"\b(?:can|could|may|might)\b", _I), "zh": re.compile(r"可以|能够|不妨")}
BACK_TO_IT = {"en": re.compile(r"\s*(?:it|they|this|that|these|those|such \w+)\b", _I),
              "zh": re.compile(r"\s*(?:它|它们|这|这种|这类|此)")}
OWN_CALL = {"en": re.compile(r"\b(?:should|must|ought to|has to|have to|needs? to)\b", _I),
            "zh": re.compile(r"应当|应该|必须|得由|要由")}


# A cue that puts the choice off until the options are weighed ("before saying which I'd choose"): it points to no
# next sentence.
DEFERS = {"en": re.compile(r"\bbefore (?:saying|I say|deciding|I decide|choosing|picking|giving)\b", _I),
          "zh": re.compile(r"(?:再说|再谈|再给出|再下)(?:我的)?(?:选择|结论|判断|看法)")}
