"""Compound questions: two questions in one message, each answered ("how much, and net of what?")."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.question import NAMED_NUMBER, Question, asks_something, without_years
from assistant.answering.years import dated_only
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.terms import terms
from ingest.councils import UK_COUNCILS, councils_in

_AUXILIARY = r"is|are|was|were|does|do|did|has|have|will|would|can|could|should"
_DETERMINER = r"(?:the|a|an|this|that|these|those|its|their|our|his|her|my|your)\b"  # "what the council does": a clause
# A second question starts with a question word that asks (not "what the council does", a clause):
# "who", "how", ... or "what" followed by a verb, or by a noun or two and a verb ("what proportion didn't ...",
# "what offences-per-individual figure does ...").
_ASKING = (
    rf"who|whom|which|when|where|why|how|what(?:'s|\s+(?:(?!{_DETERMINER})[\w-]+\s+){{0,3}}(?:{_AUXILIARY}|didn't|did|about|else)\b|"
    r"\s+(?:percentage|proportion|share|number|amount|figure|rate|target)\b)"  # "..., and what share started ...?"
)
# "... and under which priority does it sit?", "... and in how many venues?": a question word after a preposition
_PREPOSITION = r"under|in|within|for|by|from|with|to|on|at|of|into"
# "...? And who chairs it?", "how much was spent, and what was it net of?", "what is X and who owns it";
# after a comma also a yes/no question ("..., and is it working?")
_SPLIT = re.compile(
    rf"\?\s+(?=\S)|[,;]?\s+(?:and|but|also|plus)\s+(?=(?:also\s+)?(?:{_ASKING})\b)|"
    rf"[,;]?\s+(?:and|but)\s+(?=(?:{_PREPOSITION})\s+(?:which|what|whom|how (?:many|much|long|often))\b)|"
    rf"[,;]\s+(?:and|but)\s+(?=(?:{_AUXILIARY})\b)|"
    # "..., and what interventions followed?": "what" and a few words asking to the end of the message (not
    # "..., and what tag?", one question of two things)
    rf"[,;]\s+(?:and|but)\s+(?=what\s+(?!{_DETERMINER})[\w'’-]+(?:\s+[\w'’-]+){{1,8}}\s*\?\s*$)|"
    # "..., and according to its survey what would make residents feel safer?": a phrase setting where to look
    rf"[,;]\s+(?:and|but)\s+(?=(?:according to|going by|judging by|in|for|from|under|within|among|on)\s+"
    rf"(?:[\w'’/-]+\s+){{1,4}}?,?\s*(?:{_ASKING})\b)",
    re.I,
)
# "X got an order with which body, whereas Y wants how many?": a contrast whose clauses each ask in place (not "X names
# a team, while Y wants what?", which tells, then asks)
_CONTRAST = re.compile(r"[,;]\s+(?:whereas|while|whilst)\s+", re.I)
_ASKS_IN_PLACE = re.compile(r"\b(?:what|which|who|whom|how\s+(?:many|much|long|often))\b", re.I)
# "...and net of what?": a second question that asks with its last word
_TRAILING = re.compile(r",\s+and\s+(?=[^,?]*\b(?:what|who|which|when|where|why|how)\s*\?\s*$)", re.I)
_MIN_WORDS = 3
# "the Refuge service began on what date, and the target runs up to which year?": two statements, each asking with a
# question word inside it, the second opening with its own subject
_IN_PLACE = r"\b(?:what|which|how\s+(?:many|much|long|often))\b"
_IN_PLACE_PAIR = re.compile(
    rf"^(?P<first>[^,;?]*?{_IN_PLACE}[^,;?]*?),?\s+and\s+(?P<second>(?:the|its|their|this|that)\s+[^,;?]*?{_IN_PLACE}"
    r"[^,;?]*\?)\s*$",
    re.I,
)
# An item's number said without what it numbers ("what does 3.4 offer?"): not a figure ("3.4%", "£3.4m")
_BARE_NUMBER = re.compile(r"(?<![\w.£$€])\d{1,2}\.\d{1,2}(?![\d%]|\.\d|\s*(?:%|per\s*cent|million|m\b|bn\b|k\b))", re.I)
# "... rows for objectives, focus and what else?": the rest of the rows or columns the message lists; one question
# (a list of things asked to go on, "communication, engagement, and what else?", is asked, then continued)
_LAYOUT_SAID = re.compile(r"\b(?:tables?|grids?|rows?|columns?)\b", re.I)
_WHAT_ELSE = re.compile(
    r"^[^?]*,(?:(?!\b(?:which|what|who|whom|when|where|why|how)\b)[^,;?])+,?\s+and\s+what\s+else\s*\?\s*$", re.I
)
# "..., and when?": a question word alone at the end
_BARE = re.compile(r"(?<=[^?\s]),?\s+and\s+(when|where|why|how|who|by whom)\s*\?\s*$", re.I)
# "..., and on what page?", "... and its page?": the page of what the question names, which the contents line that
# names it gives with it; one question
_ITS_PAGE = re.compile(
    r",?\s+and\s+(?:(?:on|at)\s+)?(?:(?:what|which)\s+page(?:\s+number)?|(?:its|the)\s+page(?:\s+number)?)"
    r"(?:\s+(?:is\s+it|does\s+it\s+\w+)(?:\s+on)?)?\s*\?\s*$",
    re.I,
)
# a contents page asked what is listed next to a line it names: "what page does X start on, and what comes after
# it?" asks one line and its neighbour
_CONTENTS_NEIGHBOUR = re.compile(
    r"\b(?:contents|pages?)\b[^?]*,?\s+and\s+(?:what|which)(?:'s|\s+\w+)?\s+(?:\w+\s+)?(?:after|follows?|next|before|precedes?)"
    r"\b(?:\s+(?:it|that|this))?\s*\?\s*$",
    re.I,
)
# A sentence after the last question mark that asks nothing ("... without giving my name? I'm in Lewisham"):
# it says where or who the asker is, for the question before it; one that asks or tells to do is a question.
_LAST_SENTENCE = re.compile(r"(?<=\?)\s+([^?]+?)[.!]*\s*$")
_OPENS_ASKING = re.compile(
    rf"^\W*(?:and\s+|but\s+|also\s+|so\s+|then\s+)?(?:{_ASKING}|what|{_AUXILIARY}|isn't|aren't|doesn't|don't|"
    r"tell|list|give|show|set out|name|describe|explain|compare|summari[sz]e|outline|say|please|any|anything|"
    r"is there|are there)\b",
    re.I,
)
# the question word (and auxiliary) a part opens with: what the bare question word replaces
# ("How many X does it hold, and where?": "where X does it hold?", not "where many X ...")
_LEADING_ASKING = re.compile(
    rf"^\s*(?:how\s+(?:many|much|long|often|far|big|large|old|soon|high)\b|{_ASKING})\s+(?:(?:{_AUXILIARY})\s+)?", re.I
)


# "the targets it attaches to its hate crime training and to the reach of its campaigns": one question asked of two
# things, the preposition said again before the second
_PARALLEL = re.compile(
    r"^(?P<stem>.*?\b(?P<prep>to|about|for|on)\s+)(?P<first>[^,;?]+?),?\s+and\s+(?P=prep)\s+(?P<second>[^,;?]+?)"
    r"(?P<end>[?.!]*)\s*$",
    re.I,
)


def parallel(text: str) -> list[str]:
    """The two questions a message asks when it asks one of two things each put after the same preposition."""
    found = _PARALLEL.match(text)
    if found is None or not all(re.search(r"[A-Za-z]{3}", found.group(side)) for side in ("first", "second")):
        return [text]
    end = found.group("end") or ""
    return [f"{found.group('stem')}{found.group('first')}{end}", f"{found.group('stem')}{found.group('second')}{end}"]


# "Give me two numbers from the report: venues in the scheme, and young people engaged by the hub.": a lead-in
# asking for several things (by their count, or "both"), then the things after a colon, named by phrases that ask
# nothing of their own
_ENUMERATED = re.compile(r"^(?P<lead>[^:?]{6,}?)\s*:\s+(?P<things>[^:?]+?)[?.!]*\s*$")
_SEVERAL = re.compile(r"\b(?:two|three|four|both|each|several|a few|a couple of)\b", re.I)
_THING_BREAK = re.compile(r"\s*;\s*(?:and\s+)?|,\s+(?:and\s+)?|\s+and\s+(?=(?:the|its|their|how|what)\b)", re.I)
_ASKS_ITSELF = re.compile(rf"\b(?:{_ASKING}|what)\b|\?|\b(?:{_AUXILIARY})\s+(?:it|they|there|this|these|those)\b", re.I)


_OF_THE_FIRST = re.compile(r",\s+and\s+(?:its|their)\s+\w", re.I)
_LISTED = 3  # things after a colon that are several asked, whatever the lead-in says
_ENUMERATED_ALONE = re.compile(r"^[^:]*:[^:]*,[^:]*,[^:]*$")  # ... listed with commas


def enumerated(text: str) -> list[str]:
    """The questions a message asks by naming, after a colon, each thing its lead-in asks for ("Give me two
    numbers from the report: venues in the scheme, and young people engaged by the hub"): each thing asked with
    the lead-in, the count dropped ("Give me numbers from the report: venues in the scheme"); [] when it is not
    such a message."""
    found = _ENUMERATED.match(text)
    if found is None or _ASKS_ITSELF.search(found.group("things")) or _OPENS_ASKING.match(found.group("things")):
        return []  # ... "Tenants ask: did complaints rise, per the 2017 plan, even while arrests fell?": one question
    things = [thing.strip(" ,") for thing in _THING_BREAK.split(found.group("things")) if thing.strip(" ,")]
    if not 2 <= len(things) <= 4:
        return []
    # the lead-in says it asks for several, or three things or more are listed ("The FGM seminar: partner
    # charity, date, attendance?"); two things a lead-in does not count may be one ("opening hours and age range")
    # ... or the second is said of what the first is of ("SAVU's caseload size, and its success rate")
    of_the_first = len(things) == 2 and _OF_THE_FIRST.search(found.group("things")) is not None
    if (
        not _SEVERAL.search(found.group("lead"))
        and not of_the_first
        and (len(things) < _LISTED or not _ENUMERATED_ALONE.search(text))
    ):
        return []
    if _SEVERAL.search(found.group("lead")) and any(len(thing.split()) < 2 for thing in things):
        return []
    lead = re.sub(r"\s+", " ", _SEVERAL.sub(" ", found.group("lead"))).strip()
    return [f"{lead}: {thing}?" for thing in things]


# "Behind the Blade and the FGM Engagement Project: what are their two-year totals in the fund table?": a label
# naming two things, then one question asked of them both ("their", "each", "both")
_PAIRED_TOPIC = re.compile(
    r"^\s*(?P<first>[^:?;,]{3,80}?)\s+(?:and|&)\s+(?P<second>[^:?;,]{3,80}?)\s*:\s+(?P<question>[^:]+)$", re.I
)
_OF_BOTH = re.compile(r"\b(?:their|they|them|each|both)\b", re.I)
_COMPARING = re.compile(r"\b(?:compare|comparison|differ\w*|versus|vs|same|similar|common|between)\b", re.I)
_PAIRED_WORDS = 10  # words each thing of the label may have


# "... Name the three principles that guide it, and the data source its assessment doesn't rely on alone.": a request
# for one thing, then (after ", and") for another, said as a noun phrase that asks nothing itself
_REQUESTED = re.compile(
    r"^(?P<before>(?:.*?[.!?]\s+)?)(?P<verb>(?:please\s+)?(?:name|list|give(?:\s+me)?|quote|tell\s+me|state|identify))"
    r"\s+(?P<first>[^,;?]{5,}?),\s+and\s+(?P<second>(?:the|its|their|his|her|which|what)\s+[^,;?]{5,}?)[.?!]?\s*$",
    re.I | re.S,
)


def requested(text: str) -> list[str]:
    """The two requests of "Name X, and Y." ("Name the three principles that guide it, and the data source ..."):
    "Name X." and "Name Y.", the story before them kept with the first; [] when it is not such a message."""
    found = _REQUESTED.match(text.strip())
    if found is None or _ASKS_ITSELF.search(found.group("second")):
        return []
    verb = found.group("verb")
    return [
        f"{found.group('before')}{verb} {found.group('first')}.",
        f"{verb[:1].upper()}{verb[1:]} {found.group('second')}.",
    ]


def paired(text: str) -> list[str]:
    """The questions a message asks of each of two things its label names ("A and B: what are their totals?"):
    "A: what are their totals?", "B: what are their totals?"; [] when it is not such a message, or when it
    compares the two, or names councils ("Lewisham and Sutton: what are their priorities?" is read plan by plan
    as one question)."""
    found = _PAIRED_TOPIC.match(text)
    if found is None or _COMPARING.search(text) or not _OF_BOTH.search(found.group("question")):
        return []
    things = [found.group("first").strip(), found.group("second").strip()]
    if any(_ASKS_ITSELF.search(thing) or len(thing.split()) > _PAIRED_WORDS for thing in things):
        return []
    if councils_in(found.group("first") + " " + found.group("second"), UK_COUNCILS):
        return []
    if not _OPENS_ASKING.match(found.group("question")):
        return []
    return [f"{thing}: {found.group('question').strip()}" for thing in things]


# "Who are Caroline Thwaites and Stephen Douglass?", "Ann Corbett and Asma Begum: what roles do they have?": one
# question asked of each of several people named by their full names
_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)"
_PERSON = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
_PEOPLE = re.compile(rf"(?<![\w'’])(?P<names>{_PERSON}(?:\s*,\s*{_PERSON})*\s*,?\s+(?:and|&)\s+{_PERSON})(?![\w'’])")
_ONE_PERSON = re.compile(_PERSON)
_ASKS_OF_PEOPLE = re.compile(
    r"\bwho\s+(?:are|were|is|was)\b|\b(?:roles?|jobs?|job[- ]?wise|titles?|positions?|posts?)\b|"
    r"\bwhat\s+do\s+(?:they|each)\s+do\b",
    re.I,
)
# capitalised words that name bodies, places and documents, not people ("Community Safety and Youth Services")
_BODY_WORDS = (
    "community safety partnership partnerships council borough plan strategy police service services board "
    "team unit group officer director report committee safer crime youth children health adults street "
    "streets london city hall department division scrutiny cabinet mayor the and of for lead member assistant "
    "corporate violence women girls domestic abuse hate young people victim victims public housing trading "
    "standards support national metropolitan office court courts probation"
)
_NOT_NAMES = frozenset(_BODY_WORDS.split())
_EACH_WORD = re.compile(r",?\s*\b(?:respectively|each|both)\b", re.I)


def people(text: str) -> list[str]:
    """The questions a message asks of each of several people it names in full ("Who are A and B,
    respectively?": "Who is A?", "Who is B?"); [] when it names no such people or does not ask about them."""
    found = _PEOPLE.search(text)
    if found is None or not _ASKS_OF_PEOPLE.search(text):
        return []
    names = _ONE_PERSON.findall(found.group("names"))
    if len(names) < 2 or any(word.lower() in _NOT_NAMES for name in names for word in name.split()):
        return []
    if any(name in councils_in(name, UK_COUNCILS) for name in names):  # "Tower Hamlets and ...": not "Lena Hart"
        return []
    before, after = text[: found.start()], _EACH_WORD.sub("", text[found.end() :])
    before = re.sub(r"\bwho\s+are\b", "who is", before, flags=re.I)
    before = re.sub(r"\bwho\s+were\b", "who was", before, flags=re.I)
    return [f"{before}{name}{after}" for name in names]


# "What's the difference between the monthly MARAC and the Community MARAC in the plan?": what each one is
_DIFFERENCE = re.compile(
    r"^(?P<before>.*?)\b(?:what(?:'s|’s|\s+is|\s+are)\s+)?(?:the\s+)?differences?\s+between\s+(?P<first>[^?;,]+?)\s+"
    r"and\s+(?P<second>[^?;,]+?)(?P<after>\s+(?:in|according to|under|within)\s+[^?;,]+)?\s*\?\s*$",
    re.I,
)


_HOW_DIFFER = re.compile(
    r"^(?P<before>.*?)\bhow\s+do\s+(?P<first>[^?;,]+?)\s+and\s+(?P<second>[^?;,]+?)\s+differ"
    r"(?P<after>\s+(?:in|according to|under|within)\s+[^?;,]+)?\s*\?\s*$",
    re.I,
)
# ... not two plans or councils, compared plan by plan ("the difference between the 2017 plan and the 2023 report")
_DOCUMENTS = re.compile(r"\b(?:plans?|strateg(?:y|ies)|reports?|documents?|papers?|(?:19|20)\d\d)\b", re.I)


def differences(text: str) -> list[str]:
    """For "what's the difference between A and B?", what each of A and B is ("what is A?", "what is B?"), where
    the plans say it; [] when it is not such a message, or A and B are councils or plans (compared plan by
    plan)."""
    found = _DIFFERENCE.match(text) or _HOW_DIFFER.match(text)
    if found is None:
        return []
    both = f"{found.group('first')} {found.group('second')}"
    if councils_in(both, UK_COUNCILS) or _DOCUMENTS.search(both):
        return []
    if any(len(found.group(side).split()) > _PAIRED_WORDS for side in ("first", "second")):
        return []
    after = found.group("after") or ""
    asked = [f"{found.group('before')}what is {found.group(side).strip()}{after}?" for side in ("first", "second")]
    return [f"{part[:1].upper()}{part[1:]}" for part in asked]


def split_compound(text: str) -> list[str]:
    """The questions a message asks, in order (see `_split`); an item a later part names by its number alone
    ("action 3.3 supports whom, and what does 3.4 offer?") is named as the part before named its own ("action
    3.4")."""
    parts = _split(text)
    kind = None  # "under which priority does X appear, and under which is Y?": the second asks "which priority"
    verb = None
    for index, part in enumerate(parts):
        # (or before the verb the part before said after its kind: "which page covers X, and which covers Y?")
        bare_which = _BARE_WHICH.search(part) or (re.search(rf"\bwhich\s+(?={verb}\b)", part) if verb else None)
        if kind is not None and bare_which is not None:
            parts[index] = f"{part[: bare_which.end()]}{kind} {part[bare_which.end() :]}"
        said = _WHICH_KIND.search(part)
        kind, verb = (said.group(1), said.group(2)) if said is not None else (kind, verb)
    label = None
    for index, part in enumerate(parts):
        named = NAMED_NUMBER.search(part)
        if named is not None:
            label = named.group(1)
        elif label is not None:
            bare = _BARE_NUMBER.search(part)
            if bare is not None:
                parts[index] = f"{part[: bare.start()]}{label} {part[bare.start() :]}"
    return parts


# ("which page covers X", "which page of the plan covers X")
_WHICH_KIND = re.compile(
    rf"\bwhich\s+([a-z][\w-]*)\s+(?:of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,4}}?)?({_AUXILIARY}|(?-i:[a-z]+s))\b",
    re.I,
)

_BARE_WHICH = re.compile(rf"\bwhich\s+(?=(?:{_AUXILIARY})\b)", re.I)


def _split(text: str) -> list[str]:
    """The questions a message asks, in order; the message alone when it asks one.

    A part must have a few words of its own, so "pros and cons" or "who and what" stay whole; a bare
    question word at the end asks it of what the first part asks about ("Who wrote it, and when?": "when
    wrote it?"). A last sentence that asks nothing ("I'm in Lewisham") belongs to the question before it.
    Things named after a colon that a lead-in asks for ("two numbers: X, and Y"), and one question asked of
    the two things a label names ("X and Y: what are their totals?"), are asked one by one."""
    if (
        _ITS_PAGE.search(text)
        or _CONTENTS_NEIGHBOUR.search(text)
        or (_WHAT_ELSE.search(text) and _LAYOUT_SAID.search(text))
    ):
        return [text]
    listed = enumerated(text) or paired(text) or requested(text) or people(text) or differences(text)
    if listed:
        return listed
    told = _LAST_SENTENCE.search(text)
    if told is not None and not _OPENS_ASKING.match(told.group(1)):
        parts = split_compound(text[: told.start()])
        return [*parts[:-1], f"{parts[-1]} {told.group(1).strip()}"]
    bare = _BARE.search(text)
    if bare is not None and len(text[: bare.start()].split()) >= _MIN_WORDS:
        first = text[: bare.start()].strip()
        subject = _LEADING_ASKING.sub("", first, count=1)
        return [first, f"{bare.group(1)} {subject}?"]
    parts = [part.strip() for part in _SPLIT.split(text) if part and part.strip()]
    parts = [clause for part in parts for clause in _contrasted(part)]
    if len(parts) > 1 and _TOLD_BUT.search(text) and parts[0][-1:] in _DASHES and not asks_something(parts[0]):
        return [text]  # "The plan says the charter launched in 2015-16 — but on what exact day?": told, then asked
    if len(parts) == 1:
        parts = [part.strip() for part in _TRAILING.split(text) if part and part.strip()]
    if len(parts) == 1 and (in_place := _IN_PLACE_PAIR.match(text)) is not None:
        parts = [f"{in_place.group('first').strip()}?", in_place.group("second").strip()]
    if len(parts) < 2 or any(len(part.split()) < _MIN_WORDS for part in parts):
        if len(parts) >= 2 and len(parts[-1].split()) >= 2 and all(len(p.split()) >= _MIN_WORDS for p in parts[:-1]):
            return parts  # "... and net of what?"
        return parallel(text)
    return parts


def _contrasted(text: str) -> list[str]:
    """The two clauses of a contrast that each ask in place, or the text whole."""
    found = _CONTRAST.search(text)
    if found is None:
        return [text]
    first, second = text[: found.start()].strip(), text[found.end() :].strip()
    if not (_ASKS_IN_PLACE.search(first) and _ASKS_IN_PLACE.search(second) and second.endswith("?")):
        return [text]
    return [first, second]


_DASHES = frozenset("—–-")
_TOLD_BUT = re.compile(r"\s[—–-]\s+but\b", re.I)  # "... — but ...?": what was told, then what is asked of it


def context_of(parts: list[str], number: int) -> str:
    """What a part of a compound question is read with: the other parts (their councils and subjects), but a
    year said after it scopes only what follows ("how many at once, and what share reoffended in 2015-16?"),
    while one said before it scopes both ("In 2015-16 how many X, and how many Y?")."""
    return " ".join([*parts[:number], *(without_years(other) for other in parts[number + 1 :])])


_OWN_SUBJECT = 2  # specific words of its own, in the plans' words, that make a part of a question stand alone
_SPECIFIC = 0.2  # a word in at most this share of passages is specific to some subject
# A word that points back at what the other part asks about ("under which priority does it sit?").
_POINTS_BACK = re.compile(r"\b(it|its|they|them|their|this|that|these|those)\b", re.I)
# The kind of answer a part asks for ("which organisation ...?", "what percentage ...?"): no subject of its own.
_ANSWER_KIND = re.compile(
    r"\b(?:which|what)\s+(?:[a-z]+\s+){0,2}?([a-z]+)\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can)\b",
    re.I,
)  # ... its last noun before the verb ("which action plan does ...?": a plan, about action)
_QUOTED = re.compile(r"(?:^|(?<=\s))['‘\"“][^'’\"”]+['’\"”]")  # a name in quotes ("'Through her eyes'")


def stands_alone(part: Question, bm25: Bm25Index) -> bool:
    """Whether a part of a compound question says what it asks about in words of its own ("when was the
    'Through her eyes' campaign launched"), rather than leaning on the other part ("how many views did it
    get?"): the other part's words would only blur what it is judged on."""
    if _POINTS_BACK.search(_QUOTED.sub(" ", part.text)):
        return False
    kind = {term for match in _ANSWER_KIND.finditer(part.text) for term in terms(match.group(1))}
    own = [
        term
        for term in part.key_terms
        if term not in part.carried and term not in kind and 0 < bm25.share(term) <= _SPECIFIC
    ]
    return len(own) >= _OWN_SUBJECT


# "Does the Tower Hamlets report find ..., and where does it expect savings from?": the part's "it" is the document
# (or council) an earlier part named as the one doing what it asks, not the subject that part asked about
_DOCUMENT_DOES = re.compile(
    r"\b(?:does|did|do|will|would|has|have|is|was|can|could)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?"
    r"(?:report|plan|strategy|partnership|council|document|csp|borough)\b",
    re.I,
)
_IT_DOES = re.compile(r"\b(?:does|did|do|will|would|has|have|can|could)\s+(?:it|they)\b", re.I)


def stands_alone_in(part: Question, parts: list[str], number: int, bm25: Bm25Index) -> bool:
    """`stands_alone`, where an "it" that is the document or council an earlier part named doing something
    ("... and where does it expect further efficiencies to come from?") leans on nothing else of that part."""
    if stands_alone(part, bm25):
        return True
    if not _IT_DOES.search(part.text) or not any(_DOCUMENT_DOES.search(other) for other in parts[:number]):
        return False
    return stands_alone(replace(part, text=_IT_DOES.sub(" ", part.text)), bm25)


def of_another_council(part: Question, rest: Question) -> bool:
    """Whether a part asks of a council of its own that the rest of the message does not name, about a subject of
    its own, and neither it nor the rest points back at the other: "how much did Wraxby get for Prevent, and which
    body does Corston name as a funder?" asks two questions, one of each council. Parts asking the same of two
    councils share a word of their subject ("when did Wraxby's new service start, and when will Corston's service
    begin?") or leave it unsaid ("... and which network runs Corston's?"): each is read with the other's words."""
    return (
        bool(part.councils)
        and bool(rest.councils)
        and not set(part.councils) & set(rest.councils)
        and bool(part.key_terms)
        and not set(part.key_terms) & set(rest.key_terms)
        and not any(_POINTS_BACK.search(_QUOTED.sub(" ", text)) for text in (part.text, rest.text))
        and not any(_WHOSE_LEFT_UNSAID.search(text) for text in (part.text, rest.text))
    )


# "... and which network is rolling out Corston's?": a possessive with its thing left unsaid, the other part's
_WHOSE_LEFT_UNSAID = re.compile(r"['’]s?\s*(?:[?.!]|$)|['’]s\s+(?:is|are|was|were|described|called|named)\b")


# "Southwark IOM: roughly how many on the caseload, and what proportion didn't reoffend?": a label before a colon
# names what every part asks about
_TOPIC = re.compile(r"^\s*([^:?.!]{2,60}?)\s*:\s+(?=\S)")
_TOPIC_WORDS = 6


def topic_of(text: str) -> str:
    """The label a message opens with, naming what all its questions are about ("" when it has none)."""
    found = _TOPIC.match(text)
    if found is None or len(found.group(1).split()) > _TOPIC_WORDS:
        return ""
    return found.group(1)


def scope_of(question: Question, besides: str = "") -> str:
    """The councils and years a question names, as words another question can be read with (`besides`: but for
    those that text says itself)."""
    said = besides.lower()
    councils = [council for council in question.councils if council.lower() not in said]
    # (not a year said only with its month, "from April 2019": when something happened, not a plan's years)
    years = [year for year in question.years if str(year) not in said and not dated_only(question.text, year)]
    return " ".join([*councils, *(str(year) for year in years)])
