"""The figure an answer commits to, and whether two answers' figures can both hold."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.analysis.engine.numbers import APPROX_BEFORE, Figure, asked_side, figures, is_reference
from drafter.analysis.engine.numwords import EN_NUMBER, any_int
from drafter.analysis.engine.sentences import Sentence
from drafter.analysis.engine.terms import terms
from drafter.analysis.lexicons.cues import CONCLUSION, OPINION

# Exact figures still agree within this much: 20% and 21% are not a clash a columnist would report.
# Durations get none: an approximate one is already widened by its tolerance band.
_SIZES = ("percent", "count", "money")  # measures of how much, which an answer may swap for one another
_SLACK = {"percent": 1.0, "year": 0.5, "years": 0.0, "age": 0.0}


@dataclass(frozen=True)
class Claim:
    """The figure an answer commits to, with the sentence that states it."""

    low: float
    high: float
    unit: str
    sentence: Sentence
    text: str
    bound: bool
    firm: bool = True


def read_claim(sents: list[Sentence], unit: str | None, question: str) -> Claim | None:
    """The answer's headline figure: the first sentence with a figure in the expected unit, its ranges and points
    merged (bounds only when nothing more precise is given); figures repeated from the question are skipped."""
    asked = {(f.unit, f.low, f.high) for f in figures(question)}
    when = set(_YEAR.findall(question)) if unit != "year" else set()
    noun = _COUNTED.search(question) if unit == "count" else None
    qterms = frozenset(terms(question))
    counted = noun.group(1).lower() if noun else None
    named = _ZH_COUNTER_ASKED.search(question) if unit == "count" else None
    counter = named.group(1) if named else None
    side = asked_side(question)
    # hours are counted in minutes; a question asking 'how many hours' is answered by a figure said in hours
    # ('最长时限应该定为多少小时?' is not answered by '哪怕五分钟后就喝下去')
    hours = unit == "minutes" and bool(_HOURS.search(question))
    found = _first_claim(sents, unit, asked, when, counted, qterms, counter=counter, side=side, hours=hours) or (
        _first_claim(sents, unit, asked, when, counted, qterms, mentions=True, counter=counter, side=side,
                     hours=hours))
    if found or unit not in _SIZES:
        return found
    # an answer that gives a size in another measure (a share for a head count) still states one
    other = _first_claim(sents, None, asked, when, qterms=qterms, counter=counter, side=side)
    # ... but a count never states an amount of money ('本来坐两个人' for '票价定在多少元')
    return other if other and other.unit in _SIZES and not (unit == "money" and other.unit == "count") else None


# A sentence that adds the parts up ('加起来，每年大约需要 1.8 万元', 'All in, that comes to about £18,000').
# ('阳台花卉加起来，蜜源远比想象的多' (md-tune64) puts things together and adds up no figure: one must follow)
_TOTAL = re.compile(r"(?:加起来|合计|总计|总共|一共|算下来|合起来|\b(?:in total|altogether|all in|all told|adds? up to"
                    r"|(?<!it )comes? to|totals?|totalling|totaling)\b)"
                    r"(?=[^。；;.!?]{0,15}?[\d£€$¥一二两三四五六七八九十百千万])", re.IGNORECASE)


def _concluded(text: str) -> bool:
    """True for a sentence that draws the answer's conclusion in its own voice ('综合这些因素，我的看法是：…',
    'All told, I'd put it at…'): its figure comes before the background figures of the opening (md-tune73)."""
    return any(CONCLUSION[lang].search(text) and OPINION[lang].search(text) for lang in ("en", "zh"))


_HOURS = re.compile(r"小时|钟头|\bhours?\b", re.IGNORECASE)


def _first_claim(sents: list[Sentence], unit: str | None, asked: set[tuple[str, float, float]],
                 when: set[str], noun: str | None = None, qterms: frozenset[str] = frozenset(),
                 mentions: bool = False, counter: str | None = None, side: str = "",
                 hours: bool = False) -> Claim | None:
    """The first sentence's figure in `unit` (any unit when None), ranges and points merged: a sentence where the
    answer gives its verdict first, then prose, and table cells (background data, mostly) last; a sentence about
    another year than the one asked ('基数：2024年约500亿元' for 2027) after those about it. A figure in quotation
    marks ('在“8岁”和“18岁”之间二选一') is a mention, taken only when `mentions` is set (no other figure found)."""
    def rank(s: Sentence) -> tuple[bool, bool, bool, bool, bool, bool, bool, int]:
        # ('## 我的估算\n1. 新书采购……约 7000 元；…\n\n加起来，**每年大约需要 1.8 万元**' (md-tune82): under a verdict
        # heading, a paragraph that adds the parts up comes before them; a sum inside a list item is one more part)
        return (not s.verdict, not _concluded(s.text), not (s.kind == "paragraph" and _TOTAL.search(s.text)),
                s.kind == "cell",
                not _PROPOSED.search(s.text), _in_force(s.text), _background(s.text) or _other_year(s.text, when),
                s.index)

    for sent in sorted(sents, key=rank):
        figs = [f for f in figures(sent.text, unit, side) + (_counts_of(sent.text, noun) if noun else [])
                if (f.unit, f.low, f.high) not in asked and (mentions or not _quoted(sent.text, f))]
        if unit:
            figs = [f for f in figs if f.unit == unit or (unit == "count" and f.unit == "money")]
        else:  # a calendar year answers only a question that asks for one (then `unit` says so)
            figs = [f for f in figs if f.unit != "year"]
        if hours:
            figs = [f for f in figs if _HOURS.search(f.text)]
        if counter:  # '每学期安排多少课时?' is not answered by '一两所学校': a count of something else
            figs = [f for f in figs if not _other_counter(f.text, counter)]
        if figs and not unit:
            figs = [f for f in figs if f.unit == figs[0].unit]
        if not figs:
            continue
        figs = _own_after_marker(sent.text, _claimed(sent.text, figs))
        precise = [f for f in figs if not f.bound] or figs
        stated = [f for f in precise if f.firm and f.low < f.high]
        if stated and all(any(r.low <= (f.low + f.high) / 2 <= r.high for r in stated) for f in precise):
            precise = stated  # a range with its middle case ('650亿到750亿元之间，中性情景约700亿元'): the range
        precise = _clause_asked(sent.text, precise, qterms)
        if precise is figs and all(f.bound for f in figs):
            lo, hi = max(f.low for f in figs), min(f.high for f in figs)
            if lo > hi:
                lo, hi = figs[0].low, figs[0].high
        else:
            lo, hi = min(f.low for f in precise), max(f.high for f in precise)
        return Claim(lo, hi, precise[0].unit, sent, precise[0].text, all(f.bound for f in precise),
                     all(f.firm for f in precise))
    return None


_BOLD = re.compile(r"(\*\*|__)(.+?)\1")
_QUOTES = re.compile(r"“[^”]{1,16}”|「[^」]{1,16}」|\"[^\"]{1,16}\"")


def _quoted(text: str, fig: Figure) -> bool:
    """True when the figure stands inside quotation marks of its own ('“8岁”', '"three times"'): a mention."""
    return any(m.start() < fig.start and fig.end < m.end() for m in _QUOTES.finditer(text))


_CLAUSE_CUT = re.compile(r"[,，;；](?!\d)")  # not the comma in "$1,500"


def _clause_asked(text: str, figs: list[Figure], qterms: frozenset[str]) -> list[Figure]:
    """Of single figures in different clauses ('announced in 2014, in force from the start of 2015'), the one whose
    clause uses the question's words ('come into force'); all of them when no clause stands out."""
    # (an approximation, 'roughly 13%', is a single figure too; a stated range is not)
    if len(figs) < 2 or any(f.low < f.high and f.firm for f in figs):
        return figs
    bounds = [0] + [m.end() for m in _CLAUSE_CUT.finditer(text)] + [len(text) + 1]
    def clause(f: Figure) -> str:
        i = max(j for j, b in enumerate(bounds[:-1]) if b <= f.start)
        return text[bounds[i]:bounds[i + 1]]
    if len({clause(f) for f in figs}) < len(figs):
        return figs
    overlap = [len(qterms & terms(clause(f))) for f in figs]
    best = max(overlap)
    return [figs[overlap.index(best)]] if best and overlap.count(best) == 1 else figs


# "Commercial use could end in the early 2030s, but …, my best guess is about 2038": the figure after the answer's own
# marker is its answer; the ones before it set the scene
_OWN_MARKER = re.compile(r"\bmy (?:best |honest |own |central )?(?:guess|estimate|answer|figure|forecast|pick)"
                         r" (?:is|would be)\b|我的(?:估计|判断|答案|估算|预测)是", re.IGNORECASE)


def _own_after_marker(text: str, figs: list[Figure]) -> list[Figure]:
    """The figures after 'my best guess is' when the sentence also has figures before it; else all of them."""
    marker = _OWN_MARKER.search(text)
    after = [f for f in figs if marker and f.start >= marker.end()]
    return after if after and len(after) < len(figs) else figs


def _claimed(text: str, figs: list[Figure]) -> list[Figure]:
    """The figures a sentence claims: those the answer set in bold when others are not, and never a figure it
    only compares against or sets aside when another is left."""
    bold = [(m.start(2), m.end(2)) for m in _BOLD.finditer(text)]
    inside = [f for f in figs if any(a <= f.start and f.end <= b for a, b in bold)]
    if inside and len(inside) < len(figs):
        figs = inside
    claimed = [f for f in figs if not is_reference(text, f)]
    return claimed or figs


# A sentence about the past ('在2019年约45%', 'usage was 80% before the ban') gives background, not the forecast asked
# for; one that also looks ahead ('从2019年的45%将升到…', 'will reach') may hold the answer.
_PAST = re.compile(r"过去|此前|以前|曾经?|去年|历史上|(?:在|于)(?:19|20)\d\d年"
                   r"|\b(?:was|were|had been|used to|historically|last year|in (?:19|20)\d\d|back in|before the)\b",
                   re.IGNORECASE)
_AHEAD = re.compile(r"将|会|预计|预测|估计|未来|到(?:20\d\d|\d+年)|\b(?:will|would|expect|forecast|likely|by (?:20\d\d"
                    r"|the end)|estimate|could|should)\b", re.IGNORECASE)


# 'How many matches will be played?': the noun counted, so that '104 matches' is a count without a counter word.
_COUNTED = re.compile(r"\bhow many ([a-z]{3,})", re.IGNORECASE)
# The counter a Chinese count question names ('多少课时', '多少家'), and the counters a figure may end in.
_ZH_COUNTERS = "课时|节课|人次|人|名|位|辆|家|台|座|户|所|套|艘|架|场|节"
_ZH_COUNTER_ASKED = re.compile(rf"多少({_ZH_COUNTERS})")
_ZH_COUNTER_END = re.compile(rf"({_ZH_COUNTERS})$")


def _other_counter(figure: str, asked: str) -> bool:
    """True when a Chinese count ends in another counter than the one asked for ('一两所' for 多少课时)."""
    end = _ZH_COUNTER_END.search(figure)
    if end is None:
        return False
    pair = {end.group(1), asked}  # counters that name the same thing ('6课时' and '6节课') agree
    return len(pair) == 2 and not pair <= {"课时", "节课", "节"} and not pair <= {"人", "名", "位", "人次"}


def _counts_of(text: str, noun: str) -> list[Figure]:
    """Plain numerals followed by the counted noun ('104 matches', '48 teams', 'two resits', '15–20 transit
    pitches', 'around 10 to 12 transit pitches'), as counts; a range keeps both ends."""
    stem_ = noun[:-1] if noun.endswith("s") else noun
    out = []
    num = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|\b{EN_NUMBER}"
    pattern = (rf"(?<![\d.,$])(?:(?P<low>{num})\s*(?:–|—|-|to)\s*)?(?P<high>{num})\s+(?:more\s+|new\s+|total\s+)?"
               rf"{re.escape(stem_)}\w*")
    for m in re.finditer(pattern, text, re.IGNORECASE):
        high = any_int(m.group("high"))
        low = any_int(m.group("low")) if m.group("low") else high
        if high is None or low is None or low > high:
            continue
        start = m.start("low") if m.group("low") else m.start("high")
        approx = bool(APPROX_BEFORE.search(text, 0, start))  # 'roughly two resits': a figure, not a firm one
        out.append(Figure(low, high, "count", start, m.end("high"), text=m.group(), firm=not approx))
    return out


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _other_year(text: str, when: set[str]) -> bool:
    """True for a sentence that names years, none of them the year the question asks about."""
    said = set(_YEAR.findall(text))
    return bool(when and said and not said & when)


# The answer's own figure, proposed: '我的建议是12到14周岁', '我会把门槛放在…', "I'd set the fine at £60"
_PROPOSED = re.compile(r"我(?:的|会|更|更加)?(?:建议|倾向|主张|给出的)|我会(?:把|将|定)"
                       r"|建议(?:是|为|定在|设在|设为|定为|把|将)"
                       # '定在每小时30元左右比较合适', '如果一定要给出一个数字，…' (md-tune43)
                       r"|(?:比较|较为|最为|更为)合适|一定要给(?:出)?(?:一个)?(?:具体的?)?(?:数字|数值|答案)"
                       # '合适的最高限速落在**120到130公里**之间' (md-tune46): where the right figure lies, said
                       r"|合适的[^，。；,;]{0,12}(?:应该|应当)?(?:落在|定在|设在)"
                       r"|\bI(?:'d|’d|\s+would)\s+(?:set|put|suggest|recommend|go\s+for|pick|choose|propose|peg|fix"
                       r"|keep|hold|leave|stick\s+with)\b"
                       r"|\bmy\s+(?:recommendation|suggestion|answer|figure|pick|proposal|estimate)\s+(?:is|would\s+be)\b"
                       r"|\bI\s+(?:suggest|recommend|propose)\b"
                       # 'Around 35–42 days looks like a reasonable compromise' (not 'a realistic minimum': a bound)
                       r"|\b(?:seems?|looks?|strikes?\s+me\s+as|feels?)\s+(?:like\s+)?(?:a\s+|about\s+)?(?:reasonable|sensible"
                       r"|fair|right|about\s+right|balanced|defensible|proportionate)\b(?!\s+(?:minimum|maximum|floor"
                       r"|ceiling))", re.IGNORECASE)
# A rule already in force: '《噪声污染防治法》自2022年6月5日起施行', 'since the law came into force in 2019'
_ENACTED = re.compile(r"自(?:19|20)\d\d年[^。，,；;]{0,10}起(?:施行|实施|生效)|(?:施行|实施|出台|颁布|生效)以来"
                      r"|^[^。，,；;]{0,6}现行(?:的)?|\bthe\s+current\b|\bcurrently\b"
                      r"|\b(?:came into (?:force|effect)|took effect|was (?:introduced|passed|enacted))\b",
                      re.IGNORECASE)


def _background(text: str) -> bool:
    """True for a sentence that reports the past and does not look ahead."""
    return bool(_PAST.search(text)) and not _AHEAD.search(text)


def _in_force(text: str) -> bool:
    """True for a sentence about a rule already in force ('《噪声污染防治法》自2022年6月5日起施行') that does not look
    ahead: ranked after every other sentence, since a 'past' one may hold a forecast year ('我判断大约在2028年实现')."""
    # "So my answer is the 40-to-60-day range — stricter than the limits firms currently hide behind": a figure the
    # sentence proposes is the answer's own, whatever else it says is current
    return bool(_ENACTED.search(text)) and not _AHEAD.search(text) and not _PROPOSED.search(text)


def past_for_future(claim: Claim, question: str) -> bool:
    """True for a figure from a sentence about a rule already in force when the question asks what will happen:
    background, not the forecast asked for."""
    return bool(_AHEAD.search(question)) and _in_force(claim.sentence.text)


def agree(a: Claim, b: Claim) -> bool | None:
    """True when two claims overlap (within a small slack), False when disjoint, None when units differ."""
    if a.unit != b.unit:
        return None
    gap = max(a.low, b.low) - min(a.high, b.high)
    if a.unit not in _SLACK and not (a.firm and b.firm):
        return gap <= 0  # a tolerance band or a bound already says how far a sum or count stretches
    if any(c.firm and c.low < c.high for c in (a, b)):
        return gap <= 0  # a range as stated says how far it stretches: '8–11%' meets neither '12–15%' nor 'about 14%'
    # relative slack is taken at the figures that face each other, never at an open bound's cap (and with no floor:
    # '每100毫升5克' and '2.5克' are 0.005 and 0.0025 kg)
    slack = _SLACK.get(a.unit, 0.05 * max(abs(max(a.low, b.low)), abs(min(a.high, b.high))))
    return gap <= slack
