"""Ages: the age a resident tells of someone ("my nephew is 15", "my 12-year-old") and the ages a plan's service is
for ("boys aged 12-17", "11 and 12 year olds"), so that the service for that age is found."""

from __future__ import annotations

import re
from functools import lru_cache

# "my nephew is 15", "she's 11", "aged 12", "a 16-year-old", "my son (14)"; not "is 14%" or "is 14 per 1,000"
_TOLD = re.compile(
    r"\b(\d{1,2})[\s-]*(?:years?|yrs?)[\s-]*old\b|"
    r"\b(?:(?:is|'s|’s|turned|turns|turning)(?:\s+only|\s+just)?|aged?|age of)\s+(\d{1,2})\b"
    r"(?!\s*(?:%|per\b|percent|years? ago|[.,:]\d|am\b|pm\b|o'clock))|"
    r"\((\d{1,2})\)",
    re.I,
)

# A range with both ends, which a service for some ages gives ("aged 12-17", "ages between 11 and 15", "12-17 year
# olds", "11 and 12 year olds"). Not an open one ("under 18", "from age 18 and up"): that is said of all children, or
# of all adults, and singles out no service
_RANGES = (
    re.compile(r"\b(?:aged?|ages)\s+(?:between\s+|from\s+)?(\d{1,2})\s*(?:-|–|to|and)\s*(\d{1,2})\b", re.I),
    re.compile(r"\b(\d{1,2})\s*(?:-|–|to|and)\s*(\d{1,2})[\s-]*(?:years?[\s-]*olds?|yrs?)\b", re.I),
)


@lru_cache(maxsize=256)
def ages_told(text: str) -> frozenset[int]:
    """The ages a message tells of someone (a child's, a parent's): "my nephew is 15" is 15."""
    return frozenset(int(next(group for group in match.groups() if group)) for match in _TOLD.finditer(text))


def age_ranges(text: str) -> list[tuple[int, int]]:
    """The ranges of ages, with both ends, a text says something is for, each as (youngest, oldest)."""
    ranges = [(int(low), int(high)) for pattern in _RANGES for low, high in pattern.findall(text)]
    return [(low, high) for low, high in ranges if low < high]


def for_age(text: str, ages: frozenset[int]) -> bool:
    """Whether a text says it is for a range of ages that holds one of the ages told."""
    return any(low <= age <= high for low, high in age_ranges(text) for age in ages)
