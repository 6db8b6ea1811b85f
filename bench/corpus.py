"""Deterministic benchmark material: questions and answers in zh and en from varied sentence templates.

Every answer is built from a seeded RNG (seeded by language, question and model), so the same sizes
give the same transcripts on every run. Answers mix the shapes an analyst meets: yes/no with a
reason, figures (years, percentages), picks between two options, hedges, and official non-answers.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass

from drafter.inputs.transcript import Answer, Question, Transcript

SUBJECTS = {
    "zh": ["国产AI芯片", "开源大模型", "自动驾驶出租车", "四天工作制", "城市免费公交", "核聚变发电", "人形机器人",
           "数字人民币", "远程办公", "低空经济", "固态电池", "碳关税", "短视频平台", "在线教育", "生物制药",
           "卫星互联网"],
    "en": ["open-weight AI models", "robotaxis", "the four-day week", "free public transit", "fusion power",
           "humanoid robots", "central bank digital currencies", "remote work", "solid-state batteries",
           "carbon border taxes", "short-video platforms", "online degrees", "gene therapy",
           "satellite internet", "nuclear microreactors", "lab-grown meat"],
}

QUESTIONS = {
    "zh": {
        "yesno": ["{s}会在五年内改变整个行业的格局吗？|will", "政府应该大规模补贴{s}吗？|should",
                  "{s}的风险被严重低估了吗？|is", "普通人应该现在就为{s}做准备吗？|should"],
        "number": ["{s}大约还要几年才能真正普及？", "到2030年，{s}的市场渗透率大概能达到百分之多少？"],
        "choice": ["对{s}来说，眼下更缺的是资金还是人才？", "推动{s}，靠市场还是靠政策更有效？"],
    },
    "en": {
        "yesno": ["Will {s} reshape their industry within five years?|will",
                  "Should governments subsidise {s}?|should",
                  "Are the risks of {s} badly underestimated?|is",
                  "Should ordinary people prepare for {s} now?|should"],
        "number": ["How many years until {s} are mainstream?",
                   "By 2030, what share of the market will {s} reach, in percent?"],
        "choice": ["What do {s} lack more right now: money or talent?",
                   "What will move {s} forward faster: markets or regulation?"],
    },
}
OPTIONS = {"zh": [("资金", "人才"), ("市场", "政策")], "en": [("money", "talent"), ("markets", "regulation")]}

OPENERS = {
    "zh": {
        "affirm:will": ["会。", "是的，我认为会。", "我的判断是：会，而且比多数人预想的更快。"],
        "deny:will": ["不会。", "我不这么认为。", "恐怕不会，至少短期内看不到。"],
        "affirm:should": ["应该。", "答案是肯定的，应该。", "我认为应该，而且越早越好。"],
        "deny:should": ["不应该。", "答案是否定的。", "我认为不应该这样做。"],
        "affirm:is": ["是的。", "确实被低估了。", "答案是肯定的。"],
        "deny:is": ["不是。", "并没有被低估。", "我不这么认为。"],
        "mixed:any": ["短期内不会，但长期看有可能。", "要分情况看：在一线城市也许会，在其他地方未必。",
                  "既有道理也有隐忧，很难一概而论。"],
        "number": ["大约需要{n}年。", "我估计{n}到{m}年。", "保守估计要{m}年左右，乐观的话{n}年。"],
        "percent": ["大概能到百分之{n}。", "我估计在{n}%到{m}%之间。", "乐观情况下约{m}%，保守估计{n}%。"],
        "choice": ["更缺的是{a}。", "我认为关键在于{a}，而不是{b}。", "说到底还是{a}。"],
    },
    "en": {
        "affirm:will": ["Yes.", "Yes, I think so.", "I believe they will, and sooner than most expect."],
        "deny:will": ["No.", "I don't think so.", "Probably not, at least not in the near term."],
        "affirm:should": ["Yes, they should.", "The short answer is yes.", "They should, and the sooner the better."],
        "deny:should": ["No, they should not.", "The short answer is no.", "I don't think they should."],
        "affirm:is": ["Yes.", "Yes, the risks are underestimated.", "The short answer is yes."],
        "deny:is": ["No.", "No, if anything they are overstated.", "I don't think so."],
        "mixed:any": ["Not in the short run, though possibly in the long run.",
                  "It depends: in large cities perhaps, elsewhere less so.",
                  "There are good arguments on both sides, and it is hard to generalise."],
        "number": ["About {n} years.", "I'd estimate {n} to {m} years.", "Roughly {m} years, {n} if things go well."],
        "percent": ["Around {n} percent.", "Somewhere between {n}% and {m}%.", "Perhaps {m}% at best, {n}% at worst."],
        "choice": ["{A} is what they lack most.", "The bottleneck is {a}, not {b}.",
                   "In the end it comes down to {a}."],
    },
}
EVASIONS = {
    "zh": ["这是一个复杂的问题，需要综合考虑多方面因素。我们应当理性看待，避免简单化的结论。",
           "作为一个人工智能助手，我没有个人立场，也不便对具体政策作出评价。建议参考权威机构的分析。",
           "不同立场的人会有不同的看法。支持者认为利大于弊，反对者则担心其中的风险，最终取决于具体情况。"],
    "en": ["This is a complex question that depends on many factors. It is best approached with nuance.",
           "As an AI assistant, I don't take positions on policy questions. You may want to consult expert sources.",
           "Reasonable people disagree. Supporters point to the benefits, critics to the risks; it depends."],
}
REASONS = {
    "zh": ["{s}的成本在过去三年下降了一半以上。", "关键的瓶颈在于供应链，而不是技术本身。",
           "监管的不确定性让投资者望而却步。", "用户习惯的改变往往比技术进步慢得多。",
           "头部企业已经投入了大量资金，形成了规模效应。", "国际竞争会迫使各方加快步伐。",
           "历史上类似的技术都经历过漫长的爬坡期。", "地方政府的积极性差异很大。",
           "人才储备不足是被忽视的短板。", "一旦出现重大事故，舆论可能迅速逆转。",
           "基础设施的配套远远跟不上。", "资本市场的热度不等于真实的需求。",
           "从试点数据看，效果比预期更好。", "不同地区的条件差异决定了推广速度。"],
    "en": ["The cost of {s} has more than halved in three years.",
           "The bottleneck is the supply chain, not the technology.",
           "Regulatory uncertainty keeps investors away.", "Habits change far more slowly than technology does.",
           "The largest firms have already invested heavily and enjoy economies of scale.",
           "International competition will force everyone to move faster.",
           "Similar technologies historically took decades to mature.",
           "Local governments differ widely in their enthusiasm.",
           "The shortage of skilled people is an overlooked weakness.",
           "One serious accident could turn public opinion.",
           "The supporting infrastructure lags far behind.", "Investor excitement is not the same as real demand.",
           "Pilot data so far look better than expected.", "Regional differences will decide how fast it spreads."],
}
# Joined to a reason, so long answers need not repeat a sentence word for word.
CONNECTORS = {"zh": ["", "此外，", "另外，", "不过，", "与此同时，", "更重要的是，", "换个角度看，"],
              "en": ["", "Moreover, ", "In addition, ", "Still, ", "At the same time, ", "More importantly, ",
                     "Seen another way, "]}
LABELS = ["Orion", "Lyra", "Vega", "Atlas", "Nova", "Cygnus", "Draco", "Hydra", "Lynx", "Pavo", "Tucana", "Volans",
          "Auriga", "Carina", "Fornax", "Norma"]


@dataclass
class QSpec:
    """One generated question: its id, kind (yesno | number | percent | choice) and the text asked."""

    id: str
    kind: str
    text: str
    subject: str
    options: tuple[str, str] = ("", "")
    lang: str = "zh"
    modal: str = "will"  # yes/no questions: will | should | is (which openers fit)


def _rng(*parts: object) -> random.Random:
    return random.Random(zlib.crc32("|".join(map(str, parts)).encode()))


def make_questions(lang: str, n: int, seed: int = 0) -> list[QSpec]:
    """`n` questions in `lang`, cycling through kinds and subjects (deterministic)."""
    rng = _rng("questions", lang, seed)
    kinds = ["yesno", "yesno", "number", "choice"]
    out: list[QSpec] = []
    seen: set[str] = set()
    i = 0
    while len(out) < n:
        kind = kinds[i % len(kinds)]
        subject = SUBJECTS[lang][(i * 5 + seed) % len(SUBJECTS[lang])]
        idx = rng.randrange(len(QUESTIONS[lang][kind]))
        text, _, modal = QUESTIONS[lang][kind][idx].format(s=subject).partition("|")
        i += 1
        if text in seen:
            if i > 50 * n:  # more questions than templates × subjects: number them
                text = f"{text} ({i})"
            else:
                continue
        seen.add(text)
        real_kind = "percent" if kind == "number" and ("%" in text or "百分" in text or "percent" in text) else kind
        options = OPTIONS[lang][idx] if kind == "choice" else ("", "")
        out.append(QSpec(id=f"q{len(out) + 1}", kind=real_kind, text=text, subject=subject, options=options,
                         lang=lang, modal=modal or "will"))
    return out


def make_answer(q: QSpec, model: str, *, sentences: tuple[int, int] = (2, 5), seed: int = 0) -> str:
    """A plausible answer of `model` to `q`: an opener fitting the question's kind (or an evasion),
    then a few reasons, in the question's language."""
    lang = q.lang
    rng = _rng("answer", lang, q.id, q.text, model, seed)
    roll = rng.random()
    if roll < 0.12:
        opener = rng.choice(EVASIONS[lang])
    elif q.kind == "yesno":
        stance = "affirm" if roll < 0.5 else ("deny" if roll < 0.88 else "mixed")
        opener = rng.choice(OPENERS[lang][f"{stance}:{'any' if stance == 'mixed' else q.modal}"])
    elif q.kind in ("number", "percent"):
        low = rng.randint(2, 8) if q.kind == "number" else rng.randint(5, 40)
        high = low + rng.randint(1, 5 if q.kind == "number" else 20)
        opener = rng.choice(OPENERS[lang][q.kind]).format(n=low, m=high)
    else:
        a, b = q.options if roll < 0.56 else q.options[::-1]
        opener = rng.choice(OPENERS[lang]["choice"]).format(a=a, b=b, A=a[:1].upper() + a[1:])
    count = rng.randint(*sentences)
    reasons: list[str] = []
    for _ in range(count * 3):
        if len(reasons) >= count:
            break
        reason = rng.choice(REASONS[lang]).format(s=q.subject)
        connector = rng.choice(CONNECTORS[lang]) if reasons else ""
        if connector and lang == "en":
            reason = reason[0].lower() + reason[1:]
        if connector + reason not in reasons:
            reasons.append(connector + reason)
    sep = "" if lang == "zh" else " "
    return opener + sep + sep.join(reasons)


def make_transcript(lang: str, n_questions: int, n_models: int, *, sentences: tuple[int, int] = (2, 5),
                    seed: int = 0) -> Transcript:
    """A transcript of `n_questions` × `n_models` answers (question-major), deterministic."""
    questions = make_questions(lang, n_questions, seed)
    models = [(f"m{i + 1:02d}", LABELS[i % len(LABELS)] + ("" if i < len(LABELS) else f" {i}"))
              for i in range(n_models)]
    answers = [Answer(question=q.id, model=key, label=label,
                      text=make_answer(q, key, sentences=sentences, seed=seed))
               for q in questions for key, label in models]
    title = "AI 模型会怎么看这些问题？" if lang == "zh" else "What do the models think?"
    return Transcript(topic=title, language=lang,  # type: ignore[arg-type]
                      questions=[Question(id=q.id, text=q.text) for q in questions], answers=answers)


def answer_for_prompt(questions: list[QSpec], model: str, prompt: str, *,
                      sentences: tuple[int, int] = (2, 5)) -> str:
    """The answer a loopback model gives: found by which generated question the prompt asks."""
    for q in questions:
        if q.text in prompt:
            return make_answer(q, model, sentences=sentences)
    chinese = any("\u4e00" <= c <= "\u9fff" for c in prompt)
    return "我不确定问题是什么。" if chinese else "I am not sure what was asked."


# One question with five hostile answers (200 K characters in all): 100,000 characters of Chinese, 100,000 of one
# letter, control characters, repeated English, nothing but control characters. The tests check how they are read
# (tests/test_analysis_offline.py); the bench times it (bench/analysis.py).
HOSTILE_QUESTION = "中国会买吗？"
HOSTILE_ANSWERS = {
    "a": "这是一个很长的回答，" * 10000 + "所以我认为不会。",
    "b": "会的。" + "x" * 100_000,
    "c": "Ye\x00s.\x07 It\x1b will\u200b.\x0c",
    "d": "Markets are complicated and there are many moving parts. " * 1800 + "So no, I don't think so.",
    "e": "\x00\x01\x02",
}
