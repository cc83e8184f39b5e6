"""What kind of answer a question wants, beyond "a list" or "a figure": questions the plan model answers.

- priorities: the plan's priorities or themes themselves ("What are Tower Hamlets' four priorities?")
- governance: who chairs, oversees, scrutinises, sits on or is reported to ("Who chairs the board?"), or the
  body a subject is given to ("Which board runs Prevent?")
- dates: when a plan was approved, published or written
- period: which plans cover a year, or what period a plan covers
- targets: a plan's targets or indicators as a whole ("What are Ashcombe's targets?")
- measures: how the plan will measure one subject ("How will they know the hate crime work is working?")
- parent: the priority or section something sits under ("Under which priority does the MARAC target sit?")
- outline: a plan's parts or sections ("How is the Safer Lewisham Plan laid out?")
- document: who wrote a plan or answers for it, from its document control ("Who wrote the strategy?")
Anything else is read from passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.places import place_asked
from assistant.answering.question import WHICH_PLANS, WHY_QUESTION
from assistant.retrieval.terms import terms
from ingest.plan.vocabulary import DATE_KINDS, RELATIONS

_PRIORITY_WORDS = (  # the longest first: "priority areas" is said whole, not as "priority"
    r"priority areas?|priorit(?:y|ies)|prioriti[sz]\w*|themes?|strategic (?:aims|objectives|priorities)|"
    r"focus areas?|key areas|"
    r"main aims|focus(?:es|ed|ing)? on|concentrat\w* on|work ?streams?|areas? of focus"
)
_PRIORITIES = re.compile(rf"\b({_PRIORITY_WORDS})\b", re.I)
_WHAT_ARE = re.compile(
    r"\b(what (?:are|were|is|has|have|does|do|did)|which (?:are|were)|list|name|outline|summari[sz]e|set out|"
    r"tell me|how many|main|key|"
    r"focus(?:es|ed|ing)? on|concentrat\w+ on|"
    r"(?:what|which)(?: [\w'’-]+){0,2}(?= (?:priorit|themes?\b|strategic aims|focus areas)))",
    re.I,
)
# How the priorities of two plans compare ("How did Southwark's priorities change between the plans?").
_CHANGED = re.compile(r"\b(chang\w*|differ\w*|compar\w*)\b", re.I)
# Any word that asks: a message with none is typed as a search ("sutton priorities 2021").
_ASKING = re.compile(
    r"\b(what|which|who|whom|whose|how|why|when|where|is|are|was|were|does|do|did|can|could|will|would|should|"
    r"has|have|tell|list|give|show|name|explain|describe|any)\b",
    re.I,
)
# Words that turn a priorities question into one about what sits under a priority.
UNDER = re.compile(
    r"\b(under|within|actions?|do|doing|deliver\w*|measured?|indicators?|targets?|why|how will|achieve\w*|"
    r"judged?|success\w*|offences|for (?:the )?\w+ priority|priority (?:on|of|about|for(?!\s+(?:19|20)\d{2})))\b",
    re.I,
)
_UNDER = UNDER
# A question may also ask who "leads" a body; the other words are the plan model's own.
# Who a body answers to, asked as who calls it to account (said of a body, "to account" is what scrutiny does)
_CALLED_TO_ACCOUNT = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:it|them|the\s+\w+(?:\s+\w+)?)\s+to\s+account\b", re.I)
_CHAIR = re.compile(rf"{RELATIONS['chair'].pattern}|\bleads? (?:the|it|them|this|that)\b", re.I)
_ASKED_RELATIONS = ("chair", "reports_to", "scrutiny", "members", "oversees")  # the most specific first
_WHO = re.compile(
    r"\b(who|whom|which (?:[\w-]+ ){0,2}?(?:bodies|body|boards?|groups?|committees?|commissions?|panels?|"
    r"partnerships?|organisations?|agencies|partners))\b",
    re.I,
)
# Who wrote a plan or answers for it, as its document control says ("Author | ...", "Lead Officer | ...").
_DOCUMENT_FIELD = re.compile(
    r"\b(authors?|authored|wrote|written|drew up|drawn up|draw up|drafted|lead officer|originating officer|report of|"
    r"lead member|contact officer|"
    r"head of|director of|corporate director|manager|"
    # "whose names are listed on the strategy?", "the byline": the people its document control names
    r"names?\s+(?:are\s+|is\s+)?(?:listed|printed|given|shown|put)\s+(?:on|at|in)\s+(?:the\s+)?(?:front|cover|"
    r"[\w'’-]+\s+(?:[\w'’-]+\s+){0,3}?(?:strategy|plan|report|document))|bylines?)\b",  # a post a document control
    re.I,  # names someone in
)
_WHICH_PERSON = re.compile(
    r"\b(?:which|what|name (?:of )?the|names of the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:councillors?|officers?|persons?|people|directors?|managers?|members?)\b|"
    r"\bwhose\s+names?\s+(?:are\s+|is\s+)?(?:listed|printed|given|shown|put)\b",  # not "whose names appear as author"
    re.I,
)
# The meeting a report goes before: the body that considers it, as its cover sheet names it.
_MEETING_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:committee|commission|meeting|panel|sub-committee|body)\b", re.I
)
_CONSIDERED_BY = re.compile(
    r"\b(?:going|goes|go|went|gone|presented|submitted|taken|brought|sent|considered|discussed|heard|reported)\s+"
    r"(?:to|by|at|before)\b|\b(?:written|prepared|produced|drafted|meant)\s+for\b|"  # "the body it was written for"
    # "which committee got the report?" (not "which body does it get its money from?")
    r"\b(?:got|gets|get|received|receives|receive|saw|sees|see)\s+(?:it|the|this|that)\b(?!\s+(?:money|funding)\b)",
    re.I,
)
# "Which board runs Prevent?", "what panel does it use for the MARAC?": the body a plan gives a subject to
_BODY_KINDS = (
    r"(?:boards?|panels?|committees?|forums?|sub-?groups?|networks?|bodies|body|"
    r"(?<!age )(?<!target )groups?(?!\s+of\b))"
)
BODY_ASKED = re.compile(
    rf"\b(?:which|what)\s+(?:[\w-]+\s+){{0,2}}?{_BODY_KINDS}(?:\s+or\s+(?:a\s+)?{_BODY_KINDS})?\b", re.I
)
_WHEN = re.compile(r"\b(when|what date|which date|date|dated|(?:what|which) (?:day|month|year))\b", re.I)
# The dates a question asks for, by the plan model's kinds; a question may say "write" where a plan says "written"
# ("When did they write it?", "When? (the authors of the strategy)").
ASKED_DATE_KINDS = tuple(
    (kind, re.compile(rf"{cue.pattern}|\b(?:write|writes|writing|authors?)\b", re.I) if kind == "written" else cue)
    for kind, cue in DATE_KINDS
)
_DATE_KINDS = tuple((kind, cue) for kind, cue in ASKED_DATE_KINDS if kind != "review")  # "by" asks no date
_PERIOD = re.compile(
    r"\b(in force|current|covers?|covering|cover(?:ed)?|applies|applied|apply|runs?|ran|span\w*|valid|"
    r"what (?:period|years?|time ?frame|timescale)|how long|superseded|replaced|previous plan|next plan|lifetime|"
    r"term of|start(?:s|ed)?|begins?|began|finish(?:es|ed)?|ends?|ended|expires?|expired)\b",
    re.I,
)
# A time of a year said by its month or season ("in force in December 2024", "at Christmas 2024")
TIMES_OF_YEAR = (
    "january february march april may june july august september october november december spring summer autumn "
    "winter christmas easter beginning middle mid early late"
)
# The words of a question about plans' periods themselves.
_PERIOD_TERMS = frozenset(
    terms(
        "in force current cover covers covering covered applies applied apply run runs ran running span valid "
        "period periods year years time frame timeframe timescale long superseded supersede replaced replace "
        "previous earlier later next newer older latest lifetime term plan plans strategy strategies document "
        "documents report reports date dates start starts end ends begin begins began last lasts lasted still "
        + TIMES_OF_YEAR
    )
)
_TARGETS = re.compile(r"\b(targets|(?:performance )?indicators|kpis|measures of success|success measures)\b", re.I)
# "How will ... be measured / tracked / judged", "what indicators for ...": the measures of one subject.
_ALL_PRIORITIES = re.compile(r"\bpriorities\b", re.I)
_MEASURE_NOUNS = re.compile(r"\b(indicators?|kpis?|outputs?|performance measures?)\b", re.I)
_MEASURED = re.compile(
    r"\bhow (?:will|would|do|does|is|are|can|should)\b.*\b(measur\w*|track\w*|monitor\w*|judg\w*|assess\w*|"
    r"evaluat\w*|gaug\w*|know (?:whether|if))\b|\b(indicators?|kpis?|success measures?|measures? of success|"
    r"outputs?|performance measures?)\b",
    re.I,
)
# "Under which priority does it sit?", "Which theme does the MARAC target come under?", "which priority does that
# feed?": where X sits in the plan.
PARTS = r"priorit(?:y|ies)|themes?|objectives?|sections?|strands?|chapters?|outcomes?|workstreams?|work streams?"
_PARTS = PARTS
# ... one thing's place, not which of them a plan has ("Which priorities are part of the plan?")
_PART = r"priority|theme|objective|section|strand|chapter|outcome|workstream|work stream|heading"
_PARENT_PARTS = rf"{_PARTS}|aims?|goals?|ambitions?|headings?"  # "which of its three aims covers it?"
_PLURAL_PARTS = r"priorities|themes|objectives|strands|outcomes|workstreams|aims|goals|ambitions"
_PARENT = re.compile(
    rf"\b(?:under|within|in|inside|into|to)\s+(?:which|what)\s+(?:{_PARENT_PARTS})\b|"
    # "where do blades sit among its four aims?"
    rf"\bwhere\s+(?:do|does|did|would|will|should)\s+[^?]{{1,60}}?\b(?:sit|sits|fit|fits|fall|falls|belong|belongs|"
    rf"come|comes)\b[^?]{{0,30}}?\b(?:among|in|within|under|amongst)\b[^?]{{0,40}}?\b(?:{_PARENT_PARTS})\b|"
    # "under which of the strategy's six themes ...?", "is that inside one of the three priorities?"
    rf"\b(?:under|within|in|inside|into)\s+(?:(?:which|what)\s+|one\s+)of\s+(?:[\w'’-]+\s+){{1,4}}?(?:{_PARENT_PARTS})\b|"
    # ... "which of Lewisham's three aims would they fall under?"; "the plan has three aims: which one would cover
    # a neighbour's loud music?"
    rf"(?:\b(?:which|what)\s+(?:(?:{_PART})\b(?!\s+(?:areas|themes|issues|topics))|"
    rf"(?:one\s+)?of\s+(?:its|the|their|these|those|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{_PARENT_PARTS})\b)|"
    rf"\b(?:{_PLURAL_PARTS})\b[^?:]{{0,40}}?\b(?:which|what)\s+one\b)[^?]*"
    rf"\b(?:sits?|comes?|falls?|belongs?|covers?|includes?|deals? with|(?:is|are) about|relates? to|concerns?|"
    rf"picks?\s+(?:[\w'’-]+\s+){{0,2}}up|handles?|takes?\s+(?:[\w'’-]+\s+){{0,2}}on|"
    rf"address(?:es)?|tackles?|focus(?:es)? on|is\s+(?:[\w'’-]+\s+){{0,6}}(?:under|part of|within)|"
    rf"feeds?|fits?|contributes? to|goes? (?:under|into|in)|links? (?:in )?to|(?:attached|tied|linked) to|"
    # "which of its six headings is the one meant to stop ...?", "which aim is for ...?"
    rf"(?:is|are)\s+(?:the\s+ones?\s+)?(?:meant|designed|intended|aimed|there|supposed)\s+to|aims?\s+to|"
    rf"(?:is|are)\s+(?:the\s+ones?\s+)?for\b|"
    # "which theme has 'Safe in Ourselves' in brackets?": a part whose words hold what the question quotes
    rf"(?:has|have|contains?|mentions?|carr(?:y|ies))(?=\s+[\"“‘'][^\"”’']+[\"”’']))",
    re.I,
)
# "Is there a priority about hate crime?", "What is its priority on violence called?", "how does each word it?":
# one priority's name, on a subject the question names (the priority its passages sit under).
_ONE_PRIORITY = r"(?:priority|theme)"
_NAMED_PRIORITY = re.compile(
    rf"\b(?:have|has|had|includ\w*|set|made|there)\s+(?:a|any|one)\s+(?:[\w'’-]+\s+){{0,3}}{_ONE_PRIORITY}\b"
    r"(?!\s+(?:setting|order|list))|"
    rf"\b(?:{_ONE_PRIORITY}|it|each|one)\b[^?.]*\b(?:called|named|titled|worded)\b|"
    r"\bhow (?:does|do|did) (?:each|it|they|the \w+)(?: \w+)? (?:name|word|call|title|describe) "
    r"(?:it|them|this|that)\b",
    re.I,
)
# "What are the main sections of the strategy?", "How is the plan laid out?": the plan's outline itself.
_OUTLINE = re.compile(
    r"\b(sections?|sub-?sections?|parts?|chapters?|contents|(?:sub-?)?headings?|sub-?headed|laid out|lay-?out|"
    r"structured|organi[sz]ed|arranged|broken (?:up|down)|divided)\b",
    re.I,
)
# A page the contents page gives: "what page is the appendix on?", "page number of Part Four", "the last item in
# the contents list, and its page?", "what's on page 12, per the contents?"
_PAGE_ASKED = re.compile(
    r"\b(?:what|which)\s+pages?\b|\bpages?\s+range\b|\brange\s+of\s+pages\b|\bpage\s+(?:numbers?|nos?\.?)\b|\b(?:and|with)\s+(?:its|the)\s+page\b|"
    r"\b(?:starts?|begins?|starting|beginning)\s+(?:on|at)\s+page\s+\d{1,3}\b|"
    r"\bcontents\b[^?]*\b(?:page\s+\d{1,3}|first|last|final)\b|\b(?:page\s+\d{1,3}|first|last|final)\b[^?]*\bcontents\b|"
    # "where in the document (page) is the DVA theme?"; "the title of the appendix listed in the contents"
    r"\(page\)|\bwhere\b[^?]*\bpage\b|\b(?:in|on|from)\s+(?:the\s+|its\s+|their\s+|[\w'’-]+['’]s\s+)?contents\b|"
    r"\blisted\b[^?]*\bcontents\b|"
    # "what follows Part Three in the contents?", "in the plan's contents, what comes after the appendix?"
    r"\bcontents\b[^?]*\b(?:follows?|following|after|next|before|precedes?|preceding)\b|"
    r"\b(?:follows?|following|after|next|before|precedes?|preceding)\b[^?]*\bcontents\b",
    re.I,
)
# headings asked for by how they are printed: "the headings in capitals", "capitalised headings"
IN_CAPITALS = re.compile(
    r"\b(?:capitali[sz]ed|capital[- ]letters?|(?:in|block|all)\s+(?:block\s+)?capitals|upper[- ]?case|all[- ]caps)\b",
    re.I,
)
_HEADING_SAID = re.compile(r"\b(?:sub-?)?headings?\b|\bsections?\b", re.I)
# What a committee report recommends, or what the meeting it goes to is asked to do ("what does the paper recommend?",
# "what is the Mayor in Cabinet asked to do?")
_RECOMMENDED = re.compile(
    r"\brecommend(?:s|ed|ing|ations?)?\b|\b(?:is|are|was|were)\s+(?:[\w'’&-]+\s+){0,4}?"
    r"(?:cabinet|committee|commission|council|mayor|board|members|meeting|councillors|panel|executive)\s+"
    r"(?:being\s+)?(?:asked|invited)\s+to\b",  # a meeting asked to decide; not "what are organisations asked to sign?"
    re.I,
)
# The headings one part of a plan is set out under: "the introduction's sub-headed sections", "its subsections"
SUBPARTS = re.compile(r"\bsub-?(?:head(?:ed|ings?)|sections?)\b", re.I)
# "Under each of its priorities, what headings ...", "how is every theme set out": what each part repeats.
_EACH_PART = re.compile(rf"\b(?:each|every|all)\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_PARTS})\b", re.I)
_THEIR_PRIORITY = re.compile(
    r"\b(?:one of (?:its|their|the) (?:\w+ )?(?:priorities|themes)|as (?:a|one of (?:its|their)) priorit(?:y|ies)|"
    r"(?:a|any) (?:[\w'’-]+ ){0,3}priority)\b",
    re.I,
)
_A_PRIORITY = re.compile(rf"\b{_ONE_PRIORITY}\b", re.I)
# "Is domestic abuse one of Sutton's priorities?", "Does the plan treat hate crime as a priority?": yes or no,
# which the list of priorities answers (the one named in it, or none)
_WHETHER_PRIORITY = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|has|have)\b[^?]*\b(?:one of (?:[\w'’-]+ ){0,4}(?:priorities|themes)|"
    r"(?:a|an|as a|among (?:[\w'’-]+ ){0,4})\s*(?:[\w'’-]+ ){0,2}(?:priority|priorities|theme)\b)"
    r"(?!\s+(?:setting|order|list))",
    re.I,
)
_NAMING = re.compile(r"\b(titles?|names?|called|titled|named)\b", re.I)
_PRIORITIES_LISTED = re.compile(r"\b(?:priorities|themes)\b", re.I)  # all of them asked: the list answers
# The plan before this one: "which earlier plan did it replace?", "what plan did they have before the 2017-21
# one?", "the previous strategy", "what did this plan supersede?" (not what replaced it: that is a later one).
_EARLIER_PLAN = re.compile(
    r"\b(?:previous|earlier|preceding|predecessor|prior|former|last|old)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:plans?|strateg(?:y|ies))\b|"
    r"\b(?:plans?|strateg(?:y|ies)|one)\b[^?.]*\b(?:before|preceded|predated)\b(?!\s+(?:it|its|the)\s+(?:was|is)\s+"
    r"(?:adopted|approved|agreed))|"
    r"\b(?:did|does)\b[^?.]*\b(?:plan|strategy)\b[^?.]*\b(?:replace|supersede|follow|succeed)\b",
    re.I,
)
# ... asked for by name ("which plan", "what strategy did they have", "what did it replace"), not what it said.
_PLAN_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}(?:plans?|strateg(?:y|ies)|one)\b(?!\s+(?:say|said|says|focus))|"
    r"\b(?:called|named|name of)\b|\b(?:replace|supersede)",
    re.I,
)
_COUNT_ASKED = re.compile(r"\bhow many\b", re.I)
_PLAN_NAME = re.compile(r"\b(?:[A-Z][\w'-]*\s+){1,6}(?:Plan|Strategy|Programme)\b")
_PLAN_WORDS = re.compile(r"\b(plans?|strateg\w+|documents?|reports?)\b", re.I)


@dataclass(frozen=True)
class Intent:
    kind: str  # priorities | targets | measures | parent | outline | document | governance | dates | period |
    # recommendations | passages
    relation: str = ""  # governance: chair | reports_to | ...; dates: a date kind; outline: "repeated" | "page";
    # parent: "named"


PASSAGES = Intent("passages")


# How a partnership came to have its priorities: "which priorities has it signed up to?", "the ones it agreed"
_ADOPTED = re.compile(
    r"\b(?:agree[sd]?|sign(?:ed|s)? up(?: to)?|adopt(?:ed|s)?|cho(?:se|sen)|picked|selected|settled on|decided on|"
    r"identified)\b",
    re.I,
)


def asking_terms(text: str) -> frozenset[str]:
    """The terms of the words that ask for a plan's priorities or name its period ("what did they decide
    to prioritise for the plan period?": "prioritise", "period"), or their headings or names ("list the
    priority headings"): they say what is asked, not about what."""
    said = " ".join(
        match.group(0)
        for pattern in (_PRIORITIES, _WHAT_ARE, _CHANGED, _OUTLINE, _NAMING, _ADOPTED)
        for match in pattern.finditer(text)
    )
    asked = frozenset(terms(said))
    return asked | frozenset(term for term in terms(text) if term in _PERIOD_TERMS)


# Why a plan runs for the years it does: "Why did they choose 2017-21 as the period?", "why does it run to 2021?"
# (a span that names the plan is not asked about: "why don't victims talk, according to the 2017-21 CSP plan?")
_WHY_PERIOD = re.compile(
    r"\bwhy\b[^?]*\b(?:period|term|length|runs?\s+(?:to|until|till)|last(?:s)?\s+until|"
    r"(?<!\bplan )(?<!\bplan for )(?<!\bstrategy )(?<!\bstrategy for )"
    r"(?:19|20)\d{2}\s*[-/–]\s*(?:19|20)?\d{2}\b(?!\s+(?:[\w-]+\s+){0,2}?(?:plan|strategy|document|report)s?\b))",
    re.I,
)


# "what did the Chair have to accept?": what the chair of a meeting did or must do, not who chairs
_WHAT_THE_CHAIR_DID = re.compile(
    r"\b(?:what|how)\s+(?:did|does|do|will|would|must|should|can|could|has|had|is|was)\s+(?:the|its|their)\s+"
    r"(?:chair|chairman|chairperson|chairwoman)\b(?!\s+of\b)",
    re.I,
)
# A condition a question is asked under, before the question itself ("When the chair decides whether a death needs
# a review, how is that decision made?"): it sets the scene, the question after it says what is asked
_CONDITION = re.compile(
    r"^\W*(?:if|when|whenever|once|unless|where)\b[^,?]{3,}?,\s*(?=(?:who|whom|what|how|which|where|why|when|is|are|"
    r"was|were|does|do|did|can|could|will|would|should|has|have)\b)",
    re.I,
)


def intent_of(text: str, years: tuple[int, ...] = (), key_terms: tuple[str, ...] | None = None) -> Intent:
    """The structure question a message asks, or PASSAGES when passages answer it better. With the
    question's key terms, a period question is one about plans and their periods alone ("which plan
    was in force in 2019?"), not about what replaced or covered something else. A condition before the
    question ("When the chair decides ..., how is that decision made?") asks nothing."""
    text = _CONDITION.sub("", text, count=1)
    if _PAGE_ASKED.search(text):
        return Intent("outline", "page")  # a contents page line the question names, or else the outline
    if IN_CAPITALS.search(text) and _HEADING_SAID.search(text):
        return Intent("outline")  # "the capitalised heading after the recommendations": how the plan is set out
    if _RECOMMENDED.search(text) and not _WHO.search(text):
        return Intent("recommendations")  # the reader answers it only from a section under that heading
    if _MEETING_ASKED.search(text) and _CONSIDERED_BY.search(text):
        return Intent("governance", "scrutiny")  # "which committee was it going to?": the one that considers it
    if (_WHO.search(text) or _WHICH_PERSON.search(text) or not _ASKING.search(text)) and _DOCUMENT_FIELD.search(text):
        return Intent("document")  # ... or typed as a search: "lead member for the plan's cabinet report"
    # "why did the Chair have to be satisfied ...?" asks for reasons, not who chairs
    if _WHO.search(text) and _CALLED_TO_ACCOUNT.search(text):
        return Intent("governance", "reports_to")  # "which bodies could call it to account?": those it answers to
    if _WHO.search(text) or (
        _CHAIR.search(text) and not WHY_QUESTION.search(text) and not _WHAT_THE_CHAIR_DID.search(text)
    ):
        for relation in _ASKED_RELATIONS:
            cue = _CHAIR if relation == "chair" else RELATIONS[relation]
            if cue.search(text):
                return Intent("governance", relation)
    if _WHEN.search(text):
        for kind, cue in _DATE_KINDS:
            if cue.search(text):
                return Intent("dates", kind)
    if _PARENT.search(text):
        return Intent("parent")
    if _NAMED_PRIORITY.search(text) and _A_PRIORITY.search(text) and not _PRIORITIES_LISTED.search(text):
        return Intent("parent", "named")
    if WHICH_PLANS.search(text) and _THEIR_PRIORITY.search(text):  # "which councils make ASB one of their priorities?"
        return Intent("parent", "named")
    if _WHY_PERIOD.search(text) and WHY_QUESTION.search(text):
        return Intent("period", "why")  # the reason a plan gives for its term
    if _EARLIER_PLAN.search(text) and _PLAN_ASKED.search(text) and not _COUNT_ASKED.search(text):
        # "which plan did it replace?", "what plan did they have before?"; not "how many old powers did the new
        # ASB powers in the plan replace?"
        return Intent("period", "earlier")
    about_other = key_terms is not None and sum(term not in _PERIOD_TERMS for term in key_terms) > 1
    if _OUTLINE.search(text) and _EACH_PART.search(text):
        return Intent("outline", "repeated")  # "what headings does each priority have?"
    if _OUTLINE.search(text) and (SUBPARTS.search(text) or not _PRIORITIES.search(text) and not _TARGETS.search(text)):
        # (the sub-headings of a part are the outline's, whatever the part is: "the sub-headed sections of the
        # introduction, before the six themes")
        return Intent("outline")  # the reader answers it only when the question names nothing but the plan
    if (
        _PLAN_WORDS.search(text)
        and _PERIOD.search(text)
        and not _PRIORITIES.search(text)
        and not about_other
        and not WHY_QUESTION.search(text)  # "why does the plan run to 2021?" asks for its reasons, not its years
    ):
        return Intent("period", "year" if years else "")
    unnamed = _PLAN_NAME.sub(" ", text)  # "the Partnership Delivery Plan" names a plan, not what is delivered
    # "how did the priorities change between plans?"; "tower hamlets priorities 2017-21", typed as a search
    asks = _WHAT_ARE.search(text) or _CHANGED.search(text) or not _ASKING.search(text)
    if _PRIORITIES.search(text) and asks and not _UNDER.search(unnamed):
        return Intent("priorities")
    if _WHETHER_PRIORITY.search(text):
        return Intent("priorities", "whether")
    if _TARGETS.search(text) and _WHAT_ARE.search(text) and not _PRIORITIES.search(text):
        return Intent("targets")
    # "its burglary priority", "its fourth priority": one priority's measures
    one_priority = (_MEASURE_NOUNS.search(text) or place_asked(text)) and not _ALL_PRIORITIES.search(text)
    if _MEASURED.search(text) and (not _PRIORITIES.search(unnamed) or one_priority):
        return Intent("measures")  # the priorities' measures, or one's unless named as such: passages
    if BODY_ASKED.search(text):
        return Intent("governance", "for")
    return PASSAGES
