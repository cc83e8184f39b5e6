"""'Which of those ...?' after a list: the answer is among the items the last answer listed.

"What are the strands of the violence against women and girls work?" ... "Which of those are about
exploitation?" asks which of the strands just listed, not what else the plans say about exploitation: the
items that say what the new message adds, or else the one clearly closest to it in meaning."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.answering.evidence import Unit

_WHICH_OF_THEM = re.compile(
    r"\b(?:which|what)\s+(?:ones?\s+)?of\s+(?:those|these|them|the\s+above|the\s+list|the\s+ones)\b|"
    r"\bwhich\s+ones\b|\bwhich\s+one\b(?!\s+of\b)",  # "which one handles Prevent?" (not "which one of the plans")
    re.I,
)
LISTED = ("item", "row", "cell", "heading")  # the kinds of unit a list answer shows as its points
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "last": -1,
}
# "the second one", "the third person listed", "the last name", "item 4": a place in what was just listed
_PLACE = re.compile(
    rf"\bthe\s+({'|'.join(ORDINALS)})\s+(?:one|item|point|of (?:these|those|them)|priority|aim|action|"
    r"objective|theme|area|indicator|target|measure|outcome|commitment|recommendation|duty|strand|"
    r"person|people|name|author|member|body|organisation|group)\b|"
    r"\b(?:number|item|point|no\.?)\s+(\d{1,2})\b",
    re.I,
)


def asks_among(text: str) -> bool:
    """Whether a message asks which of the things just listed ("Which of those are about exploitation?")."""
    return bool(_WHICH_OF_THEM.search(text))


def place_asked(text: str) -> int | None:
    """The place a message points at in what was just listed ("the third one": 3, "the last one": -1), if any."""
    match = _PLACE.search(text)
    if not match:
        return None
    return ORDINALS[match.group(1).lower()] if match.group(1) else int(match.group(2))


def pick(
    items: Sequence[Unit],
    said: Callable[[Unit], float],
    closeness: Sequence[float],
    enough: float,
    least: float,
    margin: float,
) -> list[Unit]:
    """The items that say what the message adds (`said` at least `enough`); with none, the one closest in
    meaning (at least `least`, and `margin` closer than the next). Empty when none qualifies or every item
    does (then the message picks nothing out)."""
    chosen = [item for item in items if said(item) >= enough]
    if not chosen:
        ranked = sorted(zip(closeness, range(len(items)), strict=True), reverse=True)
        best, index = ranked[0]
        if best >= least and (len(ranked) == 1 or best - ranked[1][0] >= margin):
            chosen = [items[index]]
    return chosen if len(chosen) < len(items) else []
