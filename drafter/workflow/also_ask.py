"""--also-ask LANG: the questions asked again in the other language, and who changes position with it.

The translations come from the topic's `questions_<lang>:` (the author's own), else from the planner
model. A translation is marked as such (`translation_of`), never quoted as a model's words.
"""

from __future__ import annotations

import asyncio
from typing import Any

from langgraph.runtime import Runtime
from pydantic import BaseModel, Field

from drafter import prompts
from drafter.analysis.schema import Analysis, CheckItem
from drafter.errors import InputError
from drafter.inputs.topic import Topic
from drafter.inputs.transcript import Question
from drafter.panel.config import Panel
from drafter.workflow.context import RunContext, settings
from drafter.workflow.state import ColumnState

LANGUAGE_NAMES = {"zh": "Chinese", "en": "English"}
# In the Chinese translate prompt the target language reads as Chinese words.
LANGUAGE_NAMES_ZH = {"zh": "中文", "en": "英文"}


def language_question_id(qid: str, language: str) -> str:
    """The id of `qid` asked in `language`: q1 -> q1-en."""
    return f"{qid}-{language}"


def check_also_ask(topic: Topic, panel: Panel, language: str | None) -> None:
    """Fail before any call when the other-language questions can come from nowhere (exit 2)."""
    if not language or language == topic.lang:
        if language:
            raise InputError(topic.path, "--also-ask", f"the topic is already in {language}",
                             f"use --also-ask {'en' if language == 'zh' else 'zh'}")
        return
    given = getattr(topic, f"questions_{language}")
    if given:
        if topic.questions and len(given) != len(topic.questions):
            raise InputError(topic.path, f"questions_{language}",
                             f"{len(given)} question(s), but questions: has {len(topic.questions)}",
                             f"give one {LANGUAGE_NAMES[language]} question per line of questions:, in order")
        return
    if panel.role_model("planner") is None:
        raise InputError(topic.path, f"questions_{language}",
                         f"--also-ask {language} needs the questions in {LANGUAGE_NAMES[language]}, and no planner "
                         "model is set to translate them",
                         f"add `questions_{language}:` to the front matter (one per question, in order), "
                         "or set a planner model in the panel's [roles]")


class Translation(BaseModel):
    questions: list[str] = Field(description="Each question translated, in the order given, one per question.")


def other_language(state: ColumnState, runtime: Runtime[RunContext]) -> str | None:
    from drafter.workflow.nodes import topic_of

    language = settings(runtime).also_ask
    return language if language and language != topic_of(state).lang else None


async def translate(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """The questions in the other language: the topic's `questions_<lang>:` first, else the planner model's."""
    language = other_language(state, runtime)
    if language is None or state.get("other_questions"):
        return {}
    from drafter.workflow.nodes import panel_of, topic_of

    topic = topic_of(state)
    questions = [Question.model_validate(q) for q in state.get("questions", [])]
    given = list(getattr(topic, f"questions_{language}"))
    texts: list[str | None] = [given[i] if i < len(given) else None for i in range(len(questions))]
    usage: list[dict[str, Any]] = []
    missing = [q for q, t in zip(questions, texts, strict=True) if t is None]
    if missing:
        spec = (await asyncio.to_thread(panel_of, runtime)).role_model("planner")
        if spec is None:
            check_also_ask(topic, await asyncio.to_thread(panel_of, runtime), language)  # names the field
            raise InputError(topic.path, f"questions_{language}",
                             f"{len(missing)} planned question(s) have no {LANGUAGE_NAMES[language]} version",
                             f"give one line under questions_{language}: per question")
        done, usage = await _translate_with_model(spec, missing, topic.lang, language)
        found = iter(done)
        texts = [t if t is not None else next(found) for t in texts]
    other = [Question(id=language_question_id(q.id, language), text=str(t), translation_of=q.id,
                      language=language).model_dump(exclude_none=True)
             for q, t in zip(questions, texts, strict=True)]
    return {"other_questions": other, "usage": usage}


async def _translate_with_model(spec: Any, questions: list[Question], source: str,
                                target: str) -> tuple[list[str], list[dict[str, Any]]]:
    from drafter.errors import ModelCallError
    from drafter.panel.chat import call_structured, http_client
    from drafter.panel.tokens import UsageLedger

    names = LANGUAGE_NAMES_ZH if source == "zh" else LANGUAGE_NAMES
    messages = prompts.render_messages("translate", source, target=names[target],
                                       questions="\n".join(f"{n}. {q.text}" for n, q in enumerate(questions, 1)))
    ledger = UsageLedger()
    try:
        async with http_client() as client:
            result = await call_structured(spec, Translation, messages, http_async_client=client, ledger=ledger,
                                           role="translator")
    except ModelCallError as exc:
        raise InputError(spec.key, f"questions_{target}", f"the planner model could not translate the questions "
                         f"({exc})", f"add `questions_{target}:` to the topic's front matter") from exc
    if len(result.questions) != len(questions) or not all(t.strip() for t in result.questions):
        raise InputError(spec.key, f"questions_{target}", f"the planner model returned {len(result.questions)} "
                         f"translation(s) for {len(questions)} question(s)",
                         f"add `questions_{target}:` to the topic's front matter")
    return [" ".join(t.split()) for t in result.questions], ledger.to_data()


def compare_languages(state: ColumnState, runtime: Runtime[RunContext]) -> dict[str, Any]:
    """Each model's position in both languages; a flip goes to the question's to_check (kind language)."""
    others = [Question.model_validate(q) for q in state.get("other_questions", [])]
    if not others or "analysis" not in state:
        return {}
    analysis = Analysis.model_validate(state["analysis"])
    topic_language = state.get("topic", {}).get("language") or ""
    for other in others:
        here, there = analysis.question(other.translation_of or ""), analysis.question(other.id)
        if here is None or there is None:
            continue
        for model, stance in here.stances.items():
            flipped = there.stances.get(model)
            if stance not in ("affirm", "deny") or flipped not in ("affirm", "deny") or stance == flipped:
                continue
            here.to_check.append(CheckItem(
                models=[model], kind="language", quotes={model: here.key_quotes.get(model, "")},
                reason=_flip_reason(topic_language, other.language or "", stance, str(flipped)),
                language_positions={topic_language or "topic": {"question": here.id, "stance": stance,
                                                                "quote": here.key_quotes.get(model, "")},
                                    other.language or "": {"question": other.id, "stance": str(flipped),
                                                           "quote": there.key_quotes.get(model, "")}}))
    from drafter.inputs.files import atomic_write_text
    from drafter.workflow.nodes import out_of

    atomic_write_text(out_of(runtime).analysis, analysis.model_dump_json(indent=2))  # collect wrote it without
    return {"analysis": analysis.model_dump(mode="json")}


_STANCE_WORDS = {"zh": {"affirm": "是", "deny": "否"}, "en": {"affirm": "yes", "deny": "no"}}


def _flip_reason(here: str, there: str, stance: str, flipped: str) -> str:
    """A reader's sentence, in the column's language: no ids, no stance codes."""
    if here == "zh":
        words, names = _STANCE_WORDS["zh"], LANGUAGE_NAMES_ZH
        return (f"立场随提问语言而变：用{names.get(here, here)}问答{words[stance]}，"
                f"用{names.get(there, there)}问答{words[flipped]}")
    words = _STANCE_WORDS["en"]
    return (f"its position changes with the language: {words[stance]} in {LANGUAGE_NAMES.get(here, here)}, "
            f"{words[flipped]} in {LANGUAGE_NAMES.get(there, there)}")
