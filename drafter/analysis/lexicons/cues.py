"""Cue lexicons for positions in zh and en: where an answer states its view, and how it hedges.

Each is a family of synonyms and structures, not phrases copied from one test case, so that unseen
answers that conclude, hedge or concede in other words are still read right.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Conclusion: the position that follows wins over the arguments listed before it.
CONCLUSION = {
    "zh": re.compile(
        r"(?:^|[，,；;：:])\s*(?:所以|因此|因而|故而|可见)|综上|综合(?:来看|而言|考虑|判断|以上|上述|这些|各方面|起来"
        r"|看来)|总的(?:来说|来看|说来|看)"
        r"|总体(?:来说|而言|上|来看|看)|总之|总而言之|整体(?:来看|而言|上)|归根(?:结底|到底)|说到底|简单(?:来说|地说)"
        r"|简而言之|一句话|结论是|我的(?:结论|判断|看法|回答|观点|答案|意见|立场|预测|估计|选择)(?:是)?"
        r"|由此可见|从(?:这些|以上|上述)(?:情况|因素|方面|数据)?(?:来)?看|基于(?:以上|上述|这些)"
        r"|权衡(?:之下|利弊|下来|来看|再三)|两相(?:权衡|比较|对比)|两者相比|相比之下|(?:把|将)这些(?:放在一起|加起来"
        r"|综合起来)"
        r"|这样看来|如此看来|说实话|坦率(?:地)?说|直说|答案是|回答是|我的看法|简短(?:地)?(?:回答|来说)|直接回答"
        r"|先说结论|结论先行|结论[：:]|总结[：:]"),
    "en": re.compile(
        r"(?:^|[,;:]\s*)(?:and\s+)?so\b(?!\s+(?:far|much|many|long|that|too|it\s+seems))|\bthus\b|\btherefore\b"
        r"|\bhence\b"
        r"|\boverall\b|\bon balance\b|\bin short\b|\bin sum\b|\bin summary\b|\bto sum (?:it )?up\b|\ball in all\b"
        r"|\bin conclusion\b|\bnet[- ]net\b|\bbottom line\b|\btaking (?:everything|it all|all (?:of )?(?:this|that"
        r"|these|those))"
        r"(?: into account| together)?\b|\bweighing (?:all|everything|it all|these|those|up|the)\b[^,.:;]*"
        r"|\ball things considered\b|\bput (?:together|simply)\b|\btaken together\b|\bwhen all is said and done\b"
        r"|\bultimately\b|\bin the end\b|\bmy (?:honest |short |best |own |personal |considered )?(?:answer|verdict"
        r"|view"
        r"|conclusion|take|bet|guess"
        r"|judge?ment"
        r"|assessment|position|pick|choice|answer here) (?:is|would be)\b|\bthe (?:short|simple|honest|right|real|best"
        r"|boring|obvious|sensible) (?:answer|choice|call|bet|option)"
        r"(?: here)? is\b"
        r"|\bshort answer\b|\blong story short\b|\bif I (?:had|have) to (?:pick|choose|bet|decide)\b[^,.:;]*"
        r"|\bof the two\b|\bbetween the two\b|\bin a word\b|\bto be (?:clear|honest)\b|\btl;?dr\b|\bshort version\b"
        r"|\bin brief\b", _I),
}
# First-person view: the clause after it states a position.
OPINION = {
    "zh": re.compile(
        r"我(?:个人|还是|更|仍然|始终)?(?:认为|觉得|相信|判断|估计|预计|预测|倾向于认为|倾向于|倾向|看好|支持|赞成"
        r"|主张|押注|会选|选择|选|偏向)"
        r"|在我看来|依我看|我看(?![到见过了着不])|(?:我|本人)[^，。,；;]{0,6}站在(?:支持|赞成|赞同|肯定)[^，。,；;]{0,8}?(?:一边|一方|这边|一侧)|我(?:会|愿意|宁可|宁愿)(?:先|优先|首先|把)|我的看法是|我想|我猜|个人认为|我的判断|我更看重|我更倾向"),
    "en": re.compile(
        r"\bI(?:'d|’d| would)?\s+(?:still\s+|really\s+|honestly\s+|do\s+|personally\s+|strongly\s+)?(?:think|believe"
        r"|expect"
        r"|suspect|reckon|feel|guess|say|argue|bet|support|favou?r|put|estimate|predict|go with|lean(?: towards)?"
        r"|wager|vote"
        r"|side with|back|choose|pick|prioriti[sz]e|rank|rate)\b"
        r"|\bI(?:'m|’m| am) (?:fairly |quite |pretty |reasonably |very )?(?:confident|sure|convinced|inclined to)\b"
        r"|\bin my (?:view|opinion|judge?ment|estimation|assessment|experience)\b|\bmy sense is\b|\bit seems to me\b"
        r"|\bmy (?:own )?view is\b", _I),
}
# First-person view that negates what follows ("I don't think X" = not X).
NEG_OPINION = {
    "zh": re.compile(r"我(?:并|也|从来|倒)?(?:不|没有?)(?:认为|觉得|相信|看好|支持|赞成|同意|指望|预计|期待)|我(?:反对"
                     r"|[^，。,；;]{0,6}站在反对[^，。,；;]{0,8}?(?:一边|一方|这边|一侧)"
                     r"|怀疑|不这么看)"
                     r"|没有理由(?:认为|相信|怀疑)|(?:很难|难以)(?:相信|认同)|我(?:并)?不这么认为"),
    "en": re.compile(
        r"\bI\s+(?:really\s+|honestly\s+|just\s+)?(?:don't|do not|don’t|wouldn't|would not|wouldn’t|can't|cannot"
        r"|can’t)\s+"
        r"(?:really\s+)?(?:think|believe|expect|see|imagine|foresee|support|agree)\b(?!\s+why\s+not)"
        r"|\bI\s+(?:seriously\s+|strongly\s+)?doubt\b|\bI(?:'m| am|’m) (?:not\s+|un)(?:convinced|persuaded)\b"
        r"|\bI'd oppose\b|\bI’d oppose\b|\bI (?:would )?oppose\b|\bthere(?:'s| is) no reason to (?:think|believe"
        r"|expect)\b|\bI(?:'d|’d| would)?\s+(?:vote|argue|come down|side|bet)\s+against\b"
        r"|\bI(?:'m|’m| am) (?:strongly |firmly |dead )?against\b", _I),
}
# Negative views whose verb is itself the position ("我反对", "I'd vote against it until …" = no).
NEG_STANCE_VERB = {
    "zh": re.compile(r"反对|不(?:支持|赞成|同意)|站在反对"),
    "en": re.compile(r"oppose|against|(?:n't|not|n’t)\s+(?:really\s+)?(?:support|agree)", _I),
}
# Concession: what follows is granted, then set aside; the position comes after the turn (but/但).
CONCESSION = {
    "zh": re.compile(r"^(?:不可否认|不能否认|无可否认|谁也不能否认|诚然|固然|虽然|尽管|的确|确实|当然|没错|诚如)"),
    "en": re.compile(r"^(?:no doubt|there(?:'s| is) no (?:doubt|question|denying) that|admittedly|granted|to be sure"
                     r"|it(?:'s| is) true that|sure,|of course,|while|although|though|yes,? some|undeniably)\b", _I),
}
CONTRAST = {
    "zh": re.compile(r"^(?:但|但是|然而|不过|可是)"),
    "en": re.compile(r"^(?:but|however|yet|still|even so|nevertheless|nonetheless|that said|having said that"
                     r"|on the other hand)\b", _I),
}
# Hedged position: partly yes, partly no; a toss-up.
HEDGE = {
    "zh": re.compile(
        r"(?:不好|很难)说(?![^。，,；;]{0,6}[不没])|说不准|说不好|难以(?:一概而论|判断|断言|定论|确定)|很难一概而论|不能一概而论|不可一概而论"
        r"|一半一半|五五开"
        r"|(?:要看|得看|取决于)[^。，,：:]{1,8}[：:]|分情况|要看(?:具体|情况|哪|怎么)|看具体|视(?:具体)?情况而定|因[\u4e00-\u9fff]{1,3}而异|分(?:地区|城市|行业"
        r"|人群)(?:来)?看|(?:部分|局部"
        r"|一部分)[^。]{0,24}(?:整体|总体|全局)"
        r"|有可能也有可能不|可能会也可能不会|不能简单地?(?:用|说|回答|下结论)|喜忧参半|有得有失|一定程度上|某种程度上"
        r"|部分(?:正确|成立)"
        r"|既[^。]{1,12}也[^。]{1,12}(?:不|没)"
        # a split verdict: 部分应该、部分不应该; 有的能，有的不能
        r"|(?:部分|有的|有些|一些)[^。，,；;、]{0,8}[、，,；;]\s*(?:部分|有的|有些|另一些|其余)[^。，,；;]{0,4}(?:不|没|无)"
        # 'X会，Y不会', '核心区可以收，外围没必要': one clause says yes, its parallel says no
        r"|(?<![不没])(?:会|能|可以|应该|需要)(?!说)[^。，,；;]{0,4}[，,；;]\s*[^。，,；;]{1,10}?[不没](?:会|能|可以|应该|需要|必要"
        r"|必|用)[^。，,；;]{0,4}(?=[。，,；;！!]|$)"
        r"|[不没](?:会|能|可以|应该|需要|必要|必|用)[^。，,；;]{0,4}[，,；;]\s*[^。，,；;]{0,10}[^不没。，,；;](?:会|能|可以|应该|需要)"
        r"(?!说)[^。，,；;]{0,4}(?=[。，,；;！!]|$)"
        r"|不确定|说不清|两种可能都有|难下定论|尚无定论|(?<!很)难说(?![^。，,；;]{0,6}[不没])|两可|悬而未决"
        r"|介于[^。，,；;]{0,6}之间|折中|折衷|中间(?:道路|路线)|既不是[^。]{1,16}也不是"
        r"|(?:概率|可能性|机会|把握)[^。，,；;]{0,4}(?:差不多|相当|各半|对半)|对半开|一半对一半|各占一半", _I),
    "en": re.compile(
        r"\bpartly\b|^depends on\b|\b(?:that|this|it all) depends\b|\bdepends (?:very |largely |heavily |entirely )?on"
        r" (?:where|which|who|how|the (?:region|country|city|sector|place|market|context|area))\b|^only (?:in|for"
        r"|where|when)\b|\bnot everywhere\b|\bnot in (?:all|every)\b|\bin part\b|\bpartially\b|\bit depends\b"
        r"|\btoss-?up\b|\bcoin[- ](?:flip|toss)\b"
        r"|(?<!than )(?<!than roughly )\beven odds\b|\bhard to call\b|\banyone's guess\b|\banyone’s guess\b"
        r"|\b50[-/ ]50\b|\bfifty[- ]fifty\b|\byes and no\b|\bhard to say\b(?![^.;,]{0,30}?(?:\bnot\b|n't\b|n’t\b"
        r"|\bnever\b))|\bdifficult to say\b|\btoo close to call\b"
        r"|\bcould go either way\b|\bto (?:some|a certain) (?:extent|degree)\b|\bnot entirely\b|\bin some (?:cases"
        r"|places|ways)\b"
        r"|\bit varies\b|\bmixed (?:picture|bag|answer|case)\b|\bsomewhere in between\b|\bon the fence\b"
        r"|\bneither yes nor no\b|\bI(?:'m|’m| am) (?:genuinely |really |honestly )?(?:torn|conflicted|ambivalent)\b"
        r"|\b(?:in|of) two minds\b"
        r"|\byes (?:for|in|on|when|where|to) [^.;]{1,60}\bno (?:for|in|on|when|where|to)\b"
        r"|\bno (?:for|in|on|when|where|to) [^.;]{1,60}\byes (?:for|in|on|when|where|to)\b"
        r"|\b(?:for|in) some [^.;]{1,40}\bbut not (?:for |in )?(?:others|all)\b"
        r"|\bmaybe\b(?!\s+not)|\bperhaps\b(?!\s+not)|\bunclear\b|\buncertain\b|\bqualified (?:yes|no)\b"
        r"|\btoo (?:early|soon) to (?:tell|say)\b|\bjury is (?:still )?out\b|\bopen question\b"
        r"|\bmiddle (?:path|course|ground|road|way)\b|\bsplit the difference\b|\bas likely as not\b"
        r"|\bequally likely\b|\beven (?:chance|money)\b|\b(?:hardly|not|no|far from|by no means|anything but)"
        r" (?:a |an )?(?:sure thing|certainty|given|done deal|foregone conclusion|slam[- ]dunk|safe bet"
        r"|sure bet)\b", _I),
}
# An explicit even-odds verdict ("a coin flip", "五五开"): a hedged position in its own right, which both-sides
# boilerplate around it does not turn into a dodge.
TOSS_UP = {
    "zh": re.compile(r"五五开|一半一半|对半开|一半对一半|各占一半|成败各半|半支持|(?:概率|可能性|机会"
                     r"|把握)[^。，,；;]{0,4}"
                     r"(?:差不多|相当|各半|对半)"),
    "en": re.compile(r"\bcoin[- ](?:flip|toss)\b|\btoss-?up\b|\b50[-/ ]50\b|\bfifty[- ]fifty\b|\beven odds\b"
                     r"|\beven (?:chance|money)\b|\bas likely as not\b|\bequally likely\b|\bcould go either way\b"
                     r"|\btoo close to call\b", re.IGNORECASE),
}
# First-person stance verbs: the verb itself is the position ("我赞成", "I'd support it").
STANCE_VERB = {
    "zh": re.compile(r"(?:我|本人)(?:个人)?[也更还]?(?:支持|赞成|主张|同意|拥护|赞同)"
                     r"|(?:我|本人)[^，。,；;]{0,6}站在(?:支持|赞成|赞同|肯定)[^，。,；;]{0,8}?(?:一边|一方|这边|一侧)"),
    "en": re.compile(r"\bI(?:'d|’d| would| do)?\s+(?:strongly\s+|fully\s+)?(?:support|favou?r|back|endorse|welcome"
                     r"|agree with|bet on)\b", _I),
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regular expression (bars inside groups and classes left alone)."""
    out, depth, in_class, escaped, start = [], 0, False, False, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def faster(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern with the word boundary that opens each run of alternatives factored out ('\\ba|\\bb' becomes
    '\\b(?:a|b)'): the engine then tries the alternatives only at word boundaries, which makes the long English
    alternations several times faster. The order of the alternatives, and so every match, is unchanged."""
    runs: list[list[str]] = []
    for alt in _alternatives(pattern.pattern):
        bounded = alt.startswith(r"\b")
        if bounded and runs and runs[-1][0].startswith(r"\b"):
            runs[-1].append(alt)
        else:
            runs.append([alt])
    parts = [r"\b(?:" + "|".join(a[2:] for a in run) + ")" if len(run) > 1 else run[0] for run in runs]
    return re.compile("|".join(parts), pattern.flags)


for _table in (CONCLUSION, OPINION, NEG_OPINION, NEG_STANCE_VERB, CONCESSION, CONTRAST, HEDGE, TOSS_UP, STANCE_VERB):
    _table["en"] = faster(_table["en"])
