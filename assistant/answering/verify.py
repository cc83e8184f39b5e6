"""Checks every answer must pass before it leaves: quotes verbatim, markers valid, numbers cited."""

from __future__ import annotations

import re
from collections.abc import Mapping

from assistant.answer import Answer
from ingest.documents import Chunk

_MARKER = re.compile(r"\[(\d+)\]")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numbers_in(text: str) -> set[str]:
    """Numbers as written, thousands separators dropped ("1,389" -> "1389")."""
    return {match.replace(",", "").rstrip(".") for match in _NUMBER.findall(text)}


def problems(answer: Answer, chunks: Mapping[str, Chunk]) -> list[str]:
    """Everything wrong with an answer's citations; an empty list means it may be returned."""
    found: list[str] = []
    numbers = {citation.n for citation in answer.citations}
    sound = []  # only a verbatim quote can vouch for a number
    for citation in answer.citations:
        chunk = chunks.get(citation.chunk_id)
        if chunk is None:
            found.append(f"[{citation.n}] cites a passage that is not in the index")
        elif not citation.quote or citation.quote not in chunk.text:
            found.append(f"[{citation.n}] quote is not verbatim in its passage")
        else:
            sound.append(citation)
    for marker in _MARKER.findall(answer.text):
        if int(marker) not in numbers:
            found.append(f"[{marker}] has no citation")
    cited: set[str] = set().union(*(numbers_in(f"{c.quote} {c.title}") for c in sound)) if sound else set()
    for number in sorted(numbers_in(_MARKER.sub("", answer.text)) - cited):
        found.append(f"the number {number} is in no cited quote")
    return found
