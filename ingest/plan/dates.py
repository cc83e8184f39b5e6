"""Key dates: when a plan was written, approved or published, meetings, reviews and deadlines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import Piece
from ingest.plan.evidence import sentences
from ingest.plan.model import KeyDate
from ingest.plan.vocabulary import DATE_KINDS

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS}),?\s+(?:19|20)\d{{2}}|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    rf"(?:19|20)\d{{2}}|(?:{_MONTHS}|Spring|Summer|Autumn|Winter)\s+(?:19|20)\d{{2}}|\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d{{2}})\b",
    re.I,
)


def find_dates(pieces: Sequence[Piece], front: set[int]) -> tuple[KeyDate, ...]:
    """Every sentence or table row stating a date, with what kind of date it is (front matter included:
    document control tables say when a plan was written and approved)."""
    found: list[KeyDate] = []
    for piece in pieces:
        for quote, evidence in sentences(piece):
            for match in _DATE.finditer(quote):
                kind = next((name for name, cue in DATE_KINDS if cue.search(quote)), "other")
                found.append(KeyDate(kind, match.group(1), evidence))
    return tuple(found)
