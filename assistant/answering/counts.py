"""What a figure counts: the words that follow it and name the thing counted.

"The survey gave respondents a choice of 20 concerns" states a figure, but 20 counts concerns: it does not
answer "how many people answered the survey?". A figure followed by a noun phrase ("20 concerns", "45 young
people", "three new hubs") counts what that phrase names; one followed by nothing that names a thing
("rose to 311.", "Burglary | 3303 | 2333", "20 of them", "up by 12") says nothing of what it counts, and
is left to the table or sentence around it. A "how many ...?" question is answered by a quote with a
figure of the second kind, or of the first kind naming what the question counts.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable

from lemminflect import getAllLemmas

from assistant.retrieval.terms import STOPWORDS, terms, words

_WORDS_KEPT = 5  # a counted thing is named within this many words of its figure
_JOINING = frozenset(["and", "or"])
_NUMBER_WORDS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
# a figure, in digits or words, not part of a year, a date, a share, money or a section number
_FIGURE = re.compile(
    rf"(?<![\w£$€.,/-])(?:\d+(?:,\d{{3}})*(?:\.\d+)?|(?:{_NUMBER_WORDS}))(?![\w%£/-]|[.,]\d)(?!\s*(?:%|per ?cent))",
    re.I,
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_VALUES = (2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 30, 40, 50, 100)
_WORD_VALUES = dict(zip(_NUMBER_WORDS.split("|"), _VALUES, strict=True))
# words between a figure and what it counts that say nothing of what: "20 new hubs", "45 more officers"
_MODIFIERS = frozenset(
    words("new more additional extra further other separate different individual local key main major named")
    + words("dedicated specialist")
)
# words after a figure that are a unit or a measure, not a thing counted ("20 million", "5 times")
_UNITS = frozenset(words("million billion thousand times fold per cent percent pence pounds"))
_PEOPLE_WORDS = frozenset(
    terms(
        "people persons residents respondents individuals participants citizens members public victims survivors "
        "offenders clients users adults children young youngsters youth boys girls women men pupils students "
        "families households parents carers attendees volunteers staff officers perpetrators"
    )
)


# ... of which these say a word the asker wrote is one for people ("lads": "boys"; not "crime": "offenders")
_PEOPLE = frozenset(terms("people person individuals residents children child boys girls men women adults youth"))


def counted_by(quote: str) -> list[tuple[str, ...]]:
    """The key terms of what each figure of a quote counts, one tuple per figure: empty for a figure that is
    followed by no word naming a thing."""
    return [named for _, named in figures_counting(quote)]


def figures_counting(quote: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each figure of a quote with the key terms of what it counts ("identified 3 areas": ("3", ("area",)))."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for match in _FIGURE.finditer(quote):
        if _YEAR.fullmatch(match.group()):
            continue
        found.append((match.group(), named_after(quote[match.end() :])))
    return found


def count_said(quote: str, counted: Iterable[str]) -> int | None:
    """The number a quote gives of the thing a question counts, said as a figure before its name ("identified 5
    areas in the borough" for "how many areas ...?"), if it gives one."""
    asked = set(counted)
    for figure, named in figures_counting(quote):
        if named and set(named[:2]) & asked:
            said = figure.replace(",", "").lower()
            if said.isdigit():
                return int(said)
            if said in _WORD_VALUES:
                return _WORD_VALUES[said]
    return None


def named_after(rest: str) -> tuple[str, ...]:
    named: list[str] = []
    for position, word in enumerate(re.findall(r"[A-Za-z][\w'-]*|[^\sA-Za-z]", rest[:200])):
        if position >= _WORDS_KEPT or not word[0].isalpha():
            break
        lowered = word.lower()
        if lowered in _UNITS and not named:
            return ()
        if lowered in _MODIFIERS and not named:
            continue
        if lowered in _JOINING and named:
            continue  # "170 prolific and priority offenders"
        if lowered in STOPWORDS or _verb_only(lowered):
            break
        named.extend(terms(lowered))
    return tuple(named)


def _verb_only(word: str) -> bool:
    """A word that is a verb where it stands after a counted thing ("attended", "signed", "are", "aged")."""
    readings = getAllLemmas(word)
    if "VERB" in readings and word.endswith(("ed", "ing")):
        return True
    return bool(readings) and "NOUN" not in readings and "ADJ" not in readings


def counts_asked(
    quote: str, counted: Iterable[str], alike: Callable[[str], frozenset[str]] = lambda term: frozenset()
) -> bool:
    """Whether a quote gives a figure that may count what a question counts (its key terms).

    It does when it names the counted thing itself anywhere ("Number of tension reports received (30
    reports)" for "how many tension reports?"), or has a figure that names nothing after it, or one whose
    words share a term with what is counted or with a word the plans use near it in meaning (`alike`: "shops"
    for "stores"). People counted are people of any kind ("how many lads ...": "80 boys"), but a thing said
    of people is not them ("how many residents answered?" is not "gave respondents a choice of 20 concerns").
    """
    asked = set(counted)
    if not asked:
        return True
    near = {term: alike(term) for term in asked}
    people = {term for term in asked if term in _PEOPLE_WORDS or near[term] & _PEOPLE}
    things = asked - people
    said = set(terms(quote))
    if things and _same_stem(said, things):
        return True
    near_terms = set().union(*near.values())
    figures = counted_by(quote)
    if not figures:
        return True  # no count, only shares ("89% of respondents"): a share may answer how many said so
    for named in figures:
        phrase = set(named)
        if not phrase or phrase & asked or phrase & near_terms or _same_stem(phrase, asked):
            return True
        if people and phrase & _PEOPLE_WORDS:
            return True
        if _initials(named) & {term.rstrip("s") for term in asked}:
            return True
    return False


def _same_stem(said: set[str], asked: set[str]) -> bool:
    """Whether a term said is one asked, or of its family ("respond", "respons": the stemmer leaves them apart)."""
    return bool(said & asked) or any(len(os.path.commonprefix([a, b])) >= _STEM for a in asked for b in said)


_STEM = 6


_HOW_MANY = re.compile(r"\b(?:how many|number of)\s+(?:of\s+(?:the|its|their|those|these)\s+)?", re.I)


def counted_asked(text: str) -> tuple[str, ...]:
    """The key terms of the noun phrase a "how many ...?" question counts, read as a figure's is
    ("how many new reports of crime were made?": "report"), general words and all; with the word after it
    when that says what was done (`doing_counted`)."""
    found = _HOW_MANY.search(text)
    if found is None:
        return ()
    named = named_after(text[found.end() :])
    return tuple(dict.fromkeys(named + doing_counted(text, named)))


def doing_counted(text: str, counted: Iterable[str]) -> tuple[str, ...]:
    """The key terms of the word after what a "how many ...?" question counts, when it says what was done
    ("how many people responded": "respond"): "1,389 responses" counts people who responded."""
    asked = set(counted)
    said = re.findall(r"[A-Za-z][\w'-]*", text)
    last = max((at for at, word in enumerate(said) if set(terms(word.lower())) & asked), default=None)
    if last is None or last + 1 >= len(said):
        return ()
    return tuple(terms(said[last + 1].lower()))


def _initials(named: tuple[str, ...]) -> set[str]:
    """The initials of a counted phrase and of its parts from the start ("criminal behaviour orders": "cbo")."""
    letters = "".join(term[0] for term in named if term)
    return {letters[:length] for length in range(2, len(letters) + 1)}
