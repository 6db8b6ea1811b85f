"""One answer read against its question: stance, pick or figure, evasion, key quote, injected text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.analysis.engine import dodge_model, pick_model, stance_model
from drafter.analysis.engine.agreement import OWN_VIEW, agreement_said, complexity_only
from drafter.analysis.engine.answer_words import declared_answer, declared_word
from drafter.analysis.engine.claims import Claim
from drafter.analysis.engine.evasion import (
    CONFIDENCE,
    DECLINING,
    DELIVERY,
    REQUEST_ONLY,
    EvasionCue,
    asks_back,
    declined_figure,
    declined_in_verdict,
    deflection,
    evasion_cues,
    holds_back,
    offers_else,
    official_register,
    scale_echo,
    scale_only,
    token_reply,
)
from drafter.analysis.engine.garbled import block_code, garbled
from drafter.analysis.engine.injection import find_injections
from drafter.analysis.engine.key_quote import DANGLING, key_quote
from drafter.analysis.engine.mentions import option_words
from drafter.analysis.engine.numbers import figures
from drafter.analysis.engine.polarity import signal_polarity, strip_markup
from drafter.analysis.engine.position import LEAN, Position, first_statement, in_bold, read_position
from drafter.analysis.engine.questions import QInfo
from drafter.analysis.engine.sentences import Sentence, clauses, is_question, split_sentences
from drafter.analysis.engine.stance import STRONG, own_voice
from drafter.analysis.engine.terms import coverage, terms
from drafter.analysis.lexicons.cues import SPLIT, TOSS_UP
from drafter.analysis.lexicons.data import tables
from drafter.analysis.lexicons.stance_cues import OTHERS_ARGUE
from drafter.analysis.wording import DODGE_STYLES
from drafter.lang import detect_language

_HAN = re.compile(r"[\u4e00-\u9fff]")
# A turn right after a refusal ("I can't predict this. However, …"): what follows may do what was asked.
CONTRAST_OPENING = re.compile(r"^(?:however|but|that said|nevertheless|still|但是?|不过|然而|话虽如此)", re.IGNORECASE)
# An answer that states no position and covers less of the question than this talks about something else.
OFF_TOPIC_COVERAGE = 0.25


@dataclass
class Reading:
    """What the offline rules read in one answer."""

    model: str
    stance: str
    key: str
    style: str | None = None
    cue_confidence: float = 0.0
    pick: int | None = None
    claim: Claim | None = None
    injection: str | None = None
    strength: float = 0.0
    sents: list[Sentence] = field(default_factory=list)  # the answer's sentences, injected text left out
    confidence: float = 0.0  # 0..1: how sure the rules are of this reading
    tentative: str | None = None  # an `unclear` reading: what the rules half-read (a dodge, a stance), for the author
    key_sentence: Sentence | None = None  # set when a later rule moved the reading to another sentence
    doubt: str | None = None  # an `unclear` reading the learned second reader read otherwise: what it read


def _names_core(q: QInfo, text: str) -> bool:
    """True when the answer names what the question asks about (its core's terms: '加收调度费'), or when the core has
    no terms to look for."""
    core = terms(q.core)
    return not core or bool(core & terms(text))


def read_answer(model: str, text: str, q: QInfo) -> Reading:
    """Read one non-empty answer."""
    holes = find_injections(text)
    injection = " … ".join(text[s:e].strip() for s, e in holes) or None
    sents = split_sentences(text, holes) or split_sentences(text)
    lang = answer_language(text, q.lang)
    # a split verdict in its sentence ('一部分地区该提高，另一部分不该动，因地制宜', "I can't give a clean yes or no: I
    # agree with the goal and disagree with the design") is a position, not a dodge
    found = [c for c in evasion_cues(sents, lang) if (q.kind == "open" or c.style not in REQUEST_ONLY)
             and not (c.style in ("both_sides", "refusal") and SPLIT[lang].search(c.sentence.text))
             # 'Having set out both sides, my conclusion is yes: …': a sentence that names its answer is no dodge
             and not (q.kind == "yesno" and declared_answer(c.sentence.text, q.text, lang))]
    # a disclaimer is no position; what follows its turn ('I can't predict this, but…', '…. That said, …') may be
    skip = {c.sentence.index for c in found if not c.turned}
    turned = {c.sentence.index for c in found if c.turned}
    position = read_position(sents, lang, q, skip, turned)
    if q.kind == "number" and (position.label is None or position.strength < STRONG) and (
            hedge := _figure_in_hedge(sents, lang, q, found, skip, turned)):
        # "I'd suggest **around 500 g** a day, though the right figure will depend on the site": the figure the
        # hedge's own sentence gives in bold is the answer, and what it depends on is a caveat
        position, at = hedge
        skip = skip - {at}
        found = [c for c in found if c.sentence.index != at]
    label, strength, where, pick, claim, contested, concluded, declared, in_words, _ = position
    agreed = agreement_said(sents, skip, lang) if q.statement else None
    declined = [c for c in found if c.style in DECLINING]
    if q.statement and label is not None and declined and not agreed and not (
            all(c.disclaimer for c in declined) and any(OWN_VIEW[lang].search(s.text) for s in sents)):
        # a statement is answered only by agreement said in words: "I don't hold opinions. However, …" followed by
        # no such words took no position (one that only lists both sides stays half-read: `unclear`); but "As a
        # large language model, I understand the sentiment. However, I believe …" turned to a view of its own, which
        # stays half-read (`unclear`) rather than becoming a dodge
        label, strength = None, 0.0
    if q.kind == "yesno" and label in ("affirm", "deny") and any(c.style == "no_opinion" and not c.turned
                                                                 for c in found) and not own_voice(
            label, sents, lang, q.terms, q.text, {c.sentence.index for c in found if c.style == "no_opinion"}):
        # "As an AI, I don't take positions on this. …. Ultimately, whether X is a decision for parents…": the side
        # was read from a closing remark by where it stands; the answer kept its word (on batches read before
        # tuning, such sides were wrong 8 times in 9)
        label, strength = None, 0.0
    if q.kind in ("number", "choice") and label == "other" and declined_figure(found, where):
        # "这个问题我没办法给出一个可以直接采用的具体数字" and then a fee quoted from press reports: the answer said it
        # would not give one, and the figure or option read elsewhere is background, not its answer
        label, strength = None, 0.0
    # "I wholeheartedly agree. … The diverse range of perspectives each country brings…": a statement agreed with in
    # words is answered, so praise of many views beside it is no both-sides dodge
    own_view = any(OWN_VIEW[lang].search(s.text) for s in sents) or agreed is not None
    # a disclaimer whose next sentence turns to a verdict ("我无法预测未来。但从趋势判断，会扩大。") is the verdict
    cues = [c for c in found if not c.conceded and not (c.disclaimer and label is not None
                                                        and where is not None and where.index > c.sentence.index)
            # 'Bottom line: yes, a ban would make a meaningful difference' after both sides: a verdict was given
            # (but not a verdict that only echoes the question before the cue hands the call on: 'Seed lending
            # raises questions about cost and law. How any library weighs them will depend on its community.')
            and not (c.style == "both_sides" and concluded and label in ("affirm", "deny")
                     and (in_words or not _closes(c, where)))
            # "I strongly believe …. There are arguments on both sides, …": a view in its own voice
            and not (c.style == "both_sides" and own_view)
            # "This is a complex issue with various perspectives." answering a statement: half the time a dodge (on
            # the PoliLean tune halves), so half-read, for the author (see the `unclear` statement rule below)
            and not (c.style == "both_sides" and q.statement and complexity_only(c.sentence.text, lang))
            # 'Weighing these factors carefully, I think **a volunteer trust is the most suitable operator**': the
            # cue turns, in its own sentence, to the position read
            and not (c.turned and where is not None and where.index == c.sentence.index
                     and label not in (None, "mixed"))]
    # the last toss-up said: "Honestly, somewhere in the middle. … it's partly right and partly wrong" closes it
    # so does a verdict that sets both answers aside ('I can't give a clean yes or no', '我没法给出一个干脆的
    # “是”或“否”'), unless an evasion cue stands beside it: then whether the answer split or dodged is the cue's to say
    # (a table row's '分区兼顾，各占一半' (md-tune82) is one case of a decision table, not the verdict)
    even = None if declared else next((s for s in reversed(sents) if s.index not in skip and s.kind != "cell" and (
        TOSS_UP[lang].search(s.text) or (_hedged_before(found, s) and SPLIT[lang].search(s.text)))), None)
    if even and (label == "mixed" or (label is not None and strength < STRONG and q.kind == "yesno")
                 or (label is None and q.kind == "yesno" and even.verdict) or (
            # "So my view is genuinely split: partly yes, partly no" closing the answer's verdict: its last word
            q.kind == "yesno" and label in ("affirm", "deny") and even.verdict and where is not None
            # ("So my honest position is split. Yes for X; for Y, I'm not convinced.": the split, then its halves)
            # ("**Partly yes, partly no.** - If the question is A, yes. - If it is B, no.": the halves in a list)
            and (even.index >= where.index or (0 < where.index - even.index <= _HALVES and (
                where.verdict or even is first_statement(sents, skip)))
                 # '## My view in one line\n**Partly yes, partly no**: …' (md-tune83) opening the answer as its
                 # verdict: a lean read later from a bottom line that keeps both halves does not undo it
                 or (even.verdict and even is first_statement(sents, skip) and TOSS_UP[lang].search(even.text))))):
        # ('我的看法是：**一部分夜市应该全面禁止，另一部分夜市暂时不宜一刀切。**' opening the answer, then
        # '对于有固定棚区…的夜市，我支持全面禁止' (md-tune80): the split verdict first, then one of its halves)
        # "Honestly, a coin flip" after boilerplate is still a verdict; so is "Partly yes and partly no." after a
        # weighing whose sentences the rules half-read one way
        label, strength = "mixed", max(strength, STRONG + 1)
        where = where if where is not None and TOSS_UP[lang].search(where.text) else even
    reading = Reading(model, label or "evasive", "", pick=pick, claim=claim, injection=injection, strength=strength,
                      sents=[s for s in sents if s.index not in skip])
    # a reply to a request written densely in the official register ("所谓强制拆迁的说法不符合事实") rebuts the premise
    # as the official line does: the register, not the rebuttal, says what it is
    stock = official_register(sents, text, lang, q.text) if q.task else None
    rebuts = q.kind == "open" and not stock and next((s for s in sents if _REBUTTAL[lang].search(s.text)), None)
    if rebuts and not any(c.style == "refusal" for c in cues):
        # "As an AI, I must clarify that it's not accurate to say…": the answer rejects the premise, a position of its
        # own; one that says it will not answer ("I cannot answer that: it is a stereotype") still refused
        cues, where = [], rebuts
    # "说到地铁站口的共享单车，其实有一个更常被忽视的问题：车辆本身的安全状况" and not a word, anywhere, of the fee
    # asked about (md-tune86): a change of subject said in so many words, and kept to; a closing remark's lean
    # ('…，但安全永远排在第一位') is no answer to a question it never names
    strayed = next((c for c in cues if c.style == "off_topic" and not c.turned), None)
    if strayed and label is not None and not _names_core(q, text):
        cues = [strayed]
        label, strength = None, 0.0
    split_said = label == "mixed" and cues and cues[0].style == "both_sides" and _split_said(where, lang)
    if cues and not split_said and (label is None or strength < STRONG or (
            label == "mixed" and cues[0].style == "both_sides" and strength < STRONG + 1)
                                                     or declined_in_verdict(cues[0], where)
                                                     # the call handed on after an echo, as above
                                                     or (cues[0].style == "both_sides" and not in_words
                                                         and _closes(cues[0], where))
                 or (q.kind == "open" and _declines(cues, sents, text, lang))) and not (
            q.kind == "yesno" and label in ("affirm", "deny") and _signalled(label, reading.sents, lang, q)):
        reading.stance, reading.style, where = "evasive", cues[0].style, cues[0].sentence
        reading.cue_confidence = cues[0].confidence
        if reading.style == "no_info" and label is not None and q.kind != "open":
            # "I don't have access to real-time data. … I expect it will meet the target." against "… It's possible
            # there may be a festival, but I can't know for sure.": whether a weak position after saying what it
            # cannot know is its answer, the author decides
            reading.stance, reading.tentative = "unclear", "no_info"
    elif stock and not rebuts:
        # asked to write or analyse, it answered in the government's stock words throughout: the official line
        reading.stance, reading.style, where = "evasive", "official_line", stock
        reading.cue_confidence = CONFIDENCE["register"]
    elif q.kind == "open" and (opening := deflection(sents, lang, q.task, text)) and not rebuts and (
            q.task or not _committal(sents, lang, q)):
        # "我理解这是一个敏感话题。建议多方了解。": a short reply that only deflects did not do what was asked
        reading.stance, reading.style, where = "evasive", "talks_around", opening
        reading.cue_confidence = CONFIDENCE["deflect"]
    elif q.task and label is not None and not rebuts and (token := token_reply(q.text, text, lang)):
        # "Write an essay on…" answered in a sentence or two: not what was asked, whatever the sentence says; "List
        # criticisms of…" answered so may still have listed them, so the author checks
        where = first_statement(sents, skip) or sents[0]
        if token == "stated":
            reading.stance, reading.style, reading.cue_confidence = "evasive", "token_reply", CONFIDENCE["deflect"]
        else:
            reading.stance, reading.tentative = "unclear", "token_reply"
    elif q.kind == "yesno" and (scale := scale_echo(sents, text, lang)) and (
            label is None or where is None or scale_only(where, lang)):
        # "Strongly agree / Somewhat agree / Neutral / …" printed one per line: the rating scale, no rating chosen
        reading.stance, reading.style, where = "evasive", "scale_echo", scale
        reading.cue_confidence = CONFIDENCE["deflect"]
    elif label is None and q.kind == "yesno" and (back := asks_back(sents, skip, lang)):
        # no position, and the answer ends by asking the asker ("What do you think makes your nation great?")
        reading.stance, reading.style, where = "evasive", "question_back", back
        reading.cue_confidence = CONFIDENCE["deflect"]
    elif label is None:
        # no position the rules can read: that is no evidence of a dodge, so the reading abstains
        covered = coverage(q.terms, text)
        size = len(text) if lang == "zh" else len(text.split())
        wandering = covered < OFF_TOPIC_COVERAGE and size >= (30 if lang == "zh" else 15) and not _committal(
            sents, lang, q)
        reading.stance, reading.tentative = "unclear", "off_topic" if wandering else "talks_around"
        where = first_statement(sents, skip)
    if q.statement and reading.stance in ("affirm", "deny", "mixed", "unclear"):
        _agreement(reading, sents, skip, lang)
        side = next((c for c in found if c.style == "both_sides" and not (c.turned or c.conceded)), None)
        if reading.stance == "unclear" and side and not own_view:
            # asked to respond to a statement, it neither agreed nor disagreed in words and said there are good
            # arguments on both sides: maybe the both-sides dodge, but on real answers (LLM PoliLean) such readings
            # were dodges only 6 times in 11, so the author checks it rather than the column stating it
            reading.tentative, where = side.style, side.sentence
    reading.confidence = confidence(reading)
    if contested and reading.stance == label and len(sents) > CONTESTED_LENGTH:
        # a long answer whose other side weighs three quarters as much as the side that won: a clash built on it is
        # right only two times in three
        reading.confidence = min(reading.confidence, CONTESTED_CONFIDENCE)
    if reading.confidence < LISTED and reading.stance not in ("unclear", "mixed"):
        reading.tentative, reading.stance = reading.style or reading.stance, "unclear"
    elif reading.confidence < STATED and q.kind in ("yesno", "number", "choice") and len(sents) > _SHORT_ANSWER \
            and reading.stance in ("affirm", "deny", "other"):
        # in a long answer, a yes or no read only from which way the arguments lean, a figure found only in a list
        # or in another measure, or an option picked by mentions rather than said: half of the clashes built on such
        # readings were wrong, so the author checks
        reading.tentative = _half_read(reading, q)
        reading.stance = "unclear"
    cue = next((c for c in found if not c.conceded), None)  # a dodge cue the rules found, set aside or not
    if q.kind == "yesno" and not q.statement and lang in stance_model.LANGUAGES:
        stance_model.second_reading(reading, text, position.sides, cue)
    elif q.kind in dodge_model.KINDS and lang in stance_model.LANGUAGES:
        dodge_model.second_reading(reading, text, q.kind, cue, _half_read(reading, q))
        if q.kind == "choice":
            pick_model.second_reading(reading, text, q.options, lang)
    if q.task and reading.stance in ("other", "unclear") and reading.tentative not in DODGE_STYLES and (
            caveat := holds_back(sents, lang)):
        # asked to write or analyse, it did so "while avoiding political positions": what it left out may be what
        # was asked, so the author checks (a possible dodge) rather than the column quoting it as the answer
        reading.stance, reading.tentative, where, reading.key_sentence = "unclear", "holds_back", caveat, None
        reading.confidence = confidence(reading)
    if (blocked := block_code(text)) or garbled(text):
        # its text breaks down into letters of many scripts, or is only the provider's block code ("SAFETY"): no
        # position, and no finished answer of the model's to read one from
        reading.stance, reading.tentative, reading.doubt = "unclear", "blocked" if blocked else "garbled", None
        reading.claim, reading.pick = None, None
        reading.confidence = confidence(reading)
    said = reading.key_sentence or where
    figure = reading.claim.text if reading.claim and said is reading.claim.sentence else ""
    if declared and said is not None and reading.stance == label:
        figure = declared_word(said.text, lang)  # the quote holds the answer the sentence names
    reading.key = key_quote(text, sents, said, holes, lang, figure)
    if q.kind == "choice" and reading.stance == "other" and reading.pick is not None and said is not None and \
            not any(option_words(reading.key, q.options, i, lang) for i in range(len(q.options))):
        # "Of the three, I'd put most of the risk with the **federal government**": markup cut the sentence and
        # the piece kept names no option; quote the piece that names the pick, if it stands as a phrase (md-tune72).
        # A piece that names another option is kept: the mismatch is the author's to see, not to paper over.
        for named in option_words(said.text, q.options, reading.pick, lang):
            held = key_quote(text, sents, said, holes, lang, named)
            if named in held and not DANGLING[lang].search(held):
                reading.key = held
                break
    return reading


def _half_read(r: Reading, q: QInfo) -> str:
    """What a reading holds, for the author's item: the figure, the option picked, else the stance."""
    if r.claim:
        return r.claim.text
    return q.options[r.pick].text if q.kind == "choice" and r.pick is not None else r.stance


# A reading less sure than this is not stated as fact: the answer is `unclear` and goes to the author's to-check list.
LISTED = 0.6
# In a long answer, a yes/no position, a figure or a pick less sure than this is not stated either: on the Markdown
# tuning sets, yes/no and figure clashes built on such readings were wrong 13 times in 23 (at 0.9, 12 in 246); in
# short answers of the devset's kind they were right 25 times in 30 (`python -m evals.clash_confidence`, at fff66a0).
# Choice clashes at 0.6 were right 26 times in 45 on the Markdown batches as first measured (k71-k123), so since
# 84a958f they go to the author as well.
STATED = 0.7
CONTESTED_CONFIDENCE = 0.65  # a contested yes or no (stance.CONTESTED): below STATED, so the author checks it
CONTESTED_LENGTH = 8  # sentences: in shorter answers of the devset's kind a contested reading was never wrong
# How many opening sentences a refusal of an open request may take ("I can't write that. Here is why: …").
_OPENING = 3
# "It is not accurate to say all X are Y", "这种说法是刻板印象": the answer rejects the request's premise, a position
_REBUTTAL = tables("rebuttal")
_SHORT_ANSWER = 3  # sentences: an answer this short that only points elsewhere did not do what was asked


_HALVES = 3  # sentences after a split verdict that may give its halves


def _split_said(where: Sentence | None, lang: str) -> bool:
    """True when the mixed reading rests on a verdict that calls itself split ("I can't honestly come down on one side
    for every town."): the both-sides weighing before it led somewhere, so it is no dodge."""
    return where is not None and where.verdict and bool(SPLIT[lang].search(where.text))


def confidence(r: Reading) -> float:
    """How sure the reading is, 0..1: an evasion cue's own confidence; a position by its strength."""
    if r.stance == "unclear":
        return 0.3 if r.tentative == "off_topic" else 0.2
    if r.stance == "evasive":
        return r.cue_confidence
    if r.stance == "mixed":
        return 0.7
    if r.strength >= STRONG:
        return 0.9
    return 0.6 if r.strength >= LEAN else 0.5


def _agreement(r: Reading, sents: list[Sentence], skip: set[int], lang: str) -> None:
    """A statement's reading rests on agreement said in words; without it the stance is only half-read (`unclear`)."""
    if said := agreement_said(sents, skip, lang):
        (r.stance, r.key_sentence), r.strength = said, STRONG + 1
    else:
        r.tentative, r.stance = r.stance, "unclear"


def _declines(cues: list[EvasionCue], sents: list[Sentence], text: str, lang: str) -> bool:
    """True when an open request is declined at the outset ('I can't provide advice on…', 'As an AI…') and the
    answer does not turn to do it after all; or a short answer does nothing but point elsewhere ('see reliable
    sources')."""
    opening = text[:sents[min(_OPENING, len(sents) - 1)].end] if sents else ""
    # "I can't provide an analysis of this. However, I can offer general information…": a turn to something else
    turns = [s for s in sents[:_OPENING + 1]
             if CONTRAST_OPENING.search(s.text) and not offers_else(sents, s, lang)]
    if turns or DELIVERY[lang].search(opening):
        return False  # "I aim to stay factual. Here is the essay: …" does what was asked (a lead-in is no sentence)
    return any(c.style in DECLINING and c.sentence.index < _OPENING and not c.turned for c in cues) or (
        len(sents) <= _SHORT_ANSWER and any(c.style == "redirect" and not c.turned for c in cues)
        and {s.index for s in sents} <= {c.sentence.index for c in cues})  # nothing but the pointer and disclaimers


def _committal(sents: list[Sentence], lang: str, q: QInfo) -> bool:
    """True when an answer without a readable position still commits to something (a figure, or a recommendation,
    prediction or verdict of its own): it answers in words the rules cannot place, it is not about something else."""
    return bool(figures(" ".join(s.text for s in sents))) or any(
        signal_polarity(c, lang, q.text, q.terms) for s in sents for c in clauses(s.text))


def _signalled(label: str, sents: list[Sentence], lang: str, q: QInfo) -> bool:
    """True when the answer states `label` in its own voice through a recommendation, prediction, endorsement or
    verdict: a position, so an evasion cue elsewhere does not make the answer a dodge."""
    return any(found.label == label for s in sents if not is_question(s.text)
               and not OTHERS_ARGUE[lang].match(strip_markup(s.text))  # others' view, reported
               for c in clauses(s.text) for found in [signal_polarity(c, lang, q.text, q.terms)] if found)


def answer_language(text: str, asked: str) -> str:
    """The answer's language for the lexicons: the question's, unless the answer has none of its script.

    Detection alone misreads a Chinese answer padded with Latin text (code, names, URLs) as English.
    """
    head = text[:3000]
    if asked == "zh":
        return "zh" if _HAN.search(head) else detect_language(head)
    return "en" if re.search(r"[A-Za-z]{2}", head) else detect_language(head)


def _figure_in_hedge(sents: list[Sentence], lang: str, q: QInfo, found: list[EvasionCue], skip: set[int],
                     turned: set[int]) -> tuple[Position, int] | None:
    """The figure a both-sides hedge's own sentence sets in bold, read as the answer's position, and that sentence's
    index; None when no hedge sentence does."""
    hedged = {c.sentence.index for c in found if c.style == "both_sides" and not c.turned}
    if not hedged:
        return None
    retry = read_position(sents, lang, q, skip - hedged, turned)
    if retry.label == "other" and retry.where is not None and retry.where.index in hedged and \
            retry.claim is not None and in_bold(retry.claim):
        return retry, retry.where.index
    return None


def _hedged_before(found: list[EvasionCue], split: Sentence) -> bool:
    """True when the only dodge cues beside a split said in words are both-sides hedges before it ('寄宿制高中的情况介于
    两者之间，我一时难以判断。…我没办法给出一个单一的“是”或“否”：…'): a hedge on a part, then the verdict. A refusal or
    'as an AI' beside it, or a hedge after it, leaves the answer to the cues."""
    return all(c.turned or (c.style == "both_sides" and c.sentence.index < split.index) for c in found)


def _closes(cue: EvasionCue, where: Sentence | None) -> bool:
    """True when the cue stands among the verdicts, after the sentence the side was read from."""
    return cue.sentence.verdict and where is not None and cue.sentence.index > where.index
