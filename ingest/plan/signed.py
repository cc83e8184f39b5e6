"""Who a part of the plan is from: a foreword, welcome or message whose heading names its writer, or whose last
lines sign it.

Both are shapes of the document, not words of one plan: a heading "<part> by|from <someone>" near the front
("Foreword by Co-chairs of the Partnership", "Message from the Chief Inspector"), and a section near the front
that ends in a few short lines, unpunctuated, that open with a person's name ("Cllr Priya Malhotra" / "Cabinet
Member for Safer Communities").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import Piece
from ingest.plan.evidence import cite
from ingest.plan.model import Evidence, Section, Signed

# "Foreword by ...", "Hello & Welcome from ...": a part named in a few words, then who it is by or from
_HEADED = re.compile(r"^(?P<part>[^\W\d_][\w&'’ -]{1,40}?)\s+(?:by|from)\s+(?P<who>(?:the\s+)?[A-Z][^.:;?!]{2,100})$")
_PART_WORDS = 4
# A person's name as a signature opens with it: an honorific or post, then two or three capitalised words
_HONORIFIC = (
    r"(?:Cllr\.?|Councillor|Mayor|Dr\.?|Sir|Dame|Lord|Lady|Baroness|Baron|Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|"
    r"Miss|Rev(?:erend|d)?\.?|(?:Chief|Detective|Borough)\s+(?:Superintendent|Inspector|Constable|Commander)|"
    r"Superintendent|Inspector|Commander)"
)
_NAME = re.compile(rf"^(?:{_HONORIFIC}\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}\b")
# A post a part is written by or from: "Mayor of ...", "the Chief Inspector", "Co-chairs of the Partnership"
_POST = re.compile(
    rf"\b(?:{_HONORIFIC}|Leader|Deputy|Chair(?:man|woman|person)?s?|Co-?chairs?|Chief Executive|Directors?|"
    r"Cabinet Members?|Lead Members?|Portfolio Holders?|Head of|Managers?|Officers?|Commissioners?|President|"
    r"Ministers?|Secretary|Police|Partnership|Board)\b"
)
_SIGNATURE_WORDS = 16  # a name and a post, or two of them
_SIGNATURE_LINES = 3


def find_signed(pieces: Sequence[Piece], sections: Sequence[Section]) -> tuple[Signed, ...]:
    """Every part of the plan that says who it is from, by its heading or its signature."""
    body = {section.path for section in sections if section.kind == "body"}
    found: list[Signed] = []
    for index, piece in enumerate(pieces):
        if piece.block.kind != "heading" or (piece.section or piece.block.text) not in body:
            continue
        title = piece.block.text.strip()
        headed = _HEADED.match(title)
        if headed and len(headed.group("part").split()) <= _PART_WORDS and _POST.search(headed.group("who")):
            evidence = cite(piece, title)
            if evidence is not None:
                found.append(Signed(headed.group("part").strip(), headed.group("who").strip(), (evidence,)))
                continue
        signature = _signature(pieces, index)
        if signature:
            who = " ".join(evidence.quote for evidence in signature)
            found.append(Signed(title, who, signature))
    return tuple(found)


def names_person(who: str) -> bool:
    """Whether who a part is from is someone by name ("Cllr Jo Bell, Leader"), not a post alone ("the Mayor")."""
    return bool(_NAME.match(who.strip()))


def _signature(pieces: Sequence[Piece], heading: int) -> tuple[Evidence, ...]:
    """The lines that sign the section a heading opens: its last few pieces, each short and unpunctuated, the
    first opening with a name, after prose that says something in sentences."""
    path = pieces[heading].section or pieces[heading].block.text
    end = heading + 1
    while end < len(pieces) and pieces[end].block.kind != "heading" and pieces[end].section == path:
        end += 1
    own = list(pieces[heading + 1 : end])
    lines: list[Piece] = []
    while own and len(lines) < _SIGNATURE_LINES and _signs(own[-1]):
        lines.insert(0, own.pop())
    # the name may open any of the lines kept: the first that does starts the signature
    start = next((i for i, piece in enumerate(lines) if _NAME.match(piece.text.strip())), None)
    if start is None or not any(_prose(piece) for piece in own):
        return ()
    evidence = [cite(piece, piece.text.strip()) for piece in lines[start:]]
    return tuple(item for item in evidence if item is not None) if all(evidence) else ()


def _signs(piece: Piece) -> bool:
    """A line a signature could be made of: a paragraph of a few words that is not a sentence."""
    text = piece.text.strip()
    return (
        piece.block.kind == "paragraph"
        and 0 < len(text.split()) <= _SIGNATURE_WORDS
        and not text.endswith((".", "?", "!", ":", ";", ","))
        and not re.search(r"\d|@", text)  # a phone number or address is a contact, not a signature
    )


def _prose(piece: Piece) -> bool:
    return piece.block.kind == "paragraph" and piece.text.rstrip().endswith((".", "!", "?"))
