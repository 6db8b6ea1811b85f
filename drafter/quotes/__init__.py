"""Verbatim quotes: matching, the export gate, re-checking an edited draft, reading a DOCX back."""
