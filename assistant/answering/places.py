"""A priority named by its place in a plan: "its second priority", "priority 3", "the fourth theme".

The plan model keeps a plan's priorities in the order the plan gives them, so a question that points at
one by its place names it as surely as by its title. The question is then asked with the title said
("... under its second priority (Safe on Our Streets and Neighbourhoods)?"): retrieval, the plan reader
and the person reading the question as answered all see which priority it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.among import ORDINALS
from assistant.answering.question import NUMBER_WORDS
from ingest.plan import Plan, Priority

_ORDINALS = {word: place for word, place in ORDINALS.items() if place > 0 and word.isalpha()}  # "last": _LAST
_CARDINALS = {"one": 1, **NUMBER_WORDS}
_KINDS = r"(?:strategic\s+|key\s+|main\s+)?(?:priority|theme|strand|objective|priority area|workstream|work stream)"
# whose priority: a resident's own ("their first priority", "residents' second priority") is a survey answer
_OWNER = re.compile(r"\b(?:their|your|my|our|his|her|people's|residents'?|respondents'?)\s+$", re.I)
_PLACED = re.compile(
    rf"\b(?P<ordinal>{'|'.join(_ORDINALS)}|(?:[1-9]|1[0-2])(?:st|nd|rd|th))\s+{_KINDS}\b"
    rf"|\b{_KINDS}\s+(?:no\.?\s*|number\s+)?(?P<number>(?:[1-9]|1[0-2])|{'|'.join(_CARDINALS)})\b(?![.,]?\d|\s*%)",
    re.I,
)
_LAST = re.compile(rf"\b(?:last|final)\s+{_KINDS}\b", re.I)
# What follows "the third strand": "of the plan", "of Harwick's strategy", "in Harwick" keep it the plan's own;
# "of VAWG", "under the hate crime priority", "for tackling knife crime" point into another list
_WITHIN = re.compile(r"\s+(?:of|under|within|in|for)\s+(?P<whose>[^?.,;:!()]+)", re.I)
_PLAN_WORDS = re.compile(
    r"\b(?:plans?|strateg(?:y|ies)|reports?|documents?|partnerships?|council|borough|csp|ssp|lists?|its|their|this|that)\b",
    re.I,
)
_WHOSE_WORDS = 6
_TITLE_WORDS = 12  # words at most of a priority's title said in the question


def place_asked(text: str) -> tuple[re.Match[str], int] | None:
    """Where the text points at a priority by its place, and the place (1 for the first; -1 for the last)."""
    found = next((m for m in _PLACED.finditer(text) if _plans_own(text, m)), None)
    if found is not None:
        if found.group("ordinal"):
            word = found.group("ordinal").lower()
            place = _ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore[union-attr]
        else:
            word = found.group("number").lower()
            place = _CARDINALS.get(word) or int(word)
        return found, place
    last = next((m for m in _LAST.finditer(text) if _plans_own(text, m)), None)
    return (last, -1) if last is not None else None


def _plans_own(text: str, found: re.Match[str]) -> bool:
    """Whether the words pointed at are one of the plan's own priorities: not a resident's ("their first
    priority"), nor an item of another list the words after it name ("the third strand of VAWG", "the first
    objective under the hate crime priority"). A council named after it ("in Harwick") keeps it the plan's."""
    if _OWNER.search(text[: found.start()]):
        return False
    within = _WITHIN.match(text, found.end())
    if within is None:
        return True
    whose = within.group("whose").split()[:_WHOSE_WORDS]
    if _PLAN_WORDS.search(" ".join(whose)):
        return True
    named = [word for word in whose if word.lower() not in ("the", "a", "an")]
    if not named:
        return True
    first = named[0]
    if first[0].isdigit():
        return True  # a year: "the first priority in 2019/20"
    # a name ("Harwick", "Tower Hamlets") is a council's; an acronym ("VAWG"), a kind or plain words are a topic
    return first[0].isupper() and not first.isupper() and not re.search(rf"\b{_KINDS}\b", " ".join(whose), re.I)


def priority_at(plan: Plan, place: int) -> Priority | None:
    """The plan's priority at a place: the one labelled with that number, else the one in that position."""
    if not plan.priorities:
        return None
    if place == -1:
        return plan.priorities[-1]
    labelled = [p for p in plan.priorities if re.fullmatch(rf"(?:\w+\s+)?{place}", p.label.strip(" .:"))]
    if len(labelled) == 1:
        return labelled[0]
    return plan.priorities[place - 1] if place <= len(plan.priorities) else None


def placed_priority(text: str, plans: Sequence[Plan]) -> tuple[re.Match[str], Priority] | None:
    """The priority a question points at by its place, when the plans it is about agree on which it is."""
    asked = place_asked(text)
    if asked is None:
        return None
    found, place = asked
    chosen = {priority.title: priority for plan in plans if (priority := priority_at(plan, place)) is not None}
    if len(chosen) != 1:
        return None  # no plan has that many priorities, or two plans would each mean another
    return found, next(iter(chosen.values()))


def with_priority_named(text: str, plans: Sequence[Plan]) -> str:
    """The text with the title of the priority it points at by place said after the pointing words, or the
    text unchanged when it points at none, or already says the title."""
    placed = placed_priority(text, plans)
    if placed is None:
        return text
    found, priority = placed
    title = priority.title.strip()
    if not _names(title) or title.lower() in text.lower():
        return text
    return f"{text[: found.end()]} ({title}){text[found.end() :]}"


def _names(title: str) -> bool:
    """Whether a priority's title is a name to say in a question ("Safe from Serious Violence"), not a
    sentence about it ("The Third priority will be to focus on ..."), whose words would be read as what is
    asked and answered with that sentence."""
    return (
        0 < len(title.split()) <= _TITLE_WORDS
        and not title.endswith(".")
        and not re.search(rf"\b{_KINDS}\b", title, re.I)
    )
