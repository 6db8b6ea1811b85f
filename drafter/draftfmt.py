"""The draft's Markdown conventions, shared by the writer, `drafter check` and the DOCX export.

An attributed quote is quoted text followed at once by a footnote reference:

    Grok 答得干脆：“……”[^3]

and the footnote says where the quote comes from in words a reader can use, with the machine tag
(model key and question id) in an HTML comment that no reader sees:

    [^3]: Grok, asked 28 November 2026 (grok-4). <!-- drafter:grok/q1 -->

Drafts written before December 2026 carry the tag as a code span (`grok/q1`); both are read.

Everything after the `APPENDIX_MARK` comment (the disagreement table, the full transcript) is
reference material, not the column: it does not count towards the length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

APPENDIX_MARK = "<!-- drafter:appendix -->"
# Closing mark -> opening mark. Straight quotes open and close with the same character.
QUOTE_PAIRS = {"”": "“", "」": "「", "』": "『", "’": "‘", '"': '"', "»": "«"}
_TAG = re.compile(r"^\s*([^\s`/]+)/([^\s`]+)\s*$")
_COMMENT_TAG = re.compile(r"^\s*<!--\s*drafter:([^\s/]+)/(\S+?)\s*-->\s*$")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~!])")
# Control characters (but tab and line breaks), lone surrogates and U+FFFE/U+FFFF: a reader never
# sees them, a quote check ignores them, XML (the DOCX) cannot hold most of them, and a NUL would
# make the Markdown file look binary.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class FoundQuote:
    """A quote the draft attributes to a model, as the draft now has it."""

    model: str
    question: str
    text: str
    where: str  # a location a person can find: "line 12" or "paragraph 7"
    ref: str = ""  # the footnote label or the DOCX comment id


@cache
def markdown_parser() -> MarkdownIt:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin

    return MarkdownIt("commonmark", {"html": True}).enable("table").use(footnote_plugin)


def strip_invisible(text: str) -> str:
    """`text` without control characters (tab and line breaks kept), lone surrogates, U+FFFE/U+FFFF."""
    return _INVISIBLE.sub("", text)


def escape_md(text: str) -> str:
    """Escape Markdown syntax so a quote renders, and parses back, as exactly its text."""
    lines = [_MD_SPECIAL.sub(r"\\\1", line) for line in strip_invisible(text).splitlines()]
    # A quote is placed inside one paragraph: its own line breaks become spaces (whitespace is
    # ignored when verifying), so a model's list or paragraph break cannot split the draft's paragraph.
    joined = " ".join(line.strip() for line in lines if line.strip())
    return joined


def quote_tag(model: str, question: str) -> str:
    """The machine tag a footnote carries: an HTML comment, invisible in every rendering."""
    return f"<!-- drafter:{model}/{question} -->"


def parse_tag(text: str) -> tuple[str, str] | None:
    """(model, question) from a tag: the HTML comment, or the older `model/qid` code span's content."""
    match = _COMMENT_TAG.match(text) or _TAG.match(text)
    return (match.group(1), match.group(2)) if match else None


def tag_of(child: Token) -> tuple[str, str] | None:
    """The tag an inline token carries, if it is one (a comment, or an old-style code span)."""
    if child.type == "html_inline" and child.content.lstrip().startswith("<!--"):
        return parse_tag(child.content)
    if child.type == "code_inline":
        return parse_tag(child.content)
    return None


def inline_plain_text(children: list[Token]) -> str:
    """Text of an inline token's children as a reader sees it (emphasis marks dropped)."""
    out: list[str] = []
    for child in children:
        if child.type == "html_inline" and child.content.lstrip().startswith("<!--"):
            continue  # a comment (the machine tag) is not text a reader sees
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type == "softbreak" or child.type == "hardbreak":
            out.append("\n")
        elif child.children:
            out.append(inline_plain_text(child.children))
    return "".join(out)


def quote_before(text: str) -> str | None:
    """The quoted text that ends `text` (a closing mark right before a footnote reference)."""
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in QUOTE_PAIRS:
        return None
    close = stripped[-1]
    opening = QUOTE_PAIRS[close]
    depth = 0
    for i in range(len(stripped) - 2, -1, -1):
        ch = stripped[i]
        if ch == opening and (depth == 0 or opening == close):
            return stripped[i + 1:-1]
        if ch == close and opening != close:
            depth += 1
        elif ch == opening:
            depth -= 1
    return None


def footnote_tags(tokens: list[Token]) -> dict[str, tuple[str, str]]:
    """Footnote label -> (model, question) for every footnote that carries a `model/qid` tag."""
    tags: dict[str, tuple[str, str]] = {}
    label: str | None = None
    for token in tokens:
        if token.type == "footnote_open":
            label = str(token.meta.get("label"))
        elif token.type == "footnote_close":
            label = None
        elif token.type == "inline" and label is not None and label not in tags:
            for child in token.children or []:
                if tag := tag_of(child):
                    tags[label] = tag
                    break
    return tags


def extract_quotes(markdown: str) -> list[FoundQuote]:
    """Every attributed quote in a draft, in order, with where it stands."""
    tokens = markdown_parser().parse(markdown)
    tags = footnote_tags(tokens)
    found: list[FoundQuote] = []
    in_footnote = False
    for token in tokens:
        if token.type in ("footnote_open", "footnote_close"):
            in_footnote = token.type == "footnote_open"
        if token.type != "inline" or in_footnote:
            continue
        line = (token.map[0] + 1) if token.map else 0
        found.extend(_quotes_in_inline(token.children or [], tags, f"line {line}"))
    return found


def _quotes_in_inline(children: list[Token], tags: dict[str, tuple[str, str]], where: str) -> list[FoundQuote]:
    found: list[FoundQuote] = []
    pending: list[Token] = []
    for child in children:
        if child.type != "footnote_ref":
            pending.append(child)
            continue
        label = str(child.meta.get("label"))
        before = inline_plain_text(pending)
        pending = []
        if label not in tags:
            continue
        model, question = tags[label]
        text = quote_before(before)
        # A tagged footnote with no quote before it is still a claim about the model: report it empty.
        found.append(FoundQuote(model=model, question=question, text=text or "", where=where, ref=label))
    return found


def split_appendix(markdown: str) -> tuple[str, str]:
    """(column, appendix) split at the appendix mark."""
    head, sep, tail = markdown.partition(APPENDIX_MARK)
    return head, (sep + tail) if sep else ""


def front_matter(markdown: str) -> tuple[dict[str, Any], str]:
    """The draft's own front matter (title, language, transcript) and the rest."""
    import yaml

    if not markdown.startswith("---\n"):
        return {}, markdown
    end = markdown.find("\n---\n", 4)
    if end < 0:
        return {}, markdown
    try:
        data = yaml.safe_load(markdown[4:end]) or {}
    except yaml.YAMLError:
        return {}, markdown
    return (data if isinstance(data, dict) else {}), markdown[end + 5:]
