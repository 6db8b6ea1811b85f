"""--also-ask LANG: the questions asked again in the other language, and who changes position with it.

The translations come from the topic's `questions_<lang>:` (the author's own), else from the planner
model. A translation is marked as such (`translation_of`), never quoted as a model's words.
"""

from __future__ import annotations

from drafter.errors import InputError
from drafter.inputs.topic import Topic
from drafter.panel.config import Panel

LANGUAGE_NAMES = {"zh": "Chinese", "en": "English"}


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
