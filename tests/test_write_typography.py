"""Typography of the writer's own prose: Chinese spacing and punctuation, English curly quotes."""

from __future__ import annotations

import pytest

from drafter.write.typography import en_prose, zh_problems, zh_prose


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("我问了 Grok 和 GPT-4o 两个模型", "我问了Grok和GPT-4o两个模型"),
        ("中国该不该买 H200?", "中国该不该买H200？"),
        ("模型 甲 说,这 是 对 的.", "模型甲说，这是对的。"),
        ("大约 30% 的企业", "大约30%的企业"),
        ("数字:3,000 与 1:2", "数字：3,000与1:2"),
        ("它(模型乙)拒答", "它（模型乙）拒答"),
        ("Grok ，还有 Kimi ；", "Grok，还有Kimi；"),
        ("〔作者： 在这里写 〕", "〔作者：在这里写〕"),
        ("见 https://example.org/a 页", "见 https://example.org/a 页"),
    ],
)
def test_zh_prose(raw: str, want: str) -> None:
    assert zh_prose(raw) == want
    assert zh_problems(want) == []


def test_zh_problems_finds_each_fault() -> None:
    problems = zh_problems("模型 甲说 AI 很强,对吗")
    assert len(problems) == 4  # a stray space, two spaces around AI (mainland style sets none), a half-width comma
    assert zh_problems("见 https://example.org/a 页") == []  # a URL keeps its spaces


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("Model A's answer", "Model A’s answer"),
        ('It said "no" and left', "It said “no” and left"),
        ("the 'official line'", "the ‘official line’"),
        ("yes -- and  no", "yes — and no"),
    ],
)
def test_en_prose(raw: str, want: str) -> None:
    assert en_prose(raw) == want
