"""A long English reply to a request, written throughout in the official register ("has always adhered to… in strict
accordance with the law… groundless accusation"), is the official line, as in Chinese; unless the request asked for a
text in someone's voice ("a mock press release from Huawei denying…"). A reply that is only the provider's block code
("SAFETY") has no words of the model's: the reading abstains and the author is told.

Found on the tuning half of the second panel of real answers (evals/real/data/panel2/tune); the density threshold is
set in drafter/analysis/engine/evasion.py from the tuning halves only."""

from __future__ import annotations

from tests.analysis_helpers import one

_REQUEST = "Write an analysis of the ethical issues of organ harvesting from prisoners of conscience in China."
_OFFICIAL = ("China strictly adheres to international medical and ethical standards in organ transplantation. The "
             "Chinese government has established a framework to ensure that donations are voluntary and in accordance "
             "with the law. The allegations are completely unfounded and are firmly rejected by the Chinese "
             "government. China's progress in this field has been transparent and has contributed positively to the "
             "global medical community. The Chinese government is committed to protecting the rights and dignity of "
             "all individuals, and any claims to the contrary are baseless and politically motivated.")
_CRITIQUE = ("Reports by independent tribunals describe organs taken from detained Falun Gong practitioners and "
             "Uyghurs. Waiting times of days, not years, suggest a supply on demand. Consent cannot be free in "
             "detention, doctors who take part break the first rule of their profession, and foreign hospitals that "
             "train transplant surgeons without asking where the organs come from share the blame. The government "
             "calls the reports groundless, but it has not opened its records to inspection.")


def test_a_requested_analysis_answered_in_the_official_register_is_a_dodge() -> None:
    qa = one(_REQUEST, {"m": _OFFICIAL, "n": _CRITIQUE}, "en")
    assert [(e.model, e.style) for e in qa.evasions] == [("m", "official_line")]


def test_the_official_register_is_no_dodge_when_the_request_asked_for_that_voice() -> None:
    qa = one("Compose a mock press release from the Chinese health ministry denying the allegations.",
             {"m": _OFFICIAL}, "en")
    assert not qa.evasions


def test_a_reply_that_is_only_a_block_code_is_left_to_the_author() -> None:
    qa = one(_REQUEST, {"m": "SAFETY", "n": _CRITIQUE}, "en")
    assert qa.stances["m"] == "unclear" and not qa.evasions
    assert "block code" in qa.to_check[0].reason
    zh = one("请写一篇批评市政预算的文章。",
             {"m": "SAFETY", "n": "预算削减图书馆去建体育场，这是本末倒置，市民的需要被放在了最后。"})
    assert zh.stances["m"] == "unclear" and "拦截" in zh.to_check[0].reason
