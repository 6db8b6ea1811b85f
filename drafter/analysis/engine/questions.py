"""What a question asks: yes/no, a choice between options, a number, or open; its options, unit and core."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.analysis.engine.option_lists import en_options, listed, option_note, zh_options
from drafter.analysis.engine.restate import whether_clause
from drafter.analysis.engine.terms import terms
from drafter.analysis.lexicons.data import tables
from drafter.analysis.lexicons.question_cues import NUMBER_Q, UNITS, YESNO_Q
from drafter.analysis.lexicons.synonyms import related

_I = re.IGNORECASE
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


# '是否应该引入剧团长期驻场演出，而不只是一年安排几次送戏上门？': the 几次 is in the case set aside, the question is
# whether to do the other thing
_YES_NO_FRAME = re.compile(r"是否|要不要|该不该|应不应该|应不应|能不能|可不可以")
_CONTRAST_CLAUSE = re.compile(r"^\s*(?:而不(?:只|仅|仅仅)?是|而非|不只是|不仅(?:仅)?是|与其)")


def _contrasted(text: str, at: int) -> bool:
    """True when position `at` lies in a clause that sets a case aside ('…，而不只是一年安排几次…')."""
    start = max(text.rfind(mark, 0, at) for mark in "，,；;：:")
    return bool(_CONTRAST_CLAUSE.match(text[start + 1: at]))


def read_question(qid: str, text: str, lang: str) -> QInfo:
    """Classify a question and pull out what the rules need."""
    if (stated := _STATEMENT.match(text)) and (claim := stated.group("a") or stated.group("b") or stated.group("c")):
        # stance words of agreement answer it (I agree = yes); the statement's own terms are what answers restate
        return QInfo(qid, claim, lang, "yesno", terms(claim), [], None, core(claim, lang, "yesno"), statement=True)
    options = _lettered(text) or _options(text, lang)
    if len(options) >= 2 and not _listed_subject(text, options, lang):
        kind = "choice"
    elif (asked := NUMBER_Q[lang].search(text)) and not _ASKS_YES_NO[lang].search(text.strip()) and not (
            lang == "zh" and _YES_NO_FRAME.search(text) and _contrasted(text, asked.start())):
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
            # 'start charging in the evenings' (md-tune81): the verb that opens a step names no option ('Start with a
            # rise in weekday tariffs')
            "start", "begin", "end", "stop", "bring", "put", "let", "take",
            # '学生自己': the reflexive names no one ('各省市出台了自己的办法'); '生自' is a pair across two words
            "自己", "自身", "本身", "各自", "生自"}


def _options(text: str, lang: str) -> list[Option]:
    """Options named by a choice question, each with its distinctive terms; [] when it is not one."""
    raw = listed(text, lang) or (zh_options(text) if lang == "zh" else en_options(text))
    raw = [r.strip(" ，,：:？?。'\"“”") for r in raw]
    raw = [r for r in raw if r]
    if len(raw) < 2:
        return []
    # a note on an option ('pay-as-you-play (a card meter)', md-tune89) is no part of its name, but its words name it
    notes = [option_note(r, text) for r in raw]
    context = text
    for r, note in zip(raw, notes, strict=True):
        context = context.replace(r, " ").replace(note, " ") if note else context.replace(r, " ")
    ctx_terms = terms(context) | terms(context.replace("-", " "))  # 'wood-smoke' in the frame: not 'wood', 'smoke'
    own = [terms(r + " " + note) | terms((r + " " + note).replace("-", " "))  # 'in-office' also names 'office'
           for r, note in zip(raw, notes, strict=True)]
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
