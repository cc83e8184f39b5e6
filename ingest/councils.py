"""Council names the assistant recognises in documents and questions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

LONDON_COUNCILS: tuple[str, ...] = (
    "Barking and Dagenham",
    "Barnet",
    "Bexley",
    "Brent",
    "Bromley",
    "Camden",
    "City of London",
    "Croydon",
    "Ealing",
    "Enfield",
    "Greenwich",
    "Hackney",
    "Hammersmith and Fulham",
    "Haringey",
    "Harrow",
    "Havering",
    "Hillingdon",
    "Hounslow",
    "Islington",
    "Kensington and Chelsea",
    "Kingston upon Thames",
    "Lambeth",
    "Lewisham",
    "Merton",
    "Newham",
    "Redbridge",
    "Richmond upon Thames",
    "Southwark",
    "Sutton",
    "Tower Hamlets",
    "Waltham Forest",
    "Wandsworth",
    "Westminster",
)


def council_pattern(name: str) -> re.Pattern[str]:
    """Whole-word, case-insensitive match of a council name, possessive included ("Sutton's")."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    return re.compile(rf"\b{words}(?:'s|’s)?\b", re.I)


def councils_in(text: str, names: Iterable[str]) -> list[str]:
    """The names that occur in text, most frequent first."""
    counts = Counter({name: len(council_pattern(name).findall(text)) for name in set(names)})
    return [name for name, count in counts.most_common() if count > 0]
