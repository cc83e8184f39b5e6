"""Whom a harm happens to: the noun phrases around a harm word, and whom each one names.

No parser: a clause is a list of plain words, a noun phrase is a run of words from the people
vocabularies ("my 12 year old daughter", "the kids next door"), and the victim of a harm verb is
the phrase after it (active) or before it (passive)."""

from __future__ import annotations

from typing import Literal

from assistant.safety import vocabulary as v
from assistant.safety.harms import HARM_VERBS
from assistant.safety.text import word_set

Who = Literal["writer", "close", "specific", "stranger", "public", "unknown", "thing"]
"""Whom a harm happens to: the writer; someone close ("my son"); a particular person ("she"); a
stranger seen ("a man"); people in general ("women", "residents"); no one named; or no one at all, as the words
are said of a thing ("when the bank collapsed", "my printout is missing a page")."""

PERSONAL: frozenset[Who] = frozenset({"writer", "close", "specific"})
OBJECTS = word_set("me us my our him her them")
STANDALONE = word_set("i me we us he him she they them you myself ourselves herself himself themselves")
"""Pronouns that are a whole noun phrase ("her" is not: "her kids")."""


def who_of(phrase: tuple[str, ...]) -> Who:
    """Whom a noun phrase names, from its first telling word."""
    words = [word for word in phrase if word not in v.NOUN_MODIFIERS]
    if {"next", "upstairs", "downstairs"} & set(phrase):
        return "close"  # "the kids next door", "the woman upstairs"
    for position, word in enumerate(words):
        rest = set(words[position + 1 : position + 4])
        if word in {"i", "me", "we", "us", "myself", "ourselves"}:
            return "writer"
        if word in {"my", "our", "mine"}:
            if rest & v.AREA_PLACES and not rest & v.RELATIONS:
                return "public"  # "my area", "our estate"
            if rest & v.RELATIONS:
                return "close"
            return "writer" if rest & v.POSSESSIONS else "unknown"
        if word in v.PRONOUNS or word in {"herself", "himself", "themself"}:
            return "specific"
        if word in v.PUBLIC or word in v.AREA_PLACES:
            return "public"
        if word in v.STRANGERS or (word in {"a", "an", "the", "this", "some"} and rest & (v.STRANGERS | v.CHILDREN)):
            return "stranger"
        if word in v.RELATIONS:  # without "my": "dad hits me" is the writer's dad; "parents" are anyone's
            return "close" if word in v.PARTNERS | v.FAMILY and not word.endswith("s") else "stranger"
    return "unknown"


def victim_within(words: tuple[str, ...]) -> Who | None:
    """Whom a phrase names as its object ("won't let me leave", "banging on my door"), if anyone."""
    for at, word in enumerate(words):
        if word in OBJECTS:
            who = who_of(words[at:])
            if who != "unknown":
                return who
    return None


def skip_back(words: tuple[str, ...], at: int) -> int:
    """The position of the last word before `at` that is not an auxiliary, adverb or verb of intent."""
    position = at - 1
    while position >= 0 and words[position] in v.SUBJECT_SKIP:
        position -= 1
    return position


def phrase_before(words: tuple[str, ...], end: int) -> tuple[str, ...]:
    """The noun phrase ending at `end` ("my 12 year old daughter"), at most five words; a pronoun is a
    phrase by itself ("telling me they feel unsafe": "they", not "me they")."""
    if end >= 0 and words[end] in STANDALONE:
        return (words[end],)
    start = end
    while start >= 0 and end - start < 5 and in_noun_phrase(words[start]) and words[start] not in STANDALONE:
        start -= 1
    return words[start + 1 : end + 1]


def phrase_after(words: tuple[str, ...], start: int) -> tuple[str, ...]:
    """The noun phrase starting at `start`, at most five words."""
    end = start
    while end < len(words) and end - start < 5 and in_noun_phrase(words[end]):
        end += 1
    return words[start:end]


def victim_after(words: tuple[str, ...], at: int) -> tuple[str, ...]:
    """The noun phrase a harm verb is done to, past fillers and further harm verbs ("threatening to kill me")."""
    position = at + 1
    while position < len(words) and position - at <= 5:
        word = words[position]
        if word in v.OBJECT_FILLERS or word in HARM_VERBS:
            position += 1
            continue
        return phrase_after(words, position) if in_noun_phrase(word) else ()
    return ()


def subject_of(words: tuple[str, ...], at: int) -> tuple[str, ...]:
    """The noun phrase a word at `at` is said of: itself if it begins one ("a baby crying"), else the one before."""
    end = at if in_noun_phrase(words[at]) else skip_back(words, at)
    return phrase_before(words, end)


def in_noun_phrase(word: str) -> bool:
    return (
        word in v.WRITER
        or word in v.PRONOUNS
        or word in v.RELATIONS
        or word in v.STRANGERS
        or word in v.PUBLIC
        or word in v.DETERMINERS
        or word in v.NOUN_MODIFIERS
        or word in v.REFLEXIVES
        or word in v.AREA_PLACES
        or word in v.POSSESSIONS
        or word.isdigit()
    )
