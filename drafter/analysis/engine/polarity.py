"""Polarity of one clause relative to a yes/no question: affirm, deny or mixed, by negation parity and lexicons.

Negations are counted after fixed expressions that only look negative (不仅, 无人机, "no doubt") are
neutralised, so that double negations (没有理由认为…不…, "not unlikely", "I wouldn't say no") come out positive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.analysis.engine.lean import AGAINST_Q
from drafter.analysis.engine.numbers import figures, is_reference
from drafter.analysis.engine.signals import asks_what_to_do, question_proposal, signal
from drafter.analysis.engine.terms import terms
from drafter.analysis.lexicons.cues import HEDGE, faster

_I = re.IGNORECASE
_MARKUP = re.compile(r"^[\s*#>•·_~`\-]+|[\s*_~`]+$")
# Softeners before a bare answer ('基本上会', '大概不会'): they do not change its direction.
_ZH_SOFT = re.compile(r"^(?:基本上|大体上|总体上|大概(?!率)|大致|或许|也许|我想|我看(?![不到见过了着])|应该说|可以说"
                      r"|原则上|理论上|多半"
                      r"|十有八九|八九不离十|恐怕(?!不)|估计|想必|看来|看样子)+")
# A statement about the odds ("这种可能性很小", "the odds are against it"), a verdict on the proposal ("不是个好办法",
# "a bad idea", 不至于) or a surprise ("I'd be amazed if…") is about the question by nature.
LIKELIHOOD = re.compile(r"可能性|概率|希望|想象|不至于|[谈称算]不上|多余|这[么样](?:认为|看|说|做|办)"
                         r"|好(?:主意|办法|做法)|值得|可取|必要|\breason to (?:expect|think|believe)\b|\bidea\b"
                         r"|\bsense\b|\bworth\b"
                         r"|\bodds\b|\bchances?\b|\blikel|\bprobab|\bsurprised\b|\bamazed\b|\bastonished\b|\bshocked\b"
                         r"|\bstunned\b|\bhard to (?:believe|imagine)\b|\blong way (?:off|from)\b", re.IGNORECASE)
# A negator inside a word of the question: after a content character and before another (青黄不接, 入不敷出).
_ZH_FUNCTION = set("是否会能应该也都还并就而可要我你他她它们的了着过很太更最再又已曾将绝从决毫一请")
_ZH_INNER_NEG = re.compile(r"(?<=[\u4e00-\u9fff])(?<![" + "".join(sorted(_ZH_FUNCTION)) + r"])([不没无非未])"
                           r"(?=[\u4e00-\u9fff])")
_EN_INNER_NEG = re.compile(r"\b(?:no|non|not)-[a-z][a-z-]*", re.IGNORECASE)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_QUOTED = re.compile(r"“[^”]{0,40}”|「[^」]{0,40}」|\"[^\"]{0,40}\"|‘[^’]{0,40}’")
# A quoted judgment the answer adopts as its own ('我偏向"尚未有效遏制"这个判断', 'I lean towards the "not yet"
# view'; or what is left of it once the view marker is taken off: '"尚未有效遏制"这个判断') is what it says, not a
# mention of someone else's words: its quotation marks are dropped, its words kept.
_ADOPTED = {
    "zh": re.compile(r"((?:偏向|倾向于?|同意|认同|赞同|支持|选择)[^。，,；;“「\"‘]{0,4}|^)"
                     r"[“「\"‘]([^”」\"’]{1,40})[”」\"’]((?:这个|这一|这种|的)?(?:判断|看法|观点|结论|说法|立场|答案))"),
    "en": re.compile(r"((?:lean(?:s|ing)? (?:towards?|to)|agree with|side with|go with|come down on) the |^the )[\"“‘']"
                     r"([^\"”’']{1,40})[\"”’'] ((?:view|side|camp|position|answer|judg(?:e)?ment|reading))\b", re.I),
}
# "No reason to wait", 看不出理由再拖: refusing to delay is a yes (two negatives, one of them in the verb); so is "no
# reason not to" (找不到不…的理由).
_NO_DELAY = {
    "zh": r"(?:没有|看不出|找不到|想不出|并无|毫无)[^。，,；;]{0,12}理由[^。，,；;]{0,6}(?:再|继续|一直)?(?:拖|等"
          r"|推迟|延后|观望|犹豫|迟疑|搁置)"
          r"|(?:不能|不该|不应该?|不宜)再(?:拖|等|观望|犹豫)|宜早不宜迟|(?<![不没])早(?:就)?(?:该|应该|应当)"
          # '我找不到不在全行业强制配备的充分理由': no reason not to, a yes
          r"|(?:找不到|没有|看不出|想不出)不(?=[^。，,；;]{1,24}理由)",
    "en": r"\bno (?:good |real |valid |sound |compelling )?(?:reason|excuse|case) (?:to|for) (?:wait|delay|hold off"
          r"|hesitat|postpon|put(?:ting)? (?:it|this) off)\w*|\b(?:long|well) overdue\b"
          # "I think they're overdue" (md-tune36): a measure said to be late is one the answer wants
          r"|\b(?:is|are|(?:it|they|that)(?:'s|’s|'re|’re)|feels?|seems?|looks?)\s+(?:\w+\s+)?overdue\b"
          r"|\bcan(?:'t|not|’t) (?:afford"
          r" to )?wait\b|\bshould have (?:happened|been done) (?:long ago|years ago|already)\b"
          # "I can't find a convincing reason not to require it": no case against, a yes
          r"|\b(?:no|can(?:'t|not|’t) (?:find|see|think of)(?: a| any)?)(?: \w+)? reason not to\b",
}
# "It would be hard to argue that X would not…": two negatives, so its negators do not count, and it says yes
_HARD_TO_ARGUE_NOT = (r"\b(?:hard|difficult) to argue (?:that )?(?:\w+ ){0,5}?(?:is|are|would|will|does|do)"
                      r"(?:n't|n’t| not)\b")
_NEUTRAL = {
    "zh": re.compile(
        r"不仅|不只|不但|不光|不断|不少|不过|不管(?!用)|不论|不错|不同|不久|不妨|不禁|不免|不得不|毫不|不一样|差不多|不小"
        r"|无论|无疑"
        r"|毫无疑问|无人机|无人驾驶|无人|无线|非常|并非不|未来|未成年|没错|无数|不可否认|不能否认|无可否认|不容忽视"
        r"|不可或缺"
        r"|无可替代|莫过于|不亚于|不外乎|无非|不惜|不停|不时|非得|无一例外|不言而喻|不容置疑|不可避免|无法避免"
        r"|难以避免|必不可少"
        r"|缺一不可|不可少|不可逆转|势不可挡|不止|不计其数|不约而同|不遗余力|不折不扣|不失为|不在少数|是否|能否|可否"
        r"|与否|否则"
        r"|要不要|会不会|能不能|是不是|该不该|有没有|不可思议|(?:很难|难以)想象(?![^。，,；;]{0,15}[不没])|不再是|不得了|了不起"
        r"|非洲|除非|非凡|未尝不|(?:并|也)?不反对|不无道理|(?:很难|难以)避免|避免不了|在所难免|非机动车|(?<!并)不如"
        r"|而不是|而非|(?:并|也)?不影响|不足之处|(?<=[这些其的])不足(?![\d一二三四五六七八九十两半百千万])"
        r"|(?:几乎|并|也|基本)?没有(?:什么)?(?:损失|坏处|害处|副作用)"
        r"|无关紧要"
        r"|应该说|可以说|需要(?:先|首先)?(?:指出|注意|说明|强调|提醒|澄清)|值得注意|值得一提"
        r"|瑕不掩瑜|(?:不能|不得|不可)不承认"
        r"|屡教不改|屡禁不止|" + _NO_DELAY["zh"]),
    "en": re.compile(
        r"\bno doubt\b|\b(?:hard|difficult) not to\b|\bno question\b|\bnot only\b|\bnot just\b|\bno matter\b"
        r"|\bnothing but\b|\bnot least\b"
        r"|\bno less\b"
        r"|\bnone the less\b|\bnot to mention\b|\bno wonder\b|\bwhether or not\b|\bor not\b|\bif not\b|\bno surprise\b"
        r"|\bcan(?:'t|not|’t) help but\b|\bnot surprisingly\b|\bno shortage\b|\bno small\b|\bthere(?:'s"
        r"| is) no denying\b"
        r"|\bmore likely than not\b|\bbetter than even\b|\bhard to argue (?:against|with)\b"
        # "It would be hard to argue this isn't worth doing": two negatives, a yes
        r"|" + _HARD_TO_ARGUE_NOT +
        # "sitting beside a parent should not depend on which airline you picked": a guarantee, not a no
        r"|\bshould(?:n't|n’t| not) (?:depend|hinge|rely) on\b|\bshould(?:n't|n’t| not) be left to (?:chance|luck)\b"
        r"|\bcan(?:'t|not"
        r"|’t) argue with\b"
        # 'costs schools almost nothing', 'at next to no cost' (md-tune31): cheap, a point for it, not a no
        r"|\bcosts?\s+(?:\w+\s+){0,2}?(?:almost|next\s+to|virtually|practically|little\s+or)\s+nothing\b"
        r"|\bat\s+(?:almost|next\s+to|virtually|practically)\s+no\s+cost\b"
        r"|\bwithout (?:a |any )?doubt\b|\bnot (?:a )?bad (?:idea|move|policy|call|thing)\b|\bnot (?:opposed"
        r"|against)\b|\bwould(?:n't|n’t| not) bet against\b|\bno two ways about it\b|\bno[- ]brainer\b"
        # "Sure, why not?"; a negation inside a clause about people ("students who have no interest in…")
        r"|(?:\b(?:who|whose)|,\s*where)\b[^,.;:]{0,30}?(?:\bnot\b|n't\b|n’t\b|\bno\b|\bnever\b|\bbarely\b"
        r"|\bhardly\b)"
        # '…should be obliged to accept pets unless they can point to a reason not to': a negation in the exception
        r"|\bunless\b[^,.;:]{0,60}?(?:\bnot\b|n't\b|n’t\b|\bno\b)|"
        + _NO_DELAY["en"], _I),
}
_NEGATOR = {
    "zh": re.compile(r"没有|尚未|并未|绝非|毫无|无法|难以|很难|难说|未|没|不|无|非|别|否|被?夸大|被?高估|言过其实"
                     r"|杞人忧天|过虑"
                     r"|危言耸听|站不住脚|多余|可能性(?:很|极|非常|相当)?(?:小|低)|可能性不大|概率(?:很|极|非常)?(?:小|低)"
                     r"|希望(?:渺茫|不大)|天方夜谭"),
    "en": re.compile(
        r"\bnot\b|n't\b|n’t\b|\bno\b|\bnever\b|\bnone\b|\bnobody\b|\bnothing\b|\bneither\b|\bnor\b|\bcannot\b"
        r"|\bhardly\b"
        r"|\bbarely\b|\bscarcely\b|\bnowhere\b|\bunlikely\b|\bimprobable\b|\bdoubt(?:ful|s)?\b|\bimpossible\b"
        r"|\bfar from\b"
        # 'It would be wrong to say a register isn't worth having' (md-tune20): the saying is denied
        r"|\b(?:would be|it(?:'s|’s| is)|is) (?:wrong|a mistake|unfair|inaccurate|misleading) to (?:say|claim|conclude"
        r"|argue|suggest)\b"
        r"|\bbelow even\b|\bless than even\b|\blong odds\b|\blong shot\b|\blittle (?:chance|reason|sign|evidence)\b"
        r"|\bbad (?:idea|move|policy|call)\b|\bmistake\b"
        r"|\b(?:I(?:'m|’m| am)|we(?:'re|’re| are)) (?:strongly |firmly |dead )?against\b|\bno chance\b"
        r"|\bremote (?:chance|possibility|prospect)\b|\bslim (?:chance|odds|prospect)|\boppose[ds]?\b|\bvote against\b"
        r"|\bodds are (?:stacked )?against\b|\bsk?c?eptical\b|\ba stretch\b|\bfar-fetched\b|\bwishful thinking\b"
        r"|\bpipe dream\b|\bdisagree\b|\breject\b|\boverstated\b|\bexaggerated\b|\boverblown\b|\bmyth\b"
        r"|\ba long way (?:off|from)\b"
        r"|\bI(?:'d| would|’d) be (?:very |quite |genuinely |really )?(?:surprised|amazed|astonished|shocked|stunned)\b"
        r"|\bhard to (?:believe|imagine|see|say)\b|\bunrealistic\b|\bunachievable\b|\bunattainable\b|\binfeasible\b"
        r"|\bout of reach\b|\bunnecessary\b|\bunjustified\b|\bunwarranted\b|\bunwise\b"
        # "is not unreasonable — in fact, I'd go further" (md-tune36): the 'not' undoes a judgement against
        r"|\bunreasonable\b|\bunworkable\b|\bimpractical\b|\bdisproportionate\b"
        r"|\b(?:was|were|is|are) wrong to\b|\bunfounded\b|\bmisplaced\b"
        r"|\bunmanageable\b|\binsurmountable\b|\bunsolvable\b|\bunfixable\b"
        # 'a blanket ban goes further than I think is warranted' (md-tune24): more than is needed is a no
        r"|\bgo(?:es|ing)? further than\b[^.;]{0,30}\b(?:warranted|necessary|needed|justified)\b"
        r"|\ba step too far\b", _I),
}
# 'The objections are overstated', 'the feared price rises don't appear', 这些质疑站不住脚: asked whether to do
# something, denying the case against it, or the effects feared from it, is a yes. Fears and worries (这种担心是多余的)
# may be about the thing itself: denied, they answer yes to adopting it; about a ban, the plain negation reads them.
_CASE_AGAINST_DENIED = {
    "en": re.compile(r"\b(?P<manageable>(?:drawbacks|downsides|risks|costs|problems) (?:are|seem) (?:real|genuine)"
                     r"(?:,)? but (?:manageable|surmountable|modest|small|solvable|fixable))\b"
                     r"|\b(?:(?P<objection>objections?|criticisms?)|concerns?|fears?|worries)\b[^.;]{0,40}?\b"
                     r"(?:overstated|exaggerated|overblown|unfounded|misplaced)\b|\b(?P<effect>feared|predicted"
                     r"|warned-of)\b[^.;,]{0,40}?(?:n't|n’t|\bnot|\bnever)\s+(?:appear|materiali[sz]e|happen|arrive|come"
                     r"|show)\w*", _I),
    "zh": re.compile(r"(?:(?P<objection>质疑|反对意见|批评)|担忧|担心|顾虑)[^。，,；;]{0,8}?"
                     r"(?:被?夸大|言过其实|过虑|站不住脚|多余)"
                     # '强制公示成本不高': the cost of doing it, denied, is a point for doing it
                     r"|(?P<manageable>(?:成本|代价|负担|难度)(?:并|也|其实)?不(?:高|大|重))"),
}
_WHY_NOT = re.compile(r"\s*why not\b", _I)
# Hedged "no" (未必, "not necessarily"): a deny, but weaker than a plain no.
WEAK_DENY = {
    "zh": re.compile(r"未必|不一定|不见得|不尽然|恐怕不|怕是不|持保留(?:意见|态度)"),
    "en": re.compile(r"\bnot necessarily\b|\bnot really\b|\bprobably not\b|\bmaybe not\b|\bperhaps not\b"
                     r"|\bnot quite\b", _I),
}
# "The answer is yes", "the evidence points to no": the stance word after a pointer.
_POINTS_TO = re.compile(r"\b(?:answer is|points? to|leans? towards?|tilts? towards?|comes? down on the side of|lean"
                        r"|inclined to say|tempted to say)\s+"
                        r"(?:a\s+)?(?:clear\s+|qualified\s+|cautious\s+|firm\s+)?[\"'“‘]?(yes|no)\b", _I)
_AFFIRM = {
    "zh": re.compile(
        r"^(?:是的?|对的?|会的?|能的?|有的?|行)(?=[，。！、,.!；;：:…]|$)"
        r"|^(?:没错|当然|肯定|确实|可以|应该|应当|理应|理当|需要|必须|值得(?!一提|注意|关注|深入|探讨|思考|商榷|讨论|研究|警惕)|存在"
        r"|(?:同意|赞成|支持)(?![^，。]{0,8}?(?:的理由|的一方|的观点|的声音|者|方))"
        r"|恐怕会|很可能|大概率|是这样"
        r"|有必要|必要)"
        r"|必要|大势所趋|必然|势在必行|不可避免|大概率|很可能|极有可能|有望|利大于弊|肯定会|一定会|毋庸置疑|毫无疑问"
        r"|无疑|有可能|可能性(?:很|非常|相当|极)?大|概率(?:很|非常|相当|极)?高"
        # double negatives that affirm: 未尝不可, 很难避免, 很难想象…不…, 很难说不会
        r"|未尝不(?:可|是)|不无道理|瑕不掩瑜|(?:很难|难以|无法)避免|避免不了|在所难免|(?:很难|难以)想象[^。，,；;]{0,15}[不没]"
        r"|(?:很难|不好|难)说[^。，,；;]{0,12}[不没]|不能说[^。，,；;]{0,6}[不没]|没有?理由不"
        r"|有(?:这个|这种|一定|很大|较大|不小)?(?:的)?可能(?!性)|好(?:主意|办法|做法|事)|可取|值得(?!一提|注意|关注|深入|探讨|思考|商榷|讨论|研究|警惕)|(?:并|也)?不反对"
        r"|是成功的|(?:已经|基本)?(?:奏效|见效|达到了?(?:预期|目的|目标))"
        # '一种说得通的选择', '它总体上是正当的', '计入是站得住的': a verdict that the thing holds up
        r"|说得通|讲得通|站得住(?!脚)|站得住脚|(?<![不非])正当(?:的|合理)|(?:整体|总体|总的来说|算下来)?划算"
        # '我认为在相当程度上确实构成了人才资源的浪费': indeed is, said of the question's claim
        r"|确实(?:是|构成了?|属于|造成了?|存在)"
        # '我认为取消挂钩是正确的方向', '是合理的改革' (md-tune20): the verdict that it is the right step
        r"|是(?:正确|合理|明智|对)的(?:方向|做法|选择|决定|改革|举措|一步)"
        # 'should do it': the modal with a verb that only points back at the proposal
        r"|(?:应该|应当|必须|需要|可以|要)(?:尽快|大胆|积极|逐步)?(?:推行|实施|推广|试行|试点|这么做|这样做|落实|引入|推进)"
        # a short clause that ends on the question's own verb ('东部会', '短期能') answers yes for its part
        r"|^[\u4e00-\u9fff]{1,6}(?:会|能|可以|应该|是这样)(?:的|了)?$|" + _NO_DELAY["zh"]),
    "en": re.compile(
        r"^(?:yes|yeah|yep|absolutely|definitely|certainly|indeed|of course|sure|correct|true|right|i agree|agreed"
        r"|why not|without (?:a |any )?(?:doubt|question)|unquestionably|undoubtedly|obviously|naturally|totally"
        r"|for sure|you bet|by all means)"
        r"(?=\s*(?:[,.!?;:—–-]|$))"
        r"|\b(?:likely|probably|more likely than not|better than even|(?:good|strong|real|decent|fair|high) chance"
        r"|inevitable|bound to|clearly"
        r"|undoubtedly|certainly|definitely|absolutely|i'd say so|i think so|hard to argue (?:against|with)|possibly"
        r"|achievable|attainable|feasible|(?<!more )(?<!most )realistic|within reach|doable|on track"
        r"|\b(?:is|are|would be|seems)\s+(?:fully\s+|entirely\s+|clearly\s+)?(?:justified|warranted)\b"
        r"|it(?:'s| is) possible"
        r"|can(?:'t|not|’t) argue with|could well|may well|might well|a real (?:risk|chance|possibility)"
        r"|(?:think|believe|expect|suspect|guess|reckon|imagine|hope) so|good (?:idea|move|policy|call|thing)"
        r"|worth (?:it|trying|doing|a try|the cost|pursuing)|makes? (?:good )?sense|sensible|in favou?r|all for it"
        r"|not (?:a )?bad (?:idea|move|policy|call|thing)|not (?:opposed|against)"
        r"|would(?:n't|n’t| not) bet against"
        r"|(?:should|must|ought to|need to) (?:definitely |really |probably |still )?(?:do (?:it|so|this|that)|go ahead"
        r"|follow(?: suit| their lead)?"
        r"|go for it|adopt (?:it|one|them)|introduce (?:it|one|them)|try (?:it|one))"
        r")\b"
        # double negatives that affirm: "I'd be amazed if none did", "hard to believe it won't"
        r"|\b(?:surprised|amazed|astonished|shocked|stunned) if\b[^.;,]{0,40}?(?:\bnot\b|n't\b|n’t\b|\bnone\b"
        r"|\bnever\b|\bno\b|\bnothing\b|\bnobody\b)"
        r"|\bhard to (?:believe|imagine|see|say)\b[^.;,]{0,40}?(?:\bnot\b|n't\b|n’t\b|\bnone\b|\bnever\b)"
        r"|\b(?:hard|difficult) not to (?:conclude|agree|think|see|support|believe|accept)\b"
        # 'It would be hard to argue that couples would not end up paying more' (md-tune31): two negatives, a yes
        r"|" + _HARD_TO_ARGUE_NOT + r"|"
        + _NO_DELAY["en"], _I),
}
# A short clause that opens on a modal ("会扩大", "能做到"): said back with the question's verb, a bare yes.
_ZH_MODAL = re.compile(r"^(?:会|能|将|应该|应当|可以)(?!不)")
# An answer verb that echoes the question's own verb ("They do", "It will", "会的", "能"): a bare yes.
_BARE_AUX = re.compile(r"^(?:(?:they|it|we|he|she|i|you|that|this|there|these|those)(?:'s|’s)?\s+)?(?:do|does|did|will"
                       r"|would"
                       r"|can|could|should|is|are|was|were|has|have|had|must|might|may)\b", _I)
_ANTONYMS_ZH = [("利大于弊", "弊大于利"), ("扩大", "缩小"), ("提高", "降低"), ("上升", "下降"), ("增加", "减少"),
                ("增长", "下降"), ("加快", "放缓"), ("支持", "反对"), ("赞成", "反对"), ("好转", "恶化"),
                ("领先", "落后"), ("多数", "少数"), ("继续", "结束"), ("继续", "停止"), ("继续", "取消"),
                ("保留", "取消"), ("取消", "保留"),
                ("利好", "利空"), ("有效", "无效"), ("普及", "小众"), ("见底", "下跌"), ("禁止", "允许"),
                ("禁止", "放开")]
_ANTONYMS_EN = [("lower", "rais"), ("lower", "rise"), ("lower", "rose"), ("rais", "lower"), ("rise", "fall"),
                ("increas", "decreas"), ("increas", "reduc"), ("more", "fewer"), ("more", "less"), ("better", "worse"),
                ("help", "hurt"), ("expand", "shrink"), ("gain", "los"), ("benefit", "harm"), ("improv", "worsen"),
                ("majorit", "minorit")]


# The long alternations with a word boundary factored out (see lexicon.faster).
LIKELIHOOD = faster(LIKELIHOOD)
for _table in (_NEUTRAL, _NEGATOR, _AFFIRM, WEAK_DENY):
    _table["en"] = faster(_table["en"])


@dataclass(frozen=True)
class Polarity:
    """A clause's position: label, and whether a word said it (False: inferred from restating the question)."""

    label: str
    explicit: bool


def strip_markup(clause: str) -> str:
    """A clause without Markdown emphasis, bullets and heading marks around it ('**是的。**', '- Yes')."""
    return _MARKUP.sub("", clause).strip()


def _clean(clause: str, lang: str) -> str:
    """Drop quoted mentions and expressions that only look negative."""
    text = _QUOTED.sub(" ", _ADOPTED[lang].sub(r"\1\2\3" if lang == "zh" else r"\1\2 \3", clause))
    if lang == "en" and _WHY_NOT.match(text):  # kept out of _NEUTRAL: an anchored branch there slows every search
        text = _WHY_NOT.sub("＿", text, count=1)
    return _NEUTRAL[lang].sub("＿", text)


@lru_cache(maxsize=256)
def own_negative_terms(question: str) -> tuple[str, ...]:
    """Words of the question that hold a negator inside them (青黄不接, 供不应求, 'no-fault'): naming the
    question's own term is not a negation, so an answer that repeats it keeps its direction."""
    out: list[str] = []
    for m in _ZH_INNER_NEG.finditer(question):
        i = m.start(1)
        if i >= 2 and _HAN.fullmatch(question[i - 2]) and question[i - 2] not in _ZH_FUNCTION:
            out.append(question[i - 2: i + 2])
        out.append(question[i - 1: i + 2])
        if i + 2 < len(question) and not _HAN.fullmatch(question[i + 2]):
            out.append(question[i: i + 2])  # '禁止未满16周岁…': the word is 未满, whatever comes before it
        if i + 2 < len(question) and _HAN.fullmatch(question[i + 2]):
            out.append(question[i - 1: i + 3])  # 入不敷出, 供不应求
    out += [m.group() for m in _EN_INNER_NEG.finditer(question)]
    # '对非洲', '非常': words that only look negative are no idiom to protect
    out = [t for t in out if _NEGATOR["zh" if _HAN.search(t) else "en"].search(_clean(t, "zh" if _HAN.search(t)
                                                                                     else "en"))]
    return tuple(sorted(set(out), key=len, reverse=True))


_NOT_THE_ONLY = re.compile(r"(?:并|也)?不是唯一的?|\bnot the only\b|\bisn(?:'|’)t the only\b", re.IGNORECASE)
_NOBODY_LEFT_OUT = re.compile(r"\b(?:ensures?|ensuring|makes? sure|guarantees?)\s+(?:that\s+)?"
                              r"(?:nobody|no one|no-one)\b", re.IGNORECASE)
_REPEATED_NO = re.compile(r"\bno\b\s*[,—–-]+\s*(?=not\b|never\b)|^不[，,、\s]+(?=不|没)", re.IGNORECASE)


@lru_cache(maxsize=256)
def _asked_bounds(question: str) -> tuple[tuple[str, float, str], ...]:
    """The thresholds a question sets ('less than $100 a month', 'by 2030', '超过1万亿'): unit, figure, side."""
    return tuple((f.unit, f.edge, f.side) for f in figures(question) if f.bound)


def _threshold(clause: str, question: str) -> tuple[str, int]:
    """The clause with its figures about the question's thresholds set aside, and how many of them sit on the
    other side: 'costs will remain above $100' or 'around $150' to '…less than $100?' says no, 'no more than $100'
    says yes though it holds a 'no'. A figure the clause only compares against is no claim."""
    asked = _asked_bounds(question) if question else ()
    if not asked:
        return clause, 0
    flips = 0
    for f in figures(clause):
        if not f.text or is_reference(clause, f):
            continue
        same = [(edge, side) for unit, edge, side in asked if unit == f.unit]
        if f.side:
            sides = {side for edge, side in same if abs(edge - f.edge) <= 0.01 * max(abs(edge), 1.0)}
            beyond = bool(sides) and f.side not in sides
        else:
            sides = {side for edge, side in same if (f.low > edge if side == "below" else f.high < edge)}
            beyond = bool(sides)
        if sides:
            clause = clause.replace(f.text, "＿", 1)
            flips += beyond
    return clause, flips


_KEPT_FROM = re.compile(r"\b(?:stop|stops|prevent|prevents|keep|keeps|bar|bars|stopping|preventing)\b[^.?]{0,40}?"
                        r"\bfrom\s+([a-z]{3,}?)e?ing\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def _prevented(question: str) -> str:
    """The stem of the act a question's proposal prevents ('stop the car from exceeding' -> 'exceed'), or ''."""
    m = _KEPT_FROM.search(question)
    return re.escape(m.group(1).lower()) if m else ""


# 'The size varies, but the direction doesn't:': a negation of the verb just said, about something the question does
# not ask about (said of the question's own subject, 'but the ban won't', it answers)
_ELLIPTICAL = re.compile(r"(?:\b(?:but|while|whereas)\s+|^\s*)the\s+(?P<subject>[a-z]+)\s+"
                         r"(?:does|do|did|is|are|was|will|would|has|have)(?:n't|n’t|\s+not)(?=\s*(?:[:;,.—–]|$))",
                         re.IGNORECASE)


def negations(clause: str, lang: str, question: str = "") -> int:
    """Negations in a clause, plus antonyms of the question's own verb (弊大于利 against 利大于弊) and figures on
    the other side of the question's threshold; a negator inside one of the question's own terms does not count."""
    clause, flips = _threshold(clause, question)
    text = _REPEATED_NO.sub("", _clean(clause, lang))  # "No — not yet", "不，不会": one no, said twice
    text = _NOBODY_LEFT_OUT.sub("", text)  # 'a rule that ensures nobody is shut out': a protection, not a no
    text = _NOT_THE_ONLY.sub("", text)  # '它不是唯一原因，却显著降低了门槛': one cause among others, not a no
    for term in own_negative_terms(question) if question else ():
        if term in text:
            text = text.replace(term, "＿")
    if lang == "en" and question and (kept_from := _prevented(question)):
        # '…limiters that stop the car from exceeding the limit?': 'drivers must not exceed the limit' states the
        # proposal's aim, not a no
        text = re.sub(rf"\b(?:not|never|n't|n’t)\s+(?:\w+\s+)?{kept_from}\w*", "＿", text, flags=re.IGNORECASE)
    if lang == "en" and question:
        text = _ELLIPTICAL.sub(lambda m: m.group() if terms(m.group("subject")) & terms(question) else "＿", text)
    count = len(_NEGATOR[lang].findall(text)) - _parallel_negations(text, lang)
    low, qlow = text.lower(), question.lower()
    pairs = _ANTONYMS_ZH if lang == "zh" else _ANTONYMS_EN
    count += sum(1 for a, b in pairs if a in qlow and b in low and a not in low and b not in qlow)
    return count + flips


# A negation joined to an earlier one ("不需要、也不应该分摊", "既不应该也没必要", "neither needed nor fair", "we do not
# need to, and should not, charge them"): the same no said twice over parallel predicates, not a double negative.
# Each side must hold that one negation only: "不是不应该，也不是不可以" joins two double negatives.
_PARALLEL_JOIN = {
    "zh": re.compile(r"[、，,]?\s*(?:也|亦|又|更)(?=[不没无未])"),
    "en": re.compile(r"\bnor\b|,?\s+and\s+(?:\w+\s+)?(?=not\b|never\b)", _I),
}
_CONJUNCT_END = {"zh": re.compile(r"[，。；;：:]"), "en": re.compile(r"[.;:]|,\s+(?:but|so|because)\b", _I)}


def _parallel_negations(text: str, lang: str) -> int:
    """How many negations in the text only repeat the one just before over a parallel predicate."""
    found = 0
    for join in _PARALLEL_JOIN[lang].finditer(text):
        before = _CONJUNCT_END[lang].split(text[:join.start()])[-1]
        after = _CONJUNCT_END[lang].split(text[join.end():])[0]
        if lang == "en" and join.group().lower() == "nor":
            after = "not " + after  # 'nor' is the second negation itself
        if len(_NEGATOR[lang].findall(before)) == 1 and len(_NEGATOR[lang].findall(after)) == 1:
            found += 1
    return found


def echo(clause: str, qterms: set[str]) -> float:
    """How much of the question a clause restates (share of its content terms)."""
    if not qterms:
        return 0.0
    return len(qterms & terms(clause)) / len(qterms)


# A clause that opens with a bare answer word and a break: "Yes — …", "No, …", "是的，…", "不，…".
LEADING_ANSWER = {
    # "My view is that yes, …": the answer word may follow the 'that' of the view that introduces it
    "en": re.compile(r"^\W*(?:that\s+)?(yes|yeah|yep|absolutely|definitely|no|nope|not at all)\s*[—–:;,.!]",
                     re.IGNORECASE),
    # "当然，如果…再讨论也不迟": a concession that opens a condition, not the answer word "of course"
    "zh": re.compile(r"^\W*(是的|对|没错|当然(?![，,]\s*(?:如果|假如|若|要是|倘若|前提))|不|不是|没有)"
                     r"\s*[，,。！!：:；;—]"),
}
NO_WORDS = {"no", "nope", "not at all", "不", "不是", "没有"}
OPPOSITE = {"affirm": "deny", "deny": "affirm"}


def answer_word(word: str) -> Polarity:
    """The position an answer word gives ('No', '不是', 'Yes', '对')."""
    return Polarity("deny" if word.lower() in NO_WORDS else "affirm", True)
# Odds compared between two cases ("more likely to arrive later than in the next two years", "与其说会…不如说…"):
# which case is the question's needs more than the words of the clause.
_COMPARED_ODDS = {
    "en": re.compile(r"\b(?:more|less) likely\b(?! than not)[^.;]{1,80}?\bthan\b", re.IGNORECASE),
    "zh": re.compile(r"(?:可能性|概率)(?:更|要)?(?:大|高|小|低)于|比起[^。；]{1,30}更(?:可能|有可能)"),
}


def polarity(clause: str, lang: str, qterms: set[str], question: str = "", *, strict: bool = False) -> Polarity | None:
    """The clause's position; `strict` asks for a stance word (no inferring from a restated question)."""
    clause = strip_markup(clause)
    if lang == "en":  # "I wouldn't say no to binding limits": the idiom's two negatives are a yes, not 'say no to'
        clause = _SAY_NO_DENIED.sub(r"\1 would back", clause)
        if (reason := _BECAUSE.search(clause)) and _JUDGED.search(clause[: reason.start()]):
            # "A cap is justified because buyers cannot compare prices" (md-tune37): the negation is in the reason
            # given for the judgement, not in the judgement
            clause = clause[: reason.start()]
    if lang == "zh":
        clause = _ZH_SOFT.sub("", clause)
        if _ZH_META_LEAD.fullmatch(clause.strip()):
            return None  # '需要先说明：…' announces a caveat; its 需要 is no 'yes, it is needed'
        if (rejected := _ZH_REJECTED.match(clause)) and (turned := polarity(
                clause[rejected.end():], lang, qterms, question, strict=strict)) and turned.label in OPPOSITE:
            # '…，而不是变相不放开': what it rejects, turned round
            return Polarity(OPPOSITE[turned.label], turned.explicit)
    if HEDGE[lang].search(clause):
        return Polarity("mixed", True)
    if _NO_CURE_ALL[lang].search(clause):
        return None  # "It will not fix the underlying contract", '不能替代改革': a limit conceded, not a side taken
    if _COMPARED_ODDS[lang].search(clause):
        return None  # 'more likely around 2030 than in the next two years': odds weighed between two cases
    if said := LEADING_ANSWER[lang].match(clause):
        # "Yes — for a saver with no high-interest debt, …": the answer word decides, not a 'no' in its condition
        return answer_word(said.group(1))
    if pointed := _POINTS_TO.search(clause):
        return Polarity("affirm" if pointed.group(1).lower() == "yes" else "deny", True)
    if WEAK_DENY[lang].search(_clean(clause, lang)):
        return Polarity("deny", True)
    if lang == "en" and question_proposal(question) == "neg" and _NOT_ALLOWED.search(clause) and mentions_question(
            clause, qterms):
        # 'Under-16s shouldn't be able to buy these drinks' to 'Should the sale … be banned?': the ban, said
        return Polarity("affirm", True)
    if lang == "zh" and _ZH_BAN_Q.search(question) and (backed := _ZH_NOT_ALLOWED.search(clause)) and not re.search(
            r"[不没非无未]", clause[: backed.start()]) and mentions_question(clause, qterms):
        # '有充分的理由不让个人随意采摘' to '禁止采摘的禁令合理吗': the ban, backed ('谈不上应该禁止' negates it)
        return Polarity("affirm", True)
    if found := signal_polarity(clause, lang, question, qterms):  # "I'd scrap it", "count me in", "a misguided idea"
        return found
    if found := case_against_denied(clause, lang, question):
        return found
    neg = negations(clause, lang, question)
    if neg:
        if strict and neg % 2 == 0 and not _AFFIRM[lang].search(clause) and not bare_answer(clause, lang):
            return None
        about = (mentions_question(clause, qterms) or bare_answer(clause, lang) or LIKELIHOOD.search(clause)
                 or any(t in clause for t in own_negative_terms(question)))
        if strict and not about:
            return None
        return Polarity("deny" if neg % 2 else "affirm", True)
    if lang == "zh" and (have := _ZH_HAVE.search(clause)) and have.group() in question:
        return Polarity("affirm", True)  # '总体上是有利的' to '…有利吗': the question's own 有X, said back
    if (said := _affirmed(clause.strip(), lang, qterms, question)) and not _other_modal(said.group(), lang, question):
        return Polarity("affirm", True)
    if question and any(t in clause for t in own_negative_terms(question)):
        return Polarity("affirm", False)  # '供不应求的局面已经出现了': the question's own idiom, not negated
    if strict:
        return None
    if (echo(clause, qterms) >= 0.2 and not _object_only(clause, lang, question)) or (
            lang == "en" and _BARE_AUX.match(clause.strip()) and _short(clause)) or (
            lang == "zh" and _ZH_MODAL.match(clause) and bare_answer(clause, lang)
            and mentions_question(clause, qterms)):
        return Polarity("affirm", False)  # '会扩大': the question's own modal and verb, said back
    return None


def case_against_denied(text: str, lang: str, question: str) -> Polarity | None:
    """Yes when a clause or span asked about a proposal denies the case against it ('The retail concern, in
    particular, tends to be overstated'); None when it does not."""
    denied = _CASE_AGAINST_DENIED[lang].search(text)
    if not denied or not asks_what_to_do(question, lang) or not (
            denied.group("objection") or denied.groupdict().get("effect") or not AGAINST_Q[lang].search(question)):
        return None
    if denied.groupdict().get("manageable"):
        return Polarity("affirm", True)  # 'real but manageable': granted, then set aside
    # the word that denies the objection is one negation; another ('not unfounded') restores the objection
    return Polarity("affirm" if negations(text, lang, question) % 2 else "deny", True)


def _short(clause: str) -> bool:
    """True for a clause short enough to answer with its verb alone ('They do', 'It will, eventually')."""
    return len(strip_markup(clause).split()) <= 4


_ZH_HAVE = re.compile(r"有(?:利|好处|帮助|必要|效|用|意义|道理)")
_ZH_MODAL_LEAD = re.compile(r"^(?:可以|应该|应当|需要|必须|有必要|必要)$")
_ZH_DEONTIC_Q = re.compile(r"应|该|必须|需要|必要|要不要|值得|可以|可否|允许")  # a question of what should be done


# Asked whether to abolish, ban or scrap something, a clause that names the thing but not its ending
# ('A fairer, decriminalised fee is the better path' to 'Should the licence fee be abolished?') restates no yes.
_ENDING = re.compile(r"\b(?:abolition|abolish\w*|bans?|banned|banning|bar(?:s|red|ring)?|prohibit\w*|forbid\w*"
                     r"|scrap(?!e)\w*|repeal\w*|outlaw\w*|legislat\w*"
                     r"|end(?:s|ed|ing)?|stop\w*|phas\w* out|get(?:ting)? rid|eliminat\w*|remov\w*|ditch\w*)\b",
                     re.IGNORECASE)


def _object_only(clause: str, lang: str, question: str) -> bool:
    """True when the question proposes ending something and the clause names it without its ending."""
    return lang == "en" and question_proposal(question) == "neg" and not _ENDING.search(clause)


_NOT_ALLOWED = re.compile(r"\b(?:shouldn(?:'|’)t|should not|mustn(?:'|’)t|must not)\s+be\s+(?:able|allowed|permitted)"
                          r"\s+to\b", re.IGNORECASE)
# A ban asked about ('禁止市民私自采摘…，这样的禁令合理吗'), and a reason or duty given not to let it happen.
_ZH_BAN_Q = re.compile(r"禁止|禁令|不准|不得|不让")
_ZH_NOT_ALLOWED = re.compile(r"(?:理由|应该|应当|理应|就该|有必要)[^。，,；;\"“”「」]{0,4}"
                             r"(?:不让|不允许|不准|禁止)")
_ODDS = re.compile(r"likely|probably|possibly|(?:good|strong|real|decent|fair|high) chance|bound to|inevitable",
                   re.IGNORECASE)


# "Outlawing it would most likely reduce choice": the odds of a consequence, forecast, not the answer's verdict
_FORECAST_ODDS = re.compile(r"\b(?:would|will|could|may|might)\s+(?:(?:most|very|quite|more|less)\s+)?$", re.IGNORECASE)


def _affirmed(clause: str, lang: str, qterms: set[str], question: str) -> re.Match[str] | None:
    """The first affirming cue of a clause; asked what should be done, an odds word forecasting something is none."""
    for said in _AFFIRM[lang].finditer(clause):
        if not (lang == "en" and _ODDS.fullmatch(said.group()) and asks_what_to_do(question, lang)):
            return said
        if re.search(r"\b(?:yes|no)\b", clause, re.IGNORECASE) or _short(clause):
            return said
        if mentions_question(clause, qterms) and not _FORECAST_ODDS.search(clause[: said.start()]):
            return said
        # 'the debate is likely to run through the charter review' forecasts something else, asked what should be
        # done; 'a ban would most likely reduce choice' forecasts a consequence of it: neither is a yes
    if lang == "zh" and (sound := _SOUND_ZH.search(clause)) and mentions_question(clause[:sound.start()], qterms):
        # '城市提出开放要求是合理的': the proposal, named, judged sound ('这种担心是合理的' names no proposal)
        return sound
    return None


_SOUND_ZH = re.compile(r"是(?:合理|正当|必要|可取|恰当|适当|正确)的(?=[，。；,;！!]|$)")


def _other_modal(word: str, lang: str, question: str) -> bool:
    """True for a modal that opens a clause when the question asks what will happen, not what should be done
    ('需要托育、住房一起发力' to '…能提高生育率吗'): advice about something else, not a bare yes."""
    return bool(lang == "zh" and question and _ZH_MODAL_LEAD.match(word) and not _ZH_DEONTIC_Q.search(question))


# A measure's limits conceded (md-tune36): "it will not fix the underlying contract", "it should not be presented as a
# substitute for reform", "no silver bullet", 不是万能药, 不能替代…改革
_NO_CURE_ALL = {
    "en": re.compile(r"(?:\bnot\b|n't\b|n’t\b)[^.;,]{0,30}\b(?:a |an )?(?:substitute|replacement) for\b"
                     r"|\b(?:is|are|be|was)(?:n't|n’t| not| no) (?:a |an |the )?(?:substitute|replacement|silver bullet"
                     r"|panacea|cure-all|magic (?:bullet|wand)|quick fix)\b"
                     r"|\bno (?:silver bullet|panacea|cure-all|magic (?:bullet|wand)|quick fix|substitute for)\b"
                     r"|\b(?:will|would|does|do|can)(?:n't|n’t| not) (?:by itself |on its own )?"
                     r"(?:fix|solve|cure|address) (?:everything|the (?:underlying|root|wider|bigger|deeper|real"
                     r"|structural))\b", _I),
    "zh": re.compile(r"不是(?:万能药|灵丹妙药|万能的)|(?:不能|无法|不可能)(?:完全)?(?:替代|代替|取代)[^。；;，,]{0,10}"
                     r"(?:改革|投入|根本|治本)|(?:解决|治)不了(?:根本|深层|结构性)"),
}
_ZH_REJECTED = re.compile(r"^\s*而(?:不是|非)")
_ZH_META_LEAD = re.compile(r"^(?:需要|必须|应该|要|得)(?:先|首先|事先|预先)?(?:说明|指出|强调|提醒|澄清|声明)"
                           r"(?:一下|的是)?(?:[：:，,]|$)")
_BECAUSE = re.compile(r"\s+because\b|,\s*since\b", _I)
_JUDGED = re.compile(r"\b(?:is|are|would be|seems?|looks?)\s+(?:\w+\s+)?(?:justified|warranted|sensible|reasonable"
                     r"|right|fair|necessary|needed|worth it|the right (?:call|answer|approach|move|step))\b", _I)
_SAY_NO_DENIED = re.compile(r"\b(I|we)\s+would(?:n't|n’t| not) say no to\b", _I)


def signal_polarity(clause: str, lang: str, question: str, qterms: set[str]) -> Polarity | None:
    """The position a recommendation, prediction, endorsement or verdict states, negators before it counted."""
    if found := signal(clause, lang, question, qterms):
        label, start, end = found
        flips = _local_negations(clause, start, end, lang, question)
        return Polarity(("deny" if label == "affirm" else "affirm") if flips % 2 else label, True)
    return None


_PLAIN_NEG = {"en": re.compile(r"\bnot\b|n't\b|n’t\b|\bnever\b|\bno\b|\bhardly\b", _I),
              "zh": re.compile(r"不|没|未|非")}
_BOUNDARY = re.compile(r".*(?:[,;:—–，；：]|\b(?:and|but|so|because)\b)", re.IGNORECASE | re.DOTALL)


def _local_negations(clause: str, start: int, end: int, lang: str, question: str) -> int:
    """Negators that bear on a signal: in its own clause before it, and plain ones inside it."""
    head = clause[:start]
    cut = _BOUNDARY.match(head)
    head = head[cut.end():] if cut else head
    if lang == "zh":
        head = head[-3:]  # '不会适得其反' flips, '一旦处理不好，可能适得其反' does not
    return negations(head, lang, question) + len(_PLAIN_NEG[lang].findall(clause[start:end]))


def mentions_question(clause: str, qterms: set[str]) -> bool:
    """True when a clause shares at least one content term with the question."""
    return bool(qterms & terms(clause))


def bare_answer(clause: str, lang: str) -> bool:
    """True for a clause short enough to be a bare answer ("不会", "Yes", "They do", "I doubt it")."""
    text = strip_markup(clause).rstrip("。！!.")
    if lang == "zh":
        return len(re.sub(r"[^\u4e00-\u9fff]", "", text)) <= 6
    return len(text.split()) <= 6
