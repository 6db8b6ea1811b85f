"""The words report.html shows, in each language, and the symbols and names it gives a model's position."""

from __future__ import annotations

TEXT = {
    "en": {
        "title": "Disagreement map", "map": "The map", "question": "Question", "answers": "Answers side by side",
        "yes": "yes", "no": "no", "mixed": "mixed", "other": "other", "dodged": "dodged", "unclear": "unclear",
        "failed": "failed", "figure": "figure", "pick": "pick", "not_asked": "not asked", "clash": "clash with",
        "clashes": "Clashes", "agreements": "Agreements", "dodges": "Dodges", "check": "Check these yourself",
        "stable": "stable in", "robust": "robust", "fragile": "fragile", "press": "Pressed follow-up",
        "reply": "Reply", "asked": "asked", "latency": "latency", "tokens": "tokens", "in": "in", "out": "out",
        "not_found": "quote not found in the answer", "in_draft": "quoted in the draft", "legend": "Legend",
        "skip": "Skip to the answers", "keep": "keep", "save": "Save and resume the run",
        "review_analysis": "Review: keep or drop each clash and dodge, relabel a stance, then save.",
        "review_questions": "Review the sub-questions: edit, delete or add, then save.",
        "add": "Add a question", "remove": "remove", "engine": "analysis engine", "model_id": "model id",
        "keys": "Keys: j / k next / previous question; Enter on a clash shows both quotes.",
        "no_answer": "no answer",
        "saved": "Saved {name}. The run resumes in the terminal; you can close this tab.",
    },
    "zh": {
        "title": "分歧地图", "map": "分歧地图", "question": "问题", "answers": "回答并排",
        "yes": "是", "no": "否", "mixed": "两可", "other": "其他", "dodged": "回避", "unclear": "不确定",
        "failed": "失败", "figure": "数字", "pick": "选择", "not_asked": "未问", "clash": "与之矛盾：",
        "clashes": "矛盾", "agreements": "一致", "dodges": "回避", "check": "请自行核对",
        "stable": "稳定度", "robust": "稳健", "fragile": "不稳", "press": "追问", "reply": "回应",
        "asked": "提问时间", "latency": "耗时", "tokens": "词元", "in": "入", "out": "出",
        "not_found": "回答中找不到这段引文", "in_draft": "稿中引用", "legend": "图例",
        "skip": "跳到回答", "keep": "保留", "save": "保存并继续运行",
        "review_analysis": "审阅：逐条保留或删除矛盾与回避，可改立场，然后保存。",
        "review_questions": "审阅子问题：可修改、删除或新增，然后保存。",
        "add": "新增问题", "remove": "删除", "engine": "分析引擎", "model_id": "模型",
        "keys": "快捷键：j / k 下一个 / 上一个问题；在矛盾上按回车显示两段引文。",
        "no_answer": "无回答",
        "saved": "已保存 {name}。运行已在终端继续，可以关闭此页。",
    },
}
# Symbols beside colours: a reader who cannot tell the colours apart still reads the position.
SYMBOL = {"yes": "▲", "no": "▼", "mixed": "◆", "other": "●", "dodged": "◌", "unclear": "?", "failed": "✕",
          "figure": "#", "pick": "◆", "not_asked": "–"}
STANCE_POSITION = {"affirm": "yes", "deny": "no", "mixed": "mixed", "other": "other", "evasive": "dodged",
                   "unclear": "unclear"}
STANCES = ["affirm", "deny", "mixed", "evasive", "other", "unclear"]
