"""Key dates: when a plan was written, approved or published, meetings, reviews and deadlines."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import Piece
from ingest.plan.evidence import sentences
from ingest.plan.model import KeyDate

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(
    rf"\b(\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\s+(?:19|20)\d{{2}}|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
    rf"(?:19|20)\d{{2}}|(?:{_MONTHS}|Spring|Summer|Autumn|Winter)\s+(?:19|20)\d{{2}}|\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d{{2}})\b",
    re.I,
)
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("approved", re.compile(r"\b(approv\w*|agreed|adopt\w*|endors\w*|signed off|ratif\w*)\b", re.I)),
    ("published", re.compile(r"\b(publish\w*|issued|released|launched)\b", re.I)),
    (
        "written",
        re.compile(
            r"\b(written|authored|prepared|drafted|produced|date of (?:the )?(?:report|document)|dated)\b", re.I
        ),
    ),
    ("meeting", re.compile(r"\b(meet|meets|meeting|met|committee|cabinet|session|hearing)\b", re.I)),
    ("review", re.compile(r"\b(review\w*|refresh\w*|renew\w*|due|expires?|deadline|by)\b", re.I)),
)


def find_dates(pieces: Sequence[Piece], front: set[int]) -> tuple[KeyDate, ...]:
    """Every sentence or table row stating a date, with what kind of date it is (front matter included:
    document control tables say when a plan was written and approved)."""
    found: list[KeyDate] = []
    for piece in pieces:
        for quote, evidence in sentences(piece):
            for match in _DATE.finditer(quote):
                kind = next((name for name, cue in _KINDS if cue.search(quote)), "other")
                found.append(KeyDate(kind, match.group(1), evidence))
    return tuple(found)
