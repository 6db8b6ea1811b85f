"""Where in an answer the position is stated, and how much each place counts.

A conclusion ("所以…", "On balance…") outweighs a bare opening answer ("不会。", "Yes."), which outweighs a
first-person view, which outweighs anything else; a conceded point (不可否认…但…, "No doubt… But…") counts
for nothing and the turn after it counts as a view. This is what lets a stance stated at the end of a long
answer win over the arguments listed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from drafter.analysis.engine.sentences import Sentence, clauses, is_question
from drafter.analysis.lexicons.cues import (
    CONCESSION,
    CONCLUSION,
    CONTRAST,
    NEG_OPINION,
    NEG_STANCE_VERB,
    OPINION,
    STANCE_VERB,
)
from drafter.analysis.lexicons.data import tables

# An offer or sign-off closing a chat answer ("If you'd like, I can…", "如果你需要，我可以…") states no position.
OFFER = tables("offer")
WEIGHTS = {"conclusion": 3.0, "bare": 2.5, "opinion": 2.0, "contrast": 2.0, "first": 1.5, "last": 1.0, "other": 0.5}
_CLAUSE_MARK = re.compile(r"[，,；;：:]")
_LEAD_PUNCT = re.compile(r"^[\s，,；;：:、—–\-…]+")
# A joining word before a first-person marker ("…, but I'd say yes", "…，但我认为…") is not a view of its own.
_JOINER = re.compile(r"^\s*(?:but|however|yet|and|so|still|though|但是?|然而|不过|可是|所以|因此|而且|那么)\s*$",
                     re.IGNORECASE)
# A sentence that opens with a plain yes or no answers the question wherever it stands ("…. Yes, they should.").
_YES_NO_LEAD = {
    "zh": re.compile(r"^(?:是的|不是|不会|不能|不应该|不应当|会的|能的)[，,。！!]"),
    "en": re.compile(r"^(?:yes|no|nope)\b\s*[,.!;:—–]", re.IGNORECASE),
}
# A plain yes or no right after a conclusion marker ("So no, …", "所以不会，…").
_SAID = {
    "zh": re.compile(r"^[\s，,：:]*(?:是的|不是|不会|不能|不应该|不应当|会的|能的|不值得|值得|应该"
                     r"|不)[\s，,。！!；;：:—–]"),
    "en": re.compile(r"^[\s,:]*(?:that\s+)?(?:yes|no|nope)\b\s*[,.!;:—–]", re.IGNORECASE),
}
# A question that answers ("Sure, why not?", "Why would we?", "何乐而不为？") is a statement.
_RHETORICAL = {
    "zh": re.compile(r"^(?:当然|可以|好)?[，,]?\s*(?:何乐而不为|为什么不(?:呢|行|可以)?)[？?]"),
    "en": re.compile(r"^(?:(?:sure|yes|yeah|absolutely|of course)[,!]?\s+)?(?:why not|what(?:'s|’s| is) the harm"
                     r"(?: in (?:trying|it))?|why would (?:we|anyone|you|they|I)\b[^?]{0,40})\s*[?!]", re.IGNORECASE),
}
_CONTRAST_INSIDE = {
    "zh": re.compile(r"[，,；;]\s*(?:但|但是|然而|不过|可是)"),
    "en": re.compile(r"[,;:—–]\s*(?:but|however|yet|still)\b|\.\s+(?:but|however|yet)\b", re.IGNORECASE),
}


# Clauses that frame rather than state: conditions, concessions, time and viewpoint settings.
FRAME = {
    "zh": re.compile(r"^(?:如果|假如|要是|只要|除非|一旦|即使|即便|哪怕|若|倘若|虽然|尽管|随着|对于|关于|从|由于|因为"
                     r"|考虑到|鉴于|前提是|面对)"
                     r"|(?:来看|看来|而言|来说|的话|之前|之后|以前|以后|的时候|上看|方面)$"),
    "en": re.compile(r"^(?:if|unless|although|though|while|whereas|even if|even though|as long as|provided|assuming"
                     r"|once"
                     r"|given|because|since|despite|with|without|for|in|on|at(?! least| most)|after|before|when"
                     r"|depending)\b", re.IGNORECASE),
}

@dataclass(frozen=True)
class Part:
    """The part of a sentence that carries a position, with its role and weight."""

    sentence: Sentence
    text: str
    role: str
    weight: float
    flip: bool = False
    stance_verb: bool = False
    placed: bool = False  # a verdict by where it stands only (under a conclusion heading, in bold), with no marker
    unmarked: bool = False  # a verdict by where it stands only, whether or not it is read strictly (`placed`)


def _after(text: str, end: int) -> str:
    """The text after a marker, without the punctuation that joins them."""
    return _LEAD_PUNCT.sub("", text[end:])


def _last_match(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of `pattern` in `text` (the latest conclusion marker decides); a marker hyphenated to the next
    word is part of a compound, not a marker ("in short-term absence", "so-called")."""
    last = None
    for m in pattern.finditer(text):
        if not _COMPOUND.match(text, m.end()):
            last = m
    return last


_COMPOUND = re.compile(r"[-‐‑][^\W\d_]")


def _conceded(sent: Sentence, nxt: Sentence | None, lang: str) -> tuple[bool, str]:
    """Whether the sentence opens with a concession that a turn sets aside; and the text after the turn."""
    if not CONCESSION[lang].search(sent.text):
        # '广场舞噪声并非不能管，也并非不需要规则。但我认为…': what the next sentence's own view turns from is granted
        granted = bool(nxt and CONTRAST[lang].match(nxt.text) and (OPINION[lang].search(nxt.text)
                                                                    or NEG_OPINION[lang].search(nxt.text))
                       and not _YES_NO_LEAD[lang].search(sent.text))
        return granted, ""
    turn = _CONTRAST_INSIDE[lang].search(sent.text)
    if turn:
        return True, _after(sent.text, turn.end())
    return bool(nxt and CONTRAST[lang].search(nxt.text)), ""


_POINTED = {"en": re.compile(r"^\s*(it|this|that|them|the (?:idea|proposal|plan|ban|change))\s*[:—–]\s*\S",
                             re.IGNORECASE),
            "zh": re.compile(r"^\s*(这(?:个|种|样)?(?:做法|提议|方案|规定)?)\s*[：:—]\s*\S")}


def _inner(sent: Sentence, marked: Part, lang: str) -> bool:
    """True when a conclusion marker stands inside the sentence, after a clause of its own."""
    before = re.sub(r"[*_`]", "", sent.text[: len(sent.text) - len(marked.text)])
    return len(re.findall(r"[\u4e00-\u9fff]", before)) >= 6 if lang == "zh" else len(before.split()) >= 4


def _marked(sent: Sentence, lang: str) -> Part | None:
    """A conclusion or first-person part of the sentence, if it has one."""
    concl = _last_match(CONCLUSION[lang], sent.text)
    neg = _last_match(NEG_OPINION[lang], sent.text)
    opin = _last_match(OPINION[lang], sent.text)
    later = [m for m in (neg, opin) if m and concl and m.start() >= concl.end()]
    # "So no, I don't expect X": the yes/no after the conclusion marker is the answer, the view restates it
    said = concl and later and _SAID[lang].match(sent.text[concl.end(): min(m.start() for m in later)])
    if opin and _SAID[lang].match(_after(sent.text, opin.end())):
        # "On balance, I think yes — …, so the change isn't punitive": the answer word after the view decides
        weight = WEIGHTS["conclusion"] if concl else WEIGHTS["opinion"]
        return Part(sent, _after(sent.text, opin.end()), "opinion", weight)
    if (view := opin or neg) and _SAID[lang].match(sent.text[: view.start()]):
        # "Yes, I think it should cover the whole day.", "No — I don't think it's the right approach.": the answer
        # word before the view is part of it, and as plain as a bare "Yes."
        return Part(sent, sent.text, "opinion", WEIGHTS["conclusion"] if concl else WEIGHTS["bare"])
    if concl and (not later or said):
        return Part(sent, _after(sent.text, concl.end()), "conclusion", WEIGHTS["conclusion"])
    if neg and (not opin or neg.start() >= opin.start()):
        weight = WEIGHTS["conclusion"] if concl else WEIGHTS["opinion"]
        verb = bool(NEG_STANCE_VERB[lang].search(neg.group()))
        rest = _after(sent.text, neg.end())
        # "I'd come down against it: the US shouldn't impose a ban": the pointer is what is opposed; the verdict
        # after the colon says it again in its own words, and is not to be flipped a second time
        pointer = _POINTED[lang].match(rest)
        return Part(sent, pointer.group(1) if pointer else rest, "opinion", weight, flip=True, stance_verb=verb)
    if opin:
        weight = WEIGHTS["conclusion"] if concl else WEIGHTS["opinion"]
        verb = bool(STANCE_VERB[lang].search(opin.group()) or STANCE_VERB[lang].match(sent.text, opin.start()))
        return Part(sent, _around(sent.text, opin), "opinion", weight, stance_verb=verb)
    return None


def _around(text: str, marker: re.Match[str]) -> str:
    """The view a first-person marker belongs to: what follows it ('我认为会' -> '会'), or its whole clause when
    the marker sits inside one ('X is a toss-up in my view: …'), or the clause before a trailing marker
    ('Trees, in my view.')."""
    cuts = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, marker.start())]
    start = cuts[-1] if cuts else 0
    after = _after(text, marker.end())
    if _JOINER.sub("", _LEAD_PUNCT.sub("", text[start: marker.start()])).strip():
        return _LEAD_PUNCT.sub("", text[start:])
    if after.strip(" 。.!！"):
        return after
    start = cuts[-2] if len(cuts) > 1 else 0
    return _LEAD_PUNCT.sub("", text[start:])


def position_parts(sents: list[Sentence], lang: str, skip: set[int] | None = None,
                   turned: set[int] | None = None) -> list[Part]:
    """Every part of the answer that may carry its position, in order. `skip`: sentences that carry none (a
    disclaimer); `turned`: disclaimers whose turn ('…, but') leads into a view, read like a concession."""
    skip, turned = skip or set(), turned or set()
    # table cells are data (often the background years), not the answer's voice; an offer says nothing
    statements = [s for s in sents if (not is_question(s.text) or _RHETORICAL[lang].match(s.text))
                  and s.index not in skip and s.kind != "cell" and not OFFER[lang].search(s.text)]
    parts: list[Part] = []
    boost_next = False
    for pos, sent in enumerate(statements):
        nxt = statements[pos + 1] if pos + 1 < len(statements) else None
        turn = _last_match(_CONTRAST_INSIDE[lang], sent.text) if sent.index in turned else None
        if turn and _after(sent.text, turn.end()).strip():
            marked = _marked(sent, lang)  # '…, but the data point one way, so yes': the marker after the turn
            if marked and sent.text.rfind(marked.text) >= turn.end():
                parts.append(replace(marked, weight=max(marked.weight, WEIGHTS["contrast"])))
            else:
                parts.append(Part(sent, _after(sent.text, turn.end()), "contrast", WEIGHTS["contrast"]))
            boost_next = False
            continue
        boost_next = boost_next or (sent.index - 1 in skip and bool(CONTRAST[lang].search(sent.text)))
        conceded, rest = _conceded(sent, nxt, lang)
        if conceded:
            if rest:
                parts.append(Part(sent, rest, "contrast", WEIGHTS["contrast"]))
            boost_next = not rest
            continue
        marked = _marked(sent, lang)
        if marked and marked.role == "opinion" and pos == len(statements) - 1 and pos >= 2:
            # a view stated last, after arguments, is the answer's conclusion ("…. Given X, I'd pick Y.")
            marked = replace(marked, weight=max(marked.weight, WEIGHTS["conclusion"]))
        if marked and sent.verdict:
            marked = replace(marked, weight=max(marked.weight, WEIGHTS["conclusion"]))
        elif marked and marked.role == "conclusion" and sent.kind == "item" and _inner(sent, marked, lang):
            # "- Packaging is the bigger stream, so the bin won't be halved.": a list point's own consequence, one
            # reason among others, not the answer's conclusion
            marked = replace(marked, role="other", weight=WEIGHTS["other"])
        if marked:
            parts.append(marked)
        elif sent.verdict and sent.kind != "cell":
            # under a 结论 / Bottom line heading, in bold, or led by "**My verdict:**": where answers put the verdict
            parts.append(Part(sent, sent.text, "conclusion", WEIGHTS["conclusion"], placed=True, unmarked=True))
        elif boost_next:
            parts.append(Part(sent, CONTRAST[lang].sub("", sent.text, count=1), "contrast", WEIGHTS["contrast"]))
        elif pos == 0 and sent.kind != "item" and not sent.text.rstrip("*_ ").endswith((":", "：")):
            # a list item's lead ('1. **No cash flows.**') names a point; an opening that ends in a colon
            # ('There are good reasons to be sceptical:') introduces one side's list, it is no answer
            parts.extend(_opening(sent, lang))
        elif _YES_NO_LEAD[lang].search(sent.text):
            parts.append(Part(sent, sent.text, "bare", WEIGHTS["bare"]))
        elif pos == len(statements) - 1:
            parts.append(Part(sent, sent.text, "last", WEIGHTS["last"]))
        else:
            parts.append(Part(sent, sent.text, "other", WEIGHTS["other"]))
        boost_next = False
    if not any(not p.placed and (p.role == "conclusion" or (p.sentence.verdict and p.role == "opinion"))
               for p in parts):
        # with no marked verdict ("So my answer is…") where the verdict stands, each sentence there is read as one
        parts = [replace(p, placed=False) if p.placed else p for p in parts]
    return _reasons_after_verdict(parts)


def _reasons_after_verdict(parts: list[Part]) -> list[Part]:
    """Under a verdict heading, the list after a paragraph that says the verdict in so many words ('我认为…应当…。
    理由主要有三点：1. …') gives its reasons: each item weighs as an argument, not as a second verdict."""
    said = next((p.sentence.index for p in parts if p.sentence.verdict and not p.unmarked and p.sentence.kind
                 == "paragraph" and p.role in ("conclusion", "opinion")), None)
    if said is None:
        return parts
    return [replace(p, role="other", weight=WEIGHTS["other"], placed=False, unmarked=False)
            if p.unmarked and p.sentence.kind == "item" and p.sentence.index > said else p for p in parts]


# A short Chinese opening clause that is the modal and the question's verb ('不应该全面禁止。', md-tune73): as bare an
# answer as '不应该。' ('应该说，…' is a discourse marker, no answer)
_ZH_MODAL_OPENING = re.compile(r"^\W*(?:不|并不)?(?:应该|应当|该|宜|需要)(?!说)[\u4e00-\u9fff]{1,8}[。！!]?\s*$")


def _opening(sent: Sentence, lang: str) -> list[Part]:
    """The opening sentence: its first clause as a bare answer, and the sentence as a weaker hint."""
    from drafter.analysis.engine.polarity import bare_answer, strip_markup  # local: polarity imports lexicon only
    from drafter.analysis.engine.signals import REPORTED_VIEW

    parts = clauses(sent.text)
    first = parts[0] if parts else sent.text
    if REPORTED_VIEW[lang].match(first):
        return []  # 'Many skeptics argue no: …': the answer opens with what others say, a side it goes on to weigh
    out = []
    if (bare_answer(first, lang) or (lang == "zh" and _ZH_MODAL_OPENING.match(strip_markup(first)))) \
            and not FRAME[lang].search(first):  # 'For most renters, …' frames
        # a short opening sentence is read whole, so "短期内不会，长期有可能" comes out hedged
        whole = len(parts) <= 3 and len(sent.text) <= (24 if lang == "zh" else 80)
        out.append(Part(sent, sent.text if whole else first, "bare", WEIGHTS["bare"]))
    elif _YES_NO_LEAD[lang].match(sent.text):
        # "Yes — England should bring in a default ban, with exemptions": the answer word opens a long first clause
        out.append(Part(sent, sent.text, "bare", WEIGHTS["bare"]))
    out.append(Part(sent, sent.text, "first", WEIGHTS["first"]))
    return out
