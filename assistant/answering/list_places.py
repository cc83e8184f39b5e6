"""An item named by its place in a list: "the last linked document", "the third strand", "the final action".

A plan sets many things out as lists in the order it gives them, so a question that points at one by its
place names it as surely as by its words. The question's noun must be what the list is a list of (its
lead-in, heading or section says it), so "the last year" or "the last plan" (times, not places in a list)
and "the third item" of a list about something else pick nothing. A priority named by its place is the
plan model's work (`places`), not this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.retrieval.terms import terms

_PLACES = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "last": -1,
    "final": -1,
}
_GENERIC = frozenset(["one", "item", "entry", "point", "bullet", "thing"])  # a place in whatever list is asked about
# nouns after the place that make it a time, a page or a priority (the plan model's), not an item of a list
_NEVER_ITEMS = frozenset(
    terms(
        "year years time times month months week weeks day days quarter decade period term meeting meetings "
        "version edition page pages priority priorities theme themes few couple half"
    )
)
# nouns that alone name a document before this one ("the last plan"), but with a word the list's naming also
# says name an item of a list of documents ("the last linked strategy")
_DOCUMENTS = frozenset(terms("plan plans strategy strategies report reports document documents"))
_CONTAINER = re.compile(r"\b(?:under|in|within|inside|from|for|of|on|beneath|below|at|to)\s+$", re.I)
_PLACED = re.compile(
    rf"\b(?:the|its|their|his|her)\s+(?P<place>{'|'.join(_PLACES)})\s+"
    r"(?P<words>(?:[A-Za-z][\w'’-]*\s+){0,2}?[A-Za-z][\w'’-]*)(?=\s*(?:[?,.;:!)]|$|\s+(?:in|on|under|of|from|"
    r"listed|named|given|set|that|which|they|it|is|was|does|do|under|among|within|for|there)\b))",
    re.I,
)


def item_place(text: str) -> tuple[int, tuple[str, ...]] | None:
    """The place a question names an item of a list by (1 for the first, -1 for the last) and the terms of the
    words it names the item with, its noun last (("one",) for "the last one"), or None when it names none."""
    for match in _PLACED.finditer(text):
        if _CONTAINER.search(text[: match.start()]):
            continue  # "what actions are listed under the last one?": the place names what holds the items asked
        words = match.group("words").split()
        noun = words[-1].lower().strip("'’")
        place = _PLACES[match.group("place").lower()]
        if noun in _GENERIC:
            return place, ("one",)
        said = tuple(terms(" ".join(words)))
        if not said or set(said) & _NEVER_ITEMS:
            continue
        if said[-1] in _DOCUMENTS and len(said) < 2:
            continue  # "the last strategy": the one before this, not an item
        return place, said
    return None


def at_place(place: int, items: Sequence[object]) -> object | None:
    """The item at a place (1 for the first, -1 for the last), or None past the end."""
    if place == -1:
        return items[-1] if items else None
    return items[place - 1] if 0 < place <= len(items) else None


def names_list(named: tuple[str, ...], naming: str) -> bool:
    """Whether the text that names a list (its lead-in, heading and section) says what the item is: its noun,
    and for a document ("the last linked strategy") a word before it too; any list for "the last one"."""
    if named == ("one",):
        return True
    said = set(terms(naming))
    if named[-1] not in said:
        return False
    return named[-1] not in _DOCUMENTS or any(term in said for term in named[:-1])
