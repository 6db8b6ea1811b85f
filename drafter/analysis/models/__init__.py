"""Learned models the analyzer ships as data (weights only; see evals/train_stance_model.py)."""
