"""Exports of a draft for editors. python-docx is imported only when a DOCX is actually built."""

from drafter.export.docx import build_document, markdown_to_docx

__all__ = ["build_document", "markdown_to_docx"]
