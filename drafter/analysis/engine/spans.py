"""The position a span of text takes (a sentence or the part of one that carries a view): its clauses read in
turn, a turn ('but', '但') deciding, framing clauses and asides skipped."""

from __future__ import annotations

import re

from drafter.analysis.engine.answer_words import (
    lone_answer_word,
)
from drafter.analysis.engine.labels import labelled_answer
from drafter.analysis.engine.polarity import (
    Polarity,
    bare_answer,
    case_against_denied,
    polarity,
    strip_markup,
)
from drafter.analysis.engine.roles import FRAME
from drafter.analysis.engine.sentences import clauses
from drafter.analysis.engine.signals import set_aside, signal
from drafter.analysis.engine.terms import terms
from drafter.analysis.lexicons.cues import CONTRAST, HEDGE, NEG_STANCE_VERB, OPINION, TOSS_UP
from drafter.analysis.lexicons.polarity_cues import LIKELIHOOD, ZH_DEONTIC_Q
from drafter.analysis.lexicons.stance_cues import (
    AIM_ONLY,
    ANSWER_WORD,
    BARE_WORD,
    BETTER_THAN,
    CONSEQUENCE,
    INSTEAD,
    LEFT_TO,
    NOT_BUT,
    NOT_BY,
    NOT_THIS_BUT,
    NOT_WHETHER_BUT_HOW,
    NOTHING_OFFSETS,
    POINTS_BACK,
    QUALIFIER,
    REMEDY_NOT,
    SCOPE_LEAD,
    STATUS_QUO_VERB,
    THAN_Q,
    UNSURE_OF,
    UNTENABLE,
    VERDICT_STANDS,
    WEAK_HEDGE,
    WHETHER_ASIDE,
)
from drafter.analysis.lexicons.synonyms import related

_HOW_NOT_WHETHER = re.compile(r"^\W*but\s+(?:only\s+)?(?:through|via|under|by way of|subject to|as part of)\b",
                              re.IGNORECASE)
# "So my answer is a partial yes: widen it, but I'm not persuaded by …": the hedge is the verdict, the turn its half
_SPLIT_ANSWER = re.compile(r"\b(?:partial|qualified) (?:yes|no)\b", re.IGNORECASE)
_SET_ASIDE_AFTER = re.compile(r"\b(?:not|rather than|instead of)\b", re.IGNORECASE)


_BOLD_LEAD = re.compile(r"^\s*(?:\*\*|__)([^*_]{2,60}?)(?:\*\*|__)\s*[，,；;]")
# '…，但要说清楚是“倡导”，不是“禁止”' (md-tune46): which of two things it is, said to clarify the yes, not a no
_ZH_IS_NOT = re.compile(r"是[“\"「][^”\"」，。]{1,10}[”\"」][，,]\s*(?:而)?不是[“\"「][^”\"」，。]{1,10}[”\"」]")


def span_polarity(text: str, lang: str, qterms: set[str], question: str, strict: bool) -> Polarity | None:
    """The position of a span of clauses: a hedge anywhere, else the turn after 'but', else the first view.
    A hedge inside a condition ('yes, provided the time is still partly active') hedges the condition only."""
    if lang == "zh":
        text = _ZH_IS_NOT.sub("", text)
    if (led := _BOLD_LEAD.match(text)) and (
            bolded := polarity(led.group(1), lang, qterms, question, strict=True)) \
            and bolded.explicit and bolded.label in ("affirm", "deny"):
        # '**目前不应提高**，可以优先推广可变限速…', '**应该上调…标准**，同时加重行政处罚' (md-tune46): the
        # bold clause the sentence opens with is its verdict; what follows adds to it
        return bolded
    parts = clauses(text)
    if lang == "zh" and len(parts) > 1 and _ZH_SEEMS.search(parts[0]) and _ZH_IN_FACT.match(strip_markup(parts[1])):
        # '全面禁止看起来干脆，实际上会把问题推到更看不见的角落' (md-tune73): how the proposal seems is conceded;
        # what it in fact does is the point
        text = text[text.find(parts[1]):]
        parts = clauses(text)
    if qualified := next((c for c in parts[1:] if QUALIFIER[lang].match(strip_markup(c))), None):
        # '支持取消调休，只是不主张立刻一步到位': what follows 只是 limits the view's scope or pace, not its direction
        text = text[: text.find(qualified)]
        parts = clauses(text)
    if lang == "en" and (labelled := labelled_answer(strip_markup(text), qterms)) is not None:
        # "Tighter oversight: yes." "Better security, yes; a compulsory three-year minimum, no.": each answer word
        # answers for what it is labelled with, which may be something other than the question's proposal
        return labelled or None
    if worded := lone_answer_word(strip_markup(text), lang):
        # "yes — states should end them, at least for measles, so the change isn't punitive": the answer word
        # decides, unless a second one splits the verdict ("Yes, for older pupils; no for younger ones")
        return worded
    if lang == "zh" and (recast := NOT_BUT.match(strip_markup(text))) and qterms & terms(recast.group(1)):
        return Polarity("affirm", True)  # '划定场地和时段不是限制广场舞，而是给它一个位置': the proposal, recast
    if lang == "zh" and (weaker := NOT_THIS_BUT.match(strip_markup(text))):
        # '不是"可以试试"，而是应该成为常规' (md-tune36): a weaker claim set aside; what follows 而是 is the view
        return span_polarity(strip_markup(text)[weaker.end():], lang, qterms, question, strict)
    if NOT_WHETHER_BUT_HOW[lang].search(strip_markup(text)):
        return Polarity("affirm", True)
    if lang == "zh" and (stands := VERDICT_STANDS.search(text)):
        return polarity(stands.group(1), lang, qterms, question)
    if len(parts) > 1 and (denied := case_against_denied(strip_markup(text), lang, question)):
        return denied  # 'The retail concern, in particular, tends to be overstated': one claim across its commas
    if len(parts) > 1 and set_aside(text, lang, question, qterms) is not None:
        return Polarity("deny", True)  # "与其延长时长，不如多设停放点": the clauses only say it together
    if lang == "zh" and len(parts) > 1 and UNTENABLE.search(parts[-1]):
        # "说没有必要，恐怕站不住脚", "扩军之后还进不去，才真的说不过去": what was said before is declared untenable
        conceded = span_polarity("，".join(parts[:-1]), lang, qterms, question, strict)
        if conceded and conceded.label in ("affirm", "deny"):
            return Polarity("deny" if conceded.label == "affirm" else "affirm", conceded.explicit)
    frames = [c for c in parts if FRAME[lang].search(c)] if len(parts) > 1 else []
    hedges = [m for m in HEDGE[lang].finditer(text) if not any(m.group() in f for f in frames)]
    if hedges and len(parts) > 1 and all(m.start() >= len(parts[0]) and (
            WEAK_HEDGE.fullmatch(m.group()) or (UNSURE_OF.search(m.group())
                                                 and not qterms & terms(_clause_at(text, parts, m.start()))))
            for m in hedges):
        # 'Probably not by 2035; maybe by the 2040s', '是不利的——…，而所谓的长期好处还不确定': a hedge about something
        # else after a stated answer
        first = _clause(parts[0], lang, qterms, question, strict, len(parts))
        if first and first.explicit and first.label != "mixed":
            return first
    turns = [i for i, c in enumerate(parts) if i and CONTRAST[lang].search(c)]
    if hedges and turns and all(m.start() < (cut := text.find(parts[turns[-1]])) for m in hedges) and cut > 0 \
            and OPINION[lang].search(text, cut) and not TOSS_UP[lang].search(text) \
            and not any(_SPLIT_ANSWER.search(m.group()) for m in hedges):
        # "短期可能仍在高位，但以五年为尺度，我认为不会扩大": the hedge is conceded, the view after the turn counts
        return span_polarity(text[cut:], lang, qterms, question, strict)
    if hedges:
        return Polarity("mixed", True)
    if not parts:
        return None
    # "cities should allow them, but through a cautious, staged permit system that …": the turn says how the yes is
    # to be done, not a second position ("but through parts and manuals, not through a battery mandate" sets the
    # proposal aside)
    if turns and lang == "en" and _HOW_NOT_WHETHER.match(parts[turns[-1]]) and not _SET_ASIDE_AFTER.search(
            " ".join(parts[turns[-1]:])) and (
            manner_free := _first_said(parts[: turns[-1]], lang, qterms, question, strict, len(parts))):
        return manner_free
    if turns:  # "A, but B": B is the point
        after = _first_said(parts[turns[-1]:], lang, qterms, question, strict, len(parts))
        # before the turn counts only where it answers the question ('不会，但…'), not where it concedes a side
        # point ('The evidence isn't airtight, but the harms are large')
        before = [c for c in parts[: turns[-1]] if qterms & terms(c) or not terms(c)]
        earlier = None if after else _first_said(before, lang, qterms, question, strict, len(parts))
        if earlier and earlier.label == "affirm" and qterms & terms("".join(parts[: turns[-1]])) and any(
                NEG_STANCE_VERB[lang].search(c) for c in parts[turns[-1]:]):
            # '支持提高覆盖率，但反对"每站必配"的硬性要求': it turns to oppose something the rules cannot place, so
            # the sentence is no plain yes
            return Polarity("mixed", True)
        return after or earlier
    drawn = [f for c in parts[1:] if CONSEQUENCE[lang].match(strip_markup(c))
             for f in [_clause(c, lang, qterms, question, True, len(parts))]  # a stance word, not an echo
             if f and f.explicit and f.label in ("affirm", "deny")]
    if drawn:  # 'there is no credible benefit…, so an under-18 ban is the right call': the conclusion drawn
        return drawn[-1]
    # '体测不达标就不让毕业，这种直接挂钩的做法并不合理': a clause the next one points back to is its subject
    found = [(c, None if i + 1 < len(parts) and POINTS_BACK[lang].match(parts[i + 1])
              else _clause(c, lang, qterms, question, strict, len(parts))) for i, c in enumerate(parts)]
    found_all = [f for _, f in found if f]
    # a split verdict needs both halves about the question: '不宜再延长，应当按期退出' is one no, not a yes and a no
    said = {f.label for c, f in found if f and f.explicit and (len(parts) == 1 or bare_answer(c, lang)
                                                              or qterms & terms(c))}
    if {"affirm", "deny"} <= said:  # "短期内不会，长期有可能", "In the long run, yes; in the short run, no"
        # 'Regulate strictly, yes — prohibit outright, no' to 'Should … be banned?': the half that names the
        # proposal (in its words or a synonym) answers the question; the other names something else
        # (a bare 'yes' or 'no' is about the clause before it); a half that only narrows the scope ('for national
        # ones, no', '短期内不会') splits the verdict on the proposal itself
        halves = [(parts[i - 1] + " " + c if i and BARE_WORD.match(c) else c, f.label)
                  for i, (c, f) in enumerate(found) if f and f.explicit and f.label in ("affirm", "deny")]
        # '…should not add a pod levy; it should cover pods by packaging rules instead': the other half is an
        # alternative, however much it names the question's things
        named = {label for half, label in halves if _names_proposal(half, question, qterms)
                 and not INSTEAD[lang].search(half)}
        scoped = any(SCOPE_LEAD.match(strip_markup(half)) for half, _ in halves)
        if lang == "zh" and len(named) > 1 and not scoped and ZH_DEONTIC_Q.search(question) and (
                advised := {label for half, label in halves if _ZH_ADVISES.search(half)}) and len(advised) == 1 \
                and all(_ZH_ADVISES.search(half) or not _ZH_ANY_MODAL.search(half) for half, _ in halves):
            # '海豚表演已经不符合…的认知，应当全面取消' (zh-k145): to a should-question, the half that advises answers
            # it; the other only describes the thing, and its negation is a reason
            return Polarity(advised.pop(), True)
        return Polarity(named.pop(), True) if len(named) == 1 and not scoped else Polarity("mixed", True)
    # a clause that says its position in words outweighs one that only restates the question ('对一般商家拒收现金，
    # 不应当以处罚来解决')
    return next((f for c, f in found if f and f.explicit and qterms & terms(c)), found_all[0]) if found_all else None


# A half that advises ('应当全面取消', '不宜再延长'), and any modal at all ('会', '可能', '能'): a half without
# one only describes.
_ZH_ADVISES = re.compile(r"应当|应该|(?<![反相])应(?!对|用|急|聘|届|有)|(?<!活)该(?![地区项类市县校])|不宜|必须|务必")
_ZH_ANY_MODAL = re.compile(r"应|该|宜|必须|务必|会|可能|能|可以|要|需|得")
# '看起来干脆，实际上…': a clause on how the proposal seems, then one on what it in fact does
_ZH_SEEMS = re.compile(r"看起来|看上去|看似|表面上|乍看|听起来")
_ZH_IN_FACT = re.compile(r"^\W*(?:但|可|却)?(?:实际上|事实上|其实|实则)")


def _clause_at(text: str, parts: list[str], at: int) -> str:
    """The clause of `text` that holds position `at`."""
    pos = 0
    for part in parts:
        start = text.find(part, pos)
        if start <= at < start + len(part):
            return part
        pos = max(pos, start + len(part))
    return ""


def _first_said(parts: list[str], lang: str, qterms: set[str], question: str, strict: bool,
                siblings: int) -> Polarity | None:
    """The first clause that says its position in words, else the first that restates the question
    ('但远程办公成为主流，在十年内不太可能': the restated subject is not the answer, 不太可能 is)."""
    found = [f for f in (_clause(c, lang, qterms, question, strict, siblings) for c in parts) if f]
    return next((f for f in found if f.explicit), found[0] if found else None)


def _clause(clause: str, lang: str, qterms: set[str], question: str, strict: bool, siblings: int) -> Polarity | None:
    """One clause's polarity, skipping framing clauses (conditions, settings) when there are others."""
    clause = CONTRAST[lang].sub("", clause, count=1).strip()
    if not clause or (FRAME[lang].search(clause) and siblings > 1):
        return None
    if strict and siblings > 1 and not ANSWER_WORD[lang].search(clause) and not (
            qterms & terms(clause)) and not LIKELIHOOD.search(clause) and not signal(clause, lang, question, qterms):
        return None  # '…，新一批接不上，…': a short clause inside an argument is not an answer unless it says one
    if lang == "zh" and (than := THAN_Q.search(question)) and "不如" in clause and than.group(1)[:2] in clause:
        return Polarity("deny", True)  # '划区许可制不如全面禁钓' to '…比全面禁钓更好吗': the comparand wins
    if lang == "zh" and BETTER_THAN.match(clause):
        return Polarity("affirm", True)  # '它比完全依赖财政、导致服务无法开展要好': the negation is in what it beats
    if lang == "en" and NOT_BY.match(clause) and siblings > 1:
        # 'an argument for fixing take-up, not for handing a free licence to every household': the proposal set
        # aside, a no; '…through guidance, not by keeping a legal defence', '…not for avoiding it': another means
        kept = STATUS_QUO_VERB.search(clause)
        return Polarity("deny", True) if qterms & terms(clause) and not kept else None
    if lang == "zh" and NOTHING_OFFSETS.search(clause):
        return None  # '…的代价，是任何“养狗自由”都无法抵消的': the weight of an argument, not a no
    if lang == "zh" and REMEDY_NOT.match(clause):
        return None  # '解决办法不是取消运费险，而是…': what to do about it, not the answer to whether
    if LEFT_TO[lang].search(clause):
        return None  # '需要由当地交通管理部门结合实测数据来决定': left to others, not a yes
    if WHETHER_ASIDE[lang].search(clause):
        return None  # '…，而不在于"超时能不能收费"': the whether is set aside, not answered no
    found = polarity(clause, lang, qterms, question, strict=strict)
    if found and found.label == "affirm" and AIM_ONLY[lang].search(clause):
        return None  # 'The goals — quicker checks, fewer mistakes — are reasonable.': the aim granted, not the means
    return found


def _names_proposal(clause: str, question: str, qterms: set[str]) -> bool:
    """True when a clause names the question's proposal, in the question's words or a synonym ('prohibit' for
    'ban')."""
    said = terms(clause)
    return bool((said | related(clause, said)) & (qterms | related(question, qterms)))
