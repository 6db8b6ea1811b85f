"""Short phrases a columnist can use: what two models clash on, and how a model dodged (zh and en)."""

from __future__ import annotations

REASONS = {
    "zh": {
        "refusal": "直接拒绝回答",
        "no_opinion": "以“作为AI没有立场”回避",
        "both_sides": "只罗列各方观点，没有表态",
        "redirect": "让读者去查官方信息，没有作答",
        "official_line": "照搬官方口径，没有做所问的事",
        "off_topic": "答非所问，转而谈别的话题",
        "talks_around": "绕着问题说，没有给出明确立场",
        "empty": "没有给出任何内容",
        "no_data": "没有给出所问的数字",
        "no_info": "称自己没有这方面的信息，没有作答",
        "question_back": "把问题抛回给提问者，自己没有表态",
        "scale_echo": "只列出了评分选项，没有选择其中任何一项",
        "holds_back": "自称有所回避，所写的可能打了折扣",
        "token_reply": "只用一两句话敷衍了所请求的长文",
    },
    "en": {
        "refusal": "declined to answer",
        "no_opinion": "declined: 'as an AI I have no opinion'",
        "both_sides": "listed both sides without taking a position",
        "redirect": "pointed to official sources instead of answering",
        "official_line": "gave the official line instead of what was asked",
        "off_topic": "changed the subject",
        "talks_around": "talked around the question without taking a position",
        "empty": "gave no answer at all",
        "no_data": "would not give the figure asked for",
        "no_info": "said it had no information on this and gave no answer",
        "question_back": "turned the question back to the asker without answering it",
        "scale_echo": "printed the rating options without choosing one",
        "holds_back": "said it would hold back, and may have watered down what was asked",
        "token_reply": "gave a sentence or two where a longer text was asked for",
    },
}
DODGE_STYLES = frozenset(REASONS["en"])
_STANCE_WORDS = {"zh": {"affirm": "像是肯定的回答", "deny": "像是否定的回答", "other": "像是给出了答案",
                        "mixed": "像是两边都说", "evasive": "像是回避",
                        "": "读不出立场", "talks_around": "读不出明确立场",
                        "garbled": "回答写到中途变成了乱码，引用前请先读原文",
                        "blocked": "回复只是服务方的拦截代码，不是模型的原话：请重新提问，或在文中照实说明被拦截"},
                 "en": {"affirm": "reads like a yes", "deny": "reads like a no", "other": "seems to answer",
                        "mixed": "reads as split", "evasive": "reads like a dodge",
                        "": "no readable position", "talks_around": "no readable position",
                        "garbled": "its text breaks down into garbled characters; read it before quoting it",
                        "blocked": "its reply is only the provider's block code, not the model's words: ask again, "
                                   "or say that the service blocked the answer"}}
_YES_NO = {"zh": {"affirm": "是", "deny": "否"}, "en": {"affirm": "yes", "deny": "no"}}


def reason(style: str, lang: str) -> str:
    """The human reason for an evasion style."""
    return REASONS.get(lang, REASONS["en"]).get(style, REASONS["en"]["talks_around"])


def hedged(dodge_reason: str, lang: str) -> str:
    """A dodge the rules only half-read, said as a possibility ('可能是回避：…', 'may have dodged: …')."""
    return f"可能是回避（{dodge_reason}）" if lang == "zh" else f"may have dodged ({dodge_reason})"


def unsure(what: str, lang: str) -> str:
    """The to-check reason for a reading the rules were not sure of: a half-read dodge or stance."""
    words = _STANCE_WORDS.get(lang, _STANCE_WORDS["en"])
    what = words.get(what, what)
    return f"规则无法确定，请核对：{what}" if lang == "zh" else f"the rules are not sure, please check: {what}"


def disputed(first: str, second: str, lang: str) -> str:
    """The to-check reason for a reading the rules and the learned second reader disagree on."""
    words = _STANCE_WORDS.get(lang, _STANCE_WORDS["en"])
    rules = words.get(first) or (hedged(reason(first, lang), lang) if first in DODGE_STYLES else (
        f"给出“{first}”" if lang == "zh" else f"gives “{first}”"))  # a figure or a pick
    # anything but a stance word is the option the pick reader reads as the pick
    model = words.get(second) or (f"像是选了“{second}”" if lang == "zh" else f"picks “{second}”")
    if lang == "zh":
        return f"两种读法不一致，请核对：规则{rules}，另一读法{model}"
    return f"two readings disagree, please check: to the rules it {rules}, to a second reader it {model}"


def stance_point(core: str, lang: str, stance: str | None = None) -> str:
    """A yes/no clash (no stance) or agreement (the shared stance) on the question's core."""
    if stance is None:
        return core if lang == "zh" else f"{core}: yes vs no"
    word = _YES_NO.get(lang, _YES_NO["en"]).get(stance, stance)
    # "each", not "both": an agreement of three or more models keeps its pair's point
    return f"{core}：都认为{word}" if lang == "zh" else f"{core}: each says {word}"


def choice_point(core: str, lang: str, picks: list[str]) -> str:
    """A choice clash ('A 对 B') or agreement (one pick)."""
    if len(picks) == 1:
        body = f"都选{picks[0]}" if lang == "zh" else f"each picks {picks[0]}"
    else:
        body = (" 对 " if lang == "zh" else " vs ").join(picks)
    if not core:
        return body
    return f"{core}：{body}" if lang == "zh" else f"{core}: {body}"


def number_point(core: str, lang: str, figures: list[str], agree: bool) -> str:
    """A numeric clash ('约30% 对 20%–23%') or agreement, with each side's figure as it wrote it."""
    joiner = ("、" if agree else " 对 ") if lang == "zh" else (", " if agree else " vs ")
    if lang == "en":  # "by 2027 vs not before 2030": a figure is mid-phrase; "EU" and "US" stay as they are
        figures = [f[:1].lower() + f[1:] if f[1:2].islower() else f for f in figures]
    body = joiner.join(figures)
    if agree:
        body = f"估计相近（{body}）" if lang == "zh" else f"close estimates ({body})"
    if not core:
        return body
    return f"{core}：{body}" if lang == "zh" else f"{core}: {body}"
