"""An answer's Markdown structure as spans of its ORIGINAL text: the lines that carry prose, and where the verdict is.

markdown-it-py parses the answer; its block tokens give line ranges, which are mapped back to character offsets so
that every quote stays a verbatim slice. What is left out: headings (a title is no sentence), code blocks, HTML
blocks, rules, list and quote markers, table bars. Headings still matter: the lines under "## 结论" or
"### Bottom line" are where the answer gives its verdict, and are marked so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt

# A heading that announces the verdict (总结 / 结论 / In summary / Bottom line / TL;DR ...).
VERDICT_HEADING = re.compile(
    r"结论|总结|小结|结语|我的(?:判断|看法|想法|观点|回答|答案|建议|结论|选择|预测|估计|估算|测算|立场|态度|倾向)|简短回答|简要回答|一句话|直接回答|答案"
    r"|\b(?:in )?summary\b|\bconclusions?\b|\bbottom line\b|\btl;?dr\b|\bverdict\b"
    r"|\bmy (?:take|view|thoughts|answer|pick|position|stance|leaning"
    r"|recommendation|assessment|estimate|forecast|suggestion|proposal|advice|judgement|judgment)\b|\bshort answer\b"
    # ("Why the answer varies", "What the answer depends on": what the answer turns on, not the answer)
    r"|(?<!why )(?<!what )(?<!how )\bthe answer\b(?!\s+(?:varies|vary|depends|differs|changes|hinges|turns))"
    r"|\bfinal (?:answer|thoughts|word)\b|\bwhere I (?:land|come down|come out|stand|end up)\b"
    r"|\bwhere (?:does|do) (?:that|this|all (?:this|that)|it) leave (?:me|us)\b"
    r"|\brecommendation\b|\bin short\b(?![-‐])|\bkey takeaway"
    r"|^\W*(?:quick |direct |my |final )?answer\W*$"
    r"|^\W*(?:overall|on balance)(?: (?:view|verdict|assessment|take|judgement|judgment))?\W*$"
    r"|^\W*(?:综合来看|总的来看|总体来看|总体而言|总的来说)\W*$", re.IGNORECASE)
# A heading over one side's case, not the verdict ("Where the answer is yes", "哪些情况下答案是否定的").
# ("The counter-arguments, and why they don't change the answer": over the objections, answered one by one)
_ONE_SIDE_HEADING = re.compile(r"^\W*(?:where(?! I\b| (?:does|do) (?:that|this|all (?:this|that)|it) leave)|when"
                               r"|for whom|in which|cases? (?:where|in which|for)"
                               # "Questions that shape the answer" (md-tune47): what the answer depends on, not it
                               r"|\b(?:questions?|factors?|things?|what)\b[^.]{0,20}\b(?:shapes?|affects?|determines?|decides?"
                               r"|informs?|drives?) the answer\b"
                               r"|哪些|什么情况|在哪些)|\bcounter-?arguments?\b|\bobjections?\b|反驳|反对意见"
                               # '三种答案各自的含义' (md-tune59): the possible answers laid out, not the answer
                               r"|[两三四五几多各]种(?:答案|选择|方案|做法)|不同的?答案"
                               # "Why state insurers aren't the answer either" (md-tune72): one option ruled out
                               r"|\b(?:isn't|isn’t|aren't|aren’t|is not|are not|not)\s+(?:the|an|my)\s+answer\b"
                               r"|不是(?:答案|出路|办法)"
                               # '老人：最常见的答案' (md-tune86), 'The obvious answer': what others answer, one side
                               r"|(?:常见|通常|普遍|流行|直觉|表面|显而易见|想当然)的?答案"
                               r"|\bthe (?:usual|obvious|common|popular|conventional|intuitive|easy) answer\b",
                               re.IGNORECASE)


# A heading that states the verdict after its label ("## 我的建议：先做使用情况统计", "### My answer: the local
# council"): the words after the label are the answer's verdict in so many words. Only labels that announce the answer
# itself; "Conclusion: A Call for Accountability" or "Final Thoughts: …" title an essay's last section.
_STATED_IN_HEADING = re.compile(
    r"^\W*(?:(?:先说|直接说)?(?:我的)?(?:结论|答案|回答|建议|选择|判断|看法|观点|估计|估算|预测|倾向|立场)(?:是)?"
    r"|简短回答|简要回答|一句话(?:回答|结论)?|直接回答"
    r"|(?:my |the |final |short |quick |direct )?(?:answer|pick|choice|verdict|vote|recommendation|estimate|forecast"
    r"|suggestion|leaning)(?: first)?|my (?:take|view|position|stance|advice|judge?ment)|bottom line|tl;?dr"
    r"|where I (?:land|come down|come out|stand))"
    r"\s*(?:[:：]|\s[—–]\s?)\s*(?=[^?？\s])(?P<said>[^\n?？]{1,80}?)\W*$",
    re.IGNORECASE)


def verdict_heading(title: str) -> bool:
    """True for a heading that announces the verdict ('Bottom line', '结论', 'The answer')."""
    return bool(VERDICT_HEADING.search(title)) and not _ONE_SIDE_HEADING.search(title)


# The marker that opens a list item or a quoted line, with the indentation before it.
_LINE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))?(?:\[[ xX]\][ \t]+)?")
_CELL_BAR = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class Span:
    """A run of prose on one line of the answer: [start, end) in the original text."""

    start: int
    end: int
    kind: str  # paragraph | item | cell | quote
    verdict: bool = False  # under a heading that announces the verdict
    section: str = ""  # the title of the heading it stands under ("" before any heading)


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


def _line_starts(text: str) -> list[int]:
    """The offset where each line starts, plus the end of the text."""
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\n", text))
    starts.append(len(text) + 1)
    return starts


def prose_spans(text: str) -> list[Span]:
    """The prose lines of an answer, in order, without headings, code, HTML or markup prefixes."""
    try:
        tokens = _parser().parse(text)
    except Exception:  # a parser failure on hostile input falls back to plain lines
        return _plain(text)
    starts = _line_starts(text)
    lines = text.split("\n")
    out: list[Span] = []
    verdict = False
    kinds: list[str] = []
    taken: set[int] = set()  # lines already mapped (a table row holds several inline tokens)
    heading = False
    section = ""
    for tok in tokens:
        if tok.type == "heading_open":
            heading = True
            continue
        if tok.type == "heading_close":
            heading = False
            continue
        if tok.type in ("list_item_open", "blockquote_open"):
            kinds.append("item" if tok.type == "list_item_open" else "quote")
            continue
        if tok.type in ("list_item_close", "blockquote_close"):
            if kinds:
                kinds.pop()
            continue
        if tok.type != "inline" or not tok.map:
            continue
        first, last = tok.map
        if heading:
            verdict = verdict_heading(tok.content)
            section = tok.content
            if verdict and (said := _stated_in_heading(starts[first], lines[first], section)):
                out.append(said)
            continue
        for no in range(first, min(last, len(lines))):
            if no in taken:
                continue
            taken.add(no)
            out.extend(_line_spans(text, starts[no], lines[no], kinds[-1] if kinds else "paragraph", verdict, section))
    return out  # an answer that is only headings, code, HTML or rules has no prose: it reads as unclear


def _stated_in_heading(at: int, line: str, section: str) -> Span | None:
    """The verdict a heading states after its label, as a span of the original line."""
    title = line.lstrip().lstrip("#").strip().strip("*_")
    m = _STATED_IN_HEADING.match(title)
    if not m:
        return None
    start = at + line.find(title) + m.start("said")
    return Span(start, start + len(m.group("said")), "heading", True, section)


def _line_spans(text: str, at: int, line: str, kind: str, verdict: bool, section: str = "") -> list[Span]:
    """The prose on one line: after its list or quote marker; a table row split into its cells."""
    if line.lstrip().startswith("|") or (kind == "paragraph" and line.count("|") >= 2 and _CELL_BAR.search(line)):
        out = []
        pos = 0
        for part in _CELL_BAR.split(line):
            s, e = _trim(line, pos, pos + len(part))
            if e > s and not re.fullmatch(r"[\s:\-]+", line[s:e]):
                out.append(Span(at + s, at + e, "cell", verdict, section))
            pos += len(part) + 1
        return out
    m = _LINE_PREFIX.match(line)
    s, e = _trim(line, m.end() if m else 0, len(line))
    return [Span(at + s, at + e, kind, verdict, section)] if e > s else []


def _trim(line: str, s: int, e: int) -> tuple[int, int]:
    """A span without the whitespace around it."""
    while s < e and line[s].isspace():
        s += 1
    while e > s and line[e - 1].isspace():
        e -= 1
    return s, e


def _plain(text: str) -> list[Span]:
    """Every non-empty line as a paragraph (when parsing failed or found nothing)."""
    out = []
    at = 0
    for line in text.split("\n"):
        s, e = _trim(line, 0, len(line))
        if e > s:
            out.append(Span(at + s, at + e, "paragraph"))
        at += len(line) + 1
    return out
