"""Commitments: what a plan says will be done, with by when and by whom when it says.

A commitment is a sentence that commits someone to act ("We will recruit 20 Hate Crime Champions by March
2024", "The partnership aims to ...", "The service will be delivered by Refuge"), or an item of a list of
actions: an item that opens with a verb of doing ("Establish a network of Safe Havens ...") under a lead-in
or heading that says what will be done ("we aim to:", "First 12 months - what will we do?"), or in a list
most of whose items open that way. A target or indicator row is the targets' record, not a commitment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.chunking import Piece
from ingest.plan.evidence import sentences
from ingest.plan.model import Commitment

# Someone committed to act: "we will", "the Council will continue to", "aims to", "has committed to", with a verb
# of doing after it ("will deliver", "will be delivered by"); "will mean", "will receive" commit no one.
_COMMITTED = re.compile(
    r"\b(?:will|shall)\s+(?:(?:also|now|further|jointly|actively|continue\s+to|seek\s+to|work\s+to|look\s+to|"
    r"be\s+(?:working|looking|seeking)\s+to|be)\s+){0,2}([a-z][a-z-]+)|"
    r"\b(?:aims?|aiming|intends?|commits?|committed|pledges?|pledged|promises?|undertakes?)\s+to\s+([a-z][a-z-]+)|"
    r"\b(?:is|are)\s+(?:currently\s+)?working\s+(?:to|with|on|jointly)\b()",
    re.I,
)
# ... but not a sentence addressed to the reader or asking ("if you ...", "how will this be delivered?")
_NOT_ACTION = re.compile(r"\bif\s+you\b|\byou\s+will\b|\bwill\s+\w+\s+you\b|^\W*(?:how\s+)?will\b", re.I)
# Verbs of doing that open an item of a list of actions ("Establish ...", "Work with ...", "Roll out ...").
_DOING = frozenset(
    [
        "address",
        "agree",
        "align",
        "ask",
        "build",
        "campaign",
        "challenge",
        "commission",
        "conduct",
        "continue",
        "coordinate",
        "co-ordinate",
        "create",
        "deliver",
        "develop",
        "educate",
        "embed",
        "encourage",
        "engage",
        "enhance",
        "ensure",
        "establish",
        "expand",
        "explore",
        "extend",
        "facilitate",
        "focus",
        "hold",
        "identify",
        "implement",
        "improve",
        "increase",
        "influence",
        "introduce",
        "invest",
        "launch",
        "lead",
        "maintain",
        "manage",
        "map",
        "monitor",
        "offer",
        "operate",
        "pilot",
        "plan",
        "prepare",
        "prevent",
        "promote",
        "protect",
        "provide",
        "pursue",
        "raise",
        "recruit",
        "reduce",
        "refresh",
        "reinvigorate",
        "respond",
        "review",
        "roll",
        "run",
        "safeguard",
        "secure",
        "set",
        "share",
        "strengthen",
        "support",
        "tackle",
        "target",
        "train",
        "undertake",
        "update",
        "use",
        "work",
        "help",
        "give",
        "make",
        "bring",
        "fund",
        "publish",
        "consult",
        "communicate",
        "carry",
        "take",
        "keep",
        "seek",
        "look",
        "invest",
        "install",
        "fit",
        "recruit",
        "attend",
        "visit",
        "patrol",
        "enforce",
        "report",
        "reach",
        "equip",
        "educate",
        "inform",
    ]
)
# A lead-in or heading that says its list is what will be done.
_ACTIONS_HEADED = re.compile(
    r"\b(?:will|aims?\s+to|we\s+aim|actions?|what\s+(?:we|will|are)\b|commit\w*|deliver\w*|plan\s+to|intend|"
    r"next\s+steps|to\s+do|going\s+to)\b",
    re.I,
)
_FEWEST_WORDS = 4
_MOST = 0.5  # share of a list's items opening with a verb of doing for the list to be one of actions
# By when: "by March 2024", "by the end of 2021", "in 2017-18", "within the first 12 months", "from April 2022".
_BY_WHEN = re.compile(
    r"\b(?:by|before|until|from|during|in|within)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?"
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?\b|"
    r"\b(?:(?:in|within|over|during)\s+the\s+)?(?:first|next|coming)\s+(?:\d+|\w+)\s+(?:months?|years?)\b|"
    r"\bby\s+the\s+end\s+of\s+(?:the\s+)?(?:plan|strategy|year|term)\b",
    re.I,
)
# Who: the capitalised subject of "... will" ("The Council will", "Lewisham Police will"), "we", or "by X".
_SUBJECT = re.compile(
    r"^(?:In\s+[^,]{1,40},\s+)?((?:[Tt]he\s+|[Oo]ur\s+)?(?:[A-Z][\w'’&-]*\s+){0,6}?(?:[A-Z][\w'’&-]*)|We|we|"
    r"(?:[Tt]he|[Oo]ur)\s+(?:partnership|council|police|service|team|board|unit|hub))\s+"
    r"(?:will|shall|aims?|intends?|plans?|commits?|has\s+committed|have\s+committed|(?:is|are)\s+(?:currently\s+)?"
    r"(?:working|planning))\b"
)
_BY_WHOM = re.compile(
    r"\b(?:delivered|run|provided|led|managed|operated|commissioned|coordinated|co-ordinated|facilitated|"
    r"taken\s+forward)\s+by\s+((?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|of|for))*)"
)
_WORDS = re.compile(r"[A-Za-z][\w'’-]*")


def find_commitments(pieces: Sequence[Piece], front: set[int]) -> tuple[Commitment, ...]:
    """Every commitment a plan states, in its order, each with its evidence."""
    found: list[Commitment] = []
    seen: set[tuple[str, str]] = set()
    for index, piece in enumerate(pieces):
        if index in front or piece.block.kind == "heading":
            continue
        if piece.block.kind == "table" or " | " in piece.text:
            continue  # a target or indicator row: the targets' record
        item = piece.text.startswith("- ")
        for quote, evidence in sentences(piece):
            if (evidence.chunk_id, quote) in seen:
                continue
            if quote.rstrip().endswith((":", "?", ";")) or len(quote.split()) < _FEWEST_WORDS:
                continue  # a lead-in, a question or a fragment says nothing done
            if item and _first_is_doing(quote) and _in_list_of_actions(pieces, index):
                committed = True
            else:
                committed = _commits(quote)
            if not committed:
                continue
            seen.add((evidence.chunk_id, quote))
            found.append(
                Commitment(
                    action=quote,
                    evidence=evidence,
                    by=_by_when(quote, piece.section),
                    who=_who(quote),
                    section=piece.section,
                )
            )
    return tuple(found)


def _commits(quote: str) -> bool:
    """Whether a sentence commits someone to do something: "will" or "aims to" with a verb of doing, or
    "are working with"."""
    if _NOT_ACTION.search(quote):
        return False
    for match in _COMMITTED.finditer(quote):
        verb = next((group for group in match.groups() if group is not None), None)
        if verb == "" or verb is not None and _doing(verb.lower()):
            return True
    return False


def _doing(verb: str) -> bool:
    """A verb of doing, in its base form or as a participle ("delivered", "rolled", "established")."""
    if verb in _DOING:
        return True
    return verb.endswith("ed") and any(stem in _DOING for stem in (verb[:-1], verb[:-2], verb[:-3]))


def _first_is_doing(quote: str) -> bool:
    first = _WORDS.match(quote.lstrip("-• "))
    return first is not None and first.group(0)[:1].isupper() and first.group(0).lower() in _DOING


def _in_list_of_actions(pieces: Sequence[Piece], index: int) -> bool:
    """Whether the item at `index` is of a list of actions: its lead-in or section heading says so, or most
    of the list's items open with a verb of doing."""
    start = index
    chunk = pieces[index].chunk.id
    while start > 0 and pieces[start - 1].text.startswith("- ") and pieces[start - 1].chunk.id == chunk:
        start -= 1
    end = index
    while end + 1 < len(pieces) and pieces[end + 1].text.startswith("- "):
        end += 1
    lead = pieces[start - 1].text if start > 0 and not pieces[start - 1].text.startswith("- ") else ""
    heading = (pieces[index].section or "").split(" > ")[-1]
    if _ACTIONS_HEADED.search(lead[-200:]) or _ACTIONS_HEADED.search(heading):
        return True
    items = pieces[start : end + 1]
    return sum(_first_is_doing(item.text[2:]) for item in items) > _MOST * len(items)


def _by_when(quote: str, section: str | None) -> str | None:
    """When the commitment is for, as the sentence (or else its heading) says it."""
    for text in (quote, (section or "").split(" > ")[-1]):
        match = _BY_WHEN.search(text)
        if match:
            return match.group(0)
    return None


def _who(quote: str) -> str | None:
    """Who is committed, as the sentence names them ("Lewisham Police", "We"); None if it does not."""
    by = _BY_WHOM.search(quote)
    if by:
        return by.group(1).strip()
    subject = _SUBJECT.match(quote)
    if subject is None or subject.group(1).lower() in _POINTING:
        return None  # "This will be achieved ...": what "this" is, another sentence says
    said = subject.group(1).strip()
    return "we" if said.lower() == "we" else said


_POINTING = frozenset(["this", "these", "that", "those", "it", "they", "there", "each", "all", "any"])
