"""The pattern tables signals.py reads a clause's own position signals with: recommendation verbs and their classes,
the passive, ranking something above the proposal, good and bad verdicts, endorsements, forecasts, set-asides and
reported views."""

from __future__ import annotations

import re

_I = re.IGNORECASE
# Doing what the question proposes, whatever it is ("go ahead", "introduce it"): always yes.
DO = ("introduce", "adopt", "implement", "require", "mandate", "approve", "try", "pilot", "embrace", "copy",
      "write", "enshrine", "legislate", "codify", "enact", "enforce", "impose", "launch", "back", "do", "go ahead",
      "press ahead", "push ahead", "proceed", "roll out", "bring in", "go for", "phase in", "swap out", "swap",
      "make the switch", "switch over")
# Allowing or adding something: yes to a proposal to do it, no to a proposal to ban or cut it.
POS = ("make", "fund", "allow", "permit", "offer", "expand", "extend", "legalise", "legalize", "encourage",
       "subsidise", "subsidize", "provide", "join", "switch", "move", "build", "bring back", "sign up")
NEG = ("scrap", "ban", "abolish", "drop", "ditch", "block", "reject", "stop", "end", "prohibit", "outlaw", "repeal",
       "forbid", "cancel", "shelve", "axe", "bar", "remove", "eliminate", "veto", "phase out", "get rid of",
       "switch off", "scale back", "rule out", "pull the plug on", "say no to", "keep out", "keep away",
       "steer clear of")
KEEP = ("keep", "retain", "maintain", "preserve", "stay", "remain", "stick with", "stay with", "hold off", "wait",
        "leave it", "leave them", "leave things", "leave that", "leave this", "leave")
# No object needed: the verb alone is the answer ('I'd hold off'), or what is kept is the status quo by nature.
INTRANSITIVE = {"go ahead", "press ahead", "push ahead", "proceed", "hold off", "wait", "stay", "remain",
                "leave it", "leave them", "leave things", "leave that", "leave this", "go for", "stick with",
                "stay with", "make the switch", "switch over", "leave"}
# 'leave' alone is a vote for the status quo only when what is left stays as it is ('leave the system alone')
AS_IS = re.compile(r"^(?:\s+[\w'’-]+){0,5}?\s+(?:alone|as\s+(?:it|they)\s+(?:is|are)|as\s+is|unchanged|in\s+place"
                   r"|untouched)\b", _I)
# 'in favour of leaving the system as it is': a vote for the status quo
STATUS_QUO = re.compile(r"\b(?:in\s+favou?r\s+of|support|back|for)\s+(?:leaving|keeping)\b[^.;:!?]{0,60}?"
                        r"\b(?:as\s+(?:it|they)\s+(?:is|are|stands?)|as\s+is|alone|unchanged|in\s+place)\b|\b(?:in\s+favou?r\s+of"
                        r"|stick\s+with)\s+the\s+status\s+quo\b", _I)
# 'keep it simple', 'keep the format short': how something should be done, no vote for the status quo (md-tune36)
KEEP_MANNER = re.compile(r"\s*(?:it|them|this|that|things|the\s+\w+)\s+(?:simple|short|light|brief|cheap|clear"
                         r"|modest|proportionate|practical|manageable|focused|consistent|affordable|lean|tight"
                         r"|low-cost)\b", _I)
# What 'stay'/'remain' may be followed by when it keeps its subject as it is ('should remain in place').
KEPT_AS_IS = re.compile(r"\s*(?:(?:firmly\s+)?in\s+(?:place|force)|on\s+the\s+books|as\s+(?:it|they)\s+(?:is|are)"
                        r"|unchanged)?\s*$", _I)
# 'I'd put the money into kerbside collection instead': something else recommended in the proposal's place
INSTEAD = re.compile(r"\bI(?:'d|’d|\s+would)\s+(?!not\b|n't|n’t|rather\b|prefer\b)(?P<alt>[^.;:!?]{3,80}?)\s+instead"
                     r"\b(?!\s+of\b)", _I)
# 'phase it in', 'roll them out': the particle is moved next to its verb before matching (same length).
PARTICLE = re.compile(r"\b(phase|roll|bring|swap|switch|scale)\s+(it|them|this|that|these|those)\s+(in|out|back|over"
                      r"|off)\b", _I)
# A softer step than an obligation the question asks about ('encourage' to 'Should X be required?').
SOFT = {"encourage", "allow", "permit", "offer", "fund"}
OBLIGE = re.compile(r"\b(?:requir|mandat|compulsor|obligator|forc)\w*", _I)
CLASS = {**{v: "do" for v in DO}, **{v: "pos" for v in POS}, **{v: "neg" for v in NEG},
         **{v: "keep" for v in KEEP}}
VERB = r"(?P<verb>" + "|".join(sorted((v.replace(" ", r"\s+") for v in CLASS), key=len, reverse=True)) + r")"
SUBJECT = (r"(?:\bI(?:'d|’d|\s+would)(?:n't|n’t|\s+not|\s+never)?\s+(?:\w+ly\s+|just\s+|simply\s+|still\s+"
           r"|rather\s+)?|\bI(?:'d|’d|\s+would)\s+(?:[\w'’]+\s+){1,5}?and\s+(?:then\s+)?"
           r"|\b(?:should|must|ought\s+to|need\s+to)(?:n't|n’t|\s+not)?\s+(?:\w+ly\s+|just\s+|simply\s+|still\s+)?"
           r"|\blet(?:'s|’s|\s+us)\s+|\bmy\s+(?:advice|recommendation|suggestion|vote)\s+(?:is|would\s+be)\s+to\s+"
           r"|^(?:so\s+|just\s+|simply\s+)?(?=\w+\s+(?:\w+\s+)?(?:it|them|this|that|these|those)\b|go\s+(?:ahead|for\s+it)"
           r"|hold\s+off))")
# ("I would stop short of banning them" recommends nothing: 'stop short of' is no stop)
REC = re.compile(SUBJECT + VERB + r"\b(?!\s+short\s+of\b)(?P<rest>[^.;:!?]{0,60})", _I)
POINTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:it|them|this|that|these|those|one|the\s+(?:idea|plan|scheme|proposal"
                     r"|policy|change|reform|ban|charge|levy|tax|rule|law|programme|program))\b", _I)
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# 'X should be barred from…', 'X must be allowed': the proposal said in the passive, its subject before the modal
PASSIVE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)(?:n't|n’t|\s+not|\s+never)?\s+(?:\w+ly\s+|just\s+"
                     r"|simply\s+|still\s+)?be\s+(?P<verb>barred|banned|prohibited|forbidden|outlawed|blocked|prevented"
                     r"|stopped"
                     r"|scrapped|abolished|repealed|phased\s+out|allowed|permitted|required|mandated|kept|retained"
                     r"|maintained)\b", _I)
PASSIVE_CLASS = {"allowed": "pos", "permitted": "pos", "required": "do", "mandated": "do", "kept": "keep",
                 "retained": "keep", "maintained": "keep"}
RATHER = re.compile(r"\bI(?:'d|’d|\s+would)\s+(?:much\s+)?(?:rather|prefer|favou?r)\b(?!\s+not\b)[^.;]{0,120}?"
                    r"\b(?:than|over|instead\s+of)\s+(?P<alt>(?:a|an|the)?\s*[^,.;]{1,40})", _I)
# 'Targeted obligations seem to me a better fit than a blanket requirement for a branch in every town': something else
# ranked above the proposal, with no first person.
RANKED_ABOVE = re.compile(r"\b(?:is|are|seems?|looks?|would be|strikes? me as)\s+(?:to me\s+)?(?:an?\s+)?"
                          r"(?:far\s+|much\s+)?"
                          r"(?:better|wiser|more sensible|more proportionate|more effective|preferable|smarter)"
                          r"(?:\s+(?:fit|option|approach|answer|route|way|choice|tool|bet|path|response))?"
                          r"\s+(?:than|to)\s+(?P<alt>(?:a|an|the)?\s*[^,.;]{1,60})", _I)
# The question's own proposal: a ban (neg), keeping what exists (keep), or doing something new (pos).
Q_KEEP = re.compile(r"\b(?:keep|retain|maintain|preserve|continue|remain|stay|stick with)\b", _I)
Q_NEG = re.compile(r"\b(?:ban|prohibit|abolish|scrap(?!e)|outlaw|forbid|restrict|phase out|end|stop|repeal|block"
                   r"|limit|cap|curb|drop|ditch|remove|eliminate|get rid of)"
                   r"(?:s|es|ed|d|ing|ned|ning|ped|ping)?\b", _I)
BAN = re.compile(r"\b(?:ban|prohibition|moratorium)s?\b", _I)  # a verdict said of a ban
# Recommendations answer questions about what to do, not forecasts ("Will X happen?").
NORMATIVE = re.compile(r"\b(?:should|ought|shall|worth|good idea|support|favou?r|allowed|permitted)\b", _I)
NORMATIVE_ZH = re.compile(r"应该|应当|该不该|要不要|是否应|有必要|值得|支持|赞成")
OPPOSITE_ADJ = {"optional": {"mandatori", "compulsori", "requir"}, "voluntari": {"mandatori", "compulsori", "requir"},
                "electiv": {"mandatori", "compulsori", "requir"},
                "paid": {"free"}, "illegal": {"legal"}}
PREDICT = {
    "en": re.compile(
        r"\balready\s+(?:well\s+)?(?:underway|under\s+way|happening|in\s+motion|in\s+progress|starting|started|begun"
        r"|beginning|here|on\s+(?:its|the|their)\s+way|taking\s+(?:place|shape|hold)|moving|spreading|a\s+reality"
        r"|running|operating|in\s+service|on\s+the\s+roads?|the\s+norm|on\s+(?:the\s+)?(?:shelves|sale|market)|available"
        r"|in\s+use|in\s+place|law|legal|common|standard|routine|widespread)\b"
        r"|\b(?:is|are|'s|’s|'re|’re)(?:n't|n’t|\s+not)?\s+(?:already\s+|well\s+)*(?:happening|underway|under\s+way"
        r"|on\s+(?:its|the|their)\s+way|in\s+motion)\b|\b(?:only|just)\s+a\s+matter\s+of\s+(?:time|when)\b"
        r"|\b(?:more|others)\s+will\s+follow\b|\b(?:is|are)\s+(?:already\s+)?following\b|\b(?:will|won't|won’t)(?:\s+not|\s+never)?\s+(?:follow\s+suit"
        r"|catch\s+on|spread|take\s+off|happen)\b|\bwriting\s+is\s+on\s+the\s+wall\b"
        r"|\b(?:moving|heading|headed)\s+(?:in\s+)?th(?:at|is)\s+(?:direction|way)\b", _I),
    "zh": re.compile(r"已经(?:在)?(?:发生|开始|起步|成为现实|是现实|在路上)|正在(?:发生|成为现实)|只是时间问题"
                     r"|迟早的事|已经在(?:这么|这样)做"),
}
ENDORSE = {
    "en": re.compile(
        r"\bcount\s+me\s+in\b|\bsign\s+me\s+up\b|\bI(?:'m|’m|\s+am)\s+(?:not\s+)?(?:a|an|no)\s+(?:[\w-]+\s+)?"
        r"(?:supporter|fan|backer|advocate|proponent|champion|believer)\b"
        r"|\bI(?:'m|’m|\s+am)\s+(?:not\s+)?(?:all\s+)?for\s+(?:it|this|that|them)\b"
        r"|\bI(?:'m|’m|\s+am)\s+(?:not\s+)?(?:on\s+board|in\s+favou?r)\b|\bI(?:'d|’d|\s+would)\s+vote\s+(?:yes|for)\b"
        r"|\bthumbs\s+up\b", _I),
    "zh": re.compile(r"算我一个|举双手赞成|我投赞成票"),
}
AGAINST = {
    "en": re.compile(r"\bcount\s+me\s+out\b|\bI(?:'m|’m|\s+am)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:critic|opponent"
                     r"|detractor)\b|\bthumbs\s+down\b|\bI(?:'d|’d|\s+would)\s+vote\s+no\b"
                     # 'Not yet', 'Not at a price anyone will pay': a no with its reason
                     r"|^\W*not\s+(?:at|in|by|with|until|before|any\s*time|soon|yet|for\s+(?:a\s+while|decades|years"
                     r"|now))\b|\b(?:costs?|risks?|downsides?|drawbacks?|cons|harms?)\s+(?:clearly\s+|far\s+)?outweighs?"
                     r"\s+(?:the\s+)?(?:benefits?|gains?|upsides?|pros)\b"
                     # "they'd cost more in judicial independence than they would gain"
                     r"|\bcost\s+(?:far\s+|much\s+)?more\b[^.;]{0,40}\bthan\s+(?:it|they|this|that)\s+(?:would\s+|will\s+"
                     r"|could\s+)?(?:gain|deliver|save|bring|buy)\b"
                     r"|\bwhy\s+would\s+(?:we|anyone|you|they|it|I|governments?|schools?|cities)\b"
                     r"|^\W*any\s+(?:real\s+|obvious\s+|serious\s+)?(?:downside|drawback|harm)s?\b", _I),
    "zh": re.compile(r"我投反对票|(?:还|倒)不如|只会(?:让|使|导致|造成|加重|增加)"),
}
GOOD_NOUN = (r"(?:idea|move|policy|step|plan|call|approach|reform|change|measure|proposal|investment|bet|choice"
             r"|use\s+of\s+(?:money|funds|public\s+money|resources))")
PRED_SUBJECT = (r"\b(?:it|that|this|doing\s+(?:so|that|this)|the\s+(?:idea|plan|policy|proposal|scheme|move|change|ban"
                r"|charge|levy|tax|rule|law))\s*(?:'s|’s|\s+is|\s+was|\s+would|\s+will|\s+seems|\s+sounds"
                r"|\s+looks)(?:n't|n’t|\s+not|\s+never|\s+hardly)?(?:\s+be)?\s+(?:(?!not\b|never\b)\w+\s+)?")
GOOD = {
    "en": re.compile(
        r"\b(?:good|great|smart|sensible|wise|sound|reasonable|excellent|welcome|worthwhile|overdue|long-overdue"
        r"|clever|promising|necessary|positive|solid|winning)\s+" + GOOD_NOUN + r"\b"
        r"|\bstep\s+in\s+the\s+right\s+direction\b|\bmore\s+good\s+than\s+harm\b|\bthe\s+right\s+(?:call|thing\s+to\s+do|move|choice|step|way\s+forward)\b"
        # 'I don't think a legal ban is the right answer' (md-tune31): the counterpart of 'the wrong approach' below
        r"|(?:\b(?:is|are|be|was|seems|looks)|'s|’s)\s+(?:\w+\s+)?the\s+right\s+(?:answer|approach|solution|response"
        r"|tool|fix|policy|way)\b"
        r"|" + PRED_SUBJECT + r"(?:smart|sensible|wise|fair|reasonable|welcome|worthwhile|justified|a\s+win)\b"
        r"|(?:\b(?:is|are|was|seems|feels|looks)|'s|’s)\s+(?:\w+\s+)?overdue\b", _I),
    "zh": re.compile(r"(?:是|不失为)(?:一个|一种|一项)?(?:好|明智|聪明|合理|可行)(?:的)?(?:主意|办法|做法|选择|政策"
                     r"|举措)|效果(?:不错|很好|明显|显著)"),
}
BAD = {
    "en": re.compile(
        r"\b(?:poor|terrible|awful|misguided|wrongheaded|wrong-headed|foolish|unwise|ill-advised|short-sighted"
        r"|shortsighted|counterproductive|dangerous|reckless|pointless|silly|dumb|naive|wasteful|regressive|unfair"
        r"|inequitable|expensive|costly)\s+" + GOOD_NOUN
        + r"\b|\bmore\s+harm\s+than\s+good\b|\b(?:wildly|hopelessly|far\s+too|too|overly|very)\s+optimistic\b"
        r"|\bstep\s+(?:backwards?|back)\b|\bbackwards?\s+step\b|\bbetter\s+(?:spent|used)\s+elsewhere\b"
        # "A legal right from the very first day goes too far"
        r"|\b(?:goes|go|going|would\s+go|went)\s+(?:much\s+|far\s+|a\s+(?:bit|little|step)\s+)?too\s+far\b"
        r"|\ba\s+step\s+too\s+far\b"
        r"|\bmore\s+problems\s+than\s+(?:it|they|this|that)\s+solves?\b|\bwould\s+(?:only\s+|just\s+)?waste\b|\bwould\s+impose\s+(?:serious|heavy|real|huge|significant|high"
        r"|unacceptable|large)\s+(?:costs?|burdens?|harms?)\b"
        r"|\b(?:is|are|be|was|seems|looks)\s+(?:\w+\s+)?the\s+wrong\s+(?:way|answer|approach|choice|move|call|fix|setting"
        r"|direction|tool|priority|target|lever|means|mechanism|instrument|vehicle)\b"
        r"|\bwould\s+(?:only\s+)?(?:save|achieve|raise|deliver|change)\s+(?:very\s+)?(?:little|nothing)\b"
        r"|\bwould\s+cost\s+(?:[\w-]+\s+){0,3}?(?:more\s+than\s+it\s+(?:would\s+)?(?:gain|save|deliver)s?|dearly|far\s+too\s+much)\b"
        r"|\b(?:is|are|be|was|seems|looks)\s+(?:a|an)\s+(?:(?:poorly|badly|weakly)[- ]\w+\s+|(?:poor|bad|clumsy|blunt"
        r"|crude|costly|weak|inefficient|ineffective)\s+)(?:way|means|tool|instrument|mechanism|lever|fix)\b"
        r"|" + PRED_SUBJECT + r"(?:misguided|wrongheaded|counterproductive|ill-advised|short-sighted|a\s+non-starter"
        r"|unworkable|unwise|foolish|reckless|pointless|overkill|heavy-handed|a\s+gimmick|a\s+waste|regressive"
        r"|premature)\b"
        r"|\b\w+ing\s+(?:it|them|this|that)\s+would\s+be\s+(?:a\s+)?(?:mistake|waste|misguided|counterproductive"
        r"|pointless|foolish)\b", _I),
    "zh": re.compile(r"得不偿失|适得其反|本末倒置|因噎废食|多此一举|劳民伤财|画蛇添足|馊主意"
                     r"|[弊害](?:明显|远远|远)?大于利"
                     r"|(?:成本|代价|弊端|坏处|害处|损失|风险|不便)(?:明显|远远|远|显然|整体上|总体上)?(?:大于|超过|多于|高于)"
                     r"[^。，,；;]{0,6}(?:收益|好处|益处)"),
}
# Set phrases, read whole (a negator inside them is part of the phrase): "I can't see any downside", "why would we?"
FOR = {
    "en": re.compile(r"\b(?:I\s+)?(?:can(?:'t|not|’t)\s+see|see|there(?:'s|’s|\s+is))\s+(?:no|any|little)\s+(?:real\s+"
                     r"|obvious\s+|serious\s+)?(?:downside|drawback|harm)s?\b|\bthe\s+sooner\s+the\s+better\b"
                     r"|\bwhat(?:'s|’s|\s+is)\s+the\s+harm\b|\b(?:benefits?|gains?|upsides?|pros)\s+(?:clearly\s+|far\s+)?"
                     r"outweighs?\s+(?:the\s+)?(?:costs?|risks?|downsides?|drawbacks?|cons)\b"
                     # "there's no persuasive case for leaving bike shops outside the duties" (md-tune34): no reason
                     # to exempt anyone from the proposal, a yes
                     r"|\bno\s+(?:\w+\s+)?(?:case|reason|justification)\s+for\s+(?:leaving|keeping)\b[^.;]{0,60}?"
                     r"\b(?:out|outside|exempt)\b|\bno\s+(?:\w+\s+)?(?:case|reason|justification)\s+for\s+(?:exempting"
                     r"|excluding)\b"
                     # 'None of these problems is a reason to drop the idea' (md-tune35)
                     r"|\b(?:none|neither)\s+of\s+(?:these|those|the|them|this)\b[^.;]{0,30}?\b(?:is|are)\s+(?:a\s+)?"
                     r"(?:good\s+|real\s+|sufficient\s+)?reasons?\s+(?:to|for)\s+(?:drop|abandon|reject|scrap|shelv)"
                     # 'I find the case for legislating the stronger one' (md-tune18)
                     r"|\bthe\s+case\s+for\s+(?:\w+\s+){0,4}?(?:is\s+)?(?:the\s+)?(?:stronger|strongest|more\s+persuasive"
                     r"|more\s+compelling)\b", _I),
    # '限电的收益大于成本', '安全收益明显超过它造成的不便' (md-tune15): the gains outweigh the costs
    # '反对者担心的问题……不能成为维持现状的理由' (md-tune21): the objections do not justify standing still
    "zh": re.compile(r"越早越好|越快越好|何乐而不为"
                     r"|(?:不能|不足以|不应|不该)成为(?:维持现状|原地踏步|按兵不动|拒绝改革)的理由"
                     r"|(?:收益|好处|益处|得)(?:明显|远远|远|显然|整体上|总体上)?"
                     r"(?:大于|超过|多于|高于)"
                     r"[^。，,；;]{0,6}(?:成本|代价|弊端|坏处|害处|损失|风险|不便)"),
}
ALREADY_ZH = re.compile(r"已经(?:在|开始)?([\u4e00-\u9fff]{2})")
RATHER_ZH = re.compile(r"(?:还|倒)?不如([^。，,；;]{1,20})")
# 'X set aside for something else': 与其X，不如Y; 'Rather than X, …' / 'Instead of X, …' opening a clause.
SET_ASIDE = {
    # 与其X，不如Y; '应该靠引导，而不是靠法规一纸令下' (the proposal named after 而不是/而非)
    "zh": re.compile(r"与其([\u4e00-\u9fff]{1,12})[，,]?\s*(?:还|倒)?不如"
                     # '而不是在中考阶段取消分流' (md-tune22): a time or level named before the proposal
                     r"|(?:^|[，,])\s*而(?:不是|非)(?:在[\u4e00-\u9fff]{1,6}?(?:阶段|时期|期间|层面|环节|时候))?"
                     r"(?:靠|通过|用|去|把)?"
                     r"([\u4e00-\u9fff]{2,4}?)"),
    # '…, but keep an external test at the heart of GCSEs rather than replacing it with teacher assessment':
    # mid-sentence, only an act set aside ('rather than replacing…'), not a thing ('bags they reuse rather than
    # throwaway plastic')
    "en": re.compile(r"^\W*(?:rather than|instead of)\s+([^,;.]{2,60})|[,;—–]\s*[^,;.—–]{0,80}?\brather than\s+"
                     r"(\w+ing\b[^,;.]{0,60})", re.IGNORECASE),
}


# The worry said not to be the thing itself ('该担心的不是分时电价本身', "the real problem isn't the app itself").
NOT_ITSELF = {
    "zh": re.compile(r"(?:担心|警惕|在意|顾虑|忧虑|问题)的?(?:不是|并非|不在于?)(?P<obj>[^，,。；;]{1,16}?)本身"),
    "en": re.compile(r"\b(?:problem|worry|concern|issue|risk|danger) (?:is not|isn't|isn’t) (?P<obj>[^,.;]{1,40}?)"
                     r" itself\b", re.IGNORECASE),
}
# A preference said in the first person, and what it prefers.
PREFERS = {
    "zh": re.compile(r"我(?:个人)?(?:还是)?更(?:赞成|支持|倾向于|看好|主张|认同|愿意选择)"
                     r"(?P<obj>[^，,。；;：:]{2,24})"),
    # 'I'd rather see…', '…would get more benefit from improving uptake' (md-tune23)
    "en": re.compile(r"(?:\bI(?:'d|’d| would)? (?:much )?(?:rather (?:see|have|put)|prefer(?: to see)?)"
                     r"|\b(?:would|could) (?:get|gain|see) (?:more|greater|far more|much more) (?:benefit|value|good)"
                     r" from) (?P<obj>[^,.;:]{2,60})", re.IGNORECASE),
}
