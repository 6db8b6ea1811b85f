"""The writer: from transcript + analysis + topic to the column draft.

`offline.compose` (rules and templates) or `llm.compose_llm` (a chat model) produce an `Outline`
that refers to quotes, never types them; `render.render_markdown` places each verified quote.
"""
