"""Cue words and synonyms the offline analyzer reads positions with, per language."""
