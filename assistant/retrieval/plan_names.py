"""How questions name the plans: councils by their initials ("LBTH", "RBKC"), plans by the initials of their
titles ("the SLP"), and plans by their kind, years and date ("the 2017-2020 plan", "the February 2023 scrutiny
paper"). Learnt from the indexed plans' own metadata and words, never from a list of councils; a London borough's
places the plans do not write come from `localities`."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from assistant.retrieval.localities import locality_councils
from assistant.retrieval.terms import STOPWORDS
from ingest.councils import council_pattern
from ingest.documents import Chunk, PlanMetadata

# Words a council's title runs between, not said in its initials ("Kensington and Chelsea": "KC")
_LINKS = frozenset({"and", "of", "upon", "on", "the", "for", "in", "&"})
# How councils are styled before their names ("London Borough of Sutton": "LBS")
_STYLES = ("LB", "RB")
# The nouns a plan's title names a body or a document by: a run of the title up to one of them has initials
_TITLE_NOUNS = frozenset({"plan", "strategy", "partnership", "board", "council", "assessment", "report", "review"})

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|" + (
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEARS = r"(?:19|20)\d{2}(?:\s*(?:[/–-]|to)\s*(?:(?:19|20)\d{2}|\d{2})(?!\d))?"
# The kinds of document a question names a plan by, and what the plans' types and titles call them
_KINDS: dict[str, tuple[str, ...]] = {
    "plan": ("plan",),
    "plans": ("plan",),
    "strategy": ("strateg",),
    "scrutiny": ("scrutiny",),
    "report": ("report",),
    "assessment": ("assessment",),
    "review": ("review",),
    "paper": (),  # names a document, of no kind in particular
    "document": (),
}
# Kinds of document that say which one without its years ("the scrutiny report"); "the plan" or "the
# strategy" alone is any plan's
_OWN_KINDS = re.compile(r"\b(?:scrutiny|assessment|review)\b", re.I)
# Words between "the" and the document's kind that say which document it is
_MODIFIER = (
    rf"(?:{_YEARS}|{_MONTH}|community|safety|safer|partnership|csp|annual|scrutiny|overview|cabinet|committee|"
    r"strategic|borough|council|crime|reduction|published|original|earlier|later|older|newer|latest|current|old|"
    r"oldest|earliest|previous|former|new|newest|recent|most recent)"
)
# Words that date a document against the council's others: "Southwark's older plan", "the latest report"
_AGE = re.compile(
    r"\b(?P<old>old|older|oldest|earlier|earliest|previous|original|former)\b|"
    r"\b(?P<new>new|newer|newest|later|latest|current|recent|most recent)\b",
    re.I,
)
# How a question dates a document after naming its kind ("the strategy written in December 2020", "the plan
# published in 2017")
_DATING = r"written|published|dated|authored|adopted|agreed|approved|issued|produced|drafted|launched"
# "the February 2023 scrutiny paper", "the 2017-2020 plan", "the plan for 2017 to 2021", "Sutton's 2021-24 strategy",
# "the council's 2023 report"
_NAMING = re.compile(
    rf"(?:^\W*|\b(?P<the>the|this|that|its|their)|['’]s?)\s*(?P<said>(?:{_MODIFIER}(?:['’]s)?[\s,]+){{0,5}}"
    r"(?P<kind>plans?|strategy|scrutiny(?:\s+(?:report|paper|document))?|report|paper|document|assessment|review)"
    rf"(?:\s+(?:(?:{_DATING})\s+)?(?:for|covering|of|from|in|on|dated)\s+(?:{_MONTH}\s+)?{_YEARS})?)\b",
    re.I,
)
_YEAR_SAID = re.compile(r"\b(?P<start>(?:19|20)\d{2})(?:\s*(?:[/–-]|to)\s*(?P<end>(?:19|20)\d{2}|\d{2})(?!\d))?", re.I)
_MONTH_SAID = re.compile(rf"\b{_MONTH}\b", re.I)


@dataclass(frozen=True)
class PlanNamed:
    """A plan a question names by description, and the words that name it."""

    source: str
    council: str
    said: str  # "February 2023 scrutiny paper"


@dataclass(frozen=True)
class PlanNames:
    """The names the indexed plans go by, beyond their councils' names."""

    plans: tuple[PlanMetadata, ...] = ()
    initials: dict[str, str] = field(default_factory=dict)  # "LBTH": "Tower Hamlets"; "SLP": "Safer Lewisham Plan"
    # the meeting a paper went to, as its first page names it and no other plan does: words -> source
    meetings: dict[str, str] = field(default_factory=dict)
    # the names of people and places only one council's plans write ("Peckham", "Begum"): word -> council
    proper: dict[str, str] = field(default_factory=dict)
    written: frozenset[str] = frozenset()  # every word the plans write, in lower case

    @classmethod
    def of(cls, chunks: Iterable[Chunk], acronyms: dict[str, str] | None = None) -> PlanNames:
        """The names of the plans the chunks come from. Initials that two councils could share ("LBS": Sutton
        or Southwark) name the council whose plans use them; initials a plan spells out as something else
        ("SSPB": a board), or another council's plans use, stay what the plans say they are."""
        plans: dict[str, PlanMetadata] = {}
        used: dict[str, set[str]] = {}  # initials -> councils whose plans write them
        candidates: dict[str, dict[str, str]] = {}  # initials -> council -> what they stand for
        texts: dict[str, list[str]] = {}
        first: dict[str, Chunk] = {}  # each plan's first passage: its cover
        for chunk in chunks:
            plans.setdefault(chunk.metadata.source, chunk.metadata)
            texts.setdefault(chunk.metadata.council, []).append(chunk.text)
            if chunk.metadata.source not in first or chunk.ordinal < first[chunk.metadata.source].ordinal:
                first[chunk.metadata.source] = chunk
        for meta in plans.values():
            if not meta.council:
                continue
            for letters, stands_for in _initials_of(meta):
                candidates.setdefault(letters, {}).setdefault(meta.council, stands_for)
        for council, own in texts.items():
            joined = "\n".join(own)
            for letters in candidates:
                if re.search(rf"\b{letters}\b", joined):
                    used.setdefault(letters, set()).add(council)
        initials: dict[str, str] = {}
        for letters, by_council in sorted(candidates.items()):
            if acronyms and letters in acronyms or letters.lower() in STOPWORDS:
                continue
            councils = set(by_council)
            if used.get(letters, set()) - councils:
                continue  # another council's plans write them: they stand for something else ("GP", "UK")
            if len(councils) > 1:
                councils &= used.get(letters, set())
            if len(councils) == 1:
                initials[letters] = by_council[councils.pop()]
        return cls(
            plans=tuple(sorted(plans.values(), key=lambda meta: meta.source)),
            initials=initials,
            meetings=_meetings(first, texts),
            # ... and the places of a London borough no plan writes ("Cheam"): the borough's, when it has plans here
            proper={**locality_councils(set(texts)), **_proper_names(texts)},
            written=frozenset(word.lower() for own in texts.values() for text in own for word in _WORD.findall(text)),
        )

    def names_said(self, text: str) -> dict[str, str]:
        """The names of people or places a text says that only one council's plans write, each with that
        council ("my son in Peckham": Peckham -> its council; "the plan Asma Begum led": Asma, Begum -> theirs).
        A sentence's first word is not read as a name."""
        said = [
            word
            for match in _NAME_SAID.finditer(text)
            for word in (match.group("place") or match.group("owner") or match.group("maker")).split()
        ]
        said += self.describers(text)
        return {word: self.proper[word] for word in said if word in self.proper}

    def describers(self, text: str) -> list[str]:
        """The names of places a text describes a document by ("the Carshalton, Cheam and Wallington strategy",
        "the Peckham plan") that only one council's plans write (which council's document), or no plan writes:
        they say which document, not what is asked about."""
        return [
            word
            for match in _DESCRIBED.finditer(text)
            for word in re.findall(r"[A-Z][a-z]{2,}", match.group("described"))
            if word in self.proper or word.lower() not in self.written
        ]

    def places_said(self, text: str) -> frozenset[str]:
        """The words of places a text says where something is ("around Nunhead", "the plan covering Elephant
        and Castle"), in lower case: they say where, not what is asked about. Each is a name only one council's
        plans write (so, which council's plans), or a place no plan names ("in Bethnal Green"): said as a name
        of two words or more, or after a word that only places take ("covering", "near"), for a single word
        after "in" is as often a language or a format ("in Bengali", "in Braille"); never after "around", which
        is as often said of a time ("around Bonfire Night")."""
        found: set[str] = set()
        for match in _PLACE_SAID.finditer(text):
            said = re.findall(r"[A-Z][a-z]{2,}", match.group("place") or match.group("place2") or match.group("place3"))
            where = (match.group("where") or match.group("where2") or match.group("where3")).lower()
            placed = (len(said) > 1 or where not in _NOT_ONLY_PLACES) and where not in _ALSO_TIMES
            found.update(
                word.lower() for word in said if word in self.proper or (placed and word.lower() not in self.written)
            )
        return frozenset(found)

    def makers(self, text: str) -> frozenset[str]:
        """The names of people a text says made a document, that only one council's plans write ("Caroline
        Thwaites' report", "the plan Denise Radley presented"): they say which document, not what is asked."""
        found: set[str] = set()
        for match in _NAME_SAID.finditer(text):
            name = match.group("maker") or match.group("owner") or match.group("place")  # ("in Glenn Phillips' plan")
            if (
                name
                and (match.group("maker") or _OWNS_DOCUMENT.match(text, match.end()))
                and any(word in self.proper for word in name.split())
            ):
                found.update(name.split())
        return frozenset(found)

    @cached_property
    def _initials_pattern(self) -> re.Pattern[str] | None:
        if not self.initials:
            return None
        alternatives = "|".join(sorted(map(re.escape, self.initials), key=len, reverse=True))
        return re.compile(rf"\b({alternatives})(?=\b|['’]s\b)")

    def spell_out(self, text: str) -> tuple[str, dict[str, str]]:
        """The text with the initials of councils and plans said in full ("LBTH's survey": "Tower Hamlets's
        survey"), and the initials spelled out."""
        pattern = self._initials_pattern
        if pattern is None:
            return text, {}
        spelled: dict[str, str] = {}

        def full(match: re.Match[str]) -> str:
            spelled[match.group(1)] = self.initials[match.group(1)]
            return self.initials[match.group(1)]

        return pattern.sub(full, text), spelled

    def named(self, text: str, councils: Sequence[str]) -> tuple[PlanNamed, ...]:
        """The plans the text names by their kind, years or date, each one plan of the councils named (of any
        council when none is): "the 2017-2020 plan" is the plan for exactly those years, "the February 2023
        scrutiny paper" the scrutiny report dated then. A description more than one plan fits names none."""
        found: dict[str, PlanNamed] = {}
        said = _plain(text)
        for meeting, source in self.meetings.items():  # "per the Housing and Community Safety Scrutiny Commission"
            plan = next(meta for meta in self.plans if meta.source == source)
            if re.search(rf"\b{re.escape(meeting)}\b", said) and (not councils or plan.council in councils):
                found[source] = PlanNamed(source, plan.council, meeting)
        # "the old Southwark plan", "the Southwark 2017-2020 plan": the council says which council, not which plan
        for match in _NAMING.finditer(self._without_councils(text)):
            plan = self._described(match, councils)
            if plan is not None and plan.source not in found:
                found[plan.source] = PlanNamed(plan.source, plan.council, match.group("said"))
        return tuple(found.values())

    def _without_councils(self, text: str) -> str:
        """The text with the names of the plans' councils taken out."""
        names = sorted({meta.council for meta in self.plans if meta.council}, key=len, reverse=True)
        if not names:
            return text
        return re.sub(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b(?!['’])", " ", text)

    def _described(self, match: re.Match[str], councils: Sequence[str]) -> PlanMetadata | None:
        plans = [meta for meta in self.plans if not councils or meta.council in councils]
        said = match.group("said")
        # ... dated against the council's other plans ("Southwark's older plan"), when a council is named
        age = _AGE.search(said) if councils and len({meta.council for meta in plans}) == 1 else None
        if not (_YEAR_SAID.search(said) or _MONTH_SAID.search(said) or _OWN_KINDS.search(said) or age):
            return None  # "the strategy for tackling knife crime" is what a plan does, not which plan
        narrowed = False
        for test in _tests(said):
            fitting = [meta for meta in plans if test(meta)]
            if fitting and len(fitting) < len(plans):
                plans, narrowed = fitting, True
        if age and len(plans) > 1:
            return _of_age(plans, newest=bool(age.group("new")))
        return plans[0] if narrowed and len(plans) == 1 else None


# A meeting a paper goes to, as its cover names it ("Meeting Name: Housing and Community Safety Scrutiny Commission")
_MEETING = re.compile(r"\b[A-Z][\w'’]*(?:\s+(?:[A-Z][\w'’]*|and|&|of|for|the))*?\s+(?i:commission|committee)\b")
_MEETING_WORDS = 3  # fewer words name no one meeting ("the Committee", "Scrutiny Committee")


def _meetings(first: dict[str, Chunk], texts: dict[str, list[str]]) -> dict[str, str]:
    """The meetings each plan's cover names that no other council's plans name, as plain words -> source."""
    found: dict[str, set[str]] = {}
    for source, chunk in first.items():
        for match in _MEETING.finditer(chunk.text):
            words = _plain(match.group(0)).split()
            while words and (words[0] in STOPWORDS or words[0] in {"meeting", "name"}):
                words = words[1:]  # "Meeting of the OVERVIEW & SCRUTINY COMMITTEE": the committee
            if len(words) >= _MEETING_WORDS:
                found.setdefault(" ".join(words), set()).add(source)
    meetings: dict[str, str] = {}
    for meeting, sources in found.items():
        if len(sources) != 1:
            continue
        (source,) = sources
        council = first[source].metadata.council
        pattern = re.compile(rf"\b{re.escape(meeting)}\b")
        if not any(pattern.search(_plain("\n".join(own))) for other, own in texts.items() if other != council):
            meetings[meeting] = source
    return meetings


# A name as a plan writes it inside a sentence (after a word in lower case or a comma), not a sentence's first word
_NAME_IN_SENTENCE = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]{2,}\b")
# ... and as a question says a place or a person: after "in", "near", "by" ... ("my son in Peckham", "near Lee
# Green"), or owning something ("Glenn Phillips' strategy", "the Asma Begum-led plan"); not a name in a title
# ("the Crime and Disorder Act")
_NAME_RUN = r"[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})*"
# ... or, wherever it stands, as who made a document ("Joe Mutter co-wrote the strategy", "Asma Begum's plan")
_MADE = r"(?:co-?)?(?:wrote|authored|drafted|presented|signed|introduced|prepared|produced|compiled|chaired|led)"
_DOCUMENT = r"(?:plans?|strateg(?:y|ies)|reports?|papers?|documents?|forewords?)"
_OWNS_DOCUMENT = re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?{_DOCUMENT}\b")
_NAME_SAID = re.compile(
    rf"\b(?:in|at|near|around|round|from|outside|off|across|by|with)\s+(?P<place>{_NAME_RUN})"
    rf"|(?<=[\w,;'’] )(?P<owner>{_NAME_RUN})(?=['’]s?\s|['’]s?$|-led\b)"
    rf"|(?<![\w'’-])(?P<maker>{_NAME_RUN})(?=\s+{_MADE}\b|['’]s?\s+(?:[\w-]+\s+)?{_DOCUMENT}\b)"
)

# ... and as a question describes a document by its places: "the Carshalton, Cheam and Wallington strategy"
_DESCRIBED = re.compile(
    rf"(?<=\bthe )(?P<described>{_NAME_RUN}(?:(?:,\s*|\s+and\s+|\s+&\s+){_NAME_RUN})*)"
    rf"(?=['’]?s?\s+(?:[\w-]+\s+){{0,3}}?{_DOCUMENT}\b)"
)
# ... and as a question says where something happens: "around Nunhead", "covering Elephant and Castle", "in Lee
# Green" (not "with Inspire" or "for Street Pastors": who or what, which may be what is asked about)
_PLACE_SAID = re.compile(
    rf"\b(?P<where>in|at|near|around|round|across|covering|outside|throughout|off)\s+"
    rf"(?P<place>{_NAME_RUN}(?:\s+(?:and|&)\s+{_NAME_RUN})*)|"
    # the body or area a place names: "the partnership for Bow and Mile End", "the council serving Cheam"
    rf"\b(?:council|partnership|borough|authority|area)\s+(?P<where2>for|serving|covering)\s+"
    rf"(?P<place2>{_NAME_RUN}(?:\s*(?:,|and|&)\s+{_NAME_RUN})*)|"
    # ... or said before it: "the Poplar and Bow borough", "Carshalton, Cheam and Wallington's partnership"
    rf"(?P<place3>{_NAME_RUN}(?:\s*(?:,|and|&)\s+{_NAME_RUN})+)(?:['’]s?)?\s+"
    rf"(?P<where3>borough|partnership|area|patch)\b"
)
_NOT_ONLY_PLACES = frozenset({"in", "at", "off", "outside"})
_ALSO_TIMES = frozenset({"around", "round"})  # "around Bonfire Night": a time, or a place no plan names
_WORD = re.compile(r"[A-Za-z]{3,}")

_ADDRESSES = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+", re.I)


def _proper_names(texts: dict[str, list[str]]) -> dict[str, str]:
    """The names of people and places one council's plans write and no other's (word -> council): words
    written with a capital inside a sentence, never in lower case in any plan ("Peckham", not "Safety")."""
    lower: set[str] = set()
    named: dict[str, set[str]] = {}
    for council, own in texts.items():
        joined = "\n".join(own)
        lower.update(re.findall(r"\b[a-z]{3,}\b", _ADDRESSES.sub(" ", joined)))  # not "caroline.thwaites@..."
        for word in _NAME_IN_SENTENCE.findall(joined):
            named.setdefault(word, set()).add(council)
    return {
        word: next(iter(councils))
        for word, councils in named.items()
        if len(councils) == 1
        and word.lower() not in lower
        and word.lower() not in STOPWORDS
        and word[:3].lower() not in _MONTHS
    }


def _plain(text: str) -> str:
    """Lower case, with "&" said as "and" and runs of spaces as one."""
    return re.sub(r"\s+", " ", text.replace("&", " and ").lower())


def _tests(said: str) -> list[Callable[[PlanMetadata], bool]]:
    """What a description says of its plan, most telling first: exact years, then years covered, then the
    month, then the kind of document."""
    tests: list[Callable[[PlanMetadata], bool]] = []
    for year in _YEAR_SAID.finditer(said):
        start = int(year.group("start"))
        end = _full_year(start, year.group("end")) if year.group("end") else None
        if end is not None:
            tests.append(lambda meta, s=start, e=end: (meta.period_start, meta.period_end) == (s, e))
            tests.append(lambda meta, s=start, e=end: _covers(meta, s) and _covers(meta, e))
        else:
            tests.append(lambda meta, y=start: _covers(meta, y) or _dated(meta, y))
    for month in _MONTH_SAID.finditer(said):
        number = _MONTHS.index(month.group(0)[:3].lower()) + 1
        tests.append(lambda meta, m=number: bool(meta.date) and meta.date[5:7] == f"{m:02d}")
    for word in re.findall(r"[a-z]+", said.lower()):
        stems = _KINDS.get(word)
        if stems:
            tests.append(lambda meta, s=stems: any(stem in f"{meta.doc_type} {meta.title}".lower() for stem in s))
    return tests


def _of_age(plans: Sequence[PlanMetadata], newest: bool) -> PlanMetadata | None:
    """The newest (or oldest) of a council's plans by the year each starts or is dated; None when two share it or
    one has no year."""
    dated = [(meta.period_start or (int(meta.date[:4]) if meta.date else 0), meta) for meta in plans]
    if any(not year for year, _ in dated):
        return None
    dated.sort(key=lambda pair: pair[0], reverse=newest)
    return dated[0][1] if dated[0][0] != dated[1][0] else None


def _full_year(start: int, end: str) -> int | None:
    full = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    return full if start <= full <= start + 10 else None


def _covers(meta: PlanMetadata, year: int) -> bool:
    return meta.period_start is not None and meta.period_start <= year <= (meta.period_end or meta.period_start)


def _dated(meta: PlanMetadata, year: int) -> bool:
    return bool(meta.date) and meta.date[:4] == str(year)


def _initials_of(meta: PlanMetadata) -> list[tuple[str, str]]:
    """The initials a council and its plan go by, with what they stand for: the council's name ("TH"), styled
    as a borough ("LBTH", "RBKC"), and each run of the plan's title that names the council and ends in a noun
    naming a body or document ("Safer Lewisham Plan": "SLP"; "Safer Sutton Partnership": "SSP")."""
    named = [word for word in meta.council.split() if word.lower() not in _LINKS]
    letters = "".join(word[0].upper() for word in named)
    found = [(style + letters, meta.council) for style in _STYLES]
    if len(letters) >= 2:
        found.append((letters, meta.council))
    title = re.sub(r"\([^)]*\)|\b(?:19|20)\d{2}\S*", " ", meta.title)
    title_words = re.findall(r"[A-Za-z][\w'’]*", title)
    place = council_pattern(meta.council).search(" ".join(title_words))
    if place is None:
        return found
    start_at = len(re.findall(r"[A-Za-z][\w'’]*", " ".join(title_words)[: place.start()]))
    first = start_at
    while first > 0 and title_words[first - 1][0].isupper() and title_words[first - 1].lower() != "the":
        first -= 1
    for begin in range(first, start_at + 1):
        for end in range(start_at + len(meta.council.split()), len(title_words)):
            if title_words[end].lower() not in _TITLE_NOUNS:
                continue
            run = title_words[begin : end + 1]
            said = [word for word in run if word.lower() not in _LINKS]
            if len(said) >= 3:
                found.append(("".join(word[0].upper() for word in said), " ".join(run)))
    return found
