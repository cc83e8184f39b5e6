"""Conversion debris: lines that are fragments of mostly non-words ("Au | Adults Parmership", "st",
"• •"). They are dropped from the passages and counted in the ingest summary.

A word is known when the embedding model's vocabulary holds it whole, or the document uses it at
least twice; a line is debris when it is short, is not a sentence, and its letters are mostly symbols
or its words mostly unknown fragments."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ingest.model import Block, StructuredDocument, block_text

_WORD = re.compile(r"[A-Za-z]+")
_NUMBER = re.compile(r"\d{2,}|\d[.,%]")


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Whole words of the bundled embedding model's WordPiece vocabulary (about 20,000 English words)."""
    try:
        from assistant.embedding import bundled_model_path

        path = Path(bundled_model_path()) / "vocab.txt"
        words = path.read_text(encoding="utf-8").split()
    except (ImportError, OSError, ValueError):
        return frozenset()
    return frozenset(word for word in words if word.isalpha() and len(word) > 1)


def without_junk(document: StructuredDocument) -> StructuredDocument:
    """The document without debris paragraphs; what was dropped is in its `junk`."""
    counts: Counter[str] = Counter(
        word.lower() for block in document.blocks for word in _WORD.findall(block_text(block))
    )
    known = _vocabulary()
    kept: list[Block] = []
    junk: list[str] = list(document.junk)
    for block in document.blocks:
        if block.kind == "paragraph" and is_debris(block.text, known, counts):
            junk.append(block.text)
        else:
            kept.append(block)
    return replace(document, blocks=tuple(kept), junk=tuple(junk))


def is_debris(text: str, known: frozenset[str], counts: Counter[str]) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped.split()) > 8 or stripped.endswith((".", "?", "!", ":")):
        return False
    letters = sum(ch.isalpha() for ch in stripped)
    visible = sum(not ch.isspace() for ch in stripped)
    if _NUMBER.search(stripped):
        return False  # a figure, a year, a date: kept
    if letters < 3 or letters < 0.5 * visible:
        return True
    words = _WORD.findall(stripped)
    if not known:
        return False
    debris = [
        w for w in words if _fragment(w) or (w.lower() not in known and counts[w.lower()] < 2 and not _name_like(w))
    ]
    return len(debris) > 0.5 * len(words)


_SHORT_WORDS = {"a", "i", "s", "of", "to", "in", "on", "at", "by", "or", "an", "we", "is", "it", "be", "as", "no", "uk"}


def _fragment(word: str) -> bool:
    return len(word) <= 2 and word.lower() not in _SHORT_WORDS


def _name_like(word: str) -> bool:
    """A capitalised word or an acronym: a name the vocabulary need not know."""
    return len(word) > 2 and (word.isupper() or (word[0].isupper() and word[1:].islower()))
