"""drafter: ask a panel of AI models, map where they disagree, draft a column with verified quotes."""

__version__ = "0.1.0"
