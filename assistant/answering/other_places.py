"""A figure asked for one named place and given only for another: "how many shops in Millbrook signed up?",
where the plan says "So far 20 businesses in Eastgate have signed up".

A place is a run of capitalised words after "in", "at", "across", "around", "near" or "within" ("in Millbrook",
"at Eastgate Market"), with a word the plans never write in lower case ("Green" alone names no place). A
council's name, a month, an acronym or a number is no place a question asks a figure for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.metadata import MONTHS

_AT = r"\b(?:[Ii]n|[Aa]t|[Aa]cross|[Aa]round|[Nn]ear|[Ww]ithin)\s+"
_PLACE = re.compile(_AT + r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:&\s+|and\s+|on\s+|upon\s+)?[A-Z][\w'’-]*){0,3})")
_MONTHS = frozenset(month.lower() for month in MONTHS)


def places_in(text: str, councils: Iterable[str] = (), common: Iterable[str] = ()) -> list[str]:
    """The places a text names after a word of place, in order: each a run of capitalised words, none of them a
    council's, a month or an acronym, with a word that is not one of the `common` words (those the plans write in
    lower case elsewhere)."""
    council_words = {word.lower() for council in councils for word in re.findall(r"[\w'’-]+", council)}
    common_words = {word.lower() for word in common}
    found: list[str] = []
    for match in _PLACE.finditer(text):
        before = re.findall(r"[\w'’-]+", text[: match.start()])
        if before and before[-1][:1].isupper():
            continue  # a name's own word: "the Mayor in Cabinet", "Women at Risk"
        words = [word for word in re.findall(r"[\w'’-]+", match["name"]) if word[:1].isupper()]
        bare = [re.sub(r"['’]s$", "", word) for word in words]
        if any(word.lower() in council_words or word.lower() in _MONTHS for word in bare):
            continue
        if any(word.isupper() or any(ch.isdigit() for ch in word) for word in bare):
            continue  # "in MARAC", "in Q3"
        if all(word.lower() in common_words for word in bare):
            continue
        found.append(re.sub(r"['’]s$", "", match["name"]))
    return found


def figure_for_another_place(
    question: str, quote: str, councils: Iterable[str] = (), common: Iterable[str] = ()
) -> str | None:
    """The place a quote gives its figure for, when the question asks about another place the quote does not
    name; None when the question names no place, the quote names the one asked, or names none."""
    councils = tuple(councils)
    asked = places_in(question, councils, common)
    if not asked:
        return None
    lowered = quote.lower()
    if any(all(word.lower() in lowered for word in place.split()) for place in asked):
        return None
    given = places_in(quote, councils, common)
    return given[0] if given else None
