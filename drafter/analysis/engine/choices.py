"""Which option an answer picks in a choice question ("A还是B", "Which matters more: X or Y?")."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from drafter.analysis.engine.questions import Option
from drafter.analysis.engine.roles import WEIGHTS, Part, position_parts
from drafter.analysis.engine.sentences import Sentence, is_question
from drafter.analysis.engine.terms import stem, terms

_I = re.IGNORECASE
# Words that mark a pick: comparatives, "I'd choose", 首选…
_CUE = {
    # ('这是一个……的政策选择问题': a choice to be made, named, is no pick)
    "zh": re.compile(r"更[\u4e00-\u9fff]|最[\u4e00-\u9fff]|首选|优先|为主|是关键|才是|关键在于|押注|看好"
                     r"|选(?!择?(?:问题|题))|倾向"
                     r"|主要靠|重点|当务之急"
                     r"|瓶颈|根本|底线|胜出|占上风|不如|与其|而不是|而非|第一|首要|头等|首位|关键在|先(?:把[^，。,；;]{0,6})?(?:投|花|抓|做|办|保|修|建|发展|解决|考虑)"),
    "en": re.compile(r"\b(?:more|most|bigger|biggest|greater|greatest|better|best|main|key|priority|prioriti[sz]e"
                     r"|favou?r"
                     r"|choose|pick|go with|back|bet on|worry more|first|winner|wins?|matters|edge|without question"
                     r"|in my view|I'd argue|rank|clearly|definitely|rather than|instead of|hands down|by far"
                     r"|largest|highest|top|bulk|lion's share|lion’s share|the only (?:thing|option|one|way"
                     r"|choice)|beats?|outperforms?|trumps?|outweighs?|wins? out"
                     # 'Midnight is a neater compromise', "I'd place the responsibility with the school" (md-tune31/32)
                     r"|neater|simpler|fairer|safer|cleaner|compromise|belongs?\s+with|(?:should|must|would)\s+(?:sit|rest"
                     r"|lie)\s+with|place\s+(?:the\s+)?(?:responsibility|duty|job)\s+with)\b", _I),
}
_SAYS_PICK = ("conclusion", "opinion", "last", "first", "bare")
# An option named right after these is the one set aside: 而不是X, 与其X, 比X更, "rather than X", "over X".
_AGAINST = {
    "zh": re.compile(r"(?:而不是|而非|不是|不像|不同于|比|相比(?:之下)?|与其|并非|胜过|强于|超过)[^，。,；;]{0,6}$"
                     r"|不如\s*$"),
    "en": re.compile(r"\b(?:rather than|instead of|than|not|over|ahead of|before|more than|less than|beats?"
                     r"|outperforms?|trumps?|outweighs?)\s+(?:the\s+|a\s+)?$", _I),
}
# An option named under a negation a few words back is not the pick ("doesn't depend on either the platforms").
_NEG_BEFORE = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bwithout|\bneither|\bnor)(?:\s+[\w'’-]+){0,3}?\s+(?:the\s+|a\s+"
                         r"|an\s+)?$", _I)
# "I'd be more hesitant about relying on switch-off": an option the answer is wary of is the one set aside
_WARY_BEFORE = re.compile(r"\b(?:hesitant|wary|cautious|sceptical|skeptical|reluctant|uneasy|nervous|doubtful)\s+"
                          r"(?:about|of|over|towards?)\s+(?:[\w'’-]+\s+){0,3}?(?:the\s+|a\s+|an\s+)?$", _I)
_TURN = {"zh": re.compile(r"[，,；;]\s*(?:但|但是|然而|不过|可是)"),
         "en": re.compile(r"[,;:—–]\s*(?:but|however|yet|though)\b|\b(?:but|however)\b", _I)}
_AFTER_ZH = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:不如|比不上|次之|并非|不是|没那么|不那么)")
# "Zoning isn't the problem", "cheap construction can't add supply": an option that is the subject of a negation.
_AFTER_EN = re.compile(r"[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:can't|can’t|cannot|won't|won’t|isn't|isn’t|aren't|aren’t"
                       r"|doesn't|doesn’t|don't|don’t|is not|are not|will not|does not|do not|matters? less"
                       r"|comes? second"
                       r"|is secondary)\b", re.IGNORECASE)
_PICKING = re.compile(r"\b(?:hesitate|doubt|beat|better|top|match|rival|deny|argue|overstate|ignore)", _I)
_UNBEATEN = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bnothing|\bnobody|\bno one|\bhard to)\s+(?:\w+\s+)?(?:beats?|tops?"
                       r"|match(?:es)?|rivals?)\s+(?:the\s+|a\s+)?$", _I)
_EQUAL = {
    "zh": re.compile(r"同样重要|同等重要|缺一不可|都很重要|两者都|二者都|都不可或缺|并重|不分伯仲|难分高下|相辅相成"),
    "en": re.compile(r"\bequally\b|\bboth (?:matter|are (?:important|essential|needed))\b|\bneither (?:is"
                     r"|matters) more\b"
                     r"|\bgo hand in hand\b|\bcomplementary\b", _I),
}
_BOLD = re.compile(r"\*\*([^*\n]{1,80})\*\*|__([^_\n]{1,80})__")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ROOT = re.compile(r"(?:([b-df-hj-np-tv-z])\1|s)$")  # 'capp' and 'caps' are both 'cap' for matching


@dataclass(frozen=True)
class Pick:
    """The option an answer picks (index into the options), how firmly, and the sentence that says so."""

    option: int | None
    strength: float
    sentence: Sentence | None
    equal: bool = False


# "The answer is (C).", "Answer: **B**", "the correct option is D": a pick named by its letter; the last one counts
# (chain-of-thought answers weigh options before they settle).
_LETTER = re.compile(r"\b(?:answer|option|choice)(?:\s+(?:is|would be|should be|must be))?\s*[:：]?\s*(?:\*\*)?"
                     r"\s*\(?([A-Z])\)?(?![A-Za-z0-9])"
                     # '我选B', '答案：C', '**C 是最有效的手段**'
                     r"|(?:选|选择|答案(?:是|为)?\s*[:：]?|推荐)\s*(?:\*\*)?\s*([A-Z])(?![A-Za-z0-9])"
                     r"|(?<![A-Za-z0-9])([A-Z])\s*(?:项\s*)?(?:是|为|才是)?(?:最|更)(?:有效|好|合适|重要|关键|可行)",
                     re.IGNORECASE)


def _letter_pick(sents: list[Sentence], options: list[Option], skip: set[int]) -> Pick | None:
    """The option a multiple-choice answer names by its letter, from its last statement of the answer."""
    letters = {opt.letter: i for i, opt in enumerate(options)}
    named: list[tuple[bool, bool, str, Sentence]] = []  # (stated as the answer, said with a cue word, letter, where)
    for sent in sents:
        if sent.index in skip:
            continue
        for m in _LETTER.finditer(sent.text):
            if (said := _said_letter(m).upper()) in letters:
                if _MERE_MENTION.fullmatch(m.group().strip()) and _REFERRED.search(sent.text[:m.start()]):
                    continue  # 'the help described in option (b)': referred to, not chosen
                named.append((not _MERE_MENTION.fullmatch(m.group().strip()), bool(_CUE["en"].search(sent.text)
                                                                                or _CUE["zh"].search(sent.text)),
                              said, sent))
    # 'The answer is (B)' wherever it stands, else 'option (a)' said with 'most' or 'best', else the last letter named
    # ('… combined a ban with the help described in option (b)' only mentions it)
    for pool in ([n for n in named if n[0]], [n for n in named if n[1]], named):
        if pool:
            return Pick(letters[pool[-1][2]], STRONG_PICK, pool[-1][3])
    return None


_REFERRED = re.compile(r"\b(?:in|of|from|with|like|under|than|to|and|or|unlike|versus|vs\.?)\s*$", re.IGNORECASE)
_MERE_MENTION = re.compile(r"(?:option|choice)\s*\(?[A-Za-z]\)?", re.IGNORECASE)


def _said_letter(m: re.Match[str]) -> str:
    """The option letter a _LETTER match names."""
    return next((g for g in m.groups() if g), "")


STRONG_PICK = 4.0  # a letter named as the answer is as plain as a pick gets


def _mentions(text: str, opt: Option, lang: str) -> list[int]:
    """Character positions where one of the option's distinctive terms occurs."""
    return list(_mentions_of(text, frozenset(opt.terms), lang))


@lru_cache(maxsize=4096)
def _mentions_of(text: str, option_terms: frozenset[str], lang: str) -> tuple[int, ...]:
    """_mentions, cached: every part of an answer is searched for every option several times."""
    if lang == "zh" or any("\u4e00" <= ch <= "\u9fff" for t in option_terms for ch in t):
        out = []
        low = text.lower()  # terms are lower case: 'TNR' in an answer names the option '绝育放归（TNR）'
        for t in option_terms:
            i = low.find(t)
            while i >= 0:
                out.append(i)
                i = low.find(t, i + 1)
        return tuple(sorted(out))
    return tuple(m.start() for m in _EN_WORD.finditer(text)
                 if any(_names(stem(w), option_terms) for w in _parts(m.group())))


def _parts(word: str) -> tuple[str, ...]:
    """A word and, when hyphenated, its parts ('tax-relief' names 'tax')."""
    return (word, *word.split("-")) if "-" in word else (word,)


def _names(word: str, option_terms: frozenset[str]) -> bool:
    """True when a word stem is one of the option's terms, allowing for stemming that cut them differently
    ('insulation'/'insulating', 'caps'/'capping')."""
    if word in option_terms:
        return True
    roots, heads = _keys(option_terms)
    return _ROOT.sub(r"\1", word) in roots or (len(word) >= 5 and word[:5] in heads)


@lru_cache(maxsize=256)
def _keys(option_terms: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The roots of an option's terms ('capp', 'caps' -> 'cap') and the first five letters of the longer ones."""
    return (frozenset(_ROOT.sub(r"\1", t) for t in option_terms),
            frozenset(t[:5] for t in option_terms if len(t) >= 5))


# "…rather than an activity dependent on family resources": what the alternative is said to be is set aside too
_INSTEAD_OF_BEFORE = re.compile(r"\b(?:rather than|instead of)\s+(?:[\w'’-]+\s+){1,5}$", _I)


def _set_aside(text: str, pos: int, lang: str) -> bool:
    """True when the option mentioned at `pos` is the one being set aside (与其X, X不如Y, 'rather than X')."""
    before = text[max(0, pos - 12): pos]
    if lang == "en":
        if _UNBEATEN.search(text[max(0, pos - 40): pos]):
            return False  # "you can't beat X", "nothing tops X": X is the pick
        if _WARY_BEFORE.search(text[max(0, pos - 60): pos]) or _INSTEAD_OF_BEFORE.search(text[max(0, pos - 60): pos]):
            return True
        neg = _NEG_BEFORE.search(text[max(0, pos - 40): pos])
        if neg and not _PICKING.search(neg.group()):  # but "I wouldn't hesitate to pick X", "can't beat X"
            return True
        after = _AFTER_EN.match(text, pos)  # "X isn't cheap, but it's the best bet" still picks X
        if after and not _TURN["en"].search(text, after.end()):
            return True
    return bool(_AGAINST[lang].search(before)) or (lang == "zh" and bool(_AFTER_ZH.match(text, pos)))


def _candidates(text: str, options: list[Option], lang: str) -> list[tuple[int, int]]:
    """(position, option index) for every mention of an option that is not set aside, in text order. A term inside
    another option's full name ('cameras' in 'lidar plus cameras') names that other option, not its own."""
    named = [(m.start(), m.end(), i) for i, opt in enumerate(options) if (pat := _full_name(opt.text))
             for m in pat.finditer(text)]
    found = []
    for i, opt in enumerate(options):
        found += [(p, i) for p in _mentions(text, opt, lang) if not _set_aside(text, p, lang)
                  and not any(j != i and s <= p < e for s, e, j in named) and not _quoted_word(text, p)]
    return sorted(found)


_QUOTED_WORD = re.compile(r"[\w-]{1,24}[\"”’'」]")


def _quoted_word(text: str, pos: int) -> bool:
    """True for a single word in quote marks ('the slide from "voluntary" to "expected"'): a word talked about, not
    an option named."""
    return pos > 0 and text[pos - 1] in "\"“‘'「" and bool(_QUOTED_WORD.match(text, pos))


_JOINERS = {"plus", "and", "with", "+", "&", "加", "和", "与"}


@lru_cache(maxsize=256)
def _full_name(option: str) -> re.Pattern[str] | None:
    """An option named in full, joiners loosely ('lidar plus cameras', 'lidar + camera'); None for one word."""
    words = [w for w in re.findall(r"[A-Za-z]+|[\u4e00-\u9fff]+|[+&]", option) if w.lower() not in _JOINERS]
    if len(words) < 2:
        return None
    join = r"(?:\s*(?:\+|&|/|plus|and|with|加|和|与)\s*|\s+|)"
    return re.compile(join.join(re.escape(w) + ("s?" if w.isascii() else "") for w in words), re.IGNORECASE)


# "National government should have the final say, …": the option is the subject of the question's own predicate
_SUBJECT_PICK = re.compile(r"^\W*(?P<subject>[^,;:.!?]{2,60}?)\s+(?:should|must|ought to|needs? to)\s+(?:have|hold|take"
                           r"|make|decide|pay|cover|meet|run|set|enforce|be responsible|bear|fund|own|keep)\b", _I)


# '车主（及其保险）负首要责任，平台负补充责任' (md-tune47): the option that bears the responsibility asked about
_ZH_SUBJECT_PICK = re.compile(r"^\W*(?:应当|应该|应)?由?(?P<subject>[^，,。；;]{1,20}?)(?:应当|应该|应)?(?:负|承担|担)"
                              r"(?:首要|主要|第一|全部)(?:赔偿)?责任")


def _subject_pick(text: str, options: list[Option], lang: str) -> int | None:
    """The option a clause opens with as the subject of 'should have/decide/pay…' ('负首要责任'), when it names
    just one (a bracketed aside in the subject, '车主（及其保险）', names nothing)."""
    m = (_SUBJECT_PICK if lang == "en" else _ZH_SUBJECT_PICK).match(text)
    subject = re.sub(r"[（(][^）)]*[）)]", "", m.group("subject")) if m else ""
    named = {i for _, i in _candidates(subject, options, lang)} if m else set()
    return named.pop() if len(named) == 1 else None


def _vote(part: Part, options: list[Option], lang: str, had_bare: bool = False) -> tuple[int, float] | None:
    """The option one part votes for, with the weight of the vote."""
    text = part.text
    if part.role in _SAYS_PICK and not part.flip and (subject := _subject_pick(text, options, lang)) is not None:
        return subject, part.weight
    if part.role in ("conclusion", "opinion") and not _candidates(text, options, lang):
        text = part.sentence.text  # "…，我认为这才是重点": the view points back into its sentence
    # "I lean towards X, though the case for Y is more attractive than it appears": after 'though' comes the
    # concession, not the point
    turns = [t for t in _TURN[lang].finditer(text) if not t.group().lower().endswith("though")]
    turn = turns[-1] if turns else None
    if turn and _candidates(text[turn.end():], options, lang):
        text = text[turn.end():]  # "A is fine, but B matters more": the point comes after the turn
    cue = _CUE[lang].search(text)
    short = len(text) <= 12 if lang == "zh" else len(text.split()) <= 6
    cands = _candidates(text, options, lang)
    if part.role == "bare":  # "Nuclear." or "Laptops, frankly: …" picks; "Nuclear has obvious appeal: …" argues
        picks = bool(cue) or _only_options(text, options, lang)
    elif part.role == "first" and not had_bare and _only_options(text, options, lang):
        picks = True  # "The transaction levy feeding a state scheme.": an opening that only names an option
    else:  # a long sentence that merely mentions an option is argument, not a pick
        picks = bool(cue) or short or part.role == "conclusion" or (
            part.role == "opinion" and bool(_CUE[lang].search(part.sentence.text)))  # "我会先把钱花在X上"
    if not picks:
        return None
    picked = {i for _, i in cands}
    if not cands:
        return None
    weight = part.weight
    if part.role == "conclusion" and not short and not _only_options(text, options, lang):
        # a reason given under the verdict heading ('It removes the twice-yearly disruption…'); with a cue word
        # somewhere in it ('fixes most of the problems … that digital wallets follow') it still weighs less than a
        # pick said in so many words
        weight *= 0.8 if cue else 0.4
    if part.flip and len(options) == 2 and len(picked) == 1:
        return 1 - cands[0][1], weight  # "我不认为X更重要": the other one
    if len(picked) == 1:
        return cands[0][1], weight
    if (bolded := _bolded(text, options, lang)) is not None:
        # "for what councils are measured against, the answer has to be a **single national deadline**": of the
        # options a verdict names, the one it sets in bold is its pick
        return bolded, weight
    if cue:
        before_cue = [c for c in cands if c[0] <= cue.start()]
        chosen = before_cue[-1] if before_cue else cands[0]
        return chosen[1], weight * 0.6
    return cands[0][1], weight * 0.4


def _bolded(text: str, options: list[Option], lang: str) -> int | None:
    """The one option that bold text inside `text` names, if exactly one is."""
    named = {i for m in _BOLD.finditer(text) for _, i in _candidates(m.group(1) or m.group(2) or "", options, lang)}
    return named.pop() if len(named) == 1 else None


def _only_options(text: str, options: list[Option], lang: str) -> bool:
    """True when the clause says little besides naming options ('Nuclear.', '主要由平台承担', 'Solar, clearly')."""
    first = re.split(r"[，,；;：:。.!！?？]", text, maxsplit=1)[0]
    said = terms(first)
    named = set().union(*(o.terms for o in options))
    if lang == "zh":
        rest = [t for t in said if not any(t in n or n in t for n in named)]
        return len(rest) <= 3
    return len(said - named) <= 1


def read_pick(sents: list[Sentence], lang: str, options: list[Option], skip: set[int] | None = None,
              turned: set[int] | None = None) -> Pick:
    """Weigh every position-bearing part and return the option the answer picks."""
    if options and options[0].letter and (lettered := _letter_pick(sents, options, skip or set())):
        return lettered
    scores: dict[int, float] = defaultdict(float)
    best: dict[int, tuple[float, int, Sentence]] = {}
    pointer: tuple[int, float] | None = None  # "关键在人。先让老师…": a cue that names nothing points to what follows
    bare: set[int] = set()  # an opening with a bare part is not read again as a bare pick
    for part in position_parts(sents, lang, skip, turned):
        if part.role == "bare":
            bare.add(part.sentence.index)
        vote = _vote(part, options, lang, part.sentence.index in bare)
        named = {i for _, i in _candidates(part.text, options, lang)}
        if not vote and pointer and pointer[0] == part.sentence.index - 1 and len(named) == 1:
            vote = (named.pop(), pointer[1])
        if not vote and not named and _CUE[lang].search(part.text):
            pointer = (part.sentence.index, part.weight)
        if not vote:
            continue
        opt, weight = vote
        scores[opt] += weight
        key = (weight, part.sentence.index)
        if opt not in best or key >= best[opt][:2]:
            best[opt] = (weight, part.sentence.index, part.sentence)
    if nth := _ordinal_pick(sents, options, lang, skip or set()):  # named by its place: as plain as a stated pick
        scores[nth[0]] += WEIGHTS["conclusion"]
        best[nth[0]] = (WEIGHTS["conclusion"], nth[1].index, nth[1])
    if labelled := _labelled_pick(sents, options, lang, skip or set()):  # "Recommendation: the open market."
        scores[labelled[0]] += WEIGHTS["conclusion"]
        best[labelled[0]] = (WEIGHTS["conclusion"], labelled[1].index, labelled[1])
    if bold := _bold_pick(sents, options, lang, skip or set()):
        scores[bold[0]] += WEIGHTS["opinion"]
        best.setdefault(bold[0], (WEIGHTS["opinion"], bold[1].index, bold[1]))
    equal = any(_EQUAL[lang].search(s.text) for s in sents if s.index not in (skip or set()))
    if not scores:
        found = None if equal else _by_overlap(sents, options, lang, skip or set())
        return Pick(found[0], 1.0, found[1]) if found else Pick(None, 0.0, None, equal)
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -best[kv[0]][1]))
    top, score = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if runner and score - runner < 0.5:
        return Pick(None, score - runner, best[top][2], True)
    return Pick(top, score - 0.5 * runner, best[top][2], equal and score - runner < 2)


def _by_overlap(sents: list[Sentence], options: list[Option], lang: str,
                skip: set[int]) -> tuple[int, Sentence] | None:
    """The option an answer describes in its own words when no sentence marks a pick ('A pot that follows the
    worker from app to app' for 'a portable account funded by platforms'): the one whose distinctive terms (and
    their synonyms) it names most, at least two of them and more than any other option's."""
    said: dict[int, set[str]] = defaultdict(set)
    first: dict[int, Sentence] = {}
    for sent in sents:
        if sent.index in skip or is_question(sent.text):
            continue
        for pos, i in _candidates(sent.text, options, lang):
            said[i].add(_term_at(sent.text, pos, options[i], lang))
            first.setdefault(i, sent)
    ranked = sorted(said, key=lambda i: -len(said[i]))
    if not ranked or len(said[ranked[0]]) < 2 or (len(ranked) > 1 and len(said[ranked[1]]) >= len(said[ranked[0]])):
        return None
    return ranked[0], first[ranked[0]]


def _term_at(text: str, pos: int, opt: Option, lang: str) -> str:
    """The option term named at `pos` (the word there, for English; the longest matching term, for Chinese)."""
    if lang == "en":
        m = _EN_WORD.match(text, pos)
        return stem(m.group()) if m else str(pos)
    return max((t for t in opt.terms if text.startswith(t, pos)), key=len, default=str(pos))


def _bold_pick(sents: list[Sentence], options: list[Option], lang: str,
               skip: set[int]) -> tuple[int, Sentence] | None:
    """The option set in bold ('the biggest effect is **lower speed limits**'), when bold names exactly one option
    (bold headings for every option, as in a list of pros and cons, pick nothing)."""
    named: dict[int, Sentence] = {}
    for sent in sents:
        if sent.index in skip or ("**" not in sent.text and "__" not in sent.text):
            continue
        for m in _BOLD.finditer(sent.text):
            span = m.group(1) or m.group(2) or ""
            for _, i in _candidates(span, options, lang):
                named.setdefault(i, sent)
    return next(iter(named.items())) if len(named) == 1 else None


# "Recommendation: the open market.", "My pick: the school.", "结论：随机派位。" (md-tune46): a pick under its label
_LABELLED = {
    "en": re.compile(r"^\W*(?:(?:my |final |short )?(?:recommendation|pick|choice|answer|verdict|vote)|bottom line)"
                     r"\s*[:：—–]\s*(?P<rest>[^.;!?]{2,80})[.!]?\W*$", _I),
    "zh": re.compile(r"^\W*(?:我的)?(?:建议|结论|选择|答案|回答)\s*[:：]\s*(?P<rest>[^。；！？]{2,30})[。！]?\W*$"),
}


def _labelled_pick(sents: list[Sentence], options: list[Option], lang: str,
                   skip: set[int]) -> tuple[int, Sentence] | None:
    """The option a short labelled line names, when it names exactly one ('Recommendation: the open market.')."""
    for sent in sents:
        if sent.index in skip or not (m := _LABELLED[lang].match(sent.text)):
            continue
        named = {i for _, i in _candidates(m.group("rest"), options, lang)}
        if len(named) == 1:
            return named.pop(), sent
    return None


# An option picked by its place in the question: 'The first option.', 'I'd go with the latter', '我选第三个', '后者'.
_ORDINAL = {
    "en": re.compile(r"^\W*(?:(?:I(?:'d|’d| would)?|we(?:'d|’d| would)?)\s+(?:pick|choose|go\s+with|prefer|favou?r"
                     r"|back|opt\s+for|vote\s+for)\s+|my\s+(?:pick|choice|vote)\s+(?:is|would\s+be)\s+)?the\s+(first"
                     r"|second|third|fourth|former|latter|last)(?:\s+(?:one|option|choice|approach))?\s*"
                     r"(?:[.,;:!—–]|$)", _I),
    "zh": re.compile(r"^(?:我)?(?:会|更)?(?:选|选择|倾向于?|支持|赞成)?"
                     r"(?:第([一二三四1-4])(?:个|种|项|条)?(?:方案|选项)?|(前者|后者))(?:[，,。；;！!]|$)"),
}
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "former": 0, "一": 0, "二": 1, "三": 2, "四": 3, "1": 0,
        "2": 1, "3": 2, "4": 3, "前者": 0}


def _ordinal_pick(sents: list[Sentence], options: list[Option], lang: str,
                  skip: set[int]) -> tuple[int, Sentence] | None:
    """The option an answer's opening picks by its place in the question ('The first option.', '我选第三个')."""
    sent = next((s for s in sents if s.index not in skip), None)
    m = _ORDINAL[lang].search(sent.text) if sent else None
    if not m or not sent:
        return None
    word = next(g for g in m.groups() if g).lower()
    i = len(options) - 1 if word in ("latter", "last", "后者") else _NTH.get(word, -1)
    return (i, sent) if 0 <= i < len(options) else None
