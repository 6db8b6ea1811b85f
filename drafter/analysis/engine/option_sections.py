"""Sections an answer gives each option: a heading that names one option and little else ('### Public-access
defibrillator', '模式一：社区提供场地', '老人：最常见的答案') heads that option's case, not the answer's verdict."""

from __future__ import annotations

import re

from drafter.analysis.engine.mentions import candidates
from drafter.analysis.engine.questions import Option
from drafter.analysis.engine.roles import Part
from drafter.analysis.engine.terms import stem, terms


def section_option(part: Part, options: list[Option], lang: str) -> int | None:
    """The option whose case a sentence's section makes: its heading names that one option and little else ('###
    模式一：社区提供场地', '## Ending free Sunday parking'), and where the section opens is not where the answer does
    (md-tune83). A heading that argues ('## Why families should pay', md-tune43) is no neutral section."""
    section = part.sentence.section
    if not section or part.sentence.verdict:
        return None
    named = {i for _, i in candidates(section, options, lang)}
    if len(named) != 1:
        return None
    own = named.pop()
    return own if _names_only(section, options[own]) else None


# What may stand in a heading beside an option's name ('Option 1:', '模式一：', '### A.')
_HEADING_FILLER = re.compile(r"^\W*(?:(?:option|choice|approach|model|route|path)\s*\w{0,3}\b"
                             r"|[(（]?[A-Za-z0-9一二三四五六][.)）、:：]|(?:方案|模式|选项|做法|路径|思路|方向)"
                             r"[一二三四五六1-6A-Da-d]?)\W*", re.IGNORECASE)
# Words by which a heading argues for a side rather than names an option
_ARGUES = re.compile(r"\b(?:why|should|must|best|better|first|wins?|my|I|case for|pick|choice)\b|为什么|应该|应当|更"
                     r"|最|选|推荐|建议|胜出|优先", re.IGNORECASE)


# What a heading's description after the option's name may not say, lest it argue ('学生：应该优先')
_CALLS = re.compile(r"\b(?:why|should|must|wins?|my pick|my choice|case for)\b|为什么|应该|应当|推荐|建议|胜出|优先",
                    re.IGNORECASE)


def _names_only(title: str, opt: Option) -> bool:
    """True for a heading that is an option's name and little else ('Public-access defibrillator', '模式一：社区提供
    场地'), or its name and a description after a colon ('老人：最常见的答案', md-tune86), not one that argues ('Why
    families should pay')."""
    head, colon, description = _HEADING_FILLER.sub("", title).partition("：" if "：" in title else ":")
    if colon and head.strip() and description.strip() and not _CALLS.search(description) and _names_only(head, opt):
        return True
    said = terms(_HEADING_FILLER.sub("", title))
    rest = said - opt.terms - {stem(w) for w in re.findall(r"[A-Za-z]+", opt.text)}
    rest = {t for t in rest if not any(t in o or o in t for o in opt.terms) and t not in opt.text}
    return len(rest) <= 1 and not _ARGUES.search(title)
