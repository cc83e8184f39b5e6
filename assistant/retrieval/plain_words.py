"""Residents' everyday words mapped to the words plans use, so plain questions find formal text."""

from __future__ import annotations

import re

# Everyday word -> plan vocabulary. General to UK community safety plans, not to any one plan.
PLAIN_TO_PLAN: dict[str, str] = {
    "ring": "call contact",
    "phone": "call contact",
    "nicked": "stolen theft",
    "nick": "steal theft",
    "stolen": "theft",
    "steal": "theft",
    "robbed": "robbery",
    "mugged": "robbery",
    "mugging": "robbery",
    "burgled": "burglary",
    "break-in": "burglary",
    "hassling": "harassment harassed",
    "hassle": "harassment",
    "harassing": "harassment",
    "stalking": "stalking harassment",
    "scam": "scam fraud nuisance calls",
    "scams": "scam fraud nuisance calls",
    "fraud": "fraud scam",
    "cops": "police",
    "police": "police",
    "kids": "young people children",
    "teenagers": "young people",
    "teens": "young people",
    "youngsters": "young people",
    "stabbing": "knife crime",
    "stabbings": "knife crime",
    "knives": "knife crime",
    "guns": "gun crime",
    "drunk": "alcohol",
    "drinking": "alcohol",
    "dealing": "drug dealing",
    "dealers": "drug dealing",
    "noisy": "noise nuisance",
    "neighbour": "neighbour disputes",
    "neighbours": "neighbour disputes",
    "graffiti": "criminal damage vandalism",
    "vandalism": "criminal damage vandalism",
    "dumping": "fly-tipping",
    "rubbish": "fly-tipping",
    "nan": "older people vulnerable residents",
    "gran": "older people vulnerable residents",
    "grandad": "older people vulnerable residents",
    "elderly": "older people vulnerable",
    "pensioner": "older people vulnerable",
    "anonymous": "anonymously",
    "anonymously": "anonymously",
    "worried": "concerns concern",
    "scared": "feel safe fear of crime",
    "afraid": "feel safe fear of crime",
    "unsafe": "feel safe unsafe",
    "wife": "domestic abuse",
    "husband": "domestic abuse",
    "partner": "domestic abuse",
    "hit": "violence domestic abuse",
    "beaten": "violence domestic abuse",
    "bully": "bullying harassment",
    "racist": "racism hate crime",
    "racism": "racism hate crime",
    "homophobic": "hate crime",
    "terrorist": "terrorism prevent extremism",
    "radicalised": "radicalisation prevent",
    "braille": "braille large print",
    "cameras": "cctv",
    "camera": "cctv",
    "streetlights": "street lighting",
    "lights": "lighting",
    "car": "motor vehicle",
    "cars": "motor vehicle",
    "bike": "pedal cycle",
    "bikes": "pedal cycle",
    "shops": "businesses retailers",
    "pubs": "licensed premises night time economy",
    "clubs": "licensed premises night time economy",
    "age": "aged",
    "old": "aged",
}
# Conversational filler that says nothing about what is asked.
FILLER = frozenset(
    """u ur ya like even thing things stuff anything anywhere anyone someone somebody somewhere guy
    guys bloke keep keeps kept get gets getting got really actually just also still ever think
    reckon ok okay please thanks thank hi hello care bother bothered lot lots bit kind sort""".split()
)
_WORD = re.compile(r"[a-z][a-z-]*")


def plan_words(question: str) -> str:
    """Plan vocabulary for the plain words in a question ("" when there are none)."""
    found = [PLAIN_TO_PLAN[word] for word in _WORD.findall(question.lower()) if word in PLAIN_TO_PLAN]
    return " ".join(dict.fromkeys(found))
