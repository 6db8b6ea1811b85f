"""The options a choice question lists, as the question words them: after a colon or dash, on lines of their own,
joined by 、/或/还是, or by "or" ('Should we X, Y or Z?', 'should the council renew it…, switch to…, or charge…?').
questions.py turns them into Options with the terms that tell them apart."""

from __future__ import annotations

import re

from drafter.analysis.lexicons.question_cues import NOT_A_VERB, YESNO_Q

_I = re.IGNORECASE
_ZH_CHOICE_WHICH = re.compile(r"哪(?:个|一个|种|一种|项|一项|方面|一方|边|样|条)")
_ZH_QUOTED = re.compile(r"[“\"「]([^”\"」]{1,24})[”\"」]")
_ZH_ASKER = re.compile(r"^(?:你|您)(?:认为|觉得|看来)?")
_ZH_JOIN = re.compile(r"和|与|跟|及|以及|、|或者|或是|或")
_ZH_SEMI_LIST = re.compile(r"[；;]\s*(?:或者|或是|还是)?")
_ZH_LIST = re.compile(r"[、；;]|[，,]\s*(?:或者|或是|或|还是)?|(?:或者|或是|还是)")
_EN_LIST = re.compile(r"\s*[;,]\s*(?:or\s+|and\s+)?|\s+or\s+")
_GLOSS = re.compile(r"\s*[(（][^()（）]*[)）]")
# "a community toilet scheme that pays shops and cafés to let the public use their toilets" (md-tune83): a relative
# clause describes the option, and its length does not count
_RELATIVE = re.compile(r"\s+(?:that|which|who|where)\s.*$", _I)
_LIST_MARK = re.compile(r"[：:]|\s[—–-]{1,2}\s")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\(?[0-9a-zA-Z一二三四五六][.)、）])\s*")
_ZH_LEFT_LEAD = re.compile(r"^.*?(?:更应该|更应|应该|应当|更需要|需要|更要|主要|优先|首先|是)(?:看重|重视|依靠|靠|选择"
                           r"|发展|关注|投入|强调|考虑|优先)?"
                           r"|^.*?(?:看重|重视|依靠|选择|更缺的?是|缺的?是|优先考虑)")
_ZH_FRAME_LEAD = re.compile(r"^(?:重点|关键|主要|首先|更|还|应该|应当|应|要|需要|该|放在|集中在|聚焦于?|依靠|靠|看重"
                            r"|重视|选择|优先|发展|是|在|以)+")
_ZH_FRAME_TAIL = re.compile(r"(?:上|方面|领域|为主|为好|更好|更重要)+$")
# what follows the last option of '由A、B还是C来V' ('来牵头', '负责', '来承担'): the frame's verb
_ZH_BY_TAIL = re.compile(r"(?:[来去][\u4e00-\u9fff]{1,4}|负责|承担|牵头|主导|买单|付费|出钱|出资)$")
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
# ('…, or concentrate it on one or two larger projects?' (md-tune83): a comparative before a noun is part of the option)
_EN_TAIL = re.compile(r"\s+(?:is |are |would be |will be )?(?:the )?(?:better|best|worst|more|worse|bigger|greater"
                      r"|larger|safer"
                      r"|cheaper"
                      r"|faster)\b(?=\s*$|\s+(?:for|to|at|in|than|of|on|overall|option|choice|idea|way|approach|bet"
                      r"|use|value|investment|priority|here|now)\b).*$", _I)
_QWORD = re.compile(r"\b(?:should|will|would|is|are|do|does|can|could|must)\b", _I)
_WHICH = re.compile(r"\b(?:which|what)\b", _I)
# "Who should pay — Network Rail, the operators, or the council?": a list after a mark answers a 'who' too
_WHICH_LISTED = re.compile(r"\b(?:which|what|who)\b", _I)


def listed(text: str, lang: str) -> list[str]:
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
    if lang == "zh" and re.search(r"[；;]", tail):
        # '社区提供场地、引入个体理发师经营；社区直接聘用理发师自营；还是以志愿者定期义剪为主' (md-tune80): options
        # set apart by semicolons, so a 、 inside one joins the parts of that option
        splitter = _ZH_SEMI_LIST
    # "a product-only rule (brands may sponsor only if…, …)": a bracketed gloss explains an option, so its commas
    # divide nothing and its length does not count
    masked = _GLOSS.sub(lambda m: m.group().replace(",", "\0").replace("，", "\1"), tail)
    items = [x.strip(" ，,；;").replace("\0", ",").replace("\1", "，") for x in splitter.split(masked)
             if x and x.strip(" ，,；;")]
    if lang == "zh":
        items = [_zh_trim(x) for x in items]
    elif len(items) < 3 and not _EN_OR.search(tail):
        return []  # 'Which matters more: cost' is no list; two options need an 'or'
    return items if 2 <= len(items) <= 6 and all(len(_RELATIVE.sub("", _GLOSS.sub("", x))) <= 60 for x in items) else []


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


# not a short gloss: '部门（财政）' keeps it
_ZH_NOTE = re.compile(r"[（(](?:[^（）()]*[、，,][^（）()]*|[^（）()]{5,})[）)]")


def option_note(option: str, question: str) -> str:
    """The note the question gives an option in brackets ('pay-as-you-play (a card meter)' -> 'a card meter'), taken
    off its name above; '' when it has none."""
    m = re.search(re.escape(option) + r"\s*[（(]([^()（）]{1,40})[)）]", question)
    return m.group(1) if m else ""


def _by_less(option: str) -> str:
    """An option of a '由A来V' frame without 由 and the frame's verb ('由使用者付费' -> '使用者')."""
    bare = _ZH_BY_TAIL.sub("", option[1:] if option.startswith("由") else option)
    return bare if len(bare) >= 2 else option


# '应该优先服务老人、上班族还是学生' (md-tune86): a verb before the first option that the others leave unsaid is the
# frame's, shared by all of them
_ZH_SHARED_VERB = re.compile(r"^(?:服务|照顾|满足|保障|补贴|扶持|资助|支持|帮助|考虑|安排|建设|修建|新建|建"
                             r"|采用|使用|推行|选用)")  # ('应当优先采用人脸识别、刷卡还是密码' (md-tune88))


def _parallel(pieces: list[str]) -> list[str]:
    """Pieces split at 、 with a piece that goes on with the one before it joined back ('街道自己办、自己管好'
    (md-tune84): one option said in two verb phrases, not two options; '改建成篮球场、改建成健身区' are two)."""
    out: list[str] = []
    for piece in pieces:
        goes_on = _GOES_ON.match(piece)
        if out and goes_on and goes_on.group() in out[-1]:
            out[-1] += "、" + piece
        else:
            out.append(piece)
    return out


_GOES_ON = re.compile(r"^(?:自己|自行|独立)")
# '设在小区内部楼栋附近好，还是设在小区外围出入口附近好' (md-tune84): 设在 … 好 frames every option
_ZH_FRAME_VERB = re.compile(r"^(?:设在|放在|建在|安排在|定在|选在|交给|交由|采用|实行)")


def _shared_frame(options: list[str]) -> list[str]:
    """The options without a frame every one of them repeats: a leading verb ('设在') and a closing 好."""
    if len(options) >= 2 and all(o.endswith("好") and len(o) > 3 for o in options):
        options = [o[:-1] for o in options]
    verb = _ZH_FRAME_VERB.match(options[0]) if options else None
    if verb and all(o.startswith(verb.group()) and len(o) - verb.end() >= 2 for o in options):
        options = [o[verb.end():] for o in options]
    return options


def _shared_verb(options: list[str]) -> list[str]:
    """The options with the frame's verb taken off the first when no other option opens with it."""
    verb = _ZH_SHARED_VERB.match(options[0]) if options else None
    if verb and len(options[0]) - verb.end() >= 2 and not any(o.startswith(verb.group()) for o in options[1:]):
        return [options[0][verb.end():], *options[1:]]
    return options


def zh_options(text: str) -> list[str]:
    """Options of a Chinese choice question: X还是Y, or X和Y(,)哪个…"""
    # '由使用者付费（扫码开灯、计时收费），还是…' (md-tune86): a note on an option is no part of its name, and its
    # commas part no options
    parts = [p for p in re.split(r"[，,；;？?]", _ZH_NOTE.sub("", text)) if p.strip()]
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
            lefts = _parallel([x for x in left.split("、") if x.strip()]) or [left]
            lefts[0] = _ZH_LEFT_LEAD.sub("", lefts[0]) or lefts[0]
            last = _ZH_TAIL.sub("", right) or right
            head = _ZH_FRAME_LEAD.sub("", lefts[0])  # '应该主要由政府财政、…' (md-tune86): 主要 before 由 too
            if head.startswith("由") and len(head) > 2:
                # '应该由居委会、物业公司还是居民自发组织来牵头': 由 … 来牵头 frames every option, it is part of none;
                # '由使用者付费，还是由物业或街道的公共经费承担': each option says it again
                lefts[0], last = head, _ZH_BY_TAIL.sub("", last) or last
                lefts, last = [_by_less(x) for x in lefts], _by_less(last)
            return _shared_frame(_shared_verb([_zh_trim(x) for x in lefts] + [_zh_trim(last)]))
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
# (and 'for anyone handing out leaflets or flyers' (md-tune87): who the rule is for, not a choice)
_SUBORDINATE = re.compile(r"\b(?:before|after|when|whenever|if|unless|until|while|because|once|who|whom|whose|which"
                          r"|where|anyone|anybody|everyone|everybody|someone|somebody)\b", re.IGNORECASE)


# ('…designs, such as dividing armrests or sloped seats, on new benches?': the examples set off by commas too)
_EXAMPLE = re.compile(r"\s*\((?:for example|for instance|e\.g\.|eg|such as|say|i\.e\.)\b[^()]*\)"
                      r"|,\s*(?:such as|for example|for instance|e\.g\.|including)\s+[^,?]+(?=,)", re.IGNORECASE)


# "…, which day should it drop, Monday or Friday?": a 'which' clause, then the options after a comma
_ASKED_THEN_LISTED = re.compile(r"\b(?:which|what)\b[^,;?]{3,60}?\b(?:should|would|will|is|are|do|does|can|could)\b"
                                r"[^,;?]*,\s*[^,;?]+\s+or\s+[^,;?]+$", _I)





def _verb_led(chunk: str) -> bool:
    """True for a chunk that opens on a verb ('switch to a discounted rent', 'or charge full market rent')."""
    words = re.sub(r"^\s*or\s+", "", chunk).split()
    return len(words) >= 2 and words[0].isalpha() and words[0].islower() and words[0] not in NOT_A_VERB \
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


# the asking clause before a dash names what is chosen by a question word ('where should …', 'who should …')
_WHERE_WHO = re.compile(r"\b(?:where|who|whom|which|what|how)\b[^—–]*"
                        r"\b(?:should|would|will|is|are|do|does|can|could|must)\b", re.IGNORECASE)


_NOTE = re.compile(r"\s*\([^()]*\s[^()]*\)")  # not a one-word gloss: 'standard (winter) time' keeps it
_SENTENCE_END = re.compile(r"(?<=[a-z0-9])\.\s+(?=[A-Z])")


def en_options(text: str) -> list[str]:
    """Options of an English choice question: '…: X or Y?', 'Which …, X or Y?', 'Should we X or Y?'."""
    # "(for example in grams or number of pieces)": an 'or' inside an example offers no options
    body = _EXAMPLE.sub("", text.strip()).rstrip("?？ ")
    # 'Northgate (the fewest visits), Riverside (…) or Hilltop (…)': a note on each option is not part of its name,
    # and its commas part no options (md-tune87)
    body = _NOTE.sub("", body)
    if not _EN_OR.search(body):
        return []
    asks_which = bool(_EN_CHOICE.search(body) or _ASKED_THEN_LISTED.search(body))
    dashed = re.split(r"\s[—–]\s|—", body)
    if ":" in body and _EN_OR.search(body.rsplit(":", 1)[1]):
        # '…: Northgate, Riverside or Hilltop. Which should close first?': the options are in the listing sentence
        seg = next(part for part in _SENTENCE_END.split(body.rsplit(":", 1)[1]) if _EN_OR.search(part))
    elif len(dashed) > 1 and asks_which is False and _WHERE_WHO.search(dashed[0]) and _EN_OR.search(dashed[-1]):
        # "Once restored, where should the stocks be kept — back out on the green, or indoors in a museum or the
        # parish church?": the options after the dash; ', or' parts them, an inner 'or' stays in its option
        seg = dashed[-1]
        if re.search(r",\s*or\s", seg):
            pieces = [p.strip() for p in re.split(r",\s*(?:or\s+)?", _EN_SUBJECT.sub("", seg.strip())) if p.strip()]
            return pieces if len(pieces) >= 2 else []
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
