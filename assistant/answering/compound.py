"""Compound questions: two questions in one message, each answered ("how much, and net of what?")."""

from __future__ import annotations

import re

_ASKING = r"what|who|whom|which|when|where|why|how|is|are|was|were|does|do|did|has|have|will|would|can|could"
# "...? And who chairs it?", "how much was spent, and what was it net of?", "what is X and who owns it"
_SPLIT = re.compile(rf"\?\s+(?=\S)|[,;]?\s+(?:and|but|also|plus)\s+(?=(?:also\s+)?(?:{_ASKING})\b)", re.I)
# "...and net of what?": a second question that asks with its last word
_TRAILING = re.compile(rf",\s+and\s+(?=[^,?]*\b(?:{_ASKING})\s*\?\s*$)", re.I)
_MIN_WORDS = 3


def split_compound(text: str) -> list[str]:
    """The questions a message asks, in order; the message alone when it asks one.

    A part must have a few words of its own, so "pros and cons" or "who and what" stay whole."""
    parts = [part.strip() for part in _SPLIT.split(text) if part and part.strip()]
    if len(parts) == 1:
        parts = [part.strip() for part in _TRAILING.split(text) if part and part.strip()]
    if len(parts) < 2 or any(len(part.split()) < _MIN_WORDS for part in parts):
        if len(parts) >= 2 and len(parts[-1].split()) >= 2 and all(len(p.split()) >= _MIN_WORDS for p in parts[:-1]):
            return parts  # "... and net of what?"
        return [text]
    return parts
