"""Position signals beyond yes/no words: a recommendation ("I'd scrap it", "Introduce it"), a prediction ("it's
already underway", "only a matter of time"), an endorsement ("count me in", "I'm a supporter") and a verdict on
the proposal ("a misguided idea", "a step in the right direction").

A recommendation is read against the question's own proposal: "I'd keep it" answers yes to "Should we keep…?"
but no to "Should we switch to…?", and "I'd ban them" answers yes only when the question asks about a ban. A
verb that repeats the question's verb always answers yes. A transitive verb must point at the proposal (a
pronoun or a word of the question), so "I'd fund grants" is not read as an answer about free tuition.
Predictions count only for questions about what will happen; a view reported ("critics call it a gimmick") or an
open question ("whether it's a smart move…") is no signal. `signal` returns the label before negation and where
negators count; polarity.signal_polarity counts them ("I wouldn't scrap it", "I'm no fan", "不会适得其反").
"""

from __future__ import annotations

import re
from functools import lru_cache

from drafter.analysis.engine.lean import AGAINST_Q
from drafter.analysis.engine.terms import stem
from drafter.analysis.lexicons.cues import faster

_I = re.IGNORECASE
# Doing what the question proposes, whatever it is ("go ahead", "introduce it"): always yes.
_DO = ("introduce", "adopt", "implement", "require", "mandate", "approve", "try", "pilot", "embrace", "copy",
       "write", "enshrine", "legislate", "codify", "enact", "enforce", "impose", "launch", "back", "do", "go ahead",
       "press ahead", "push ahead", "proceed", "roll out", "bring in", "go for", "phase in", "swap out", "swap",
       "make the switch", "switch over")
# Allowing or adding something: yes to a proposal to do it, no to a proposal to ban or cut it.
_POS = ("make", "fund", "allow", "permit", "offer", "expand", "extend", "legalise", "legalize", "encourage",
        "subsidise", "subsidize", "provide", "join", "switch", "move", "build", "bring back", "sign up")
_NEG = ("scrap", "ban", "abolish", "drop", "ditch", "block", "reject", "stop", "end", "prohibit", "outlaw", "repeal",
        "forbid", "cancel", "shelve", "axe", "bar", "remove", "eliminate", "veto", "phase out", "get rid of",
        "switch off", "scale back", "rule out", "pull the plug on", "say no to", "keep out", "keep away",
        "steer clear of")
_KEEP = ("keep", "retain", "maintain", "preserve", "stay", "remain", "stick with", "stay with", "hold off", "wait",
         "leave it", "leave them", "leave things", "leave that", "leave this", "leave")
# No object needed: the verb alone is the answer ('I'd hold off'), or what is kept is the status quo by nature.
_INTRANSITIVE = {"go ahead", "press ahead", "push ahead", "proceed", "hold off", "wait", "stay", "remain",
                 "leave it", "leave them", "leave things", "leave that", "leave this", "go for", "stick with",
                 "stay with", "make the switch", "switch over", "leave"}
# 'leave' alone is a vote for the status quo only when what is left stays as it is ('leave the system alone')
_AS_IS = re.compile(r"^(?:\s+[\w'’-]+){0,5}?\s+(?:alone|as\s+(?:it|they)\s+(?:is|are)|as\s+is|unchanged|in\s+place"
                    r"|untouched)\b", _I)
# 'in favour of leaving the system as it is': a vote for the status quo
_STATUS_QUO = re.compile(r"\b(?:in\s+favou?r\s+of|support|back|for)\s+(?:leaving|keeping)\b[^.;:!?]{0,60}?"
                         r"\b(?:as\s+(?:it|they)\s+(?:is|are|stands?)|as\s+is|alone|unchanged|in\s+place)\b|\b(?:in\s+favou?r\s+of"
                         r"|stick\s+with)\s+the\s+status\s+quo\b", _I)
# 'keep it simple', 'keep the format short': how something should be done, no vote for the status quo (md-tune36)
_KEEP_MANNER = re.compile(r"\s*(?:it|them|this|that|things|the\s+\w+)\s+(?:simple|short|light|brief|cheap|clear"
                          r"|modest|proportionate|practical|manageable|focused|consistent|affordable|lean|tight"
                          r"|low-cost)\b", _I)
# What 'stay'/'remain' may be followed by when it keeps its subject as it is ('should remain in place').
_KEPT_AS_IS = re.compile(r"\s*(?:(?:firmly\s+)?in\s+(?:place|force)|on\s+the\s+books|as\s+(?:it|they)\s+(?:is|are)"
                         r"|unchanged)?\s*$", _I)
# 'I'd put the money into kerbside collection instead': something else recommended in the proposal's place
_INSTEAD = re.compile(r"\bI(?:'d|’d|\s+would)\s+(?!not\b|n't|n’t|rather\b|prefer\b)(?P<alt>[^.;:!?]{3,80}?)\s+instead"
                      r"\b(?!\s+of\b)", _I)
# 'phase it in', 'roll them out': the particle is moved next to its verb before matching (same length).
_PARTICLE = re.compile(r"\b(phase|roll|bring|swap|switch|scale)\s+(it|them|this|that|these|those)\s+(in|out|back|over"
                       r"|off)\b", _I)
# A softer step than an obligation the question asks about ('encourage' to 'Should X be required?').
_SOFT = {"encourage", "allow", "permit", "offer", "fund"}
_OBLIGE = re.compile(r"\b(?:requir|mandat|compulsor|obligator|forc)\w*", _I)
_CLASS = {**{v: "do" for v in _DO}, **{v: "pos" for v in _POS}, **{v: "neg" for v in _NEG},
          **{v: "keep" for v in _KEEP}}
_VERB = r"(?P<verb>" + "|".join(sorted((v.replace(" ", r"\s+") for v in _CLASS), key=len, reverse=True)) + r")"
_SUBJECT = (r"(?:\bI(?:'d|’d|\s+would)(?:n't|n’t|\s+not|\s+never)?\s+(?:\w+ly\s+|just\s+|simply\s+|still\s+"
            r"|rather\s+)?|\bI(?:'d|’d|\s+would)\s+(?:[\w'’]+\s+){1,5}?and\s+(?:then\s+)?"
            r"|\b(?:should|must|ought\s+to|need\s+to)(?:n't|n’t|\s+not)?\s+(?:\w+ly\s+|just\s+|simply\s+|still\s+)?"
            r"|\blet(?:'s|’s|\s+us)\s+|\bmy\s+(?:advice|recommendation|suggestion|vote)\s+(?:is|would\s+be)\s+to\s+"
            r"|^(?:so\s+|just\s+|simply\s+)?(?=\w+\s+(?:\w+\s+)?(?:it|them|this|that|these|those)\b|go\s+(?:ahead|for\s+it)"
            r"|hold\s+off))")
_REC = re.compile(_SUBJECT + _VERB + r"\b(?P<rest>[^.;:!?]{0,60})", _I)
_POINTER = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:it|them|this|that|these|those|one|the\s+(?:idea|plan|scheme|proposal"
                      r"|policy|change|reform|ban|charge|levy|tax|rule|law|programme|program))\b", _I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# 'X should be barred from…', 'X must be allowed': the proposal said in the passive, its subject before the modal
_PASSIVE = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to)(?:n't|n’t|\s+not|\s+never)?\s+(?:\w+ly\s+|just\s+"
                      r"|simply\s+|still\s+)?be\s+(?P<verb>barred|banned|prohibited|forbidden|outlawed|blocked|prevented"
                      r"|stopped"
                      r"|scrapped|abolished|repealed|phased\s+out|allowed|permitted|required|mandated|kept|retained"
                      r"|maintained)\b", _I)
_PASSIVE_CLASS = {"allowed": "pos", "permitted": "pos", "required": "do", "mandated": "do", "kept": "keep",
                  "retained": "keep", "maintained": "keep"}
_RATHER = re.compile(r"\bI(?:'d|’d|\s+would)\s+(?:much\s+)?(?:rather|prefer|favou?r)\b(?!\s+not\b)[^.;]{0,120}?"
                     r"\b(?:than|over|instead\s+of)\s+(?P<alt>(?:a|an|the)?\s*[^,.;]{1,40})", _I)
# 'Targeted obligations seem to me a better fit than a blanket requirement for a branch in every town': something else
# ranked above the proposal, with no first person.
_RANKED_ABOVE = re.compile(r"\b(?:is|are|seems?|looks?|would be|strikes? me as)\s+(?:to me\s+)?(?:an?\s+)?"
                           r"(?:far\s+|much\s+)?"
                           r"(?:better|wiser|more sensible|more proportionate|more effective|preferable|smarter)"
                           r"(?:\s+(?:fit|option|approach|answer|route|way|choice|tool|bet|path|response))?"
                           r"\s+(?:than|to)\s+(?P<alt>(?:a|an|the)?\s*[^,.;]{1,60})", _I)
# The question's own proposal: a ban (neg), keeping what exists (keep), or doing something new (pos).
_Q_KEEP = re.compile(r"\b(?:keep|retain|maintain|preserve|continue|remain|stay|stick with)\b", _I)
_Q_NEG = re.compile(r"\b(?:ban|prohibit|abolish|scrap(?!e)|outlaw|forbid|restrict|phase out|end|stop|repeal|block"
                    r"|limit|cap|curb|drop|ditch|remove|eliminate|get rid of)"
                    r"(?:s|es|ed|d|ing|ned|ning|ped|ping)?\b", _I)
_BAN = re.compile(r"\b(?:ban|prohibition|moratorium)s?\b", _I)  # a verdict said of a ban
# Recommendations answer questions about what to do, not forecasts ("Will X happen?").
_NORMATIVE = re.compile(r"\b(?:should|ought|shall|worth|good idea|support|favou?r|allowed|permitted)\b", _I)
_NORMATIVE_ZH = re.compile(r"应该|应当|该不该|要不要|是否应|有必要|值得|支持|赞成")
_OPPOSITE_ADJ = {"optional": {"mandatori", "compulsori", "requir"}, "voluntari": {"mandatori", "compulsori", "requir"},
                 "electiv": {"mandatori", "compulsori", "requir"},
                 "paid": {"free"}, "illegal": {"legal"}}
_PREDICT = {
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
_ENDORSE = {
    "en": re.compile(
        r"\bcount\s+me\s+in\b|\bsign\s+me\s+up\b|\bI(?:'m|’m|\s+am)\s+(?:not\s+)?(?:a|an|no)\s+(?:[\w-]+\s+)?"
        r"(?:supporter|fan|backer|advocate|proponent|champion|believer)\b"
        r"|\bI(?:'m|’m|\s+am)\s+(?:not\s+)?(?:all\s+)?for\s+(?:it|this|that|them)\b"
        r"|\bI(?:'m|’m|\s+am)\s+(?:not\s+)?(?:on\s+board|in\s+favou?r)\b|\bI(?:'d|’d|\s+would)\s+vote\s+(?:yes|for)\b"
        r"|\bthumbs\s+up\b", _I),
    "zh": re.compile(r"算我一个|举双手赞成|我投赞成票"),
}
_AGAINST = {
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
_GOOD_NOUN = (r"(?:idea|move|policy|step|plan|call|approach|reform|change|measure|proposal|investment|bet|choice"
              r"|use\s+of\s+(?:money|funds|public\s+money|resources))")
_PRED_SUBJECT = (r"\b(?:it|that|this|doing\s+(?:so|that|this)|the\s+(?:idea|plan|policy|proposal|scheme|move|change|ban"
                 r"|charge|levy|tax|rule|law))\s*(?:'s|’s|\s+is|\s+was|\s+would|\s+will|\s+seems|\s+sounds"
                 r"|\s+looks)(?:n't|n’t|\s+not|\s+never|\s+hardly)?(?:\s+be)?\s+(?:(?!not\b|never\b)\w+\s+)?")
_GOOD = {
    "en": re.compile(
        r"\b(?:good|great|smart|sensible|wise|sound|reasonable|excellent|welcome|worthwhile|overdue|long-overdue"
        r"|clever|promising|necessary|positive|solid|winning)\s+" + _GOOD_NOUN + r"\b"
        r"|\bstep\s+in\s+the\s+right\s+direction\b|\bmore\s+good\s+than\s+harm\b|\bthe\s+right\s+(?:call|thing\s+to\s+do|move|choice|step|way\s+forward)\b"
        # 'I don't think a legal ban is the right answer' (md-tune31): the counterpart of 'the wrong approach' below
        r"|(?:\b(?:is|are|be|was|seems|looks)|'s|’s)\s+(?:\w+\s+)?the\s+right\s+(?:answer|approach|solution|response"
        r"|tool|fix|policy|way)\b"
        r"|" + _PRED_SUBJECT + r"(?:smart|sensible|wise|fair|reasonable|welcome|worthwhile|justified|a\s+win)\b"
        r"|(?:\b(?:is|are|was|seems|feels|looks)|'s|’s)\s+(?:\w+\s+)?overdue\b", _I),
    "zh": re.compile(r"(?:是|不失为)(?:一个|一种|一项)?(?:好|明智|聪明|合理|可行)(?:的)?(?:主意|办法|做法|选择|政策"
                     r"|举措)|效果(?:不错|很好|明显|显著)"),
}
_BAD = {
    "en": re.compile(
        r"\b(?:poor|terrible|awful|misguided|wrongheaded|wrong-headed|foolish|unwise|ill-advised|short-sighted"
        r"|shortsighted|counterproductive|dangerous|reckless|pointless|silly|dumb|naive|wasteful|regressive|unfair"
        r"|inequitable|expensive|costly)\s+" + _GOOD_NOUN
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
        r"|" + _PRED_SUBJECT + r"(?:misguided|wrongheaded|counterproductive|ill-advised|short-sighted|a\s+non-starter"
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
_FOR = {
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
_ALREADY_ZH = re.compile(r"已经(?:在|开始)?([\u4e00-\u9fff]{2})")
_RATHER_ZH = re.compile(r"(?:还|倒)?不如([^。，,；;]{1,20})")
# 'X set aside for something else': 与其X，不如Y; 'Rather than X, …' / 'Instead of X, …' opening a clause.
_SET_ASIDE = {
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
_NOT_ITSELF = {
    "zh": re.compile(r"(?:担心|警惕|在意|顾虑|忧虑|问题)的?(?:不是|并非|不在于?)(?P<obj>[^，,。；;]{1,16}?)本身"),
    "en": re.compile(r"\b(?:problem|worry|concern|issue|risk|danger) (?:is not|isn't|isn’t) (?P<obj>[^,.;]{1,40}?)"
                     r" itself\b", re.IGNORECASE),
}
# A preference said in the first person, and what it prefers.
_PREFERS = {
    "zh": re.compile(r"我(?:个人)?(?:还是)?更(?:赞成|支持|倾向于|看好|主张|认同|愿意选择)"
                     r"(?P<obj>[^，,。；;：:]{2,24})"),
    # 'I'd rather see…', '…would get more benefit from improving uptake' (md-tune23)
    "en": re.compile(r"(?:\bI(?:'d|’d| would)? (?:much )?(?:rather (?:see|have|put)|prefer(?: to see)?)"
                     r"|\b(?:would|could) (?:get|gain|see) (?:more|greater|far more|much more) (?:benefit|value|good)"
                     r" from) (?P<obj>[^,.;:]{2,60})", re.IGNORECASE),
}


def prefers(text: str, lang: str, question: str, qterms: frozenset[str] | set[str]) -> str | None:
    """'deny' when a should-question is answered with a first-person preference for something else
    ('我更赞成引导和激励相结合的软性手段', md-tune21), 'affirm' when the preference names the proposal
    ('我更倾向于取消调休'), else None."""
    m = _PREFERS[lang].search(text)
    if not m or not asks_what_to_do(question, lang):
        return None
    return "affirm" if _echoes(m.group("obj"), lang, question, frozenset(qterms)) else "deny"


def preferred_over(text: str, question: str, qterms: frozenset[str] | set[str]) -> bool:
    """True when an English answer prefers something else over the question's proposal ("I'd favour location bans
    and better facilities over a new charge on every disposable barbecue")."""
    return question_proposal(question) is not None and _ranked_below(text.lower(), _proposal_terms(
        question, qterms)) is not None


# The alternative a question sets against its proposal ('should the state rather than employers pay for it?'): its
# nouns, not the verb that follows ('pay for it' is the proposal's too)
_QUESTION_ALT = re.compile(r"\b(?:rather than|instead of|and not)\s+((?:the\s+)?[\w'’-]+(?:\s+(?:and|or)\s+[\w'’-]+)?)",
                           _I)
_FILLER = {"that", "this", "them", "they", "their", "with", "from", "have", "more", "less"}


@lru_cache(maxsize=1024)
def _alternative_terms(question: str) -> frozenset[str]:
    """The content terms of the alternative a question names against its proposal ('employers')."""
    alt = _QUESTION_ALT.search(question)
    return frozenset({stem(w) for w in _WORD.findall(alt.group(1)) if len(w) > 3} - _FILLER) if alt else frozenset()


def _names_alternative(text: str, question: str) -> bool:
    """True when `text` names the alternative the question sets against its proposal."""
    return bool({stem(w) for w in _WORD.findall(text)} & _alternative_terms(question))


def _proposal_terms(question: str, qterms: frozenset[str] | set[str]) -> set[str]:
    """The question's terms without those of the alternative it names: ranking that alternative lower ('…, rather
    than leaving employers to carry it') agrees with the proposal."""
    return set(qterms) - _alternative_terms(question)


def _ranked_below(clause: str, qterms: frozenset[str] | set[str]) -> re.Match[str] | None:
    """The 'I'd rather / prefer / favour X than / over Y' of a lower-cased clause, when Y is the question's proposal;
    or 'X seems a better fit than Y', when X is something else."""
    roots = {_root(t) for t in qterms}
    alt = _RATHER.search(clause)
    if alt and (_POINTER.match(alt.group("alt")) or roots & _roots(alt.group("alt"))):
        return alt
    better = _RANKED_ABOVE.search(clause)
    if better and roots & _roots(better.group("alt")) and not roots & _roots(clause[:better.start()]):
        return better
    return None


def _roots(text: str) -> set[str]:
    """The roots of a text's words as written (unlike _words, hyphenated words are not split)."""
    return {_root(stem(w)) for w in _WORD.findall(text)}


def set_aside(text: str, lang: str, question: str, qterms: frozenset[str] | set[str]) -> int | None:
    """Where the text sets the question's proposal aside for something else (与其X，不如Y; 'Rather than X, …')."""
    m = _SET_ASIDE[lang].search(text)
    named = m and next((g for g in m.groups() if g), "")
    if lang == "en" and named and _names_alternative(named, question):
        return None  # '…, rather than leaving employers to carry it' to '…the state rather than employers…?': agreed
    return m.start() if m and named and _echoes(named, lang, question, frozenset(qterms)) else None


def _echoes(proposal: str, lang: str, question: str, qterms: frozenset[str]) -> bool:
    """True when the words set aside name the question's proposal ('提速' for '上限应该提高吗', 'raising the cap')."""
    if lang == "zh":
        chars = [c for c in proposal if "\u4e00" <= c <= "\u9fff"]
        return bool(chars) and sum(c in question for c in chars) / len(chars) >= 0.6
    return bool({stem(w) for w in _WORD.findall(proposal)} & qterms)


_POLICY_ZH = re.compile(r"禁止|取消|推广|推行|征收|实施|实行|设立|开放|提高|降低|延长|缩短|允许|放开|立法|补贴")
# Who holds a view the answer reports ('critics', 'experts'), and the verbs that report it.
_OTHERS = (r"supporters|proponents|advocates|backers|critics|opponents|detractors|sceptics|skeptics|people|economists"
           r"|experts|analysts")
_REPORTING = r"say|says|argue|claim|think|believe|insist|warn|reckon|feel"
# Views reported, not held ("Supporters call it a smart move"); a process, not the outcome ("debate is underway").
_REPORTED = {
    "en": re.compile(rf"\b(?:{_OTHERS}|some|others|many)\s+(?:\w+\s+)?(?:{_REPORTING}|call|see|view|regard|consider"
                     r"|describe)\b"
                     r"|\b(?:debate|discussion|conversation|controversy|backlash|research|consultation|talks"
                     r"|negotiations|lobbying|opposition|resistance|criticism|whether)\b", _I),
    "zh": re.compile(r"支持者|反对者|批评者|有人(?:认为|说|担心|觉得)|也有人|有观点认为|争论|讨论"),
}
# An opening that reports others' answer ("Many skeptics argue no: …", "不少批评者认为不应该"): not the answer's own.
REPORTED_VIEW = {
    "en": re.compile(rf"^\W*(?:many|some|most|a lot of|plenty of)?\s*(?:{_OTHERS}|observers|commentators)\s+(?:\w+\s+)?"
                     rf"(?:{_REPORTING}|contend|maintain)\b"
                     # "I've seen the argument that mooring fees are a private matter…" (md-tune33): a side to weigh
                     r"|^\W*I(?:'ve|’ve|\s+have)\s+(?:often\s+)?(?:seen|heard|read)\s+(?:the|an|this|one)\s+"
                     r"(?:argument|claim|case|objection|view)\s+that\b"
                     r"|^\W*(?:the|one|a\s+common)\s+(?:argument|objection|claim)\s+(?:against\s+\w+\s+)?(?:is|goes)"
                     r"\s+that\b", _I),
    "zh": re.compile(r"^\W*(?:很多|不少|一些|许多)?(?:支持者|反对者|批评者|质疑者|有人|也有人|有观点|业内人士|专家)"
                     r"(?:们)?(?:认为|说|担心|觉得|指出|主张)"),
}
# An endorsement names the proposal, or nothing ('I'm a supporter.'), not something else ('a fan of evidence').
_FAN = re.compile(r"(?:supporter|fan|backer|advocate|proponent|champion|believer)$", _I)
_ENDORSED = re.compile(r"\s*(?:[.,;:!—–-]|$|of\s+(?:it|this|that|them|the\s+(?:idea|plan|proposal|policy|scheme"
                       r"|move|change))\b)", _I)
_OF = re.compile(r"\s+of\s+((?:[\w'’-]+\s*){1,5})")


def _fast(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern for lower-cased text, without IGNORECASE (several times faster on long alternations)."""
    return faster(re.compile(re.sub(r"(?<![\\?])[A-Z]", lambda m: m.group().lower(), pattern.pattern)))


_PARTICLE, _REC, _POINTER, _RATHER, _FAN, _ENDORSED, _OF, _AS_IS, _INSTEAD, _STATUS_QUO = (
    _fast(p) for p in (_PARTICLE, _REC, _POINTER, _RATHER, _FAN, _ENDORSED, _OF, _AS_IS, _INSTEAD, _STATUS_QUO))
for _family in (_PREDICT, _ENDORSE, _AGAINST, _GOOD, _BAD, _FOR, _REPORTED):
    _family["en"] = _fast(_family["en"])


@lru_cache(maxsize=512)
def question_proposal(question: str) -> str | None:
    """What the question proposes: keeping what exists ('keep'), a ban or cut ('neg'), or doing something ('pos');
    None for a question about what will happen, which a recommendation does not answer."""
    if not _NORMATIVE.search(question):
        return None
    if _Q_KEEP.search(question):
        return "keep"
    return "neg" if _Q_NEG.search(question) else "pos"


def asks_what_to_do(question: str, lang: str) -> bool:
    """True for a question about what should be done (not what will happen)."""
    return bool(_NORMATIVE_ZH.search(question)) if lang == "zh" else question_proposal(question) is not None


def recommendation(clause: str, question: str, qterms: frozenset[str] | set[str]) -> tuple[str, int, int] | None:
    """A recommended action read against the question's proposal: (label, start, end), or None."""
    if question_proposal(question) is None:
        return None
    if alt := _ranked_below(clause, _proposal_terms(question, qterms)):
        return "deny", alt.start(), alt.start()  # 'I'd rather see tougher enforcement than a ban'
    if (alt := _INSTEAD.search(clause)) and not _POINTER.match(alt.group("alt")) and not _words(alt.group("alt")) & {
            _root(t) for t in qterms}:
        return "deny", alt.start(), alt.start()  # 'I'd spend it on kerbside collection instead'
    if quo := _STATUS_QUO.search(clause):  # 'I come down in favour of leaving things as they are'
        return "affirm" if question_proposal(question) == "keep" else "deny", quo.start(), quo.start()
    if (passive := _PASSIVE.search(clause)) and set(stem(w) for w in _WORD.findall(clause)) & qterms:
        kind = _PASSIVE_CLASS.get(passive.group("verb").lower(), "neg")
        asked = question_proposal(question)
        said = "affirm" if kind in (asked, "do") or (asked == "keep" and kind == "pos") else "deny"
        return said, passive.start(), passive.start("verb")
    for m in _REC.finditer(_PARTICLE.sub(r"\1 \3 \2", clause)):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        rest = m.group("rest")
        if verb in ("stay", "remain", "wait") and re.match(r"\s*(?:out|neutral|silent|impartial|away|on the sidelines"
                                                            r"|and see)\b", rest, _I):
            continue  # 'I'd stay out of this', 'I'd wait and see': no vote for the status quo
        if verb == "leave" and not _AS_IS.match(rest):
            continue  # 'I'd leave the decision to councils' is no vote for what is left as it is
        if verb == "keep" and _KEEP_MANNER.match(rest):
            continue  # 'Keep it simple: time to make safe, …' says how to do it, not to keep things as they are
        if verb in ("stay", "remain") and _KEPT_AS_IS.match(rest) and _shares_root(
                _words(" ".join(_WORD.findall(clause[: m.start()])[-4:])), qterms):
            # 'The fines should remain in place' to 'Should parents be fined…?': what the question asks about, kept;
            # 'things should stay as they are' names nothing asked about, and 'should remain voluntary' changes it
            return ("deny" if question_proposal(question) == "neg" else "affirm"), m.start(), m.start("verb")
        words = [stem(w) for w in _WORD.findall(rest)[:6]]
        words += [stem(p) for w in _WORD.findall(rest)[:6] if "-" in w for p in w.split("-") if p]  # 'twice-yearly'
        if verb not in _INTRANSITIVE and not _POINTER.match(rest) and not set(words) & qterms:
            continue  # 'I'd fund grants instead': not the question's proposal
        kind = _CLASS[verb]
        if verb == "keep" and re.match(r"\s*(?:\w+\s+){0,2}?(?:out|away|off)\b", rest, _I):
            kind = "neg"  # 'keep them out of classrooms'
        if verb == "make" and any(_OPPOSITE_ADJ.get(w, set()) & qterms for w in words):
            return "deny", m.start(), m.start("verb")  # 'make it optional' to '…be compulsory?'
        asked = question_proposal(question)
        if kind == "pos" and verb in _SOFT and _OBLIGE.search(question) and not (
                verb == "fund" and _POINTER.match(rest)):  # 'make it mandatory, fund it properly': funds the duty
            return "deny", m.start(), m.start("verb")  # 'Encourage it' to 'Should X be required?': not required
        if stem(verb.split()[0]) in qterms or kind in (asked, "do") or (asked == "keep" and kind == "pos"):
            return "affirm", m.start(), m.start("verb")
        return "deny", m.start(), m.start("verb")
    return None


def _words(text: str) -> set[str]:
    """The roots of a text's words, hyphenated words also by their parts."""
    return {_root(stem(p)) for w in _WORD.findall(text) for p in {w, *w.split("-")} if p}


def _shares_root(words: set[str], qterms: frozenset[str] | set[str]) -> bool:
    """True when a word and a question term share a root of four letters or more, one the other's start ('fine' and
    'fined')."""
    return any(min(len(w), len(t)) >= 4 and (w.startswith(t) or t.startswith(w)) for w in words for t in qterms)


def _root(term: str) -> str:
    """A stem without a doubled final consonant ('bann' from 'banned' is 'ban')."""
    return term[:-1] if len(term) > 3 and term[-1] == term[-2] and term[-1] not in "aeiou" else term


def _endorsed(clause: str, end: int, qterms: frozenset[str]) -> bool:
    """True when 'a supporter', 'a big fan' stands alone or is 'of' the proposal (a pronoun or the question's words)."""
    if _ENDORSED.match(clause, end):
        return True
    obj = _OF.match(clause, end)
    return bool(obj and {stem(w) for w in _WORD.findall(obj.group(1))} & qterms)


def signal(clause: str, lang: str, question: str, qterms: set[str]) -> tuple[str, int, int] | None:
    """The first position signal in a clause: (label before negation, start, end of the part of the signal in
    which a plain negator counts: 'wouldn't' in "I wouldn't scrap it", 'not' in "it's not a smart idea")."""
    return _signal(clause, lang, question, frozenset(qterms))


@lru_cache(maxsize=2048)
def _signal(clause: str, lang: str, question: str, qterms: frozenset[str]) -> tuple[str, int, int] | None:
    """signal, cached: a clause is often read both as a candidate answer and for its polarity."""
    low = clause.lower()
    clause = low if len(low) == len(clause) else clause  # the English patterns are written for lower case
    if lang == "en" and (rec := recommendation(clause, question, qterms)):
        return rec
    if lang == "zh" and (m := _ALREADY_ZH.search(clause)) and m.group(1) in question and not asks_what_to_do(
            question, lang):
        return "affirm", m.start(), m.start()  # '已经在普及了' to '…会普及吗': it is happening
    if lang == "zh" and (m := _RATHER_ZH.search(clause)) and any(v in question for v in _POLICY_ZH.findall(m.group(1))):
        return "affirm", m.start(), m.start()  # '与其观望，不如直接禁止': the proposal is what it prefers
    if (at := set_aside(clause, lang, question, qterms)) is not None:
        return "deny", at, at  # '与其提速，不如严查改装', 'Rather than raising the cap, …': set aside
    if (m := _NOT_ITSELF[lang].search(clause)) and _echoes(m.group("obj"), lang, question, qterms):
        # '真正该担心的不是分时电价本身，而是执行' (md-tune22): the thing itself is cleared; to 'should X be banned?',
        # that is a no
        return ("deny" if AGAINST_Q[lang].search(question) else "affirm"), m.start(), m.start()
    if preferred := prefers(clause, lang, question, qterms):
        at = _PREFERS[lang].search(clause).start()  # type: ignore[union-attr]
        return preferred, at, at
    for pats, label, inside in ((_FOR, "affirm", False), (_BAD, "deny", True), (_AGAINST, "deny", False),
                                (_GOOD, "affirm", True), (_ENDORSE, "affirm", True), (_PREDICT, "affirm", True)):
        m = pats[lang].search(clause)
        if not m or _REPORTED[lang].search(clause, 0, m.start()):
            continue
        if pats is _ENDORSE and lang == "en" and _FAN.search(m.group()) and not _endorsed(clause, m.end(), qterms):
            continue
        if pats is _PREDICT and asks_what_to_do(question, lang):
            continue  # 'it's already happening in Oslo' describes; it forecasts only for 'Will X happen?'
        if pats in (_BAD, _GOOD) and _BAN.search(clause, 0, m.start()) and not _Q_NEG.search(question):
            label = "affirm" if label == "deny" else "deny"  # 'A blanket ban would be the wrong answer': not the ban
        if pats is _BAD and m.group() == "因噎废食" and not AGAINST_Q[lang].search(question):
            # giving something up for fear of its risks: to '是否应该推行X', refusing X is what it calls wrong
            label = "affirm"
        return label, m.start(), m.end() if inside and lang == "en" else m.start()
    return None
