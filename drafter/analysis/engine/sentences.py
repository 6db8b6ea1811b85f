"""Sentence and clause spans over an answer's original text, so that every quote is a verbatim slice."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.analysis.engine.blocks import prose_spans, verdict_heading

# A sentence ends at CJK or Latin end punctuation (with any closing quote or bracket), an ellipsis run,
# or a line break. A Latin full stop only counts before whitespace or the end, which keeps 3.5 and U.S.A intact.
_TERMINATOR = re.compile(
    r"[。！？!?]+[”’」』）)\]】\"'*_]*"
    r"|\.+[”’\"')\]*_]*(?=\s|$)"
    r"|…{2,}|⋯{2,}"
    r"|\n+"
)
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = {"e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "st", "u.s", "u.k", "no", "approx",
                  "inc", "ltd", "co", "jr", "sr", "fig", "cf", "al"}
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.+$")
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]|\s[—–]\s|——")  # a spaced dash joins clauses too ("regulated — but …")
_HAS_CONTENT = re.compile(r"\w")
# Sentences longer than this are cut at clause marks (or spaces) so a key quote stays readable.
MAX_SENTENCE = 360
# Very long answers: only the opening and closing sentences carry a position, and scanning every one of
# thousands of sentences would cost time for nothing.
HEAD_SENTENCES = 160
TAIL_SENTENCES = 60


@dataclass(frozen=True)
class Sentence:
    """A sentence as a [start, end) span of the original answer text."""

    start: int
    end: int
    text: str
    index: int
    verdict: bool = False  # where answers put their verdict: under a 结论/Bottom line heading, bold, or led by one
    kind: str = "paragraph"  # paragraph | item | cell | quote (the Markdown block it stands in)
    section: str = ""  # the title of the Markdown heading it stands under ("" before any heading)


def _raw_bounds(text: str, begin: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """Spans between terminators within [begin, stop), terminators included in the sentence before them."""
    stop = len(text) if stop is None else stop
    bounds: list[tuple[int, int]] = []
    start = begin
    for m in _TERMINATOR.finditer(text, begin, stop):
        if m.group().startswith(".") and _is_abbreviation(text, m.start()):
            continue
        bounds.append((start, m.end()))
        start = m.end()
    if start < stop:
        bounds.append((start, stop))
    return bounds


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE.search(text[max(0, dot - 12): dot + 1])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word == "no":  # "No. 5" abbreviates; "No. Most people…" is an answer
        return bool(re.match(r"\.\s*\d", text[dot: dot + 4]))
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha() and text[dot - 1].isupper())


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past surrounding whitespace and control characters."""
    while start < end and (text[start].isspace() or ord(text[start]) < 32):
        start += 1
    while end > start and (text[end - 1].isspace() or ord(text[end - 1]) < 32):
        end -= 1
    return start, end


def _subtract(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `span` outside every hole."""
    parts = [span]
    for hs, he in holes:
        nxt: list[tuple[int, int]] = []
        for s, e in parts:
            if he <= s or hs >= e:
                nxt.append((s, e))
                continue
            if hs > s:
                nxt.append((s, hs))
            if he < e:
                nxt.append((he, e))
        parts = nxt
    return parts


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut an over-long span at clause marks, else at spaces, else hard, into pieces of MAX_SENTENCE."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        window = text[start: start + MAX_SENTENCE]
        cut = max(window.rfind(ch) for ch in "，,；;：: ")
        cut = cut + 1 if cut > MAX_SENTENCE // 3 else MAX_SENTENCE
        pieces.append((start, start + cut))
        start += cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str, holes: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of `text` as verbatim spans within its prose blocks (no heading, code or markup prefix), leaving out
    the `holes` (e.g. injected instructions)."""
    spans: list[tuple[int, int, bool, str, str]] = []
    for block in prose_spans(text):
        if _title(text[slice(*_strip(text, block.start, block.end))]):
            continue  # '**1. 行道树不是果园**' on its own line: a heading, though its number looks like a full stop
        for raw in _raw_bounds(text, block.start, block.end):
            for part in _subtract(raw, holes or []):
                s, e = _strip(text, *part)
                if e > s and _HAS_CONTENT.search(text, s, e):
                    spans.extend((a, b, block.verdict, block.kind, block.section) for a, b in _cut_long(text, s, e))
    if len(spans) > HEAD_SENTENCES + TAIL_SENTENCES:
        spans = spans[:HEAD_SENTENCES] + spans[-TAIL_SENTENCES:]
    out: list[Sentence] = []
    for s, e, verdict, kind, section in spans:
        s, e = _strip(text, s, e)
        if _title(text[s:e]):
            continue
        s, e, marked = unwrap(text, s, e, bold_opening=kind == "paragraph")
        # a bold lead of a list item names its point ("**No cash flows.** Bitcoin pays no…", "**Modern designs avoid
        # the old pitfalls:** …"): not a verdict; a list under a verdict heading still is one
        marked = marked and kind != "item"
        if e > s and _HAS_CONTENT.search(text, s, e):
            out.append(Sentence(s, e, text[s:e], len(out), verdict or marked, kind, section))
    return out


# A bold lead-in that names what follows ("**经济层面**：", "**Bottom line:**"); a verdict lead-in marks its sentence.
_LEAD_IN = re.compile(r"(\*\*|__)([^*_\n]{1,40}?)(?:\1[ \t]*[：:]|[：:][ \t]*\1)[ \t]*")
_EMPHASIS = re.compile(r"\*\*|__")
# A lead-in that answers in its own words ('**Yes**:', '**Partly yes, partly no**:', '**不应该**：')
_ANSWER_LEAD = re.compile(r"(?:yes|no|partly|mostly|largely|probably|not yet|not really|neither)\b[^:：]{0,30}$"
                          r"|(?:是的?|不是|否|不应该|不该|应该|不会|会|不能|能|部分(?:是|支持|赞成))[，,。！!]?$"
                          r"|(?:部分)?(?:支持|反对|赞成)[^：:]{0,10}$", re.IGNORECASE)
_EDGE = "*_`"


def unwrap(text: str, s: int, e: int, bold_opening: bool = False) -> tuple[int, int, bool]:
    """A sentence span without the markup at its edges: a bold lead-in is cut off, bold around the whole sentence
    (or the half of a bold run that spans sentences) is dropped. Returns (start, end, marked as a verdict).
    With `bold_opening` (a paragraph, not a list item whose bold lead names its point), a sentence that opens with a
    bold clause is marked too: people bold their verdict."""
    marked = False
    lead = _LEAD_IN.match(text, s, e)
    if lead and text[lead.end():e].strip(" *_") and _ANSWER_LEAD.match(lead.group(2).strip()):
        # '**Partly yes, partly no**: charge at some toilets…' (md-tune83): a lead-in that is itself the answer is
        # kept, as the verdict, not cut off as a label
        return *_strip(text, s, e), True
    if lead and text[lead.end():e].strip(" *_"):
        marked = verdict_heading(lead.group(2))
        s = lead.end()
    body = text[s:e]
    runs = _EMPHASIS.findall(body)
    if body.startswith(("**", "__")) and (len(runs) % 2 or (body.endswith(("**", "__")) and len(runs) == 2)):
        s += 2
        marked = marked or _long_enough(text[s:e])
    elif bold_opening and body.startswith(("**", "__")) and (close := body.find(body[:2], 2)) > 2 \
            and _long_enough(body[2:close]) and body[2] not in _QUOTE_OPEN:
        # "**Between 4.5 and 5 hours a day** on average.": the bold opening is the verdict; a bold quoted claim
        # ('**"X was 4x"** — outdated') is not
        marked = True
    elif bold_opening and any(_verdict_run(run) for run in _BOLD_RUN.findall(body)):
        marked = True  # "Given the harm, **governments should go ahead and make it compulsory**, with care.": bolded
    body = text[s:e]
    if body.endswith(("**", "__")) and len(_EMPHASIS.findall(body)) % 2:
        e -= 2
        marked = marked or _long_enough(text[s:e])
    while s < e and text[s] in _EDGE and text.count(text[s], s, e) % 2:
        s += 1
    while e > s and text[e - 1] in _EDGE and text.count(text[e - 1], s, e) % 2:
        e -= 1
    s, e = _strip(text, s, e)
    return s, e, marked


_QUOTE_OPEN = "\"“「『‘'"
# A bold run says a position when it has a modal or verdict word ('should go ahead', '应当纳入'); '各地的规定并不统一'
# is a bolded fact, and '具体应当如何监管' asks.
_MODAL = re.compile(r"应该|应当|不应|不该|值得|有必要|没必要|必须|不宜|支持|反对|赞成|\b(?:should|shouldn't|must|ought"
                    # '…: **a legal requirement for secure bike storage is justified.**' (md-tune31)
                    # 'Still, **I lean towards no** — I'd stop short of an outright ban' (md-tune31)
                    r"|worth|support|oppose|favou?r|makes? sense|(?:un)?justified|(?:un)?warranted"
                    r"|lean(?:s|ing)? towards?)\b", re.IGNORECASE)
_OPEN_ASK = re.compile(r"如何|怎么|怎样|是否|\b(?:how|whether)\b", re.IGNORECASE)
_BOLD_RUN = re.compile(r"(?:\*\*|__)(?!\s)([^*_\n]{2,300}?)(?<!\s)(?:\*\*|__)")


def _verdict_run(run: str) -> bool:
    """True for a bold run inside a sentence that is a clause of its own (at least five words or eight 字, no
    lead-in colon, not a quotation): the answer bolded what it concludes."""
    if run[0] in _QUOTE_OPEN or run.rstrip().endswith((":", "：")) or _OPEN_ASK.search(run):
        return False
    long_enough = len(re.findall(r"[\u4e00-\u9fff]", run)) >= 8 or len(run.split()) >= 5 or (
        run.startswith(("I ", "I'd ", "I’d ")) and len(run.split()) >= 3)  # '**I lean towards no**': a view said
    return long_enough and bool(_MODAL.search(run))
_MARK = re.compile(r"\*\*|__|`+|(?<!\\)\||(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|</?[A-Za-z][^<>\n]{0,200}>")


def clean_span(text: str, s: int, e: int, want: str = "") -> tuple[int, int]:
    """The clean part of a span for a quote: no emphasis, code or table marks inside it. A span with markup inside
    is cut at the marks; the piece kept is the one holding `want` (a figure), else the bold sentence (people bold
    their verdict), else the longest piece that is not a lead-in ending in a colon."""
    marks = list(_MARK.finditer(text, s, e))
    if not marks:
        return s, e
    pieces: list[tuple[int, int, bool]] = []
    pos, inside = s, False
    for m in marks:
        pieces.append((pos, m.start(), inside))
        if m.group() in ("**", "__"):
            inside = not inside
        pos = m.end()
    pieces.append((pos, e, inside))
    good = [(a, b, bold) for a, b, bold in ((*_joint_free(text, *_strip(text, a, b)), bold) for a, b, bold in pieces)
            if b > a and _HAS_CONTENT.search(text, a, b)]
    if not good:
        return s, s
    if want and (held := [p for p in good if want in text[p[0]:p[1]]]):
        return held[0][0], held[0][1]
    bold = [p for p in good if p[2] and _long_enough(text[p[0]:p[1]])]
    pool = bold or [p for p in good if not text[p[0]:p[1]].rstrip().endswith((":", "："))] or good
    a, b, _ = max(pool, key=lambda p: _size(text[p[0]:p[1]]))
    return a, b


_JOINT = "，,；;：:、—–-"


def _joint_free(text: str, start: int, end: int) -> tuple[int, int]:
    """A piece cut at markup without the punctuation that joined it to the bold run before it ('**…**，只是…' quotes
    '只是…', not '，只是…')."""
    while start < end and (text[start] in _JOINT or text[start].isspace()):
        start += 1
    return start, end


def _size(body: str) -> int:
    """A piece's length in 字 and words."""
    return len(re.findall(r"[\u4e00-\u9fff]", body)) + len(body.split())


def _long_enough(body: str) -> bool:
    """True when a bold run is a sentence (a verdict), not a word set in bold."""
    return len(re.findall(r"[\u4e00-\u9fff]", body)) >= 4 or len(body.split()) >= 3


_TITLE = re.compile(r"(\*\*|__)[^*_\n]{1,40}\1[：:]?|[^。！？!?.；;，,\n]{1,30}[：:]")


# The number a pseudo-heading may open with ('**1. 行道树不是果园**', '**二、成本**', '**(3) Costs**').
_ENUMERATOR = re.compile(r"^(\*\*|__)?\s*(?:\d{1,2}[.、)）]|[一二三四五六七八九十]{1,3}、|[（(]\d{1,2}[)）])\s*")


def _title(body: str) -> bool:
    """True for a pseudo-heading on its own line ('**经济层面**', '**Costs:**', 'Pros:', '**1. 行道树不是果园**'): it
    names, it does not say."""
    body = _ENUMERATOR.sub(lambda m: m.group(1) or "", body, count=1)
    return bool(_TITLE.fullmatch(body)) and not re.search(r"[。！？!?；;.]", body)


def clauses(sentence: str) -> list[str]:
    """The clauses of a sentence (split at commas, semicolons and colons), without empty ones."""
    return [c.strip() for c in _CLAUSE_SPLIT.split(sentence) if c.strip()]


# "Whether X happens depends on A, B and C", "能否进入决赛圈取决于A、B和C": the question restated as open, not
# answered (one factor, "depends on the region", is a split verdict: see conditions.py).
_LEFT_OPEN = re.compile(r"^\W*(?:(?:ultimately|in the end|overall|in short|so|in sum),?\s+)?whether\b[^.]*?"
                        r"\b(?:depends?|hinges?|rests?|turns?) on\b[^.]*,"
                        # "Whether taxpayers should subsidise it depends on the values and priorities of the
                        # community" (md-tune53): handed to others' values
                        r"|^\W*whether\b[^.]*?\b(?:depends?|hinges?|rests?|turns?) on "
                        r"(?:the |your |their |each |local )?(?:values|priorities|preferences|judge?ments?|choices)\b"
                        r"|^\W*whether\b[^.]*?\b(?:remains?|is) (?:to be seen|uncertain|unclear|an open question)"
                        # "Whether to reserve a share … involves trade-offs between access, …", "The question of
                        # whether cities should allow it sits at the intersection of safety, …" (md-tune44)
                        r"|^\W*(?:the (?:question|issue|decision) of )?whether\b[^.]*?\b(?:involves?|sits|lies|is) "
                        r"(?:(?:a )?trade-?offs?|(?:at )?the intersection of)"
                        # "Whether public money should be spent … touches on history, ownership, …" (md-tune54)
                        r"|^\W*whether\b[^.]*?\b(?:touches on|raises (?:questions|issues) (?:of|about))\b"
                        # "Ultimately, whether every canteen should be required to … is a decision for parents, …"
                        # (md-tune47): the question handed to others
                        r"|^\W*(?:(?:ultimately|in the end|overall|in short|so|in sum),?\s+)?whether\b[^.]*?"
                        r"\b(?:is|remains|will be) (?:a (?:decision|matter|question|judge?ment|call|choice) for"
                        r"|for [a-z ,]{2,40} to (?:decide|weigh|judge|settle))\b"
                        r"|^(?:能否|是否|会不会|能不能|可不可能)[^。！？]*?(?:(?:取决于|要看|还得看)[^。！？]*[、，,]|有待|尚不确定|仍不确定|还不好说)",
                        re.IGNORECASE)


def is_question(sentence: str) -> bool:
    """True for a sentence that asks rather than states (often a restatement of the question), or that restates
    the question as left open ("Whether X happens depends on…")."""
    return sentence.rstrip("”’」』）)\"' *_").endswith(("?", "？")) or bool(_LEFT_OPEN.search(sentence))
