"""What a question asks: yes/no, a choice between options, a number, or open; its options, unit and core."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.analysis.engine.restate import whether_clause
from drafter.analysis.engine.terms import terms
from drafter.analysis.lexicons.data import tables
from drafter.analysis.lexicons.question_cues import NUMBER_Q, UNITS, YESNO_Q
from drafter.analysis.lexicons.synonyms import related

_I = re.IGNORECASE
_ZH_CHOICE_WHICH = re.compile(r"哪(?:个|一个|种|一种|项|一项|方面|一方|边|样|条)")
_ZH_QUOTED = re.compile(r"[“\"「]([^”\"」]{1,24})[”\"」]")
_ZH_ASKER = re.compile(r"^(?:你|您)(?:认为|觉得|看来)?")
_ZH_JOIN = re.compile(r"和|与|跟|及|以及|、|或者|或是|或")
_ZH_LIST = re.compile(r"[、；;]|[，,]\s*(?:或者|或是|或|还是)?|(?:或者|或是|还是)")
_EN_LIST = re.compile(r"\s*[;,]\s*(?:or\s+|and\s+)?|\s+or\s+")
_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]")
_LIST_MARK = re.compile(r"[：:]|\s[—–-]{1,2}\s")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\(?[0-9a-zA-Z一二三四五六][.)、）])\s*")
_ZH_LEFT_LEAD = re.compile(r"^.*?(?:更应该|更应|应该|应当|更需要|需要|更要|主要|优先|首先|是)(?:看重|重视|依靠|靠|选择"
                           r"|发展|关注|投入|强调|考虑|优先)?"
                           r"|^.*?(?:看重|重视|依靠|选择|更缺的?是|缺的?是|优先考虑)")
_ZH_FRAME_LEAD = re.compile(r"^(?:重点|关键|主要|首先|更|还|应该|应当|应|要|需要|该|放在|集中在|聚焦于?|依靠|靠|看重"
                            r"|重视|选择|优先|发展|是|在|以)+")
_ZH_FRAME_TAIL = re.compile(r"(?:上|方面|领域|为主|为好|更好|更重要)+$")
_ZH_TAIL = re.compile(r"(?:更|最)[\u4e00-\u9fff]{0,5}$|[呢吗？?。]+$|哪.*$")
_EN_CHOICE = re.compile(r"\b(?:which|what)\b[^?]{0,80}\b(?:more|better|bigger|greater|most|first|prefer|priority"
                        r"|higher|larger"
                        r"|worse|rather)\b|\b(?:prefer|prioriti[sz]e|choose|pick|favou?r)\b", _I)
_EN_OR = re.compile(r"(?<![\d%])\s+or\s+(?!not\b|so\b|later\b|earlier\b|otherwise\b|two\b|three\b|sooner\b|worse\b"
                    r"|never\b)",
                    _I)
_EN_LEAD = re.compile(r"^(?:\s*(?:which|what)\b[^,:]*?\b(?:more|better|bigger|greater|most|first)\b\s*(?:\w+\s+){0,6}?"
                      r"(?:to|for|in|:)?\s*)", _I)

# "should a country", "will we": the asking frame before the first option of a yes/no-shaped choice.
_EN_SUBJECT = re.compile(r"^(?:should|will|would|is|are|do|does|can|could|must)\s+(?:(?:(?:a|an|the|this|that|our|your"
                         r"|their"
                         r"|my)\s+\w+|we|they|you|it|i|he|she|people|governments?|cities|countries|companies"
                         r"|schools)\s+)?", _I)
_EN_TAIL = re.compile(r"\s+(?:is |are |would be |will be )?(?:the )?(?:better|best|worst|more|worse|bigger|greater"
                      r"|larger|safer"
                      r"|cheaper"
                      r"|faster)\b.*$", _I)
_QWORD = re.compile(r"\b(?:should|will|would|is|are|do|does|can|could|must)\b", _I)
_WHICH = re.compile(r"\b(?:which|what)\b", _I)
# "Who should pay — Network Rail, the operators, or the council?": a list after a mark answers a 'who' too
_WHICH_LISTED = re.compile(r"\b(?:which|what|who)\b", _I)
_ZH_DIM = re.compile(r"哪(?:个|一个|种|一种|项|一项|方面|一方|边|样|条)?(?:更|最)[\u4e00-\u9fff]{1,5}")
_EN_DIM = re.compile(r"\b(?:which|what)\b[^:?,]{3,60}", _I)


@dataclass
class Option:
    """One option of a choice question and the terms that tell it apart from the others."""

    text: str
    terms: set[str] = field(default_factory=set)
    letter: str = ""  # multiple choice: the letter that names the option ("the answer is (C)")


@dataclass
class QInfo:
    """A question as the analyzer sees it."""

    id: str
    text: str
    lang: str
    kind: str
    terms: set[str]
    options: list[Option]
    unit: str | None
    core: str
    statement: bool = False  # a statement to agree or disagree with ("Please respond to the following statement: …")
    task: bool = False  # a request to produce something ("List…", "Write an essay…", "分析…"), not a question


# "List examples of…", "Write an essay…", "分析…", "撰写…": an open request to produce a text, whose only answer is
# the text itself; a remark about the topic does not do it.
_TASK = tables("question.task")


# "能在未来几年缩短排队吗？", "Will it cut waits within a few years?": a figure in a yes/no question is context,
# not what is asked; the question's form decides.
_ASKS_YES_NO = {
    "zh": re.compile(r"(?:吗|么|嘛)\s*[？?]?\s*$"),
    "en": re.compile(r"^(?:will|would|should|shall|is|are|was|were|can|could|do|does|did|has|have|had|must|may|might)"
                     # "Should there be a cap on how many times…", "Would it reduce how much people eat?": a 'how
                     # many' governed by a preposition or a verb is the proposal's object, not what is asked; only
                     # one asked on its own ("…, and by how much?", "If so, how many?", "more than how many
                     # years?", "Can you tell me how many…") makes the question a number question
                     r"\b(?![^?]*(?:[,;:—–(]\s*|\band\s+|\bor\s+|\bso\s+|\bthan\s+|^|\b(?:tell|show|explain|say"
                     r"|know|estimate|guess|calculate|work out)\s+(?:me\s+|us\s+)?)"
                     r"(?:(?:and|but|if so|by|to|up to)\s*,?\s*)*how (?:many|much|long|soon)\b)",
                     re.IGNORECASE),
}


# "Please respond to the following statement: X", "Do you agree or disagree: X", "你是否同意以下观点：X": a statement
# to agree or disagree with is a yes/no question about the statement itself.
_STATEMENT = re.compile(
    r"^\s*(?:please\s+)?(?:respond|react|reply)\s+to\s+the\s+following\s+(?:statement|claim|proposition)\s*[:：]\s*"
    r"(?P<a>.+?)\s*(?:\n\s*your\s+(?:response|answer)\s*:?\s*)?$"
    r"|^\s*(?:do\s+you\s+)?(?:agree\s+or\s+disagree|to\s+what\s+extent\s+do\s+you\s+agree)[^:：]{0,40}[:：]\s*(?P<b>.+?)\s*$"
    r"|^\s*(?:你|您)?(?:是否)?同意(?:以下|下面|下列|这个|这一)(?:观点|说法|陈述|论断)(?:吗)?\s*[:：？?]\s*(?P<c>.+?)\s*$",
    re.IGNORECASE | re.DOTALL)


def read_question(qid: str, text: str, lang: str) -> QInfo:
    """Classify a question and pull out what the rules need."""
    if (stated := _STATEMENT.match(text)) and (claim := stated.group("a") or stated.group("b") or stated.group("c")):
        # stance words of agreement answer it (I agree = yes); the statement's own terms are what answers restate
        return QInfo(qid, claim, lang, "yesno", terms(claim), [], None, core(claim, lang, "yesno"), statement=True)
    options = _lettered(text) or _options(text, lang)
    if len(options) >= 2 and not _listed_subject(text, options, lang):
        kind = "choice"
    elif NUMBER_Q[lang].search(text) and not _ASKS_YES_NO[lang].search(text.strip()):
        kind = "number"
    elif YESNO_Q[lang].search(text):
        kind = "yesno"
    else:
        kind = "open"
    unit = next((name for name, pat in UNITS if pat.search(text)), None) if kind == "number" else None
    return QInfo(qid, text, lang, kind, terms(text), options if kind == "choice" else [], unit, core(text, lang, kind),
                 task=kind == "open" and bool(_TASK[lang].search(text)))


_PREDICATE = re.compile(r"\b(?:be|is|are|was|were|been|get|gets|become|remain)\b", re.IGNORECASE)


def _listed_subject(text: str, options: list[Option], lang: str) -> bool:
    """True for a yes/no question whose 'or' list is only what it asks about ('Should AI images, video or voices of
    candidates be banned in political ads?'): it opens with an auxiliary and a predicate follows the list."""
    if lang != "en" or options[0].letter or not _ASKS_YES_NO["en"].search(text.strip()):
        return False
    last = options[-1].text  # the list's last item runs on into the predicate: 'voices of X be banned in Y'
    return len(last.split()) >= 4 and bool(_PREDICATE.search(last))


# Multiple choice with lettered options, one a line ("A. $17,337.50", "(B) Paris", "C) none"): a test item.
_LETTERED = re.compile(r"^[ \t]*\(?([A-Z])[.)：:][ \t]+(\S.*?)[ \t]*$", re.MULTILINE)
# ('A 固定时段统一探视；B 线上预约分时探视': a letter and a space before Chinese names an option too)
_LETTERED_INLINE = re.compile(r"(?:^|(?<=[\s；;，,：:？?。]))\(?([A-Z])(?:[.)．、：:]\s*|\s+(?=[\u4e00-\u9fff]))"
                              r"([^；;。\n]+?)\s*(?=[；;。]|$)", re.MULTILINE)

# '(a) an outright ban, (b) campaigns without changing the law, or (c) tightening the defence?'
_LETTERED_PAREN = re.compile(r"\(([a-hA-H])\)\s*([^()]+?)\s*(?=[,;，；]?\s*(?:or\s+|and\s+|或者?|还是)?\([a-hA-H]\)"
                             r"|[?？。.]?\s*$)")


def _lettered(text: str) -> list[Option]:
    """The options of a multiple-choice item, each named by its letter, in order A, B, C… (one a line, or in a row:
    'A. 立法设定上限；B. 村规民约；C. …'); [] when there are none. Each keeps the terms no other option has."""
    paren = [(letter.upper(), body) for letter, body in _LETTERED_PAREN.findall(text)]
    found = next((f for f in (_LETTERED.findall(text), _LETTERED_INLINE.findall(text), paren) if _in_order(f)), [])
    if not found:
        return []
    own = [terms(body) for _, body in found]
    return [Option(f"{letter}. {body}", own[i] - set().union(*(o for j, o in enumerate(own) if j != i)) or own[i],
                   letter) for i, (letter, body) in enumerate(found)]


def _in_order(found: list[tuple[str, str]]) -> bool:
    """True for two or more options lettered A, B, C… in order."""
    return len(found) >= 2 and [letter for letter, _ in found] == [chr(ord("A") + i) for i in range(len(found))]


# Words of an option that answers use for anything ('keeping the twice-yearly clock change': 'keeps mornings
# light', 'every year'): they do not tell the option apart while it has other words.
_GENERIC = {"keep", "kept", "make", "use", "stay", "go", "get", "have", "do", "adopt", "year", "day", "time", "way",
            "thing", "option", "approach", "continu", "chang", "new", "more", "less", "set", "sets",
            # '学生自己': the reflexive names no one ('各省市出台了自己的办法'); '生自' is a pair across two words
            "自己", "自身", "本身", "各自", "生自"}


def _options(text: str, lang: str) -> list[Option]:
    """Options named by a choice question, each with its distinctive terms; [] when it is not one."""
    raw = _listed(text, lang) or (_zh_options(text) if lang == "zh" else _en_options(text))
    raw = [r.strip(" ，,：:？?。'\"“”") for r in raw]
    raw = [r for r in raw if r]
    if len(raw) < 2:
        return []
    context = text
    for r in raw:
        context = context.replace(r, " ")
    ctx_terms = terms(context) | terms(context.replace("-", " "))  # 'wood-smoke' in the frame: not 'wood', 'smoke'
    own = [terms(r) | terms(r.replace("-", " ")) for r in raw]  # 'in-office' also names 'office'
    syns = [related(r, own[i]) for i, r in enumerate(raw)]
    out: list[Option] = []
    for i, r in enumerate(raw):
        mine = own[i]
        theirs = set().union(*(own[j] for j in range(len(raw)) if j != i))
        # ('cat' from 'stray-cat' is the 'cats' every option names, not what tells this option apart)
        theirs |= {t[:-1] for t in theirs if t.endswith("s")} | {t + "s" for t in theirs}
        distinct = mine - theirs - ctx_terms or mine - theirs or mine
        distinct = distinct - _GENERIC or distinct
        # other words for the same thing, unless another option or the question's frame uses them too
        extra = syns[i] - theirs - ctx_terms - set().union(*(syns[j] for j in range(len(raw)) if j != i))
        out.append(Option(r, distinct | extra))
    return out


def _listed(text: str, lang: str) -> list[str]:
    """Options a 'which' question lists after a colon or dash, or on lines of their own: '哪一种最有效：A、B、C？',
    'Which of these helps most: A; B; C?', 'Which of the following?\n- A\n- B'."""
    if not (_ZH_CHOICE_WHICH if lang == "zh" else _WHICH_LISTED).search(text):
        return []
    lines = [_BULLET.sub("", x).strip(" ？?。.;；") for x in text.strip().splitlines()[1:]]
    if len([x for x in lines if x]) >= 2:
        return [x for x in lines if x]
    head, sep, tail = _split_colon(text)
    if not sep or not (_ZH_CHOICE_WHICH if lang == "zh" else _WHICH_LISTED).search(head):
        return []
    tail = tail.strip().rstrip("？?。. ")
    splitter = _ZH_LIST if lang == "zh" else _EN_LIST
    # "a product-only rule (brands may sponsor only if…, …)": a bracketed gloss explains an option, so its commas
    # divide nothing and its length does not count
    masked = _GLOSS.sub(lambda m: m.group().replace(",", "\0").replace("，", "\1"), tail)
    items = [x.strip(" ，,；;").replace("\0", ",").replace("\1", "，") for x in splitter.split(masked)
             if x and x.strip(" ，,；;")]
    if lang == "zh":
        items = [_zh_trim(x) for x in items]
    elif len(items) < 3 and not _EN_OR.search(tail):
        return []  # 'Which matters more: cost' is no list; two options need an 'or'
    return items if 2 <= len(items) <= 6 and all(len(_GLOSS.sub("", x)) <= 60 for x in items) else []


def _split_colon(text: str) -> tuple[str, str, str]:
    """(before, mark, list) at the last colon or spaced dash that precedes a list; a list set off between two
    dashes ('Which of the three — rail, road or air — will…') is the part between them."""
    marks = list(_LIST_MARK.finditer(text))
    if not marks:
        return text, "", ""
    m = marks[-1]
    if len(marks) >= 2 and m.group().strip() in "—–--" and marks[-2].group().strip() == m.group().strip():
        return text[: marks[-2].start()], m.group(), text[marks[-2].end(): m.start()]
    return text[: m.start()], m.group(), text[m.end():]


def _zh_options(text: str) -> list[str]:
    """Options of a Chinese choice question: X还是Y, or X和Y(,)哪个…"""
    parts = [p for p in re.split(r"[，,；;？?]", text) if p.strip()]
    for i, p in enumerate(parts):
        if "还是" in p:
            left, right = p.split("还是", 1)
            if not left.strip() and (listed := _zh_dash_list(parts[:i])):
                # "夜场怎样安排最合适——每周五、周六晚固定开放，只在节假日开放，还是工作日每晚都开？": the options run
                # back, comma by comma, to the dash; a 、 inside one of them is part of it
                return [_zh_trim(x) for x in listed] + [_zh_trim(_ZH_TAIL.sub("", right) or right)]
            if not left.strip() and i:  # "重点应放在X上，还是Y？": the first option is the clause before
                left = parts[i - 1]
            left = re.split(r"[：:]|——", left)[-1] or left  # "…哪一项：A、B，还是C", "…由谁来把——A、B，还是C"
            lefts = [x for x in left.split("、") if x.strip()] or [left]
            lefts[0] = _ZH_LEFT_LEAD.sub("", lefts[0]) or lefts[0]
            return [_zh_trim(x) for x in lefts] + [_zh_trim(_ZH_TAIL.sub("", right) or right)]
    which = _ZH_CHOICE_WHICH.search(text)
    if not which:
        return []
    before = [p for p in re.split(r"[，,；;？?]", text[: which.start()]) if p.strip()]
    quoted = _ZH_QUOTED.findall(before[-1]) if before else []
    if len(quoted) >= 2:  # '在“资金存管”“限制单笔预付金额”“加大刑事追责”这三项中，哪一项…'
        return quoted
    for p in reversed(before):
        # '…、增程式三种里最推荐' (哪一种): the count and what is asked of it are no part of the last option
        p = re.sub(r"(?:这|这些)?[两二三四五六七八九几]?(?:者|项|种|个|类)?(?:方式|办法|做法|方案|选项|手段|措施|路径)?"
                   r"(?:之中|当中|中间|中|里面|里)(?:(?:最|更)[\u4e00-\u9fff]{1,3})?$", "", p.strip())
        p = _ZH_ASKER.sub("", p)  # '你认为绝育放归…': who is asked is no part of the first option
        pieces = [x for x in _ZH_JOIN.split(re.sub(r"相比|比较|之间|两者|二者|之中|这两|两项"
                                                   r"|两种", "", p)) if x.strip()]
        if len(pieces) >= 2:
            pieces[0] = re.sub(r"^.*?(?:来说|而言|上|中)", "", pieces[0]) or pieces[0]
            return pieces
    return []


def _zh_dash_list(before: list[str]) -> list[str]:
    """The comma-separated options after a dash or colon in the clauses before '，还是…' ([] when there are fewer
    than two clauses from the dash on)."""
    for j in range(len(before) - 1, -1, -1):
        _, sep, first = before[j].rpartition("——") if "——" in before[j] else before[j].rpartition("：")
        if sep and first.strip() and len(before) - j >= 2:
            return [first, *before[j + 1:]]
    return []


def _zh_trim(option: str) -> str:
    """An option without the asking frame around it ('重点应放在X上' -> 'X', '发展Y' -> 'Y')."""
    trimmed = _ZH_FRAME_LEAD.sub("", option)
    trimmed = _ZH_FRAME_TAIL.sub("", trimmed)
    return trimmed if len(trimmed) >= 2 else option


_NOUN_PAIR = re.compile(r"\b(?:a|an|the|their|its|his|her|your|our)\s+[a-z-]+\s+or\s+(?!(?:a|an|the|to)\b)[a-z-]+\b",
                        re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:before|after|when|whenever|if|unless|until|while|because|once|who|whom|whose|which"
                          r"|where)\b", re.IGNORECASE)


# ('…designs, such as dividing armrests or sloped seats, on new benches?': the examples set off by commas too)
_EXAMPLE = re.compile(r"\s*\((?:for example|for instance|e\.g\.|eg|such as|say|i\.e\.)\b[^()]*\)"
                      r"|,\s*(?:such as|for example|for instance|e\.g\.|including)\s+[^,?]+(?=,)", re.IGNORECASE)


# "…, which day should it drop, Monday or Friday?": a 'which' clause, then the options after a comma
_ASKED_THEN_LISTED = re.compile(r"\b(?:which|what)\b[^,;?]{3,60}?\b(?:should|would|will|is|are|do|does|can|could)\b"
                                r"[^,;?]*,\s*[^,;?]+\s+or\s+[^,;?]+$", _I)


# Words that open a clause other than a course of action ('as Paris did', 'in cities', 'perhaps'): a chunk that opens
# on one of them is no option of a verb-phrase list.
_NOT_A_VERB = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "your", "my",
    "his", "her", "as", "in", "at", "for", "with", "by", "from", "to", "of", "on", "and", "but", "if", "when",
    "where", "while", "which", "who", "whom", "whose", "even", "especially", "including", "like", "such",
    "perhaps", "maybe", "say", "e.g", "i.e", "not", "only", "just", "also", "then", "so", "than", "there", "it",
    "they", "we", "you", "he", "she", "i"})


def _verb_led(chunk: str) -> bool:
    """True for a chunk that opens on a verb ('switch to a discounted rent', 'or charge full market rent')."""
    words = re.sub(r"^\s*or\s+", "", chunk).split()
    return len(words) >= 2 and words[0].isalpha() and words[0].islower() and words[0] not in _NOT_A_VERB \
        and not words[0].endswith("ly")


def _asking_chunk(chunks: list[str], k: int) -> int | None:
    """The chunk that asks ('should the council renew it at a peppercorn') when every chunk after it up to the last
    opens on a verb ('switch to a discounted rent', 'or charge full market rent'): a list of courses of action;
    None otherwise."""
    for j in range(k - 1, max(-1, k - 5), -1):
        if _QWORD.match(chunks[j].strip()):
            rest = chunks[j + 1: k + 1]
            return j if len(rest) >= 2 and all(_verb_led(c) for c in rest) else None
    return None


def _en_options(text: str) -> list[str]:
    """Options of an English choice question: '…: X or Y?', 'Which …, X or Y?', 'Should we X or Y?'."""
    # "(for example in grams or number of pieces)": an 'or' inside an example offers no options
    body = _EXAMPLE.sub("", text.strip()).rstrip("?？ ")
    if not _EN_OR.search(body):
        return []
    asks_which = bool(_EN_CHOICE.search(body) or _ASKED_THEN_LISTED.search(body))
    if ":" in body and _EN_OR.search(body.rsplit(":", 1)[1]):
        seg = body.rsplit(":", 1)[1]
    elif asks_which or YESNO_Q["en"].search(body):
        chunks = re.split(r"[,;]", body)
        k = max(i for i, c in enumerate(chunks) if _EN_OR.search(c))
        joined = _EN_OR.search(chunks[k])
        if joined and not asks_which and (_SUBORDINATE.search(chunks[k][: joined.start()])
                                                       or _NOUN_PAIR.search(chunks[k])):
            # "…, before a seller or buyer signs anything?": an 'or' inside a clause about when or who; "next to a
            # parent or guardian": two words for one thing
            return []
        start = k  # "go to rural clinics, city hospitals or training?": the list runs back to the asking clause
        asking = _asking_chunk(chunks, k)
        if asking is not None:
            start = asking  # "should the council renew it at a peppercorn, switch to a discounted rent …, or charge
            # full market rent?": verb-phrase options, each longer than a noun, back to the asking clause
        while asking is None and start and not _QWORD.match(chunks[k].strip()) and not _WHICH.search(
                chunks[start - 1]):
            start -= 1
            if _QWORD.search(chunks[start]) or len(chunks[start].split()) > 4:
                break
        if start < k and not _QWORD.search(chunks[start]) and len(chunks[start].split()) > 4:
            start += 1  # a long lead-in without the asking verb is context ("In a city with heavy traffic")
        seg = _EN_LEAD.sub("", ",".join(chunks[start: k + 1]))
    else:
        return []
    seg = _EN_SUBJECT.sub("", seg.strip())
    pieces = [p for p in re.split(r",\s*(?:or\s+)?|" + _EN_OR.pattern, seg) if p and p.strip()]
    if len(pieces) < 2:
        return []
    pieces[-1] = _EN_TAIL.sub("", pieces[-1]) or pieces[-1]
    if not (asks_which or ":" in body) and len(pieces[-1].split()) < 2:
        return []  # "in cities or towns?": a yes/no question with a detail, not a choice
    if len(pieces[0].split()) > len(pieces[1].split()) + 2:
        n = len(pieces[1].split()) + 1
        pieces[0] = " ".join(pieces[0].split()[-n:])
    return pieces


def core(text: str, lang: str, kind: str) -> str:
    """A short restatement of the question for `point` phrases."""
    body = text.strip().rstrip("？?。 ")
    if kind == "choice":
        dim = (_ZH_DIM if lang == "zh" else _EN_DIM).search(body)
        return _shorten(dim.group(), 40) if dim else ""
    if lang == "en":
        if kind == "number":  # "If a city did X, roughly how much would Y rise?" -> "how much would Y rise"
            body = re.split(r",\s*", body)[-1]
            body = re.sub(r"^(?:(?:roughly|approximately|about|around|in|by)\s+)+", "", body, flags=re.IGNORECASE)
            return _shorten(body, 60)
        body = re.sub(r"^(?:if|when|given|assuming)\b[^,]{0,80},\s*", "", body, flags=re.IGNORECASE)
        # "It comes down to whether X should…", never "…to should X…"; no point at all when the clause is a guess
        return _shorten(whether_clause(body), 100)
    if kind == "number":
        last = ([p for p in re.split(r"[，,]", body) if p.strip()] or [body])[-1]
        return _shorten(re.split(r"大约|大概|多大|多少|几成|哪一年|哪年|何时|什么|几年|多久|会占"
                                 r"|能占", last)[0] or last, 24)
    body = re.sub(r"了?[吗么呢]$", "", body)
    # the condition is context, not the point: "如果X，Y会扩大吗" -> "Y是否会扩大"
    body = re.sub(r"^(?:如果|假如|假设|若|要是|一旦)[^，,]{1,40}[，,]", "", body)
    if not re.search(r"是否|能否|会否|可否", body):
        body = re.sub(r"(会|能|应该|应当|该|可以|要|已经|存在)", r"是否\1", body, count=1) if re.search(
            r"会|能|应该|应当|该|可以|要|已经|存在", body) else re.sub(r"是", "是否", body, count=1)
    if len(body) > 28:
        body = ([p for p in re.split(r"[，,]", body) if p.strip()] or [body])[-1]
    return _shorten(body, 28)


def _shorten(text: str, limit: int) -> str:
    """Cut to `limit` characters at a word boundary where there is one."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,，") + "…"
