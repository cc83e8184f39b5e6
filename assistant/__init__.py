"""Answers questions about council plan documents with cited, verified passages."""

__version__ = "0.1.0"
