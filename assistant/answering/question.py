"""Reading a question: what kind of answer it wants, which councils and years it names, its key terms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from assistant.answering.findings import FINDINGS_ASKED
from assistant.answering.things import hyphen_joined, thing_words
from assistant.retrieval.lexicon import ExpandedQuery, Lexicon
from assistant.retrieval.plain_words import FILLER, PLAIN_TO_PLAN, plain_phrases
from assistant.retrieval.terms import stem, terms, words
from ingest.councils import UK_COUNCILS, council_pattern

NUMBER_WORDS = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_COLLECTIONS = (
    "priorities|indicators|actions|objectives|aims|themes|areas|strands|duties|outcomes|outputs|"
    "commitments|powers|targets|measures|steps|services|groups|types|projects|initiatives|"
    "responsibilities|principles|goals|workstreams|work streams|recommendations|requirements|"
    "functions|members|partners|agencies|organisations|boards|crimes|offences|strategies|"
    "documents|pledges|categories|sectors|venues|activities|interventions|programmes|schemes|"
    # what a document's layout holds several of: "every bullet under ...", "the sub-headed sections"
    "bullets?|bullet points|items|rows|headings|sub-headings|subheadings|sub-headed sections"
)
# ("age groups" are a range of ages: "aged between 16 and 24", not a list)
_LIST_CUES = re.compile(
    rf"(?:^|[.?!]\s+)(list|name|outline|summari[sz]e|set out|what are|which are)\b|\bwhat(?:'s|’s| is| are) in\b|"
    rf"\b(?<!age )(?<!age-)({_COLLECTIONS})\b",
    re.I,
)
_HOW_MUCH = re.compile(r"(?<!\bby )\bhow much\b", re.I)  # ("by how much did the MOPAC 7 crimes fall?": each)
_OF_EACH = re.compile(r"\b(?:each|every|apiece|per)\b|\bbreak(?:down| down)\b|\bsplit\b", re.I)
_COUNT = re.compile(rf"\b(\d{{1,2}}|{'|'.join(NUMBER_WORDS)})\s+(?:\w+\s+)?({_COLLECTIONS})\b", re.I)
# A question that gives the figure and asks which plan, who or whether ("Which plan sets a target of 20
# Criminal Behaviour Orders?", "Does Sutton aim for 230?") wants where the figure is said, not a figure.
_FIGURE_GIVEN = re.compile(
    r"(?:^|[,.;:]\s*)(?:which|who|whose|where|does|do|did|is|are|was|were|has|have)\b"
    r"(?![^?]*\b(?:how many|how much|what (?:percentage|proportion|share|number|rate|figure)|and what|more|fewer|"
    r"less|higher|lower|most|least|highest|lowest)\b)"
    r"[^?]*(?<![\d/.,-])(?<!\bper )(?!(?:19|20)\d{2}\b)\d[\d,]*(?:\.\d+)?%?(?![\d/-])",
    re.I,
)
# "budget", not the name of a council's constitutional framework ("the Budget and Policy Framework"), which asks
# for no money
BUDGET = r"budget(?!\s+(?:and|&)\s+policy\b|\s+(?:and\s+policy\s+)?framework\b)"
# What a payment or contract is worth: "what does the council pay each year for ...?", "the value of the contract"
# (not what it pays for: "what will it pay for?")
MONEY_ASKED = (
    r"\bwhat (?:does|do|did|will|would)\b[^?]*\bpay\b(?! for\s*(?:\?|$))|\bcontract value\b|"
    r"\bvalue of\b[^?]*\b(?:contract|grant|funding|investment|award|scheme|service)s?\b|"
    # "what is the contract worth?", "how much is it putting into the centre?", "how much is it budgeting?"
    r"\b(?:contract|grant|funding|investment|award|deal)s?\b[^?]*\bworth\b|"
    r"\bhow much\b[^?]*\b(?:putting|put|puts|budget\w*|setting aside|set aside|committ\w*|rais\w*|bring in)\b|"
    # "does the plan put a pound figure on what the levy will raise?"
    r"\b(?:pounds?|cash|money|monetary|financial)\s+(?:figure|value|amount|sum|total)s?\b|"
    # "what is the new service worth?", "what funding does it get a year?": an amount, not which fund (unless it
    # asks how much of something else too: "how much tobacco was found, and what was it worth?")
    r"^(?!.*\bhow\s+(?:much|many)\b)[^?]*?\bwhat(?:'s|’s|\s+is|\s+was|\s+are|\s+were|\s+would\s+be|\s+will\s+be)\b[^?]*\bworth\b(?!\s+(?:it|the|\w+ing)\b)|"
    r"\b(?:funding|money|cash|grant)\b[^?]*\b(?:a|per|each|every)\s+(?:year|annum|month|week)\b"
)
# A way to get in touch ("what number do I ring?", "who should I phone?", "contact details", "e-mail address"):
# a phone number is no figure, and only evidence that gives a number or an address answers it
_CALLER = r"(?:do|does|should|can|could|would|must|shall|i|we|you|they|he|she|one|(?:my|our|his|her|their) \w+)"
CONTACT_ASKED = re.compile(
    r"\b(?:(?:tele)?phone numbers?|contact (?:numbers?|details)|e-?mail address|website|web address|"
    rf"numbers?\s+(?:{_CALLER}\s+){{0,3}}(?:to\s+)?(?:call|ring|phone|dial|text|contact)|"
    rf"(?:who|where)\s+(?:{_CALLER}\s+){{1,3}}(?:call|ring|phone|dial|e-?mail)|"
    # "is there a named contact?", "a contact name"
    r"named\s+contacts?|contact\s+(?:name|person|officer)s?|"
    # "can I get it in large print, and on what number?": a number one asks on or at is one to ring
    r"(?:on|at)\s+(?:what|which)\s+(?:phone\s+|telephone\s+)?number|"
    # "is there a number in the plan I can ring?"
    r"numbers?\s+(?!of\b)(?:[\w'’]+\s+){0,5}?(?:i|we|you|they|she|he)\s+(?:can|could|should|might|would)\s+"
    r"(?:call|ring|phone|dial|text)|"
    # an address to write to: "postal address please", "what is their address?" (not "address" as a verb)
    r"(?:postal|post|office|full|street|contact|email|e-mail)\s+address(?:es)?|"
    r"(?:what|where)(?:'s|’s|\s+is|\s+are)\s+(?:the|their|its|his|her|your)\s+(?:\w+\s+){0,2}(?:address|e-?mail\b)|"
    rf"(?:where|who)\s+(?:{_CALLER}\s+){{1,3}}(?:write|send)|write to|"
    # "how could I get in touch with her?", "how do I reach them?"
    r"(?:\ban|\bthe|\bits|\btheir|\b\w+(?:'s|’s))\s+address(?:es)?\b(?!\s+(?:the|this|these|those|it|them|issues?|concerns?))|"
    r"get\s+in\s+touch|(?:how|where)\s+(?:do|can|could|would|should|might)\s+(?:i|we|you|one)\s+"
    r"(?:contact|reach|email|e-mail)\s+(?:her|him|them|the\s+\w+))\b",
    re.I,
)
# "a number for FRANK", "what number does the plan give for Crime Stoppers?": a number for a service named by its
# name is one to ring, not a count (the name is capitalised; a council's name is no service)
# ("the number of people for Wraxby's event" is a count)
_NUMBER_FOR_NAME = re.compile(
    r"\b(?i:numbers?)\s+(?!(?i:of)\b)(?:[\w'’]+\s+){0,5}?(?i:for)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*)"
)
# "which action numbers cover ...?": the numbers the plan prints before its items, not a figure
_ITEM_NUMBERS = re.compile(
    r"\b(?:actions?|objectives?|outcomes?|recommendations?|paragraphs?|items?|points?|commitments?|measures?)\s+"
    r"numbers\b",
    re.I,
)
# "what sorts of scam numbers were blocked?": kinds of (phone) numbers asked, no figure
_KINDS_OF_NUMBERS = re.compile(
    r"\b(?:sorts?|kinds?|types?)\s+of\s+(?:[\w-]+\s+){0,2}?numbers\b|"
    # "which rate type is used?", "what kind of rate does it report?": the kind of measure, a name, not a figure
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:rate|ratio|figure|count|percentage)\s+(?:types?|kinds?|sorts?|basis)\b|"
    r"\b(?:which|what)\s+(?:sorts?|kinds?|types?)\s+of\s+(?:[\w-]+\s+)?(?:rates?|ratios?|counts?|percentages?)\b|"
    # "what numbers does Sutton track for serious violence?", "which ASB numbers will it report?": the measures kept,
    # not a figure
    r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?numbers\s+(?:does|do|did|will|would|is|are|was|were)\b(?=[^?]*\b(?:track|"
    r"monitor|look(?:s|ed|ing)? at|measur|report|record|collect|watch|publish|keep|kept))|"
    # ... and "the numbers they'll use to check it's working": the measures kept
    r"\bnumbers\s+(?:[\w'’]+\s+){0,3}?(?:use|used|using|rel(?:y|ies|ied|ying)\s+on|draws?\s+on)\s+to\s+"
    r"(?:check|track|measure|show|judge|monitor|see|tell)\b|"
    # ... and "what number does the column track?", "which figure does it report to show that?": the measure kept
    r"\b(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:number|figure|count|statistic)\s+(?:does|do|did|will|would|is|are|was|"
    r"were)\b(?=[^?]*\b(?:track|monitor|measur|watch|collect|record|keep|kept)|[^?]*\bto\s+(?:show|judge|measure|"
    r"tell|know|see|check|prove|evidence)\b)|"
    # "does the plan want to cut the number of young victims?": what an aim would change, in a yes-or-no question
    r"(?:^|[.!?]\s+)\W*(?:is|are|does|do|did|will|would|has|have)\b[^?]*\b(?:to\s+)?(?:cut|cutting|reduce|reducing|lower|lowering|"
    r"decrease|decreasing|increase|increasing|raise|raising|grow|growing|boost|boosting|bring\s+down|bringing\s+down)"
    r"\s+(?:the\s+)?numbers?\s+of\b",
    re.I,
)
# A condition the question is asked under ("If the number of complaints drops, does the plan say ...?"): what it
# names is not what the question asks for
_CONDITION = re.compile(
    r"^\W*(?:if|where|whenever|once|unless|"
    # "When Tower Hamlets asked residents about ASB, did vehicles come up?" (not "When did it start, and ...?")
    r"when(?!\s+(?:did|does|do|was|were|is|are|will|would|has|have|had|can|could|should|might|must|may|shall)\b))"
    r"\b[^,?]*,",
    re.I,
)
# "rate" said as a verb ("whose service do victims rate for satisfaction?") asks for no rate
# "target" as a verb asks no figure: "which officers will target harden repeat venues?", "who do they target?"
TARGET_VERB = re.compile(
    r"\btarget[- ]?harden\w*|\b(?:will|to|must|should|would|can|could|they|we|who|whom|it|he|she|you|i)\s+"
    r"target(?:s|ed|ing)?\b|\b(?:do|does|did|will)\s+(?:[\w'’-]+\s+){1,4}target\s*(?:\?|$)|"
    # "which markets does the burglary work target as outlets?": what something targets, not a target it has
    r"\b(?:do|does|did)\s+(?:[\w'’-]+\s+){1,4}(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bany\s)(?<!\bits\s)"
    r"(?<!\btheir\s)(?<!\bnumerical\s)target\s+(?:as|at|by|in|with|through|for\s+(?:enforcement|action))\b|"
    # "does Tower Hamlets target second-hand markets?": what a named body targets, its object after the verb
    r"\b(?:do|does|did|will|would)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){1,3}(?<!['’]s\s)target\s+"
    r"(?!(?:for|of|on|to|is|was|were|are|set|figures?|numbers?|values?|dates?|years?|met|hit|achieved|reached|been|"
    r"rates?|levels?|has|had)\b)(?:[a-z][\w-]*)",
    re.I,
)
_RATE_VERB = re.compile(r"\b(?:do|does|did|would|will)\s+(?:the\s+|their\s+|most\s+|many\s+)?[\w'’-]+\s+rate\b", re.I)
# "is there a number they're aiming for?", "any figure on that?": a figure asked after, whatever it counts ("a number
# for drugs advice" is one to ring)
_A_FIGURE_ASKED = re.compile(
    r"\b(?:(?:is|was|are|were)\s+there|any|got)\s+(?:a\s+|any\s+)?(?:figure|number(?=s?\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:aim|aiming|aimed|target|targeted|set|given|put|hoping|hope|expected|expecting|planned)\b))s?\b"
    r"(?![^?]*\b(?:ring|call|phone|dial|text|contact)\b)",
    re.I,
)
_NUMBER_CUES = re.compile(
    rf"{_A_FIGURE_ASKED.pattern}|"
    r"\b(how many|how much|what (?:percentage|proportion|share|number|rate|figure|target)|"
    r"percentage|per cent|percent|figure|target|rate|totals?|number of|count\s+(?:in|for|of|was|is)|head ?counts?|"
    r"numbers(?![^?]*\b(?:ring|call|phone|dial|text|contact)\b)|"  # (numbers to ring are no count)
    rf"how (?:often|frequently|regularly)|average|cost|{BUDGET}|"
    r"salary|salaries|fees?|prices?|council tax|(?:charge|fine)s? for)\b|"
    # "the membership size of the youth panel", "the size of the team": how many it has
    r"\b(?:membership|team|group|cohort|caseload|panel|board|workforce)\s+size\b|\bsize\s+of\s+(?:the|its|their)\b|"
    rf"{MONEY_ASKED}|"
    # "when?" asks a date, "... when drawing up the plan" does not; nor does a label before it ("The 2023 report:
    # when will it go live?", "Lewisham — when did it start?")
    r"(?:^\W*|[,;?.:]\s+|\s[—–-]\s+|\b(?:and|but|so|by|until|since)\s+)when\b"
    # "When X happens, who ...?"
    r"(?![^?]*,\s*(?:who|whose|whom|what|how|which|where|why|is|are|does|do|can|will|should|must)\b)|"
    # "what date was it ...?", "over which years ...?"
    r"(?:^\W*|[,;?.]\s+|\band\s+)(?:on\s+)?(?:what|which)\s+(?:date|day|month|year)\b|"
    r"\b(?:on|in|over|during|from|since|until)\s+(?:what|which)\s+(?:dates?|days?|months?|years?)\b|"
    # which of several has more of something: their figures decide
    r"\b(?:which|what) (?:of (?:the|these|those) (?:\w+ )?)?(?:borough|council|area|ward|plan|partnership|one)s?\b[^?]*"
    r"\b(?:more|fewer|less|higher|lower|bigger|smaller|larger|most|fewest|least|highest|lowest)\b|"
    # ... or which of two is so ("do people feel safer in Southwark or Tower Hamlets?"), asked, not told before the
    # question ("The plan wants fewer kids dropping out of school or work — what does it track?")
    # (in one sentence, and not a name: "the Safer Northfield plan. Can I get it in Braille or large print?")
    r"\b(?:more|fewer|less|higher|lower|bigger|smaller|larger|safer|better|worse)\b(?!\s+(?-i:[A-Z]))[^?.!]*\bor\b"
    r"(?![^?]*(?:\s[—–]\s|[.!:]\s))",
    re.I,
)
# A question asking for reasons: "why ...?", "what caused ...?", "the rationale for ..."
# A section of an Act, not of a plan: "section 17 of the Crime and Disorder Act", "sections 5 and 6 of the 1998 Act"
ACT_SECTION = re.compile(
    r"\bsections?\s+\d+\w*(?:\s*(?:,|and|&|to)\s*\d+\w*)*\s+(?:of|in|under)\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:[\w,'’]+\s+){0,6}?Acts?\b",
    re.I,
)
WHY_QUESTION = re.compile(
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:why|how come)\b|\b(?:what|which)\s+(?:caused|causes|explains)\b|"
    r"\b(?:reasons?|rationale)\s+(?:for|why|behind)\b",
    re.I,
)
# A message that is nothing but its asking word ("When?", "and who by?", "how much?"): it puts the last question
# again, asking that of it ("Who wrote the strategy?" ... "When?": when it was written).
BARE_ASK = re.compile(
    r"^\W*(?:(?:and|so|ok(?:ay)?|then|right)\W+)?(?:when|where|who|whom|who by|by whom|how much|how many|"
    r"what date|which date|what year|which year|since when|by when|until when)(?:\s+exactly)?\W*$",
    re.I,
)
# "what is X?", "what's a MARAC?" (not "what about Lewisham?", which asks the last question again of another)
_DEFINITION = re.compile(
    r"^\s*(?:what|who)(?:'s|’s|s)?\s+(?!about\b|else\b|if\b)(?:is\s+|are\s+|was\s+)?(?:an?\s+|the\s+)?"
    r"([\w&'-]+(?:\s+[\w&'-]+){0,3})"
    r"\s*(?:\?|,|\s+(?:in|as|according|under|within|for|and)\b|$)|"
    r"\b(?:stand for|stands for|mean by|meaning of|means|define|definition of|what is meant by|full forms?|short for|"
    r"spelled out|spelt out)\b|"
    # "What does MASE mean?", "what do the letters IOM stand for?" (after whatever the message says first)
    r"\bwhat\s+(?:does|do)\s+(?:the\s+)?(?:term\s+|acronym\s+|abbreviation\s+|letters\s+|phrase\s+|word\s+)?"
    r"['‘\"“]?([\w&'-]+(?:\s+[\w&'-]+){0,3}?)['’\"”]?\s+(?:mean|stand for)\b|"
    # a name in quotes, however the question goes on: "What exactly is the 'Southwark Narrative' that came out of ...?"
    r"^\s*what(?:'s|’s)?\s+(?:exactly\s+|actually\s+)?(?:is\s+|are\s+|was\s+)?(?:an?\s+|the\s+)?"
    r"['‘\"“]([^'’\"”]{2,60})['’\"”]",
    re.I,
)
_DEFINES = re.compile(
    r"\b(?:stand for|stands for|mean by|meaning of|means|define|definition of|what is meant by|full form|short for|"
    r"spelled out|spelt out)\b|"
    r"\bwhat does \S+ mean\b",
    re.I,
)


def _wants_definition(text: str) -> bool:
    """Whether a question asks what something is or means; "what was the MOPAC 7 total?" asks a figure."""
    if _NUMBER_CUES.search(text) and not _DEFINES.search(text):
        return False
    return bool(_DEFINITION.search(text))


def defined_name(text: str) -> str | None:
    """The name a question asks the meaning of, when it is a name ("the Serious Violence Duty", "MARAC"):
    the subject of "what is ...?" with a capital letter in it. "What is the target?" names nothing."""
    if not _wants_definition(text):
        return None
    found = _DEFINITION.search(text)
    subject = (found.group(1) or found.group(2) or found.group(3)) if found else None
    return subject if subject and any(char.isupper() for char in subject) else None


# "how many hate crimes were ...": the words naming what is counted, up to the verb or preposition.
_COUNTED = re.compile(
    r"\b(?:how many(?:\s+of(?:\s+the|\s+its|\s+their|\s+those|\s+these)?(?=\s))?|number of|percentage of|"
    r"proportion of|share of|rate of)\s+((?:[\w'-]+\s*){1,4})",
    re.I,
)
# Articles and money words: a money question's subject is the money, checked elsewhere.
_NOT_COUNTED = frozenset(
    ["the", "a", "an", "money", "cash", "funding", "cost", "costs", "budget", "spend", "spent"]
    # when a counted thing was, not what: "how many old powers ...": the plan says "19 previous powers"
    + ["old", "previous", "former", "earlier", "existing", "original"]
)
_COUNTED_STOP = frozenset(
    [
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "in",
        "per",
        "for",
        "by",
        "at",
        "on",
        "from",
        "to",
        "since",
        "between",
        "during",
        "over",
        "under",
        "across",
        "within",
        "with",
        "among",
        "than",
        "and",
        "or",
        "that",
        "which",
        "who",
        "whose",
        "their",
        "its",
        "there",
        "they",
        "them",
        "we",
        "you",
        "i",
        "it",
        "he",
        "she",
        "his",
        "her",
        "our",
        "your",
        "say",
        "says",
        "said",
        "feel",
        "feels",
        "felt",
        "think",
        "thought",
        "get",
        "got",
        "go",
        "went",
        "make",
        "made",
        "see",
        "saw",
        "use",
        "used",
        "want",
        "wanted",
        "need",
        "needed",
        "expect",
        "expected",
        "aim",
        "aimed",
        "plan",
        "planned",
        "receive",
        "received",
        "take",
        "took",
        "come",
        "came",
    ]
)
_YEAR = re.compile(r"\b(20\d{2}|19\d{2})\b")
# The year of a law's name is not a time the question asks about ("the Crime and Disorder Act 1998").
_LAW_YEAR = re.compile(
    r"\b(?:Act|Regulations?|Order|Bill|Measure|Directive)\s*(?:of\s+)?(?:19|20)\d{2}\b|"
    r"\bthe\s+(?:19|20)\d{2}\s+(?:Act|Regulations|Bill)\b",  # "the new powers from the 2014 Act"
    re.I,
)


# A year or a span of years as plans write them: "2019", "2015-16", "2017/18"
YEAR_SPAN = re.compile(r"\b(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?\b")


def stated_count(text: str) -> int | None:
    """How many things a text says there are ("focuses on 8 key areas", "four priorities"), if it says."""
    count = _COUNT.search(text)
    if count is None:
        return None
    token = count.group(1).lower()
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


# the plan an answer is asked of, by its years and kind ("..., per the 2022-2025 safety plan?", "according to the
# 2021-24 strategy"): a name every part of the question is asked of, not a date
_PLAN_BY_YEARS = re.compile(
    rf"\b(?:per|according to|going by)\s+the\s+({YEAR_SPAN.pattern})"
    r"(?=(?:\s+[\w-]+){0,2}?\s+(?:plan|strategy|report|assessment)s?\b)",
    re.I,
)


def without_years(text: str) -> str:
    """The text with its years and spans of years taken out ("in 2015-16"): a year said in one part of a
    message does not scope a part said before it. A plan it names by its years is kept: "..., and what share is
    domestic, per the 2021-24 strategy?" names the plan every part asks of."""
    kept = [match.span(1) for match in _PLAN_BY_YEARS.finditer(text)]
    return YEAR_SPAN.sub(lambda match: match.group() if match.span() in kept else " ", text)


# Asks about every plan, or several: answered council by council, and no council is carried over.
COMPARE = re.compile(
    r"\b(compare|comparison|differ|difference|differences|versus|vs|each (?:council|borough|plan)|"
    r"all (?:of )?(?:the )?(?:plans|councils|boroughs)|across (?:all )?(?:of )?(?:the )?(?:plans|councils|boroughs)|"
    r"which (?:councils|boroughs|plans)|other (?:councils|boroughs|plans)|elsewhere)\b",
    re.I,
)
_PLACES = r"(?:councils|boroughs|plans|strategies|documents|partnerships|areas)"
# Asks which plans say something at all ("Which of the plans mention FGM?", "Do any of the councils set a
# target for ...?"): each plan's part must say the subject, and the plans that do not are named as such.
WHICH_PLANS = re.compile(
    rf"\bwhich\s+(?:of\s+(?:the|these|those|our|your)\s+(?:\w+\s+)?{_PLACES}(?:'|’)?|"
    rf"(?:other\s+)?(?:councils|boroughs|plans))(?!\w)|"
    rf"\b(?:do|does|did|have|has)\s+(?:any\s+(?:of\s+(?:the|these|those)\s+(?:\w+\s+)?)?|the\s+)(?:other\s+)?{_PLACES}\b|"
    # "does any other council's plan ...?", "is there any council that ...?", "does another borough ...?"
    r"\b(?:any\s+(?:other\s+)?|another\s+)(?:council|borough|partnership)(?:'s|’s)?(?!\w)|"
    r"\b(?:any\s+other|another)\s+(?:plan|strategy)(?:'s|’s)?(?!\w)",
    re.I,
)
# "Tower Hamlets' One Met Model: which boroughs piloted it?": boroughs one plan names, not which plans say something
_WHICH_PLACES_ONLY = re.compile(r"\bwhich\s+(?:boroughs|councils|areas|local authorities)\b", re.I)
_BEYOND_ONE = re.compile(r"\b(?:other|others|also|else|too|as well|any|each|all|both|compare\w*|differ\w*)\b", re.I)


def _places_in_plan(text: str, councils: tuple[str, ...]) -> bool:
    """Whether "which boroughs ...?" asks what one named council's plan says of places, not which plans say it: one
    council named, no word reaching past it ("which other boroughs ...?"), and no other way of asking which plans."""
    if len(councils) != 1 or _BEYOND_ONE.search(text):
        return False
    asked = [match.group(0) for match in WHICH_PLANS.finditer(text)] + [m.group(0) for m in COMPARE.finditer(text)]
    return bool(asked) and all(_WHICH_PLACES_ONLY.fullmatch(said) for said in asked)


# A name in a question: a capitalised word not opening a sentence, an acronym, or a figure with a unit ("20mph")
_NAME_LIKE = re.compile(r"(?<![.?!:]\s)(?<!^)(?<!\bI\s)\b(?:[A-Z][a-z]{2,}|[A-Z]{2,}s?|\d+[a-z]{2,})\b")
# "Looking across all the plans, which ones mention FGM?": which plans, said after the plans are named
_WHICH_ONES = re.compile(r"\bwhich\s+(?:ones|of them)\b", re.I)
# Words that say where to look, not what about ("Looking across all the plans, ...", "in any of the boroughs")
_ACROSS_PLACES = re.compile(
    rf"\b(?:(?:looking|look|looked|going|searching)\s+)?(?:across|over|through|in|among|from)\s+(?:all\s+|any\s+|each\s+)?"
    rf"(?:of\s+)?(?:the\s+|these\s+|those\s+|our\s+|your\s+)?(?:\w+\s+)?{_PLACES}\b",
    re.I,
)
# "Put Lewisham's target next to Sutton's", "side by side with", "beside": how a comparison is asked, not what
# about ("next" is a plan word: "over the next three years")
_SIDE_BY_SIDE = re.compile(r"\b(?:side by side(?:\s+with)?|next to|beside|alongside)\b", re.I)
# "Southwark and Tower Hamlets both talk about 'Safe Havens'. Who is each scheme meant for?": the noun after "each"
# stands for what the question names; the plans' sentences about it need not call it a scheme
_EACH_STANDS_FOR = re.compile(
    r"\b(?:each|either|both)\s+(?:of\s+(?:the|these|those)\s+)?"
    r"(?:schemes?|services?|programmes?|projects?|initiatives?|ones?|approach(?:es)?)\b",
    re.I,
)
# "in Polish or another language": the thing named is one of the kind the question asks about, which is what a
# plan says ("translated into a different language")
_ONE_OF_A_KIND = re.compile(r"\b[\w'’-]+\s+or\s+(?:an?other|any\s+other|some\s+other|other)\b(?=\s+[a-z])", re.I)
# "until when does the delivery plan run?", "how long will it last?": how long something goes on is asked after,
# and the evidence says when it ends ("... until 2026"), not that it runs
_UNTIL_WHEN = re.compile(
    r"\b(?:until|till|up to|to)\s+when\b|\bhow long\b|"
    r"\bhow (?:far|many years)\s+(?:ahead|forward|into the future)\b",  # "how far ahead does it set out its aims?"
    re.I,
)
_LASTING = frozenset(["run", "runs", "running", "last", "lasts", "lasting", "continue", "continues", "go", "goes"])
# "What's its name?", "tell me their names": a name asked for, of what was just said, is no word of its subject
# (but "what is the name of the board?" may be answered by "the board is named ...")
_NAME_ASKED = re.compile(
    r"\b(?:what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)|give|tell\s+me|say)\s+(?:its|their|his|her)\s+names?\b",
    re.I,
)
# "per the February 2023 report", "per Southwark": as a document or council says it (not "per ward", "per 1,000")
_AS_SAID_IN = re.compile(r"\b(?i:per)\s+(?=(?i:the|this|that|its|their)\b|[A-Z])")
# Idioms that say nothing of what is asked about ("who came up with it in the first place?")
# (... and "number one": what came first, said as a rank, not a count of anything; "the full form of PSHE",
# "spelled out": how a name's meaning is asked for, as "stand for" is)
_IDIOM = re.compile(
    r"\b(?:in the first place|at the end of the day|by the way|to be honest|as it happens|number one|full form|"
    r"short for|spel(?:led|t) out|(?:at\s+)?the end of (?:my|our|his|her|their) tether|at (?:my|our) wits['’]? end)\b|"
    r"\bback(?=\s+in\s+(?:the\s+)?(?:\d{2,4}|day|days|spring|summer|autumn|winter)\b)",  # "back in 2016": when
    re.I,
)
# "What date was it taken to scrutiny?" asks when: "date" is how it asks, not what it is about
_WHEN_FRAME = re.compile(r"\b(?:what|which)\s+(?:date|day|month|year)(?:\s+of\s+the\s+(?:week|month|year))?\b", re.I)
# How and why the answer is wanted, not what it is about: "For a briefing I need ...", "word for word if
# possible", "Councillor question: ...", "give me", "can you tell me": its words are in no answer
# ... said with no verb of its own ("My mum in Pellbury keeps getting scam calls." tells a story)
_TOLD_VERBS = (
    r"is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|should|keeps?|kept|gets?|getting|got|"
    r"goes|went|says?|said|saw|seen|lives?|lived|wants?|wanted|thinks?|thought|heard|told|needs?|needed|works?|"
    r"worked|runs?|ran|makes?|made|feels?|felt|knows?|knew|asks?|asked|looks?|looked|writes?|wrote|reads?|"
    r"getting|living|working|looking|writing|reading|trying|hoping|wondering|keeping|going|doing|being"
)
# Who people say they are when they say who asks ("Youth worker in Pellbury.")
_ROLES = (
    r"officers?|workers?|managers?|campaigners?|volunteers?|councillors?|cllr|members?|trainers?|teachers?|"
    r"governors?|students?|residents?|parents?|mums?|dads?|mothers?|fathers?|nurses?|carers?|grans?|grandparents?|"
    r"geeks?|nerds?|fans?|clerks?|minute-takers?|analysts?|researchers?|journalists?|reporters?|librarians?|"
    r"archivists?|lecturers?|landlords?|landlady|tenants?|leaders?|co-?ordinators?|advis[eo]rs?|consultants?|"
    r"solicitors?|lawyers?|magistrates?|inspectors?|constables?|pcsos?|wardens?|directors?|planners?|"
    r"secretar(?:y|ies)|treasurers?|organisers?|owners?|shopkeepers?|publicans?|pensioners?|retirees?|"
    r"commissioners?|scrutineers?|specialists?|practitioners?|professionals?|paramedics?|doctors?|gps?|"
    r"social\s+workers?|youth\s+workers?"
)
# Who asks, greeting or thanking, not what is asked about: "Morning!", "Hi, hope you're well.", "Probation officer in
# Pellbury.", "Budget nerd here.", "... Thanks in advance."
_ASKER_SAID = (
    r"^\W*(?:hi|hiya|hello|hey|morning|afternoon|evening|good\s+(?:morning|afternoon|evening|day)|greetings)"
    r"(?:\s+(?:there|all|team|folks|everyone))?\s*(?=[!.,:;—–]|-\s)|"
    r"\bhope (?:you(?:'re|’re| are)|all(?:'s|’s| is)) (?:well|ok|okay|good|keeping well)\b|"
    r"\b(?:many\s+)?(?:thanks|thank you)(?:\s+(?:so much|very much|kindly|a lot|in advance))?\W*$|\b(?:tia|cheers)\W*$|"
    # "Probation officer in Pellbury.", "Night manager at a hotel near the station.": who asks, said as a sentence
    # of its own
    rf"(?:^|(?<=[.!?]\s))\W*(?![^.!?]*\b(?:{_TOLD_VERBS})\b)(?:(?:I'm|I’m|I\s+am|we're|we’re|we\s+are)\s+)?"
    r"(?!(?:the|my|our|his|her|their)\b)"
    rf"(?:(?:a|an|just\s+a|retired|former|new)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_ROLES})"
    r"(?:\s+(?:in|at|for|from|near|of|on|with|based\s+in|working\s+in)\s+[^.!?:;]{1,40}|\s+(?:there|locally))?"
    r"\s*[.!](?=\s|$)|"
    # "Councillor here -", "Officer here:", "Hiya! Budget nerd here.": who asks, not what about
    r"^\W*(?:[\w'’-]+\s+)?(?:councillor|cllr|officer|resident|member)\s+here\b|"
    r"(?:^|(?<=[.!?]\s))\W*(?!(?:is|are|was|were|what|how|who|which|where|when|why|do|does|did|can|could|"
    r"anything|everything|anyone|everyone|nothing)\b)(?:[\w'’-]+\s+){0,2}[\w'’-]+\s+here\s*(?=[.,:;!—–]|-\s)"
)
_DELIVERY = re.compile(
    _ASKER_SAID + "|"
    r"\b(?:for|ahead of|before)\s+(?:a|an|the|my|our|this|next|tomorrow's|tonight's)?\s*(?:[\w'’-]+\s+)?"
    r"(?:briefing|brief|meeting|presentation|surgery|newsletter|speech)\b|"
    r"\b(?:word for word|verbatim|in full|if (?:possible|you can|you could)|"
    r"as (?:it is|they are) (?:written|worded))\b|"
    r"^\W*(?:[\w'’-]+\s+){0,2}(?:question|query)\s*:|"
    r"\b(?:(?:can|could|would) you\s+(?:please\s+)?)?(?:give|tell|show)\s+(?:me|us)\b|"
    r"\b(?:I|we)(?:'d| would)?\s+(?:really\s+)?(?:need|want|like)\s+to\s+(?:know|see|find out|check)\b|"
    # "the MOPAC table line for ...": where in the plan, not what about
    r"\b(?:table|chart)\s+(?:line|row|entry)\b|"
    # "I need every bullet under ...": the asker's need, not what is asked about
    r"\b(?:I|we)\s+(?:really\s+)?(?:need|want)\b(?=\s+(?:every|all|each|the full|a full|a list)\b)|"
    # "... was there to be an online map for that? Name?": asking what it is called, not about names
    r"(?:^|(?<=[.?!:;,–—]\s))(?:and\s+)?(?:(?:its|the|their|a)\s+)?names?\s*\?|"
    # "... through three forums. Name them.": asked as an order to name, not about names
    r"(?:^|(?<=[.?!:;,–—]\s))(?:please\s+)?name\b(?=\s+(?:them|the|all|each|every|both|those|these|its|their|any|"
    r"two|three|four|five|six|seven|eight|nine|ten)\b)",
    re.I,
)


def without_asides(text: str) -> str:
    """A message without its greeting, its thanks and what it says of its asker ("Hiya! Youth worker in Pellbury.
    ... Thanks!"): the words to search with (the message itself when it says none of them)."""
    if not _ASKER.search(text):
        return text
    return re.sub(r"\s{2,}", " ", _ASKER.sub(" ", text)).strip(" !.,:;—–-") or text


_ASKER = re.compile(_ASKER_SAID, re.I)


# What a question says it does not want: "the objectives row, not the actions", "rather than the targets",
# "apart from the population figure": those words are no part of what answers it
_NOT_WANTED = re.compile(
    r"(?:[,;.:(]|^|\band)\s*not\s+(?:the|its|their|any|his|her)\s+[^,;.?!()]{1,40}|"
    r"\b(?:rather than|apart from|aside from|excluding|not including|leaving out)\s+[^,;.?!()]{1,40}|"
    # "besides the 14 officers for the estates, how many extra ...?" (but in "besides the campaign, what else is
    # promised?" what it names is where the rest is found)
    r"\bbesides\s+[^,;.?!()]{1,60}+(?![,;:]?\s*(?:what|which|who)\s+(?:else|other)\b)",
    re.I,
)
# "which theme covers what worries residents most?", "the issues that matter most": how much, no figure of one
_MOST_FELT = re.compile(
    r"\b(?:matter|matters|mattered|care|cares|cared|worry|worries|worried|concerns?|concerned|fears?|feared|"
    r"values?|valued)\s+(?:(?:them|us|people|residents|victims|you|me)\s+)?(?:the\s+)?most\b",
    re.I,
)
# Words that say which plan, not what about it: they carry no weight in judging support.
# "what were the numbers in 2015?": the word asks for figures; what they count is said otherwise (the singular
# names a measure: "Number of reported hate crimes")
_ASKING_FIGURES = frozenset(["numbers", "figure", "figures"])
# "it weighed about a tonne, what does the plan say?": asked a weight, the unit the asker says is what the answer
# gives its figure in (the plan may say "600kg"), not what it is about
WEIGHT_ASKED = re.compile(
    r"\b(?:how heavy|weighed(?!\s+in\b)|how many (?:tonnes|tons|kilos|kilograms))\b|"  # (not "weighed in")
    r"\b(?:what|its|the|total)\s+weight\b|^\W*weight\s+of\b|"  # "what weight was found?", "Weight of the catch?"
    # "what did it weigh?", "how much does the stash weigh?" (not "the needs the council must weigh")
    r"\b(?:did|does|do|would|will)\s+(?:[\w'’-]+\s+){0,12}?weigh\b(?!\s+up)",
    re.I,
)
# (the words asking a weight are no more words of what is asked: "600kg" says how heavy)
_WEIGHT_UNITS = frozenset(
    ["tonne", "tonnes", "ton", "tons", "kilo", "kilos", "kg", "kilogram", "kilograms"]
    + ["weigh", "weighs", "weighed", "weight", "heavy"]
)
# "how often is it reviewed?": "often" asks for a frequency ("on a weekly basis") the evidence need not say it with
_ASKING_FREQUENCY = re.compile(r"\bhow (often|frequently|regularly)\b", re.I)
# "the equivalent figure", "a comparable target": the words point back at what was asked before, not at a subject
_POINTING_BACK = frozenset(["equivalent", "corresponding", "comparable"])
# the words of asking for a way to get in touch ("what number do I ring?"): the evidence gives a number, and
# need not say "ring"
_ASKING_CONTACT = frozenset(
    [
        *("number", "numbers", "call", "ring", "phone", "telephone", "dial", "text", "contact", "details", "e-mail"),
        *("email", "address", "addresses", "postal", "post", "write", "send"),
        *("website", "websites", "web", "site", "helpline", "helplines", "line", "touch", "reach"),
    ]
)
_GENERIC = frozenset(
    stem(word)
    for word in [
        "plan",
        "plans",
        "strategy",
        "strategies",
        "council",
        "councils",
        "borough",
        "boroughs",
        "london",
        "document",
        "documents",
        "report",
        "reports",
        "partnership",
        "partnerships",
        "community",
        "communities",
        "safety",
        "csp",
        "year",
        "years",
        "current",
        "new",
        "main",
        "key",
        "local",
        "mention",
        "mentioned",
        "list",  # what form the answer takes, not what about ("southwark council plan priorities list")
        "listed",
        "describe",
        "talk",  # "both talk about 'Safe Havens'": how the plans are said to say it
        "talks",
        "discuss",
        "discusses",
        "explain",
        "according",
        "set",
        "sets",
        "out",
        "about",
        "regarding",
        "relating",
        "many",
        "much",
        "doe",
        "doing",
        "do",
        "did",
        "say",
        "aim",
        "intend",
        "expect",  # "where does it expect savings to come from?": what the plan says, not its word for saying it
        "expects",
        "going",
        "thing",
        "things",
        "anything",
        "something",
        "information",
        "detail",
        "details",
        "tell",
        "part",
        "include",
        "included",
        "includes",
        "including",
        "happen",
        "happening",
        "covered",
        "cover",
        "covers",
        "state",
        "stated",
        "states",
        "compare",
        "compared",
        "comparison",
        "differ",
        "different",
        "difference",
        "differences",
        "versus",
        "vs",
        "between",
        "both",
        "each",
        "come",
        "comes",
        "came",
        "get",
        "gets",
        "got",
        "make",
        "makes",
        "made",
        "take",
        "takes",
        "go",
        "goes",
        "put",
        "stand",
        "stands",
        "mean",
        "means",
        "meaning",
        "meant",
        "define",
        "defined",
        "definition",
        "refer",
        "refers",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "first",
        "second",
        "third",
    ]
)

# words for the parts of a printed page, and where on it: they say where the answer is, not what it says
LAYOUT_WORDS = frozenset(
    [
        "table",
        "tables",
        "column",
        "columns",
        "row",
        "rows",
        "bullet",
        "bullets",
        "label",
        "labelled",
        "labeled",
        "box",
        "boxes",
        "heading",
        "headings",
        "headed",
        "subheading",
        "contents",
        "bottom",
        "closing",
        "opening",
        "arrowed",
        "bold",
        "printed",
        "grid",
        "grids",
        "matrix",
        "chart",
        "charts",
        "diagram",
        "glossary",
    ]
)
_LAYOUT = frozenset(stem(word) for word in LAYOUT_WORDS)


# a figure as the plans print one: "18,289", "23%", "£150k", "29.08.17", "0.8"
_SAID_FIGURE = re.compile(
    r"(?<![\w.,/-])(£?)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)*)(%|k\b|m\b)?"
    r"(?![\w/-]|\.\d|\s*-?\s*years?[\s-]*old|\s*(?:hours?|days?|weeks?|months?|years?)\b|"
    r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",  # "from 31 January 2023": a day, not a figure
    re.I,
)
_AGED = re.compile(r"\b(?:aged|age|ages)\s*$", re.I)
# A share said in words ("seventy per cent", "twenty-five percent"): the plans print it in figures
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SPELLED_SHARE = re.compile(
    rf"\b(?:(?P<tens>{'|'.join(_TENS)})(?:[\s-](?P<ones>{'|'.join(_ONES)}))?|(?P<small>{'|'.join(_TEENS + _ONES)}))"
    r"\s+(?:per\s*cent|percent)\b",
    re.I,
)


def said_figures(text: str) -> frozenset[str]:
    """The figures a question says ("What's 18,289 in the report?": "18289"): money, shares, dates and counts of
    ten or more, but not years ("2016"), ages ("aged 15", "15-year-old") or spans of time ("the first 12 months")."""
    found: set[str] = set()
    for match in _SAID_FIGURE.finditer(text):
        pound, number, unit = match.groups()
        plain = number.replace(",", "")
        if _AGED.search(text[: match.start()]):
            continue
        if not (pound or unit) and "," not in number and re.fullmatch(r"(?:19|20)\d{2}", plain):
            continue  # a year ("2,000" is a count)
        if not (pound or unit or "," in number or "." in number) and int(plain) < 10:
            continue  # "two", "3 priorities": how many are wanted, not a figure to find
        found.add(plain)
    for match in _SPELLED_SHARE.finditer(text):
        tens, ones, small = (word.lower() if word else None for word in match.group("tens", "ones", "small"))
        if small:
            found.add(str((_TEENS.index(small) + 10) if small in _TEENS else _ONES.index(small) + 1))
        else:
            found.add(str(20 + 10 * _TENS.index(tens) + (_ONES.index(ones) + 1 if ones else 0)))
    return frozenset(found)


def figures_asked(text: str) -> frozenset[str]:
    """The figures a question asks about: those its asking clause says, or, when that clause points back ("What
    were the two counts behind it?"), the statistics said before it ("... shows an 11.2% fall in one row"): a
    share, a sum of money or a figure with decimals, not a story's ages or counts."""
    asking = asking_clause(text)
    said = said_figures(asking or text)
    if said or not asking or not POINTS_BACK_AT.search(asking):
        return said
    label = text[: text.find(asking)] if asking in text else ""
    if _FIGURES_LABEL.fullmatch(label):  # "12 and 16: what are these two numbers for?": the figures it labels
        return said_figures(label)
    return frozenset(match.group(2).replace(",", "") for match in _SAID_FIGURE.finditer(text) if _statistic(match))


# a label of figures alone before what is asked of them: "12 and 16:", "£40k, £12k and 9% -"
_FIGURES_LABEL = re.compile(r"\s*[£$]?\d[\d,.]*[%km]?(?:\s*(?:,|and|&|or)\s*[£$]?\d[\d,.]*[%km]?)+\s*[:–—-]?\s*", re.I)


def _statistic(match: re.Match[str]) -> bool:
    """Whether a figure said is a statistic (a share, money, decimals), not an age or a count in a story."""
    pound, number, unit = match.groups()
    return bool(pound or unit == "%" or "." in number)


POINTS_BACK_AT = re.compile(r"\b(?:it|this|that|these|those|them|they|its|their)\b", re.I)


@dataclass(frozen=True)
class Question:
    text: str
    expanded: ExpandedQuery
    councils: tuple[str, ...]
    unknown_councils: tuple[str, ...]
    years: tuple[int, ...]
    wants_list: bool
    wants_number: bool
    wants_definition: bool
    expected_count: int | None
    key_terms: tuple[str, ...]
    synonyms: dict[str, frozenset[str]] = field(default_factory=dict)  # key term -> plan words that also count
    counted: tuple[str, ...] = ()  # terms naming what a "how many ..." question counts
    compares: bool = False  # asks about every plan or several ("compare", "each council")
    which_plans: bool = False  # asks which plans say something at all ("which plans mention FGM?")
    carried: frozenset[str] = frozenset()  # key terms a follow-up carried over rather than said
    narrative: frozenset[str] = frozenset()  # key terms of the story around a long message's question
    # key terms said only in a remark of the asker's before the question ("Quick check before I cite it in an essay:
    # the plan runs from what day?"): they say nothing of what kind of answer is wanted
    remark: frozenset[str] = frozenset()
    phrased: frozenset[str] = frozenset()  # key terms of an everyday phrase for what the plans name
    # key terms pointing at where on the page the answer is ("the closing bullets", "the outcomes column", "two
    # lines at the bottom of the table"): the answer is there, and need not say the words that point to it
    layout: frozenset[str] = frozenset()
    # figures the question says in asking ("18,289 — what's that projection?", "23% to 14%: what measure?"): a passage
    # saying the same figure is what the question asks about (thousands separators dropped)
    figures: frozenset[str] = frozenset()
    named: frozenset[str] = frozenset()  # key terms of names the question uses ("Ofsted", "20mph", "CCTV")
    # key terms of the places the question says where something is ("around Nunhead"): where, not what about
    places: frozenset[str] = frozenset()
    # key term -> word, of the nouns the question asks with, outside any story ("pothole", "instalments"):
    # a thing no plan has a word near is what it asks about (assistant.answering.things)
    things: tuple[tuple[str, str], ...] = ()
    # key terms of what the asking clause is about ("what is being done about fireworks?"): a subject no plan
    # names, nor has a plan word for, is not the thing of a plan word near it in meaning ("fire")
    subjects: frozenset[str] = frozenset()
    # key term -> word, of the nouns of the story around a question ("rats in the bins behind our flats"): when
    # the question itself names no thing ("will the council send someone out?"), the story says what it is about
    story_things: tuple[tuple[str, str], ...] = ()
    focus: str = ""  # for a message telling a story, what it asks, with the plans' words for its phrases
    # ... and each sentence of the story that says something of its own: the one that holds what matters ("I work
    # shifts and can never get to the events") is read alone, not drowned by the rest of the story
    sentences: tuple[str, ...] = ()
    set_aside: tuple[str, ...] = ()  # councils named only to be put aside ("leaving Sutton aside")
    plans: tuple[str, ...] = ()  # sources of the plans named by kind and years ("the 2017-2020 plan")
    # A follow-up that leans on the last answer: (chunk id, quote) of what that answer quoted. The reader
    # looks in those passages first and says something new ("Has it worked?" after what it does).
    seen: frozenset[tuple[str, str]] = frozenset()
    wants_contact: bool = False  # a number to ring or an address to write to ("what number do I ring?")
    wants_time: bool = False  # a time of day or opening hours ("what time does the hub open?")
    wants_date: bool = False  # a date, not a year ("on what exact day?", "what date is the conference?")
    wants_item_number: bool = False  # the number the plan prints before an item ("which action number ...?")
    wants_findings: bool = False  # what a study found ("what did the review conclude?"): `findings`
    # (chunk id, quote) of what the parts of a compound question before this one quoted (also in `seen`, so that the
    # part reads them and says something new), for what only a follow-up may do with what it saw
    said: frozenset[tuple[str, str]] = frozenset()
    # the last question asked whether ("Is the fire brigade part of the strategy?"): its answer quoted what shows it
    # is, and what the follow-up asks of it ("What will they help them with?") may be in those very quotes
    seen_whether: bool = False


# An item named by the number the plan prints before it: "action 3.3", "paragraph 4.2", "outcome 1.1" (not a
# figure: "1.4 per cent", "3.5m")
NAMED_NUMBER = re.compile(
    r"\b(actions?|objectives?|priorit(?:y|ies)|items?|points?|paragraphs?|paras?|sections?|outcomes?|aims?|"
    r"recommendations?|commitments?|measures?|indicators?|targets?|themes?|strands?|steps?|goals?|no\.?|"
    # the parts of a council's committee report, whose paragraphs are numbered: "legal implications, 4.2"
    r"(?:comments|implications|considerations|clauses?),?)\s+"
    r"(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?![\d%]|\.\d|\s*(?:%|per\s*cent|million|m\b|bn\b|k\b))",
    re.I,
)

# What number the plan prints before an item ("which action number covers ...?", "which Sutton action is about
# ...?", "what paragraph number is headed ...?"): the answer quotes the item with its number
ITEM_NUMBER_ASKED = re.compile(
    r"\b(?:actions?|objectives?|outcomes?|recommendations?|paragraphs?|items?|points?|commitments?|measures?)\s+"
    r"(?:number|no\.?)s?\b|"
    r"\bwhich\s+(?:of\s+)?(?:[\w'’/-]+\s+){0,2}?(?:actions?|objectives?|outcomes?|recommendations?|paragraphs?|"
    r"commitments?)\b|"
    r"\b(?:what|which)\s+number\s+(?:is|was|are|were|has|does)\s+(?:that|it|this|the)\b",
    re.I,
)

# A question asking yes or no
WHETHER = re.compile(r"^\W*(?:is|are|was|were|does|do|did|has|have|can|could|will|would|should)\b", re.I)


def analyse(text: str, lexicon: Lexicon, indexed_councils: Iterable[str], context: str = "") -> Question:
    """Read a question; `context` holds words a follow-up carries over from earlier turns (councils,
    years, topic). They widen retrieval, scope and key terms; what kind of answer is wanted comes
    from the question alone. Councils and plans named by their initials are read by their names ("LBTH":
    "Tower Hamlets"), and a plan named by its kind and years ("the 2017-2020 plan") is that plan."""
    text, spelled = lexicon.names.spell_out(text)
    context = lexicon.names.spell_out(context)[0] if context else context
    expanded = lexicon.expand(text)
    if context:
        carried = lexicon.expand(context)
        expanded = ExpandedQuery(
            text=f"{expanded.text} {carried.text}",
            question=f"{expanded.question} {carried.question}",
            corrected={**carried.corrected, **expanded.corrected},
            expansions={**carried.expansions, **expanded.expansions},
        )
    indexed = tuple(sorted(set(indexed_councils)))
    named = _named_councils(expanded.text, (*indexed, *UK_COUNCILS))
    asking = asking_clause(text)
    named_in_question = _named_councils(asking, (*indexed, *UK_COUNCILS)) if asking else []
    if named_in_question and not set(named_in_question) & set(indexed):
        # "Sutton works with Croydon ... What are Croydon's priorities?" asks only about a council without plans
        named = named_in_question
    # "leaving Tower Hamlets aside, what did ... promise?"; "which other councils ...? (other than Lewisham)"
    set_aside = _set_aside(f"{text} {context}", named)
    set_aside |= _set_aside(text, [name for name in named if name not in indexed], _CAME_FROM)
    named = [name for name in named if name not in set_aside]
    plans = lexicon.names.named(f"{text} {context}", [name for name in named if name in indexed])
    named += [plan.council for plan in plans if plan.council not in named and plan.council not in set_aside]
    # people and places only one council's plans name ("my son in Peckham") say which council; they stay words of
    # the question, which may be about them ("Will the partnership commission Street Pastors?")
    if not named and not (COMPARE.search(text) or WHICH_PLANS.search(text)):
        names = lexicon.names.names_said(f"{text} {context}")
        named += sorted({council for council in names.values() if council in indexed and council not in set_aside})
    councils = tuple(name for name in named if name in indexed)
    unknown = tuple(name for name in named if name not in indexed)
    expected = stated_count(text)
    service = _NUMBER_FOR_NAME.search(text)
    # (a website or a number told of before the question is not asked for: "Your website crashed on me. Which
    # cafés have joined the scheme?")
    wants_contact = bool(CONTACT_ASKED.search(_from_first_question(text))) or (
        service is not None and not any(_possessor(service.group("name")) in name.split() for name in named)
    )
    # a figure said in a story told before the question is no figure asked, unless the question points back at it
    # ("Tower Hamlets tracks how many people keep ringing 999 — what's the indicator?"; not "... — what is it?")
    told, after = _told_then_asked(text)
    # (but "How often does the MARAC sit — weekly or monthly?" asks before the dash, and offers answers after it)
    told_only = (
        bool(told) and not _POINTS_BACK.search(after) and not _asks_figure(after) and not _OPENS_A_QUESTION.match(told)
    )
    wants_number = _asks_figure(text) and not told_only and not _FIGURE_GIVEN.search(text) and not wants_contact
    # the words naming a council or a plan say which plan, not what about ("the February 2023 scrutiny paper")
    council_words = {
        word for name in [*named, *spelled.values(), *(plan.said for plan in plans)] for word in words(name)
    }
    # ... and so do the names of who made it ("Caroline Thwaites' report", "the strategy Joe Mutter co-wrote")
    council_words |= {word.lower() for word in lexicon.names.makers(text)}
    council_words |= {word.lower() for word in lexicon.names.describers(text)}  # "the Cheam strategy"
    asking_frequency = {match.group(1).lower() for match in _ASKING_FREQUENCY.finditer(text)}
    asking_until = bool(_UNTIL_WHEN.search(text))
    weight_asked = bool(WEIGHT_ASKED.search(text))
    framed = _NAME_ASKED.sub(" ", _IDIOM.sub(" ", _A_FIGURE_ASKED.sub(" ", _AS_SAID_IN.sub(" ", expanded.question))))
    framed = _WHEN_FRAME.sub(" ", _SIDE_BY_SIDE.sub(" ", _ACROSS_PLACES.sub(" ", _DELIVERY.sub(" ", framed))))
    key_terms = tuple(
        dict.fromkeys(
            term
            for word in words(_ONE_OF_A_KIND.sub(" ", _EACH_STANDS_FOR.sub(" ", _NOT_WANTED.sub(" ", framed))))
            if word not in council_words
            and word not in FILLER
            and not (word in _ASKING_FIGURES and wants_number)
            and not (word in _WEIGHT_UNITS and weight_asked)
            and word not in asking_frequency
            and not (asking_until and word in _LASTING)
            and word not in _POINTING_BACK
            and not (word in _ASKING_CONTACT and wants_contact)
            for term in terms(word)
            if term not in _GENERIC and not term.isdigit()
        )
    )
    own = {term for word in words(text) for term in terms(word)}
    synonyms = {
        term: frozenset(terms(PLAIN_TO_PLAN[word]))
        for word in words(expanded.question)
        if word in PLAIN_TO_PLAN
        for term in terms(word)
    }
    phrased: set[str] = set()
    for said, plan in plain_phrases(expanded.question):  # each word of the phrase is found by the plan's words
        for term in terms(said):
            synonyms[term] = synonyms.get(term, frozenset()) | frozenset(terms(plan))
            phrased.add(term)
    # a resident's phrase for what the plans name ("reported it loads and nothing happens") is no story
    narrative = (_narrative(text, key_terms) | _offered(text, key_terms)) - phrased
    remark = _remark(text, key_terms)
    if (
        remark
        and not narrative
        and sum(lexicon.says(term) for term in key_terms if term not in remark) >= _OWN_AFTER_REMARK
    ):
        # "My Sutton print is missing headings — which theme covers the Channel Panel?": too short to tell a story,
        # but what the asker says of themselves before the dash is no subject when what follows names its own in
        # the plans' words ("We've got mice in our flat — will the council fumigate for free?" names none)
        narrative = remark
    return Question(
        text=text,
        expanded=expanded,
        councils=councils,
        unknown_councils=unknown,
        plans=tuple(plan.source for plan in plans),
        set_aside=tuple(sorted(set_aside)),
        years=tuple(dict.fromkeys(int(year) for year in _YEAR.findall(_LAW_YEAR.sub(" ", f"{text} {context}")))),
        # (but "how much will it get for its three Prevent projects?" asks one sum for them, unless asked of each)
        # (how long it runs is no list, though what runs is one: "how far ahead does it set out commitments?")
        wants_list=(bool(_LIST_CUES.search(_NOT_WANTED.sub(" ", text))) and not asking_until or expected is not None)
        and not (expected is not None and _HOW_MUCH.search(text) and not _OF_EACH.search(text)),
        wants_number=wants_number,
        wants_contact=wants_contact,
        wants_time=bool(_TIME_OF_DAY_ASKED.search(text)) and not wants_contact,
        wants_date=bool(_DATE_ASKED.search(text)) and not wants_contact,
        wants_item_number=bool(ITEM_NUMBER_ASKED.search(text)) and not wants_contact,
        wants_definition=_wants_definition(text),
        wants_findings=bool(FINDINGS_ASKED.search(text)),
        expected_count=expected,
        key_terms=key_terms,
        synonyms=synonyms,
        counted=_counted(text, council_words, expanded.corrected),
        compares=bool(COMPARE.search(text) or WHICH_PLANS.search(text)) and not _places_in_plan(text, councils),
        which_plans=bool(WHICH_PLANS.search(text) or COMPARE.search(text) and _WHICH_ONES.search(text))
        and not _places_in_plan(text, councils),
        carried=frozenset(term for term in key_terms if term not in own) if context else frozenset(),
        narrative=narrative,
        remark=remark,
        phrased=frozenset(phrased),
        layout=frozenset(term for term in key_terms if term in _LAYOUT),
        figures=figures_asked(text),
        named=frozenset(term for word in _NAME_LIKE.findall(text) for term in terms(word)) & set(key_terms),
        places=frozenset(term for word in lexicon.names.places_said(text) for term in terms(word)) & set(key_terms),
        focus=_focus(text),
        sentences=story_sentences(text),
        subjects=frozenset(_subject_words(text)) & (set(key_terms) - narrative),
        things=tuple(
            (term, word)
            for term, word in {**thing_words(text), **_subject_words(text)}.items()
            if term in key_terms and term not in narrative and (term not in synonyms or term in _subject_words(text))
        ),
        story_things=tuple(
            (term, word) for term, word in thing_words(text).items() if term in narrative and term not in synonyms
        ),
    )


# What a question asks the plans about, said after "about", "on" or "to tackle" ("what is being done about drinks
# being spiked in bars?"): its words name the subject, whatever their part of speech ("on my street" is a place).
_SUBJECT = re.compile(
    r"\b(?:about|regarding|concerning|on(?!\s+(?:my|our|his|her|their|your)\b)|tackl\w*|stop\w*|deal\w* with|"
    r"combat\w*)\s+"
    r"((?:(?!(?:in|at|near|around|from|with|by|for|to|of|as|when|where|while|if|late|every|this|that|it|them|these|"
    r"those)\b)"
    r"[a-z][a-z'-]*\s*){1,4})",
    re.I,
)


def _subject_words(text: str) -> dict[str, str]:
    """Key term -> word, of the words naming what the question's asking clause is about (not in a story)."""
    asking = asking_clause(text) or text
    found: dict[str, str] = {}
    for match in _SUBJECT.finditer(asking):
        joined = hyphen_joined(match.group(1))
        for word in words(match.group(1)):
            if word in FILLER or word in joined or not word.isalpha():
                continue
            for term in terms(word):
                found.setdefault(term, word)
    return found


# "... all the time — does ...?", "Stickers keep going up by the station: which theme ...?"
_CLAUSE = re.compile(r"[.!?;,:]+\s+|\s+[–—]\s+|\s+(?:but|so|because|cos|and)\s+", re.I)
_ASKS = re.compile(
    r"\b(what|how|why|who|whose|whom|which|where|when|is|are|does|do|can|could|will|has|have|any|anyone|anything|"
    r"anywhere)\b",
    re.I,
)
# ... or opens with a word that asks only there ("Were non-residents asked?"; "I was surprised" asks nothing), or
# with a request ("Name the three principles that guide it")
_ASKS_FIRST = re.compile(
    r"\W*(?:please\s+)?(?:was|were|did|would|should|must|may|might|shall|name|list|give|tell|show|describe|quote|"
    r"explain|summari[sz]e|outline)\b",
    re.I,
)
_STORY_WORDS = 15  # a message longer than this may tell a story before it asks
_OWN_AFTER_REMARK = 2  # key terms of its own a question after a remark names to set the remark's words aside
_STATEMENT_END = re.compile(r"(?<=[.!])\s+(?=[A-Z])")  # ... and a shorter one may say something first
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\w)")


# ... and "that" ending its clause ("does the plan acknowledge that?")
# "... Does the borough run one?": "one" ending the question stands for what the story names ("more than one" counts)
_POINTS_BACK = re.compile(
    r"\b(?:it|its|they|them|their|this|these|those)\b|\bthat\W*$|(?<!\bthan )(?<!\bno )(?<!\bthe )\bone\W*$", re.I
)
_OTHER = re.compile(r"\b(?:other|others|else)\b", re.I)  # "what other formats ...?": besides what was said
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|im|ive|me|my|mine|we|we're|our|us)\b", re.I)
_ONLY_WANT = re.compile(r"\b(?:I|we)(?:'d| would)?\s+(?:only\s+|just\s+)?(?:need|want|like)\b", re.I)  # "I only need"


# How a council regards what a story's question points back at ("treat this as a priority", "take it seriously")
_REGARD = frozenset(
    term
    for word in [
        "priority",
        "priorities",
        "prioritise",
        "treat",
        "treated",
        "serious",
        "seriously",
        "important",
        "take",
        "taken",
        "concern",
        "matter",
        "acknowledge",  # "does the plan acknowledge that?", "does it recognise it?": whether the plan says so at all
        "acknowledges",
        "acknowledged",
        "recognise",
        "recognises",
        "recognised",
        "recognize",
        "recognizes",
        "admit",
        "admits",
    ]
    for term in terms(word)
)


# What a story's question asks of the council without saying about what: doing, helping, stopping, for "people
# like her", "that sort of thing"
_ACTION_ONLY = frozenset(
    term
    for word in [
        "help",
        "helping",
        "helped",
        "stop",
        "stopping",
        "tackle",
        "tackling",
        "deal",
        "dealing",
        "done",
        "doing",
        "do",
        "anything",
        "something",
        "people",
        "person",
        "like",
        "sort",
        "kind",
        "thing",
        "things",
        "ask",  # "... paint a mural on the underpass — who do we ask?", "who do I contact?"
        "contact",
        "speak",
        "talk",
        "run",  # "... Does the council run one?", "offer anything", "provide one": that it is there at all
        "running",
        "offer",
        "offering",
        "provide",
        "providing",
    ]
    for term in terms(word)
)


_TOLD_BREAK = re.compile(r"\s[—–]\s|:\s|;\s")


def _from_first_question(text: str) -> str:
    """A message from its first sentence that asks something (a question mark ends it) on: what statements said
    before it tell, they do not ask (the whole message when no sentence asks)."""
    sentences = _STATEMENT_END.split(text.strip())
    first = next((index for index, sentence in enumerate(sentences) if "?" in sentence), 0)
    return " ".join(sentences[first:])


def _told_then_asked(text: str) -> tuple[str, str]:
    """A statement told before a dash or a colon, and the question after it ("Tower Hamlets tracks how many people
    ring 999 — what's the indicator?"); ("", text) when the message is not said so."""
    breaks = list(_TOLD_BREAK.finditer(text))
    if not breaks:
        return "", text
    told, after = text[: breaks[-1].start()], text[breaks[-1].end() :]
    return (told, after) if "?" in after and "?" not in told else ("", text)


# A time of day or the hours something is open: "what time does the hub open?", "its opening hours", "when is the
# drop-in open?" (not "what time of year", nor "when will the new hub open?", which asks a date)
_TIME_OF_DAY_ASKED = re.compile(
    r"\b(?:what|which)\s+times?\b(?!\s+(?:of\s+(?:the\s+)?year|period|frame|scale|span))|"
    r"\bopening\s+(?:times?|hours)\b|\bhours\s+(?:is|are)\s+(?:it|they|the\s+[\w'’-]+)\s+open\b|"
    r"\bwhen\s+(?:is|are)\b[^?.]{0,60}\bopen\b",
    re.I,
)


# A date asked for, which a year or a financial year does not give: "on what exact day?", "what date is the
# conference?", "the precise date" (not "what day" alone, which may ask a day of the week)
_DATE_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:exact\s+|precise\s+|actual\s+|specific\s+)?date\b|\b(?:exact|precise)\s+(?:date|day)\b|"
    # "what's its commencement day?", "the go-live date"
    r"\b(?:commencement|start|starting|launch|opening|closing|go-live|deadline)\s+(?:date|day)\b",
    re.I,
)


def _remark(text: str, key_terms: tuple[str, ...]) -> frozenset[str]:
    """The key terms said only in what the asker says of themselves before a colon or a dash, when the question
    after it has key terms of its own ("Quick sanity check before I cite it in an essay: ..."); empty otherwise."""
    told, after = _told_then_asked(text)
    if not told or not _FIRST_PERSON.search(told) or asks_something(told):
        return frozenset()
    asked = {term for word in words(after) for term in terms(word)}
    if not asked & set(key_terms):
        return frozenset()
    return frozenset(term for term in key_terms if term not in asked)


# "Is there one number to ring for the service, or do you go through your GP?": the asker's own guess at another
# way, offered after a yes-or-no question; an answer to the question need not say it
_OFFERED = re.compile(
    r",\s+or\s+(?:do|does|did|is|are|was|were|can|could|should|would|will|has|have|must)\s+(?P<offered>[^?]+)\?\W*$",
    re.I,
)


def _offered(text: str, key_terms: tuple[str, ...]) -> frozenset[str]:
    """The key terms said only in another way the asker offers after a yes-or-no question; empty otherwise."""
    offered = _OFFERED.search(text)
    if not WHETHER.match(text) or offered is None:
        return frozenset()
    asked = {term for word in words(text[: offered.start()]) for term in terms(word)}
    said = {term for word in words(offered["offered"]) for term in terms(word)}
    if not asked & set(key_terms):
        return frozenset()
    return frozenset(term for term in key_terms if term in said and term not in asked)


def _possessor(word: str) -> str:
    """A word without its possessive ending ("Wraxby's" is Wraxby)."""
    return re.sub(r"['’]s$", "", word)


def _asks_figure(text: str) -> bool:
    """Whether a text asks for a figure in words that ask for one ("how many", "what percentage", "when"), not
    in words that only look like it ("what numbers does it track?", "if the number of complaints drops, ...")."""
    kept = _ITEM_NUMBERS.sub(" ", _KINDS_OF_NUMBERS.sub(" ", _CONDITION.sub(" ", _NOT_WANTED.sub(" ", text))))
    kept = _MOST_FELT.sub(" ", kept)
    return bool(_NUMBER_CUES.search(_RATE_VERB.sub(" ", TARGET_VERB.sub(" ", kept))) or WEIGHT_ASKED.search(kept))


def _narrative(text: str, key_terms: tuple[str, ...]) -> frozenset[str]:
    """In a long message ("my nan lives alone ... is the council doing anything about scams?"), the key
    terms said only in the story around the question: they set the scene, the question says what is
    wanted. Empty when the message is short or its question has no key terms of its own ("what are they
    doing about it?")."""
    asking = asking_clause(text)
    if not asking:
        return frozenset()
    asked = {term for word in words(asking) for term in terms(word)}
    if not asked & set(key_terms):
        # "... When the partnership writes its strategies, whose objectives must it have in mind, set out in which
        # document?": the last clause asks with no word of its own; the sentence it ends asks the question
        # ("... Was there to be an online map for that? Name?": the last question that asks with words of its own)
        sentence = next(
            (
                part
                for part in reversed(_SENTENCE_END.split(text.strip()))
                if "?" in part and {term for word in words(part) for term in terms(word)} & set(key_terms)
            ),
            "",
        )
        if sentence and sentence.strip() != text.strip():
            asking = sentence
            asked = {term for word in words(asking) for term in terms(word)}
    if not asked & set(key_terms):
        # "Quick check before I cite it in an essay: the plan says it's valid from what day, until what day?": the
        # question follows what is said before a colon or a dash
        told, after = _told_then_asked(text)
        if told:
            asking = after
            asked = {term for word in words(asking) for term in terms(word)}
    said_after = text.rsplit("?", 1)[1] if "?" in text else ""
    if said_after.strip() and not _FIRST_PERSON.search(_ONLY_WANT.sub(" ", said_after)):
        # "... on domestic abuse? The objectives row, not the actions.": what follows the question says which
        # part of the answer is wanted; it tells no story
        asked |= {term for word in words(said_after) for term in terms(word)}
    if not asked & set(key_terms):
        return frozenset()
    if not (asked - _ACTION_ONLY) & set(key_terms) or (
        _POINTS_BACK.search(asking)
        and not _FIRST_PERSON.search(asking)  # "is there anything I can do to make them take it seriously?" asks
        and not (asked - _ACTION_ONLY - _REGARD) & set(key_terms)  # what the asker can do: its words are wanted
    ):
        # "has the council done anything to help people like her?", "does the council even treat this as a
        # priority?": the story says what about, and the question only asks that something be done, or how the
        # council regards what it points back at; its words are the ones set aside
        return frozenset(asked & set(key_terms))
    told = text.replace(asking, " ")
    if (
        (_POINTS_BACK.search(asking) or _OTHER.search(asking))
        and not _FIRST_PERSON.search(told)
        and not asks_something(told)
    ):
        # "Both plans talk about 'Safe Havens'. How does each of them use the idea?", "The plan offers it in
        # large print — what other formats are there?": not a story about the asker but what the question
        # points back at
        return frozenset()
    return frozenset(term for term in key_terms if term not in asked)


_OPENS_A_QUESTION = re.compile(
    r"^\W*(?:what|how|why|who|which|where|when|is there|are there|can|could|does|do|did|will|would|should|"
    r"has|have|tell|show|list|give)\b",
    re.I,
)


# "... — from what, and which borough?": a part asking only whose plan says it, which the plan an answer quotes says
_WHICH_PLAN = re.compile(
    r"^\W*(?:and\s+|also\s+)?(?:in\s+|from\s+)?(?:which|what|whose)\s+(?:borough|council|plan|document|area|"
    r"(?:local\s+)?authority|partnership)(?:['’]s)?(?:\s+(?:plan|strategy|report|document))?"
    r"(?:\s+(?:is|was)\s+(?:it|that|this)|\s+(?:says|said)\s+(?:it|that|this|so))?\W*$",
    re.I,
)


def asks_which_plan(text: str) -> bool:
    """Whether a question asks only which council's plan says what is asked ("and which borough?")."""
    return bool(_WHICH_PLAN.match(text))


def asks_something(text: str) -> bool:
    """Whether a message asks anything: a question mark, or a clause that opens as a question or a request
    ("I'm scared, someone is following me" asks nothing; "... what help is there round here" does)."""
    return "?" in text or any(_OPENS_A_QUESTION.match(clause) for clause in _CLAUSE.split(text))


def _focus(text: str) -> str:
    """What a story-telling message asks, in its words and the plans' words for its everyday phrases ("" for
    a message that tells no story): its meaning is not drowned by the story's."""
    asking = asking_clause(text)
    if not asking or len(_SENTENCE_END.split(text.strip())) < 2:  # the story is told in a sentence of its own
        return ""
    return " ".join([asking, *(plan for _, plan in plain_phrases(text))])


_STORY_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s+[-–—]\s+|;\s+")
_SENTENCE_WORDS = 4  # words a sentence of a story needs to say something of its own ("We're in Southwark." does not)


def wanted_text(text: str) -> str:
    """A question without what it says it does not want ("the objectives row, not the actions")."""
    return _NOT_WANTED.sub(" ", text)


def story_sentences(text: str) -> tuple[str, ...]:
    """The sentences of a message long enough to tell a story, each of at least a few words; empty when the
    message is short or says it all in one sentence."""
    if len(text.split()) <= _STORY_WORDS:
        return ()
    wanted = (_NOT_WANTED.sub(" ", part).strip(" ,;:") for part in _STORY_SENTENCE.split(text))  # not "not the X"
    said = tuple(part for part in wanted if len(part.split()) >= _SENTENCE_WORDS)
    return said if len(said) > 1 else ()


def asking_clause(text: str) -> str:
    """In a message long enough to tell a story, or that says something before it asks ("My eyesight isn't
    great. Can I get ...?"), the last clause that asks something ("" otherwise)."""
    if len(text.split()) <= _STORY_WORDS:
        sentences = _STATEMENT_END.split(text.strip())
        if len(sentences) < 2 or "?" in " ".join(sentences[:-1]):
            return ""
    clauses = [clause for clause in _CLAUSE.split(_up_to_question(text)) if clause.strip()]
    asking = [clause for clause in clauses if _ASKS.search(clause) or _ASKS_FIRST.match(clause)]
    if not asking:
        return ""
    if len(asking) > 1 and _OR_ELSE.match(asking[-1]):
        return asking[-2]  # "Is there one number to ring for the service, or do you go through your GP?"
    return _with_joined_object(asking[-1], text)


# "... anything in the strategy about tech and exploitation of kids?": what the asking clause asks about goes on
# past "and", when what follows it ends the question and only names more things (no one does anything there)
_ABOUT_END = re.compile(
    r"\b(?:about|on|for|regarding|concerning|around|covering|over|into|of)(?:\s+[\w'’-]+){1,3}\W*$", re.I
)
_JOINED_OBJECT = re.compile(r"^\s+and\s+(?P<more>[^?.!;:,—–]{1,60})\?", re.I)
_DOING = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|must|get|got|gets|"
    r"what|how|why|who|which|where|when)\b",
    re.I,
)


# another way the asker offers, after what they ask ("..., or do you go through your GP?")
_OR_ELSE = re.compile(r"^\W*or\s+(?:do|does|did|is|are|was|were|can|could|should|would|will|has|have|must)\b", re.I)


def _with_joined_object(asking: str, text: str) -> str:
    """The asking clause with the things it asks about that "and" joins to its end."""
    at = text.rfind(asking)
    if at < 0 or not _ABOUT_END.search(asking):
        return asking
    joined = _JOINED_OBJECT.match(text[at + len(asking) :])
    if joined is None or _FIRST_PERSON.search(joined["more"]) or _DOING.search(joined["more"]):
        return asking
    return f"{asking} and {joined['more'].strip()}"


def _up_to_question(text: str) -> str:
    """A message up to its last question mark, when what follows it asks nothing and requests nothing ("...
    which priority are they under? Just the letter is fine.", "... in what order? I can't see it in the
    headings."): a word like "is" there says how to answer, or what the asker sees, not what is asked; "... ?
    Give the figure if so." asks."""
    head, mark, tail = text.rpartition("?")
    if not mark or not tail.strip() or _ASKS_FIRST.match(tail) or _OPENS_A_QUESTION.match(tail):
        return text
    return head


_VERB_FORM = re.compile(r"^[a-z]{3,}(?:ed|ing)$")  # "answered", "living": a verb after what is counted
# ... and the verbs whose past forms do not end in "-ed": "how many sites found to be ...", "people felt ..."
_IRREGULAR_PAST = frozenset(
    words(
        "found seen made given taken held caught brought sent shown known told kept got won lost paid sold met "
        "built hit hurt left felt heard thought bought taught led fed stolen written driven chosen spoken thrown "
        "grown drawn broken begun"
    )
)


def _counted(text: str, council_words: set[str], corrected: dict[str, str] | None = None) -> tuple[str, ...]:
    """Key terms of the thing a figure question counts ("hate crimes" in "how many hate crimes were ..."), its
    words as the asker wrote them (with their typos corrected); or, when it names none there, those of the
    counted whole it asks how many of ("Of the 40 shops in the scheme, how many are on the high street?")."""
    match = _COUNTED.search(text)
    if not match:
        return ()
    kept = _counted_words(match.group(1), council_words, corrected)
    whole = _OF_COUNTED.search(text, 0, match.start())
    if not kept and whole is not None and _COUNTED_STOP & set(words(match.group(1))[:1]):
        kept = _counted_words(whole.group(1), council_words, corrected)
    return tuple(dict.fromkeys(kept))


# "Of the 40 shops in the scheme, how many ...?": the whole a count is asked of, by its number
_OF_COUNTED = re.compile(
    rf"\b(?:of|out of|among)\s+(?:the|those|these|its|their|all)\s+(?:\d[\d,]*|{'|'.join(NUMBER_WORDS)})\s+"
    r"((?:[\w'-]+\s*){1,3})",
    re.I,
)


def _counted_words(said_words: str, council_words: set[str], corrected: dict[str, str] | None) -> list[str]:
    kept: list[str] = []
    for position, said in enumerate(words(said_words)):
        if said in _COUNTED_STOP or position and kept and (_VERB_FORM.search(said) or said in _IRREGULAR_PAST):
            break  # "how many people answered ...": what is counted is said before the verb
        word = (corrected or {}).get(said, said)
        if word in council_words or word in FILLER or word in _NOT_COUNTED:
            continue
        kept.extend(term for term in terms(word) if term not in _GENERIC and not term.isdigit())
    return kept


_ASIDE = (
    r"(?:leaving|setting|putting|leave|set|put)\s+{name}\s+(?:aside|to one side)|"
    r"(?:apart from|other than|except(?:\s+for)?|besides|excluding|not just(?:\s+(?:for|in))?|beyond)\s+{name}"
)
# Where the asker comes from: "we're moving from Croydon to Cheam" asks about where they are going (a council with no
# plans here is no reason to refuse; one with plans may be what "theirs" points back at)
_CAME_FROM = (
    r"(?:moving|moved|move|relocating|relocated|coming|came)\s+(?:over\s+|here\s+|down\s+|up\s+)?from\s+{name}|"
    r"(?:used to live|grew up|previously lived)\s+in\s+{name}"
)


@lru_cache(maxsize=16384)
def _first_word(name: str) -> str:
    return name.split()[0].lower() if name.split() else name.lower()


def _set_aside(text: str, named: Iterable[str], aside_pattern: str = _ASIDE) -> set[str]:
    """The councils a question names only to put them aside ("leaving Tower Hamlets aside", "apart from
    Sutton", "not just Lewisham"): it asks about the others."""
    aside = set()
    for name in named:
        said = council_pattern(name).pattern.removeprefix(r"\b").removesuffix(r"\b")
        if re.search(aside_pattern.format(name=f"(?:the\\s+)?{said}"), text, re.I):
            aside.add(name)
    return aside


def council_years(text: str, councils: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """The years said with each council a question names, between its name and the next council's
    ("Tower Hamlets' 2017-21 plan and Southwark's 2023 scrutiny report": 2017 and 2023)."""
    spots = sorted(
        (match.start(), match.end(), name) for name in councils for match in council_pattern(name).finditer(text)
    )
    said: dict[str, tuple[int, ...]] = {}
    for index, (_, end, name) in enumerate(spots):
        stop = spots[index + 1][0] if index + 1 < len(spots) else len(text)
        years = tuple(int(year) for year in _YEAR.findall(_LAW_YEAR.sub(" ", text[end:stop])))
        if years and name not in said:
            said[name] = years
    return said


# Where a comparison's clause about one council gives way to the next ("Sutton's target for repeat victims
# beside the range Lewisham agreed"): the last of these between two councils' names.
_CLAUSE_BREAK = re.compile(
    r"\b(?:beside|against|alongside|next to|versus|vs\.?|compared (?:with|to)|with|and|while|whereas|but|or)\b|"
    r"[,;:—–]|\s-\s",
    re.I,
)
_CLAUSE_WORDS = 2  # words of its own a council's clause says before the break, for the question to be split


def council_clauses(text: str, councils: Iterable[str]) -> dict[str, str]:
    """Each council's own clause of a comparison that asks something different of each ("Put Sutton's
    target for repeat victims at its DV MARAC beside the repeat referral range Lewisham agreed for its
    MARAC"); empty when the councils are named together ("How do Lewisham and Southwark compare on ...?")."""
    spots = sorted(
        (match.start(), match.end(), name) for name in councils for match in council_pattern(name).finditer(text)
    )
    if len({name for _, _, name in spots}) != len(spots) or len(spots) < 2:
        return {}  # a council named twice, or one alone: no clause is one council's
    breaks = [0]
    for (_, end, _), (start, _, _) in zip(spots, spots[1:], strict=False):
        naming = _PLAN_NAMING.match(text, end, start)  # "'s 2023 scrutiny report": the plan, not the clause
        after = naming.end() if naming else end
        found = list(_CLAUSE_BREAK.finditer(text, after, start))
        if not found:
            return {}
        own = text[after : found[-1].start()]
        if len([word for word in words(own) if word not in FILLER and not word.isdigit()]) < _CLAUSE_WORDS:
            return {}
        breaks.append(found[-1].start())
    breaks.append(len(text))
    clauses = {name: text[breaks[index] : breaks[index + 1]] for index, (_, _, name) in enumerate(spots)}
    last = spots[-1][2]
    tail = _SHARED_TAIL.search(clauses[last], spots[-1][1] - breaks[-2])
    if tail is not None:  # "... - what age groups does each cover?" is asked of every council
        clauses = {name: f"{clause.rstrip(' ,;:-–—?.')} {tail.group(1)}" for name, clause in clauses.items()}
        clauses[last] = text[breaks[-2] :]
    return clauses


# What a comparison asks of all the councils it names, after the last one's clause: "... - what age groups does
# each cover?", "... in Lewisham's plan? How is each worded?"
_SHARED_TAIL = re.compile(
    r"(?:[,;:.?!]|\s[-–—]|[–—])\s*((?:what|which|who|whom|whose|how|when|where|is|are|was|were|does|do|did)\b"
    r"[^,;:.?!–—]*\b(?:each|both|either|they|them|their|the two)\b[^,;:.!–—]*\??)\s*$",
    re.I,
)


def plan_clauses(text: str, periods: dict[str, tuple[int, int]]) -> dict[str, str]:
    """Each plan's own clause of a question setting plans of one council side by side by their years
    ("between the 2017-2020 plan and the five local priorities in the 2023 scrutiny report"): from the break
    before the first year naming it; empty unless each plan is named by its years in one stretch."""
    runs: list[tuple[int, int, str]] = []  # (start, end, plan) of the years naming each plan, in order
    for match in _YEAR.finditer(_LAW_YEAR.sub(lambda m: " " * len(m.group()), text)):
        year = int(match.group())
        covering = [plan for plan, (start, end) in periods.items() if start <= year <= end]
        if len(covering) != 1:
            continue
        if runs and runs[-1][2] == covering[0]:
            runs[-1] = (runs[-1][0], match.end(), covering[0])
        else:
            runs.append((match.start(), match.end(), covering[0]))
    if len(runs) < 2 or len({plan for _, _, plan in runs}) != len(runs):
        return {}
    breaks = [0]
    for (_, end, _), (start, _, _) in zip(runs, runs[1:], strict=False):
        found = list(_CLAUSE_BREAK.finditer(text, end, start))
        if not found:
            return {}
        breaks.append(found[-1].start())
    breaks.append(len(text))
    return {plan: text[breaks[index] : breaks[index + 1]] for index, (_, _, plan) in enumerate(runs)}


def for_plan(question: Question, clauses: dict[str, str], plan: str) -> Question:
    """A question setting plans side by side read for one of them: a count it states is of the plan whose
    clause states it ("the five local priorities in the 2023 scrutiny report" counts none of the 2017 plan's)."""
    if plan not in clauses:
        return question
    return replace(question, expected_count=stated_count(clauses[plan]))


def for_council(question: Question, council: str) -> Question:
    """A comparison read for one of its councils: without the words only another council's clause says
    (Lewisham's part of "Sutton's target for repeat victims ... beside the repeat referral range Lewisham
    agreed" does not ask about victims, nor Sutton's about a range)."""
    clauses = council_clauses(question.text, question.councils)
    if council not in clauses:
        return question
    own = set(terms(clauses[council]))
    others = {term for name, clause in clauses.items() if name != council for term in terms(clause)}
    kept = tuple(term for term in question.key_terms if term in own or term not in others)
    # what its clause asks is what the cues of the question's wording read ("target" is Barnfield's alone),
    # with the words that open the question before the first council's name ("By how much did crime fall in")
    first, opening = next(iter(clauses.items()))
    named = council_pattern(first).search(opening)
    said = clauses[council] if council == first or named is None else f"{opening[: named.start()]}{clauses[council]}"
    if kept and _premise(clauses, council):
        # what the question says of this council is to be shown from its plan, figures and all ("Barnfield's forum
        # meets every six weeks; how often does Corston ...?": the sentence saying every six weeks), not asked of it
        return replace(
            question,
            text=said,
            key_terms=kept,
            wants_list=False,
            wants_number=False,
            wants_definition=False,
            wants_date=False,
            wants_time=False,
            wants_contact=False,
            expected_count=None,
            counted=(),
            figures=frozenset(figure for figure in question.figures if figure in said.replace(",", "")),
        )
    return replace(question, text=said, key_terms=kept) if kept else question


# A council's clause that tells something, before a break and another council's clause that asks ("Barnfield
# calls it a Youth MARAC; what does Corston call its meeting?")
_WH_WORD = re.compile(r"\b(?:what|how|why|who|whose|whom|which|where|when)\b", re.I)
_COMMAND = re.compile(r"\W*(?:put|set|place|compare|contrast|weigh|match|line)\b", re.I)
_HARD_BREAK = re.compile(r"\s*(?:[;:.]|[—–]|-\s)")


def _premise(clauses: dict[str, str], council: str) -> bool:
    """Whether a council's clause of a comparison only tells what another council's clause, after a break,
    asks about its own plan."""
    told = clauses[council]
    if "?" in told or _WH_WORD.search(told) or _ASKS_FIRST.match(told) or _COMMAND.match(told):
        return False
    return any(
        "?" in clause and _HARD_BREAK.match(clause) and _WH_WORD.search(clause)
        for name, clause in clauses.items()
        if name != council
    )


# Words that name a plan after its council's name ("Southwark's 2023 scrutiny report", "Sutton's CSP strategy")
_PLAN_NAMING = re.compile(
    r"(?:['’]s?)?(?:\s+(?:the|its|their|(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?|community|safety|safer|"
    r"partnership|csp|annual|scrutiny|overview|cabinet|plans?|strateg(?:y|ies)|reports?|documents?|assessments?|"
    r"reviews?|papers?))*",
    re.I,
)


def without_plans_of(text: str, councils: Iterable[str]) -> str:
    """The text without the councils' names and the words naming their plans after them ("... and Southwark's
    2023 scrutiny report talk about Safe Havens": "... and talk about Safe Havens"): one council's search in a
    comparison is not led astray by the words that name another's plan."""
    for name in councils:
        pattern = council_pattern(name)
        said = pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
        text = re.sub(rf"\b{said}{_PLAN_NAMING.pattern}", " ", text, flags=pattern.flags | re.I)
    return text


# "the February 2023 scrutiny report", "the October 2017 overview and scrutiny pack": a plan named by its date
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_PLAN_BY_DATE = re.compile(
    rf"\b(?:the|its|their)\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d(?:\s*[-/–]\s*\d{{2,4}})?\s+(?:[A-Za-z&'’-]+\s+){{0,4}}?"
    r"(?:report|paper|pack|plan|strategy|document)\b",
    re.I,
)
# "The February 2023 scrutiny report: who is ...?": a label that names the plan asked about, and nothing else
_PLAN_LABEL = re.compile(r"^[^:?]{0,60}?\b(?:report|plan|strategy|paper|document|pack|agenda)\s*:\s+", re.I)


def without_plan_label(text: str) -> str:
    """The text without a label before a colon that names a plan ("The February 2023 scrutiny report: who is the
    additional Hate Crime Officer?": "who is ..."), or words naming one by its date ("In the February 2023
    scrutiny report, at which partnership was it launched?": "In , at which ..."): what the question asks is
    said around them."""
    return _PLAN_BY_DATE.sub(" ", _PLAN_LABEL.sub("", text, count=1))


# what a council's formal name says before its place ("the London Borough of Sutton", "Royal Borough of ...")
_BOROUGH_OF = r"(?:(?:[Tt]he\s+)?(?:London\s+|Royal\s+|Metropolitan\s+)?(?:Borough|City|County)\s+of\s+)?"


def unnamed(text: str, councils: Iterable[str]) -> str:
    """The question with the councils it names said as "the" ("Under which Tower Hamlets priority ...?":
    "Under which priority ...?", "Which of Sutton's themes ...?": "Which of the themes ...?"), for reading
    what kind of answer it wants whatever council it is about."""
    for name in councils:
        pattern = council_pattern(name)
        said = pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
        text = re.sub(rf"(?:\bthe\s+)?{_BOROUGH_OF}\b{said}(?:'|’)?(?!\w)", "the", text, flags=pattern.flags)
    text = re.sub(r"\b(which|what|the)\s+the\b", r"\1", text, flags=re.I)
    return re.sub(r"\bthe\s+(its|their|these|those)\b", r"\1", text, flags=re.I)


def _named_councils(text: str, names: Iterable[str]) -> list[str]:
    found: list[str] = []
    lowered = text.lower()
    for name in dict.fromkeys(names):
        # the first word's letters must be there: most names are ruled out without a pattern
        if _first_word(name) in lowered and council_pattern(name).search(text) and name not in found:
            found.append(name)
    # "City of London" should not also count as a mention of a council called "London"
    return [name for name in found if not any(name != other and name in other for other in found)]


_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SAID_NUMBERS = {word: n for n, word in enumerate(_UNITS, start=1)} | {word: n for n, word in enumerate(_TEENS, 10)}
_SAID_NUMBERS |= {ten: 10 * n for n, ten in enumerate(_TENS, start=2)}
_SAID_NUMBERS |= {f"{ten}-{unit}": 10 * n + u for n, ten in enumerate(_TENS, 2) for u, unit in enumerate(_UNITS, 1)}
_PAGE_IN_WORDS = re.compile(r"\b(pages?)\s+(" + "|".join(sorted(_SAID_NUMBERS, key=len, reverse=True)) + r")\b", re.I)


def pages_in_figures(text: str) -> str:
    """A page number said in words as plans print it ("page thirteen": "page 13"), so that it is looked up on the
    contents page like one said in figures."""
    return _PAGE_IN_WORDS.sub(lambda found: f"{found.group(1)} {_SAID_NUMBERS[found.group(2).lower()]}", text)
