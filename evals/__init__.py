"""Evaluation of the analyzer on labelled transcripts: scoring and the eval command. Not shipped."""
