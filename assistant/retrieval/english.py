"""Everyday English words, from the word list `pyspellchecker` ships: a word in it is no typo, even when
no plan uses it ("always" is not a misspelt "away")."""

from __future__ import annotations

from functools import lru_cache

from spellchecker import SpellChecker


@lru_cache(maxsize=1)
def _dictionary() -> SpellChecker:
    return SpellChecker(language="en", distance=1)  # the package's own data file; nothing is downloaded


def is_english(word: str) -> bool:
    """Whether a word (any case) is an English word."""
    return word.lower() in _dictionary()
