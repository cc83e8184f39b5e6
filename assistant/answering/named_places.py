"""Questions that ask which particular places or businesses, by name: "which mosques got it?", "name the
secondary schools", "what street or building?", "which provider won the contract?".

A plan often says that something went to "mosques" or "12 secondary schools" without naming one. Evidence
answers such a question only when it names one: a capitalised name the question does not already say (a
council's name, a month or the first word of a sentence names nothing asked).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.metadata import MONTHS

# kinds of particular places a plan may or may not name ...
_PLACES = (
    r"schools?|mosques?|masjids?|churches|church|temples?|synagogues?|gurdwaras?|bars?|pubs?|nightclubs?|"
    r"shops?|stores?|premises|streets?|roads?|parks?|estates?|venues?|buildings?|locations?|sites?|"
    r"wards?|hotspots?|gyms?|caf(?:e|é)s?|restaurants?|takeaways?|hotels?|librar(?:y|ies)|hospitals?|"
    r"pharmac(?:y|ies)|supermarkets?"
)
# ... and the words a place's name ends with ("Mill Lane", "Hillside Academy", "Market Square")
_PLACE_ENDS = (
    rf"{_PLACES}|lanes?|avenues?|ways?|closes?|squares?|places?|parades?|hills?|greens?|cent(?:re|er)s?|houses?|"
    r"halls?|markets?|broadway|rows?|gardens|terraces?|courts?|crescents?|drives?|groves?|walks?|academy|college|"
    r"primary|mosque|arms|inn"
)
# ... and of businesses and clubs, whose name a plan gives anywhere in the sentence ("... delivered by Refuge",
# "Millwall FC"), often in words of its own ("London Community Rehabilitation Company")
_BUSINESSES = r"compan(?:y|ies)|firms?|providers?|contractors?|clubs?"
_BUSINESS_ENDS = r"company|companies|limited|ltd|trust|group|services|foundation|charity|association|club|fc|cic"
_KINDS = f"{_PLACES}|{_BUSINESSES}"
# up to two words between "which" and the kind, none of them asking for a share of it, a verb or a preposition
# ("what share of stores ...?", "over which years were street ...?", "what about in schools?")
_BETWEEN = (
    r"(?:(?!(?:of|is|are|was|were|do|does|did|has|have|had|will|can|about|in|at|on|for|to|with|from|by)\b)"
    r"[\w'’-]+\s+){0,2}?"
)
# the kind said as what names another thing ("which schools approach", "which shops scheme")
_KIND_AS_ADJECTIVE = (
    r"(?!\s+(?:approach|programme|work|policy|strategy|scheme|project|team|officers?|lessons?|course|curriculum|"
    r"sessions?|network|charter|watch|pledge|initiative)\b)"
)
NAMES_ASKED = re.compile(
    rf"(?<!\bknow\s)(?<!\btell\s)(?<!\bspot\s)(?<!\bsee\s)(?<!\bidentify\s)(?<!\brecognise\s)"
    rf"\b(?:which|what)\s+{_BETWEEN}(?P<a>{_KINDS})\b{_KIND_AS_ADJECTIVE}|"
    rf"\bnames?\s+(?:of\s+)?the\s+(?:[\w'’-]+\s+){{0,3}}?(?P<b>{_KINDS})\b{_KIND_AS_ADJECTIVE}|"
    rf"\b(?:list|name)s?\s+which\s+{_BETWEEN}(?P<c>{_KINDS})\b{_KIND_AS_ADJECTIVE}|"
    r"\bwhere\s+(?:are|is|were|was)\b[^?]*\b(?P<d>located)\b",
    re.I,
)
# "what kind of premises?" asks a kind, not a name
_A_KIND_ASKED = re.compile(rf"\b(?:what|which)\s+(?:kinds?|sorts?|types?)\s+of\s+(?:{_KINDS})\b", re.I)
_NAME = re.compile(r"(?<![.?!:;]\s)(?<!^)(?<!\|\s)\b[A-Z][\w'’&-]*[a-z][\w'’&-]*\b")
_NAMED_RUN = re.compile(
    r"\b[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|the|and))*\s+(?P<kind>[A-Z][A-Za-z]+)\b(?!\s+[A-Z])"
)
_NEAR = 3  # words between a kind word and a name said beside it ("mosques such as Baitul Aman")
_NOT_NAMES = frozenset(
    [
        *MONTHS,
        *[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "council",
            "borough",
            "london",
            "police",
            "partnership",
            "plan",
            "strategy",
            "government",
            "english",
        ],
    ]
)


def kind_asked(question: str) -> str | None:
    """The kind of particular place or business a question asks for by name ("mosques", "provider"; "located"
    for where something is), or None when it asks no names."""
    found = NAMES_ASKED.search(question)
    if found is None or _A_KIND_ASKED.search(question):
        return None
    return next(kind for kind in found.groups() if kind).lower()


def names_asked(question: str) -> bool:
    """Whether a question asks which particular places or businesses, by name."""
    return kind_asked(question) is not None


def names_one(quote: str, question: str, councils: Iterable[str] = (), common: Iterable[str] = ()) -> bool:
    """Whether a quote names a place or business of the kind the question asks for, that the question does not
    already name: a business by a name anywhere in it; a place by a name beside its kind ("Bermondsey Street",
    "schools such as Hillside"). A name is a capitalised word that is not one of the `common` words (those the
    plans write in lower case elsewhere: "Heads", "Hub"), nor a council's."""
    kind = kind_asked(question)
    if kind is None:
        return True
    said = {_singular(word) for word in re.findall(r"[\w'’&-]+", question.lower())}
    said |= {_singular(word) for council in councils for word in council.lower().split()}
    skipped = {*_NOT_NAMES, *common}

    def new_name(word: str) -> bool:
        return word.lower() not in skipped and _singular(word.lower()) not in said

    names = [found for found in _NAME.finditer(quote) if new_name(found.group(0))]
    if re.fullmatch(_BUSINESSES, kind) or kind == "located":
        named_business = any(
            re.fullmatch(_BUSINESS_ENDS, run["kind"], re.I)
            and any(_singular(word.lower()) not in said for word in run.group(0).split())
            for run in _NAMED_RUN.finditer(quote)
        )
        return bool(names) or named_business
    # a place: a run of capitalised words ending in a word of its kind, with a word the question does not say
    for run in _NAMED_RUN.finditer(quote):
        if (
            re.fullmatch(_PLACE_ENDS, run["kind"], re.I)
            and _fits(run["kind"], kind)
            and any(_singular(word.lower()) not in said for word in run.group(0).split()[:-1] if word[:1].isupper())
        ):
            return True
    # ... or a name within a few words of a word of its kind, written as a common noun ("mosques such as ...")
    words = [(m.start(), m.group(0)) for m in re.finditer(r"[\w'’&-]+", quote)]
    kinds = [
        i for i, (_, word) in enumerate(words) if word.islower() and re.fullmatch(_PLACES, word) and _fits(word, kind)
    ]
    starts = {found.start() for found in names}
    return any(words[j][0] in starts for i in kinds for j in range(max(0, i - _NEAR), min(len(words), i + _NEAR + 1)))


# Kinds one of which a name of another stands for ("which pubs?": "the Crown Inn"; "which streets?": "Mill Lane")
_KIND_GROUPS = (
    frozenset({"school", "academy", "college", "primary", "nursery"}),
    frozenset({"mosque", "masjid", "church", "temple", "synagogue", "gurdwara"}),
    frozenset({"bar", "pub", "nightclub", "inn", "arm"}),
    frozenset({"shop", "store", "supermarket", "pharmacy"}),
    frozenset({"cafe", "café", "restaurant", "takeaway"}),
    frozenset(
        {"street", "road", "lane", "avenue", "way", "close", "square", "parade", "hill", "green", "broadway"}
        | {"row", "garden", "terrace", "court", "crescent", "drive", "grove", "walk"}
    ),
    frozenset({"park", "garden", "green"}),
)
# ... and kinds that say no sort of place: a name beside one of them may be a place of any kind, and a name of
# any kind is one of them ("which venues?": "the Crown Inn"), or of a ward or hotspot ("Camberwell Green")
_ANY_KIND = frozenset(
    {"premise", "venue", "building", "location", "site", "place", "centre", "center", "house", "hall", "market"}
)
_ANY_KIND_ASKED = _ANY_KIND | {"ward", "hotspot", "located"}


def _kind(word: str) -> str:
    """A kind word in the singular ("libraries": "library", "churches": "church")."""
    word = word.lower()
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _fits(said: str, asked: str) -> bool:
    """Whether a place named with the kind word `said` is of the kind a question asks for ("Mill Lane" is a street,
    not a gym: "which gyms?" is not answered by the wards a plan names)."""
    said, asked = _kind(said), _kind(asked)
    if said == asked or said in _ANY_KIND or asked in _ANY_KIND_ASKED:
        return True
    return any(said in group and asked in group for group in _KIND_GROUPS)


def _singular(word: str) -> str:
    """A word without its possessive ("Charter's": "Charter") or plural ending."""
    word = re.sub(r"['’]s?$", "", word)
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
