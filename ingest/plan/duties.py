"""Statutory duties and legal bases: the Acts, sections and regulations a plan cites, and what they require."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import Piece
from ingest.plan.evidence import sentences
from ingest.plan.model import Duty

# "Crime and Disorder Act 1998", "Police and Justice Act 2006", "the Anti-social Behaviour, Crime and
# Policing Act 2014", "... (Amendment) Regulations 2011": capitalised words up to "Act"/"Regulations" and a year.
_LAW = re.compile(
    r"\b((?:[A-Z][\w'’-]*|and|of|the|for|to|in|on)(?:[\s,]+(?:[A-Z][\w'’-]*|\([A-Z][\w ]*\)|and|of|the|for|to|in|on))*"
    r"\s+(?:Act|Regulations|Order|Bill))(?:\s+((?:19|20)\d{2}))?"
)
_SECTION = re.compile(r"\b(?:section|s\.)\s*(\d+[A-Z]?)", re.I)
_DUTY = re.compile(
    r"\b(statutory|duty|duties|required|requires|requirement|must|obliged|obligation|responsibility|"
    r"responsibilities|under the|places? (?:a|the)|footing|in accordance with)\b",
    re.I,
)
_LEADING = re.compile(r"^(?:(?:the|and|of|for|to|in|on|under|[A-Z][a-z]*ly)\s+)+", re.I)


def find_duties(pieces: Sequence[Piece], front: set[int]) -> tuple[Duty, ...]:
    """Sentences naming a law in the words of a duty ("... is required under the Crime and Disorder Act 1998")."""
    found: list[Duty] = []
    for index, piece in enumerate(pieces):
        if index in front or piece.block.kind == "heading":
            continue
        for quote, evidence in sentences(piece):
            laws = [_law_name(match) for match in _LAW.finditer(quote)]
            laws = [law for law in laws if law]
            if not laws or not _DUTY.search(quote):
                continue
            section = _SECTION.search(quote)
            for law in dict.fromkeys(laws):
                found.append(Duty(law=law, evidence=evidence, section=section.group(1) if section else None))
    return tuple(found)


def _law_name(match: re.Match[str]) -> str | None:
    name = _LEADING.sub("", match.group(1)).strip(" ,")
    words = name.split()
    if len(words) < 2 or not words[0][0].isupper():
        return None
    year = match.group(2)
    return f"{name} {year}" if year else name
