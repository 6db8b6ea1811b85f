"""An answer that only argues one way, read as a weak position: when a question asks whether to do or support
something, an answer that lists only benefits of doing it leans yes, one that lists only costs leans no.

This is a last resort, used only when no stance word, recommendation, prediction or verdict was found. Any
weighing (a turn such as 'but', a trade-off, both sides' views) means the answer does not lean, and an evasion cue
outweighs a lean. In English a benefit or cost counts only in a sentence about the proposal itself (its subject is
a pronoun or a word of the question), so 'young people develop teamwork' in a vague answer is not a lean.
"""

from __future__ import annotations

import re

from drafter.analysis.engine.sentences import Sentence, is_question
from drafter.analysis.engine.terms import terms

_I = re.IGNORECASE
_NORMATIVE = {
    "en": re.compile(r"\b(?:should|ought to|worth|good idea|support|favou?r|be allowed)\b", _I),
    "zh": re.compile(r"应该|应当|该不该|要不要|有必要|值得|是否支持|赞成"),
}
_BAD_THINGS = (r"(?:costs?|waiting(?: times)?|waits|emissions|traffic|congestion|pollution|crime|debt|risks?|stress"
               r"|bills|deaths|injuries|accidents|delays|queues|inequality|obesity|waste|smoking|fares|fees)")
_BENEFIT = {
    "en": re.compile(
        r"\b(?:teach(?:es)?|gives?|helps?(?!\s+to\b|\s+if\b)|builds?|improves?|encourages?|boosts?|protects?|saves?|creates?"
        r"|strengthens?|develops?|fosters?|promotes?|rewards?|motivates?|engages?|frees? up|speeds? up|pays? for itself"
        r"|pays? off|catch(?:es)?|widens? access|opens? (?:up )?(?:doors|opportunities|access))\b"
        r"|\bmakes? (?:\w+\s+){0,3}?(?:safer|cheaper|easier|fairer|healthier|cleaner|quieter)\b"
        r"|\b(?:cuts?|reduces?|lowers?|eases?|curbs?|shortens?|slashes?)\s+(?:\w+\s+){0,2}?" + _BAD_THINGS + r"\b", _I),
    "zh": re.compile(r"有助于|有利于|(?<!可)(?:能|能够|可以)(?:有效|显著|明显|大大)?(?:提高|增强|促进|改善|培养"
                     r"|锻炼|缓解|保护"
                     r"|(?:减少|降低)(?:了)?[^。，,；;]{0,6}(?:拥堵|车流|排放|污染|事故|浪费|负担|成本|风险|犯罪|肥胖|近视))"
                     r"|好处(?:很多|不少|明显)"),
}
_COST = {
    "en": re.compile(
        r"\b(?:harms?|hurts?|damages?|undermines?|wastes?\s+(?:\w+\s+)?(?:money|time|resources|funds|effort)|distracts?|burdens?|worsens?|discourages?|punish(?:es)?"
        r"|penali[sz]es?|erodes?|diverts?|threatens?|isolates?|excludes?|drains?|squeezes?|exhausts?|overloads?"
        r"|strains?|backfires?|(?:crowd|keep|shut|price|lock)s? out|eats? (?:up |into )?(?:the |their |its )?(?:budget"
        r"|money|funds|savings|profits)|eats? (?:up|into)|adds? (?:another|an extra|a new|more) (?:\w+ )?(?:fee|cost"
        r"|charge|layer|burden)|falls? (?:hardest|heaviest|most heavily) on|hits? (?:\w+ )?hardest"
        r"|widens? (?:the )?(?:gap|gaps|divide|inequalit\w*)"
        r"|leaves? (?:\w+ ){1,3}(?:paying|worse off|stranded|out of pocket)|costs? (?:a fortune|jobs|billions|millions)"
        r"|(?:bur(?:y|ies)|saddles?|swamps?|drowns?) (?:\w+ ){1,3}(?:in|with) (?:paperwork|red tape|debt|costs"
        r"|bureaucracy|fees))\b|\bmakes? (?:\w+\s+){0,3}?(?:harder|worse|costlier|less safe|more expensive)\b"
        r"|\b(?:raises?|increases?|push(?:es)? up|drives? up|adds? to)\s+(?:\w+\s+){0,2}?" + _BAD_THINGS + r"\b", _I),
    "zh": re.compile(r"不利于|损害|伤害|影响[^。，,；;]{0,6}(?:健康|视力|睡眠|学习)|加重[^。，,；;]{0,6}负担|浪费"
                     r"|增加[^。，,；;]{0,6}(?:负担|成本|风险)|适得其反|得不偿失|只会(?:让|使|导致|造成)"),
}
AGAINST_Q = {"en": re.compile(r"\b(?:ban|prohibit|abolish|scrap(?!e)|outlaw|forbid|restrict|end|stop|repeal|limit|cap"
                               r"|curb|drop|remove|eliminate)(?:s|ed|d|ned|ped|ning|ping|ing|ition)?\b", _I),
              "zh": re.compile(r"禁止|取消|废除|限制|叫停|停止")}
# Weighing or reporting views: no lean.
_WEIGHING = {
    "en": re.compile(r"\b(?:but|however|although|though|yet|whereas|while|on the other hand|trade-?offs?|downsides?"
                     r"|drawbacks?|weigh|supporters|proponents|advocates|critics|opponents|sceptics|skeptics"
                     r"|some (?:say|argue|think|worry)|others)\b", _I),
    "zh": re.compile(r"但|不过|然而|虽然|尽管|一方面|另一方面|支持者|反对者|批评者|有人|权衡|利弊"),
}
# The clause is about the proposal: a pronoun, or a noun for a policy ('Blanket mandates', 'A well-targeted subsidy').
_SUBJECT = re.compile(r"^\W*(?:(?:and|also|so)\s+)?(?:(?:a|an|the|such|these|this|that|any|blanket|compulsory"
                      r"|mandatory|well-targeted|targeted)\s+)?(?:[\w-]+\s+){0,3}?(?:it|they|this|that|these|doing so"
                      r"|mandates?|bans?|polic(?:y|ies)|rules?|laws?|tax(?:es)?|levy|levies|schemes?|subsid(?:y|ies)"
                      r"|programmes?|programs?|requirements?|measures?|charges?|tariffs?|reforms?|costs?|bills?"
                      r"|spending)\b", _I)
_CLAUSES = re.compile(r"[,;:，；：]")
_NEG = re.compile(r"\bnot\b|n't\b|n’t\b|\bnever\b|\bno longer\b|\bhardly\b|\bfails? to\b|不|没", _I)


def lean(sents: list[Sentence], lang: str, question: str, qterms: set[str],
         skip: set[int]) -> tuple[str, Sentence] | None:
    """('affirm' | 'deny', the first sentence that argues) for an answer that argues only one way, else None."""
    if not _NORMATIVE[lang].search(question):
        return None  # a forecast: benefits and costs are not a yes or a no
    # a ban: a benefit counts only when the ban itself is the subject ('禁止只会让孩子偷偷用', 'A ban would…')
    ban = bool(AGAINST_Q[lang].search(question))
    live = [s for s in sents if s.index not in skip and not is_question(s.text)]
    if not live or any(_WEIGHING[lang].search(s.text) for s in live):
        return None
    found: dict[str, Sentence] = {}
    for sent in live:
        if ban and not AGAINST_Q[lang].search(sent.text[:8] if lang == "zh" else " ".join(sent.text.split()[:4])):
            continue
        if lang == "en" and not any(_SUBJECT.search(c) or qterms & terms(" ".join(c.split()[:4]))
                                    for c in _CLAUSES.split(sent.text)):
            continue
        for pats, label in ((_BENEFIT, "affirm"), (_COST, "deny")):
            for m in pats[lang].finditer(sent.text):
                head = re.split(r"[,;，；]", sent.text[:m.start()])[-1]
                if len(_NEG.findall(head)) % 2:  # 'it doesn't help' argues against; "can't squeeze" argues nothing
                    if label == "deny":
                        continue
                    label = "deny"
                found.setdefault(label, sent)
    return next(iter(found.items())) if len(found) == 1 else None
