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
# A post held in a body, said before its name ("Co-chairs of Community Safety Partnership Executive"): the body
# is what follows
_POST_OF = re.compile(
    r"^(?i:(?:co-?|vice[- ]?|deputy\s+)?chair(?:man|woman|person)?s?|members?|heads?|leaders?|directors?)"
    r"\s+of\s+(?:the\s+)?"
)


# A sentence that goes on about the body the one before it named ("It is accountable to ...")
_REFERS_BACK = re.compile(r"^\s*(?:It|They|Its|Their)\b")
# ... or about the plan's own partnership, by its short name ("The Partnership is statutorily responsible ...")
_OWN_PARTNERSHIP = re.compile(r"^\s*(?:The|This|Our) (?:Partnership|CSP)\b(?!\s+[A-Z])")
_OWN = "\0own"
_OPENING = 20  # characters into a sentence within which the body it names is what the sentence is about


def _own_partnership(bodies: dict[str, dict[str, list[Evidence]]], names: dict[str, str]) -> str | None:
    """The plan's own partnership: the partnership it names most often (by its fullest name, among equals)."""
    partnerships = [key for key in bodies if names[key].endswith("Partnership")]
    return max(partnerships, key=lambda key: (len(bodies[key]["mentions"]), len(key)), default=None)


def find_bodies(pieces: Sequence[Piece], front: set[int]) -> tuple[Body, ...]:
    """Every body named in the plan's own text, with the sentences that relate it to chairs, reporting,
    oversight, members and scrutiny."""
    bodies: dict[str, dict[str, list[Evidence]]] = {}
    names: dict[str, str] = {}
    referring: list[tuple[str, str, Evidence]] = []  # (body key or _OWN, quote, evidence) said of a body named before

    def record(key: str, quote: str, evidence: Evidence) -> None:
        found = bodies.setdefault(key, {relation: [] for relation in ("mentions", *Body.ROLES)})
        if evidence not in found["mentions"]:
            found["mentions"].append(evidence)
        for relation in Body.ROLES:
            if RELATIONS[relation].search(quote) and evidence not in found[relation]:
                found[relation].append(evidence)

    for index, piece in enumerate(pieces):
        if index in front:
            continue
        subject: str | None = None  # the body the paragraph's last sentence was about
        for quote, evidence in sentences(piece):
            named = []
            for match in _BODY.finditer(quote):
                name = _LEADING.sub("", _POST_OF.sub("", _LEADING.sub("", match.group(1)))).strip()
                if len(name.split()) < 2:
                    continue
                key = name.lower()
                names.setdefault(key, name)
                named.append((match.start(), key))
                record(key, quote, evidence)
            if _OWN_PARTNERSHIP.match(quote):  # "The Partnership is ...": the plan's own partnership
                subject = _OWN
                referring.append((_OWN, quote, evidence))
            elif _REFERS_BACK.match(quote) and subject is not None:  # "It is accountable to ..."
                referring.append((subject, quote, evidence))
            else:
                opening = [key for at, key in named if at <= _OPENING]
                subject = opening[0] if opening else None
    own = _own_partnership(bodies, names)
    for key, quote, evidence in referring:
        key = own if key == _OWN else key
        if key is not None:
            record(key, quote, evidence)
    return tuple(
        Body(names[key], **{relation: tuple(found) for relation, found in record.items()})
        for key, record in bodies.items()
    )
