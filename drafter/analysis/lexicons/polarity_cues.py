"""The pattern tables polarity reads a clause by: negators and the fixed expressions that only look negative, affirming
and hedged-denying cues, antonyms of the question's verb, and the regexes for the idioms that turn a clause round."""

from __future__ import annotations

import re

from drafter.analysis.lexicons.cues import faster

_I = re.IGNORECASE

# Softeners before a bare answer ('基本上会', '大概不会'): they do not change its direction.
ZH_SOFT = re.compile(r"^(?:基本上|大体上|总体上|大概(?!率)|大致|或许|也许|我想|我看(?![不到见过了着])|应该说|可以说"
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
ZH_FUNCTION = set("是否会能应该也都还并就而可要我你他她它们的了着过很太更最再又已曾将绝从决毫一请")
ZH_INNER_NEG = re.compile(r"(?<=[\u4e00-\u9fff])(?<![" + "".join(sorted(ZH_FUNCTION)) + r"])([不没无非未])"
                          r"(?=[\u4e00-\u9fff])")
EN_INNER_NEG = re.compile(r"\b(?:no|non|not)-[a-z][a-z-]*", re.IGNORECASE)
# A short quotation: a mention of someone else's words, not the answer's own; dropped before reading.
QUOTED = re.compile(r"“[^”]{0,40}”|「[^」]{0,40}」|\"[^\"]{0,40}\"|‘[^’]{0,40}’")
# A quoted judgment the answer adopts as its own ('我偏向"尚未有效遏制"这个判断', 'I lean towards the "not yet"
# view'; or what is left of it once the view marker is taken off: '"尚未有效遏制"这个判断') is what it says, not a
# mention of someone else's words: its quotation marks are dropped, its words kept.
ADOPTED = {
    "zh": re.compile(r"((?:偏向|倾向于?|同意|认同|赞同|支持|选择)[^。，,；;“「\"‘]{0,4}|^)"
                     r"[“「\"‘]([^”」\"’]{1,40})[”」\"’]((?:这个|这一|这种|的)?(?:判断|看法|观点|结论|说法|立场|答案))"),
    "en": re.compile(r"((?:lean(?:s|ing)? (?:towards?|to)|agree with|side with|go with|come down on) the |^the )[\"“‘']"
                     r"([^\"”’']{1,40})[\"”’'] ((?:view|side|camp|position|answer|judg(?:e)?ment|reading))\b", re.I),
}
# "No reason to wait", 看不出理由再拖: refusing to delay is a yes (two negatives, one of them in the verb); so is "no
# reason not to" (找不到不…的理由).
NO_DELAY = {
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
# ("I find it hard to argue that councils shouldn't do this")
HARD_TO_ARGUE_NOT = (r"\b(?:hard|difficult) to argue (?:that )?(?:\w+ ){0,5}?(?:is|are|would|will|does|do|should|could"
                     r"|can|must|need)(?:n't|n’t| not)\b")
# Fixed expressions that only look negative (不仅, 无人机, "no doubt"): blanked out before negators are counted.
NEUTRAL = {
    "zh": re.compile(
        r"不仅|不只|不但|不光|不断|不少|不过|不管(?!用)|不论|不错|不同|不久|不妨|不禁|不免|不得不|毫不|不一样|差不多|不小"
        r"|无论|无疑"
        r"|毫无疑问|无人机|无人驾驶|无人|无线|无障碍|无纸化|无现金|无糖|无接触|无感支付|无偿|非常|并非不|未来|未成年|没错|无数|不可否认|不能否认|无可否认|不容忽视"
        r"|不可或缺"
        r"|无可替代|莫过于|不亚于|不外乎|无非|不惜|不停|不时|非得|无一例外|不言而喻|不容置疑|不可避免|无法避免"
        r"|难以避免|必不可少"
        r"|缺一不可|不可少|不可逆转|势不可挡|不止|不计其数|不约而同|不遗余力|不折不扣|不失为|不在少数|是否|能否|可否"
        r"|与否|否则"
        # '一眼就能看出店开没开': the A-not-A form of a verb asks which, it negates nothing
        r"|(?P<a_not_a>[\u4e00-\u9fff])[不没](?P=a_not_a)"
        r"|要不要|会不会|能不能|是不是|该不该|有没有|不可思议|(?:很难|难以)想象(?![^。，,；;]{0,15}[不没])|不再是|不得了|了不起"
        r"|非洲|除非|非凡|非遗|非物质|未尝不|(?:并|也)?不反对|不无道理|(?:很难|难以)避免|避免不了|在所难免|非机动车|(?<!并)不如"
        r"|而不是|而非|(?:并|也)?不影响|不足之处|(?<=[这些其的])不足(?![\d一二三四五六七八九十两半百千万])"
        r"|(?:几乎|并|也|基本)?没有(?:什么)?(?:损失|坏处|害处|副作用)"
        r"|无关紧要"
        r"|应该说|可以说|需要(?:先|首先)?(?:指出|注意|说明|强调|提醒|澄清)|值得注意|值得一提"
        r"|瑕不掩瑜|(?:不能|不得|不可)不承认"
        r"|屡教不改|屡禁不止"
        # '烟火气和干净卫生并不矛盾' (md-tune80): two things said to go together, no answer to the question
        r"|(?:并|也|从来|本来)?不(?:矛盾|冲突|对立|相悖|相斥)"
        # '在信息不对称、乱象频发的市场，统一定价利大于弊' (md-tune63): a 不-compound naming a problem negates nothing
        r"|不(?:对称|平衡|均衡|透明|规范|确定性)"
        # '结论并不复杂：**景区应该让…**': the lead says the verdict is simple, it does not negate the verdict
        # (also when the part starts after the marker: '并不复杂：…')
        r"|(?:(?:结论|答案|道理|判断|理由)(?:其实|也)?|^\W*)(?:并|很)?不(?:复杂|难|难找|难理解)(?=\s*[：:]|\s*$)"
        r"|" + NO_DELAY["zh"]),
    "en": re.compile(
        r"\bno doubt\b|\b(?:hard|difficult) not to\b|\bno question\b|\bnot only\b|\bnot just\b|\bno matter\b"
        r"|\bnothing but\b|\bnot least\b"
        r"|\bno less\b"
        r"|\bnone the less\b|\bnot to mention\b|\bno wonder\b|\bwhether or not\b|\bor not\b|\bif not\b|\bno surprise\b"
        r"|\bcan(?:'t|not|’t) help but\b|\bnot surprisingly\b|\bno shortage\b|\bno small\b|\bthere(?:'s"
        r"| is) no denying\b"
        r"|\bmore likely than not\b|\bbetter than even\b|\bhard to argue (?:against|with)\b"
        # "safety and atmosphere are not mutually exclusive": two things said to go together, no answer
        r"|\b(?:(?:is|are)(?:n't|n’t| not)|need not be|needn't be)\s+(?:mutually exclusive|in conflict|at odds)\b"
        # "The answer isn't complicated: councils should …": the lead calls the verdict simple, it negates nothing
        r"|\bthe (?:answer|conclusion|verdict) (?:is(?:n't|n’t| not)|is hardly) (?:complicated|hard|difficult)"
        r"(?=\s*[:—–,]|\s*$)"
        # "It would be hard to argue this isn't worth doing": two negatives, a yes
        r"|" + HARD_TO_ARGUE_NOT +
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
        + NO_DELAY["en"], _I),
}
# Negators: their parity decides between affirm and deny.
NEGATOR = {
    "zh": re.compile(r"没有|尚未|并未|绝非|毫无|无法|难以|很难|难说|未|没|不|无|非|别|否|被?夸大|被?高估|言过其实"
                     r"|杞人忧天|过虑"
                     r"|危言耸听|站不住脚|多余|可能性(?:很|极|非常|相当)?(?:小|低)|可能性不大|概率(?:很|极|非常)?(?:小|低)"
                     r"|希望(?:渺茫|不大)|天方夜谭"
                     # '"全国必修"这一步迈得过大' (md-tune48): the step judged too big, too fast
                     r"|[迈走]得(?:过|太)(?:大|急|快)|操之过急|为时过早|过于激进"),
    "en": re.compile(
        r"\bnot\b|n't\b|n’t\b|\bno\b|\bnever\b|\bnone\b|\bnobody\b|\bnothing\b|\bneither\b|\bnor\b|\bcannot\b"
        r"|\bhardly\b"
        r"|\bbarely\b|\bscarcely\b|\bnowhere\b|\bunlikely\b|\bimprobable\b|\bdoubt(?:ful|s)?\b|\bimpossible\b"
        r"|\bfar from\b|\bstop(?:s|ped|ping)? short of\b|\bfall(?:s|ing)? short of\b"
        # 'It would be wrong to say a register isn't worth having' (md-tune20): the saying is denied
        r"|\b(?:would be|it(?:'s|’s| is)|is) (?:wrong|a mistake|unfair|inaccurate|misleading) to (?:say|claim|conclude"
        r"|argue|suggest)\b"
        r"|\bbelow even\b|\bless than even\b|\blong odds\b|\blong shot\b|\blittle (?:chance|reason|sign|evidence)\b"
        r"|\bbad (?:idea|move|policy|call)\b|\bmistake\b"
        r"|\b(?:I(?:'m|’m| am)|we(?:'re|’re| are)) (?:strongly |firmly |dead )?against\b|\bno chance\b"
        r"|\bremote (?:chance|possibility|prospect)\b|\bslim (?:chance|odds|prospect)|\boppose[ds]?\b|\bvote against\b"
        r"|\bodds are (?:stacked )?against\b|\bsk?c?eptical\b|\bfar-fetched\b|\bwishful thinking\b"
        r"|\ba stretch\b(?! of\b)"  # not 'a stretch of the old Bath road' (md-tune59)
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
CASE_AGAINST_DENIED = {
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
# Hedged "no" (未必, "not necessarily"): a deny, but weaker than a plain no.
WEAK_DENY = {
    "zh": re.compile(r"未必|不一定|不见得|不尽然|恐怕不|怕是不|持保留(?:意见|态度)"),
    "en": re.compile(r"\bnot necessarily\b|\bnot really\b|\bprobably not\b|\bmaybe not\b|\bperhaps not\b"
                     r"|\bnot quite\b", _I),
}
# "The answer is yes", "the evidence points to no": the stance word after a pointer.
POINTS_TO = re.compile(r"\b(?:answer is|points? to|leans? towards?|tilts? towards?|comes? down on the side of|lean"
                       r"|inclined to say|tempted to say)\s+"
                       r"(?:a\s+)?(?:clear\s+|qualified\s+|cautious\s+|firm\s+)?[\"'“‘]?(yes|no)\b", _I)
# The proposal cleared, a yes whatever negations it takes: '“有些地方没必要”并不构成反对全面推行的充分理由'
# (md-tune43), '硬性门槛本身不是问题', '门槛既能起到约束作用，又不至于冤枉认真写作的学生' (md-tune44)
ZH_CLEARED = re.compile(r"不(?:构成|成为|足以构成|足以成为|是)反对[^。，,；;]{0,12}的(?:充分|足够|正当)?理由"
                        r"|本身(?:并|倒)?不是(?:问题|坏事)|既(?:能|可以|可)[^。；;]{2,30}[，,]?\s*又不(?:至于|会)")
# Affirming cues: a bare yes, favourable odds, a verdict for the proposal, double negatives that affirm.
AFFIRM = {
    "zh": re.compile(
        r"^(?:是的?|对的?|会的?|能的?|有的?|行)(?=[，。！、,.!；;：:…]|$)"
        r"|^(?:没错|当然|肯定|确实|可以|应该|应当|理应|理当|需要|必须|值得(?!一提|注意|关注|深入|探讨|思考|商榷|讨论|研究|警惕)|存在"
        r"|(?:同意|赞成|支持)(?![^，。]{0,8}?(?:的理由|的一方|的观点|的声音|者|方))"
        r"|恐怕会|很可能|大概率|是这样"
        r"|有必要|必要)"
        r"|必要|大势所趋|必然|势在必行|不可避免|大概率|很可能|极有可能|有望|利大于弊|肯定会|一定会|毋庸置疑|毫无疑问"
        r"|无疑|有可能|可能性(?:很|非常|相当|极)?大|概率(?:很|非常|相当|极)?高"
        # double negatives that affirm: 未尝不可, 很难避免, 很难想象…不…, 很难说不会
        r"|未尝不(?:可|是)|(?:并非|并不是|也不是|绝非)不(?:可行|可取|可以|可能|合理|现实|可)|不无道理|瑕不掩瑜|(?:很难|难以|无法)避免|避免不了|在所难免|(?:很难|难以)想象[^。，,；;]{0,15}[不没]"
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
        r"|^[\u4e00-\u9fff]{1,6}(?:会|能|可以|应该|是这样)(?:的|了)?$|" + NO_DELAY["zh"]),
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
        r"|" + HARD_TO_ARGUE_NOT + r"|"
        + NO_DELAY["en"], _I),
}
# A short clause that opens on a modal ("会扩大", "能做到"): said back with the question's verb, a bare yes.
ZH_MODAL = re.compile(r"^(?:会|能|将|应该|应当|可以)(?!不)")
# An answer verb that echoes the question's own verb ("They do", "It will", "会的", "能"): a bare yes.
BARE_AUX = re.compile(r"^(?:(?:they|it|we|he|she|i|you|that|this|there|these|those)(?:'s|’s)?\s+)?(?:do|does|did|will"
                      r"|would"
                      r"|can|could|should|is|are|was|were|has|have|had|must|might|may)\b", _I)
# Antonym pairs (the question's word, the clause's): the clause names the opposite of what is asked.
ANTONYMS_ZH = [("利大于弊", "弊大于利"), ("扩大", "缩小"), ("提高", "降低"), ("上升", "下降"), ("增加", "减少"),
               ("增长", "下降"), ("加快", "放缓"), ("支持", "反对"), ("赞成", "反对"), ("好转", "恶化"),
               ("领先", "落后"), ("多数", "少数"), ("继续", "结束"), ("继续", "停止"), ("继续", "取消"),
               ("保留", "取消"), ("取消", "保留"),
               ("利好", "利空"), ("有效", "无效"), ("普及", "小众"), ("见底", "下跌"), ("禁止", "允许"),
               ("禁止", "放开"), ("收费", "免费")]
ANTONYMS_EN = [("lower", "rais"), ("lower", "rise"), ("lower", "rose"), ("rais", "lower"), ("rise", "fall"),
               ("increas", "decreas"), ("increas", "reduc"), ("more", "fewer"), ("more", "less"), ("better", "worse"),
               ("help", "hurt"), ("expand", "shrink"), ("gain", "los"), ("benefit", "harm"), ("improv", "worsen"),
               ("majorit", "minorit")]

# Set aside before negators are counted (see polarity.negations).
# '拆除没有保护价值的老旧建筑', '把不再使用的仓库改成公园': a negation inside a 的-phrase that describes a noun
# picks out which things, it does not say no (only after a demonstrative, a quantifier or 把: '不具备…的条件' negates
# its verb)
ATTRIBUTIVE_NEG = re.compile(r"(?:(?<=那些)|(?<=这些)|(?<=部分)|(?<=一些)|(?<=某些)|(?<=那种)|(?<=这种)|(?<=[把将]))"
                             r"(?:没有|不再|无|未|不)(?![是算应该会能宜必要可])[^，。；;、的！？!?\s]{1,8}的"
                             r"(?=[\u4e00-\u9fff])")
NOT_THE_ONLY = re.compile(r"(?:并|也)?不是唯一的?|\bnot the only\b|\bisn(?:'|’)t the only\b", re.IGNORECASE)
NOBODY_LEFT_OUT = re.compile(r"\b(?:ensures?|ensuring|makes? sure|guarantees?)\s+(?:that\s+)?"
                             r"(?:nobody|no one|no-one)\b", re.IGNORECASE)
REPEATED_NO = re.compile(r"\bno\b\s*[,—–-]+\s*(?=not\b|never\b)|^不[，,、\s]+(?=不|没)", re.IGNORECASE)
# 'The size varies, but the direction doesn't:': a negation of the verb just said, about something the question does
# not ask about (said of the question's own subject, 'but the ban won't', it answers)
ELLIPTICAL = re.compile(r"(?:\b(?:but|while|whereas)\s+|^\s*)the\s+(?P<subject>[a-z]+)\s+"
                        r"(?:does|do|did|is|are|was|will|would|has|have)(?:n't|n’t|\s+not)(?=\s*(?:[:;,.—–]|$))",
                        re.IGNORECASE)

# A clause that opens with a bare answer word and a break: "Yes — …", "No, …", "是的，…", "不，…".
LEADING_ANSWER = {
    # "My view is that yes, …": the answer word may follow the 'that' of the view that introduces it
    # "Assessment: no — a statutory duty is the wrong instrument", "Verdict: yes — scrap them": a labelled answer word
    "en": re.compile(r"^\W*(?:(?:verdict|assessment|answer|short answer|my answer|bottom line|conclusion|my view"
                     r"|my take|in short)\W{0,3}:\W*)?"
                     # "So yes: councils should hand them out", "On balance, no —": a connective before the word
                     r"(?:(?:so|and so|then|overall|on balance|ultimately|in the end|honestly),?\s+)?"
                     r"(?:that\s+)?(yes|yeah|yep|absolutely|definitely|no|nope"
                     r"|not at all)\s*[—–:;,.!]", re.IGNORECASE),
    # "当然，如果…再讨论也不迟": a concession that opens a condition, not the answer word "of course"
    # '应该，在严格筛选的前提下，…', '不应该。': the question's modal said back as the answer word
    # '我的结论是：应该，…': a labelled answer word, as in English
    "zh": re.compile(r"^\W*(?:(?:我的)?(?:结论|回答|答案|判断|看法)(?:是)?\W{0,3}[：:]\W*)?"
                     r"(是的|对|没错|当然(?![，,]\s*(?:如果|假如|若|要是|倘若|前提))"
                     r"|不?(?:应该|应当|会|能|可以|值得|需要)|不|不是|没有)"
                     # '应该列入，但要以基础书写为核心', '不应该列为必修。': the modal and its verb, then the stop
                     # ('应该说，' and '应该承认，' are discourse markers, not answers)
                     r"(?:(?<=应该|应当)(?!说|承认|指出|看到|注意|强调|提醒|补充|明确|坦白|坦率)"
                     r"[\u4e00-\u9fff]{1,4}(?=[，,。！!；;]))?"
                     r"\s*[，,。！!：:；;—]"),
}
NO_WORDS = {"no", "nope", "not at all", "不", "不是", "没有",
            "不应该", "不应当", "不会", "不能", "不可以", "不值得", "不需要"}
# Odds compared between two cases ("more likely to arrive later than in the next two years", "与其说会…不如说…"):
# which case is the question's needs more than the words of the clause.
COMPARED_ODDS = {
    "en": re.compile(r"\b(?:more|less) likely\b(?! than not)[^.;]{1,80}?\bthan\b", re.IGNORECASE),
    "zh": re.compile(r"(?:可能性|概率)(?:更|要)?(?:大|高|小|低)于|比起[^。；]{1,30}更(?:可能|有可能)"),
}
# The question's own 有X said back ('总体上是有利的' to '…有利吗'): a yes.
ZH_HAVE = re.compile(r"有(?:利|好处|帮助|必要|效|用|意义|道理)")
# An affirming cue that is only a modal ('需要…'), and a question of what should be done: asked what will happen
# instead, the modal is advice about something else, not a yes.
ZH_MODAL_LEAD = re.compile(r"^(?:可以|应该|应当|需要|必须|有必要|必要)$")
ZH_DEONTIC_Q = re.compile(r"应|该|必须|需要|必要|要不要|值得|可以|可否|允许")  # a question of what should be done
# Asked whether to abolish, ban or scrap something, a clause that names the thing but not its ending
# ('A fairer, decriminalised fee is the better path' to 'Should the licence fee be abolished?') restates no yes.
ENDING = re.compile(r"\b(?:abolition|abolish\w*|bans?|banned|banning|bar(?:s|red|ring)?|prohibit\w*|forbid\w*"
                    r"|scrap(?!e)\w*|repeal\w*|outlaw\w*|legislat\w*"
                    r"|end(?:s|ed|ing)?|stop\w*|phas\w* out|get(?:ting)? rid|eliminat\w*|remov\w*|ditch\w*)\b",
                    re.IGNORECASE)
# "X shouldn't be able to…": asked whether to ban X, the ban said.
NOT_ALLOWED = re.compile(r"\b(?:shouldn(?:'|’)t|should not|mustn(?:'|’)t|must not)\s+be\s+(?:able|allowed|permitted)"
                         r"\s+to\b", re.IGNORECASE)
# A ban asked about ('禁止市民私自采摘…，这样的禁令合理吗'), and a reason or duty given not to let it happen.
ZH_BAN_Q = re.compile(r"禁止|禁令|不准|不得|不让")
ZH_NOT_ALLOWED = re.compile(r"(?:理由|应该|应当|理应|就该|有必要)[^。，,；;\"“”「」]{0,4}"
                            r"(?:不让|不允许|不准|禁止)")
# '手机就别带进校门了' to '是否应该禁止学生把手机带进校园': the banned act, told not to happen. Not when what follows is
# itself a ban or a curb ('别一刀切地禁止', '不要限制得太死'): that rejects the ban.
ZH_DONT = re.compile(r"^(?P<lead>[^，。,；;！!？?]{0,10}?)(?:就|还是|最好|干脆|千万)?(?:别|不要)(?:再)?"
                     r"(?![^。，,；;]*(?:禁|限|管|取消|一刀切|担心|焦虑|怕|过度|太))")
# The odds words among the affirming cues: asked what should be done, they may forecast something else.
ODDS = re.compile(r"likely|probably|possibly|(?:good|strong|real|decent|fair|high) chance|bound to|inevitable",
                  re.IGNORECASE)
# A measure's limits conceded (md-tune36): "it will not fix the underlying contract", "it should not be presented as a
# substitute for reform", "no silver bullet", 不是万能药, 不能替代…改革
NO_CURE_ALL = {
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
# '…，而不是…': what follows is rejected, so its reading is turned round.
ZH_REJECTED = re.compile(r"^\s*而(?:不是|非)")
# '需要先说明：…' announces a caveat; its 需要 is no 'yes, it is needed'.
ZH_META_LEAD = re.compile(r"^(?:需要|必须|应该|要|得)(?:先|首先|事先|预先)?(?:说明|指出|强调|提醒|澄清|声明)"
                          r"(?:一下|的是)?(?:[：:，,]|$)")
# A question left for later ('未来如果相关条件成熟，可以再做评估', 'this could be revisited once the data are in'):
# no answer now, whatever its 可以 or could
REVISIT = {
    "zh": re.compile(r"^[^。；;]{0,12}(?:如果|若|待|等到?)[^。；;]{0,20}(?:成熟|具备|完善|到位|明朗)[^。；;]{0,6}"
                     r"(?:后|以后|之后|时)?[，,]?\s*(?:可以|可|再|不妨)(?:再)?(?:做|进行|重新)?(?:评估|研究|讨论|考虑|审视|论证)"
                     # the clause '可以再做评估' alone, once the sentence is cut at its comma
                     r"|^\s*(?:届时|到时候?|那时)?(?:可以|可|不妨)?再(?:做|进行|重新)?(?:评估|研究|讨论|考虑|审视|论证)"
                     r"(?:一下)?[。！!]?\s*$"),
    "en": re.compile(r"\b(?:could|can|might|should) (?:be )?(?:revisit(?:ed)?|reconsider(?:ed)?|look(?:ed)? at again"
                     r"|re-?evaluat(?:e|ed)|re-?assess(?:ed)?)\b[^.;]{0,40}\b(?:once|when|if|after)\b", _I),
}
# A judgement ('A cap is justified') and the reason given for it ('because buyers cannot compare prices').
BECAUSE = re.compile(r"\s+because\b|,\s*since\b", _I)
JUDGED = re.compile(r"\b(?:is|are|would be|seems?|looks?)\s+(?:\w+\s+)?(?:justified|warranted|sensible|reasonable"
                    r"|right|fair|necessary|needed|worth it|the right (?:call|answer|approach|move|step))\b", _I)
# A negation in a purpose clause or in a relative clause on an infinitive's object, after a yes that has no negation
# of its own: '…would make shopping fairer and push retailers to sell things that don't need returning', '…bring in a
# partner from the start, so that running costs don't sit on the council payroll' (md-tune24, md-tune44).
SHOULD_DO = re.compile(r"\b(?:should|must|ought to)\b"
                       r"|\b(?:it's|it’s|it is)\s+(?:far\s+|much\s+)?(?:better|wiser|safer)\s+to\b"
                       r"|\bwould\s+(?:\w+\s+){0,2}?(?:make|help|leave)\b[^.;]{0,40}?"
                       r"\b(?:fairer|safer|better|easier|cheaper|clearer|healthier|stronger)\b", _I)
NEGATED_AIM = re.compile(r"(?:,\s*|\s+)so that\b(?=[^.;]*?(?:n't|n’t|\bnot\b|\bnever\b|\bno longer\b))"
                         # '…right to close park hills … than to risk injury on slopes that were never meant for
                         # sledges' (md-tune74): a relative clause on a place or thing the yes is about
                         r"|\b(?:on|in|at|for|from)\s+(?:[\w-]+\s+){1,3}?(?:that|which)\s+"
                         r"(?=(?:[\w-]+\s+){0,2}?(?:\w+n't|\w+n’t|not|never|no longer)\b)"
                         r"|\bto\s+\w+\s+(?:[\w-]+\s+){1,3}?(?:that|which|who)\s+"
                         r"(?=(?:[\w-]+\s+){0,2}?(?:\w+n't|\w+n’t|not|never|no longer)\b)", _I)
# "I wouldn't say no to…": the idiom's two negatives are a yes.
SAY_NO_DENIED = re.compile(r"\b(I|we)\s+would(?:n't|n’t| not) say no to\b", _I)
# Plain negators, counted inside a signal ("I'm no fan").
PLAIN_NEG = {"en": re.compile(r"\bnot\b|n't\b|n’t\b|\bnever\b|\bno\b|\bhardly\b", _I),
             "zh": re.compile(r"不|没|未|非")}

# A negation joined to an earlier one ("不需要、也不应该分摊", "既不应该也没必要", "neither needed nor fair", "we do not
# need to, and should not, charge them"): the same no said twice over parallel predicates, not a double negative.
# Each side must hold that one negation only: "不是不应该，也不是不可以" joins two double negatives.
PARALLEL_JOIN = {
    "zh": re.compile(r"[、，,]?\s*(?:也|亦|又|更)(?=[不没无未])"),
    "en": re.compile(r"\bnor\b|,?\s+and\s+(?:\w+\s+)?(?=not\b|never\b)", _I),
}
CONJUNCT_END = {"zh": re.compile(r"[，。；;：:]"), "en": re.compile(r"[.;:]|,\s+(?:but|so|because)\b", _I)}
# '城市提出开放要求是合理的': a judgement that the thing named is sound (a yes when the proposal is named).
SOUND_ZH = re.compile(r"是(?:合理|正当|必要|可取|恰当|适当|正确)的(?=[，。；,;！!]|$)")

# The long alternations with a word boundary factored out (see lexicon.faster).
LIKELIHOOD = faster(LIKELIHOOD)
for _table in (NEUTRAL, NEGATOR, AFFIRM, WEAK_DENY):
    _table["en"] = faster(_table["en"])
