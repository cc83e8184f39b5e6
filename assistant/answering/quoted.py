"""A question that quotes the line a plan introduces a list with ("'Over the year the board will' - do what?",
"what follows “our partners have agreed to”?"): the list that line introduces, found by the words quoted,
however the rest of the question is worded.

A quote of a few words may be anything the plan says; one of at least `MIN_WORDS` words that makes up most
of a list's lead-in points at that list and no other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from assistant.answering.evidence import ItemList

MIN_WORDS = 4  # words a quote needs to point at one line ("'we will'" points at none)
_SHARE_OF_LEAD = 0.75  # ... and the share of the lead-in's words it must say (not a phrase from a long paragraph)
# a span in quotes, not an apostrophe ("the board's 'will' line"): opened after a space or bracket, closed
# before a space, punctuation or the end
_QUOTE = re.compile(r"(?:^|(?<=[\s(]))['‘\"“](?P<said>[^'’\"”\n]{8,200}?)['’\"”](?=[\s,.?:;!)—–-]|$)")
_NUMBERED = re.compile(r"^\W*\d+(?:\.\d+)*\.?\s+")  # a heading's own number ("3. Safe at Home")
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def quotes_in(question: str) -> list[str]:
    """The spans a question quotes of at least `MIN_WORDS` words."""
    return [m["said"] for m in _QUOTE.finditer(question) if len(_words(m["said"])) >= MIN_WORDS]


def quoted_list(question: str, lists: Iterable[ItemList]) -> ItemList | None:
    """The one list whose lead-in, a sentence of the plan, the question quotes (the longest where overlapping
    passages repeat it), or None when it quotes none, or the lead-ins of lists with different lead-ins. A quote
    of a heading ("under 'Safe at Home', what will it do?") names a part of the plan, which the rest of the
    question asks about: it points at no one list."""
    lists = list(lists)
    headings = {
        tuple(_words(_NUMBERED.sub("", part)))
        for item_list in lists
        for part in (item_list.chunk.section or "").split(" > ")
    }
    quotes = [words for said in quotes_in(question) if tuple(words := _words(said)) not in headings]
    if not quotes:
        return None
    found: dict[tuple[str, str], ItemList] = {}
    for item_list in lists:
        lead = item_list.lead_in
        if lead is None or lead.kind == "heading" or not item_list.items:
            continue
        said = _words(lead.quote)
        if any(_within(quote, said) and len(quote) >= _SHARE_OF_LEAD * len(said) for quote in quotes):
            key = (item_list.chunk.metadata.source, " ".join(said))
            if key not in found or len(item_list.items) > len(found[key].items):
                found[key] = item_list
    return next(iter(found.values())) if len(found) == 1 else None


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def _within(part: list[str], whole: list[str]) -> bool:
    """Whether the words of `part` come in `whole`, in order and together."""
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))
