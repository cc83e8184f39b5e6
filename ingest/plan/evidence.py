"""Quoting pieces of a plan: whole blocks and the sentences in them, with their chunk and page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ingest.chunking import Piece
from ingest.plan.model import Evidence
from ingest.text import split_sentences

# As in answer quotes: a list item's number is printed apart from its words.
_ITEM_NUMBER = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|\(?[a-z]\)|\((?:[ivx]{1,5}|\d{1,3})\))\s+(?=[A-Z(\"'“‘])"
)


def cite(piece: Piece, quote: str | None = None) -> Evidence | None:
    """Evidence for a quote of a piece (the whole piece by default); None unless it is verbatim in
    the chunk, so every statement made from a record can be cited word for word."""
    quote = (quote if quote is not None else piece.text).strip()
    if quote.startswith("- "):
        quote = quote[2:].strip()
        quote = _ITEM_NUMBER.sub("", quote, count=1)  # "5.1. Support ...": the number is the list's
    if not quote or quote not in piece.chunk.text:
        return None
    page, _ = piece.chunk.place(quote)
    return Evidence(piece.chunk.id, quote, page, piece.section)


def sentences(piece: Piece) -> Iterator[tuple[str, Evidence]]:
    """Each sentence of a paragraph or item (a table row is one sentence), with its evidence."""
    text = piece.text
    if piece.block.kind in ("table", "heading") or " | " in text:
        evidence = cite(piece)
        if evidence is not None:
            yield evidence.quote, evidence
        return
    body = text[2:] if text.startswith("- ") else text
    for line in body.split("\n"):
        for start, end in split_sentences(line):
            evidence = cite(piece, line[start:end])
            if evidence is not None:
                yield evidence.quote, evidence
