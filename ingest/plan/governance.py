"""Governance: the boards and partnerships a plan names, and who chairs, oversees, reports to and sits on them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import Piece
from ingest.plan.evidence import sentences
from ingest.plan.model import Body, Evidence
from ingest.plan.vocabulary import RELATIONS

_KINDS = r"Board|Partnership|Executive|Committee|Group|Panel|Forum|Commission|Sub-?group|Network|Cabinet|Council"
# A body's name: capitalised words ending in a kind of body ("Safer Sutton Partnership Board").
_BODY = re.compile(
    rf"\b((?:[A-Z][\w&'’-]*\s+(?:(?:and|of|for|the|&)\s+)?){{0,7}}(?:{_KINDS})s?)\b(?:\s*\(([A-Z]{{2,6}})\))?"
)
_LEADING = re.compile(r"^(?:(?:The|A|An|Our|This|Each|Every|All|Both|Its|Their|Local|Under|In|As)\s+)+")


def find_bodies(pieces: Sequence[Piece], front: set[int]) -> tuple[Body, ...]:
    """Every body named in the plan's own text, with the sentences that relate it to chairs, reporting,
    oversight, members and scrutiny."""
    bodies: dict[str, dict[str, list[Evidence]]] = {}
    names: dict[str, str] = {}
    for index, piece in enumerate(pieces):
        if index in front:
            continue
        for quote, evidence in sentences(piece):
            for match in _BODY.finditer(quote):
                name = _LEADING.sub("", match.group(1)).strip()
                if len(name.split()) < 2:
                    continue
                key = name.lower()
                names.setdefault(key, name)
                record = bodies.setdefault(key, {relation: [] for relation in ("mentions", *Body.ROLES)})
                if evidence not in record["mentions"]:
                    record["mentions"].append(evidence)
                for relation in Body.ROLES:
                    cue = RELATIONS[relation]
                    if cue.search(quote) and evidence not in record[relation]:
                        record[relation].append(evidence)
    return tuple(
        Body(names[key], **{relation: tuple(found) for relation, found in record.items()})
        for key, record in bodies.items()
    )
