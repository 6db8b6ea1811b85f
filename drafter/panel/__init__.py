"""The panel: its config, chat models, keys, asking a model, the answer journal, tokens, progress."""
