"""Answering structure questions from the plan model: priorities, governance, dates and periods.

Each answer quotes the blocks the plan model's records came from. A question the model cannot
answer goes to the passage reader (None); one the model shows the plans do not answer (a body named
but not its chair, no plan covering a year) is refused with what the plans do say.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from lemminflect import getAllLemmas

from assistant.answering.evidence import Unit, printed, quoted_unit, units_of
from assistant.answering.extractive import Draft, Point, antecedent, brief
from assistant.answering.intent import (
    ASKED_DATE_KINDS,
    BODY_ASKED,
    IN_CAPITALS,
    SUBPARTS,
    TIMES_OF_YEAR,
    UNDER,
    Intent,
    asking_terms,
)
from assistant.answering.list_places import at_place, item_place, names_list
from assistant.answering.question import ACT_SECTION, POINTS_BACK_AT, Question, asking_clause, stated_count
from assistant.answering.tables import TableReader, table_asked
from assistant.answering.things import PlanWords, thing_words
from assistant.answering.years import year_spans
from assistant.retrieval.hybrid import Passage
from assistant.retrieval.terms import stem, terms, words
from ingest.chunking import sibling_shape
from ingest.documents import Chunk, PlanMetadata
from ingest.metadata import MONTHS
from ingest.plan import Body, Evidence, Plan, Priority, Section, Target
from ingest.plan.outline import CONTROL_LABELS
from ingest.plan.signed import names_person
from ingest.plan.vocabulary import RELATIONS
from ingest.text import split_sentences

_ABOUT_PRIORITIES = frozenset(
    term
    for word in [
        "priority",
        "priorities",
        "theme",
        "themes",
        "strategic",
        "aim",
        "aims",
        "objective",
        "objectives",
        "focus",
        "area",
        "areas",
        "key",
        "main",
        "what",
        "which",
        "list",
        "name",
        "outline",
        "tell",
        "set",
        "top",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "three",
        "two",
        "current",
        # how a plan's priorities came to be, and when ("what the CSP agreed by February 2023")
        "agreed",
        "agree",
        "adopted",
        "chose",
        "chosen",
        "identified",
        *MONTHS,
    ]
    for term in terms(word)
)
_ABOUT_TARGETS = frozenset(
    term
    for word in [
        "target",
        "targets",
        "indicator",
        "indicators",
        "performance",
        "kpi",
        "kpis",
        "measure",
        "measures",
        "success",
        "what",
        "which",
        "list",
        "main",
        "key",
        "set",
        "sets",
        "current",
    ]
    for term in terms(word)
)
# How a question asks about measuring ("how will they know whether the work is having an effect?").
_ABOUT_MEASURING = frozenset(
    term
    for word in [
        "measure",
        "measured",
        "track",
        "monitor",
        "judge",
        "assess",
        "evaluate",
        "gauge",
        "know",
        "whether",
        "progress",
        "work",
        "working",
        "effect",
        "effective",
        "impact",
        "succeed",
        "succeeding",
        "output",
        "outputs",
        "priority",
    ]
    for term in terms(word)
)
# How a question asks for a plan's outline ("walk me through the main parts of the plan").
_ABOUT_OUTLINE = frozenset(
    terms(
        "section sections part parts chapter chapters contents page pages heading headings laid lay layout structured "
        "structure organised organized arranged broken divided split main key what which how list name walk "
        "through tell outline plan strategy document report its their"
    )
)
_MIN_SECTIONS = 3
# headings asked for by how they are printed: "the headings in capitals", "capitalised headings"
_HEADINGS_PLURAL = re.compile(r"\bheadings\b|\bsections\b", re.I)
_ABOUT_CAPITALS = frozenset(
    terms(
        "capitalised capitalized capital capitals letter letters capital-letter capital-letters upper-case all-caps "
        "upper case caps block big main print printed written "
        "straight immediately directly right next come comes after follow follows following before precede single "
        "first last final paper report document list name"
    )
)


def _capitals(title: str) -> bool:
    """Whether a heading is printed in capitals ("LEGAL IMPLICATIONS"; not "4. Our Partners")."""
    letters = [ch for ch in title if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


# The words a question asking a contents page for a page asks with: they name no line of it
_ABOUT_CONTENTS = frozenset(
    terms(
        "page pages number numbers no contents content list listed listing item items entry entries line lines "
        "start starts begin begins found find appear appears sit sits what which where plan strategy document report"
    )
)
# A committee report's recommendations: the heading they are printed under
_RECOMMENDATIONS = re.compile(r"(?:\d+\.?\s+)?recommendations?\s*:?", re.I)
_ABOUT_RECOMMENDATIONS = frozenset(
    terms(
        "recommend recommends recommended recommendation recommendations asked invited do what which main key the "
        "report paper plan strategy document committee commission cabinet meeting members councillors"
    )
)
_MAX_HELD = 8  # units of what a heading holds that an answer quotes
_DIVISION_WORDS = frozenset(terms("part parts section sections chapter chapters priority priorities theme themes"))
_PAGE_GIVEN = re.compile(r"(?:page\s+|p\.?\s*)?(\d{1,3})", re.I)
_PAGE_SAID = re.compile(r"(?<!contents )\bpages?\b", re.I)  # a page asked, not the contents page named
_AT_PAGE = re.compile(r"\bpage\s+(\d{1,3})\b", re.I)
_CONTENTS_END = re.compile(r"\b(first|last|final)\b", re.I)
# the line listed next to one named: "what follows it?", "what comes after the appendix?", "which entry precedes it?"
_BESIDE_ASKED = re.compile(
    r"\b(follows?|following|after|next|before|precedes?|preceding)\b(?![^?]*\b(?:follows?|after|before)\b)", re.I
)
_NUMBER_WORDS = {
    stem(word): str(number)
    for number, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"], start=1
    )
}
# A question asking for the parts of one part of a plan: "which sections does the introduction have?"
_PARTS_ASKED = re.compile(r"\b(?:sections|headings|parts|chapters)\b", re.I)
# One part of a plan asked for by what it is about: "which numbered section ... is about going green?", "which number
# is the safeguarding section?", "where is the finance bit?"
_SECTION_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:numbered\s+|number(?:ed)?\s+)?(?:section|chapter)\b(?!\s+(?:numbers?|headings?)\b)|"
    # ... a part of the document, not of something in it ("which part of it is piloted?", "what part does the board
    # play?", "which part of the Constitution?")
    r"\b(?:which|what)\s+(?:numbered\s+)?part\s+of\s+(?:the|its|this|[\w'’-]+['’]s?)\s+(?:[\w/'’-]+\s+){0,3}?"
    r"(?:plan|strategy|report|paper|document)\b|"
    r"\bwhich\s+number\s+is\s+(?:the|its)\b[^?]*\bsection\b|"
    # "is there a section on housing?": the heading of the one that is
    r"\b(?:is|are)\s+there\s+(?:a|any)\s+(?:numbered\s+)?(?:section|chapter)s?\s+(?:on|about|for|covering|dealing\s+with)\b|"
    r"\bwhere\s+(?:is|are|'s|in)\b[^?]*\b(?:section|bit|chapter)\b(?![^?]*\b(?:start|starts|begin|begins)\b)",
    re.I,
)
_NUMBERED_ASKED = re.compile(r"\bnumber(?:ed)?\b", re.I)
# A section asked for by its number ("numbered section 7", "section no. 3"), not a paragraph's ("section 3.13")
_SECTION_NUMBER = re.compile(
    r"\b(?:section|chapter)\s+(?:no\.?\s*|number\s+)?(\d{1,2})\b(?![.,]\d)|"
    r"\bnumbered\s+(?:section|chapter|part)\s+(\d{1,2})\b(?![.,]\d)",
    re.I,
)
# ... by what it is called ("what is section 7 titled?", "the heading of section 2", "what's section 4 about?")
_TITLE_ASKED = re.compile(r"\b(?:title[sd]?|headings?|headed|called|named|name|about)\b", re.I)
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]?\s|part\s+(?:\w+)\b)", re.I)
_CONTENTS_SAID = re.compile(r"\bcontents\b", re.I)  # where a contents page puts a section: its page
_STEM_CHARS = 4  # a word this long or longer is said by a heading's longer form of it ("green": "greener")
_KIND_WORDS = 2  # words after a label that name the kind of thing asked ("good practice case studies")
_MIN_REPEATS = 2  # a subheading said under this many parts is one each part is set out under
_NEARLY_ALL = 0.75  # ... when it is said under this share of the parts the most repeated one is
# How a question asks for the date of a plan itself ("On what date was the plan first approved?").
_ABOUT_DATES = frozenset(
    terms(
        "when date dates day month year exact exactly precise what which plan strategy report document it its "
        "this that the first final formally officially version versions copy edition due scheduled planned set"
    )
)
_MAX_CONTROL_ROWS = 3
_NAMES_LISTED = re.compile(
    r"\bwhose\s+names?\b|\bnames?\s+(?:are\s+|is\s+)?(?:listed|printed|given|shown|put)\b|\bbylines?\b", re.I
)
_WROTE = re.compile(r"\b(wrote|written|writer|authored|drew up|drawn up|draw up|drafted)\b", re.I)
# Who a part of a plan is by or from: "who wrote the foreword?", "who is the welcome from?", "signed by whom?"
_THE = re.compile(r"^the\s+", re.I)
_NAME_ASKED = re.compile(r"\b(?:name|names|named|called)\b", re.I)  # "name the co-chairs", "what's the Mayor's name?"
# "who are the co-chairs who wrote the foreword?": who the people are, by name (not "who is it from?")
_WHO_ARE = re.compile(r"\bwho\s+(?:are|were)\b", re.I)
_SIGNED_ASKED = re.compile(
    r"\b(?:who|whom|whose)\b[^?]*\b(?:wrote|written|writes?|writer|authored|authors?|signed|signs?|from|by)\b|"
    r"\b(?:wrote|written|authored|signed|from|by)\s+whom\b",
    re.I,
)
_MAX_SECTIONS = 20  # lines of a contents page an answer shows
_INHERITED = 0.5  # what a subject word in a heading above a group of measures counts for, beside one in its own
_MEASURES_SHARE = 0.5  # of a question's subject terms the heading or words of a group of measures must say
_SAID_MEASURE_TERMS = 3  # a subject said in this many terms or more, all said by one measure, is that measure's
_BODY_WORDS = frozenset(
    term
    for word in [
        "board",
        "partnership",
        "executive",
        "committee",
        "group",
        "panel",
        "forum",
        "commission",
        "council",
        "the",
        "of",
        "and",
        "for",
    ]
    for term in terms(word)
)
_JOINING = frozenset(terms("the of and for"))  # words of a body's name that are not its kind
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_RELATION_WORDS = {
    "chair": "chairs",
    "reports_to": "reports to",
    "members": "sits on",
    "scrutiny": "scrutinises",
    "oversees": "oversees",
}


_MAX_ACTIONS = 12
# words that pick a priority out by its number or its plan's year ("the three numbered priorities for the
# year"), not by what it takes in
_STRUCTURE_TERMS = frozenset(terms("number numbered numbers year years"))
_ALIKE_STATEMENT = 0.7  # a plan word this close in meaning to an asker's says it, in a priority's statement
_EVERYWHERE = 0.25  # a word in more than this share of a plan's passages is what the whole plan is about
_NAMED_SHARE = 0.6  # of a priority title's distinctive words a question must use to name it
_WHETHER = re.compile(r"^\s*(?:is|was|are|were|does|did|do|has|have)\b|\bwhether\b", re.I)  # asks yes or no
_WHICH_DOCUMENT = frozenset(terms("report plan strategy document paper"))  # a label's words naming no field
_OPENING_PASSAGES = 2  # a plan's cover sheet: the meeting that considers it is named there
# A priority asked for by its place: "the third priority", "its first theme"
_PLACES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8}
_PRIORITY_PLACE = re.compile(rf"\b({'|'.join(_PLACES)})\s+(?:priority|theme|strand|objective)\b", re.I)
# words that ask what a priority is ("what is the third priority called?", "describe the first theme")
_WHAT_IT_IS = frozenset(
    terms("name called title say mean about describe explain summary summarise cover focus type kind sort")
)
# "the one straight after the MARAC one", "placed right before ...": a thing named by its neighbour in the plan
_ADJACENT = re.compile(
    r"\b(?:comes?|came|is|sits?|placed|appears?|printed|set out)?\s*(?:straight|right|immediately|directly|just)?\s*"
    r"\b(after|before|following|preceding)\b",
    re.I,
)
# "the last good practice example", "the second case study": a thing named by its place in the order
_ORDER_PLACES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "last": -1, "final": -1}
_PLACE_IN_ORDER = re.compile(rf"\b(?:the|its)\s+({'|'.join(_ORDER_PLACES)})\b", re.I)
_OWN_WORDS = 2  # words of its own a question asks of a priority named by place, for something in it ("worry": no)
_PLAN_WORDS = "priority priorities theme themes strand objective plan strategy partnership council borough"
_DOING = re.compile(r"\bwhat (?:will|do|does|is|are)\b.*\b(?:do|doing|done)\b", re.I)  # "what will they do under ...?"
_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of\b", re.I)
_COUNTS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


@dataclass(frozen=True)
class Refusal:
    """The plans do not answer the question; `note` says what they do say."""

    note: str


class PlanReader:
    """Reads the plan model of the plans a caller may see."""

    def __init__(
        self, plans: Mapping[str, Plan], chunks: Mapping[str, Chunk], plan_words: PlanWords | None = None
    ) -> None:
        self._plans = plans
        self._chunks = chunks
        self._plan_words = plan_words  # the plans' words by meaning: an asker's word for what a statement says
        self._period_quotes: dict[str, Unit | None] = {}
        self._plan_uses: dict[str, list[frozenset[str]]] = {}
        self._by_source: dict[str, list[Chunk]] = {}
        self._names: dict[str, frozenset[str]] = {}  # plan source -> the names of its document control's people
        self._tables = TableReader(chunks)
        for chunk in chunks.values():
            self._by_source.setdefault(chunk.metadata.source, []).append(chunk)
        for same in self._by_source.values():
            same.sort(key=lambda chunk: chunk.ordinal)

    def _people_named(self, plan: Plan) -> set[str]:
        """The names of the people a plan's document control gives (authors, lead officer, lead member): words
        in capitals there that the plan never writes in lower case ("Joe Mutter", not "Services")."""
        if plan.source not in self._names:
            lower = {
                word for chunk in self._by_source.get(plan.source, []) for word in re.findall(r"\b[a-z]+\b", chunk.text)
            }
            said: set[str] = set()
            for _, line in plan.front_lines:
                label, _, value = line.partition(" | ")
                if value and _PEOPLE_LABELS.match(label):
                    said |= {
                        term
                        for word in re.findall(r"\b[A-Z][a-z]+\b", value)
                        if word.lower() not in lower
                        for term in terms(word)
                    }
            self._names[plan.source] = frozenset(said)
        return set(self._names[plan.source])

    def front_matter(self, source: str) -> frozenset[str]:
        """Chunks of a plan that are only its contents page or document control."""
        plan = self._plans.get(source)
        return frozenset(plan.front_matter) if plan else frozenset()

    def answer(
        self,
        question: Question,
        intent: Intent,
        councils: Sequence[str],
        visible: Sequence[PlanMetadata],
        passages: Sequence[Passage],
    ) -> Draft | Refusal | None:
        plans = self._candidates(question, councils, visible)
        if not plans:
            return None
        asked = table_asked(question)
        if asked is not None and not question.compares:  # "what are the outcomes table's column headings?"
            plan = self._first(question, plans, passages)
            found = [passage.chunk.id for passage in passages]
            drafted = self._tables.answer(question, asked, plan, found) if plan is not None else None
            if drafted is not None:
                return drafted
        if _OWNER_ASKED.search(question.text) and _NAMES_MEASURES.search(question.text) and not question.compares:
            plan = self._first(question, plans, passages)  # "which board owns the reoffending indicators?"
            owned = self._measures_owner(question, plan) if plan is not None else None
            if owned is not None:
                return owned
        if asked is None and not question.compares:  # "what is listed under Background Papers?": a column's cells
            plan = self._first(question, plans, passages)
            drafted = self._tables.named_column(question, plan) if plan is not None else None
            if drafted is not None:
                return drafted
        if (
            _SECTION_ASKED.search(question.text)
            and not question.compares
            and not _PAGE_SAID.search(question.text)
            and not _CONTENTS_SAID.search(question.text)
        ):
            plan = self._first(question, plans, passages)  # "which numbered section is about going green?"
            about = self._section_about(question, plan, passages) if plan is not None else None
            if about is not None:
                return about
        if _SIGNED_ASKED.search(question.text):  # "who wrote the foreword?": the heading or signature saying so
            signed = self._signed(question, self._first(question, plans, passages))
            if signed is not None:
                return signed
        placed = _PRIORITY_PLACE.search(question.text)
        if (
            intent.kind in ("passages", "priorities")
            and placed
            and not question.compares
            and not UNDER.search(question.text)
            and not question.wants_number  # "how many chose it as their third priority?" asks a count
        ):
            plan = self._first(question, plans, passages)  # "what is the plan's third priority?": that one, whole
            place = _PLACES.get(placed.group(1).lower(), 0)
            if plan is not None and place and place <= len(plan.priorities):
                priority = plan.priorities[place - 1]
                drafted = self._one_priority(priority)
                if drafted is None or not _asks_within(question, plan, priority, drafted, self._uses(plan)):
                    return drafted  # (not "for its sixth theme, how big an audience are the campaigns meant to have?")
        item = item_place(question.text)  # "the last action under ...": one of its actions, by its place
        if intent.kind in ("passages", "priorities") and (question.wants_list or _DOING.search(question.text) or item):
            plan = self._first(question, plans, passages)
            named = _named_priority(question, plan) if plan is not None else None
            if plan is not None and named is not None:  # "the actions under the Safe from Serious Violence priority"
                actions = self._actions(named, item)  # ... or, with none recorded, "is it one of the priorities?"
                if actions is None and intent.kind == "priorities" and _WHETHER.search(question.text):
                    return self._priorities(question, plan, passages)
                if actions is not None or question.wants_list or _DOING.search(question.text):
                    return actions
        if intent.kind == "passages":
            plan = self._first(question, plans, passages) if not question.wants_number else None
            return self._labelled(question, plan) if plan is not None else None
        if intent.kind == "period" and intent.relation == "why":
            return self._period_reason(plans)
        if intent.kind == "period" and intent.relation == "earlier":
            return self._earlier(plans, [self._plans[m.source] for m in visible if m.source in self._plans])
        if intent.kind == "period":
            return self._period(question, plans, [self._plans[m.source] for m in visible if m.source in self._plans])
        plan = self._first(question, plans, passages)
        if plan is None:
            return None
        if intent.kind == "priorities":
            return self._priorities(question, plan, passages)
        if intent.kind == "targets":
            return self._targets(question, plan) or self._measures(question, plan)
        if intent.kind == "measures":
            return self._measures(question, plan)
        if intent.kind == "parent":
            return self._parent(question, plan, passages, named=intent.relation == "named")
        if intent.kind == "recommendations":
            return self._recommendations(question, plan)
        if intent.kind == "outline" and intent.relation == "page":
            found = self._contents_page(question, plan)
            if found is not None or _PAGE_SAID.search(question.text):
                return found
            return self._outline(question, plan)  # "the sections on its contents page": all of them
        if intent.kind == "outline" and intent.relation == "repeated":
            return self._repeated_headings(plan)
        if intent.kind == "outline":
            return self._outline(question, plan)
        if intent.kind == "document":
            return self._document(question, plan)
        if intent.kind == "governance":
            return self._governance(question, intent.relation, plan)
        if intent.kind == "dates":
            return self._dates(question, intent.relation, plan)
        return None

    def _first(self, question: Question, plans: list[Plan], passages: Sequence[Passage]) -> Plan | None:
        """The plan a question is about, of several: for a follow-up leaning on the last answer, the one plan
        that answer quoted ("Who wrote the strategy?" ... "When?": the strategy, not the council's later
        report); else the one whose title the question says; else the one retrieval ranks first."""
        found = {passage.chunk.metadata.source for passage in passages}
        plans = [plan for plan in plans if plan.source in found] or plans  # a search of one plan answers from it
        quoted = {chunk.metadata.source for chunk_id, _ in question.seen if (chunk := self._chunks.get(chunk_id))}
        leaned_on = [plan for plan in plans if plan.source in quoted]
        if len(leaned_on) == 1:
            return leaned_on[0]
        asked = set(terms(question.text))
        titled = [plan for plan in plans if _title_words(plan) and _title_words(plan) <= asked]
        if len(titled) == 1:  # "Who wrote the Pendlebury Community Safety Strategy?": not the council's report
            return titled[0]
        return _first_retrieved(plans, passages)

    def plans_for(self, question: Question, visible: Sequence[PlanMetadata]) -> list[Plan]:
        """The plans a question is about, of those a caller may see (every one when it names no council)."""
        return self._candidates(question, question.councils, visible)

    def _candidates(self, question: Question, councils: Sequence[str], visible: Sequence[PlanMetadata]) -> list[Plan]:
        """The plans a question is about: those of the councils it names that cover a year it names. With
        several councils named, the years are read council by council ("the Tower Hamlets, Sutton and
        Southwark 2017-2020 plans": Sutton's plan is Sutton's one plan, whatever years it covers)."""
        plans = [self._plans[meta.source] for meta in visible if meta.source in self._plans]
        if councils:
            plans = [plan for plan in plans if plan.council in councils]
        named = [plan for plan in plans if plan.source in question.plans]
        if named and len(named) == len(question.plans):  # "the 2017-2020 plan": that plan, whatever years it covers
            plans = [plan for plan in plans if plan.council not in {p.council for p in named}] + named
        covering = [plan for plan in plans if any(_covers(plan, year) for year in question.years)]
        if len(councils) < 2 or not covering:
            return covering or plans
        chosen: list[Plan] = []
        for council in councils:
            own = [plan for plan in plans if plan.council == council]
            chosen += [plan for plan in own if plan in covering] or own
        return chosen

    def _priorities(self, question: Question, plan: Plan, passages: Sequence[Passage]) -> Draft | Refusal | None:
        if len(plan.priorities) < 2:
            return None
        spans = year_spans(question.text)
        if plan.period_start is not None and spans and not any(all(_covers(plan, y) for y in s) for s in spans):
            return None  # "the council plan priorities for 2014-2018", "the 2015 Community Plan's themes": another list
        if set(question.counted) - _ABOUT_PRIORITIES - asking_terms(question.text):
            return None  # "how many residents chose it as their second priority?" counts people, not priorities
        lead = plan.priority_lead
        stated = stated_count(lead.quote) if lead is not None else None
        if question.expected_count is not None and question.expected_count not in (len(plan.priorities), stated):
            return None  # the plan model found another list than the one the question counts (the plan's own
            # count of its priorities, "focuses on 8 key areas" over 7 columns, is the one asked)
        # the words of the plan's title and of the sentence that introduces its priorities say what the
        # list is ("the four priorities the Partnership agreed"); any other word asks about what is under them
        own = set(terms(f"{plan.title} {plan.council} {lead.quote if lead else ''}")) | _ABOUT_PRIORITIES
        if _another_list_named(question, plan):
            return None  # "the council plan priorities", "the cross-cutting themes": a list under its own heading
        own |= asking_terms(question.text)  # the words that ask for priorities, or for a plan's period
        own |= question.narrative  # and the story a long message tells around its question
        subject = [term for term in question.key_terms if term not in own and self._names_subject(plan, term)]
        named = [priority for priority in plan.priorities if subject and set(subject) <= set(terms(priority.title))]
        if subject and not named and _WHETHER.search(question.text) and not question.compares:
            # "is late-night noise one of its priorities?": the priority whose own statement says it, or else the
            # one a passage saying it sits under, if one does
            return self._stated_to_cover(question, plan) or self._under_priority(question, plan, passages)
        if subject and not named:
            return None  # about something under the priorities: passages say more
        if not subject and _WHETHER.search(question.text) and not question.compares:
            unsaid = self._unsaid(question, plan, own)
            if unsaid:  # "is cycling one of its priorities?", of a plan that says nothing of cycling or near it
                return Refusal(f"The {plan.title} does not name {' or '.join(unsaid)} among its priorities.")
        # ... or about one of them ("was child sexual exploitation a priority?"): the list says it is
        if named and _WHETHER.search(question.text) and not question.compares:
            return self._among_priorities(plan, named)  # "is domestic abuse one of them?": that one, among them
        points: list[Point] = []
        how_many = bool(_HOW_MANY.search(question.text))
        # the line that introduces them, or for "how many?" the one that says how many there are
        if (
            lead is not None
            and len(lead.quote.split()) <= 40
            and (lead.quote.rstrip().endswith(":") or how_many and stated)
        ):
            unit = self._unit(lead, "sentence")
            if unit is not None:
                points.append(Point(unit))
        elif lead is not None and stated is not None and (question.compares or stated != len(plan.priorities)):
            # set beside another plan's, or counted otherwise than the list ("focuses on 8 key areas" over 7
            # columns), the plan's own count of its priorities is said: the sentence of the lead that gives it
            unit = self._counting_sentence(lead)
            if unit is not None:
                points.append(Point(unit))
        for priority in plan.priorities:
            unit = self._unit(priority.evidence, "item")
            if unit is None:
                return None
            points.append(Point(unit, bullet=True))
        count = _COUNTS.get(len(plan.priorities), "")
        # the count is said only when the plan's own words do not give another ("8 key areas", 7 columns)
        note = f"That is {count} priorities." if how_many and count and stated in (None, len(plan.priorities)) else ""
        return brief(Draft(tuple(points), note=note))

    def _unsaid(self, question: Question, plan: Plan, own: set[str]) -> list[str]:
        """The words a question asks whether a plan has as a priority that the plan says nowhere, nor any word
        near them in meaning ("cycling", of a plan with no word of bicycles): the asker's words, as written."""
        uses = self._uses(plan)
        used = set().union(*uses) if uses else set()
        unsaid = []
        for word in dict.fromkeys(words(asking_clause(question.text) or question.text)):
            own_terms = [t for t in terms(word) if t in question.key_terms and t not in own | question.carried]
            if not own_terms or any(t in used for t in own_terms):
                continue
            readings = getAllLemmas(word)
            if readings and "NOUN" not in readings and not word.endswith("ing"):
                continue  # "has the priority list shrunk?": no thing asked about ("is cycling ...?" is one)
            near = self._plan_words.alike(word, _ALIKE_STATEMENT) if self._plan_words is not None else frozenset()
            if not near & used:
                unsaid.append(word)
        return unsaid

    def _among_priorities(self, plan: Plan, named: list[Priority]) -> Draft | None:
        """The priorities a yes-or-no question names, said as one of the plan's priorities."""
        units = [self._unit(priority.evidence, "item") for priority in named]
        if not units or any(unit is None for unit in units):
            return None
        lead = self._unit(plan.priority_lead, "sentence") if plan.priority_lead is not None else None
        points = [Point(lead)] if lead is not None and len(lead.quote.split()) <= 40 else []
        points += [Point(unit, bullet=True) for unit in units if unit is not None]
        said = "it is one" if len(named) == 1 else "they are among"
        return brief(Draft(tuple(points), note=f"Yes: {said} of the plan's priorities."))

    def _one_priority(self, priority: Priority) -> Draft | None:
        """A priority said whole: its line of the plan, not only the first sentence that names it."""
        unit = self._unit(priority.evidence, "item")
        if unit is None:
            return None
        end = unit.chunk.text.find("\n", unit.end)
        whole = Unit(unit.chunk, unit.start, end if end >= 0 else len(unit.chunk.text), "sentence")
        return brief(Draft((Point(whole),)))

    def _opening(self, plan: Plan, evidence: Evidence) -> bool:
        """Whether evidence is in a plan's document control or its first passages."""
        chunk = self._chunks.get(evidence.chunk_id)
        return evidence.chunk_id in plan.front_matter or (chunk is not None and chunk.ordinal < _OPENING_PASSAGES)

    def _counting_sentence(self, lead: Evidence) -> Unit | None:
        """The sentence of a lead that says how many priorities there are."""
        unit = self._unit(lead, "sentence")
        if unit is None:
            return None
        for start, end in _sentences(lead.quote):
            if stated_count(lead.quote[start:end]) is not None:
                return Unit(unit.chunk, unit.start + start, unit.start + end, "sentence")
        return None

    def _names_subject(self, plan: Plan, term: str) -> bool:
        """Whether a word of a priorities question names something inside the plan, judged by how the plan
        uses it: a word the plan never uses is the asker's own ("what did they decide to concentrate on?"),
        and one it uses all through is what the whole plan is about ("crime", "safety"); any other names a
        subject some of its passages are about ("What are the priorities for hate crime?")."""
        uses = self._uses(plan)
        holding = sum(term in words for words in uses)
        return 0 < holding <= _EVERYWHERE * len(uses)

    def _uses(self, plan: Plan) -> list[frozenset[str]]:
        """The words of each passage of a plan."""
        found = self._plan_uses.get(plan.source)
        if found is None:
            found = [frozenset(terms(chunk.text)) for chunk in self._by_source.get(plan.source, [])]
            self._plan_uses[plan.source] = found
        return found

    def _outline(self, question: Question, plan: Plan) -> Draft | None:
        """A plan's parts: its contents page line by line, or, without one, its numbered top-level headings
        (its top-level headings when none is numbered). Only for a question that names nothing but the
        plan: "what does the governance section say?" is read from passages."""
        own = set(terms(f"{plan.title} {plan.council}")) | _ABOUT_OUTLINE
        if IN_CAPITALS.search(question.text):
            return self._capital_headings(question, plan, own)
        if any(term not in own for term in question.key_terms):
            return self._subheadings(question, plan, own)
        units = [self._unit(line, "item") for line in plan.contents]
        if len(units) < _MIN_SECTIONS or any(unit is None for unit in units):
            units = self._top_headings(plan)
        if len(units) < _MIN_SECTIONS:
            return None
        points = tuple(Point(unit, bullet=True) for unit in units[:_MAX_SECTIONS] if unit is not None)
        return brief(Draft(points, truncated=len(units) > _MAX_SECTIONS))

    def _capital_headings(self, question: Question, plan: Plan, own: set[str]) -> Draft | None:
        """The headings a plan prints in capitals, for a question asking for those ("what are the report's
        headings in capitals?"): a committee report's own parts ("REASONS FOR DECISION", "FINANCIAL IMPLICATIONS"),
        not the headings of what it reports on. A question naming one of them and asking what comes after it
        gets those after it ("the capitalised heading straight after the recommendations": the next one alone)."""
        sections = [section for section in plan.outline if section.kind == "body" and _capitals(section.title)]
        units = [unit for unit in (self._heading(plan, section) for section in sections) if unit is not None]
        asked = set(question.key_terms) - question.carried
        named = [index for index, unit in enumerate(units) if (set(terms(unit.quote)) - own - _ABOUT_CAPITALS) & asked]
        allowed = own | _ABOUT_CAPITALS | {term for unit in units for term in terms(unit.quote)}
        if len(units) < 2 or any(term not in allowed for term in asked):
            return None
        if named and (beside := _BESIDE_ASKED.search(question.text)) is not None:
            at = named[0]
            before = beside.group(1).lower().startswith(("before", "preced"))
            units = units[:at] if before else units[at + 1 :]
            if not _HEADINGS_PLURAL.search(question.text):  # "what heading comes next?": one
                units = units[-1:] if before else units[:1]
        points = tuple(Point(unit, bullet=len(units) > 1) for unit in units[:_MAX_SECTIONS])
        return Draft(points) if points else None

    def _recommendations(self, question: Question, plan: Plan) -> Draft | None:
        """What a committee report recommends: what it prints under its "Recommendations" heading, up to the
        next heading. Only for a question that asks about nothing else: its words are the plan's title's or the
        recommendations' own ("the recommendation to the housing and community safety commission")."""
        for section in plan.outline:
            if section.kind != "body" or not _RECOMMENDATIONS.fullmatch(section.title.strip()):
                continue
            heading = self._heading(plan, section)
            if heading is None:
                continue
            held = self._held(plan, heading)
            said = set(terms(" ".join(unit.quote for unit in held)))
            allowed = said | _ABOUT_RECOMMENDATIONS | set(terms(f"{plan.title} {plan.council}"))
            if held and all(term in allowed for term in question.key_terms):
                return brief(Draft(tuple(Point(unit, bullet=unit.kind == "item") for unit in held)))
        return None

    def _held(self, plan: Plan, heading: Unit) -> list[Unit]:
        """What a plan prints under a heading: the units after it, in its passage and the next, up to the next
        heading of the plan's outline."""
        titles = {section.title.strip() for section in plan.outline}
        chunks = self._by_source.get(plan.source, [])
        at = next((index for index, chunk in enumerate(chunks) if chunk.id == heading.chunk.id), len(chunks))
        held: list[Unit] = []
        for chunk in chunks[at : at + 2]:
            units, _ = units_of(chunk)
            done = heading.end if chunk.id == heading.chunk.id else 0
            for unit in sorted(units, key=lambda unit: unit.start):
                if unit.start < done:
                    continue
                between = chunk.text[done : unit.start].split("\n")  # a heading line the units leave out
                if any(line.strip(" -•\t") in titles for line in between) or printed(unit).strip() in titles:
                    return held
                if unit.kind == "heading" or len(held) >= _MAX_HELD:
                    return held
                held.append(unit)
                done = unit.end
        return held

    def _contents_page(self, question: Question, plan: Plan) -> Draft | None:
        """The line of a plan's contents page a question asking for a page names, with the page it gives
        ("what page is Part Four on?": "PART FOUR | 22"): the line whose own words the question says most fully,
        when no other line is said as fully. Without one named, the line at a page the question names ("what's
        on page 12, per the contents?"), with the lines listed under it, or its first or last line."""
        entries = [(line, _contents_entry(line.quote)) for line in plan.contents]
        paged = [(index, title, page) for index, (_, (title, page)) in enumerate(entries) if page is not None]
        if not paged:
            return None
        own = set(_numbered_terms(f"{plan.title} {plan.council}")) | _ABOUT_CONTENTS
        # ... in the question's words or with its acronyms spelled out ("the DVA theme": "Domestic Violence and Abuse")
        said = _LINES_COUNTED.sub(" ", f"{question.text} {question.expanded.text}")  # not "two" of "two pages"
        asked = set(_numbered_terms(said)) - set(question.carried)
        shares: list[tuple[float, int]] = [
            (share, index) for share, index in _said_lines(entries, asked, own) if entries[index][1][1] is not None
        ]
        shares.sort(reverse=True)
        listed: dict[int, int] = {}  # a part's line: the line listed under it without a page that the question says
        if not shares:  # ... whose page is the part's
            for share, index in sorted(_said_lines(entries, asked, own), reverse=True):
                if (part := _paged_before(paged, index)) is not None and part not in listed:
                    listed[part] = index
                    shares.append((share, part))
        labelled = _division_labels(question.text)
        named = [index for index, title, _ in paged if _division_labels(title) & labelled]
        wanted = question.expected_count or _lines_wanted(question.text)
        if len(named) == 1:  # "Priority B", "Appendix 2": the line giving that label, whatever else it says
            chosen = named
        elif wanted > 1 and len(shares) >= wanted:  # "which two pages does governance take?": the two lines saying it
            chosen = sorted(index for _, index in shares[:wanted])
        elif shares and (len(shares) == 1 or shares[0][0] > shares[1][0]):
            chosen = [shares[0][1]]
        elif shares:
            return None  # two lines said as fully: which is meant is not clear
        elif (at := _AT_PAGE.search(question.text)) is not None:
            start = next((index for index, _, page in paged if page == int(at.group(1))), None)
            if start is None:
                return None
            chosen = [start]
            chosen += [index for index in range(start + 1, len(entries)) if index < _next_paged(paged, start)]
        elif (end := _CONTENTS_END.search(question.text)) is not None:  # "the last two entries": as many
            ends = [index for index, _, _ in paged]
            chosen = ends[: max(wanted, 1)] if end.group(1).lower() == "first" else ends[-max(wanted, 1) :]
        else:
            return None
        if len(chosen) == 1 and (beside := _BESIDE_ASKED.search(question.text)) is not None:
            # "what comes after Part Three?": the line listed next (or, "before", the one listed before), with
            # the line named
            step = -1 if beside.group(1).lower().startswith(("before", "preced")) else 1
            if 0 <= chosen[0] + step < len(entries):
                chosen = sorted([chosen[0], chosen[0] + step])
        if len(chosen) == 1 and chosen[0] in listed:
            chosen.append(listed[chosen[0]])
        elif len(chosen) == 1 and _LISTED_UNDER.search(question.text):  # "which items are listed under Part Two?"
            chosen += [index for index in range(chosen[0] + 1, len(entries)) if index < _next_paged(paged, chosen[0])]
        elif len(chosen) == 1 and _PAGES_SPANNED.search(question.text) and _next_paged(paged, chosen[0]) < len(entries):
            chosen.append(_next_paged(paged, chosen[0]))  # where the part ends: the page the next one starts on
        units = [self._unit(entries[index][0], "item") for index in chosen]
        points = tuple(Point(unit, bullet=len(units) > 1) for unit in units if unit is not None)
        return Draft(points) if points else None

    def _subheadings(self, question: Question, plan: Plan, own: set[str]) -> Draft | None:
        """The headings one part of a plan is set out under, for a question that names the part and asks for
        its sections ("the introduction has a few sub-headed sections: what are they?"): the headings nested
        under it or, in a flat outline, those after it up to the next part its contents page lists."""
        if not (SUBPARTS.search(question.text) or _PARTS_ASKED.search(question.text)):
            return None
        body = [section for section in plan.outline if section.kind == "body"]
        asked = set(question.key_terms) - question.carried
        named = [
            index
            for index, section in enumerate(body)
            if (said := set(terms(_heading_key(section.title))) - own) and said <= asked
        ]
        for index in sorted(named, key=lambda at: -len(terms(body[at].title))):  # the most fully named first
            under = _under(body, index, {_heading_key(line.quote.split(" | ")[0]) for line in plan.contents})
            units = [unit for unit in (self._heading(plan, section) for section in under) if unit is not None]
            if len(units) >= _MIN_REPEATS:
                return brief(Draft(tuple(Point(unit, bullet=True) for unit in units[:_MAX_SECTIONS])))
        return None

    def _section_about(self, question: Question, plan: Plan, passages: Sequence[Passage]) -> Draft | None:
        """The top-level section of a plan a question asks for by what it is about ("which numbered section of the
        report is about going green?": "8. SUSTAINABLE ACTION FOR A GREENER ENVIRONMENT"): the heading whose title
        says most of the subject, in the plan's words or words near the asker's; of several saying as much, or
        none, the one holding the first passage found that says some of it. Only the numbered headings when the
        question asks for a numbered one, or the plan numbers three or more."""
        own = set(terms(f"{plan.title} {plan.council} {plan.doc_type}")) | _ABOUT_OUTLINE | _NOT_SUBJECT
        subject = {t for t in question.key_terms if t not in question.carried | question.remark | own}
        tops = _top_sections(plan)
        numbered = [section for section in tops if _NUMBERED_HEADING.match(section.title)]
        if _NUMBERED_ASKED.search(question.text) or len(numbered) >= _MIN_SECTIONS:
            tops = numbered
        if not subject or len(tops) < _MIN_SECTIONS:
            return None
        saying = {term: {term, *question.synonyms.get(term, ())} for term in subject}
        if self._plan_words is not None:
            for word in words(question.text):
                for term in terms(word):
                    if term in saying:
                        saying[term] |= self._plan_words.alike(word, _ALIKE_STATEMENT)
        said = [(sum(_says_any(alike, section.title) for alike in saying.values()), section) for section in tops]
        most = max(count for count, _ in said)
        best = [section for count, section in said if count == most]
        found = [
            passage.chunk
            for passage in passages
            if passage.chunk.metadata.source == plan.source and subject & set(terms(passage.chunk.text))
        ]
        holding = [
            section
            for chunk in found
            for section in best
            if chunk.section and (chunk.section == section.path or chunk.section.startswith(f"{section.path} > "))
        ]
        chosen = best[0] if most and len(best) == 1 else next(iter(holding), None)
        unit = self._heading(plan, chosen) if chosen is not None else None
        return Draft((Point(unit),)) if unit is not None else None

    def section_titled(
        self, question: Question, councils: Sequence[str], visible: Sequence[PlanMetadata], passages: Sequence[Passage]
    ) -> Draft | None:
        """For a question naming a numbered section ("what is the title of section 7?"), the heading the plan
        prints with that number ("7. HOUSING IMPLICATIONS"), not a list item of the same number
        ("4. Outreach"): its one body heading opening with that number, not a subsection's ("7.2 ..."); of
        several, the one at the top of the outline, when only one is. Asked what the section says, not what it
        is called, what the plan prints under the heading too. None for a section of an Act ("section 17 of the
        Crime and Disorder Act"), or when the plan prints no such heading (its numbered lines are read as items)."""
        numbered = _SECTION_NUMBER.search(question.text)
        if numbered is None or ACT_SECTION.search(question.text) or question.compares:
            return None
        plans = self._candidates(question, councils, visible)
        plan = self._first(question, plans, passages) if plans else None
        if plan is None:
            return None
        number = int(numbered.group(1) or numbered.group(2))
        opening = re.compile(rf"^\W*0*{number}[.):]?\s+\w")
        found = [section for section in plan.outline if section.kind == "body" and opening.match(section.title)]
        if len(found) > 1:
            top = min(section.depth for section in found)
            found = [section for section in found if section.depth == top]
        unit = self._heading(plan, found[0]) if len(found) == 1 else None
        if unit is None or _TITLE_ASKED.search(question.text):
            return Draft((Point(unit),)) if unit is not None else None
        held = [Point(part, bullet=part.kind == "item") for part in self._held(plan, unit)]
        return brief(Draft((Point(unit), *held))) if held else None

    def _repeated_headings(self, plan: Plan) -> Draft | None:
        """The headings each part of a plan is set out under: the subheadings said again under (nearly) every
        one of its parts ("Why is this important?", "What is our focus?" under every priority), as the first
        part says them."""
        parents: dict[str, set[str]] = {}
        first: dict[str, Section] = {}
        for section in plan.outline:
            part = _part_of(section.path)
            if section.kind != "body" or part is None or part == section.title:
                continue
            key = _heading_key(section.title)
            parents.setdefault(key, set()).add(part)
            first.setdefault(key, section)
        most = max((len(under) for key, under in parents.items() if key), default=0)
        if most < _MIN_REPEATS:
            return None
        # said under (nearly) every part, as the most repeated are, not under two of them by chance
        repeated = [first[key] for key, under in parents.items() if key and len(under) >= _NEARLY_ALL * most]
        units = [unit for unit in (self._heading(plan, section) for section in repeated) if unit is not None]
        if len(units) < 2:
            return None
        return brief(Draft(tuple(Point(unit, bullet=True) for unit in units[:_MAX_SECTIONS])))

    def _labelled(self, question: Question, plan: Plan) -> Draft | None:
        """The things a plan sets out each under one label said again and again ("Good Practice" above "Truecall
        System", "Good Practice" above "Property Marking and Registration"; "Case study" boxes): for a question
        that names the label and nothing any of them is about ("which good practice examples does the plan
        give?"), the heading naming each, in order."""
        body = [section for section in plan.outline if section.kind == "body"]
        asked = set(question.key_terms) - question.carried - question.narrative
        chunks = self._by_source.get(plan.source, [])
        holding = {chunk.section for chunk in chunks}
        places: dict[str, list[int]] = {}
        for index, section in enumerate(body):
            if section.path not in holding:  # a label heads what follows and says nothing itself ("Burglary" does)
                places.setdefault(_heading_key(section.title), []).append(index)
        for label, where in places.items():
            named = set(label.split())
            if len(where) < _MIN_REPEATS or not named or not named <= asked:
                continue
            # what each label heads: the heading right under it on its page, not another of the label
            examples = list(
                {
                    body[index + 1].title: body[index + 1]
                    for index in where
                    if index + 1 < len(body)
                    and _heading_key(body[index + 1].title) not in (label, "")
                    and body[index + 1].page == body[index].page
                }.values()
            )
            if len(examples) < _MIN_REPEATS:
                continue
            said = " ".join(
                [
                    *(section.title for section in examples),
                    *(
                        chunk.text
                        for chunk in chunks
                        if any((chunk.section or "").startswith(section.path) for section in examples)
                    ),
                ]
            )
            kind = _after_label(question.text, label)  # "good practice examples": what kind of thing is asked
            own = asked - named - kind - set(terms(f"{plan.title} {plan.council}"))
            one = self._one_in_order(question, plan, examples, own, chunks)
            if one is not None:  # "which good practice example comes straight after the MARAC one?"
                return one
            if own & set(terms(said)):
                return None  # the question asks about one of them ("what did the Truecall good practice find?")
            units = [unit for unit in (self._heading(plan, section) for section in examples) if unit is not None]
            if len(units) >= _MIN_REPEATS:
                return brief(Draft(tuple(Point(unit, bullet=True) for unit in units[:_MAX_SECTIONS])))
        return None

    def _one_in_order(
        self, question: Question, plan: Plan, examples: list[Section], own: set[str], chunks: list[Chunk]
    ) -> Draft | None:
        """Of the things a plan sets out each under a label, in order, the one a question names by its place ("the
        last good practice example") or by the one it comes straight after or before ("... after the MARAC one":
        the one whose heading and text say the question's own words most, and say them alone)."""
        placed = _PLACE_IN_ORDER.search(question.text)
        adjacent = _ADJACENT.search(question.text)
        if placed is not None and adjacent is None:
            at = _ORDER_PLACES.get(placed.group(1).lower(), 0)
            index = len(examples) - 1 if at < 0 else at - 1
        elif adjacent is not None:
            words = own - set(terms(adjacent.group()))
            said = [  # said in its heading counts before said in its text
                (
                    len(words & set(terms(section.title))),
                    len(words & set(terms(" ".join(self._text_under(section, chunks))))),
                )
                for section in examples
            ]
            best = max(said, default=(0, 0))
            if not any(best) or said.count(best) > 1:
                return None
            index = said.index(best) + (1 if adjacent.group(1).lower() in ("after", "following") else -1)
        else:
            return None
        unit = self._heading(plan, examples[index]) if 0 <= index < len(examples) else None
        return brief(Draft((Point(unit),))) if unit is not None else None

    @staticmethod
    def _text_under(section: Section, chunks: list[Chunk]) -> list[str]:
        return [chunk.text for chunk in chunks if (chunk.section or "").startswith(section.path)]

    def _signed(self, question: Question, plan: Plan | None) -> Draft | Refusal | None:
        """Who a part of the plan the question names is from ("Who wrote the foreword?", "who is the welcome
        from?"): the heading that says so ("Foreword by the Co-chairs ..."), or the lines that sign it. Asked
        for a name where the plan gives only a post ("the Mayor"), the plan does not say."""
        if plan is None:
            return None
        asked = set(terms(question.text))
        # named whole, or by its last word ("the welcome": "Hello & Welcome")
        named = [
            item for item in plan.signed if (part := terms(item.part)) and (set(part) <= asked or part[-1] in asked)
        ]
        people = _NAME_ASKED.search(question.text) or _WHO_ARE.search(question.text)
        if named and people and not any(names_person(item.who) for item in named):
            said = " and ".join(f"its {item.part} is from the {_THE.sub('', item.who)}" for item in named)
            return Refusal(f"The {plan.title} says {said}, but gives no name.")
        points = [
            Point(unit)
            for item in named
            for unit in (self._unit(evidence, "heading") for evidence in item.evidence)
            if unit is not None
        ]
        return Draft(tuple(points)) if points else None

    def _document(self, question: Question, plan: Plan) -> Draft | None:
        """Who wrote a plan or answers for it: the rows of its document control whose label the question
        names ("Who wrote the strategy?": "Author | ..."; "Who is the lead officer?": "Lead Officer | ...")."""
        asked = set(terms(question.text))
        if _WROTE.search(question.text) or _NAMES_LISTED.search(question.text):
            asked.add(stem("author"))  # "whose names are listed on it?": the people who wrote it
        # "Who is the Head of Community Safety Services?", "which corporate director presented it?": the row
        # naming the post
        post = _POST.search(question.text) or _TITLED_POST.search(question.text) or _WHICH_POST.search(question.text)
        post_terms = set(terms(post.group("post") if "post" in post.groupdict() else post.group(0))) if post else set()
        post_terms -= set(terms(plan.council))
        units = []
        for chunk_id, line in plan.front_lines:
            label, _, value = line.partition(" | ")
            head, colon, rest = label.partition(":")
            if colon and CONTROL_LABELS.fullmatch(head.strip()):  # "Report of: Jo Bell, Director | Classification"
                label, value = head, rest
            if not re.search(r"[^\W\d_]", value):
                continue  # a date or a version number: no one
            named = set(terms(label)) - _WHICH_DOCUMENT  # "Report Author" is the author for "who wrote it?"
            holds_post = len(post_terms) >= 2 and post_terms <= set(terms(value))
            if (" | " in line or colon) and CONTROL_LABELS.match(label) and (named <= asked and named or holds_post):
                unit = self._unit(Evidence(chunk_id, line), "row")
                if unit is not None and unit.quote not in {other.quote for other in units}:
                    units.append(unit)
        return Draft(tuple(Point(unit) for unit in units[:_MAX_CONTROL_ROWS])) if units else None

    def _top_headings(self, plan: Plan) -> list[Unit]:
        """The body's top-level headings bar the title (those one level under it when every section sits
        under the title, as in a Markdown plan), each quoted where it stands; the numbered ones ("1. Safe
        from ...") when there are enough of them."""
        sections = _top_sections(plan)
        kept: dict[str, Section] = {}
        for section in sections:
            kept.setdefault(section.title.lower(), section)
        numbered = [section for section in kept.values() if re.match(r"^\s*\d+[.)]?\s", section.title)]
        chosen = numbered if len(numbered) >= _MIN_SECTIONS else list(kept.values())
        units = [self._heading(plan, section) for section in chosen]
        return [unit for unit in units if unit is not None]

    def _heading(self, plan: Plan, section: Section) -> Unit | None:
        """A heading quoted where it stands: the line that is the heading, in a passage of its section or,
        where a heading shares the passage of what comes before it, in any passage of the plan."""
        chunks = self._by_source.get(plan.source, [])
        for chunk in [*(c for c in chunks if c.section == section.path), *chunks]:
            offset = 0
            for line in chunk.text.split("\n"):
                if line.strip() == section.title:
                    start = offset + len(line) - len(line.lstrip())
                    return Unit(chunk, start, start + len(section.title), "heading")
                offset += len(line) + 1
        return None

    def _targets(self, question: Question, plan: Plan) -> Draft | None:
        """A plan's targets as a whole: the records that set a value, when the question asks for no one
        measure in particular (then the passage reader picks the one it names)."""
        own = set(terms(f"{plan.title} {plan.council}")) | _ABOUT_TARGETS
        if any(term not in own for term in question.key_terms):
            return None
        valued = [target for target in plan.targets if target.target]
        units = [unit for unit in (self._unit(t.evidence, "item") for t in valued) if unit is not None]
        seen: set[tuple[str, int]] = set()
        points = []
        for unit in units:
            if (unit.chunk.id, unit.start) not in seen:
                seen.add((unit.chunk.id, unit.start))
                points.append(Point(unit, bullet=True))
        if not points:
            return None
        return brief(Draft(tuple(points[:_MAX_ACTIONS]), truncated=len(points) > _MAX_ACTIONS))

    def _measures_owner(self, question: Question, plan: Plan) -> Draft | None:
        """The body whose measures the ones asked about are, by the heading over them that names it ("Youth
        Justice Management Board Priority Performance Indicators"), with the first of them."""
        measures = self._measures(question, plan)
        if measures is None:
            return None
        quoted = {point.unit.quote for point in measures.points}
        # (the measures listed beside them in the same part may be headed as no body's)
        owners = {target.owner for target in plan.targets if target.evidence.quote in quoted and target.owner}
        if len(owners) != 1:
            return None
        owner = owners.pop()
        section = next(
            (section for section in plan.outline if owner in section.title and _NAMES_MEASURES.search(section.title)),
            None,
        )
        heading = self._heading(plan, section) if section is not None else None
        if heading is None:
            return None
        owned_quotes = {target.evidence.quote for target in plan.targets if target.owner == owner}
        owned = next((point for point in measures.points if point.unit.quote in owned_quotes), measures.points[0])
        return Draft((Point(heading), replace(owned, bullet=False)), note=f"The heading over them names the {owner}.")

    def _measures(self, question: Question, plan: Plan) -> Draft | None:
        """The measures of the subject a question names: the plan's indicators and targets under the heading
        (or in the words) that say most of its subject, all of them when they are few enough to list."""
        own = set(terms(f"{plan.title} {plan.council}")) | _ABOUT_TARGETS | _ABOUT_MEASURING
        subject = [term for term in question.key_terms if term not in own]
        if not subject:
            return None
        # a measure that says all of the subject itself ("how will they measure whether women at the hub are
        # improving their living skills?": "Improvement in living skills ... | Percentage goals completed ... for
        # clients at Women's Hub") is the one asked about: alone when the group found is another's, else first
        saying = [
            target
            for target in plan.targets
            if len(subject) >= _SAID_MEASURE_TERMS and set(subject) <= set(terms(target.evidence.quote))
        ]
        groups: dict[str, list[Target]] = {}
        for target in plan.targets:
            groups.setdefault(target.evidence.section or "", []).append(target)
        best, best_rank = None, (0.0, 0.0, False)
        for section, members in groups.items():
            *above, heading = section.split(" > ")
            own = set(terms(" ".join([heading, *(member.measure for member in members)])))
            inherited = set(terms(" ".join(above)))
            share = sum(term in own or term in inherited for term in subject) / len(subject)
            # the group's own heading and measures say more of the subject than the headings it sits under (a
            # list under "... YOT Management Board Priority Performance Indicators > First 12 months" is not
            # the board's indicators); among equals, one headed as measures
            weighted = sum(1.0 if term in own else _INHERITED if term in inherited else 0.0 for term in subject)
            rank = (weighted / len(subject), share, bool(_NAMES_MEASURES.search(heading)))
            if rank > best_rank:
                best, best_rank = members, rank
        best_share = best_rank[1]
        if saying and not any(target in (best or []) for target in saying):
            points = [Point(unit) for unit in (self._unit(t.evidence, "item") for t in saying) if unit]
            if points:
                return brief(Draft(tuple(points[:_MAX_ACTIONS]), truncated=len(points) > _MAX_ACTIONS))
        if best is None or best_share < _MEASURES_SHARE:
            return None
        # ... with the measures in sections under its own ("... Performance Indicators > First 12 months >
        # Priority Performance Indicator for 2017/18"): they are the same subject's, listed further down
        below = f"{best[0].evidence.section or ''} > "
        best = [*best, *(target for target in plan.targets if (target.evidence.section or "").startswith(below))]
        # ... and those headed as measures elsewhere in the same part of the plan (Priority D's "Priority
        # Performance Indicator for 2017/18" list beside its "... YOT Management Board ... Indicators")
        best += [
            target for target in _measures_in_part(plan.targets, best[0].evidence.section or "") if target not in best
        ]
        best = [*(target for target in best if target in saying), *(target for target in best if target not in saying)]
        points = [Point(unit, bullet=True) for unit in (self._unit(t.evidence, "item") for t in best) if unit]
        if not points:
            return None
        return brief(Draft(tuple(points[:_MAX_ACTIONS]), truncated=len(points) > _MAX_ACTIONS))

    def _actions(self, priority: Priority, place: tuple[int, tuple[str, ...]] | None = None) -> Draft | None:
        """The items under a priority the question names, when there are few enough to be its actions
        (a priority with many lists under it is answered from the list its question picks); the one at the
        `place` the question names an action by ("its last action"), when it names one."""
        if not 2 <= len(priority.actions) <= _MAX_ACTIONS:
            return None
        head = self._unit(priority.evidence, "sentence")
        items = [self._unit(action, "item") for action in priority.actions]
        if head is None or any(item is None for item in items):
            return None
        if place is not None and names_list(place[1], f"actions {priority.actions[0].section or ''}"):
            items = [at_place(place[0], items)]  # type: ignore[list-item]  # (not "its third objective")
            if items[0] is None:
                return None
        return brief(
            Draft((Point(head), *(Point(item, bullet=True) for item in items if item is not None))), whole=True
        )

    def _governance(self, question: Question, relation: str, plan: Plan) -> Draft | Refusal | None:
        # a body named by its acronym ("the CSP") is named by what the acronym stands for
        asked = set(terms(" ".join([question.expanded.question, *question.expanded.expansions.values()])))
        named = _named_body(plan.bodies, asked)
        if relation == "for":  # ... a body named beside the one asked for is what the question is about ("which
            # board directs the CSP?"): passages answer it
            rest = BODY_ASKED.sub(" ", question.expanded.question)
            beside = _named_body(plan.bodies, set(terms(" ".join([rest, *question.expanded.expansions.values()]))))
            return self._body_for(question, plan) if beside is None else None
        # the body the plan's opening (its cover sheet, its document control) names as the meeting that considers
        # it ("Meeting Name: Housing and Community Safety Scrutiny Commission")
        scrutinising = next(
            (body for body in plan.bodies if any(self._opening(plan, ev) for ev in body.scrutiny)), None
        )
        if named is None and relation == "scrutiny":  # "which scrutiny body considered the report?": the body
            named = scrutinising  # the plan first says scrutinises it (or the partnership)
        if named is None:
            return None
        found: tuple[Evidence, ...] = getattr(named, relation)
        if not found:  # "Tower Hamlets Community Safety Partnership" is the plan's "Community Safety Partnership"
            unplaced = re.sub(rf"^{re.escape(plan.council)}\s+", "", named.name, flags=re.I)
            same = next((body for body in plan.bodies if body.name == unplaced and body is not named), None)
            if same is not None:
                named, found = same, getattr(same, relation)
        if not found and relation == "scrutiny" and scrutinising is not None:  # the body asked about is the one
            named, found = scrutinising, scrutinising.scrutiny  # scrutinised: who scrutinises it
        name_terms = set(terms(named.name))
        about = [
            ev
            for ev in found
            if name_terms <= set(terms(ev.quote)) or _acronym(named.name) in ev.quote or _SAID_OF_IT.match(ev.quote)
        ]  # (a sentence the plan model read as said of it: "It is accountable to ...", "The Partnership is ...")
        if relation == "chair":  # "the Panel reports to the Board, which is chaired by ...": the Board's chair
            others = [body.name for body in plan.bodies if body is not named]
            about = [ev for ev in about if _nearest_body(ev.quote, named.name, others)]
        if not about:
            if relation == "chair":
                verb = "leads" if _LEADS_ASKED.search(question.text) else "chairs"  # as the question asks it
                return Refusal(f"The {plan.title} names the {named.name} but does not say who {verb} it.")
            return None
        units = [unit for unit in (self._unit(ev, "sentence") for ev in about[:2]) if unit is not None]
        points: list[Point] = []
        for unit in units:
            before = antecedent(unit)  # "It is accountable to ...": what "it" is, said first
            if before is not None and not any(point.unit.quote == before.quote for point in points):
                points.append(Point(before))
            points.append(Point(unit))
        return Draft(tuple(points)) if points else None

    def _body_for(self, question: Question, plan: Plan) -> Draft | None:
        """ "Which board runs Prevent?": the body named for the subject (the "Prevent Board"), or else the one
        the plan names in a sentence that says the subject ("Operate an effective Channel Panel and lead a
        collective approach to Prevent"). The subject is the names the question uses (as it writes them:
        "Prevent" is not "prevent"), or else its nouns."""
        subject = set(question.named or thing_words(question.text)) - _BODY_WORDS
        if not subject:
            return None
        written = {word for word in _CAPITALISED.findall(question.text) if set(terms(word)) & subject & question.named}
        asked = set(question.key_terms) - _BODY_WORDS
        names = [body.name.lower() for body in plan.bodies]

        def says(quote: str) -> bool:
            return subject <= set(terms(quote)) and all(re.search(rf"\b{re.escape(w)}\b", quote) for w in written)

        def best(mentions: Sequence[Evidence]) -> Evidence | None:
            """The mention saying most else the question asks, naming fewest other bodies, first in the plan."""
            ranked = [
                (len(asked & set(terms(ev.quote))), -sum(name in ev.quote.lower() for name in names), -at, ev)
                for at, ev in enumerate(mentions)
            ]
            return max(ranked, key=lambda row: row[:3])[3] if ranked else None

        kinds = _BODY_WORDS - _JOINING
        named = [body for body in plan.bodies if subject <= set(terms(body.name)) and set(terms(body.name)) & kinds]
        if named:  # the fewest words beyond the subject ("Prevent Board" before "Prevent and Channel Board")
            body = min(named, key=lambda b: (len(set(terms(b.name)) - _BODY_WORDS - subject), -len(b.mentions)))
            found = best(body.mentions)
        else:  # the body the plan most often names in saying the subject
            saying = [(body, [ev for ev in body.mentions if says(ev.quote)]) for body in plan.bodies]
            body, held = max(saying, key=lambda pair: len(pair[1]), default=(None, []))
            found = best(held)
        unit = self._unit(found, "sentence") if found is not None else None
        return Draft((Point(unit),)) if unit is not None else None

    def _dates(self, question: Question, kind: str, plan: Plan) -> Draft | None:
        """When the plan itself was approved, published, written or met on; a question about the date of
        something in it ("when was the campaign launched?") is read from passages."""
        cue = dict(ASKED_DATE_KINDS)[kind]
        own = set(terms(f"{plan.title} {plan.council} {plan.doc_type}")) | _ABOUT_DATES
        # ... the cue's whole word ("co-wrote"), and who the document control names: the plan's own people ("Joe
        # Mutter co-wrote the strategy: in which month?")
        own |= {term for match in cue.finditer(question.text) for term in terms(_whole_word(question.text, match))}
        own |= self._people_named(plan)
        # (words carried from the turn or part before, and the story told around the question, set the scene:
        # "Archivist here, filing the strategies. When was the Wraxby one written?"; but in "The intro names the
        # WSP. When was it launched?" what is told is what "it" is)
        story = question.narrative if not POINTS_BACK_AT.search(asking_clause(question.text)) else frozenset()
        named = {
            term
            for term in question.key_terms
            if term not in question.carried and term not in own and term not in story
        }
        clauses = _ASIDE_BREAK.split(question.text)
        if len(clauses) > 1 and cue.search(clauses[-1]):  # "How old was the strategy when it started — when was it
            # written?": what the clause asking the date adds, not what is said before it
            named &= set(terms(clauses[-1]))
        dates = [date for date in plan.dates if date.kind == kind]
        if named:  # "when did the Executive sign it off?": the dates whose sentence names what the question adds
            dates = [date for date in dates if named <= set(terms(date.evidence.quote))]
        units: list[Unit] = []
        for date in dates:
            unit = self._unit(date.evidence, "sentence")
            if unit is not None and not any(_same_unit(unit, other) for other in units):
                units.append(unit)
        return Draft(tuple(Point(unit) for unit in units[:2])) if units else None

    def _period(self, question: Question, plans: list[Plan], every: list[Plan]) -> Draft | Refusal | None:
        if question.years:
            year = question.years[0]
            covering = [plan for plan in plans if _covers(plan, year)]
            if len(question.councils) > 1:  # plans named council by council: each one's period
                covering = [plan for plan in plans if plan in covering or _only_plan(plan, plans)]
            if not covering:
                known = [plan for plan in every if plan.period_start is not None]
                listed = "; ".join(f"{plan.title} ({_period(plan)})" for plan in known)
                return Refusal(f"None of the plans I have covers {year}. They cover: {listed}.")
        elif len(question.councils) > 1:
            covering = [plan for plan in plans if _only_plan(plan, plans)]
        else:
            covering = plans[:1] if len(plans) == 1 else []
        # "Which years does Tower Hamlets' VAWG Strategy cover?" asks of a document the plan names, not of the plan
        covering = [plan for plan in covering if not set(question.named) - set(terms(plan.title)) - _ASKING_PERIOD]
        points = []
        said: list[str] = []
        for plan in covering:
            unit = self._period_quote(plan)
            if _DURATION_QUESTION.search(question.text):  # how long: the plan's words for its length first
                length = self._length_quote(plan)
                if length is not None:
                    points.append(Point(length))
                if (
                    unit is not None
                    and length is not None
                    and (_same_unit(unit, length) or re.search(rf"\b{plan.period_start}\b", length.quote))
                ):
                    unit = None  # the sentence giving the length names the years too
            if unit is not None:
                points.append(Point(unit))
            later = _successor(plan, every)
            if unit is not None and later is not None:  # a superseded plan is named as such
                newer = self._period_quote(later)
                if newer is not None:
                    points.append(Point(newer))
                    said.append(f"The {plan.title} was superseded by the {later.title}.")
        return Draft(tuple(points), note=" ".join(said)) if points else None

    def _earlier(self, plans: list[Plan], every: list[Plan]) -> Draft | Refusal | None:
        """The plan before a plan (the latest of those asked about): its council's plan in the corpus that had
        ended by the time it began, quoted where that plan states its period; or, with none, the sentences of
        the plan itself that name an earlier plan of its own ("... under our CSP Plan 2013-16 Priorities")."""
        dated = [plan for plan in plans if plan.period_start is not None]
        if not dated:
            return None
        plan = max(dated, key=lambda one: one.period_start or 0)
        start = plan.period_start or 0
        before = [
            other
            for other in every
            if other.council == plan.council
            and other is not plan
            and other.period_end is not None
            and other.period_end <= start
            and (other.period_start or 0) < start
        ]
        if before:
            earlier = max(before, key=lambda other: (other.period_end or 0, other.period_start or 0))
            unit, later = self._period_quote(earlier), self._period_quote(plan)
            if unit is not None and later is not None:  # both periods quoted: the note's years are in the quotes
                return Draft((Point(unit), Point(later)), note=f"The {earlier.title} came before the {plan.title}.")
        points: list[Point] = []
        for chunk in self._by_source.get(plan.source, []):
            for begin, end in _sentences(chunk.text):
                sentence = chunk.text[begin:end]
                if any(
                    int(first) < start and _full_year(first, last) <= start
                    for first, last in _named_periods(sentence, plan.council)
                ):
                    points.append(Point(Unit(chunk, begin, end, "sentence")))
                if len(points) == _EARLIER_SENTENCES:
                    return Draft(tuple(points))
        if points:
            return Draft(tuple(points))
        return Refusal(f"The {plan.title} names no earlier plan of its own by its years, and I have none before it.")

    def _period_reason(self, plans: list[Plan]) -> Draft | None:
        """Why a plan runs for the years it does: its sentences that name its period and give a reason ("... this
        new Plan should cover 2017-21, so that it remained aligned in term and funding to ... the Police and Crime
        Plan"); None when it gives none (the passages may)."""
        dated = [plan for plan in plans if plan.period_start is not None]
        if not dated:
            return None
        plan = max(dated, key=lambda one: one.period_start or 0)
        term = frozenset(range(plan.period_start or 0, (plan.period_end or plan.period_start or 0) + 1))
        points = [
            Point(unit)
            for chunk in self._by_source.get(plan.source, [])
            for unit in units_of(chunk)[0]
            if unit.kind in ("sentence", "item") and term in year_spans(unit.quote) and _REASON.search(unit.quote)
        ]
        return Draft(tuple(points[:_REASON_SENTENCES])) if points else None

    def _period_quote(self, plan: Plan) -> Unit | None:
        """The sentence of a plan that best states its period: one saying what its term is ("This Plan term
        runs from 1st April 2017 until 31st March 2021.") over a title that merely names it ("2017 – 2020")."""
        if plan.source not in self._period_quotes:
            self._period_quotes[plan.source] = self._find_period_quote(plan)
        return self._period_quotes[plan.source]

    def _find_period_quote(self, plan: Plan) -> Unit | None:
        if plan.period_start is None or plan.period_end is None:
            return None
        first, end = plan.period_start, plan.period_end
        span = re.compile(rf"\b{first}\s*(?:[-–—/]|to)\s*(?:{end}|{end % 100:02d})\b", re.I)
        both = re.compile(rf"\b{first}\b.*\b{end}\b")
        best: tuple[int, Unit] | None = None
        for chunk in self._by_source.get(plan.source, []):
            for start, stop in _sentences(chunk.text):
                sentence = chunk.text[start:stop]
                if not (span.search(sentence) or both.search(sentence)):
                    continue
                lead = len(sentence) - len(sentence.lstrip(" -"))
                said = sentence.rstrip().endswith(".") and len(re.findall(r"[A-Za-z]+", sentence)) >= 6
                score = said + 2 * bool(_TERM_WORDS.search(sentence))
                if best is None or score > best[0]:
                    best = (score, Unit(chunk, start + lead, stop, "sentence"))
        return best[1] if best is not None else None

    def _holding(self, question: Question, plan: Plan, passages: Sequence[Passage]) -> list[Chunk]:
        """The passage of a plan that holds what a "which priority?" question asks about, in the question's
        own words ("Prevent" in "which of those priorities covers the Prevent work?", not the priorities
        carried from the turn before): those that say them most first, the better-ranked first among equals."""
        subject = {
            term
            for term in question.key_terms
            if term not in question.carried | question.remark | _NOT_SUBJECT and self._names_subject(plan, term)
        }
        if not subject:
            return []
        ranked = [p.chunk for p in passages if p.chunk.metadata.source == plan.source]
        ranked += [chunk for chunk in self._by_source.get(plan.source, []) if chunk not in ranked]
        # a name the question capitalises is counted as a name ("the Prevent work": not "to prevent crime")
        names = [word for word in re.findall(r"(?<=\s)[A-Z][a-z]+\b", question.text) if stem(word.lower()) in subject]
        counted = []
        for rank, chunk in enumerate(ranked):
            said = terms(chunk.text)
            if not chunk.section or not subject <= set(said):
                continue
            if names:
                times = sum(len(re.findall(rf"\b{name}\b", chunk.text)) for name in names)
            else:
                times = sum(term in subject for term in said)
            if times:
                counted.append((-times, rank, chunk))
        return [chunk for _, _, chunk in sorted(counted, key=lambda item: item[:2])]  # most said of it first

    def _length_quote(self, plan: Plan) -> Unit | None:
        """The sentence of a plan that says how long it runs ("This four year Plan ...", "over the next 3
        years"): a length in years its own period spans, said of a plan, its term or the years ahead."""
        if plan.period_start is None or plan.period_end is None or plan.period_end <= plan.period_start:
            return None
        years = plan.period_end - plan.period_start
        lengths = {str(years), str(years + 1), _NUMBER_NAMES.get(years, ""), _NUMBER_NAMES.get(years + 1, "")}
        pattern = re.compile(rf"\b(?:{'|'.join(sorted(filter(None, lengths)))})[ -]years?\b", re.I)
        best: tuple[int, Unit] | None = None
        for chunk in self._by_source.get(plan.source, []):
            for start, stop in _sentences(chunk.text):
                sentence = chunk.text[start:stop]
                if not pattern.search(sentence) or not _LENGTH_OF.search(sentence):
                    continue
                lead = len(sentence) - len(sentence.lstrip(" -"))
                score = 2 * bool(_TERM_WORDS.search(sentence)) + bool(re.search(rf"\b{plan.period_start}\b", sentence))
                if best is None or score > best[0]:
                    best = (score, Unit(chunk, start + lead, stop, "sentence"))
        return best[1] if best is not None else None

    def _parent(self, question: Question, plan: Plan, passages: Sequence[Passage], named: bool = False) -> Draft | None:
        """The priority the best passage of the plan sits under ("Under which priority does the MARAC target
        sit?": "4. Safe from Domestic Violence and Abuse"), quoted from where the plan states it. Asked whether
        the plan has a priority on a subject, or what it is called, only a passage saying the subject counts:
        without one, passages answer (or the plans are found not to say)."""
        saying = self._holding(question, plan, passages)
        holding = [chunk for chunk in saying if self._priority_of(plan, chunk, by_actions=True)]
        best = next(iter(holding), None) or next(
            (p.chunk for p in passages if p.chunk.metadata.source == plan.source and p.chunk.section), None
        )
        if named and not holding and (best is None or not self._says_subject(question, plan, best)):
            return None
        priority = self._priority_of(plan, best, by_actions=best in saying) if best is not None else None
        if priority is None:
            # a passage outside the priorities' sections that names the one holding it ("Hate Crime, Community
            # Cohesion and Extremism have been grouped together as one priority ... This priority ... includes the
            # statutory work ... under the Prevent Strategy"): that priority, with the sentence saying the subject
            named_in = next(
                (
                    found
                    for chunk in saying or ([best] if best is not None else [])
                    if (found := self._named_in(question, plan, chunk)) is not None
                ),
                None,
            )
            if named_in is None:
                return None if named else self._stated_to_cover(question, plan)
            priority, saying = named_in
            unit = self._unit(priority.evidence, "heading")
            return Draft((Point(unit), Point(saying))) if unit is not None else None
        unit = self._unit(priority.evidence, "heading")
        if unit is None:
            return None
        # ... and the action that says it, when the passage sits beside the priority's heading, not under it
        own = set(question.key_terms) - question.carried - question.remark - _NOT_SUBJECT
        listed = [
            (len(own & set(terms(action.quote))), action)
            for action in priority.actions
            if best is not None and action.chunk_id == best.id and not _same_section(best, priority)
        ]
        said = max(listed, key=lambda pair: pair[0], default=(0, None))
        action = self._unit(said[1], "item") if said[0] and said[1] is not None else None
        if action is None:  # ... or the part of the priority's own statement that says it, when its first does not
            action = self._stated_part(question, plan, unit)
        return Draft((Point(unit), Point(action)) if action is not None else (Point(unit),))

    def _stated_part(self, question: Question, plan: Plan, heading: Unit) -> Unit | None:
        """The sentence or item of a priority's own statement that says what the question asks about, when the
        line naming the priority does not ("The third priority will be to ... improve public confidence. ...
        This will include issues of ... noise nuisance" for "where does noise nuisance fit?"); None when the
        naming line says it, or no part of the statement does."""
        asked = self._asked_words(question, plan)
        parts = _statement_parts(heading)
        if not asked or self._said_of(asked, parts[0].quote):
            return None
        said = [(len(self._said_of(asked, part.quote)), part) for part in parts[1:]]
        most, part = max(said, key=lambda pair: pair[0], default=(0, None))
        return part if most else None

    def _under_priority(self, question: Question, plan: Plan, passages: Sequence[Passage]) -> Draft | None:
        """Whether a subject no priority names is a priority ("is speeding near schools one of them?"): the priority
        a passage saying it sits under, quoted with the sentence of that passage that says most of it."""
        drafted = self._parent(question, plan, passages, named=True)
        if drafted is None or len(drafted.points) != 1:
            return drafted
        heading = drafted.points[0].unit
        for chunk in self._holding(question, plan, passages):
            priority = self._priority_of(plan, chunk, by_actions=True)
            said = self._saying_most(question, chunk) if priority is not None else None
            if priority is not None and said is not None and self._unit(priority.evidence, "heading") == heading:
                return Draft((Point(heading), Point(said)))
        return drafted

    def _saying_most(self, question: Question, chunk: Chunk) -> Unit | None:
        """The first sentence (or item) of a passage saying most of the question's subject; None when none says any."""
        subject = {term for term in question.key_terms if term not in question.carried | question.remark | _NOT_SUBJECT}
        said = [(len(subject & set(terms(unit.quote))), unit) for unit in units_of(chunk)[0] if unit.kind != "heading"]
        most = max((count for count, _ in said), default=0)
        return next((unit for count, unit in said if count == most), None) if most else None

    def _stated_to_cover(self, question: Question, plan: Plan) -> Draft | None:
        """The one priority whose own statement, with the list under it, says most of what the question asks
        about, in the plan's words or words near the asker's ("Barking dogs and dodgy traders, which of the three
        priorities would cover those?": "... This will include issues of ASB, Licensing related matters, Trading
        standards concerns and Public Health and noise nuisance"): for priorities a plan states in a list, with
        no passage saying the subject whole. Quoted with the sentence or item of it that says most."""
        asked = self._asked_words(question, plan)
        if not asked:
            return None
        found: list[tuple[int, Priority, Unit, Unit]] = []
        for priority in plan.priorities:
            heading = self._unit(priority.evidence, "heading")
            if heading is None:
                return None
            parts = [(len(self._said_of(asked, part.quote)), part) for part in _statement_parts(heading)]
            said = len(set().union(*(self._said_of(asked, part.quote) for _, part in parts)))
            best = max(parts, key=lambda pair: pair[0])[1]
            found.append((said, priority, heading, best))
        found.sort(key=lambda entry: -entry[0])
        if not found or not found[0][0] or len(found) > 1 and found[1][0] == found[0][0]:
            return None  # (a plan with no priorities found has none to say covers it)
        _, _, heading, best = found[0]
        same = best.chunk is heading.chunk and best.start == heading.start
        return Draft((Point(heading),) if same else (Point(heading), Point(best)))

    def _asked_words(self, question: Question, plan: Plan) -> dict[str, frozenset[str]]:
        """What a "which priority covers it?" question asks about: its own words (not carried, not its asking
        words), each with the words of the plan that say it, its own key term or plan words near it in meaning,
        that name something inside the plan rather than what all of it is about."""
        asked: dict[str, frozenset[str]] = {}
        for word in dict.fromkeys(words(question.text)):
            own = [
                term
                for term in terms(word)
                if term in question.key_terms and term not in question.carried | question.remark
            ]
            if not own or any(term in _NOT_SUBJECT for term in own):
                continue
            near = self._plan_words.alike(word, _ALIKE_STATEMENT) if self._plan_words is not None else frozenset()
            saying = frozenset(term for term in {*own, *near} if self._names_subject(plan, term))
            if saying:
                asked[word] = saying
        return asked

    @staticmethod
    def _said_of(asked: dict[str, frozenset[str]], text: str) -> set[str]:
        present = set(terms(text))
        return {word for word, saying in asked.items() if saying & present}

    def _named_in(self, question: Question, plan: Plan, chunk: Chunk) -> tuple[Priority, Unit] | None:
        """The one priority of a plan that the paragraph of a passage saying the question's subject names by
        its title, with the sentence of that paragraph that says most of the subject; None unless exactly one."""
        subject = {term for term in question.key_terms if term not in question.carried | question.remark | _NOT_SUBJECT}
        if not subject:
            return None
        units = units_of(chunk)[0]
        said = [(len(subject & set(terms(unit.quote))), unit) for unit in units]
        most = max((count for count, _ in said), default=0)
        if not most:
            return None
        best = next(unit for count, unit in said if count == most)
        paragraph = _paragraph_of(chunk.text, best.start)
        named = [
            priority
            for priority in plan.priorities
            if len(priority.title) > _MIN_TITLE and _folded(priority.title) in _folded(paragraph)
        ] or [  # ... or by the short form its title gives ("Anti-Social Behaviour (ASB) including ...": "ASB")
            priority
            for priority in plan.priorities
            if any(re.search(rf"\b{re.escape(short)}\b", paragraph) for short in _SHORT_FORM.findall(priority.title))
        ]
        return (named[0], best) if len(named) == 1 else None

    def _says_subject(self, question: Question, plan: Plan, chunk: Chunk) -> bool:
        """Whether a passage says every word of the question's subject that the plan uses anywhere."""
        used = set().union(*self._uses(plan)) if self._uses(plan) else set()
        subject = {
            term
            for term in question.key_terms
            if term not in question.carried | question.remark | _NOT_SUBJECT and term in used
        }
        return bool(subject) and subject <= set(terms(chunk.text))

    def _priority_of(self, plan: Plan, chunk: Chunk, by_actions: bool = False) -> Priority | None:
        """The priority a passage sits under: the one whose section holds it, or whose title its heading path
        names most fully, or else (`by_actions`, for a passage saying what is asked about) the one priority whose
        actions the plan model reads from it ("6. Strategic Actions" beside "6. Safe from Extremism, Hate and
        Racism", not under it); None when it sits under none."""
        if chunk.section is None:
            return None
        listing = [priority for priority in plan.priorities if any(a.chunk_id == chunk.id for a in priority.actions)]
        path = [part.strip() for part in chunk.section.split(" > ")]
        ranked: list[tuple[int, Priority]] = []
        for priority in plan.priorities:
            if priority.section is not None and (
                chunk.section == priority.section or chunk.section.startswith(f"{priority.section} > ")
            ):
                ranked.append((1_000, priority))  # its own section holds the passage
            elif any(_same_title(priority.title, part) for part in path):
                ranked.append((len(set(terms(priority.title))), priority))  # the fullest title named
        if not ranked and by_actions and len(listing) == 1:
            ranked.append((0, listing[0]))
        for _, priority in sorted(ranked, key=lambda pair: -pair[0]):
            if self._unit(priority.evidence, "heading") is not None:
                return priority
        return None

    def _unit(self, evidence: Evidence, kind: str) -> Unit | None:
        return quoted_unit(self._chunks, evidence.chunk_id, evidence.quote, kind)


_LEADS_ASKED = re.compile(r"\bleads?\b|\bleading\b|\bin charge\b", re.I)
_SHORT_FORM = re.compile(r"\(([A-Z][A-Za-z&]*[A-Z]s?)\)")  # "(ASB)", "(VAWG)": the short form a title gives
_MIN_TITLE = 8  # characters a priority's title has to be told in a paragraph by ("Violence" is said anywhere)


def _same_section(chunk: Chunk, priority: Priority) -> bool:
    """Whether a passage sits in a priority's own section."""
    section = priority.section
    return (
        section is not None
        and chunk.section is not None
        and (chunk.section == section or chunk.section.startswith(f"{section} > "))
    )


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .,;:").lower()


def _paragraph_of(text: str, at: int) -> str:
    """The line of a passage that holds a position."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : end if end >= 0 else len(text)]


def _statement_parts(heading: Unit) -> list[Unit]:
    """The sentences of the line stating a priority, from its first, and the items listed under it (lines
    indented below it): what the plan says the priority takes in."""
    text = heading.chunk.text
    start = text.rfind("\n", 0, heading.start) + 1
    end = text.find("\n", heading.start)
    end = len(text) if end < 0 else end
    parts = [heading] + [
        Unit(heading.chunk, heading.start + begin, heading.start + stop, "sentence")
        for begin, stop in split_sentences(text[heading.start : end])
        if heading.start + begin >= heading.end
    ]
    indent = len(text[start:end]) - len(text[start:end].lstrip())
    at = end + 1
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop]
        depth = len(line) - len(line.lstrip())
        if not line.strip() or depth <= indent or not line.lstrip().startswith(("-", "*", "•")):
            break
        begin = at + depth + 2 if line.lstrip()[1:2] == " " else at + depth + 1
        if begin < stop:
            parts.append(Unit(heading.chunk, begin, stop, "item"))
        at = stop + 1
    return parts


def _contents_entry(line: str) -> tuple[str, int | None]:
    """A contents page line's title and the page it gives ("Foreword | Page 3": "Foreword", 3); a line listed
    under another without a page of its own ("About this document") has none."""
    title, _, page = line.rpartition(" | ")
    number = _PAGE_GIVEN.fullmatch(page.strip()) if title else None
    return (title, int(number.group(1))) if number else (line, None)


# A part of a document named by its kind and a letter or number ("Priority B", "Part Two", "Appendix 1")
_DIVISION_LABEL = re.compile(
    r"\b(part|priority|theme|section|appendix|annex|chapter|objective|outcome|strand|schedule)\s+"
    r"(?:(?-i:([A-Z]))|(\d{1,2})|(one|two|three|four|five|six|seven|eight|nine|ten))\b",
    re.I,
)
_LISTED_UNDER = re.compile(r"\b(?:under|beneath|below)\b", re.I)
# The pages a part takes, not only the one it starts on: "which pages does the ASB section cover?", "page range?"
_PAGES_SPANNED = re.compile(r"\b(?:what|which)\s+pages\b|\bpages?\s+range\b|\brange\s+of\s+pages\b", re.I)


_LINES_COUNTED = re.compile(r"\b(two|three|four|[234])\s+(?:pages|lines|entries|items|sections|parts|headings)\b", re.I)


def _lines_wanted(text: str) -> int:
    """How many contents lines a question asks for ("which two pages does it take?": 2), or 0."""
    found = _LINES_COUNTED.search(text)
    if found is None:
        return 0
    said = found.group(1).lower()
    return int(said) if said.isdigit() else int(_NUMBER_WORDS[stem(said)])


def _division_labels(text: str) -> set[tuple[str, str]]:
    """The parts a text names by kind and label ("Priority B", "Part Two": ("priority", "b"), ("part", "2"))."""
    labels: set[tuple[str, str]] = set()
    for found in _DIVISION_LABEL.finditer(text):
        kind = stem(found.group(1).lower())
        label = found.group(2) or found.group(3) or _NUMBER_WORDS.get(stem(found.group(4).lower()), "")
        labels.add((kind, label.lower()))
    return labels


def _said_lines(
    entries: Sequence[tuple[object, tuple[str, int | None]]], asked: set[str], own: set[str]
) -> list[tuple[float, int]]:
    """The contents lines a question says, each with the share of its own words said: "Part Four" by its
    number, "the appendix" by its word, not by "part" alone."""
    shares = []
    for index, (_, (title, _)) in enumerate(entries):
        key = set(_numbered_terms(title)) - own
        if (said := key & asked) - _DIVISION_WORDS:
            shares.append((len(said) / len(key), index))
    return shares


def _paged_before(paged: Sequence[tuple[int, str, int | None]], index: int) -> int | None:
    """The index of the last contents line with a page at or before the one at `index`, or None."""
    return max((at for at, _, _ in paged if at <= index), default=None)


def _next_paged(paged: Sequence[tuple[int, str, int | None]], index: int) -> int:
    """The index of the next contents line with a page after the one at `index` (past the end without one)."""
    return next((at for at, _, _ in paged if at > index), 1 << 30)


def _numbered_terms(text: str) -> list[str]:
    """A text's terms with numbers said in words said in figures ("Part Four", "part 4": "part", "4")."""
    return [_NUMBER_WORDS.get(term, term) for term in terms(text)]


def _sentences(text: str) -> list[tuple[int, int]]:
    """Where each sentence of each line of a passage starts and ends."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        spans.extend((offset + start, offset + stop) for start, stop in split_sentences(line))
        offset += len(line) + 1
    return spans


_TERM_WORDS = re.compile(r"\b(term|period|runs?|running|covers|covering|until|lifetime|duration)\b", re.I)
# Words a question asks a plan's period with: when capitalised they name no other document
_ASKING_PERIOD = frozenset(
    terms(f"period periods term years year cover covers covering run runs last lasts {TIMES_OF_YEAR}")
)
_DURATION_QUESTION = re.compile(r"\bhow long\b|\bhow many years\b|\b(?:length|duration)\b", re.I)
# what a length in years is said of: the plan itself, its term, or the years it looks ahead to
_LENGTH_OF = re.compile(r"\b(plan|strategy|term|coming|next|over|lifetime)\b", re.I)
_NUMBER_NAMES = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 10: "ten"}


# The words that ask where a thing sits, not what it is ("which priority does X come under?")
_PLACING = (
    frozenset(
        terms(
            "sit sits come comes fall falls belong belongs cover covers include includes deal deals under part within "
            "called named name word worded title titled each both have"  # "... a priority on it? What is it called?"
        )
    )
    | _ABOUT_PRIORITIES
)
_NOT_SUBJECT = _PLACING | _STRUCTURE_TERMS  # what says where or which, not what the question is about


# A post named in a question: "Head of Community Safety Services", "Director of Communities"
_WHICH_POST = re.compile(r"\b(?:which|what)\s+(?P<post>(?:[\w-]+\s+){0,2}?(?:director|manager|officer|head))\b", re.I)
_POST = re.compile(
    r"\b(?i:head|director|manager|officer)\s+(?:of|for)\s+[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|and|&|of))*"
)
# ... or the post's title said before it ("who is the Hate Crime and Prevent Manager?")
_TITLED_POST = re.compile(
    r"\b(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of|for)\s+)?){1,5}(?:Manager|Director|Officer|Lead|Co-?ordinator)\b"
)
# which body answers for something: "which board owns ...?", "who is responsible for ...?"
_OWNER_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:board|group|sub-?group|committee|panel|forum|body)\b|"
    r"\bwho\s+(?:owns?|is responsible for|are responsible for|oversees?|monitors?|reports? on|is accountable for)\b",
    re.I,
)
_NAMES_MEASURES = re.compile(r"\b(indicators?|measures?|outputs?|outcomes?|kpis?|performance)\b", re.I)
_SAID_OF_IT = re.compile(r"^\s*(?:It|They|Its|Their|(?:The|This|Our) (?:Partnership|CSP))\b")


# A plan named by its years: "CSP Plan 2013-16", "the 2013-17 Plan's 11 Priorities", "Strategy 2014-2017".
_PLAN_PERIOD = re.compile(
    r"\b(?:plan|strategy)\s+((?:19|20)\d{2})\s*[-–]\s*(\d{2,4})\b|"
    r"\b((?:19|20)\d{2})\s*[-–]\s*(\d{2,4})\s+(?:[\w'’]+\s+)?(?:plan|strategy)\b",
    re.I,
)
_OWN_REACH = 30  # characters before a plan's name where the words that make it the council's own are looked for
_EARLIER_SENTENCES = 2  # sentences naming an earlier plan that an answer quotes
_REASON_SENTENCES = 2  # sentences giving the reason for a plan's term that an answer quotes
# what says why: "so that it remained aligned in term and funding to ...", "in order to", "because"
_REASON = re.compile(
    r"\b(?:so that|in order to|so as to|because|in line with|aligned? (?:with|to)|to align|to match|"
    r"to coincide)\b",
    re.I,
)


def _named_periods(sentence: str, council: str) -> list[tuple[str, str]]:
    """The (first year, last year) of every plan of the council's own a sentence names by its years ("our CSP
    Plan 2013-16"; not "MOPAC's Business Crime Strategy 2012-14")."""
    own = re.compile(
        rf"\b(?:our|previous|last|earlier|former|preceding|CSP|community safety|{re.escape(council)})\b", re.I
    )
    found = []
    for match in _PLAN_PERIOD.finditer(sentence):
        if own.search(sentence[max(0, match.start() - _OWN_REACH) : match.end()]):
            found.append((match.group(1) or match.group(3), match.group(2) or match.group(4)))
    return found


def _full_year(first: str, last: str) -> int:
    """The last year of a span in full: "2013-16" ends in 2016."""
    return int(last) if len(last) == 4 else int(first[:2] + last)


def _only_plan(plan: Plan, plans: list[Plan]) -> bool:
    """Whether a plan is the one plan of its council among those a question is about."""
    return sum(other.council == plan.council for other in plans) == 1


# the clauses of "..., by the time it started — when was it written?"
_ASIDE_BREAK = re.compile(r"\s[–—-]\s|[;:]\s|[–—]")


def _top_sections(plan: Plan) -> list[Section]:
    """The body's top-level sections bar the title (those one level under it when every section sits under the
    title, as in a Markdown plan)."""
    body = [section for section in plan.outline if section.kind == "body"]
    if not body:
        return []
    sections = [section for section in body if section.depth == 0][1:]
    if len(sections) < _MIN_SECTIONS:
        sections = [section for section in body if section.depth == 1 and section.path.startswith(body[0].path)]
    return sections


def _says_any(alike: set[str], title: str) -> bool:
    """Whether a heading says one of these words, or a longer form of one ("greener" for "green")."""
    said = set(terms(title))
    longer = any(word.startswith(term) for term in alike if len(term) >= _STEM_CHARS for word in said)
    return bool(alike & said) or longer


def _same_unit(a: Unit, b: Unit) -> bool:
    return a.chunk.id == b.chunk.id and a.start == b.start


_PLAN_TYPES = frozenset({"plan", "strategy", "action plan", "partnership plan"})


def _successor(plan: Plan, every: list[Plan]) -> Plan | None:
    """The council's next plan or strategy: one that starts after this one started (the earliest such)."""
    if plan.period_start is None or plan.doc_type not in _PLAN_TYPES:
        return None
    later = [
        other
        for other in every
        if other.council == plan.council
        and other.doc_type in _PLAN_TYPES
        and other.period_start is not None
        and other.period_start > plan.period_start
    ]
    return min(later, key=lambda other: other.period_start or 0) if later else None


def _named_priority(question: Question, plan: Plan) -> Priority | None:
    """The one priority of a plan a question names: by its label ("Priority B") or most of the distinctive
    words of its title ("Safe from Serious Violence")."""
    for priority in plan.priorities:
        if (
            priority.label
            and not priority.label.isdigit()
            and re.search(rf"(?<!\w){re.escape(priority.label)}(?!\w)", question.text, re.I)  # not "priority areas"
        ):
            return priority
    asked = set(terms(question.expanded.question))
    scored = []
    for priority in plan.priorities:
        distinctive = set(terms(priority.title)) - _ABOUT_PRIORITIES - set(terms(plan.council))
        if distinctive:
            scored.append((len(distinctive & asked) / len(distinctive), len(distinctive & asked), priority))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    if not scored or scored[0][0] < _NAMED_SHARE or scored[0][1] < 2:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1] == scored[0][1]:
        return None  # two priorities named alike: passages decide
    return scored[0][2]


def _measures_in_part(targets: Sequence[Target], section: str) -> list[Target]:
    """The targets under headings that name measures ("Priority Performance Indicator for 2017/18") in the part
    of a plan a section sits in ("Priority D: ..."); none when the section is in no part."""
    path = section.split(" > ")
    part = _part_of(section)
    if part is None or part == path[-1]:
        return []
    inside = " > ".join(path[: path.index(part) + 1]) + " > "
    return [
        target
        for target in targets
        if (target.evidence.section or "").startswith(inside)
        and _NAMES_MEASURES.search((target.evidence.section or "").rsplit(" > ", 1)[-1])
    ]


def _part_of(path: str) -> str | None:
    """The part of a plan a section sits in: the first heading on its path that is one of a run of headings
    of one shape ("Priority B: Violence", "2. Safe on Our Streets")."""
    return next((title for title in path.split(" > ") if sibling_shape(title)), None)


def _under(body: Sequence[Section], index: int, listed: set[str]) -> list[Section]:
    """The headings right under one: those one level down its path, or, where the outline is flat, those after
    it up to the next heading the contents page lists (which lists the part itself)."""
    part = body[index]
    nested = [s for s in body[index + 1 :] if s.path.startswith(f"{part.path} > ") and s.depth == part.depth + 1]
    if nested or _heading_key(part.title) not in listed:
        return nested
    under: list[Section] = []
    for section in body[index + 1 :]:
        if _heading_key(section.title) in listed or section.depth < part.depth:
            break
        under.append(section)
    return under


def _heading_key(title: str) -> str:
    """A heading as it recurs: "2. Crime Prevention" under one priority is "Crime Prevention" under the next."""
    unnumbered = re.sub(r"^\s*(?:\d+(?:\.\d+)*[.)]?|[A-Z][.)])\s+", "", title)
    return " ".join(terms(unnumbered)) or " ".join(re.findall(r"\w+", unnumbered.lower()))  # "What will we do?"


def _after_label(text: str, label: str) -> set[str]:
    """The terms of the word or two a question puts right after a label it names, which say what kind of thing
    under the label it asks for ("good practice examples", "case study areas")."""
    stems = [terms(word) for word in re.findall(r"[\w'’-]+", text)]
    wanted = label.split()
    flat = [term for said in stems for term in said]
    for start in range(len(flat) - len(wanted) + 1):
        if flat[start : start + len(wanted)] == wanted:
            return set(flat[start + len(wanted) : start + len(wanted) + _KIND_WORDS])
    return set()


def _covers(plan: Plan, year: int) -> bool:
    if plan.period_start is None:
        return False
    return plan.period_start <= year <= (plan.period_end or plan.period_start)


def _period(plan: Plan) -> str:
    if plan.period_end and plan.period_end != plan.period_start:
        return f"{plan.period_start} to {plan.period_end}"
    return str(plan.period_start)


def _same_title(title: str, heading: str) -> bool:
    """Whether a heading names a priority: "4. Safe from Domestic Violence and Abuse" or "Safe from Domestic
    Violence and Abuse Outcomes and Outputs" for "Safe from Domestic Violence and Abuse"."""
    named = set(terms(title))
    return len(named) >= 2 and named <= set(terms(heading))


def _another_list_named(question: Question, plan: Plan) -> bool:
    """Whether the question names, by the words of its heading, a list of priorities other than the plan's
    own: "COUNCIL PLAN PRIORITIES 2014 - 2018" (the council's, set beside the partnership's), "There are also
    4 cross-cutting themes:". Such a heading says a kind of list (priorities, themes, aims) and words that
    the plan's title does not; the question must say all of those words. The headings the plan's own
    priorities sit under are not another list."""
    asked = set(terms(f"{question.text} {question.expanded.question}"))
    own = set(terms(f"{plan.title} {plan.council}")) | _ABOUT_PRIORITIES
    theirs = {
        title
        for evidence in (plan.priority_lead, *(priority.evidence for priority in plan.priorities))
        if evidence is not None and evidence.section
        for title in evidence.section.split(" > ")
    }
    for section in plan.outline:
        if section.kind != "body" or section.title in theirs:
            continue
        named = {term for term in terms(section.title) if len(term) > 2 and not term.isdigit()}
        qualifiers = named - own
        if named & _ABOUT_PRIORITIES & asked and qualifiers and qualifiers <= asked:
            return True
    return False


def _title_words(plan: Plan) -> frozenset[str]:
    """The words of a plan's title other than its council's name and its years ("commun safeti strateg")."""
    council = set(terms(plan.council))
    return frozenset(term for term in terms(plan.title) if term not in council and not term.isdigit())


def _first_retrieved(plans: list[Plan], passages: Sequence[Passage]) -> Plan | None:
    """Of several plans, the one retrieval ranks first for the question."""
    if len(plans) == 1:
        return plans[0]
    by_source = {plan.source: plan for plan in plans}
    for passage in passages:
        if passage.chunk.metadata.source in by_source:
            return by_source[passage.chunk.metadata.source]
    return None


def _named_body(bodies: Sequence[Body], asked: set[str]) -> Body | None:
    """The body the question names: every distinctive word of its name asked (or its acronym)."""
    best: tuple[int, Body] | None = None
    for body in bodies:
        distinctive = set(terms(body.name)) - _BODY_WORDS
        kinds = set(terms(body.name)) & _BODY_WORDS
        if not distinctive or not kinds:
            continue
        if distinctive <= asked and kinds & asked:
            size = len(distinctive) + len(kinds & asked)
            if best is None or size > best[0]:
                best = (size, body)
    return best[1] if best else None


def _nearest_body(quote: str, name: str, others: list[str]) -> bool:
    """Whether the body named nearest before a chair word ("chaired by", "Chair:") is this one (or it is
    named right after it: "the chair of the Board")."""
    cue = RELATIONS["chair"].search(quote)
    if cue is None:
        return False
    lowered = quote.lower()
    places = [(lowered.find(other.lower()), other) for other in others if other.lower() in lowered]
    places.append((lowered.find(name.lower()), name))
    before = [(at, body) for at, body in places if 0 <= at < cue.start()]
    if before:
        return max(before)[1] == name
    after = [(at, body) for at, body in places if at >= cue.end()]
    return bool(after) and min(after)[1] == name


def _acronym(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _asks_within(
    question: Question, plan: Plan, priority: Priority, drafted: Draft, uses: Sequence[frozenset[str]]
) -> bool:
    """Whether a question naming a priority by its place asks about something its line says nothing of ("For
    Sutton's sixth theme, how big an audience are the awareness campaigns meant to have?"), not what the priority
    is ("what does Lewisham's third priority take in apart from ASB?", "which bugbears get swept into it?"): words
    of its own that the plan uses (`uses`: the words of each of its passages), besides the plan's names and the
    priority's title, place and kind, none of which the rest of the priority's line says."""
    named = set(terms(f"{priority.title} {plan.title} {plan.council} {' '.join(_PLACES)} {_PLAN_WORDS}"))
    own = {
        term
        for term in set(question.key_terms) - named - _WHAT_IT_IS
        # ("public health-type concerns": "health" and "type", not "healthtype" as well)
        if not term.isdigit()
        and not any(term != other and term.startswith(other) for other in question.key_terms)
        and any(term in used for used in uses)  # (no plan says "bugbears": the question's own way of putting it)
    }
    said = set(terms(" ".join(point.unit.quote for point in drafted.points)))
    return len(own) >= _OWN_WORDS and not own & said


def _whole_word(text: str, match: re.Match[str]) -> str:
    """The whole word a match falls in, with what a hyphen joins to it ("co-wrote" for "wrote")."""
    start, end = match.start(), match.end()
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] == "-"):
        end += 1
    return text[start:end]


_PEOPLE_LABELS = re.compile(
    r"^\s*(?:author|report authors?|report of|lead officer|lead member|contact|owner|originating officer|"
    r"cabinet member|prepared by|approved by)\b",
    re.I,
)
