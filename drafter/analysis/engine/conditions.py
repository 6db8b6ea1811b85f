"""Conditional and split answers, which the label rules call mixed (partly yes, partly no).

- A conditional yes whose condition the answer treats as open: "Yes if X; without X, no", "Only if X", "Yes if X,
  and I doubt X". A plain "Yes, if it is designed well" stays a yes.
- A split verdict by group: "For older pupils, yes. For younger ones, no", "12岁以下支持禁止；12到14岁不宜禁止".
  Each group is named by a scope (an age, a school stage, a region, a size of firm) and gets its own yes or no.
"""

from __future__ import annotations

import re

from drafter.analysis.engine.polarity import strip_markup
from drafter.analysis.engine.sentences import Sentence, is_question

_I = re.IGNORECASE
_COND_YES = {
    "en": re.compile(r"^(?:yes|yeah|sure)\b\s*[,—–-]?\s*(?:but\s+)?(?:only\s+)?(?:if|provided|as long as|so long as"
                     r"|on (?:the )?condition)\b|^(?:(?:yes|yeah|sure)\b\s*[,—–-]?\s*(?:but\s+)?)?only (?:if|when|where"
                     r"|provided|on (?:the )?condition)\b", _I),
    # (not '只有成规模地拆除，才能让河流重新连通': what only the proposal achieves is an argument for it)
    "zh": re.compile(r"^(?:只有|除非|前提是|条件是)[^。；;]{1,40}(?:才(?!能(?:让|使|把|令))|的话)"
                     r"|^(?:如果|假如|要是)[^。；;]{1,40}(?:的话)?[，,]"
                     r"\s*(?:我)?(?:支持|赞成|可以|应该|会)"),
}
_ONLY = re.compile(r"^(?:(?:yes|yeah|sure)\b\s*[,—–-]?\s*(?:but\s+)?)?only\b|^只有|^除非", _I)
# The other branch said no: "without that, no", "otherwise, no", "as a standalone levy, no", 否则不支持.
_OTHERWISE_NO = {
    "en": re.compile(r"\b(?:otherwise|without (?:that|it|this|one|those|them|such \w+)|if not|failing that"
                     r"|absent (?:that|it|this)|on its own|by itself|as a standalone\b[^,.;]{0,60})\s*[,:—–-]?\s*"
                     r"(?:no|not|I(?:'d|’d| would) (?:say )?no|it(?:'s|’s| is) a no)\b|\bno otherwise\b", _I),
    "zh": re.compile(r"(?:否则|不然|反之|如果(?:做)?不到|做不到的话)[，,]?\s*(?:我)?(?:就)?(?:不|反对|没必要)"),
}
# The condition itself is in doubt: "a big if", "I doubt that will happen", "which is far from certain".
_DOUBT = {
    "en": re.compile(r"\b(?:big|huge|large) if\b|\bI doubt (?:that|it|they|this|we|he|she|there)\b|\bwhich (?:is|seems"
                     r"|looks) (?:\w+ )?(?:unlikely|doubtful|uncertain|far from (?:certain|guaranteed|clear))\b"
                     r"|\bthat(?:'s|’s| is) (?:\w+ )?(?:unlikely|doubtful|far from certain|not a given|uncertain)\b"
                     r"|\bremains to be seen\b", _I),
    "zh": re.compile(r"前提(?:很难|未必|不一定)|(?:能否|能不能)(?:做到|实现)[^。]{0,6}(?:很难说|不好说|存疑)"),
}
_GROUP = (r"(?:older|younger|youngest|oldest|little|small|smaller|large|larger|big|bigger|rural|urban|poorer|richer"
          r"|low-income|high-income|primary|secondary|early|later|upper|lower|junior|senior|teenage|teen)\s+[a-z-]+")
_GROUP_HEAD = re.compile(r"^\W*(?:the\s+)?" + _GROUP)  # a clause that opens on a group: 'Older pupils can…'
_NUM = (r"(?:\d{1,2}(?!\d)|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen"
        r"|twenty|thirty|forty|fifty|sixty|seventy)")
_SCOPE = {
    "en": re.compile(
        r"\b(?:for|among|in|with|from|at)\s+(?:the\s+|most\s+|very\s+)?" + _GROUP +
        r"|\b(?:under|over|above|below)[- ](?:the\s+age\s+of\s+)?" + _NUM + r"s?\b"
        r"|\b(?:from|until|till|before|after)\s+(?:age\s+)?" + _NUM + r"\b|\bage[ds]?\s+" + _NUM + r"\b"
        r"|\b" + _NUM + r"\s*(?:and|or)\s+(?:up|over|above|older|under|below|younger)\b"
        r"|\bin\s+(?:the\s+)?(?:cities|countryside|rural\s+areas|towns|big\s+cities|city\s+centres?|suburbs"
        r"|villages)\b"
        # the complement of a group named before: 'after that', 'for everyone else', 'the older ones'
        r"|\b(?:after|beyond|above|below|under|over)\s+that\b|\bfor\s+(?:the\s+)?(?:rest|others|everyone\s+else"
        r"|everybody\s+else)\b|\b(?:older|younger)\s+ones\b"),  # for lower-cased text: faster than IGNORECASE
    "zh": re.compile(r"\d+\s*(?:岁|周岁)(?:以下|以上|之前|之后|前|后)|\d+\s*(?:到|至|-|~|－|—)\s*\d+\s*岁"
                     r"|(?:小学|初中|高中)?(?:低年级|高年级|中年级)|(?<!中)小学(?:生|阶段)|初中(?:生|阶段|以后|以前)"
                     r"|高中(?:生|阶段|以后)|学龄前|低龄"
                     r"|(?:一线|大|中小|小)城市|农村|乡村|乡镇|县城|城区|郊区|大企业|中小企业|小微企业|(?:高|低)收入"
                     # '对于有独立卫生间的连锁门店，…合理；但对于…的小微商户，…不现实': a group named after 对于
                     r"|对于[^，。；;]{1,24}?(?:门店|商户|商家|店铺|企业|学校|家庭|网点|机构|人群|群体|小区|区域|地段)"),
}
_CUT = {"en": re.compile(r"[;:]|[,—–]\s*(?:but|while|whereas)\b|\s+but\s+", _I),
        "zh": re.compile(r"[；;：:]|[，,]?\s*(?:但是?|不过|而)")}
_CLAUSE = re.compile(r"[，,]")
_CLAUSE_ANY = re.compile(r"[,;:]")
# A bare yes or no under a qualifier of its own: "By law, no." / "As a voluntary option for firms, yes."
_QUALIFIED = re.compile(r"(?:^|(?<=[.;]\s))\W*(?!(?:honestly|frankly|personally|so|well|overall|in short|in sum"
                        r"|short answer|in a word|bottom line|to be honest|in my view|ultimately|in the end|on balance"
                        r"|then|and|but)\b)(?P<scope>[^,;.!?]{3,60})"
                        r",\s*(?:yes|no)\s*(?:[.,;:!—–-]|$)", _I)
_MAX_UNIT = {"en": 45, "zh": 90}


def conditional(sents: list[Sentence], lang: str, skip: set[int]) -> Sentence | None:
    """The sentence with a conditional yes that the answer leaves open, or None."""
    live = [s for s in sents if s.index not in skip and not is_question(s.text)]
    for i, sent in enumerate(live):
        text = strip_markup(sent.text)
        if not _COND_YES[lang].search(text):
            continue
        rest = " ".join(s.text for s in live[i:])
        if _ONLY.search(text) or _OTHERWISE_NO[lang].search(rest) or _DOUBT[lang].search(rest):
            return sent
    return None


def scoped_units(sents: list[Sentence], lang: str, skip: set[int]) -> list[tuple[str, Sentence, str]]:
    """(scope, sentence, text) for every stretch of an answer that speaks about one group ('for older students',
    '12岁以下'): a stretch starts at a clause naming a group and runs to the next group or the end of the part."""
    units: list[tuple[str, Sentence, str]] = []
    for sent in sents:
        if sent.index in skip or is_question(sent.text):
            continue
        low = sent.text.lower()
        if not _SCOPE[lang].search(low) and not (lang == "en" and (_QUALIFIED.search(sent.text) or any(
                _GROUP_HEAD.match(c) for c in _CLAUSE_ANY.split(low)))):
            continue
        for part in _CUT[lang].split(sent.text):
            if lang == "en" and (qualified := _QUALIFIED.match(part.strip())):
                units.append((qualified.group("scope").lower(), sent, part))
                continue
            scope = ""
            buf: list[str] = []
            for clause in _CLAUSE.split(part):
                low = clause.lower()
                m = _SCOPE[lang].search(low) or (_GROUP_HEAD.match(low) if lang == "en" else None)
                if m and m.group().lower() != scope:
                    if scope and buf:
                        units.append((scope, sent, ",".join(buf)))
                    scope, buf = m.group().lower(), []
                buf.append(clause)
            if scope and buf:
                units.append((scope, sent, ",".join(buf)))
    size = _MAX_UNIT[lang]
    return [u for u in units if (len(u[2]) if lang == "zh" else len(u[2].split())) <= size]


def split_verdict(sents: list[Sentence], lang: str, qterms: set[str], question: str,
                  skip: set[int]) -> Sentence | None:
    """The sentence where an answer says yes for one group and no for another, or None."""
    said: dict[str, list[tuple[str, Sentence]]] = {"affirm": [], "deny": []}
    units = scoped_units(sents, lang, skip)
    if lang == "zh":  # '应当在全国县城全面推开吗': 县城 is whom the question is about, not a group to split it by
        units = [unit for unit in units if unit[0] not in question]
    if len({scope for scope, _, _ in units}) < 2:
        return None
    read = [(scope, sent, text, _unit_stance(text, scope, lang, qterms, question)) for scope, sent, text in units]
    for scope, sent, _, label in read:
        if label in said:
            said[label].append((scope, sent))
    for scope, sent in said["affirm"]:
        for other, where in said["deny"]:
            if other != scope and not _same_group(scope, other, lang):
                return max(sent, where, key=lambda s: s.index)
    # "For large firms, yes. For small businesses, the figures are meaningless": the opposite group, in another tone
    for scope, sent, _, label in read:
        for other, where, text, other_label in read:
            if label in said and other_label is None and _opposed(scope, other, lang) and _TONE[
                    "deny" if label == "affirm" else "affirm"][lang].search(text):
                return max(sent, where, key=lambda s: s.index)
    return None


def _unit_stance(text: str, scope: str, lang: str, qterms: set[str], question: str) -> str | None:
    """What one group's stretch says: '低年级可以全面禁止' is read as '可以全面禁止' (the group, then its verdict)."""
    from drafter.analysis.engine.stance import read_stance

    if lang == "zh":
        text = text.replace(scope, "", 1).lstrip("的，, ")
    text = text.strip()
    return read_stance([Sentence(0, len(text), text, 0)], lang, qterms, question).label if text else None


def _same_group(a: str, b: str, lang: str) -> bool:
    """True when two scopes name the same group in other words ('small takeaways' and 'for small businesses'): a
    point against answered by one for, not a yes for one group and a no for another."""
    if lang == "zh":
        return False
    words = [set(re.findall(r"[a-z][a-z-]+", s.lower())) for s in (a, b)]
    return bool(words[0] & words[1] & _GROUP_WORDS)


def _opposed(a: str, b: str, lang: str) -> bool:
    """True when two scopes name opposite groups ('large firms' and 'small businesses', '12岁以下' and '12岁以上')."""
    return any((x in a and y in b) or (y in a and x in b) for x, y in _OPPOSITES[lang])


_OPPOSITES = {
    "en": [("older", "younger"), ("oldest", "youngest"), ("large", "small"), ("larger", "smaller"), ("big", "small"),
           ("bigger", "smaller"), ("rural", "urban"), ("poorer", "richer"), ("low-income", "high-income"),
           ("primary", "secondary"), ("early", "later"), ("upper", "lower"), ("junior", "senior"), ("under", "over"),
           ("below", "above"), ("cities", "countryside"), ("cities", "rural")],
    "zh": [("以下", "以上"), ("之前", "之后"), ("大城市", "小城市"), ("城市", "农村"), ("城市", "乡村"),
           ("城市", "县城"), ("城市", "乡镇"),
           ("大企业", "小"), ("低年级", "高年级"), ("小学", "初中"), ("小学", "高中"), ("高收入", "低收入")],
}
# the words that name a group ('small', 'older'): a scope that shares one with another names the same group
_GROUP_WORDS = {w for pair in _OPPOSITES["en"] for w in pair}
_TONE = {
    "deny": {"en": re.compile(r"\b(?:not|no|never|meaningless|pointless|burden\w*|unnecessary|overkill|excessive"
                              r"|harm\w*|risk\w*|waste\w*|too\s+(?:young|small|early|costly|expensive))\b"
                              r"|n't\b|n’t\b", _I),
             "zh": re.compile(r"不|没|无|负担|浪费|风险")},
    "affirm": {"en": re.compile(r"\b(?:fine|sensible|worth\w*|good|helps?|benefit\w*|makes sense|valuable|useful"
                                r"|ready)\b", _I),
               "zh": re.compile(r"可以|有益|好处|合适|没问题")},
}
