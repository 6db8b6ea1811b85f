"""Restating an English yes/no question as a 'whether' clause, for the column's `point` phrases."""

from __future__ import annotations

import re

_I = re.IGNORECASE
_AUX = re.compile(r"^(should|would|will|can|could|must|might|may|shall|do)\s+(.+)$", _I | re.DOTALL)
_HAVE = re.compile(r"^(have|has)\s+(.+?)\s+been\s+(.+)$", _I | re.DOTALL)
# "In 2035, will…", "On balance, does…": a short lead-in before the asking verb is context
_LEAD_IN = re.compile(r"^[^,]{1,40},\s*(?=(?:should|would|will|can|could|must|do|does|have|has)\b)", _I)
_TIME_LEAD = re.compile(r"(?:in|by|within|before|after|over|from)\s", _I)
_ASIDE = re.compile(r"\s*\([^()]*\)")
# The main verb that ends the subject ("Should the UK | ban …"). A word that can also be a noun ('ban', 'test',
# 'licence') is the verb only when the word before it could end a subject (not 'a', 'the', 'new', …).
_VERB = re.compile(
    r"be|have|get|become|make|do|go|give|take|keep|let|allow|require|ban|build|raise|lower|cut|pay|fund|charge|"
    r"cap|limit|restrict|introduce|replace|scrap|abolish|end|stop|start|adopt|expand|extend|reduce|increase|"
    r"lead|rise|fall|grow|drop|offer|publish|apply|bring|help|hurt|harm|work|improve|boost|need|face|stay|remain|"
    r"see|reach|overtake|outweigh|succeed|fail|force|oblige|compel|ask|tell|provide|install|fit|carry|display|"
    r"show|label|list|tax|fine|penalise|penalize|punish|license|licence|register|regulate|monitor|check|test|"
    r"inspect|track|record|report|disclose|share|sell|buy|open|close|shut|move|switch|turn|phase|lift|relax|"
    r"tighten|enforce|exempt|subsidise|subsidize|cover|include|exclude|treat|count|use|put|set|add|remove|"
    r"hire|employ|train|teach|learn|vote|elect|choose|decide|join|leave|enter|stand|accept|reject|approve|"
    r"back|support|oppose|protect|save|spend|invest|borrow|lend|earn|win|lose|beat|hit|pass|mean|matter|"
    r"deliver|serve|guarantee|ensure|create|cause|change|affect|waive|refund|compensate|recycle|clean|"
    r"collect|prevent|discourage|encourage|promote|prioritise|prioritize|rank|pick|favour|favor|prefer|run|"
    r"operate|manage|own|hold|receive|return|want|shrink|widen|narrow|double|halve|triple|exceed|surpass|last|"
    r"survive|continue|resume|cease|push|pull|land|cost|sign|impose|legislate|eliminate|pause|rewild|"
    r"meet|copy|reintroduce|reinstate|restore|hand|levy|mandate|outlaw|permit|forbid|prohibit|legalise|legalize|decriminalise|"
    r"decriminalize|nationalise|nationalize|privatise|privatize|drive|fly|travel|commute|live",
    _I)
_ADVERB = re.compile(r"also|still|ever|just|now|then|soon|instead|only|always|never|\w{2,}ly", _I)
_NOT_ADVERB = {"family", "early", "daily", "weekly", "monthly", "yearly", "hourly", "elderly", "likely", "costly",
               "friendly", "orderly", "lonely", "lovely", "deadly", "timely", "nightly", "fortnightly", "italy", "july",
               "apply", "supply", "reply", "rely", "imply", "comply", "multiply", "rally", "assembly", "monopoly",
               "anomaly", "holly", "bully", "jelly", "ugly", "silly", "holy"}
# a word after which the next word is still inside the subject ("a ban", "the licence", "new or rebuilt")
_OPEN = re.compile(r"a|an|the|such|this|that|these|those|its|their|his|her|our|my|your|any|every|each|no|or|and|"
                   r"with|of|for|to|in|on|at|by|from|above|below|before|after|under|over|into|onto|per|via|within|without|"
                   r"between|against|during|across|around|beyond|than|new|paid|legal|national|local|public|more|less|"
                   r"one|two", _I)
# '-ing' words that open a plain noun phrase ("planning rules", "streaming services"), not a gerund clause
_ING_NOUNS = {"building", "planning", "housing", "parking", "streaming", "shipping", "clothing", "wedding", "swimming",
              "recycling", "vending", "booking", "banking", "nursing", "teaching", "fishing", "betting", "gaming"}
# verbs that are nouns before 'on'/'of' ("a ban on", "a cap of"); 'land on', 'rely on' keep their verb
_NOUN_TOO = {"ban", "cap", "limit", "levy", "tax", "charge", "fine", "test", "check", "record", "report", "list",
             "register",
             "label", "fund", "control", "change", "increase", "cut", "rise", "drop", "fall", "return", "share"}
_CATENATIVE = {"help", "let", "make", "go", "have", "get", "be", "become"}
_PARTICLES = {"back", "up", "down", "out", "off", "over", "in", "on", "away"}
# a relative clause makes the subject's end a guess: better no point than a garbled one
# "England reintroduce a compulsory dog | should licence": an article inside a subject follows a preposition ("a ban
# on the sale"); after any other word it shows a verb this list does not know, so the subject's end is wrong
_INNER_ARTICLE = re.compile(r"(?<!\bof)(?<!\bfor)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bwith)(?<!\bfrom)(?<!\bto)"
                            r"(?<!\bby)(?<!\bunder)(?<!\bover)(?<!\binto)(?<!\babout)(?<!\bacross)(?<!\bwithout)"
                            r"(?<!\blike)(?<!\bsuch)(?<!\bas)(?<!\bthan)(?<!\bper)(?<!\bduring)(?<!\bbefore)(?<!\bafter)"
                            r"(?<!\bbetween)(?<!\bnear)(?<!\baround)(?<!\bwithin)\s(?:a|an|the)\s", _I)
_UNSURE = re.compile(r"\b(?:that|who|which|whose|where|don't|doesn't|can't|won't)\b", _I)


def whether_clause(question: str) -> str:
    """'Should the UK ban X?' -> 'whether the UK should ban X'; '' when the subject's end is a guess."""
    body = _ASIDE.sub("", question.strip()).rstrip("?？. ")
    when = ""
    if lead := _LEAD_IN.match(body):
        body = body[lead.end():]
        if _TIME_LEAD.match(lead.group()):  # "By 2030, will X…?" -> "whether X will … by 2030"
            when = " " + lead.group().rstrip(", ")[:1].lower() + lead.group().rstrip(", ")[1:]
    clause = _clause(body)
    return clause + when if clause else ""


def _clause(body: str) -> str:
    """The whether-clause of a question without its lead-in."""
    if have := _HAVE.match(body):
        if _UNSURE.search(have.group(2)):
            return ""
        return f"whether {have.group(2)} {have.group(1).lower()} been {have.group(3)}"
    asked = _AUX.match(body)
    if not asked:
        return ""
    aux, words = asked.group(1).lower(), asked.group(2).split()
    for i in range(1, min(len(words), 11)):
        j = i
        while j < len(words) - 1 and _is_adverb(words[j]):
            j += 1
        verb = words[j].strip(",;:").lower()
        if not _VERB.fullmatch(verb) or _OPEN.fullmatch(words[i - 1]):
            continue
        gerund = words[0].lower().endswith("ing") and words[0].lower() not in _ING_NOUNS
        if gerund and j == i and verb not in ("be", "have"):
            # "Would paying sick pay…", "Would offering free eye tests…": after a gerund, a word like 'pay' or 'free'
            # is as likely its object as the verb; only 'be' or a verb after an adverb marks the end
            continue
        if j == i and _noun_before_verb(verb, words[j + 1: j + 3]):
            continue
        subject = " ".join(words[:i])
        if _UNSURE.search(subject) or _INNER_ARTICLE.search(subject):
            return ""
        aux_word = "" if aux == "do" else aux + " "  # "Do bans work" -> "whether bans work"
        return f"whether {subject} {aux_word}{' '.join(words[i:])}"
    return ""


def _noun_before_verb(word: str, after: list[str]) -> bool:
    """'the BBC licence | fee be abolished', 'a weekend HGV ban | substantially reduce': the verb is still to come."""
    nxt = [w.strip(",;:").lower() for w in after]
    if word in _CATENATIVE:
        return False
    if nxt and nxt[0] in ("on", "of") and word in _NOUN_TOO:
        return True  # "a full ban | on smartphones", "a cap | of 20%": a noun with its complement
    if "be" in nxt or "become" in nxt or (nxt and _is_adverb(nxt[0])):
        return True
    # "a right to paid leave | make employers…": a verb right after; 'help fund', 'let tenants' are verbs in a row
    return bool(nxt) and nxt[0] not in _PARTICLES and bool(_VERB.fullmatch(nxt[0]))


def _is_adverb(word: str) -> bool:
    bare = word.strip(",;:").lower()
    return bare not in _NOT_ADVERB and bool(_ADVERB.fullmatch(bare))
