"""Council names the assistant recognises in documents and questions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ingest.council_names import COMMON_WORD_NAMES, UK_COUNCIL_NAMES

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


# Every UK council area the assistant can name, whether or not it has plans for it
UK_COUNCILS: tuple[str, ...] = tuple(dict.fromkeys((*LONDON_COUNCILS, *UK_COUNCIL_NAMES)))


@lru_cache(maxsize=16384)  # asked for every council at every question: re's own cache holds only 512
def council_pattern(name: str) -> re.Pattern[str]:
    """Whole-word match of a council name, possessive included ("Sutton's"): in any case, but only as a name
    (capitalised) for a name that is also an everyday word ("Reading", "Bury")."""
    words = r"\s+".join(re.escape(word) for word in name.split())
    return re.compile(rf"\b{words}(?:'s|’s)?\b", 0 if name in COMMON_WORD_NAMES else re.I)


def councils_in(text: str, names: Iterable[str]) -> list[str]:
    """The names that occur in text, most frequent first."""
    counts = Counter({name: len(council_pattern(name).findall(text)) for name in set(names)})
    return [name for name, count in counts.most_common() if count > 0]
