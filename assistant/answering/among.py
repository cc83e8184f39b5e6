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
    r"\bwhich\s+ones\b",
    re.I,
)
LISTED = ("item", "row", "cell", "heading")  # the kinds of unit a list answer shows as its points


def asks_among(text: str) -> bool:
    """Whether a message asks which of the things just listed ("Which of those are about exploitation?")."""
    return bool(_WHICH_OF_THEM.search(text))


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
