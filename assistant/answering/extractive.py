"""The default answerer: no LLM, just the best-supported sentences, list items and rows, each cited."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from lemminflect import getAllLemmas

from assistant.answering.ages import ages_told, for_age
from assistant.answering.among import LISTED, asks_among, pick, place_asked
from assistant.answering.counts import count_said, counted_asked, counts_asked
from assistant.answering.evidence import ItemList, Unit, line_words, numbered, printed, units_of
from assistant.answering.findings import reports_finding
from assistant.answering.intent import UNDER
from assistant.answering.list_places import at_place, item_place, names_list
from assistant.answering.named_places import names_asked, names_one
from assistant.answering.other_places import figure_for_another_place
from assistant.answering.question import (
    ACT_SECTION,
    BUDGET,
    LAYOUT_WORDS,
    MONEY_ASKED,
    NAMED_NUMBER,
    NUMBER_WORDS,
    TARGET_VERB,
    WEIGHT_ASKED,
    WHETHER,
    WHY_QUESTION,
    Question,
    asking_clause,
    defined_name,
    said_figures,
    wanted_text,
    without_plans_of,
)
from assistant.answering.quoted import quoted_list, quotes_in
from assistant.answering.sizes import sized_asked
from assistant.answering.things import PlanWords
from assistant.answering.trends import (
    change_asked,
    change_of,
    direction_asked,
    direction_words,
    is_total,
    moves_said,
    states_change,
)
from assistant.answering.verify import numbers_in
from assistant.answering.years import YEARS, asked_spans, naming_plans, span_label, year_spans
from assistant.embedding import Embedder
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.hybrid import Passage
from assistant.retrieval.plain_words import FILLER
from assistant.retrieval.terms import STOPWORDS, stem, terms, words
from assistant.retrieval.vectors import UnitVectors, glossaries
from ingest.documents import Chunk, PlanMetadata
from ingest.glossary import spell_out, unspelled
from ingest.text import introduces, split_sentences

_DIGIT = re.compile(r"\d")
_MAX_SENTENCES = 3  # sentences an answer quotes when no list answers it (within the word budget)
_LONG_ITEM = 30  # words: a list item longer than this is quoted by as many of its sentences as fit in it
_WORD_BUDGET = 80  # words of quotes an answer holds; context lives in the citations
_READ_ON_BUDGET = 60  # words of quotes an answer reads on to from its best sentence
_SENTENCE_MARGIN = 0.1  # how far below the best a further sentence may score
_LIST_BUDGET = 150  # ... or, for a list, enough for its items whole
_WHOLE_LIST_BUDGET = 240  # ... and for a list the question asks for, enough for a dozen items of a line each
_SPECIFIC_SHARE = 0.2
_CARRIED_WEIGHT = 0.5
_PHRASED_SIMILARITY = 0.3  # everyday words sit further in meaning from the plans' own: judged on those words
# a plan word this close in meaning to the one a question wrote stands for it, in part, when support is judged
_ALIKE = 0.7
_COUNTED_ALIKE = 0.6  # a plan word this near in meaning to what a question counts may name it
_ALIKE_CREDIT = 0.5
_STORY_WEIGHT = 0.25  # a word of the story around a question, not of the question
_DATED_SUPPORT = 0.6  # share of the usual support a dated sentence needs to answer "when?"
_STORY_SUPPORT = 0.8  # share of the usual support a story-told question needs
_COMPARED_SUPPORT = 0.5  # ... and each plan's part of a comparison
_FULL_SUPPORT = 0.85  # key-term support at which evidence far from the question's wording still answers
_SCATTERED_SIMILARITY = 0.45  # below this closeness in meaning, words said in several passages do not add up
_HYPHENATED = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
# two capitalised words, as a person's name is written ("Stephen Douglass", "Abu Ullah")
_TWO_CAPITALS = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_ANOTHER_FIGURE = re.compile(
    r"\bhow (?:many|much|big|large)\b|\bwhat (?:percentage|proportion|share|amount|sum|total)\b|"
    # ... or a figure beside it ("after the £2m saving, what further cut is due?")
    r"\b(?:what|which|any)\s+(?:further|additional|extra|more|other|next|new)\b|"
    # ... or the figure for a year ("230 was the 2017/18 figure: what's the target for 2022/23?")
    r"\bwhat(?:['’]s|\s+is|\s+was|\s+are|\s+were)?\s+the\s+(?:[\w-]+\s+)?(?:target|figure|number|rate|level|total)s?\s+"
    r"(?:for|in|by)\s+(?:19|20)\d{2}",
    re.I,
)
_GOES_ON = re.compile(r"\W*(?:this|these|it|they|that|those|which)\b", re.I)  # a sentence going on about the last
# ... asked about as a person: who they are, their role or title
_PERSON_ASKED = re.compile(
    r"\bwho(?:'s|\s+is|\s+was)?\b|\b(?:roles?|titles?|jobs?|job-?wise|posts?|positions?|responsibilit(?:y|ies))\b",
    re.I,
)
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+", re.I)  # an email or web address
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|around|through|to|by|on)\s+(?:the\s+)?$", re.I)
_WHICH = re.compile(r"\bwhich\b", re.I)
# a resident asking what they can get or must do ("can I hire ...?", "do I need ...?", "how do I ...?", "who do I ask
# ...?"): a council service, which a plan answers only where it names the thing asked for
_VERB_BEFORE = frozenset(words("to i we you they can could will would should must may might do does did not"))
_ASKS_FOR_SERVICE = re.compile(
    r"\b(?<!how\s)(?:can|could|may|do|should|must)\s+(?:i|we)\b|\b(?:how|where|who|when)\s+(?:do|can|should|could|would)\s+"
    # ... not "how can I tell a shop has signed up?": how something shows, which a plan may say
    r"(?:i|we)\b(?!\s+(?:tell|know|spot|recogni[sz]e|identify)\b)|\b(?:i|we)\s+(?:need|want)\s+to\b|"
    # "can the council help me find a childminder?"
    r"\b(?:can|could|will|would)\s+(?:the\s+council|they|you|someone|anyone)\s+help\s+(?:me|us)\b",
    re.I,
)
_FIGURED_UNITS = 2  # sentences saying the figures a question says, beyond which the figures do not tell which is meant
_FIGURE_WEIGHT = 5.0  # a figure the question says weighs as a rare word does
_FULL_SUPPORT_SIMILARITY = 0.15  # ... down to this closeness in meaning
# half the usual support answers at this closeness in meaning, when what is asked is no figure, no thing outside the
# plans and no service: a reader's words for what the plan says in its own
_PARTIAL_SIMILARITY = 0.4
_RANKED_BONUS = 0.15  # evidence that ranks things, for a question asking which came first
_DATED_BONUS = 0.05  # for a when question, evidence giving a day or month
_COUNT_BONUS = 0.15  # a sentence naming as many things as the question counts
_YEAR_BEFORE_PENALTY = 0.1  # a figure whose year only the passage before it says is less surely of that year
_GIVEN_FIGURE_BONUS = 0.1  # evidence stating a figure the question gives is about what it asks
_REASON_BONUS = 0.1  # evidence giving a reason, for a question asking why
_AGE_BONUS = 0.1  # evidence for an age range holding the age a message tells of someone
_STAND_FOR = re.compile(
    r"\b(?:stand|stands|standing) for\b|\bshort for\b|\bacronym\b|\babbreviation\b|\bwhat (?:does|do) \S+ mean\b|"
    r"\bfull forms?\b|\bspel(?:led|t) out\b",
    re.I,
)  # "what does PbR mean?", "PSHE's full form?" ask what an acronym is short for, when the plans spell it out
_SENTENCE_LIKE = re.compile(r"[.:;]\s*$|[.!?]\s+[A-Z]")  # a quote that is (or holds) a sentence, not a name
_AMONG_MARGIN = 0.05  # how much closer in meaning than the rest the one item picked by meaning must be
_REASON_RANKS = 3  # how far down the best sentences a why-question looks for one giving a reason
_LABEL_WORDS = 8  # words of a table's label line at most (more is the prose before the table)
_STRAY_LINES = 4  # a table's lines above a line of other text within it, at most, before the line introducing it
_FAMILY_STEM = 5  # letters two stems share when one begins the other: "deliv", "deliveri"
_ASKED_AGAIN_TERMS = 2  # a follow-up's own words a quote of the last answer must all say to be said again
_SEEN_PENALTY = 0.1
_ITEMS_BEFORE = 3  # a list item further down than this is shown from itself (what is before would crowd it out)
_AGENT_RANKS = 3  # how far down the best sentences "who runs it?" looks for one saying by whom
_NEXT_BONUS = 0.1  # ... and one just after what it quoted, for a follow-up with no words of its own
_NEXT_CHARS = 300  # a unit the last answer quoted, for a follow-up that leans on it
_NEAR_CHARS = 600  # characters before or after a quote of the last answer a unit is beside it within
_NEAR_BONUS = 0.1  # ... for a unit there saying a word of the follow-up's own
_NEAR_SEEN_SIMILARITY = 0.15  # ... down to this closeness in meaning, when it says the follow-up's own words
_NAMED_SHARE = 0.75  # share of an item's words a question must use to name it
_CONTINUED_PASSAGES = 2  # passages after its own a list may go on into
_BETWEEN_WORDS = 40  # words at most between a sentence and the lead-in of the list it opens
_DEFINED = re.compile(r"\b(?:is|are) defined as\b|\bdefinition of\b|\bis taken to mean\b|\bwe define\b", re.I)
_DEFINING_RANK = 5  # how far down the ranking a sentence that defines in so many words may be
_DEFINING = re.compile(
    r"\b(is defined as|means|refers to|stands for|is a|are a|(?:that|which) (?:seeks|seek|aims|aim) to)\b| [-–—] ",
    re.I,
)


@dataclass(frozen=True)
class Point:
    unit: Unit
    bullet: bool = False
    header: Unit | None = None  # a table row's header row: the row is said as a statement of its columns


@dataclass(frozen=True)
class Draft:
    """The evidence chosen for one answer (or one council's part of a comparison)."""

    points: tuple[Point, ...]
    truncated: bool = False  # the chosen list has more items than an answer shows
    note: str = ""  # said after the points (e.g. that a plan was superseded)


@dataclass(frozen=True)
class _Scored:
    score: float
    similarity: float
    coverage: float


class ExtractiveAnswerer:
    """Picks evidence by meaning (embeddings), key-term coverage (BM25 idf) and passage rank."""

    def __init__(
        self,
        embedder: Embedder,
        bm25: Bm25Index,
        min_support: float = 0.5,
        min_similarity: float = 0.35,
        confident_similarity: float = 0.55,
        certain_similarity: float = 0.65,
        max_points: int = 12,
        chunks: Mapping[str, Chunk] | None = None,
        unit_vectors: UnitVectors | None = None,
        front_lines: Mapping[str, frozenset[str]] | None = None,
        target_quotes: Mapping[str, frozenset[str]] | None = None,
        plan_words: PlanWords | None = None,
    ) -> None:
        self._front = front_lines or {}  # chunk id -> its lines of contents or document control
        self._targets = target_quotes or {}  # chunk id -> quotes the plan model reads as targets with a value
        self._bank = unit_vectors  # answer texts embedded at ingest: only the question is embedded here
        self._plan_words = plan_words  # the plans' words by meaning (this audience's plans)
        self._chunks: Mapping[str, Chunk] = chunks or {}
        self._glossaries = glossaries(self._chunks.values())  # each plan's own acronyms, by source
        self._chunks_by_source: dict[str, list[Chunk]] = {}
        for chunk in (chunks or {}).values():
            self._chunks_by_source.setdefault(chunk.metadata.source, []).append(chunk)
        for same_source in self._chunks_by_source.values():
            same_source.sort(key=lambda chunk: chunk.ordinal)
        self._embedder = embedder
        self._bm25 = bm25
        self._min_support = min_support
        self._min_similarity = min_similarity
        self._confident_similarity = confident_similarity
        self._certain_similarity = certain_similarity
        self._max_points = max_points
        self._lowered: frozenset[str] | None = None  # words the plans write in lower case, read when first needed

    @property
    def embedder(self) -> Embedder:
        return self._embedder

    def draft(self, question: Question, passages: Sequence[Passage], names: bool = True) -> Draft | None:
        """The best-supported evidence in the passages, or None when it does not answer the question. Without
        `names`, a question asking which places or businesses by name takes evidence that names none too (to
        say what the plan mentions but does not name)."""
        drafted = self._draft(question, passages, names)
        if drafted is None:
            return None
        if question.wants_findings and not any(reports_finding(point.unit.quote) for point in drafted.points):
            return None  # "what did the survey find?" is not "we will run a survey": the plan names it, no finding
        if not self._counts_what_is_asked(question, drafted):  # "how many people answered?" is not "a choice of
            return None  # 20 concerns" (the figure of a neighbouring thing)
        if not self._sizes_what_is_asked(question, drafted):  # "how big a penalty?" is not "worth £100,000"
            return None
        if question.which_plans:
            drafted = self._saying(question, drafted)
            if drafted is None:
                return None
        drafted = brief(Draft(_with_table_headers(drafted.points), drafted.truncated), whole=question.wants_list)
        if question.wants_item_number:  # "which action number ...?": each item quoted with the number printed before it
            points = tuple(replace(point, unit=numbered(point.unit)) for point in drafted.points)
            drafted = Draft(points, drafted.truncated, drafted.note)
        return drafted

    def among_seen(self, question: Question, by_meaning: bool = False) -> Draft | None:
        """For "which of those ...?" after a list, the items of the last answer that say what the message
        adds (`by_meaning`: or else the one clearly closest to it in meaning); None when it picks out none (or
        all) of them, or the last answer listed nothing."""
        if not asks_among(question.text) or len(question.seen) < 2 or direction_asked(question.text) is not None:
            return None  # (which of those went up is for their table's figures to say: `moved`)
        items: list[Unit] = []
        leads: dict[str, str] = {}  # chunk id -> what else the last answer quoted of it ("The 9 strands are:")
        for chunk_id, quote in sorted(question.seen):
            chunk = self._chunks.get(chunk_id)
            at = chunk.text.find(quote) if chunk is not None else -1
            if chunk is None or at < 0:
                continue
            units = [unit for unit in units_of(chunk)[0] if unit.quote == quote]
            if all(unit.kind not in LISTED for unit in units) if units else _SENTENCE_LIKE.search(quote):
                # a sentence ("The 9 strands of VAWG are:"): what the list is
                leads[chunk_id] = f"{leads.get(chunk_id, '')} {quote}"
                continue
            item = units[0] if units else Unit(chunk, at, at + len(quote), "item")  # a cell the plan model quoted
            if item not in items:
                items.append(item)
        # what the message adds: not the words the list's own lead-in says ("which of those strands ...?")
        context = _present(question, " ".join(leads.values()))
        own = tuple(term for term in question.key_terms if term not in question.carried and term not in context)
        if len(items) < 2 or not own:
            return None
        asked = replace(question, key_terms=own, carried=frozenset(), narrative=frozenset())
        query = self._vector(question.text)
        items.sort(key=lambda unit: (unit.chunk.ordinal, unit.start))
        closeness = [float(vector @ query) for vector in self._unit_vectors(question, items, query)]
        if not by_meaning:
            closeness = [-1.0] * len(items)
        chosen = pick(
            items,
            lambda unit: self._coverage(asked, f"{_table_labels(unit)} {unit.quote}"),
            closeness,
            enough=self._min_support,
            least=self._min_similarity,
            margin=_AMONG_MARGIN,
        )
        return Draft(tuple(Point(unit, bullet=True) for unit in chosen)) if chosen else None

    def at_place(self, question: Question) -> Draft | None:
        """For "what is the third one's job title?" or "which of them looks after Prevent?" after an answer that
        quoted one passage naming several
        ("Author | Glenn Phillips, Head of ... Joe Mutter, ... Abu Ullah, ..."): that passage, which says it.
        None when the message points at no place, asks for more ("tell me more about the second one"), or the
        last answer quoted more than one passage (a list's items are found by their words: `followup`)."""
        pointed = place_asked(question.text) is not None or asks_among(question.text)  # ... or "which of them ...?"
        if not pointed or question.said or len(question.seen) != 1 or _MORE_ASKED.search(question.text):
            return None  # (in a compound question "which of those ...?" points at what the other part asks about)
        if direction_asked(question.text) is not None:
            return None  # "which of them went up?" is for a table's figures to say (`moved`)
        ((chunk_id, quote),) = question.seen
        chunk = self._chunks.get(chunk_id)
        at = chunk.text.find(quote) if chunk is not None else -1
        if chunk is None or at < 0:
            return None
        units = [unit for unit in units_of(chunk)[0] if unit.quote == quote]
        return Draft((Point(units[0] if units else Unit(chunk, at, at + len(quote), "cell")),))

    def placed(self, question: Question, passages: Sequence[Passage]) -> Draft | None:
        """For "which came fourth and fifth?", the rows a ranking table (its first column "Position" or "Rank")
        puts in those places: in the last answer's passages, or else in the first passage whose table's
        lead-in, labels and section say the question's words. None when no place is asked or no table has it."""
        ranks = _ranks_asked(question.text)
        if not ranks or UNDER.search(question.text):
            return None
        subject = replace(question, key_terms=tuple(t for t in question.key_terms if t not in _RANK_TERMS))
        seen = list(dict.fromkeys(chunk_id for chunk_id, _ in sorted(question.seen) if chunk_id in self._chunks))
        chunks = {chunk.id: chunk for chunk in [*(self._chunks[c] for c in seen), *(p.chunk for p in passages)]}
        for chunk in chunks.values():
            ranked = _ranked(_chunk_units(chunk))
            rows = [unit for unit, rank in ranked if rank in ranks]
            # (a row that leaves its place blank has a cell fewer than the header: another row finds it)
            labelled = next((row for row, _ in ranked if _header_row(row, {}) is not None), None)
            header = _header_row(labelled, {}) if labelled is not None else None
            if not rows or labelled is None or header is None:
                continue
            before = chunk.text[max(0, header.start - _CAPTION_CHARS) : header.start]  # what introduces the table
            said = f"{before} {_table_labels(labelled)} {chunk.section or ''}"
            if chunk.id not in seen and self._coverage(subject, said) < self._min_support:
                continue
            return brief(Draft(_with_table_headers(tuple(Point(row, bullet=True) for row in rows))))
        return None

    def moved(self, question: Question, passages: Sequence[Passage]) -> Draft | None:
        """For "which of them went up?" (or fell), the rows of the table asked about whose figures moved that
        way: the table of the last answer's passages, or else the first of the passages' tables that says the
        question's words in its labels. None when the question asks no direction, no table answers it, or no
        row of it moved that way."""
        direction = direction_asked(question.text)
        if direction is None:
            return None
        moving = set(terms(direction_words(question.text)))  # "went up" is asked of the figures, not the labels
        subject = replace(question, key_terms=tuple(term for term in question.key_terms if term not in moving))
        seen = list(dict.fromkeys(chunk_id for chunk_id, _ in sorted(question.seen) if chunk_id in self._chunks))
        chunks = {chunk.id: chunk for chunk in [*(self._chunks[c] for c in seen), *(p.chunk for p in passages)]}
        parsed: dict[str, list[Unit]] = {}
        tables: dict[tuple[str, int], tuple[Unit, list[Unit]]] = {}
        for chunk in chunks.values():  # the last answer's first, then by rank
            for unit in _chunk_units(chunk):
                header = _header_row(unit, parsed) if unit.kind == "row" else None
                if header is not None:
                    tables.setdefault((chunk.id, header.start), (header, []))[1].append(unit)
        for (chunk_id, _), (header, rows) in tables.items():
            names = header.quote.split(_CELL)
            if question.years and not any(str(year) in header.quote for year in question.years):
                continue  # another year's table
            changes = [(row, change_of(names, row.quote.split(_CELL), question.years)) for row in rows]
            changes = [(row, change) for row, change in changes if change is not None]
            if len(changes) < 2:
                continue
            chunk = rows[0].chunk
            before = chunk.text[max(0, header.start - _CAPTION_CHARS) : header.start]  # what introduces the table
            labels = " ".join([before, _table_labels(rows[0]), *(row.quote.split(_CELL)[0] for row in rows)])
            if chunk_id not in seen and self._coverage(subject, f"{labels} {chunk.section or ''}") < self._min_support:
                continue
            went = [(row, change) for row, change in changes if change * direction > 0]
            went = [(row, change) for row, change in went if not is_total(row.quote.split(_CELL)[0])]
            if not went:
                return None
            if _MOST.search(question.text):  # "which fell the most?": the one that moved furthest
                went = [max(went, key=lambda pair: pair[1] * direction)]
            return brief(Draft(_with_table_headers(tuple(Point(row, bullet=True) for row, _ in went))))
        return None

    def numbered(self, question: Question, passages: Sequence[Passage]) -> Draft | None:
        """For "which two bodies does Sutton's action 3.3 back?", the item the plan prints that number before
        (with the items numbered under it), found in the plans of the passages however the question words it.
        None when the question names no item by its number, or the plans print it before no item or before
        items in more than one plan."""
        numbers = {match.group(2) for match in NAMED_NUMBER.finditer(question.text)}
        if (alone := _NUMBER_ALONE.match(question.text)) is not None:
            numbers.add(alone.group(1))  # "And 5.4?": a message that says nothing but a number names an item by it
        # "section 6", "paragraph 33": the division the plan prints that whole number before, with what it holds
        acts = [match.span() for match in ACT_SECTION.finditer(question.text)]  # (not "section 17 of the 1998 Act")
        wholes = {
            match.group(2)
            for match in _NAMED_DIVISION.finditer(question.text)
            if not any(start <= match.start() < end for start, end in acts)
        }
        for match in _NAMED_RANGE.finditer(question.text):  # "actions 6.1 to 6.6": each item from the first to the last
            major, first, last_major, last = match.group(2), int(match.group(3)), match.group(4), int(match.group(5))
            if last_major in (None, major) and first < last <= first + _RANGE_ITEMS:
                numbers |= {f"{major}.{minor}" for minor in range(first, last + 1)}
        if not numbers and not wholes or question.figures - numbers - wholes:
            return None  # "70% of whom, in section 6's outputs?": what is said with the figure answers
        found: dict[str, list[Unit]] = {}
        for source in dict.fromkeys(passage.chunk.metadata.source for passage in passages):
            ordered = [unit for chunk in self._chunks_by_source.get(source, []) for unit in _chunk_units(chunk)]
            for index, unit in enumerate(ordered):
                if self._is_front(unit) or unit in found.get(source, []):
                    continue  # a contents line names the division; what it holds is in the body
                if any(_printed_under(unit, number) for number in numbers):
                    found.setdefault(source, []).append(unit)
                elif any(_printed_as(unit, whole) for whole in wholes):
                    found.setdefault(source, []).extend([unit, *_bullets_after(unit, _chunk_units(unit.chunk))])
                    if _titles(unit):  # "32. Other Duties Fulfilled by the CSP": what is printed under it
                        found[source].extend(_held_under(ordered[index + 1 :]))
        if len(found) != 1:
            return None
        ((_, units),) = found.items()
        said: dict[str, Unit] = {}
        for unit in units:  # once each, though passages overlap
            said.setdefault(unit.quote, unit)
        return Draft(tuple(Point(unit, bullet=True) for unit in list(said.values())[: self._max_points]))

    def gives_asked(self, question: Question, draft: Draft) -> bool:
        """Whether a draft found by where the question points (an item by its number, a list by its lead-in)
        gives the figure the question asks for: "how many volunteers will action 2.4 fund?" is not answered by
        action 2.4 when it says no number. A list answers "how many ...?" by its items."""
        if not question.wants_number:
            return True
        if len(draft.points) > 1 and _COUNT_QUESTION.search(question.text):
            return True
        dating = figure_kind(question) == "date"
        return any(
            states_figure(point.unit, question) or (dating and _dated_before(point.unit)) for point in draft.points
        )

    def led_by_quote(
        self, question: Question, passages: Sequence[Passage], visible: frozenset[str] = frozenset()
    ) -> Draft | None:
        """For "'Over the year the board will' - do what?", the list whose lead-in the question quotes, in
        the plans of the passages (or, when the question names no plan, any plan the caller may see: `visible`).
        None when it quotes no lead-in, or those of more than one list."""
        if not quotes_in(question.text):
            return None
        sources = [passage.chunk.metadata.source for passage in passages]
        if not question.councils and not question.plans:
            sources += [source for source in self._chunks_by_source if source in visible]
        lists = (
            item_list
            for source in dict.fromkeys(sources)
            for chunk in self._chunks_by_source.get(source, [])
            for item_list in _chunk_lists(chunk)
            if not any(self._is_front(item) for item in item_list.items)  # (a contents page only names it)
        )
        found = quoted_list(question.text, lists)
        if found is None or found.lead_in is None:
            return None
        found = self._whole(found)
        items = found.items[: self._max_points]
        points = (Point(found.lead_in), *(Point(item, bullet=True) for item in items))
        return Draft(points, truncated=len(found.items) > len(items))

    def figured(
        self, question: Question, passages: Sequence[Passage], visible: frozenset[str] = frozenset()
    ) -> Draft | None:
        """For "18,289: what's that projection?" or "23% to 14%: what measure?", what the plans of the passages say
        with every figure the question says, found however the question words the rest. None when the question says
        no figure, or the figures are said in more than one plan, or too often in one to tell which is meant."""
        if not question.figures or _ANOTHER_FIGURE.search(question.text):
            return None
        found: dict[str, list[Unit]] = {}
        naming = names_asked(asking_clause(question.text) or question.text)
        sources = [passage.chunk.metadata.source for passage in passages]
        if not question.councils and not question.plans and not self._unknown_names(question):
            # "dropped to 14% in 2016: which borough?": any plan the caller may see (`visible`) may say it
            sources += [source for source in self._chunks_by_source if source in visible]
        for source in dict.fromkeys(sources):
            for chunk in self._chunks_by_source.get(source, []):
                for unit in _chunk_units(chunk):
                    if (
                        question.figures <= numbers_in(unit.quote)
                        and _says_shares(question.text, unit.quote)
                        and unit not in found.get(source, [])
                        and not (_TARGET_MET.search(question.text) and self._only_sets_target(unit))  # the target,
                        # not how it went
                        and (not naming or self._names_one(unit, question))  # "which 12 schools?": not "12 schools"
                    ):
                        found.setdefault(source, []).append(unit)
        if not found and len(question.figures) > 1:
            return self._figures_apart(question, passages)
        if len(found) > 1:  # "what does '1.4 per individual' measure?": where the figure is said with the words asked
            found = _most_worded(question, found)
        if len(found) != 1:
            return None
        ((source, units),) = found.items()
        if len(units) > _FIGURED_UNITS and not _asks_target(question.text) and not _WHICH.search(question.text):
            # "the 10,000 people figure: reached by what?": the one sentence saying it with the words asked, not
            # "per 10,000 residents" (a question asking a target of its own is for its words to answer, and "which
            # rates are counted per 10,000 residents?" asks for every one)
            worded = _most_worded(question, {source: units})[source]
            units = worded if len(worded) == 1 else units
        if len(units) > _FIGURED_UNITS:
            return None  # "20%" said five times: which is meant is for the question's words to say
        points: list[Point] = []
        for unit in units:
            before = _sentence_before(unit) if _POINTS_AT_LAST.search(unit.quote) else None
            if before is not None and all(before != point.unit for point in points):
                points.append(Point(before))  # "... between 11 and 16 of these": what "these" are is said before
            points.append(Point(unit))
            after = _following(unit, _chunk_units(unit.chunk))
            if (
                after is not None
                and after.kind == "sentence"
                and _GOES_ON.match(after.quote)
                and all(after != point.unit for point in points)
            ):
                points.append(Point(after))  # "... £150k. This is for the redeployment of ...": what it is for
        counted = self._counted_list(question, units)
        if counted is not None:  # "which five new powers replaced the old 12?": the five, which a list names
            shown = self._whole(counted)
            lead = [Point(shown.lead_in)] if shown.lead_in is not None and shown.lead_in.kind != "heading" else []
            points += [*lead, *(Point(item, bullet=True) for item in shown.items[: self._max_points])]
        return Draft(tuple(points))

    def _counted_list(self, question: Question, units: list[Unit]) -> ItemList | None:
        """For a question asking which things, as many as it counts, the first list after the sentences that say
        its figures, in their passage, with that many items ("... brought in 5 new powers ..." then "The 5 new
        powers are:" and five items). None when the question asks no list of a count, or a sentence lists them."""
        count = question.expected_count
        if not question.wants_list or count is None or any(_enumerates(unit.quote, count) for unit in units):
            return None
        last = units[-1]
        after = [lst for lst in units_of(last.chunk)[1] if lst.items and lst.items[0].start > last.end]
        return next((lst for lst in after if len(self._whole(lst).items) == count), None)

    def _figures_apart(self, question: Question, passages: Sequence[Passage]) -> Draft | None:
        """For "1.4, 1.2 and 0.8: what do these mean?", the lines of one passage that say the figures between them,
        one figure each (three rows of a table). None unless exactly one passage of the plans says them so."""
        figures = question.figures
        found: list[list[Unit]] = []
        for source in dict.fromkeys(passage.chunk.metadata.source for passage in passages):
            for chunk in self._chunks_by_source.get(source, []):
                units = [unit for unit in _chunk_units(chunk) if numbers_in(unit.quote) & figures]
                said = [numbers_in(unit.quote) & figures for unit in units]
                if units and len(units) <= len(figures) and frozenset().union(*said) == figures:
                    found.append(units)
        if len(found) != 1:
            return None
        return Draft(tuple(Point(unit) for unit in found[0]))

    def person(self, question: Question, passages: Sequence[Passage]) -> Draft | None:
        """For "Stephen Douglass's role?" or "who is Glenn Phillips?", what the plans of the passages say with the
        person's name, however the question words the rest. A name is two capitalised words the plans never write
        in lower case ("Channel Panel" is not one: the plans say "panel"). None when the question names no one, or
        the plans say the name in more than one plan, or too often in one to tell what is meant."""
        if not _PERSON_ASKED.search(question.text) or _WHO_HOLDS.search(question.text):
            # "a supermarket near London Bridge": a place, not someone asked about; "who is the Hate Crime Officer?"
            # asks who holds a post, not about someone it names
            return None
        names = [
            match.group(0)
            for match in _TWO_CAPITALS.finditer(question.text)
            if not any(word.lower() in self._lower_words() for word in match.group(0).split())
            and not any(council in match.group(0) for council in (*question.councils, *question.unknown_councils))
            and not _PLACE_BEFORE.search(question.text[: match.start()])
        ]
        if not names:
            return None
        found: dict[str, list[Unit]] = {}
        for source in dict.fromkeys(passage.chunk.metadata.source for passage in passages):
            for chunk in self._chunks_by_source.get(source, []):
                if not any(name in chunk.text for name in names):
                    continue
                for unit in _chunk_units(chunk):
                    if any(name in unit.quote for name in names) and unit not in found.get(source, []):
                        found.setdefault(source, []).append(unit)
        if len(found) != 1:
            return None
        ((_, units),) = found.items()
        if len(units) > _FIGURED_UNITS:
            # said too often to quote it all: where the plan gives the name with a title ("Caroline Thwaites,
            # Assistant Director ..."), not as a contact in a list of papers
            units = [unit for unit in units if any(_titled(name, unit.quote) for name in names)]
        if not units or len(units) > _FIGURED_UNITS:
            return None
        return Draft(tuple(Point(unit) for unit in units))

    def _names_one(self, unit: Unit, question: Question) -> bool:
        """Whether a unit names a place or business the question does not: in a word the plans never write in
        lower case ("Bermondsey", not the "Heads" of "Secondary School Heads"); its plan's council names none."""
        councils = [*question.councils, unit.chunk.metadata.council]
        return names_one(unit.quote, question.text, councils, common=self._lower_words())

    def _for_another_place(self, question: Question, unit: Unit) -> bool:
        """Whether a unit gives its figure for a named place other than the one the question names."""
        councils = [*question.councils, unit.chunk.metadata.council]
        return figure_for_another_place(question.text, unit.quote, councils, self._lower_words()) is not None

    def _lower_words(self) -> frozenset[str]:
        """Every word the plans write in lower case somewhere (read once)."""
        if self._lowered is None:
            self._lowered = frozenset(
                word
                for chunk in self._chunks.values()
                # (not an address: "caroline.thwaites@southwark.gov.uk" writes no word in lower case)
                for word in re.findall(r"\b[a-z][a-z'-]+\b", _ADDRESS.sub(" ", chunk.text))
            )
        return self._lowered

    def figureless(self, question: Question, passages: Sequence[Passage]) -> list[PlanMetadata]:
        """For a figure question no evidence with the figure answers, the plans whose passages answer it but
        for the figure (a near miss: the service is named, its contract value is not); none when the question
        asks no figure."""
        if not (question.wants_number or question.wants_time or question.wants_date):
            return []
        drafted = self._draft(replace(question, wants_number=False, wants_time=False, wants_date=False), passages)
        return (
            list({p.unit.chunk.metadata.source: p.unit.chunk.metadata for p in drafted.points}.values())
            if (drafted is not None)
            else []
        )

    def contact_given(self, question: Question, passages: Sequence[Passage]) -> list[tuple[PlanMetadata, list[str]]]:
        """For an email address asked that no evidence gives, the plans whose passages give another way to get in
        touch for it, with the ways ("a telephone number", "a postal address"): a near miss; none when no email
        address is asked."""
        if not (question.wants_contact and _EMAIL_ASKED.search(question.text)):
            return []
        drafted = self._draft(replace(question, text=_EMAIL_ASKED.sub("contact details", question.text)), passages)
        if drafted is None:
            return []
        given: dict[str, tuple[PlanMetadata, list[str]]] = {}
        for point in drafted.points:
            meta = point.unit.chunk.metadata
            ways = given.setdefault(meta.source, (meta, []))[1]
            for way, pattern in _WAYS_TO_CONTACT:
                if pattern.search(point.unit.quote) and way not in ways:
                    ways.append(way)
        return [(meta, ways) for meta, ways in given.values() if ways]

    def target_only(self, question: Question, passages: Sequence[Passage]) -> list[PlanMetadata]:
        """For "did it meet its target?" that no evidence answers, the plans whose evidence sets the target (a near
        miss: the target is given, how it went is not); none for any other question."""
        if not _TARGET_MET.search(question.text):
            return []
        drafted = self._draft(replace(question, text=_TARGET_MET.sub(" target ", question.text)), passages)
        return list(
            {
                point.unit.chunk.metadata.source: point.unit.chunk.metadata
                for point in (drafted.points if drafted is not None else ())
                if self._only_sets_target(point.unit)
            }.values()
        )

    def years_given(self, question: Question, passages: Sequence[Passage]) -> list[tuple[PlanMetadata, list[str]]]:
        """For a figure question about a time no evidence gives the figure for ("burglaries in 2015" where the
        table has 2013 and 2014 columns), each plan whose evidence answers it for other times, with those
        times as the plan writes them ("2013", "2017/18"); none when the question names no time, or the
        evidence read without the time has figures of no time."""
        asked = asked_spans(question.text)
        if not question.wants_number or not asked:
            return []
        drafted = self._draft(replace(question, years=()), passages)
        given: dict[str, tuple[PlanMetadata, list[frozenset[int]]]] = {}
        for point in drafted.points if drafted is not None else ():
            unit = point.unit
            if not states_figure(unit, question):
                continue
            said = year_spans(unit.quote) or year_spans(
                f"{_setting(unit)} {_section_below_title(unit)} {_table_head(unit)}"
            )
            if not said or any(span <= other or other <= span for span in asked for other in said):
                return []  # a figure of no time, or of the time asked: not a figure for another time only
            meta = unit.chunk.metadata
            spans = given.setdefault(meta.source, (meta, []))[1]
            spans.extend(span for span in said if span not in spans)
        return [
            (meta, [span_label(span) for span in sorted(spans, key=min) if not any(other < span for other in spans)])
            for meta, spans in given.values()
        ]  # a span that holds others said ("2013/14" beside "2013" and "2014") adds nothing

    def already_said(self, question: Question, drafts: Sequence[Draft]) -> bool:
        """Whether what other drafts quote answers the question too: "How many people picked it as their first
        choice?" after "What came top?" was answered with "Based on the respondents first choice, the top three
        concerns were 1) Drugs and Alcohol abuse (339 or 24.4%) ..."."""
        # "..., and how often?": a part with no words of its own asks only for the figure of what the other part
        # asked about, which a quote of that part's answer giving such a figure says
        leaning = question.wants_number and not any(term not in question.carried for term in question.key_terms)
        for draft in drafts:
            for point in draft.points:
                quote = point.unit.quote
                if question.wants_number and not has_figure(quote, question):
                    continue
                if leaning or self._coverage(question, quote) >= self._min_support:
                    return True
        return False

    def _saying(self, question: Question, drafted: Draft) -> Draft | None:
        """For "which plans mention FGM?", each plan's part says where it mentions it: the points that say
        most of the subject (a list item with the line introducing its list), not all the evidence around.
        A plan none of whose points says most of it on its own is not one that mentions it."""
        said = [self._coverage(question, point.unit.quote) for point in drafted.points]
        best = max(said, default=0.0)
        if best < _SAYING_SUPPORT:
            return None
        kept: list[Point] = []
        for index, (point, coverage) in enumerate(zip(drafted.points, said, strict=True)):
            if coverage < best or len([p for p in kept if p.unit is not None]) >= _SAYING_POINTS:
                continue
            lead = drafted.points[index - 1] if index and point.bullet else None
            while lead is not None and lead.bullet:  # the list's lead-in is the last point before its items
                position = drafted.points.index(lead)
                lead = drafted.points[position - 1] if position else None
            if lead is not None and lead not in kept:
                kept.append(lead)
            kept.append(point)
        return Draft(tuple(kept), truncated=False, note=drafted.note)

    def _draft(self, question: Question, passages: Sequence[Passage], names: bool = True) -> Draft | None:
        if not passages:
            return None
        top = max(passage.score for passage in passages) or 1.0
        units: list[tuple[Unit, float]] = []
        lists: list[tuple[ItemList, float]] = []
        for passage in passages:
            prior = passage.score / top
            chunk_units, chunk_lists = units_of(passage.chunk)
            units.extend((unit, prior) for unit in chunk_units if unit.kind != "heading")
            lists.extend((item_list, prior) for item_list in chunk_lists)
        if self._front:  # a contents page or document control says nothing a passage answer needs, bar the row
            # whose label the question names ("who is it marked as relevant to?": "Relevant to | ...")
            units = [
                (unit, prior) for unit, prior in units if not self._is_front(unit) or _front_label_asked(question, unit)
            ]
            lists = [(lst, prior) for lst, prior in lists if not any(self._is_front(i) for i in lst.items)]
        units = [(unit, prior) for unit, prior in units if not _names_columns_only(unit) and not _title_only(unit)]
        lists = [(answering, prior) for lst, prior in lists if (answering := _without_column_names(lst)) is not None]
        other_years: list[tuple[Unit, float]] = []  # figures the year filter put aside
        year_before: list[tuple[Unit, float]] = []  # ... and those it let through on the year said before them
        if _asks_target(question.text):  # a target is what the plan calls one, not any figure
            units = [(unit, prior) for unit, prior in units if self._sets_target(unit)]
            lists = [(lst, prior) for lst, prior in lists if any(self._sets_target(i) for i in lst.items)]
        if _WHO_CHAIRS.search(question.text):  # who chairs: evidence that names who, not only that there is a chair
            units = [(unit, prior) for unit, prior in units if _CHAIR_NAMED.search(_paragraph(unit))]
            lists = [(lst, prior) for lst, prior in lists if any(_CHAIR_NAMED.search(i.quote) for i in lst.items)]
        ordinals = {word.lower() for word in _ORDINAL.findall(question.text)}
        if ordinals:  # "the second survey": not what another one, said by its place, found
            units = [(unit, prior) for unit, prior in units if _same_place(unit.quote, ordinals)]
            lists = [(lst, prior) for lst, prior in lists if _same_place(lst.text, ordinals)]
            places = _places_of(question.text)
            named = [(unit, prior) for unit, prior in units if places & _places_of(unit.quote)]
            if named and not UNDER.search(question.text):
                # "what was the third priority?" (not what is under it): where the plan says "The Third priority
                # will be to ..."
                units, lists = named, []
        quarters = quarters_in(question.text)
        if quarters and question.wants_number:  # "viewed in Q4": not the figure another quarter gives ("In Q3, ...")
            units = [(unit, prior) for unit, prior in units if _same_quarter(unit, quarters)]
            lists = [(lst, prior) for lst, prior in lists if any(_same_quarter(i, quarters) for i in lst.items)]
        if _WHO_HOLDS.search(question.text):  # "who is the borough commander?": evidence that names someone
            units = [(unit, prior) for unit, prior in units if _PERSON_NAMED.search(unit.quote)]
            lists = [(lst, prior) for lst, prior in lists if any(_PERSON_NAMED.search(i.quote) for i in lst.items)]
        if names and names_asked(asking_clause(question.text) or question.text):
            # "does the plan list which mosques got it?": evidence that names one, not "... in mosques (£30,000)"
            units = [(unit, prior) for unit, prior in units if self._names_one(unit, question)]
            lists = [(lst, prior) for lst, prior in lists if any(self._names_one(item, question) for item in lst.items)]
        if question.wants_contact:  # a phone number or address asked: evidence that gives one, or leads into it
            # ("... please contact us on :" above "Tel No.: 0208 314 9569")
            every = [unit for unit, _ in units]
            given = _EMAIL_GIVEN if _EMAIL_ASKED.search(question.text) else None  # "what email address ...?": one
            giving = [(unit, prior) for unit, prior in units if _contact_lines(unit, every, given)]
            giving_lists = [(lst, prior) for lst, prior in lists if (given or _CONTACT_GIVEN).search(lst.text)]
            if giving or giving_lists or not WHETHER.match(question.text) or _REQUEST.match(question.text):
                units, lists = giving, giving_lists
            # ... but "is there one number to ring for the service?" asks whether there is: evidence that says so
            # answers, though it gives no number ("can you give me the email address?" asks for it)
        if question.wants_time:  # "what time does the hub open?": evidence that gives a time of day or hours
            units = [(unit, prior) for unit, prior in units if _CLOCK.search(unit.quote)]
            lists = [(lst, prior) for lst, prior in lists if _CLOCK.search(lst.text)]
        if _MONTH_ASKED.search(question.text):  # "in which months was it carried out?": a month, not a year alone
            units = [(unit, prior) for unit, prior in units if _MONTH_SAID.search(unit.quote)]
            lists = [(lst, prior) for lst, prior in lists if _MONTH_SAID.search(lst.text)]
        if question.wants_date:  # "on what exact day?": evidence that gives a date, not only a year
            units = [(unit, prior) for unit, prior in units if _DATES.search(unit.quote) or _dated_before(unit)]
            lists = [(lst, prior) for lst, prior in lists if _DATES.search(lst.text)]
        if question.wants_number:  # a figure question is answered only by evidence with a figure
            dating = figure_kind(question) == "date"
            units = [
                (unit, prior)
                for unit, prior in units
                if states_figure(unit, question) or (dating and _dated_before(unit))
            ]
            units = [(unit, prior) for unit, prior in units if not _other_period(question.text, unit.quote)]
            # "how many shops in Millbrook ...?": not the figure the plan gives for Eastgate
            units = [(unit, prior) for unit, prior in units if not self._for_another_place(question, unit)]
            lists = [(lst, prior) for lst, prior in lists if any(states_figure(i, question) for i in lst.items)]
            if _ACTUAL_QUESTION.search(question.text) and not _AIMED_QUESTION.search(question.text):
                # what happened is not what was aimed for: "how many referrals did it receive?" is not
                # answered by "Number MARAC referrals (target 209)"
                units = [(unit, prior) for unit, prior in units if not self._is_target(unit)]
                lists = [(lst, prior) for lst, prior in lists if not all(self._is_target(i) for i in lst.items)]
            if question.years:  # a figure for another year is not the answer ("the 2017/18 target" for 2019)
                said = question.expanded.question  # with what a follow-up carried: "(Southwark 2017 plan)"
                asked = [span for span in year_spans(said) if span & set(question.years)]
                asked = asked or [frozenset({year}) for year in question.years]
                naming = naming_plans(said)
                other_years = [
                    (unit, prior) for unit, prior in units if not _of_year(unit, question.years, asked, naming)
                ]
                year_before = [(unit, prior) for unit, prior in other_years if _year_before(unit, asked)]
                units = [(unit, prior) for unit, prior in units if _of_year(unit, question.years, asked, naming)]
                units += year_before
                lists = [
                    (lst, prior)
                    for lst, prior in lists
                    if any(_of_year(i, question.years, asked, naming) for i in lst.items)
                ]
        if _TARGET_MET.search(question.text):
            # "did it hit its referral target?" asks how it did against the target: a line that only sets it
            # ("Number of referrals (target 250)") does not say
            units = [(unit, prior) for unit, prior in units if not self._only_sets_target(unit)]
            lists = [(lst, prior) for lst, prior in lists if not all(self._only_sets_target(i) for i in lst.items)]
        if not units:
            return None
        labelled = self._cell_by_labels(question, passages)
        if labelled:  # "the actions the priorities table sets against ASB": wherever it ranked
            return brief(Draft(tuple(Point(unit) for unit in labelled)))
        query = self._vector(question.expanded.text)
        if other_years and _asks_target(question.text):
            # "the hate crime reporting target for 2022/23" where the plan sets one for 2017/18 only: not the
            # target of another measure that happens to name no year
            kept, elsewhere = self._best(question, units, query), self._best(question, other_years, query)
            if elsewhere.score > kept.score and elsewhere.coverage > kept.coverage:
                return None
        unit_vectors = self._unit_vectors(question, [unit for unit, _ in units], query)
        list_vectors = self._vectors([f"{lst.chunk.section or ''}: {lst.text[:800]}" for lst, _ in lists])
        # a message telling a story is also read as what it asks alone, and sentence by sentence: the closest
        # reading counts
        readings = [text for text in (question.focus, *question.sentences) if text]
        focus = np.stack([self._vector(text) for text in readings]) if readings else None
        scored_units = [
            (unit, self._score_unit(question, unit, prior, _closest(vector, query, focus)))
            for (unit, prior), vector in zip(units, unit_vectors, strict=True)
        ]
        if year_before:
            later = {(unit.chunk.id, unit.start) for unit, _ in year_before}
            scored_units = [
                (unit, replace(s, score=s.score - _YEAR_BEFORE_PENALTY) if (unit.chunk.id, unit.start) in later else s)
                for unit, s in scored_units
            ]
        scored_lists = [
            (lst, self._score_list(question, lst, prior, float(vector @ query)))
            for (lst, prior), vector in zip(lists, list_vectors, strict=True)
        ]
        subject = question.counted or (_target_subject(question) if _asks_target(question.text) else ())
        if subject:  # ... and about what the question counts, or sets a target for (a follow-up counts a thing of
            # what the last answer quoted: "how many fresh faces each month?" after a unit's caseload)
            scored_units = [
                (unit, s)
                for unit, s in scored_units
                if self._about(question, subject, f"{_setting(unit)} {unit.chunk.section}")
                or _figure_of_last_answer(question, unit)
            ]
            scored_lists = [
                (lst, s) for lst, s in scored_lists if self._about(question, subject, f"{lst.text} {lst.chunk.section}")
            ]
            if not scored_units:
                return None
        scored_units.sort(key=lambda pair: -pair[1].score)
        scored_lists.sort(key=lambda pair: -pair[1].score)
        best_unit, best_unit_score = scored_units[0]
        counted = self._counted_out(question, best_unit, scored_units, scored_lists)
        if counted is not None:
            return counted
        chosen_list = None
        opened = None  # a list the best sentence opens ("... introducing 6 new powers. ... The powers include:")
        # "who provides the support services?" is answered by the sentence saying by whom ("... will be delivered
        # by Refuge"), not by the list of what the services are
        by_whom = (
            _WHO_DOES.search(question.text) is not None
            and not _DONE_BY.search(best_unit.quote)
            and self._agent(scored_units) is not None
        )
        if by_whom:
            scored_lists = [(lst, s) for lst, s in scored_lists if _DONE_BY.search(lst.text)]
        # a list under a heading that introduces it and says what the question asks for says it better than any
        # sentence ("set out the pledge ...": "Our pledge to you We will:"), whatever sentence opens another list
        headed = (
            scored_lists[0]
            if scored_lists
            and not WHY_QUESTION.search(question.text)  # (a list says what, not why)
            and _under_asked_heading(question, scored_lists[0][0])
            and scored_lists[0][1].score > best_unit_score.score
            and not _counts_out(question, best_unit, scored_lists[0][0])  # (the count asked, in a sentence over it)
            else None
        )
        if headed is None and question.wants_list:
            opened = next(
                (
                    (lst, s)
                    for lst, s in scored_lists
                    if _opens(best_unit, lst) and not _counts_out(question, best_unit, lst)
                ),
                None,
            )
        elif headed is None and question.wants_definition:
            # what a thing is: the list its naming paragraph leads into ("20. ... the Southwark Narrative was
            # produced. The purpose of the Southwark Narrative is :")
            name = defined_name(question.text)
            opened = next(((lst, s) for lst, s in scored_lists if _leads_into(best_unit, lst, name)), None)
        if opened is not None:
            chosen_list = opened
        elif headed is not None or (
            scored_lists
            and (
                question.wants_list
                or _actions_under_named_heading(question, scored_lists[0][0])
                or _heading_named(question, scored_lists[0][0])
            )
            and scored_lists[0][1].score >= best_unit_score.score - 0.12
            and not _counts_out(question, best_unit, scored_lists[0][0])
        ):
            chosen_list = scored_lists[0]
        elif (
            scored_lists
            and _under_heading_said(question, scored_lists[0][0])
            and scored_lists[0][1].score > best_unit_score.score
            and not WHY_QUESTION.search(question.text)
            and not question.wants_definition  # "what is a hate crime?": not the actions under "Hate Crime"
        ):  # "what do people in Lewisham say they want?": the list under "What people in Lewisham want"
            chosen_list = scored_lists[0]
        else:  # the best sentence introduces a list: answer with the list
            chosen_list = next(
                ((lst, s) for lst, s in scored_lists if lst.lead_in is not None and _same(lst.lead_in, best_unit)),
                None,
            )
        if opened is None:  # "the last linked strategy": of the lists under the heading, the one of strategies
            chosen_list = _list_of_named(question, chosen_list, best_unit, scored_lists)
        spelled = _STAND_FOR.search(question.text) and self._definition(question, [p.chunk for p in passages])
        if spelled:  # "what does IRIS stand for in the VAWG actions?": the words that spell it out, not the list
            return Draft((Point(spelled), *(Point(unit) for unit in _describing(spelled, scored_units))))
        if opened is not None:  # judged by the sentence that says what the list is
            drafted = self._list_draft(question, opened[0], best_unit_score, opener=best_unit)
            if drafted is not None:
                return drafted
        elif chosen_list is not None:
            drafted = self._list_draft(question, *chosen_list)
            if drafted is not None:
                return drafted
        defined = self._defined(question, scored_units)
        if defined is not None:
            return defined
        cell = _named_cell(question, scored_units)
        if cell is not None:  # "the objectives under Child Sexual Exploitation": the cell its labels name, whole
            unit, scored = cell
            if self._answers(scored.coverage, scored.similarity, question):
                return Draft((Point(unit),))
        drafted = self._sentence_draft(question, scored_units, [lst for lst, _ in scored_lists])
        if drafted is not None and question.wants_contact:
            drafted = _with_contact(drafted, postal=_POSTAL_ASKED.search(question.text) is not None)
        definition = self._definition(question, [passage.chunk for passage in passages])
        if definition is None:
            return drafted
        if drafted is None or all(definition.quote in point.unit.quote for point in drafted.points):
            # the words that spell the term out, and the best sentence about it
            return Draft((Point(definition), *(Point(unit) for unit in _describing(definition, scored_units))))
        if any(definition.quote in point.unit.quote for point in drafted.points):  # the spelling-out first
            first = [point for point in drafted.points if definition.quote in point.unit.quote]
            rest = [point for point in drafted.points if definition.quote not in point.unit.quote]
            return Draft((*first, *rest), drafted.truncated)
        return Draft((Point(definition), *drafted.points), drafted.truncated)

    def _cell_by_labels(self, question: Question, passages: Sequence[Passage]) -> list[Unit]:
        """The one table cell, of the plans the passages are from, whose column and row labels the question
        names ("what actions does the priorities table set against anti-social behaviour?": the cell under
        "Tackling Anti Social Behaviour" in the "Actions" row), whole; None when no cell, or more than one,
        is named as fully. Not for what a term in it stands for, or means."""
        if not question.wants_list or _STAND_FOR.search(question.text):
            return []
        wanted = wanted_text(question.text)
        asked = set(terms(wanted))
        # a question that points at the table ("the objectives row", "the Prevent column") names a cell by its
        # row's word and any word of its column's
        pointed = bool(_TABLE_ASKED.search(wanted))
        named: list[tuple[float, Chunk]] = []
        for source in dict.fromkeys(passage.chunk.metadata.source for passage in passages):
            for chunk in self._chunks_by_source.get(source, []):
                labels = (chunk.section or "").split(" > ")[-2:] if chunk.cell else []
                if len(labels) != 2:
                    continue
                column, row = (_label_share(label, asked) for label in labels)
                by_row_word = pointed and column > 0 and set(terms(labels[1].split()[-1])) <= asked
                if min(column, row) > 0 and (column + row >= _CELL_NAMED or by_row_word):
                    named.append((column + row, chunk))
        named.sort(key=lambda found: -found[0])
        if not named or len(named) > 1 and named[1][0] == named[0][0]:
            return []
        units, _ = units_of(named[0][1])
        whole = [unit for unit in units if unit.kind == "cell"]  # a long cell: its sentences, as many as fit
        return whole or [unit for unit in units if unit.kind != "heading"]

    def _defined(self, question: Question, scored_units: list[tuple[Unit, _Scored]]) -> Draft | None:
        """For "how does the plan define X?", the sentence that defines it in so many words ("Extremism is
        defined as: ..."), read on to its end (a definition often runs over several sentences)."""
        if not question.wants_definition:
            return None
        for unit, scored in scored_units[:_DEFINING_RANK]:
            if _DEFINED.search(unit.quote) and scored.coverage >= self._min_support:
                if not self._answers(scored.coverage, scored.similarity, question):
                    return None
                return Draft(tuple(_read_on([Point(unit)], [u for u, _ in scored_units])))
        return None

    def _best(self, question: Question, found: list[tuple[Unit, float]], query: np.ndarray) -> _Scored:
        """The best score among some units."""
        vectors = self._unit_vectors(question, [unit for unit, _ in found], query)
        scored = [
            self._score_unit(question, unit, prior, float(vector @ query))
            for (unit, prior), vector in zip(found, vectors, strict=True)
        ]
        return max(scored, key=lambda one: one.score)

    def _sets_target(self, unit: Unit) -> bool:
        """Whether a unit states a target: in the plan's words ("target", "aim to") or as the plan model
        reads it (a measure with its value in brackets)."""
        return _sets_target(unit) or any(quote in unit.quote for quote in self._targets.get(unit.chunk.id, ()))

    def _is_target(self, unit: Unit) -> bool:
        """Whether a unit's own words are a target ("(target 209)", a row under a "Target" column, "we will
        recruit 20"), not only a sentence near one."""
        said = f"{unit.quote} {_table_head(unit)}"
        if _TARGET_NAMED.search(said) or _COMMITTED.search(unit.quote):
            return True
        return any(q in unit.quote for q in self._targets.get(unit.chunk.id, ()))

    def _figure_lead(self, question: Question, unit: Unit) -> Unit | None:
        """For a figure question, the sentence before a sentence that gives a figure, in the same paragraph, when it
        gives none itself and says more of what is asked: it says what the figure is of ("The council also gets yearly
        grants from the Home Office for youth projects. In 2019-20, two charities will receive £40,000 ...": how much
        the Home Office gives). Not for a date: when something happens is said with the thing."""
        if not question.wants_number or unit.kind != "sentence" or figure_kind(question) in ("date", "time"):
            return None
        if not states_figure(unit, question) or not said_figures(unit.quote):
            return None  # (a sum, a share or a count, not "the 2nd survey")
        before = _sentence_before(unit)
        if before is None or _DIGIT.search(_NUMBERED.sub("", before.quote)) or before.quote.rstrip().endswith(":"):
            return None
        if self._coverage(question, before.quote) <= self._coverage(question, unit.quote):
            return None  # the figure's own sentence says as much of what is asked
        return before

    def _only_sets_target(self, unit: Unit) -> bool:
        """Whether a unit sets a target and says nothing of how it went ("Number of referrals (target 250)", not
        "The target of 30 was exceeded")."""
        return self._is_target(unit) and not _OUTCOME_SAID.search(unit.quote)

    def _is_front(self, unit: Unit) -> bool:
        lines = self._front.get(unit.chunk.id)
        return bool(lines) and _paragraph(unit).strip().removeprefix("- ").strip() in lines

    def _counted_out(
        self,
        question: Question,
        best: Unit,
        scored_units: list[tuple[Unit, _Scored]],
        scored_lists: list[tuple[ItemList, _Scored]],
    ) -> Draft | None:
        """For "it has seven strands — name them", the sentence of the best evidence's passage that names as many
        things as the question counts ("The seven areas are Governance, ..."), with the best sentence before it,
        when no list the evidence holds has that many items. None otherwise."""
        count = question.expected_count
        if not question.wants_list or count is None or any(len(lst.items) == count for lst, _ in scored_lists):
            return None
        naming = next(
            (unit for unit, _ in scored_units if unit.chunk.id == best.chunk.id and _enumerates(unit.quote, count)),
            None,
        )
        if naming is None:
            return None
        return Draft(tuple(Point(unit) for unit in dict.fromkeys([best, naming])))

    def _definition(self, question: Question, chunks: list[Chunk]) -> Unit | None:
        """For "what is X?" about an acronym the plans spell out, the exact words that spell it out."""
        if not question.wants_definition:
            return None
        expansions = question.expanded.expansions
        name = defined_name(question.text) or _acronym_asked(question.text)
        asked = {key: value for key, value in expansions.items() if name and key.lower() == name.lower()}
        # "MOPAC pilots PbR schemes. What does PbR mean?": the acronym asked about, not another the message says
        if name and not asked and re.fullmatch(r"[\w&]+", name):
            # an acronym the plans do not spell out beside it: the one name they write with its initials
            # ("Tension Monitoring Group" for "TMG"), not another acronym the message also says
            return self._by_initials(name, chunks) if _STAND_FOR.search(question.text) else None
        said = question.expanded.question
        candidates = list((asked or expansions).items())
        cue = _STAND_FOR.search(said)
        if _POINTED_AT.search(question.text):
            # "The CSE work mentions PSHE lessons: what does that stand for?": the acronym said last is the one
            candidates.sort(key=lambda pair: -_last_said(pair[0], said))
        elif cue and not asked:
            # "Checks on the 2017-2020 CSP plan: how is PSHE spelled out?": the acronym said nearest the words that
            # ask what one stands for, not the one naming the plan
            candidates.sort(key=lambda pair: _distance(_last_said(pair[0], said), cue))
        for acronym, expansion in candidates:
            if _last_said(acronym, said) < 0:
                continue
            for chunk in self._with_their_documents(chunks):
                # each plan spells an acronym its own way: "ISVA" is an Adviser in one, an Advocate in another
                own = self._glossaries.get(chunk.metadata.source, {}).get(acronym, expansion)
                spellings = dict.fromkeys([own, expansion])
                match = next(filter(None, (_spelling(acronym, each).search(chunk.text) for each in spellings)), None)
                if match:
                    # ... with the words the glossary goes on with ("PSHE – Personal, Social, Health, Economic,
                    # Education")
                    more = _SPELLED_ON.match(chunk.text, match.end())
                    return Unit(chunk, match.start(), more.end() if more else match.end(), "definition")
        return None

    def _by_initials(self, acronym: str, chunks: list[Chunk]) -> Unit | None:
        """The sentence of the plans of the chunks that names the one thing whose initials spell an acronym
        ("TMG": "... Tension Monitoring Group ..."); None when no name, or more than one, has those initials."""
        if not re.fullmatch(r"[A-Z]{2,6}", acronym):
            return None
        joint = r"(?:[\s-]+(?:and|of|for|the|in|on|&)(?=[\s-]))*[\s-]+"
        pattern = re.compile(r"\b" + joint.join(f"{letter}[a-z]+" for letter in acronym) + r"\b")
        found: dict[str, Unit] = {}
        for chunk in self._with_their_documents(chunks):
            for unit in _chunk_units(chunk):
                for match in pattern.finditer(unit.quote):
                    found.setdefault(match.group(0).lower(), unit)
        return next(iter(found.values())) if len(found) == 1 else None

    def _with_their_documents(self, chunks: list[Chunk]) -> list[Chunk]:
        """The retrieved chunks, then the rest of their plans (a glossary is rarely retrieved)."""
        seen = {chunk.id for chunk in chunks}
        rest = [
            chunk
            for source in dict.fromkeys(chunk.metadata.source for chunk in chunks)
            for chunk in self._chunks_by_source.get(source, [])
            if chunk.id not in seen
        ]
        return [*chunks, *rest]

    def _list_draft(
        self, question: Question, item_list: ItemList, scored: _Scored, opener: Unit | None = None
    ) -> Draft | None:
        under = self._under_named_item(question, item_list)
        if under is not None:  # "what sits under X?" where X is one of the list's items: the list under X
            item_list, opener = under, None
        item_list = self._whole(item_list)
        items = item_list.items[: self._max_points]
        # "Sutton action 1.1 runs problem solving through three forums": the item the plan numbers so
        numbered = [item for item in item_list.items if _numbered_as(item, question)]
        if numbered:
            items = numbered
        picked = _one_picked(question, item_list)
        if not numbered and picked:  # "which action commits to female offenders?": the item that says so
            items = numbered = picked
        placed = self._at_place(question, item_list)
        if not numbered and placed is not None:  # "what's the last linked document?": the item at that place
            items = numbered = [placed]
        lead = item_list.lead_in if item_list.lead_in and item_list.lead_in.kind != "heading" else None
        if opener is not None and lead is not None and _within(opener, lead):
            opener = None  # the lead-in says it: "20. ... the Southwark Narrative was produced. The purpose ... is :"
        points = [Point(opener)] if opener is not None else []
        points += [Point(lead)] if lead is not None else []
        points += [Point(item, bullet=True) for item in items]
        evidence = " ".join(
            [
                opener.quote if opener else "",
                item_list.text,
                item_list.chunk.section or "",
                item_list.chunk.metadata.title,
            ]
        )
        support = self._coverage(question, evidence, judging=True)
        if _heading_named(question, item_list):  # the question names the list by its heading, whole
            support = max(support, self._min_support)
        # an item named by the number the plan gives it is what is asked about, however the question words it
        if not numbered and not self._answers(support, scored.similarity, question):
            return None
        return Draft(tuple(points), truncated=not numbered and len(item_list.items) > len(items))

    def _said(self, question: Question, chosen: list[tuple[Unit, _Scored]], by_passage: bool = False) -> float:
        """How much of the question some sentences say (key-term support), as much as one document's of them
        say together: words scattered over several plans ("household goods" in one, "leisure centres" in
        another) do not add up to an answer about a household recycling centre; nor, `by_passage`, words
        scattered over one plan's passages ("bike" in one, "workshop" in another)."""
        by_document: dict[str, list[str]] = {}
        for unit, _ in chosen:
            key = unit.chunk.id if by_passage else unit.chunk.metadata.source
            by_document.setdefault(key, []).append(_in_setting(unit, self._figure_lead(question, unit)))
        return max(
            (self._coverage(question, " ".join(said), judging=True) for said in by_document.values()), default=0.0
        )

    def _supported(self, question: Question, chosen: list[tuple[Unit, _Scored]]) -> bool:
        if not _initials_said(question, [unit for unit, _ in chosen], self._glossaries):
            return False  # "how often does the PTG meet?" is not answered by how often the MARAC meets
        similarity = max(scored.similarity for _, scored in chosen)
        # far in meaning from every sentence, the question is said only as far as one passage says it
        # (a follow-up's words are said over the passages the conversation has been through)
        scattered = similarity < _SCATTERED_SIMILARITY and not (question.carried or question.seen)
        support = self._said(question, chosen, by_passage=scattered)
        ranked = any(_RANKED.search(unit.quote) for unit, _ in chosen)
        if question.carried and _FIRST_PLACE.search(question.text) and ranked and support >= self._min_support:
            return True  # "What came top?" after the consultation: three words are far in meaning from any
            # sentence; a ranking that says the subject carried over answers it
        if (
            question.seen
            and not question.said
            and _POINTS_AT_LAST.search(question.text)
            and any(_follows_seen(question, unit) for unit, _ in chosen)
            and support >= self._min_support / 2
            and similarity >= self._min_similarity
        ):
            return True  # "How wide is that work, and who heads it?": what the plan says straight after the last
            # answer's quote goes on about what the follow-up points back at, in words of its own
        if self._near_last_answer(question, chosen):
            return True  # "And how often was the film watched online?": beside what the last answer quoted
        # (a follow-up that points back in a pronoun says little to be near in meaning: "how often does it meet?")
        near = self._min_similarity * (_POINTING_SIMILARITY if _POINTS_AT_LAST.search(question.text) else 1.0)
        if similarity >= near and any(_figure_of_last_answer(question, unit) for unit, _ in chosen):
            return True  # "How many hotspots did it find?" after "... identified 5 areas ...": the figure the last
            # answer's quote gives, or the passage goes on to give, however the follow-up words what it counts
        if question.wants_contact and any(_seen_or_near(question, unit) for unit, _ in chosen):
            return True  # "Which website holds the records?" after "... registered with Immobilise.com": its contact
        if support >= self._min_support / 2 and any(_quoted_heading(question, unit) for unit, _ in chosen):
            return True  # "why was it flagged under 'Reasons for Urgency'?": the text under the heading it quotes
        if self._dated_answer(question, chosen, support, similarity):
            return True
        return self._answers(support, similarity, question)

    def _dated_answer(
        self, question: Question, chosen: list[tuple[Unit, _Scored]], support: float, similarity: float
    ) -> bool:
        """A date asked of a plan the question names, answered by a sentence that gives a date: few sentences
        give one, so one saying part of what is asked, close enough in meaning, is the answer ("the partnership
        met to review the consultation — on what date?": "... considered ... at its Review Workshop on 27th
        September 2016")."""
        return (
            bool(question.councils or question.plans or question.years)
            and (
                question.wants_date or bool(_WHEN_QUESTION.search(question.text) or _DATES_ASKED.search(question.text))
            )
            and support >= self._min_support * _DATED_SUPPORT
            and similarity >= self._min_similarity
            and not question.narrative
            and not self.off_plan(question)
            and any(_DATES.search(unit.quote) for unit, _ in chosen)
        )

    def _says_own_words(self, question: Question, unit: Unit) -> bool:
        """Whether a unit says a word a follow-up says itself (not one it carried over)."""
        own = tuple(term for term in question.key_terms if term not in question.carried)
        asked = replace(question, key_terms=own, carried=frozenset(), narrative=frozenset())
        return bool(own) and self._coverage(asked, f"{_table_labels(unit)} {unit.quote}") > 0

    def _asked_of_seen(self, question: Question, unit: Unit) -> bool:
        """Whether a follow-up asks again what a quote of the last answer said: the quote says the follow-up's own
        words (or words near them) and is about what the follow-up points back at ("What happens to the cash it
        raises?" after "A Levy will come in. This will fund ..."), where other evidence only says the words."""
        # (the later part of a compound question wants what the part before it did not say)
        if not question.seen or question.said or _MORE_ASKED.search(question.text):
            return False
        if not _POINTS_AT_LAST.search(question.text):
            return False
        quoted = any(chunk_id == unit.chunk.id and quote == unit.quote for chunk_id, quote in question.seen)
        return quoted and self._says_own_words(question, unit)

    def _near_last_answer(self, question: Question, chosen: list[tuple[Unit, _Scored]]) -> bool:
        """A follow-up ("And the postcode?", "How many of those stayed out of trouble?"), or the later part of a
        compound question ("how many areas did it find, and what interventions followed?"), asks for what the plan
        says beside what the last answer (or part) quoted: its own words (not those it carried over) said there
        answer it, however far in meaning a few words are from the sentence that says them."""
        if not question.seen:
            return False
        own = tuple(term for term in question.key_terms if term not in question.carried)
        near = [(unit, scored) for unit, scored in chosen if _near_seen(question, unit)]
        if not own or not near:
            return False
        # an everyday word no plan has one near ("how many is that team juggling?") is the asker's own: what the
        # follow-up is about was said in the last answer
        asked = replace(question, key_terms=own, carried=frozenset(), narrative=frozenset(), things=())
        support = self._coverage(asked, " ".join(f"{_table_labels(unit)} {unit.quote}" for unit, _ in near))
        similarity = max(scored.similarity for _, scored in near)
        return support >= self._min_support and similarity >= _NEAR_SEEN_SIMILARITY

    def _sentence_draft(
        self, question: Question, scored_units: list[tuple[Unit, _Scored]], lists: list[ItemList]
    ) -> Draft | None:
        if question.wants_contact and question.seen:  # "which website holds the records?": the contact of what
            # the last answer quoted, said there or beside it, before any sentence closer to the question's words
            beside = [pair for pair in scored_units if _seen_or_near(question, pair[0])]
            scored_units = [*beside, *(pair for pair in scored_units if pair not in beside)]
        best = scored_units[0][1].score
        chosen = _fitting(scored_units, best)
        headed = next((unit for unit, _ in scored_units if _quoted_heading(question, unit)), None)
        if headed is not None and not question.wants_list:
            # "why was it flagged under 'Reasons for Urgency'?": what the plan writes under the heading the question
            # points at, from its start, whatever else says the question's words
            under = [
                pair for pair in scored_units if pair[0].chunk is headed.chunk and _quoted_heading(question, pair[0])
            ]
            chosen = sorted(under, key=lambda pair: pair[0].start)[:_UNDER_QUOTED]
            scored_units = [*chosen, *(pair for pair in scored_units if pair not in chosen)]
        if not self._supported(question, chosen):
            # the best sentence is long and says few of the words asked, crowding out those that say them
            # ("... the Police are now recording ..." over "how to activate the Community Trigger")
            crowded = _fitting(scored_units[1:], best)
            says_more = self._said(question, crowded) > self._said(question, chosen)
            new = any(all(unit is not other for other, _ in chosen) for unit, _ in crowded)
            if says_more and new and self._supported(question, crowded):
                chosen, scored_units = crowded, scored_units[1:]
        if (
            headed is None
            and WHY_QUESTION.search(question.text)
            and not any(_REASON_GIVEN.search(unit.quote) for unit, _ in chosen)
        ):
            # "why does the plan run to 2021?": the best sentence says what; one of the next best says why
            source = scored_units[0][0].chunk.metadata.source
            reasons = [
                (unit, scored)
                for unit, scored in scored_units[1:_REASON_RANKS]
                if _REASON_GIVEN.search(unit.quote) and unit.chunk.metadata.source == source
            ]
            # ... the best sentence's own paragraph first: the reason given for what it says
            beside = [pair for pair in reasons if _same_paragraph(pair[0], scored_units[0][0])]
            reason = next(iter(beside or reasons), None)
            if reason is not None and not any(_same(reason[0], unit) for unit, _ in chosen):
                chosen.append(reason)
        chosen.sort(key=lambda pair: (pair[0].chunk.metadata.source, pair[0].chunk.ordinal, pair[0].start))
        if not self._supported(question, chosen):
            return None
        all_units = [unit for unit, _ in scored_units]
        chosen_units = [unit for unit, _ in chosen]
        best_unit = scored_units[0][0]
        if not any(unit is best_unit for unit in chosen_units):
            best_unit = max(chosen, key=lambda pair: pair[1].score)[0]  # ... the sentence saying more in its place
        if (
            _WHO_DOES.search(question.text)
            and not _PARTNER_ASKED.search(question.text)
            and not _DONE_BY.search(best_unit.quote)
        ):
            # "who runs the new service?": one of the best sentences, or else the sentence of the best one's
            # paragraph, that says by whom leads, so that a long sentence about the service does not crowd it out
            agent = self._agent(scored_units, chosen_units)
            if agent is not None:
                chosen_units = [agent, best_unit]  # who, then what of
                best_unit = agent
        if figure_kind(question) == "date" and not _DATES.search(best_unit.quote):
            # "by when will the new service be in place?": the sentence of the best that gives a date leads, so
            # that the sentences around it do not crowd it out ("... will be in place from August 2024.")
            dated = next((unit for unit in chosen_units if _DATES.search(unit.quote)), None)
            if dated is not None:
                best_unit = dated
        drafted = self._said_in_order(question, chosen_units, lists, all_units)
        if not any(_same(point.unit, best_unit) for point in brief(drafted).points):
            # the sentences before the best one in the plan, with what they bring, would crowd it out of
            # the answer: the answer leads with its best evidence
            first = [best_unit, *(unit for unit in chosen_units if not _same(unit, best_unit))]
            drafted = self._said_in_order(question, first, lists, all_units)
        return drafted

    def _agent(self, scored_units: list[tuple[Unit, _Scored]], chosen_units: Sequence[Unit] = ()) -> Unit | None:
        """The sentence saying by whom a thing is done ("... will be delivered by Refuge"): one of the best
        sentences, or else one of the best one's paragraph or of the paragraph just before it (what a list
        of "the service will deliver ...:" is of is said above it)."""
        near = [*chosen_units, *(unit for unit, _ in scored_units[:_AGENT_RANKS])]  # the best, fitting or not
        found = next((unit for unit in near if _DONE_BY.search(unit.quote)), None)
        if found is not None:
            return found
        best = scored_units[0][0]
        return next(
            (
                unit
                for unit, _ in scored_units
                if (_same_paragraph(unit, best) or _paragraph_before(unit, best)) and _DONE_BY.search(unit.quote)
            ),
            None,
        )

    def _said_in_order(
        self, question: Question, chosen_units: list[Unit], lists: list[ItemList], all_units: list[Unit]
    ) -> Draft:
        points: list[Point] = []
        shown: list[ItemList] = []
        for position, unit in enumerate(chosen_units):
            before = antecedent(unit)
            if before is None and self._coverage(question, unit.quote) < self._min_support:
                before = self._figure_lead(question, unit)  # a figure quoted with what it is of, when it does not say
            fits = before is not None and len(f"{before.quote} {unit.quote}".split()) <= _WORD_BUDGET
            if before is not None and fits and not any(_same(before, other) for other in chosen_units):
                points.append(Point(before))  # what "it" is, said first (when both fit in an answer)
            points.extend(self._in_context(question, unit, position == 0, lists, shown, all_units, chosen_units))
        return Draft(tuple(_read_on(points, all_units)))

    def _in_context(
        self,
        question: Question,
        unit: Unit,
        first: bool,
        lists: list[ItemList],
        shown: list[ItemList],
        all_units: list[Unit],
        chosen: list[Unit],
    ) -> list[Point]:
        """A chosen unit with what it needs: its list, the list it introduces, or the next sentence."""
        member = None
        if unit.kind == "item":  # a table row stands alone; a list item brings its list
            member = next((lst for lst in lists if any(_same(item, unit) for item in lst.items)), None)
        if member is not None:
            if member in shown:
                return []
            shown.append(member)
            lead = [Point(member.lead_in)] if member.lead_in is not None and member.lead_in.kind != "heading" else []
            items = list(self._whole(member).items)
            picked = _one_picked(question, self._whole(member))
            if any(_same(item, unit) for item in picked):  # "which action commits to ...?": the item that does
                return lead + [Point(item, bullet=True) for item in picked[: self._max_points]]
            at = next((index for index, item in enumerate(items) if _same(item, unit)), 0)
            if not question.wants_list and at >= _ITEMS_BEFORE:
                items = items[at:]  # "does the plan cover X?": a long list from the item that says X
            return lead + [Point(item, bullet=True) for item in items[: self._max_points]]
        introduced = next(
            (
                lst
                for lst in lists
                if lst.lead_in is not None and (_same(lst.lead_in, unit) or _ends(lst.lead_in, unit))
            ),
            None,
        )
        if introduced is not None:
            if introduced in shown:
                return [Point(unit)]
            shown.append(introduced)
            whole = self._whole(introduced)
            return [Point(unit), *(Point(item, bullet=True) for item in whole.items[: self._max_points])]
        if unit.quote.rstrip().endswith(":") and not unit.chunk.text[unit.end :].strip():
            after = self._introduced_after(unit)  # the lead-in ends its passage: what it introduces is next
            if after:
                return [Point(unit), *after]
        following = _following(unit, all_units)
        if following is None or any(_same(following, other) for other in chosen):
            return [Point(unit)]
        if unit.quote.rstrip().endswith(":") or (first and self._coverage(question, following.quote) > 0):
            return [Point(unit), Point(following)]  # what the sentence introduces, or more on its subject
        return [Point(unit)]

    def _under_named_item(self, question: Question, item_list: ItemList) -> ItemList | None:
        """The list set out under one of a list's items when the question names that item ("the commitments
        under the objective to tackle misogyny"): the plan repeats the item as the lead-in of its own list."""
        asked = set(terms(question.text))
        named = [
            item
            for item in item_list.items
            if len(item_terms := set(terms(item.quote))) >= 2
            and len(item_terms & asked) >= _NAMED_SHARE * len(item_terms)
        ]
        if len(named) != 1:
            return None
        title = _bare_title(named[0].quote)
        for chunk in self._chunks_by_source.get(item_list.chunk.metadata.source, []):
            for other in units_of(chunk)[1]:
                lead = other.lead_in
                if lead is not None and lead is not named[0] and _bare_title(lead.quote) == title:
                    return other  # (the plan may number the lead-in: "24. Keep the town centre safe at night:")
        return None

    def _at_place(self, question: Question, item_list: ItemList) -> Unit | None:
        """The item of a whole list that the question names by its place ("the last linked strategy", "the
        third one"), when what names the list says what the item is; None when the question names no place,
        or the list may go on in a passage after its own, so its last item is not known."""
        asked = item_place(question.text)
        if asked is None:
            return None
        place, named = asked
        lead = item_list.lead_in.quote if item_list.lead_in else ""
        if not names_list(named, f"{lead} {item_list.chunk.section or ''}"):
            return None
        if place == -1 and not item_list.chunk.text[item_list.items[-1].end :].strip():
            chunks = self._chunks_by_source.get(item_list.chunk.metadata.source, [])
            at = next((n for n, chunk in enumerate(chunks) if chunk.id == item_list.chunk.id), None)
            later = chunks[at + 1] if at is not None and at + 1 < len(chunks) else None
            if later is not None and later.section == item_list.chunk.section:
                return None  # the passage ends with the list, and the next one under the same heading may go on
        found = at_place(place, item_list.items)
        return found if isinstance(found, Unit) else None

    def _whole(self, item_list: ItemList) -> ItemList:
        """A list with the rest of it from the passages around it: a list too long for one passage goes on
        in the next under its lead-in repeated ("The partnership will:" ... "The partnership will:" ...),
        so the passage chosen may hold its start, its end or both."""
        lead = item_list.lead_in
        if lead is None or lead.kind == "heading":
            return item_list
        chunks = self._chunks_by_source.get(item_list.chunk.metadata.source, [])
        at = next((number for number, chunk in enumerate(chunks) if chunk.id == item_list.chunk.id), None)
        if at is None:
            return item_list
        items = list(item_list.items)
        section = item_list.chunk.section
        if _opens_passage(lead):  # it may have begun in the passages before
            for chunk in reversed(chunks[max(0, at - _CONTINUED_PASSAGES) : at]):
                if chunk.section != section:
                    break  # the same lead-in under another heading starts a list of its own
                earlier = _items_under(chunk, lead)
                if not earlier or chunk.text[earlier[-1].end :].strip():
                    break
                items = [*earlier, *items]
                if not _opens_passage(next(u for u in units_of(chunk)[0] if _same(u, lead))):
                    break
        if not item_list.chunk.text[item_list.items[-1].end :].strip():  # it may go on in the passages after
            for chunk in chunks[at + 1 : at + 1 + _CONTINUED_PASSAGES]:
                if chunk.section != section:
                    break
                later = _items_under(chunk, lead)
                body = [unit for unit in units_of(chunk)[0] if unit.kind != "heading"]
                if not later or not body or not _same(body[0], lead):
                    break
                items += [item for item in later if not any(_same(item, other) for other in items)]
                if chunk.text[later[-1].end :].strip():
                    break  # it ends in this passage
        if len(items) == len(item_list.items):
            return item_list
        return ItemList(item_list.chunk, lead, tuple(items))

    def _introduced_after(self, lead_in: Unit) -> list[Point]:
        """What a lead-in at the end of its passage introduces, read from the passages after it: the list
        the next one starts with, or the headings of the sections that follow one by one (principles or
        themes each set out under a heading of its own)."""
        later = [
            c
            for c in self._chunks_by_source.get(lead_in.chunk.metadata.source, [])
            if c.ordinal > lead_in.chunk.ordinal
        ]
        if not later:
            return []
        units, lists = units_of(later[0])
        body = [unit for unit in units if unit.kind != "heading"]
        if body and body[0].quote.strip() == lead_in.quote.strip():
            body = body[1:]  # the lead-in repeated above the rest of its list
        opening = next((lst for lst in lists if body and lst.items[0].start == body[0].start), None)
        if opening is not None:
            return [Point(item, bullet=True) for item in opening.items[: self._max_points]]
        headings: list[Point] = []
        parent = _parent(later[0].section)
        for chunk in later:
            if chunk.section is None or _parent(chunk.section) != parent or len(headings) == self._max_points:
                break
            title = chunk.section.split(" > ")[-1]
            if chunk.text.startswith(title) and (not headings or headings[-1].unit.quote != title):
                headings.append(Point(Unit(chunk, 0, len(title), "heading"), bullet=True))
        return headings if len(headings) >= 2 else []

    def _answers(self, support: float, similarity: float, question: Question) -> bool:
        """Enough of the question's key terms, or fewer when the evidence is very close in meaning, or any
        when it is as close as a plan's words get to a question put in other words ("is it a safe borough?":
        "one of the safest boroughs in London"). A long message that tells a story around its question is
        held to a little less: no plan says "my son"."""
        needed = self._min_support * (_STORY_SUPPORT if question.narrative else 1.0)
        if (question.compares or len(question.councils) > 1) and not question.which_plans:
            needed *= _COMPARED_SUPPORT  # each plan puts the subject in words of its own ...
        if self._unknown_names(question):  # "rated outstanding by Ofsted": close in meaning is not enough
            return support >= needed and similarity >= self._min_similarity
        if (
            not question.wants_contact
            and _ASKS_FOR_SERVICE.search(asking_clause(question.text) or question.text)  # (not "... I need to fill:")
            and (unplanned := self._unplanned_words(question))
            # ... unless the evidence says nearly all of it, close in meaning, and a plan word is near each ("how can
            # I tell an off-licence has signed the agreement?": "Retailers that sign up ... display a window sticker")
            and not (
                support >= _FULL_SUPPORT
                and similarity >= self._confident_similarity
                and all(self._near_plan_word(question, word) for word in unplanned)
            )
        ):
            # "do I need planning permission to build a conservatory?": a service asked for, about a thing no plan
            # names; only evidence as close as a plan's words get to it answers
            return similarity >= self._certain_similarity
        if not (question.carried or question.narrative or question.seen) and not self._mostly_plan_words(question):
            # "can I hire a bouncy castle for the park?": most of what it asks with is no plan's word, so the one
            # word that is ("park") is no support; only evidence close in meaning answers it
            return similarity >= self._certain_similarity or (
                similarity >= self._confident_similarity and support >= needed / 2
            )
        if support >= needed and similarity >= self._min_similarity or similarity >= self._certain_similarity:
            return True
        if question.wants_contact and support >= needed and self._mostly_plan_words(question):
            return (
                True  # a number to ring, in a passage that says what it is for: "Tel No.: ..." reads like no question
            )
        if question.phrased and support >= needed and similarity >= _PHRASED_SIMILARITY:
            return True  # a resident's phrase the evidence says in the plans' most specific words for it
        if support >= _FULL_SUPPORT and similarity >= _FULL_SUPPORT_SIMILARITY and self._mostly_plan_words(question):
            return True  # nearly every word asked, said in the plans' words ("bike theft": "pedal cycle theft")
        if (
            support >= needed
            and self._mostly_plan_words(question)
            and similarity >= _traded(support, needed, self._min_similarity)
            and not question.narrative
            and not self.off_plan(question)
            and bool(question.councils or question.plans)
        ):
            return True  # between the two: the more of the words asked evidence says, the less close in meaning it
            # need be ("which Lewisham service trained staff on the new nuisance powers?": "The Crime Reduction
            # Service has provided training to staff ... on how to implement the new powers ..."); for a question
            # that names the plan it asks of and tells no story, nor names a thing the plans do not ("how do I
            # register a death?" shares a word or two with many passages far from it)
        if support >= self._min_support * (_STORY_SUPPORT if question.narrative else 1.0) / 2 and (
            similarity >= _PARTIAL_SIMILARITY and self._partly_said_answers(question)
        ):
            return True  # "Which bit of the plan is about stopping lads thinking that's normal?": "Challenging the
            # normalisation of abuse" says half of it, in the plan's words
        return similarity >= self._confident_similarity and support >= needed / 2

    def _partly_said_answers(self, question: Question) -> bool:
        """Whether evidence saying part of what is asked, close in meaning, answers the question: not for a
        figure (a figure of a neighbouring measure is a wrong answer: "bike thefts per 1,000 homes" is not
        "vehicle offences per 1,000 residents"), a thing no plan names or has a word near ("hare coursing"), nor a
        service asked for ("how do I book a bulky waste collection?"): for those the plan must say what is
        asked."""
        return not (question.wants_number or self.off_plan(question) or _ASKS_FOR_SERVICE.search(question.text))

    def _score_unit(self, question: Question, unit: Unit, prior: float, similarity: float) -> _Scored:
        context = f"{unit.chunk.section or ''} {unit.chunk.metadata.title}"
        labelled = _labelled(unit) or _heading_asked(question, unit)
        own = f"{unit.quote} {unit.chunk.section or ''}" if labelled else unit.quote
        own = f"{_table_labels(unit)} {own}"  # a row is read with its table's column and group labels
        if _asks_target(question.text) and self._is_target(unit):
            own = f"{own} target"  # what the plan model reads as a target is one, in whatever words
        if self._front and self._is_front(unit):
            own = f"{own} {unit.chunk.metadata.title}"  # a document-control row is about the document it controls
        before = antecedent(unit) or self._figure_lead(question, unit)
        if before is not None:  # "It is accountable to ..." says it of what the sentence before names
            own = f"{before.quote} {own}"
        # a list's item is said under its lead-in ("The anti hate crime strategy is being refreshed ...: - Recruit
        # further Hate Crime champions (target is 20)"), as a sentence is under its section
        context = f"{_introduction(unit)} {context}"
        coverage = 0.7 * self._coverage(question, own) + 0.3 * self._coverage(question, f"{unit.quote} {context}")
        score = 0.5 * similarity + 0.35 * coverage + 0.15 * prior
        if question.wants_number and _DIGIT.search(unit.quote):
            score += 0.05
        if _figures_of(question.text) & _figures_of(unit.quote):
            score += _GIVEN_FIGURE_BONUS  # "which plan sets a target of 20 CBOs?": "Secure 20 CBOs ..."
        if question.wants_definition and _DEFINING.search(unit.quote):
            score += 0.05
        if WHY_QUESTION.search(question.text) and _REASON_GIVEN.search(unit.quote):
            score += _REASON_BONUS  # "why might that be?": "There are lots of possible reasons for this - ..."
        if question.expected_count is not None and _enumerates(unit.quote, question.expected_count):
            score += _COUNT_BONUS  # "the seven areas": "The seven areas are A, B, ... and G."
        if change_asked(question.text) and states_change(unit.quote):
            score += _CHANGE_BONUS  # "how has concern changed since 2011?": "... decreased from 23% in 2011 to 14%"
        if (
            figure_kind(question) == "date"
            and _DATES.search(unit.quote)
            and self._answers(coverage, similarity, question)
        ):
            score += _DATED_BONUS  # "when was the consultation held?": "... from 10th June to 12th August 2016", not
            # a sentence that only names "the 2016 Strategic Assessment" (a date in evidence that answers nothing
            # lends it nothing)
        if _FOR_WHOM.search(question.text) and _GROUP_NAMED.search(unit.quote):
            score += _FOR_WHOM_BONUS  # "who is the scheme meant for?": "... where women can access safety"
            if _GROUP_SERVED.search(unit.quote):
                score += _FOR_WHOM_BONUS / 2
        if (told := ages_told(question.text)) and for_age(unit.quote, told):
            score += _AGE_BONUS  # "my nephew is 15: is there anyone for boys?": "... for boys aged 12-17"
        if _TOP_QUESTION.search(question.text) and _RANKED.search(unit.quote):
            score += _RANKED_BONUS  # "what came out on top?": "the top three concerns were 1) Drugs ..."
            if _FIRST_PLACE.search(question.text):
                score += _RANKED_BONUS  # only a ranking says what came first: that is all the question asks
        if len(unit.quote) < 25:
            score -= 0.1
        if _quoted_heading(question, unit):
            score += _NAMED_HEADING_BONUS  # "under 'Reasons for Urgency'": what is written under the heading quoted
        if (
            any(quote == unit.quote for _, quote in question.seen | question.said)
            and not (question.wants_number and states_figure(unit, question))
            and not _says_all_asked(question, unit)
            and not self._asked_of_seen(question, unit)
            and not question.seen_whether
            and not (WHY_QUESTION.search(question.text) and _REASON_GIVEN.search(unit.quote))
        ):  # a follow-up (or a later part of a compound question) wants what was not said yet, wherever else the
            # plan says it again; but
            # "what share of them didn't re-offend?" asks for the figure, though the last answer said it among others,
            # and "which group oversees delivering it?" asks what one sentence of it said in passing, and "what will
            # they help them with?" after "is the fire brigade part of it?" asks what the quotes showing it is say,
            # and "why that date?" is answered by the quote giving the date with its reason ("... to coincide with")
            score -= _SEEN_PENALTY
        elif question.seen and set(question.key_terms) <= question.carried and _follows_seen(question, unit):
            score += _NEXT_BONUS  # "why might that be?": what the plan says straight after the last answer
        elif question.seen and _near_seen(question, unit, after=True) and self._says_own_words(question, unit):
            score += _NEAR_BONUS  # "..., and what interventions followed?": "A number of interventions were ..."
        return _Scored(score, similarity, coverage)

    def _score_list(self, question: Question, item_list: ItemList, prior: float, similarity: float) -> _Scored:
        labels = _table_labels(item_list.items[0]) if item_list.items else ""
        # what the list and its lead-in say count most, as a sentence's own words do: of two lists under "Linked
        # Strategies and Evidence", the one its lead-in says is "linked to these strategies"
        own = f"{labels} {item_list.text}"
        coverage = 0.7 * self._coverage(question, own) + 0.3 * self._coverage(
            question, f"{own} {item_list.chunk.section or ''}"
        )
        score = 0.5 * similarity + 0.35 * coverage + 0.15 * prior
        score += 0.15 * _names_section(question, item_list)
        if _heading_named(question, item_list):
            score += _NAMED_HEADING_BONUS  # "the cross-cutting themes": the list under that heading, not its neighbour
        if _under_another_part(question, item_list):
            score -= _OTHER_PART_PENALTY  # "its second priority": not the same-shaped list under "Priority 1"
        if question.expected_count is not None and question.expected_count == len(item_list.items):
            score += 0.1
        if item_list.lead_in is not None:
            score += 0.03
        return _Scored(score, similarity, coverage)

    def _coverage(self, question: Question, text: str, judging: bool = False) -> float:
        """Share of the question's key terms (weighted by rarity) that the text contains; only words the
        plans use are counted.

        Terms a follow-up carried over from earlier turns count half: they set the scene, the new
        message says what is wanted. Judging whether evidence answers (not ranking it), a place the question
        says where something is counts little when the evidence does not name it."""
        if not question.key_terms:
            return 1.0
        judged = [term for term in question.key_terms if self._in_plans(question, term)]
        if not judged:
            return 0.0  # not one word of the question is a word the plans use
        present = _present(question, text)
        total = hit = 0.0
        for term in judged:
            weight = self._rarity(question, term) * (_CARRIED_WEIGHT if term in question.carried else 1.0)
            weight *= _STORY_WEIGHT if term in question.narrative or term in question.layout else 1.0
            found = self._found_share(question, term, present)
            if judging and not found and self._alike_said(question, term, present):
                found = _ALIKE_CREDIT  # "a youngster caught with a blade": "young people carrying knives"
            if judging and term in question.places and not found:
                weight *= _STORY_WEIGHT  # "around Nunhead" says where: evidence that answers need not name it
            total += weight
            hit += weight * found
        # a thing the question names that no plan names ("Ofsted", "20mph") is what it asks about: no passage
        # says it, however many of its other words one has; so is a thing no plan has a word near ("pothole")
        if question.figures:  # "18,289: what's that projection?": the passage saying that figure
            said = numbers_in(text)
            total += _FIGURE_WEIGHT * len(question.figures)
            hit += _FIGURE_WEIGHT * len(question.figures & said)
        total += sum(self._bm25.idf(term) for term in self._unknown_names(question))
        total += sum(self._bm25.idf(term) for term in self._far_things(question))
        return hit / total if total else 1.0

    def _rarity(self, question: Question, term: str) -> float:
        """How rare a term is in the plans; an acronym no plan writes ("LCPF") is as rare as the rarest word of
        the name it stands for, not as rare as a word no chunk has."""
        if self._bm25.share(term) == 0:
            spelled = [
                expansion
                for acronym, expansion in question.expanded.expansions.items()
                if stem(acronym.lower()) == term
            ]
            if spelled:
                return max(self._bm25.idf(word) for word in terms(spelled[0]))
        return self._bm25.idf(term)

    def _unplanned_nouns(self, question: Question) -> list[str]:
        """The key terms of the words the question asks with (not its story) that can name a thing and that no
        plan uses ("conservatory", "childminder", "foster carer")."""
        return [
            term for word in self._unplanned_words(question) for term in terms(word) if self._unplanned(question, term)
        ]

    def _unplanned_words(self, question: Question) -> list[str]:
        """The words the question asks with (not its story) that can name a thing and that no plan uses, as
        written."""
        found = []
        said = words(asking_clause(question.text) or question.text)  # what it asks, not the story before it
        for position, word in enumerate(said):
            if len(word) < 4 or not word.isalpha() or word in STOPWORDS or word in FILLER:
                continue
            readings = getAllLemmas(word)
            if readings and "NOUN" not in readings:
                continue
            if "VERB" in readings and position and said[position - 1] in _VERB_BEFORE:
                continue  # "could I grab my car?": a verb where it stands
            if any(self._unplanned(question, term) for term in terms(word)):
                found.append(word)
        return found

    def _near_plan_word(self, question: Question, word: str) -> bool:
        """Whether a word no plan uses has a plan word near it in meaning ("off-licence": "licensed"; not
        "gazebo"), judged as the question writes it (`words` joins a hyphenated word's parts)."""
        if self._plan_words is None:
            return False
        written = next(
            (said for said in _HYPHENATED.findall(question.text) if said.replace("-", "").lower() == word), word
        )
        return not self._plan_words.far(written)

    def _unplanned(self, question: Question, term: str) -> bool:
        return term in question.key_terms and term not in question.narrative and not self._in_plans(question, term)

    def _mostly_plan_words(self, question: Question) -> bool:
        """Whether more than a third of the words the question asks with (not its story, nor carried) are words
        the plans use: "how do I challenge my council tax band?" shares only "challenge" with them, and a passage
        that says it is no answer however fully it says the one word judged."""
        own = [term for term in question.key_terms if term not in question.narrative and term not in question.carried]
        return not own or 3 * sum(self._in_plans(question, term) for term in own) > len(own)

    def off_plan(self, question: Question) -> bool:
        """Whether the question asks about a thing no plan names or has a word near ("wildlife crime and hare
        coursing priorities"): a list the plan model holds (its priorities) does not answer it."""
        return bool(self._unknown_names(question) or self._far_things(question))

    def mostly_off_plan(self, question: Question) -> bool:
        """Whether most of the things the question names are things no plan names or has a word near ("when
        is the next citizenship ceremony?"), not one such among the plans' things ("a gang of teenagers on
        mopeds doing wheelies")."""
        unplanned = {*self._unknown_names(question), *self._far_things(question)}
        planned = ({term for term, _ in question.things} | set(question.named)) - unplanned
        weight = self._bm25.idf  # rarer things say more of what is asked about ("pothole" over "end of my road")
        return bool(unplanned) and sum(map(weight, unplanned)) >= sum(map(weight, planned))

    def _far_things(self, question: Question) -> list[str]:
        """The nouns the question asks with that no plan uses nor has a word near in meaning; and, when the
        question names no thing of its own ("... Will the council send someone out?"), those of the story
        around it ("rats in the bins behind our flats"): the story says what it asks about."""
        if self._plan_words is None:
            return []
        far = [
            term
            for term, word in question.things
            if term not in question.named
            and word.lower() not in LAYOUT_WORDS  # "the 2017 grid, Prevent column" says where, not what
            and not self._in_plans(question, term)
            and (term in question.subjects or self._plan_words.far(word))
        ]
        asked = [term for term in far if term not in question.narrative]  # a story's "postcode-etching kit" is told
        if any(term not in question.narrative for term, _ in question.things) or question.subjects or question.carried:
            return asked
        told = [
            term
            for term, word in question.story_things
            if not self._in_plans(question, term) and self._plan_words.far(word)
        ]
        # ... when the story is mostly about such things: a laptop in a story of a theft is not what it asks about
        planned = [term for term, _ in question.story_things if self._in_plans(question, term)]
        planned += [term for term in question.narrative if term in question.synonyms]  # "nicked", "police"
        # ... and what the question names that the plans do ("The NCSS goes round with its postcode-etching kit")
        planned += [
            term for term in question.named if term not in question.narrative and self._in_plans(question, term)
        ]
        return far + told if len(told) > len(planned) else far

    def _unknown_names(self, question: Question) -> list[str]:
        """The names the question asks about (not in the story around it, nor carried) that no plan uses."""
        # ... but for the place a story happened: "A flyer came through my door in Limehouse. How else could people
        # take part?" asks nothing of Limehouse
        placed = _story_places(question.text, question.focus)
        return [
            term
            for term in question.named
            if term not in question.narrative
            and term not in question.carried
            and term not in placed
            and term not in question.places  # "in Bethnal Green": where, not a thing no plan names
            and not self._in_plans(question, term)
        ]

    def _found_share(self, question: Question, term: str, present: set[str]) -> float:
        """How fully the text says a term: wholly when it has the term or a plan word for it; a resident's
        phrase ("reported it loads and nothing happens": "community trigger anti-social behaviour case
        review") only as fully as the most specific plan word for it the text has, so that a passage on
        anti-social behaviour in general does not stand for the Community Trigger."""
        if term in present and term not in question.phrased:
            return 1.0
        said = question.synonyms.get(term, frozenset()) & present
        if not said:
            return 0.0
        if term not in question.phrased:
            return 1.0
        # a phrase's own words say little ("has it worked?" is not "works with young men"): its plan words judge
        rarest = max(self._bm25.idf(other) for other in question.synonyms[term] if self._bm25.share(other) > 0)
        return max(self._bm25.idf(other) for other in said) / rarest

    def _counts_what_is_asked(self, question: Question, drafted: Draft) -> bool:
        """Whether a draft answering "how many ...?" gives a figure that may count what the question counts
        (`counts.counts_asked`): the plans' words for the asker's stand for them ("folk": "people"), and a word no
        plan uses ("how many bobbies ...") is the asker's own, which no evidence can be judged on. Not for a share
        or money asked, nor a follow-up (which counts what the last answer spoke of, in words of its own)."""
        asked = dict.fromkeys(question.counted + counted_asked(question.text))
        counted = [term for term in asked if self._in_plans(question, term)]
        if (
            not question.counted
            or not counted
            or question.carried
            or not _COUNT_QUESTION.search(question.text)
            or _SHARE_QUESTION.search(question.text)
            or _MONEY_QUESTION.search(question.text)
        ):
            return True
        return any(
            counts_asked(point.unit.quote, counted, lambda term: self._alike_terms(question, term))
            for point in drafted.points
        )

    def _sizes_what_is_asked(self, question: Question, drafted: Draft) -> bool:
        """Whether a draft answering "how big a penalty ...?" names the thing sized (`sizes.sized_asked`), or a
        plan word for it; a word no plan uses ("how big was the haul?") is the asker's own, which no evidence can
        be judged on. Not for a follow-up, which sizes what the last answer spoke of, in words of its own."""
        asked = [term for term in sized_asked(question.text) if self._in_plans(question, term)]
        if not asked or question.carried:
            return True
        for point in drafted.points:
            present = _present(question, f"{_table_labels(point.unit)} {point.unit.quote}")
            for term in asked:
                if _found(question, term, present) or _same_family(term, present):
                    return True
                if self._alike_terms(question, term) & present:
                    return True
        return False

    def _alike_terms(self, question: Question, term: str) -> frozenset[str]:
        """The plans' words for a term the question wrote: its everyday synonyms ("folk": "people") and the plan
        words near it in meaning."""
        synonyms = question.synonyms.get(term, frozenset())
        if self._plan_words is None:
            return synonyms
        written = next((word for word in words(question.text) if word.isalpha() and term in terms(word)), None)
        return synonyms | self._plan_words.alike(written, _COUNTED_ALIKE) if written else synonyms

    def _alike_said(self, question: Question, term: str, present: set[str]) -> bool:
        """Whether the text says a plan word close in meaning to the word the question wrote for a term (not
        one it carried over): the asker's everyday word for what the plan names ("blade": "knife")."""
        if self._plan_words is None or term in question.carried or term in question.places:
            return False
        written = next((word for word in words(question.text) if word.isalpha() and term in terms(word)), None)
        return written is not None and bool(self._plan_words.alike(written, _ALIKE) & present)

    def _in_plans(self, question: Question, term: str) -> bool:
        """Whether any plan uses the term (or a plan word it stands for). A word no plan uses is the
        asker's own ("thinking of moving", "what kinds"): no passage can be judged on it, so support is
        judged on the question's other words (and a question with none of the plans' words has none)."""
        # ... or an acronym the plans never write for a name they spell out ("LCPF")
        return (
            self._bm25.share(term) > 0
            or any(self._bm25.share(other) > 0 for other in question.synonyms.get(term, ()))
            or any(stem(acronym.lower()) == term for acronym in question.expanded.expansions)
        )

    def _about(self, question: Question, subject: tuple[str, ...], text: str) -> bool:
        """The text names what the question counts (or sets a target for): the subject's specific words
        (rare in the plans) must be there.

        General words ("residents", "crimes") may be put otherwise ("respondents", "offences");
        one specific word in three may be missing."""
        # (a word no plan uses is the asker's own, "what target appears ...": no evidence can say it)
        specific = [
            term for term in subject if self._in_plans(question, term) and self._bm25.share(term) <= _SPECIFIC_SHARE
        ]
        if not specific:
            return True
        present = _present(question, text)
        people = bool(present & _PEOPLE) or bool(_PEOPLE_SAID.search(text))
        missing = sum(not (_found(question, term, present) or term in _PEOPLE and people) for term in specific)
        return missing <= len(specific) // 3

    def _vector(self, text: str) -> np.ndarray:
        return np.asarray(self._embedder.embed_query(text), dtype=np.float32)

    def _unit_vectors(self, question: Question, units: Sequence[Unit], query: np.ndarray) -> np.ndarray:
        """Each unit's vector as read closer to the question: its quote as written, or with the acronyms
        its own plan spells out spelled out ("ASB (anti social behaviour) is reviewed at ..."). Both are
        embedded at ingest."""
        quotes = [unit.quote for unit in units]
        vectors = self._vectors(quotes)
        # an acronym the question uses too ("MOPAC's top slice", "what is ASB?") is shared as written:
        # spelled out, it would favour every quote using it over the quotes that say what is asked
        asked = {
            form
            for word in re.findall(r"[A-Za-z&]+", question.expanded.question)
            for form in (word.upper(), word.upper().removesuffix("S"))
        }
        spelled: dict[int, str] = {}
        for row, unit in enumerate(units):
            glossary = self._glossaries.get(unit.chunk.metadata.source, {})
            if unspelled(unit.quote, glossary) - asked:
                spelled[row] = spell_out(unit.quote, glossary)
        rows = list(spelled)
        if rows:
            other = self._vectors([spelled[row] for row in rows])
            closer = other @ query > vectors[rows] @ query
            vectors[np.asarray(rows)[closer]] = other[closer]
        return vectors

    def _vectors(self, texts: list[str]) -> np.ndarray:
        if self._bank is not None:
            return self._bank.vectors(texts, self._embedder)
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        return np.asarray(self._embedder.embed_documents(texts), dtype=np.float32)


# ("1.", "(a)", and a numbered paragraph's "3.13" before its first word)
_ENUMERATOR = re.compile(r"^\s*(?:\(?\d+(?:\.\d+)*[.)]|\([a-z]\)|\d{1,2}\.\d{1,2}(?=\s+[A-Z]))\s+")
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
_FIGURE = re.compile(
    rf"\d|\b(?:{_NUMBER_WORDS}|hundred|thousand|million|dozen)\b|"
    r"\b(?:a|one|two|three)\s+(?:half|third|quarter|fifth)s?\b",  # a share said as a fraction: "nearly a third"
    re.I,
)
_FIGURE_WORD = re.compile(rf"\b(?:{_NUMBER_WORDS})\b", re.I)
_MONEY = re.compile(r"£|\bmillion\b|\d+k\b|\bfunding of\b|\bpounds?\b|\bpence\b|\bGBP\b", re.I)
_MONEY_QUESTION = re.compile(
    rf"\b(cost|costs|{BUDGET}|spend|spent|funding|money|how much (?:money|funding)|price[sd]?|price tags?)\b|"
    # (not "how much of it gets reported?": a passive "get" receives nothing)
    r"\bhow much\b.*\b(give[sn]?|gave|receive[sd]?|(?:get|gets|got)(?!\s+\w+(?:ed|en)\b)|pay|pays|paid|allocat\w*|"
    r"grant\w*|award\w*|"
    rf"invest\w*|fund\w*)\b|{MONEY_ASKED}",
    re.I,
)
# An age is not a count: "support women as well as men from ages 16 and up", "aged 10-17", "under 18s"
_AGE = re.compile(
    r"\b(?:aged?|ages)\s+(?:of\s+|between\s+|from\s+)?\d+(?:\s*(?:-|–|to|and)\s*\d+)?|"
    r"\b\d+(?:\s*(?:-|–|to)\s*\d+)?[\s-]*(?:years?[\s-]*olds?|yrs? olds?)\b|\b(?:under|over)[\s-]*\d+s\b",
    re.I,
)
_AGE_QUESTION = re.compile(r"\bhow old\b|\bages?d?\b", re.I)
# "how often is it reviewed?" is answered by how often ("on a weekly basis", "twice a year", "every six months"),
# a frequency that need not be a numeral
_OFTEN_QUESTION = re.compile(r"\bhow (?:often|frequently|regularly)\b", re.I)
_PERIOD_NOUN = r"(?:day|week|fortnight|month|quarter|year|annum|term|meeting)s?"
_FREQUENCY = re.compile(
    r"\b(?:daily|weekly|fortnightly|monthly|bi-?monthly|quarterly|annual(?:ly)?|yearly|bi-?annual(?:ly)?|"
    r"six-?monthly|twice|once|regularly|periodically|routinely|continuously|"
    rf"(?:every|each|per|a)\s+(?:\w+\s+)?{_PERIOD_NOUN}|\w+\s+times\s+(?:a|per|each)\s+{_PERIOD_NOUN}|"
    r"\d[\d,]*\s+times)\b",  # ... or how many times in all ("the video was watched more than 1,000 times")
    re.I,
)


_RATE_PER = re.compile(r"\b(?:rates?|ratios?|%|per\s*cent)\s+(?:per|a|each)\s+\w+", re.I)
_AMOUNT_QUESTION = re.compile(
    r"\bhow (?:much|many)\b|\bhead ?counts?\b|"
    # "what is the levy's rate?": a rate or a charge is no year ("will start in May 2025")
    r"\b(?:rates?|ratios?|charges?|fees?|prices?|percentages?|proportions?)\b|"
    r"\b(?:more|fewer|less|higher|lower|bigger|smaller|larger|most|fewest|least|highest|lowest|safer|better|worse)\b",
    re.I,
)
_SHORT_YEARS = re.compile(r"\b\d{2}/\d{2}\b")  # "21/22": a financial year said short
_COUNT_QUESTION = re.compile(r"\bhow many\b|\bnumber of\b|\btotals?\b|\bhead ?counts?\b", re.I)
_SHARE_QUESTION = re.compile(
    r"%|\bper ?cent|\bpercentage|\bproportion|\bshare\b|\brate\b|\bratio\b|"
    r"\b(?:per|in every|out of(?: every| a)?)\s+(?:hundred|100)\b",  # "how many repeats per hundred cases?"
    re.I,
)
_PERCENTAGE = re.compile(r"[-+]?\d+(?:\.\d+)?\s*(?:%|per ?cent\b|percentage points?\b)", re.I)
_NUMERAL = re.compile(r"\d+(?:[.,]\d+)*")
_MONEY_AMOUNT = re.compile(r"£\s*(?P<number>\d+(?:[.,]\d+)*)(?:\s*(?:million|billion|m|bn|k)\b)?", re.I)
# a length of time is how long, not how many of what is counted, unless time is what is counted ("how many hours")
_DURATION = re.compile(
    rf"\b(?:\d+|{_NUMBER_WORDS})[\s-]*(?P<unit>years?|months?|weeks?|days?|hours?|decades?)\b(?![\s-]*olds?\b)", re.I
)
# A question that asks for a share itself ("what proportion of clients ...?"; not "how much of its share ...?")
_SHARE_ASKED = re.compile(
    r"\b(?:what|which)\s+(?:percentage|proportion|share|per ?cent|fraction)\b|\bwhat\s*%|"
    r"\bhow (?:big|large|high) (?:a )?(?:percentage|proportion|share)\b",
    re.I,
)
# A share, as a figure says it: a percentage, a fraction, "1 in 5", "per 1,000 population", a ratio
_SHARE_SAID = re.compile(
    r"\d\s*%|\bper ?cent\b|\bpercentage points?\b|\b(?:half|halves)\b|"
    r"\b(?:a|one|two|three|four)\s+(?:quarters?|thirds?|fifths?|tenths?)\b|"  # ("the third priority" is no share)
    rf"\b(?:\d+(?:[.,]\d+)?|{_NUMBER_WORDS})\s+(?:in|out of)\s+(?:every\s+)?(?:\d|{_NUMBER_WORDS})|"
    r"\bper\s+(?:\d|one|ten|a |hundred|thousand|capita|head)|"
    r"\bratio\b|\b\d+(?:\.\d+)?\s*:\s*\d",
    re.I,
)


def _durations(text: str) -> set[tuple[int, str]]:
    """The lengths of time a text says ("within 6 months", "two years"), as (number, unit)."""
    found = set()
    for match in _DURATION.finditer(text):
        said = match.group().lower().split(match.group("unit").lower())[0].strip(" -")
        number = int(said) if said.isdigit() else NUMBER_WORDS.get(said, 1 if said == "one" else 0)
        if number:
            found.add((number, match.group("unit").lower().rstrip("s")))
    return found


def _other_period(question: str, quote: str) -> bool:
    """Whether a quote gives its figure for another length of time than the one asked: "did not re-offend within
    6 months" for "within 12 months?"."""
    asked = _durations(question)
    said = _durations(quote)
    units = {unit for _, unit in asked}
    return bool(asked) and not asked & said and any(unit in units for _, unit in said)


_NOT_A_COUNT = re.compile(
    r"\bone (?:of|another|off|day|way|stop|to one)\b|\bno one\b|\bone-|"
    r"\b(?:at\s+)?any one (?:time|point|moment)\b|\bat one (?:time|point|stage)\b",
    re.I,
)  # "one of the safest", "a caseload of around 170 at any one time"
# A unit of measure a question counts in ("how many tonnes ...?"): the figure answering it is said in that unit
_MEASURE_ASKED = re.compile(
    r"\bhow many\s+(?P<unit>tonnes|tons|kilos|kilograms|litres|liters|gallons|pints|miles|kilometres|kilometers|"
    r"metres|meters|hectares|acres)\b|"
    # "how heavy was the haul?", "what did it weigh?": a figure in a unit of weight (`WEIGHT_ASKED`)
    rf"(?P<weight>{WEIGHT_ASKED.pattern})",
    re.I,
)
_MEASURES = {
    "tonnes": r"tonnes?|tons?|t\b|kilos?|kilograms?|kg\b",  # (a weight in any unit of weight: "600kg")
    "tons": r"tonnes?|tons?|kilos?|kilograms?|kg\b",
    "kilos": r"kilos?|kilograms?|kg\b|tonnes?|tons?",
    "kilograms": r"kilos?|kilograms?|kg\b|tonnes?|tons?",
    "litres": r"litres?|liters?|l\b",
    "liters": r"litres?|liters?|l\b",
    "gallons": r"gallons?",
    "pints": r"pints?",
    "miles": r"miles?",
    "kilometres": r"kilometres?|kilometers?|km\b",
    "kilometers": r"kilometres?|kilometers?|km\b",
    "metres": r"metres?|meters?|m\b",
    "meters": r"metres?|meters?|m\b",
    "hectares": r"hectares?|ha\b",
    "acres": r"acres?",
    "weight": r"kilos?|kilograms?|kg\b|tonnes?|tons?|grams?|g\b",
}
# A whole asked for ("the total saving?", "how many overall?") is not answered by a figure for one of many: an average,
# or an amount per case ("saving on average £40 per case"; a figure per year is a whole of that year)
_TOTAL_ASKED = re.compile(r"\b(?:total|overall|altogether|in all|combined|all told)\b", re.I)
_ONE_EACH_ASKED = re.compile(r"\b(?:per|each|every|average|typical|a head|apiece)\b", re.I)
_ONE_EACH_SAID = re.compile(
    r"\b(?:on average|an? average(?: of)?)\s+(?:of\s+)?£?\s*\d[\d,.]*(?:\s*(?:million|m|k)\b)?|"
    r"£?\s*\d[\d,.]*(?:\s*(?:million|m|k)\b)?\s+(?:per|for each|for every|each)\s+"
    r"(?!(?:year|annum|month|week|day|quarter|fortnight)s?\b)[a-z]+",
    re.I,
)
# the emergency and non-emergency numbers are numbers to ring, not counts: "(999 and 101)", "call 101"
_PHONE_NUMBERS = re.compile(
    r"\b(?:call|calls to|calling|dial|dialling|ring|phone|phoning|text)\s+(?:999|101|111)\b|"
    r"\b(?:999|101|111)(?:\s*(?:and|or|/|,)\s*(?:999|101|111)\b)+",
    re.I,
)


# What is done about a subject: "what will they do about burglary?", "what is being done on knife crime?"
_LIST_KINDS = re.compile(
    r"\b(?:priorities|themes|objectives|aims|actions|outcomes|strands|principles|commitments|goals)\b", re.I
)
_OTHER_PART_PENALTY = 0.15  # a list under a part numbered otherwise than the one asked for
_NAMED_HEADING_BONUS = 0.15  # a list under a heading the question names whole, as against lists beside it
_DOING_ABOUT = re.compile(
    r"\b(?:do|does|doing|done|plan|plans|planned|planning)\s+(?:to\s+do\s+)?(?:about|on|to tackle|to reduce)\b|"
    r"\bactions?\s+(?:on|for|about|to)\b",
    re.I,
)


# Which came first: "what was the top concern?", "the biggest worry", "what came out on top?" ...
_TOP_QUESTION = re.compile(
    r"\b(?:top|biggest|largest|highest|greatest|main|most (?:common|popular|frequent|often|important)|"
    r"number one|c(?:a|o)mes? (?:out )?(?:on top|top|first)|ranked first|first choice|"
    r"(?:put|puts|chose|choose|picked|pick|placed|rated|named) (?:\w+ )?(?:first|top))\b",
    re.I,
)
# Evidence that gives a reason: what a question asking why (question.WHY_QUESTION) prefers.
_REASON_GIVEN = re.compile(
    # (not "whatever the reason, ...", which gives none)
    r"\b(?:because|due to|(?<!whatever the )(?<!whatever their )(?<!whatever its )reasons?|as a result of|"
    r"caused by|driven by|attribut\w* to|explained by|owing to|"
    r"result(?:ed|s|ing)? (?:of|from)|stem(?:s|med|ming)? from|aris(?:es|ing) from|arose from|so that|in order to|"
    r"so as to|to (?:coincide|mark|tie in|fit|align|link up) with|to mark\b|(?:coincid|tim)(?:ed|ing) (?:with|to))\b",
    re.I,
)
# ... and asks for nothing but the first place ("what came out on top?", "the number one worry")
_FIRST_PLACE = re.compile(
    r"\b(?:c(?:a|o)mes? (?:out )?(?:on top|top|first)|ranked (?:first|top|highest)|number one|first choice|"
    r"top (?:worry|worries|concern|concerns|issue|issues|priority|answer|choice)|"
    r"(?:put|puts|chose|choose|picked|pick|placed|rated|named) (?:\w+ )?(?:first|top))\b",
    re.I,
)
# ... is answered by evidence that ranks: "the top three concerns were 1) ...", "ranked 1st", "the highest was".
_RANKED = re.compile(
    r"(?:^|\s)1\)\s|\branked\b|\btop (?:three|two|four|five|\d+)(?: [\w-]+){0,3} (?:were|are|was|is)\b|"
    r"\b(?:highest|largest|biggest|greatest|most common|most popular)(?: [\w-]+){0,3} (?:was|were|is|are)\b",
    re.I,
)
# A time of day or hours of opening: "9am", "10.30pm", "18:00", "24 hours", "24/7", "Monday to Friday", "midnight"
_CLOCK = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\b24[ -]hours?\b|\b24/7\b|"
    r"\bround the clock\b|\bmidnight\b|\bmidday\b|\bnoon\b|"
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b",
    re.I,
)
_DATES_ASKED = re.compile(r"(?<!up to )\bdates\b|\b(?:start|end|opening|closing|final|approval|launch) date\b", re.I)
_WHEN_QUESTION = re.compile(r"\bwhen\b|\b(?:what|which) (?:date|year|month|day)\b", re.I)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_MONTH_ASKED = re.compile(r"\b(?:what|which)\s+months?\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:year|plan|strategy)\b)", re.I)
_MONTH_SAID = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
_DATES = re.compile(
    rf"\b{_MONTH}\s+\d{{1,4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?!\w)|\b\d{{1,2}}([/.])\d{{1,2}}\1\d{{2,4}}\b"
)
# A time said in words, which answers "when?" as a date does: "at the beginning of January", "in the spring",
# "later this year"
_TIME_SAID = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b|"
    r"\b(?:spring|summer|autumn|winter|(?:next|last|this|later this|coming|following|previous) "
    r"(?:year|month|week|quarter|financial year))\b"
)


def _closest(vector: np.ndarray, query: np.ndarray, focus: np.ndarray | None) -> float:
    """Closeness in meaning to the question, or to the closest of its other readings (`focus`, one per row)."""
    similarity = float(vector @ query)
    return similarity if focus is None else max(similarity, float(np.max(focus @ vector)))


# a follow-up pointing back at what the last answer quoted ("that work", "it", "they")
_POINTS_AT_LAST = re.compile(r"\b(?:it|its|they|them|their|that|this|these|those)\b", re.I)
_POINTING_SIMILARITY = 0.75  # ... of the similarity an answer needs, for the figure said beside the last answer


def _near_seen(question: Question, unit: Unit, after: bool = False) -> bool:
    """Whether a unit is in the passage of a quote the last answer gave, close before or after it (`after`: after
    it), and not that quote itself."""
    for chunk_id, quote in question.seen:
        if chunk_id != unit.chunk.id or quote == unit.quote:
            continue
        at = unit.chunk.text.find(quote)
        if at < 0:
            continue
        beyond = unit.start - (at + len(quote))
        if beyond <= _NEAR_CHARS and (beyond >= 0 if after else at - unit.end <= _NEAR_CHARS):
            return True
    return False


# "How many of them are women?", "how many were from Peckham?": a part of what the last answer counted, which its
# figure for the whole does not give
_PART_OF_COUNT = re.compile(
    r"\bhow (?:many|much)\s+(?:of\s+(?:them|those|these|that|this|it|the\s+[\w'’-]+)|(?:are|were|is|was)\b)",
    re.I,
)


def _figure_of_last_answer(question: Question, unit: Unit) -> bool:
    """For a follow-up asking for a figure, whether a unit the last answer quoted, or one straight after such a
    quote, gives a figure of the kind asked."""
    if not question.seen or question.said or not question.wants_number or _PART_OF_COUNT.search(question.text):
        return False
    quoted = any(chunk_id == unit.chunk.id and quote == unit.quote for chunk_id, quote in question.seen)
    return (quoted or _follows_seen(question, unit)) and states_figure(unit, question)


def _seen_or_near(question: Question, unit: Unit) -> bool:
    """Whether a unit giving a contact (a number, an address, a website) is one the last answer quoted, or beside
    one: the contact of what the conversation is about."""
    quoted = any(chunk_id == unit.chunk.id and quote == unit.quote for chunk_id, quote in question.seen)
    return _CONTACT_GIVEN.search(unit.quote) is not None and (quoted or _near_seen(question, unit))


def _follows_seen(question: Question, unit: Unit) -> bool:
    """Whether a unit comes soon after a quote the last answer gave, in the same passage."""
    for chunk_id, quote in question.seen:
        if chunk_id != unit.chunk.id:
            continue
        at = unit.chunk.text.find(quote)
        if at >= 0 and 0 <= unit.start - (at + len(quote)) <= _NEXT_CHARS:
            return True
    return False


# "which action commits to ...?", "which 2021-24 strategy objective is about ...?": one item of a list, by what
# it says (a priority or theme is a part of the plan, for the structure reader)
_ONE_OF_KIND = re.compile(
    r"\bwhich\s+(?:[\w'’/-]+\s+){0,3}?(?:action|objective|outcome|commitment|recommendation|aim|step|pledge|"
    r"strand|workstream|project|initiative)\b(?![\w-]|\s+(?:plans?|numbers?)\b)",
    re.I,
)
# "action 1.1", "objective 2.3.1": an item named by the number the plan prints before it (not "1.1%", "£1.2m")
_ITEM_NUMBER = re.compile(
    r"(?<![\d.£$,])(\d{1,2}(?:\.\d{1,2}){1,2})(?![\d%]|\.\d|\s*(?:%|per\s*cent|million|m\b|bn\b|k\b))"
)


# "action 3.3", "objective 2.1.4", "paragraph 3.26": a number the question gives as the name of an item

_NUMBER_ALONE = re.compile(r"^\W*(?:(?:and|also|then|what about|how about)\W+)?(\d{1,2}\.\d{1,2})\W*$", re.I)
_TITLE_WORDS = 12  # words of a numbered line that titles what follows rather than saying it
_HELD_UNITS = 8  # lines a numbered title holds, at the most
# A division of the document named by a whole number: "section 6", "paragraph 33", "part 2"
_NAMED_DIVISION = re.compile(
    r"\b(sections?|paragraphs?|paras?|parts?|chapters?)\s+(\d{1,3})(?![\d%]|[.,]\d|\s*(?:%|per\s*cent))", re.I
)

# ... or a run of them: "actions 6.1 to 6.6", "objectives 2.1-2.4"
_NAMED_RANGE = re.compile(
    r"\b(actions?|objectives?|priorit(?:y|ies)|items?|points?|paragraphs?|paras?|sections?|outcomes?|aims?|"
    r"recommendations?|commitments?|measures?|indicators?|targets?|themes?|strands?|steps?|goals?)\s+"
    r"(\d{1,2})\.(\d{1,2})\s*(?:to|through|until|-|–|—)\s*(?:(\d{1,2})\.)?(\d{1,2})(?![\d%]|\.\d)",
    re.I,
)
_RANGE_ITEMS = 20  # items a run may name


# A place named after a word saying where: "came through my door in Limehouse", "a shop near Reginald Road"
_STORY_PLACE = re.compile(r"\b(?:in|near|outside|at|off|from)\s+((?:[A-Z][\w'’-]+\s?){1,3})")


@lru_cache(maxsize=4096)
def _story_places(text: str, focus: str) -> frozenset[str]:
    """Terms of the places the story around a question (not its asking clause) says it happened in."""
    if not focus:
        return frozenset()
    return frozenset(terms(" ".join(_STORY_PLACE.findall(text.replace(focus, " ")))))


def _printed_as(unit: Unit, whole: str) -> bool:
    """Whether the plan prints this whole number, or one under it ("6.1." under "6"), as the unit's own number."""
    return re.match(rf"\W*{re.escape(whole)}(?:\.\d{{1,2}})*[.)]\s", printed(unit)) is not None


def _titles(unit: Unit) -> bool:
    """Whether a numbered line is a title ("32. Other Duties Fulfilled by the CSP"), not a sentence."""
    quote = unit.quote.strip()
    return len(quote.split()) <= _TITLE_WORDS and not re.search(r"[.:;?!]$", quote)


def _held_under(after: list[Unit]) -> list[Unit]:
    """What a numbered title holds: what follows it in the document, up to the next numbered line."""
    held: list[Unit] = []
    for unit in after[:_HELD_UNITS]:
        if re.match(r"\W*\d{1,3}\.\s", printed(unit)):
            break
        held.append(unit)
    return held


def _bullets_after(unit: Unit, units: list[Unit]) -> list[Unit]:
    """The rest of a numbered paragraph, and the bullets it introduces ("... the steering group is to:" and
    what it is to do)."""
    found: list[Unit] = []
    after = _following(unit, units)
    while after is not None and "\n" not in unit.chunk.text[unit.start : after.start]:
        found.append(after)  # the paragraph's next sentence, on its line
        unit, after = after, _following(after, units)
    if not unit.quote.rstrip().endswith(":"):
        return found
    bullets: list[Unit] = []
    after = _next_across_blank(unit, units)
    while after is not None and not re.match(r"\W*\d", printed(after)):
        # a bullet, or a sentence of one: "- The YIAG (funded by ...) continue working ... This will ensure ..."
        goes_on = bool(bullets) and "\n" not in unit.chunk.text[bullets[-1].end : after.start]
        if not (after.kind == "item" or _starts_bullet(after) or goes_on):
            break
        bullets.append(after)
        after = _next_across_blank(after, units)
    return [*found, *bullets]


def _starts_bullet(unit: Unit) -> bool:
    """Whether a unit starts a line the plan prints as a bullet ("- ...", "• ...")."""
    line_start = unit.chunk.text.rfind("\n", 0, unit.start) + 1
    return unit.chunk.text[line_start : unit.start].strip() in ("-", "•", "*", "–")


def _next_across_blank(unit: Unit, units: list[Unit]) -> Unit | None:
    """The unit after this one in its chunk, across at most one blank line."""
    after = [other for other in units if other.chunk.id == unit.chunk.id and other.start >= unit.end]
    if not after:
        return None
    nearest = min(after, key=lambda other: other.start)
    between = unit.chunk.text[unit.end : nearest.start]
    return nearest if not between.strip(" -•\t\n") and between.count("\n") <= 2 else None


def _printed_under(unit: Unit, number: str) -> bool:
    """Whether the plan prints this number, or one under it ("3.3.1" under "3.3"), before the unit."""
    return re.match(rf"\W*{re.escape(number)}(?:\.\d{{1,2}})*\.?(?:\s|$)", printed(unit)) is not None


def _list_of_named(
    question: Question,
    chosen: tuple[ItemList, _Scored] | None,
    best: Unit,
    scored_lists: Sequence[tuple[ItemList, _Scored]],
) -> tuple[ItemList, _Scored] | None:
    """For a question naming an item by its place ("the last linked strategy"), of the lists under the heading
    of the chosen list (or of the best sentence, with none chosen) the one whose lead-in says most of the
    words naming the item ("... are linked to other ... strategies:", not "... based around 4 key themes:");
    the chosen list when no other says more."""
    asked = item_place(question.text)
    if asked is None or asked[1] == ("one",):
        return chosen
    named = set(asked[1])

    def said(item_list: ItemList) -> int:
        return len(set(terms(item_list.lead_in.quote)) & named) if item_list.lead_in else 0

    chunk = chosen[0].chunk if chosen is not None else best.chunk
    alike = [
        pair
        for pair in scored_lists
        if pair[0].chunk.metadata.source == chunk.metadata.source
        and pair[0].chunk.section == chunk.section
        and names_list(asked[1], f"{pair[0].lead_in.quote if pair[0].lead_in else ''} {chunk.section or ''}")
    ]
    found = max(alike, key=lambda pair: said(pair[0]), default=None)
    if found is None or not said(found[0]):
        return chosen
    return found if chosen is None or said(found[0]) > said(chosen[0]) else chosen


def _one_picked(question: Question, item_list: ItemList) -> list[Unit]:
    """The items of a list that the question picks one of by what it says ("which action commits to female
    offenders?": the item saying "female offenders"), by the words of the question no more than some items
    say, and not the words that name the list (its heading, lead-in, section or document); [] when the
    question asks for no one item of a kind, or its words pick out none, or all, of them."""
    if not _ONE_OF_KIND.search(question.text):
        return []
    lead = item_list.lead_in.quote if item_list.lead_in else ""
    named = _present(question, f"{lead} {item_list.chunk.section or ''} {item_list.chunk.metadata.title}")
    asked = set(question.key_terms) - named
    said = [len(_present(question, item.quote) & asked) for item in item_list.items]
    best = max(said, default=0)
    picked = [item for item, count in zip(item_list.items, said, strict=True) if best and count == best]
    return picked if len(picked) < len(item_list.items) else []


def _numbered_as(unit: Unit, question: Question) -> bool:
    """Whether the unit is an item the question names by the number the plan prints before it."""
    numbers = _ITEM_NUMBER.findall(question.text)
    if not numbers:
        return False
    said = printed(unit)
    return any(re.match(rf"\W*{re.escape(number)}(?![\d])\.?(?:\s|$)", said) for number in numbers)


def _initials_said(question: Question, units: Sequence[Unit], glossaries: Mapping[str, Mapping[str, str]]) -> bool:
    """Whether evidence is about the body or scheme the question asks about by initials the plans spell out
    ("how often does the PTG meet?"): false when it names neither them nor what they stand for, but names
    another body by its own initials ("Monthly MARAC meetings ..."), in its paragraph, its section or the
    sentence its pronoun points back to. One named is enough when the question names several."""
    own = set(question.key_terms) - question.carried - question.narrative - question.remark
    asked = {
        initials: spelled
        for initials, spelled in question.expanded.expansions.items()
        if re.search(rf"\b{re.escape(initials)}s?\b", question.text) and initials.lower() in own
    }
    if not asked:
        return True
    others = False
    for unit in units:
        before = antecedent(unit)
        said = f"{_paragraph(unit)} {unit.chunk.section or ''} {before.quote if before else ''}"
        folded = " ".join(said.lower().split())
        for initials, spelled in asked.items():
            if re.search(rf"\b{re.escape(initials)}s?\b", said) or " ".join(spelled.lower().split()) in folded:
                return True
        known = glossaries.get(unit.chunk.metadata.source, {})
        others = others or any(
            re.search(rf"\b{re.escape(initials)}s?\b", unit.quote) and initials not in question.text
            for initials in known
        )
    return not others


def _figures_of(text: str) -> set[str]:
    """The figures a text states, bar years ("20", "45%", "1,389")."""
    return {
        number.replace(",", "")
        for number in _NUMERAL.findall(text)
        if not re.fullmatch(r"(?:19|20)\d{2}", number.replace(",", ""))
    }


def times_kind(question: Question) -> str:
    """What a question asks for at a time, to say which times the plans give it for: "target" or a
    `figure_kind`."""
    return "target" if _asks_target(question.text) else figure_kind(question)


def _traded(support: float, needed: float, least: float) -> float:
    """The closeness in meaning evidence needs at a support between the usual (which needs the usual closeness,
    `least`) and nearly full (which needs little): falling in a straight line from one to the other."""
    if support >= _FULL_SUPPORT or needed >= _FULL_SUPPORT:
        return _FULL_SUPPORT_SIMILARITY
    share = (support - needed) / (_FULL_SUPPORT - needed)
    return least - share * (least - _FULL_SUPPORT_SIMILARITY)


def figure_kind(question: Question) -> str:
    """What kind of figure a question asks: "time" ("what time does it open?"), "amount of money" ("what does
    the council pay ...?"), "date" ("when does it start?") or "figure"."""
    if question.wants_time:
        return "time"
    if question.wants_date:
        return "date"
    if _MONEY_QUESTION.search(question.text):
        return "amount of money"
    if _WHEN_QUESTION.search(question.text) and not _AMOUNT_QUESTION.search(question.text):
        return "date"
    return "figure"


def _says_all_asked(question: Question, unit: Unit) -> bool:
    """Whether a quote says every word a follow-up asks with of its own, two or more of them ("Which group
    oversees delivering it?": "Delivery is overseen by the Strategic Violence & Vulnerability Group.")."""
    if _MORE_ASKED.search(question.text):
        return False  # "tell me more about re-offending" wants what the last answer did not say
    own = [term for term in question.key_terms if term not in question.carried]
    said = set(terms(unit.quote))
    return len(own) >= _ASKED_AGAIN_TERMS and all(_same_family(term, said) for term in own)


_MORE_ASKED = re.compile(r"\b(?:more|else|other|another|further|besides)\b", re.I)


def _same_family(term: str, said: set[str]) -> bool:
    """Whether a text says a word or one of its family ("delivering": "delivery", "oversees": "overseen"),
    which the stemmer leaves apart."""
    if term in said:
        return True
    return len(term) >= _FAMILY_STEM and any(
        len(other) >= _FAMILY_STEM and (other.startswith(term) or term.startswith(other)) for other in said
    )


def states_figure(unit: Unit, question: Question) -> bool:
    """`has_figure` of a unit; a table row's amount is money when its column says so ("2 year total (£)")."""
    return has_figure(unit.quote, question, _table_labels(unit) or _table_lines_above(unit))


def _table_lines_above(unit: Unit) -> str:
    """The rows and short label lines of a row's table above it, up to the prose before the table (a header
    that lost its cells, "2 year total (£) Children and Young People", is one of them)."""
    return " ".join(reversed(_above_table(unit)[0]))


def _above_table(unit: Unit) -> tuple[list[str], str]:
    """The lines of a row's table above it, from the row up (its other rows, its header and label lines), and
    the line ending in a colon that introduces the table ("... the following projects ... are:"; "" when the
    prose before the table is no such line). One line of other text among the table's lines is passed over: a
    PDF's layout can put a line of the page's other text inside a table."""
    if unit.kind != "row" or _CELL not in unit.quote:
        return [], ""
    lines: list[str] = []
    stray_at: int | None = None  # how many lines were the table's when a line of other text was met
    for line in reversed(unit.chunk.text[: unit.start].split("\n")):
        line = line.strip()
        if line.endswith(":"):
            return lines, line
        prose = _CELL not in line and (line.endswith(".") or len(line.split()) > _LABEL_WORDS)
        if stray_at is not None and (prose or len(lines) - stray_at >= _STRAY_LINES):
            return lines[:stray_at], ""  # the line passed over was the prose before the table
        if prose:
            stray_at = len(lines)
        elif line:
            lines.append(line)
    return (lines if stray_at is None else lines[:stray_at]), ""


def has_figure(quote: str, question: Question, labels: str = "") -> bool:
    """Whether a quote states a figure (an amount of money, for questions about cost, which the labels of
    the quote's table may say for it).

    Numbers the question itself gives ("per 10,000 residents", "in 2020") are not an answer to it."""
    asked = {number.replace(",", "") for number in _NUMERAL.findall(question.text)}
    text = _ENUMERATOR.sub("", quote)
    if _AMOUNT_QUESTION.search(question.text) and not _WHEN_QUESTION.search(question.text):
        # a year or a date is when, not an amount (read before the question's own years go: "2020-21" whole)
        text = _DATES.sub(" ", _SHORT_YEARS.sub(" ", YEARS.sub(" ", text)))
    # an amount the question gives goes whole, with its pound sign and "million" ("of the £2.458 million")
    text = _MONEY_AMOUNT.sub(lambda m: " " if m.group("number").replace(",", "") in asked else m.group(), text)
    text = _NUMERAL.sub(lambda m: " " if m.group().replace(",", "") in asked else m.group(), text)
    asked_words = {word.lower() for word in re.findall(r"[A-Za-z]+", question.text)}
    text = _FIGURE_WORD.sub(lambda m: " " if m.group().lower() in asked_words else m.group(), text)
    text = _PHONE_NUMBERS.sub(" ", _NOT_A_COUNT.sub(" ", text))
    if _TOTAL_ASKED.search(question.text) and not _ONE_EACH_ASKED.search(question.text):
        text = _ONE_EACH_SAID.sub(" ", text)  # "the total saved?" is not "on average £40 per case"
    # how many is a count ("a 20% cut" is not one), but "how many people said ...?" is answered by a share
    counts_people = bool(set(question.counted) & _PEOPLE)
    if _COUNT_QUESTION.search(question.text) and not _SHARE_QUESTION.search(question.text) and not counts_people:
        # ... nor is a share of something else ("beer over 6%"); a share of what is counted is ("how many of the
        # stores ...?": "80% of the stores")
        text = _PERCENTAGE.sub(lambda m: m.group() if _of_counted(text, m.end(), question) else " ", text)
    if _COUNT_QUESTION.search(question.text) or _MONEY_QUESTION.search(question.text):
        # "how many reports?" is not "over the last five years", nor "how much will it spend?"
        text = _DURATION.sub(lambda m: m.group() if _unit_asked(m.group("unit"), asked_words) else " ", text)
    if _AMOUNT_QUESTION.search(question.text) and not _AGE_QUESTION.search(question.text):
        text = _AGE.sub(" ", text)  # how many were supported is not from what age
    if _MONEY_QUESTION.search(question.text):
        return bool(_MONEY.search(text) or _MONEY.search(labels)) and bool(_FIGURE.search(text))
    measure = _MEASURE_ASKED.search(question.text)
    if measure is not None:
        # "how many tonnes ...?" is not answered by "37 businesses": by a figure in tonnes
        unit = _MEASURES[measure.group("unit").lower() if measure.group("unit") else "weight"]
        return bool(re.search(rf"(?:\d|\b(?:{_NUMBER_WORDS}))[\d,.]*\s*(?:{unit})", text, re.I))
    if _SHARE_ASKED.search(question.text) and not _COUNT_QUESTION.search(question.text):
        # "what proportion did not re-offend?" is answered by a share ("50%", "half", "1 in 5", "per 1,000"),
        # not by a count of clients
        return bool(_SHARE_SAID.search(text) or _SHARE_SAID.search(labels))
    if _OFTEN_QUESTION.search(question.text):
        # (a rate per year is how much, not how often: "Repeat Referral rate per year")
        return bool(_FREQUENCY.search(_RATE_PER.sub(" ", text)))
    if _WHEN_QUESTION.search(question.text) and _TIME_SAID.search(text):
        return True
    return bool(_FIGURE.search(text))


_OF_WHAT = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+|these\s+)?([A-Za-z][\w-]*)")


def _of_counted(text: str, at: int, question: Question) -> bool:
    """Whether the words at `at` say the figure before them is a share of what the question counts ("... of the
    stores")."""
    found = _OF_WHAT.match(text, at)
    return found is not None and bool(set(terms(found.group(1))) & set(question.counted))


def _unit_asked(unit: str, asked_words: set[str]) -> bool:
    """Whether a question's words name a unit of time ("hours" for "hour")."""
    singular = unit.lower().removesuffix("s")
    return singular in asked_words or f"{singular}s" in asked_words


def brief(draft: Draft, whole: bool = False) -> Draft:
    """An answer holds what was asked: long list items cut to their first sentence, and points kept
    while they fit the word budget (the first always; a list of short items whole). A list the question
    asks for (`whole`) has the larger budget: a councillor asking for a priority's actions gets all seven."""
    points: list[Point] = []
    list_budget = _WHOLE_LIST_BUDGET if whole else _LIST_BUDGET
    used = 0
    truncated = draft.truncated
    for point in draft.points:
        # one item alone is shown to more of its sentences: a later one may be what was asked ("... falls between
        # 28% - 40%. Locally, Lewisham have undertaken to maintain a repeat referral rate of 28% to 35% ...")
        unit = _shown(point.unit, point.bullet, _LONG_ITEM if len(draft.points) > 1 else _READ_ON_BUDGET)
        words = len(unit.quote.split())
        if points and used + words > (list_budget if point.bullet else _WORD_BUDGET):
            truncated = truncated or point.bullet
            break
        used += words
        points.append(Point(unit, point.bullet, point.header))
    while len(points) > 1 and points[-1].unit.quote.rstrip().endswith(":"):
        points.pop()  # a line that introduces what did not fit says nothing alone
    # a quote another quote of the answer holds whole is not said twice: the words spelling out an acronym
    # stand for the glossary line or item holding them ("MASE - Multi Agency Sexual Exploitation"), and else
    # the larger quote says the smaller
    points = [point for point in points if not any(_says_again(point.unit, other.unit) for other in points)] or points
    return Draft(tuple(points), truncated, draft.note)


def _says_again(unit: Unit, other: Unit) -> bool:
    """Whether a unit of an answer is said by another of its units: it is a glossary line or item holding the
    words that spell out an acronym (quoted on their own; a sentence holding them says more, "... since its launch
    in 2005"), or, being no such words, it is part of the other."""
    if other.kind == "definition" and _inside(other, unit):
        return not unit.quote.rstrip().endswith((".", "!", "?"))
    return unit.kind != "definition" and _inside(unit, other)


def _inside(unit: Unit, other: Unit) -> bool:
    """Whether a unit is part of another unit of the same passage (and not the same span)."""
    return (
        unit.chunk.id == other.chunk.id
        and other.start <= unit.start
        and unit.end <= other.end
        and (other.start, other.end) != (unit.start, unit.end)
    )


def _shown(unit: Unit, bullet: bool, words: int = _LONG_ITEM) -> Unit:
    """What an answer shows of a unit: a list item (or row) longer than `words` cut after its first sentence,
    or after as many of its sentences and cells as fit within them."""
    if not bullet or len(unit.quote.split()) <= words:
        return unit
    spans = split_sentences(unit.quote)
    if len(spans) < 2:
        return unit
    ends = sorted({stop for _, stop in spans[1:]} | {match.start() for match in _CELL_BREAK.finditer(unit.quote)})
    end = spans[0][1]
    for stop in ends:
        if stop > end and len(unit.quote[:stop].split()) <= words:
            end = stop
    return Unit(unit.chunk, unit.start + spans[0][0], unit.start + end, unit.kind)


_CELL_BREAK = re.compile(r"\s+\|\s+")


_CELL = " | "
_HEADER_CELL = re.compile(r"[^\d]*|(?:19|20)\d{2}(?:\s*[/-]\s*(?:19|20)?\d{2})?", re.I)


def _with_table_headers(points: tuple[Point, ...]) -> tuple[Point, ...]:
    """Give each quoted row of figures its table's header row, so it is said with its columns
    ("Burglary (Total) — 2013: 3303, 2014: 2333") and both rows are cited."""
    out: list[Point] = []
    quoted = {(point.unit.chunk.id, point.unit.start) for point in points}
    parsed: dict[str, list[Unit]] = {}
    for point in points:
        header = _header_row(point.unit, parsed)
        if header is not None and (header.chunk.id, header.start) not in quoted:
            out.append(Point(point.unit, point.bullet, header))
        else:
            out.append(point)
    return tuple(out)


def _header_row(row: Unit, parsed: dict[str, list[Unit]]) -> Unit | None:
    """The nearest row above a row of figures, in the same chunk and with as many cells, that names columns."""
    if _CELL not in row.quote:
        return None
    figures = [cell for cell in row.quote.split(_CELL)[1:] if _DIGIT.search(cell) and len(cell.split()) <= 3]
    if not figures:  # only a row of figures needs its column names
        return None
    cells = row.quote.count(_CELL)
    if row.chunk.id not in parsed:  # units of each chunk, parsed once per answer (or once at all)
        parsed[row.chunk.id] = _chunk_units(row.chunk)
    units = parsed[row.chunk.id]
    above = [u for u in units if u.start < row.start and u.kind in ("row", "item") and u.quote.count(_CELL) == cells]
    for candidate in reversed(above):
        if _names_columns(candidate.quote.split(_CELL)):
            return candidate
    return None


@lru_cache(maxsize=4096)
def _chunk_units(chunk: Chunk) -> list[Unit]:
    """A chunk's units, parsed once: chunks are immutable and their ids are digests of their text."""
    return units_of(chunk)[0]


def _names_columns(cells: list[str]) -> bool:
    """Short labels or years, not sentences or figures: "JAN-DEC | 2013 | 2014 | % change"."""
    return all(len(cell.split()) <= 5 and not cell.rstrip().endswith(".") for cell in cells) and all(
        _HEADER_CELL.fullmatch(cell.strip()) for cell in cells[1:]
    )


def _describing(definition: Unit, scored_units: list[tuple[Unit, _Scored]]) -> list[Unit]:
    """The best sentence that says more about a defined term: one naming it, ideally in defining words."""
    acronym_or_words = re.compile(
        "|".join(re.escape(part) for part in re.split(r"\s*[()\-–—:]\s*", definition.quote) if len(part) > 1), re.I
    )
    candidates = [
        unit
        for unit, _ in scored_units[:12]
        if unit.kind in ("sentence", "item")
        and len(unit.quote.split()) >= 6
        and unit.quote.strip() != definition.quote.strip()
        and acronym_or_words.search(unit.quote)
    ]
    defining = [unit for unit in candidates if _DEFINING.search(unit.quote)]
    return (defining or candidates)[:1] or [unit for unit, _ in scored_units[:1] if unit.quote != definition.quote]


def _of_year(
    unit: Unit, years: tuple[int, ...], asked: list[frozenset[int]], naming: set[frozenset[int]] | None = None
) -> bool:
    """Whether a figure is of an asked year: named in its own words or, failing that, beside it (its paragraph,
    section or table header), or, when it names no time, the year falls within its plan's period (a plan's own
    targets are for its period). A span is the year asked when one holds the other: "2017" is in "2017/18",
    but "2016/17" is not "2017/18"."""
    meta = unit.chunk.metadata
    if meta.period_start is not None and naming:
        term = frozenset(range(meta.period_start, (meta.period_end or meta.period_start) + 1))
        named = term in naming or frozenset({meta.period_start}) in naming  # "Southwark's 2017 plan": its first year
        if named and all(span in naming for span in asked):
            return True  # the years name plans ("Sutton's 2021-24 strategy", this one among them), not a time asked
    outside = [
        year
        for year in years
        if meta.period_start is None or not meta.period_start <= year <= (meta.period_end or meta.period_start)
    ]
    # a figure's own words say its time ("In 2017-18, £7.3m ..."); failing that, the sentence it takes up ("Crime
    # fell from 120 in 2011-12 to 102 in 2015-16. This represents a 9% reduction"), or what it is said under
    before = antecedent(unit)
    said = (
        year_spans(unit.quote)
        or (year_spans(before.quote) if before is not None else [])
        or year_spans(f"{_setting(unit)} {_section_below_title(unit)} {_table_head(unit)}")
    )
    if any(span <= other or other <= span for span in asked for other in said):
        return True
    if said:
        return False  # the figure says it is of another time ("2017/18 target", "in 2016/17")
    return not outside


def _section_below_title(unit: Unit) -> str:
    """A unit's section path without the plan's own title at its head ("Wexcombe Community Safety Plan 2021-24 >
    What the figures show"): the plan's years are its period, not the time of each figure under it."""
    levels = (unit.chunk.section or "").split(" > ")
    if levels and " ".join(levels[0].split()).lower() == " ".join(unit.chunk.metadata.title.split()).lower():
        levels = levels[1:]
    return " > ".join(levels)


def _year_before(unit: Unit, asked: list[frozenset[int]]) -> bool:
    """Whether a figure that names no time sits in a passage that said an asked year before it ("A
    consultation ran in summer 2016 ... When asked if they felt safe, 71.85% agreed"): likely of that year,
    less surely than one said beside it."""
    heading = (unit.chunk.section or "").split(" > ")[-1]  # its own heading (the path may start with the title)
    if year_spans(f"{unit.quote} {_setting(unit)} {heading} {_table_head(unit)}"):
        return False
    before = year_spans(unit.chunk.text[: unit.start])
    return any(span <= other or other <= span for span in asked for other in before)


def _table_head(unit: Unit) -> str:
    """The header row of the table a row is in, if there is one above it in the chunk."""
    if _CELL not in unit.quote:
        return ""
    header = _header_row(unit, {})
    return header.quote if header is not None else ""


def _table_labels(unit: Unit) -> str:
    """What labels a table row: its header row and the one-cell label rows between it and the row
    ("JAN-DEC | 2013 | 2014" ... "MOPAC Priority Offences"); "" for anything but a row of a table."""
    if unit.kind != "row" or _CELL not in unit.quote:
        return ""
    header = _header_row(unit, {})
    if header is None:
        return ""
    between = unit.chunk.text[header.end : unit.start].split("\n")
    labels = [line.strip() for line in between if line.strip() and _CELL not in line and len(line.split()) <= 6]
    return " ".join([header.quote, *labels])


_TARGET_QUESTION = re.compile(r"\btargets?\b", re.I)


def _asks_target(text: str) -> bool:
    """Whether a question asks for a target, not says what someone targets ("rogue traders who target vulnerable
    people")."""
    return bool(_TARGET_QUESTION.search(TARGET_VERB.sub(" ", text)))


# Asks whom a thing is for: "who is the scheme meant for?", "who are they aimed at in each?", "for whom?"
_FOR_WHOM = re.compile(
    r"\bwho(?:m)?\b[^?]*\b(?:for|aimed at|meant for|targeted at|intended for|designed for|at)\s*\??$|"
    r"\bwho(?:m)? (?:is|are|was|were)\b[^?]*\b(?:aimed|meant|targeted|intended|designed) (?:at|for)\b|\bfor whom\b",
    re.I,
)
# ... answered by evidence that names a group of people
_GROUPS = (
    r"(?:women|girls|men|boys|children|young people|youths?|teenagers|victims|survivors|residents|families|"
    r"parents|older people|elderly|vulnerable (?:people|adults|residents)|businesses|students|offenders)"
)
_GROUP_NAMED = re.compile(rf"\b{_GROUPS}\b", re.I)
# ... and more surely by evidence that says the group is whom it serves: "where women can access safety",
# "particularly amongst young people", "to support victims", not "engaging with various businesses"
_GROUP_SERVED = re.compile(
    rf"\b(?:for|where|amongst|among|particularly|especially|aimed at|targeted at|support(?:s|ing)?|help(?:s|ing)?)\s+"
    rf"(?:(?:all|local|more|female|male|vulnerable|young|older|\w+ing)\s+)?{_GROUPS}\b",
    re.I,
)
_FOR_WHOM_BONUS = 0.1
_CHANGE_BONUS = 0.1  # a sentence giving the figures a thing moved between, for a question asking how it changed
_CAPTION_CHARS = 1200  # characters before a table's header row read as what the table is of (its heading, lead-in)
_MOST = re.compile(r"\b(?:the )?(?:most|furthest|biggest|largest|greatest|sharpest|steepest)\b", re.I)
# "Who runs / delivers / provides ...?", "which organisation runs ...?": asks who does a thing
_WHO_DOES = re.compile(
    # at the start of the question, or of its asking clause ("X vs Y: who runs ...?", "My bus was late. Who runs ...?")
    r"(?:^|[:;]|[.!?](?=\s)|\s[-–—]|[–—])\s*"
    r"(?:who|which (?:organisation|organization|charity|agency|provider|company|body|service))\b"
    r"(?!\s+(?:else\s+)?(?:is|are|was|were)\b)",  # "who (else) are they working with?" asks who they are
    re.I,
)
# "who does the team work with?", "who does it answer to?": whom with or to, not by whom
_PARTNER_ASKED = re.compile(r"\b(?:with|alongside|to)\W*(?:\([^)]*\)\W*)?$", re.I)
_DONE_BY = re.compile(
    r"\b(?:(?!(?:follow|affect|caus|measur|indicat|evidenc|illustrat|demonstrat|represent|compar|driv)ed)[a-z]+ed|"
    r"run|led|carried out|undertaken|written|done|given|held|taken|overseen|drawn up) by\s+"
    r"(?:the\s+)?[A-Z]"  # "... delivered by Refuge", "reviewed by the Scrutiny Panel"
)
# Whom a survey's share counts is said many ways: "residents" asked are "respondents", "those questioned".
_PEOPLE = frozenset(terms("residents respondents people public persons individuals participants citizens"))
_PEOPLE_SAID = re.compile(r"\b(?:those|people|residents) (?:questioned|asked|surveyed|polled|consulted)\b", re.I)
# A figure asked of the past ("how many did it record?", "were there", "actually") wants what happened.
_ACTUAL_QUESTION = re.compile(
    r"\b(did|were there|was there|actually|so far|to date|achieved|recorded|currently|at the moment|at present)\b", re.I
)
# whether a target was met: "did it hit its 250 referral target?", "was the target achieved?"
_TARGET_MET = re.compile(
    r"\b(?:hit|meet|met|achieved?|reach(?:ed)?|miss(?:ed)?|exceed(?:ed)?|beat)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:targets?|goals?)\b|"  # ("did it hit its 250 referrals goal?")
    r"\b(?:targets?|goals?)\s+(?:was\s+|were\s+|been\s+)?(?:hit|met|achieved|reached|missed|exceeded|beaten)\b",
    re.I,
)
# ... and what says how it went against one
_OUTCOME_SAID = re.compile(
    r"\b(?:achieved|exceeded|met|missed|surpassed|reached|on track|off track|against (?:a|the|its|our) target)\b",
    re.I,
)
# One of several of a kind, by its place: "the second survey" is not answered by what "the first survey" found.
# Not a time ("in the first year", "first 12 months", "first time entrants"): that is when, not which one.
_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\b(?![-‐])"  # "first-choice concerns": no place
    r"(?!\s+(?:\d+\s+)?(?:years?|months?|quarters?|weeks?|days?|time|half|phase|stage)\b)",
    re.I,
)
_CONTACT_LINES = 2  # lines after the one naming where to write or ring, down to the address or number
_POSTAL_LINES = 5  # ... down to the postcode of an address to write to, past a phone number given first
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")  # "SE6 4RU"
_POSTAL_ASKED = re.compile(r"\b(?:postal|post|postcode|write|send|letter)\b|(?<!e-mail )(?<!email )\baddress\b", re.I)
# A request put as a question ("can you give me ...?", "could you tell me ...?"): it asks for the thing, not whether
_REQUEST = re.compile(
    r"^\W*(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|just\s+)?(?:give|tell|send|share|provide|find|let)\b",
    re.I,
)
_EMAIL_ASKED = re.compile(r"\be-?mail(?:\s+address(?:es)?)?\b", re.I)
_EMAIL_GIVEN = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# the other ways a plan gives to get in touch, as an answer says them
_WAYS_TO_CONTACT = (
    ("a telephone number", re.compile(r"\b(?:tel(?:ephone)?|phone)\b|\d{4}\s?\d{3}\s?\d{4}", re.I)),
    ("a postal address", re.compile(r"\bpost\b|(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)", re.I)),
    ("a website", re.compile(r"\bwww\.|https?://", re.I)),
)
_CONTACT_GIVEN = re.compile(
    r"\d[\d ]{6,}\d|@|\bwww\.|https?://|\.gov\.uk\b|\.org\.uk\b|\.com\b|"
    r"(?-i:\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b)",  # a postcode ("SE6 4RU"): an address to write to
    re.I,
)
_TARGET_NAMED = re.compile(r"\b(?:targets?|goals?)\b", re.I)
# A figure the plan commits to, not one it reports: "We will recruit 20 Hate Crime Champions".
_COMMITTED = re.compile(r"\b(?:will|aims? to|plans? to|intends? to|seeks? to)\s+(?:[a-z]+\s+){1,3}?\d", re.I)
_AIMED_QUESTION = re.compile(
    r"\b(targets?|aim\w*|goals?|plan(?:s|ned)? to|want\w*|expect\w*|hop\w*|ambitions?|set|"
    r"agree[sd]? to|commit\w*|pledge[sd]?|promis\w*|undert(?:ake|akes|ook|aken)|maintain\w*|"
    r"keep\w*(?: \w+){0,4} (?:within|below|under|above|at))\b",
    re.I,
)  # what is aimed for, in a plan's words of commitment too: "the rate it agreed to keep its MARAC within"
# (not "the chairs or the board: who reviewed it?", where the chairs are one of the answers offered)
_WHO_CHAIRS = re.compile(
    r"\bwho\b[^?]*\b(?:co-?)?chair(?!\w*\s+or\b)|\b(?:co-?)?chair\w*\b(?!\s+or\b)[^?]*\bwho\b", re.I
)
# A chair named: "chaired by the Director of ...", "Chair: Cllr ...", "Councillor X chairs", not "the Chair and
# Coordinator of the MARAC meet ...".
_ROLE_TITLE = r"(?:Councillor|Cllr|Director|Head|Chief|Superintendent|Mayor|Commander|Leader|Deputy|Lead Member)"
_CHAIR_NAMED = re.compile(
    r"\b(?i:chair(?:ed)?)\s+(?:jointly\s+)?by\s+(?:the\s+|a\s+|an\s+)?[A-Z]"
    r"|\b(?i:(?:co-?)?chair(?:man|person|woman)?s?)\s*(?:is|are|was|were|will be|:|[-–—])\s*(?:the\s+)?[A-Z]"
    rf"|\b{_ROLE_TITLE}\b[^.]{{0,80}}\b(?i:(?:co-?)?chair)"
    rf"|\b(?i:(?:co-?)?chair(?:s|ed)?)\b[^.]{{0,40}}\b{_ROLE_TITLE}\b"
)
# Who holds a post or won a seat ("Who is the borough commander?", "Who won the mayoral election?", "who was
# the cabinet member for ...?"): a person, by name ...
_WHO_HOLDS = re.compile(
    r"(?:^|[:—–]\s+)\W*who(?:\s+(?:is|was|are|were|won|became)\b|\s*['’]s\b)(?:\s+(?:the|their|its|our|[\w'’-]+'s|"
    r"[\w'’-]+’s))?"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:commander|commissioner|mayor|leader|councillor|cabinet member|lead member|"
    r"chief executive|chief constable|superintendent|inspector|mp|minister|winner|elected|election|"
    r"marshall?|warden|officer|director|manager|co-?ordinator|(?:co-?)?chairs?)\b|"
    r"(?:^|[:—–]\s+)\W*who\s+(?:won|became)\b|"
    # "who was the MPS lead for violence, by name?", "the names of whoever co-chairs it": a name, whatever the post
    r"\b(?:by|his|her)\s+names?\b|\bnames?\s+of\s+(?:whoever|the\s+people|the\s+person|those)\b|"
    # "what's the name of the new Hate Crime Officer?": a person's name is asked, whatever the post
    r"\bwhat(?:'s|’s|\s+is|\s+was)\s+(?:the\s+)?names?\s+of\s+(?:the|their|its|our)\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:officer|commander|commissioner|mayor|leader|councillor|manager|director|co-?ordinator|chair|lead|chief)\b|"
    # "what's the Chair's name?", "the new coordinator's full name"
    r"\b(?:officer|commander|commissioner|mayor|leader|councillor|manager|director|co-?ordinator|chair|chairman|"
    r"chairperson|lead|chief)(?:'s|’s)\s+(?:full\s+|actual\s+)?names?\b",
    re.I,
)
# ... as a plan names one: "Councillor Asma Begum", "Cllr Smith", "Caroline Thwaites, Assistant Director",
# "| Denise Radley" (a document-control cell), "Sir Mark Rowley".
_PERSON_NAMED = re.compile(
    r"\b(?:Councillor|Cllr\.?|Mayor|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Lord|Baroness|Commissioner|Commander|"
    r"Superintendent|Inspector)\s+[A-Z][a-z]+|"
    r"\b[A-Z][a-z]+(?:[- ][A-Z][a-z]+)+,\s+(?:[A-Z][\w&-]*\s+)*(?:Director|Head|Manager|Officer|Commander|Leader|"
    r"Chair|Executive|Member|Lead)\b|"
    r"(?:^|\|)\s*[A-Z][a-z]+ [A-Z][a-z]+(?:-[A-Z][a-z]+)?\s*(?:\||,|$)"
)
_TARGET_WORDS = re.compile(r"\b(targets?|targeted|aims? (?:to|for)|aiming|ambition|goal|by (?:19|20)\d{2})\b", re.I)


_TARGET_FRAME = frozenset(
    terms(
        "target targets set sets aim aims goal goals level levels figure reach "
        # words that say where or how a plan gives it ("what target appears in / is given in the strategy?")
        "appear appears given gives include includes contain contains mention mentions state states list lists "
        # ... or when it is for ("up to which year does the target run?", "when does it end?")
        "run runs last lasts end ends expire expires due"
    )
)


_QUARTER = re.compile(r"\b(?:q([1-4])|quarter\s+([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter)\b", re.I)
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def quarters_in(text: str) -> set[int]:
    """The quarters of a year a text names: "Q3", "quarter 3", "the third quarter"."""
    return {
        int(found.group(1) or found.group(2)) if not found.group(3) else _QUARTER_WORDS[found.group(3).lower()]
        for found in _QUARTER.finditer(text)
    }


def _same_quarter(unit: Unit, asked: set[int]) -> bool:
    """Whether a figure is of a quarter asked: its own words, or what it is said under, name that quarter or
    none ("In Q3, the video was watched 130,000 times" is not of Q4)."""
    said = quarters_in(unit.quote) or quarters_in(f"{_setting(unit)} {_table_head(unit)}")
    return not said or bool(said & asked)


def _places_of(text: str) -> set[tuple[str, str]]:
    """A thing named by its place: ("third", "prioriti") for "the Third priority"."""
    return {
        (match.group(1).lower(), stem(match.group(2).lower()))
        for match in re.finditer(rf"{_ORDINAL.pattern}\s+([A-Za-z]+)", text, re.I)
    }


_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_RANKS |= {f"{place}{suffix}": place for place, suffix in zip(range(1, 6), ("st", "nd", "rd", "th", "th"), strict=True)}
_RANK_HEADER = re.compile(r"^\s*(?:position|rank(?:ing)?|place|pos\.?)\s*$", re.I)


_RANK_TERMS = frozenset(terms(" ".join(_RANKS)))


def _ranks_asked(text: str) -> set[int]:
    """The places in an order a question asks for: {4, 5} for "which came fourth and fifth?"."""
    places = {_RANKS[word.lower()] for word in _ORDINAL.findall(text) if word.lower() in _RANKS}
    runners = _RUNNERS_UP.search(text)
    if runners is not None:  # "and the runners-up?": the places after the first
        places |= {2, 3} if runners.group(1).lower().startswith("runners") else {2}
    return places


_RUNNERS_UP = re.compile(r"\b(runners?)[\s‐-]+up\b", re.I)


def _rank_of(unit: Unit) -> int | None:
    """The place a row of a ranking table gives its thing (its first cell, under "Position" or "Rank")."""
    if unit.kind != "row" or _CELL not in unit.quote:
        return None
    head = _table_head(unit)
    first = unit.quote.split(_CELL, 1)[0].strip()
    if not head or not _RANK_HEADER.match(head.split(_CELL, 1)[0]) or not first.isdigit():
        return None
    return int(first)


def _ranked(units: Sequence[Unit]) -> list[tuple[Unit, int]]:
    """The rows of ranking tables among units, each with its place: the number its first cell gives, or for a
    row that leaves its place blank (a cell fewer than its table's header) just before the row placed second,
    first."""
    found: list[tuple[Unit, int]] = []
    for at, unit in enumerate(units):
        rank = _rank_of(unit)
        if rank is None and unit.kind == "row" and 0 < at < len(units) - 1 and _rank_of(units[at + 1]) == 2:
            head = _table_head(units[at + 1])  # a ranking table's header, just above this row
            blank = units[at - 1].quote == head and len(unit.quote.split(_CELL)) == len(head.split(_CELL)) - 1
            rank = 1 if blank else None
        if rank is not None:
            found.append((unit, rank))
    return found


def _same_place(text: str, ordinals: set[str]) -> bool:
    """Whether a text says nothing of another one by its place: it names none of first, second, ... or one the
    question names."""
    said = {word.lower() for word in _ORDINAL.findall(text)}
    return not said or bool(said & ordinals)


def _titled(name: str, text: str) -> bool:
    """Whether a text gives a person's name with a title after it ("Caroline Thwaites, Assistant Director")."""
    return re.search(rf"\b{re.escape(name)}\s*(?:,|–|-)\s*[A-Z][a-z]", text) is not None


def _target_subject(question: Question) -> tuple[str, ...]:
    """What a target question asks the target for: its key terms bar the words of asking for a target and
    those naming the plans ("hate crime targets: Sutton strategy vs Southwark scrutiny report")."""
    naming = set(terms(question.text)) - set(terms(without_plans_of(question.text, question.councils)))
    return tuple(
        term
        for term in question.key_terms
        if term not in _TARGET_FRAME and term not in question.carried and term not in naming
    )


def _sets_target(unit: Unit) -> bool:
    """Whether a unit states a target: the word is in it, its paragraph, or its table's header row."""
    return bool(_TARGET_WORDS.search(f"{_setting(unit)} {_table_head(unit)}"))


def _without_column_names(item_list: ItemList) -> ItemList | None:
    """A list without the rows that only name columns, or None when fewer than two items are left."""
    items = tuple(item for item in item_list.items if not _names_columns_only(item))
    if len(items) == len(item_list.items):
        return item_list
    return ItemList(item_list.chunk, item_list.lead_in, items) if len(items) >= 2 else None


def _names_columns_only(unit: Unit) -> bool:
    """A table row that only names columns ("ASPECT | Tackling Youth Violence | Reducing Reoffending"): three
    or more cells, no sentence, no figure. It heads what answers (a table read column by column), and answers
    nothing (a row of two labels is a name and its value: "Lead Member | Councillor Jane Smith")."""
    cells = unit.quote.split(_CELL)
    return len(cells) > 2 and not any(_DIGIT.search(cell) or cell.rstrip().endswith(".") for cell in cells)


def _leads_into(sentence: Unit, item_list: ItemList, name: str | None) -> bool:
    """Whether a sentence opens the paragraph that leads into a list, and that paragraph names, whole, the thing
    a question asks the meaning of."""
    lead, named = item_list.lead_in, set(terms(name or ""))
    if lead is None or not named or not named <= set(terms(lead.quote)):
        return False
    return _opens(sentence, item_list, within=True) and _within(sentence, lead)


def _opens(sentence: Unit, item_list: ItemList, within: bool = False) -> bool:
    """Whether a sentence opens a list that follows it closely in its passage: the list's lead-in comes
    after at most one more sentence ("... introducing 6 new powers. This tool kit ... . The 6 new powers
    include:"), so the list is what the sentence is about."""
    lead = item_list.lead_in
    if lead is None or lead.kind == "heading" or lead.chunk.id != sentence.chunk.id or _same(lead, sentence):
        return False
    if within and _within(sentence, lead):  # `within`: the paragraph it opens leads into the list
        between = sentence.chunk.text[sentence.end : lead.end]
        return len(split_sentences(between.strip())) <= 1 and len(between.split()) <= _BETWEEN_WORDS
    if lead.start < sentence.end:
        return False
    between = sentence.chunk.text[sentence.end : lead.start]
    return len(split_sentences(between.strip())) <= 1 and len(between.split()) <= _BETWEEN_WORDS


# a sentence that says what it says of someone or something named before it: "It is accountable to ...",
# "Trained staff will help them ..."
# "Among other provisions, the act places ...": a law spoken of as one named before ...
_LAW_BACK = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[Aa]ct|legislation|law|[Rr]egulations|[Bb]ill)\b")
# ... where a sentence naming one names it ("the Counter-Terrorism and Security Act", "... Regulations 2007").
_LAW_NAMED = re.compile(
    r"\b(?!(?:The|This|That)\s+(?:Act|Regulations)\b)[A-Z][\w'’&-]*(?:\s+(?:[A-Z(][\w'’&(),-]*|and|of|for|the))*"
    r"\s+(?:Act|Regulations)\b"
)
_KIND_OF_BODY = r"(?:team|service|programme|scheme|project|unit|hub|initiative|pilot|panel|board|group|network)"
_LIST_BACK = re.compile(r"^\s*(?:This|These|It|They|Together|Altogether|In total)\b")  # an item summing up its list
_PRONOUN_START = re.compile(
    r"^\s*(?:It|They|Its|Their)\b|^\s*(?:[A-Za-z]+\s+){1,5}(?:them|him|her)\b|"
    # "This links to the broader work ...", "This reflects ...": a demonstrative that is the subject of a verb
    # saying how it bears on what came before ("This will cost less" says something new)
    r"^\s*(?:This|These|That)\s+(?:links?|linked|reflects?|reflected|represents?|represented|builds? on|"
    r"built on|follows? on|followed on|forms? part|formed part|feeds? into|fed into|sits? within)\b|"
    # what the sentence before said, taken up: "For which a new service will be in place from August 2024."
    r"^\s*(?:(?:For|In|Of|By|Through|With|From|Under|To|At)\s+)?which\b",
    re.I,
)
# a thing called by its kind alone just after the sentence that names it: "The Integrated Offender Management (IOM)
# Programme has ... The multi agency team now manages ..."
_KIND_BACK = re.compile(
    rf"^\s*(?:The|This)\s+(?:[\w-]+\s+){{0,2}}?{_KIND_OF_BODY}\s+(?!of\b|for\b|called\b|named\b)[a-z]", re.I
)
_KIND_SPOKEN_OF = re.compile(rf"^\s*(?:The|This)\s+(?:[\w-]+\s+){{0,2}}?({_KIND_OF_BODY})\b", re.I)
_NAMED_BACK = 5  # sentences back that may name what a sentence speaks of as "this programme"
# what names a thing: an acronym, or words in capitals ("IOM", "Youth Offending Team")
_NAMING = re.compile(r"\b[A-Z]{2,}\b|\b[A-Z][a-z]+(?:\s+(?:of\s+|and\s+)?[A-Z][a-z]+)+\b")


def _dated_before(unit: Unit) -> bool:
    """Whether a sentence that speaks of "the act" without naming it follows the sentence that names it with its
    date ("The Wraxby Act received Royal Assent on 3 May 2016. Among other provisions, the act ..."): the two
    answer "when was the act that ...?" together, and the answer shows the sentence before first."""
    if unit.kind != "sentence" or not _LAW_BACK.search(unit.quote) or _LAW_NAMED.search(unit.quote):
        return False
    before = antecedent(unit)
    return before is not None and _DATES.search(before.quote) is not None


def antecedent(unit: Unit) -> Unit | None:
    """The sentence before a sentence that opens with a pronoun ("It is accountable to ..."), or that speaks
    of "the act" without naming it, in the same paragraph: it names what the pronoun stands for. A list
    item that opens with one ("This brings the total number of Council Police officers to 39") speaks of the
    list: its lead-in ("The Mayor in Cabinet has recently agreed to fund further Police Officers ...:")."""
    if unit.kind == "item" and _LIST_BACK.match(unit.quote):
        return next(
            (
                item_list.lead_in
                for item_list in units_of(unit.chunk)[1]
                if item_list.lead_in is not None
                and item_list.lead_in.kind != "heading"
                and any(item.start == unit.start for item in item_list.items)
            ),
            None,
        )
    if unit.kind != "sentence":
        return None
    kind_back = _KIND_BACK.match(unit.quote) is not None
    if (
        not _PRONOUN_START.match(unit.quote)
        and not kind_back
        and not (_LAW_BACK.search(unit.quote) and not _LAW_NAMED.search(unit.quote))
    ):
        return None
    before = _sentence_before(unit)
    if before is None:
        return None
    if _THIS_KIND.search(before.quote) and not _NAMING.search(before.quote.split(" ", 1)[-1]):
        # "With regard to our Advice and Guidance Programme ... Officers ... review the impact of this programme
        # ... The programme is funded by ...": the sentence before speaks of it too, and the one before that names it
        first = _sentence_before(before)
        if first is not None and _NAMING.search(first.quote.split(" ", 1)[-1]):
            return Unit(unit.chunk, first.start, before.end, "sentence")
    if kind_back and not _NAMING.search(before.quote.split(" ", 1)[-1]):
        # "The board was formed in 2019. The board brings ...": the sentence before names nothing; one further
        # back may name it ("With regard to our Advice and Guidance Programme ... This programme has also ...")
        return _named_earlier(unit, before)
    return before


# a paragraph's own number ("3.7 The council ..."): no figure it gives
_NUMBERED = re.compile(r"^\W*\d+(?:\.\d+)*\.?\s")


def _bare_title(text: str) -> str:
    """A line as a title, whatever its number, emphasis and closing punctuation ("24. **Keep it safe:**": "keep it
    safe")."""
    return _NUMBERED.sub("", text.strip()).strip(" *_").rstrip(",.;:").strip(" *_").lower()


def _named_earlier(unit: Unit, before: Unit) -> Unit | None:
    """The sentence of a unit's paragraph, a few before it, that names the kind of thing the unit opens by speaking
    of ("This programme ...": "... our Information, Advice and Guidance Programme ..."), if one does."""
    kind = _KIND_SPOKEN_OF.match(unit.quote)
    if kind is None:
        return None
    named = re.compile(
        rf"\b(?!(?:The|This|That|These|Our|Its|Their|An?)\s)[A-Z][\w'’-]*\s+(?i:{re.escape(kind.group(1))})\b"
    )
    earlier: Unit | None = before
    for _ in range(_NAMED_BACK):
        earlier = _sentence_before(earlier) if earlier is not None else None
        if earlier is None:
            return None
        if named.search(earlier.quote):
            return earlier
    return None


# "the impact of this programme": a sentence that speaks of a thing the sentence before it named
_THIS_KIND = re.compile(rf"\b(?:this|that|the same)\s+(?:[\w-]+\s+){{0,2}}?{_KIND_OF_BODY}\b", re.I)


def _sentence_before(unit: Unit) -> Unit | None:
    """The sentence just before a unit in its paragraph, if there is one."""
    text = unit.chunk.text
    words_start = line_words(text, unit.start)  # not a list item's marker or number
    spans = split_sentences(text[words_start : unit.start]) if words_start < unit.start else []
    if not spans:
        return None
    start, end = spans[-1]
    return Unit(unit.chunk, words_start + start, words_start + end, "sentence")


def _opens_passage(unit: Unit) -> bool:
    """Whether a unit is the first words of its passage (bar headings): a lead-in the chunker repeated."""
    return not any(other.kind != "heading" and other.start < unit.start for other in units_of(unit.chunk)[0])


def _items_under(chunk: Chunk, lead: Unit) -> list[Unit]:
    """The list items that follow a lead-in in a passage, one or more (a list of one is no list to
    `units_of`, but it is the end of a list split over passages)."""
    units, lists = units_of(chunk)
    found = next((lst for lst in lists if lst.lead_in is not None and _same(lst.lead_in, lead)), None)
    if found is not None:
        return list(found.items)
    start = next((unit.end for unit in units if _same(unit, lead)), None)
    if start is None:
        return []
    text = chunk.text
    line_start = text.find("\n", start) + 1
    if line_start <= 0:
        return []
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    words = line_words(text, line_start)
    if not text[line_start:line_end].lstrip().startswith("- ") or words >= line_end:
        return []
    return [Unit(chunk, words, line_end, "item")]


def _counts_out(question: Question, sentence: Unit, item_list: ItemList) -> bool:
    """A sentence that names as many things as the question counts answers it over a list of another size; so
    does one that gives the count of the thing a "how many ...?" question counts ("identified 3 areas" for "the
    number of areas found to be ..."), over a list that is not of that many."""
    count = question.expected_count
    if count is not None:
        return len(item_list.items) != count and _enumerates(sentence.quote, count)
    if not question.counted or not _COUNT_ASKED.search(question.text):
        return False
    said = count_said(sentence.quote, question.counted)
    return said is not None and said != len(item_list.items)


_COUNT_ASKED = re.compile(r"\bhow many\b|\bnumber of\b", re.I)


def _enumerates(sentence: str, count: int) -> bool:
    """Whether a sentence names as many things as a question counts, in a run of commas after a colon or
    "are"/"include" ("The seven areas are Governance, Analysis and Enforcement, ..., Positive Diversion")."""
    opening = re.search(r":|\b(?:are|were|include|includes|including|namely)\b", sentence)
    if opening is None or count < 3:
        return False
    named = sentence[opening.end() :].count(",") + sentence[opening.end() :].count(";") + 1
    return abs(named - count) <= 1


def _named_cell(question: Question, scored_units: list[tuple[Unit, _Scored]]) -> tuple[Unit, _Scored] | None:
    """A table cell read column by column whose column and row labels the question both names ("the
    objectives under Child Sexual Exploitation", "the focus for hate crime"), when it scores near the best
    evidence: a list question about one row of one column is answered by the whole cell, not by the
    sentence of it (or of the next cell) that scores best."""
    if not question.wants_list or not scored_units:
        return None
    best = scored_units[0][1].score
    asked = set(terms(question.text))
    named: list[tuple[float, Unit, _Scored]] = []
    for unit, scored in scored_units:
        # a cell of one sentence has that sentence for its whole
        whole = unit.kind == "cell" or unit.chunk.cell and unit.start == 0 and unit.end >= len(unit.chunk.text.rstrip())
        if not whole or scored.score < best - _CELL_MARGIN:
            continue
        labels = (unit.chunk.section or "").split(" > ")[-2:]
        shares = []
        for label in labels:
            words = {term for term in terms(label) if len(term) > 2}
            shares.append(len(words & asked) / len(words) if words else 0.0)
        if len(shares) == 2 and min(shares) > 0:
            named.append((sum(shares), unit, scored))
    if not named:
        return None
    _, unit, scored = max(named, key=lambda found: (found[0], found[2].score))
    return unit, scored


_SAYING_SUPPORT = 0.6  # share of the question's words one point must say for a plan to be one that says it
_SAYING_POINTS = 2  # points each plan's part of a "which plans say X?" answer quotes
_CELL_MARGIN = 0.15  # how far below the best evidence a cell the question names by its labels may score
_TABLE_ASKED = re.compile(r"\b(?:tables?|rows?|columns?)\b", re.I)
_CELL_NAMED = 1.5  # ... and how fully (the shares of its column's and its row's words) it names one it did not rank


def _label_share(label: str, asked: set[str]) -> float:
    """The share of a table label's words (of three letters or more) that a question says."""
    words = {term for term in terms(label) if len(term) > 2}
    return len(words & asked) / len(words) if words else 0.0


def _front_label_asked(question: Question, unit: Unit) -> bool:
    """Whether a row of a document's contents or document control has a label that the question names, or
    nearly all of it ("on what date was the final report sent to the Constitutional Team?": "Date final report
    sent to Constitutional Team / Scrutiny Team | 13 February 2023")."""
    label, bar, _ = unit.quote.partition(" | ")
    named = {term for term in terms(label) if len(term) > 2 and not term.isdigit()}
    if not bar or not named:
        return False
    return len(named & set(terms(question.text))) >= _NAMED_SHARE * len(named)


def _labelled(unit: Unit) -> bool:
    """A unit its heading names: part of a table's cell (read under its column and row labels), or the
    whole text of its passage (a passage of one sentence, filed under its section)."""
    return unit.chunk.cell or (unit.start == 0 and unit.end >= len(unit.chunk.text.rstrip()))


_NAMING_WORDS = 3  # a heading this short is a name ("EP", "Burglary", "MOPAC Challenge"), not a sentence


def _heading_asked(question: Question, unit: Unit) -> bool:
    """Whether the question names, whole, the short heading a unit is under: the lines under "MOPAC Challenge"
    are what "the MOPAC challenge" is, though they never say its name themselves."""
    heading = (unit.chunk.section or "").split(" > ")[-1]
    named = set(terms(heading))
    return 0 < len(heading.split()) <= _NAMING_WORDS and bool(named) and named <= set(question.key_terms)


_UNDER_QUOTED = 3  # sentences of what is written under a heading a question quotes, from its start
# A heading a question quotes ("under 'Reasons for Urgency'"): in quotation marks, as a heading is named
_QUOTED_WORDS = re.compile(r"(?:^|(?<=[\s(]))['‘\"“]([^'’\"”]{3,80})['’\"”]")


def _quoted_heading(question: Question, unit: Unit) -> bool:
    """Whether the question quotes, word for word, a heading the unit is under: what is written under it is what
    the question asks about, in whatever words it answers."""
    quoted = [set(terms(said)) for said in _QUOTED_WORDS.findall(question.text)]
    headings = [set(terms(heading)) for heading in (unit.chunk.section or "").split(" > ")]
    return any(
        said == heading and sum(not term.isdigit() for term in said) >= 2 for said in quoted for heading in headings
    )


def _actions_under_named_heading(question: Question, item_list: ItemList) -> bool:
    """ "What will they do about burglary?" asks for the actions a plan lists under a heading the question
    names whole ("Burglary"): the list, not the one sentence elsewhere that has the word."""
    if not _DOING_ABOUT.search(question.text) or item_list.lead_in is not None and item_list.lead_in.kind != "heading":
        return False
    heading = (item_list.chunk.section or "").split(" > ")[-1]
    named = {term for term in terms(heading) if len(term) > 2}
    return bool(named) and named <= set(terms(question.text))


def _heading_named(question: Question, item_list: ItemList) -> bool:
    """Whether the list's own heading says what kind of list it is and the question names it whole:
    "which council plan priorities ...?" names "COUNCIL PLAN PRIORITIES 2014 - 2018", "list the cross-cutting
    themes" names "There are also 4 cross-cutting themes:". A heading of one word ("Burglary") names a
    subject, not a list (`_actions_under_named_heading`)."""
    lead = item_list.lead_in
    if lead is None or lead.kind != "heading" or not _LIST_KINDS.search(lead.quote):
        return False
    named = {term for term in terms(lead.quote) if len(term) > 2 and not term.isdigit()}
    return len(named) >= 2 and named <= set(terms(f"{question.text} {question.expanded.question}"))


def _under_heading_said(question: Question, item_list: ItemList) -> bool:
    """Whether the list sits right under a heading the question says whole, a heading that says more than a
    subject's name ("What do people in Lewisham say they want?": "What people in Lewisham want"; not "Hate
    Crime", which names what the list is about, not what it is)."""
    lead = item_list.lead_in
    if lead is None or lead.kind != "heading":
        return False
    if not _CLAUSE_HEADING.match(lead.quote):
        return False
    named = {term for term in terms(lead.quote) if len(term) > 2 and not term.isdigit()}
    return len(named) >= 2 and named <= set(terms(question.text))


def _under_asked_heading(question: Question, item_list: ItemList) -> bool:
    """Whether the list sits right under a heading that introduces it ("Our pledge to you We will:") and says
    a word the question asks with (not one it carried over, nor one of a story around it). A heading that
    introduces nothing ("Hate Crime") names a subject, whatever list follows it."""
    lead = item_list.lead_in
    if lead is None or lead.kind != "heading" or not introduces(lead.quote):
        return False
    own = set(question.key_terms) - question.carried - question.narrative
    return bool(own & set(terms(lead.quote)))


def _under_another_part(question: Question, item_list: ItemList) -> bool:
    """Whether the list sits under a part numbered other than the one the question names by position: "the
    second priority" is not "Priority 1" or "Priority 3", whatever else their lists share with it."""
    asked = _numbered_parts(question.text)
    if not asked:
        return False
    for heading in (item_list.chunk.section or "").split(" > "):
        numbers = _numbered_parts(heading)
        if numbers and not numbers & asked:
            return True
    return False


_HEADING_LINE_WORDS = 8
# A heading that says what its list is, as a clause ("What people in Lewisham want", "How we will do it")
_CLAUSE_HEADING = re.compile(r"^\W*(?:what|how|who|where|when|why|which)\b", re.I)


def _heading_lines(chunk: Chunk) -> list[str]:
    """The heading lines a passage opens with that its section path does not hold: a PDF's heading followed by a
    stray label ("Child Sexual Exploitation" above "Nunhead", a map's place name) files the passage under the
    label, and the heading that says what it is about is only a line of its text."""
    found: list[str] = []
    for line in chunk.text.split("\n"):
        words = line.split()
        if not words or line.lstrip().startswith("- ") or " | " in line or len(words) > _HEADING_LINE_WORDS:
            break
        if line.rstrip()[-1] in ".:;,!?":
            break
        found.append(line.strip())
    return found


def _names_section(question: Question, item_list: ItemList) -> float:
    """How much of a heading a list sits under (or its lead-in) the question names, at the level of the
    section path it names most: "in the first 12 months" picks the list under "First 12 months – what will
    we do?" over its sibling lists, and "the third priority" the list under "Priority 3 > Performance" over
    the same list under "Priority 1 > Performance"."""
    levels = [*(item_list.chunk.section or "").split(" > "), *_heading_lines(item_list.chunk)]
    if item_list.lead_in is not None and item_list.lead_in.kind == "heading":
        levels = [*levels, item_list.lead_in.quote]
    asked = set(terms(question.text)) | _numbered_parts(question.text)
    best = 0.0
    for heading in levels:
        named = {term for term in terms(heading) if len(term) > 2 or term.isdigit()}
        if named:
            best = max(best, len(named & asked) / len(named))
    return best


_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_CARDINAL_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_SMALL_NUMBERS = {str(number): word for number, word in enumerate(_CARDINAL_WORDS, start=1)}
_SHARE_TERMS = frozenset(terms("share proportion percentage percent"))
_PART_WORDS = r"priorit(?:y|ies)|themes?|objectives?|sections?|strands?|parts?|chapters?|outcomes?|aims?"
_ORDINAL_PART = re.compile(rf"\b({'|'.join(_ORDINAL_WORDS)})\s+(?:{_PART_WORDS})\b", re.I)
_PART_NUMBER = re.compile(rf"\b(?:{_PART_WORDS})\s+({'|'.join(_CARDINAL_WORDS)}|\d{{1,2}})\b", re.I)


def _numbered_parts(text: str) -> set[str]:
    """The numbers of the parts a question names by position ("the third priority", "priority two": "3",
    "2"), as a heading numbers them ("Priority 3")."""
    found = {str(_ORDINAL_WORDS.index(match.group(1).lower()) + 1) for match in _ORDINAL_PART.finditer(text)}
    for match in _PART_NUMBER.finditer(text):
        token = match.group(1).lower()
        found.add(token if token.isdigit() else str(_CARDINAL_WORDS.index(token) + 1))
    return found


def _paragraph(unit: Unit) -> str:
    """The paragraph (line of the chunk) a unit sits in: where a figure's subject is usually named."""
    text = unit.chunk.text
    start = text.rfind("\n", 0, unit.start) + 1
    end = text.find("\n", unit.end)
    return text[start : end if end >= 0 else len(text)]


def _setting(unit: Unit) -> str:
    """The paragraph a unit sits in and, for a list item, the line that introduces its list (for a table
    row, its table's labels): a list says once, in its lead-in, what and when all its items are ("During
    2015-16 the unit took the following action:" ... "- Obtained 21 Closure Orders")."""
    return f"{_introduction(unit)} {_table_labels(unit)} {_paragraph(unit)}".strip()


def _in_setting(unit: Unit, lead: Unit | None = None) -> str:
    """A unit with what says what it is about: the line that leads into it, its table's labels, its section
    and its plan's title (and the sentence before a figure that says what it is of, `lead`)."""
    labels = f"{_introduction(unit)} {_table_labels(unit)}"
    before = antecedent(unit) or lead  # "The team now manages ...": the sentence before names it
    if before is not None:
        labels = f"{labels} {before.quote}"
    return f"{labels} {unit.quote} {unit.chunk.section or ''} {unit.chunk.metadata.title}"


@lru_cache(maxsize=4096)
def _chunk_lists(chunk: Chunk) -> list[ItemList]:
    """A chunk's lists, parsed once."""
    return units_of(chunk)[1]


def _introduction(unit: Unit) -> str:
    """What introduces the list a unit is an item of: its lead-in, be it a line ending in a colon or a numbered
    paragraph that leads into the items under it ("- 25. The anti hate crime strategy is being refreshed ...:");
    "" when it is none."""
    if unit.kind in ("item", "sentence"):  # a long item is quoted sentence by sentence
        for item_list in _chunk_lists(unit.chunk):
            lead = item_list.lead_in
            if lead is not None and lead.kind != "heading" and any(_within(unit, item) for item in item_list.items):
                return lead.quote
    if unit.kind == "row":
        return _above_table(unit)[1]
    return _lead_line(unit)


def _within(unit: Unit, item: Unit) -> bool:
    return item.start <= unit.start and unit.end <= item.end


def _lead_line(unit: Unit) -> str:
    """The line ending in a colon that introduces the list a unit is an item of ("" when it is none)."""
    paragraph = _paragraph(unit)
    if not paragraph.lstrip().startswith("- "):
        return ""
    text = unit.chunk.text
    indent = len(paragraph) - len(paragraph.lstrip())
    end = text.rfind("\n", 0, unit.start)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        stripped = line.lstrip()
        if stripped and not (stripped.startswith("- ") and len(line) - len(stripped) >= indent):
            return line.strip() if line.rstrip().endswith(":") else ""
        end = start - 1
    return ""


_COMPOUND = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")


_POINTED_AT = re.compile(r"\b(?:does|do|did)\s+(?:that|it|this|they|these|those)\s+(?:stand|mean)\b", re.I)
_SPELLED_ON = re.compile(r"(?:,\s*(?:and\s+)?[A-Z][a-z]+\b)+")


_SHARE_WRITTEN = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b)", re.I)


def _says_shares(question: str, quote: str) -> bool:
    """Whether a quote says as shares the figures a question says as shares ("dropped to 14%": not "13/14"), and
    says otherwise than as a share a figure the question says only otherwise ("the £30k pot": not "a 30% top
    slice")."""
    said = {match.group(1) for match in _SHARE_WRITTEN.finditer(quote)}
    if not all(match.group(1) in said for match in _SHARE_WRITTEN.finditer(question)):
        return False
    shares = {match.group(1) for match in _SHARE_WRITTEN.finditer(question)}
    otherwise = numbers_in(_SHARE_WRITTEN.sub(" ", question)) - shares
    only_shares = said - numbers_in(_SHARE_WRITTEN.sub(" ", quote))
    return not otherwise & only_shares


def _acronym_asked(text: str) -> str | None:
    """For "a row headed 'EP' — what's that short for?", the acronym written nearest the words asking what one
    stands for; None when the question does not ask so or writes none."""
    cue = _STAND_FOR.search(text)
    if cue is None:
        return None
    written = list(re.finditer(r"\b[A-Z]{2,6}\b", text))
    if not written:
        return None
    return min(written, key=lambda found: _distance(found.start(), cue)).group()


def _distance(position: int, match: re.Match[str]) -> int:
    """How far a position in a text is from a match in it (any position after every match when it is -1)."""
    if position < 0:
        return len(match.string) + 1
    return max(match.start() - position, position - match.end(), 0)


def _last_said(acronym: str, text: str) -> int:
    """Where an acronym is last said in a text (-1 when it is not)."""
    found = list(re.finditer(rf"\b{re.escape(acronym)}(?:s|'s|’s)?\b", text, re.I))
    return found[-1].start() if found else -1


def _most_worded(question: Question, found: dict[str, list[Unit]]) -> dict[str, list[Unit]]:
    """Of the sentences of several plans that say a question's figures, those saying most of its words ("1.4 per
    individual": not a version number 1.4); all of them when none says one."""
    said = {
        source: [
            (sum(_found(question, term, _present(question, unit.quote)) for term in question.key_terms), unit)
            for unit in units
        ]
        for source, units in found.items()
    }
    most = max(count for pairs in said.values() for count, _ in pairs)
    if not most:
        return found
    return {
        source: [unit for count, unit in pairs if count == most]
        for source, pairs in said.items()
        if any(count == most for count, _ in pairs)
    }


def _present(question: Question, text: str) -> set[str]:
    """The text's terms, with an acronym standing for its expansion and the other way round; a small number
    in figures or in words stands for the other ("6 months": "six months"), and a percentage says what a
    share or proportion is."""
    present = set(terms(text))
    present |= {_SMALL_NUMBERS[number] for number in present if number in _SMALL_NUMBERS}
    present |= {number for number, word in _SMALL_NUMBERS.items() if word in present}
    if _PERCENTAGE.search(text):
        present |= _SHARE_TERMS
    for unit in _MEASURE.findall(text):  # "a stash of 600kg": kilograms
        present.update(terms(_MEASURE_UNITS[unit.lower()]))
    present |= moves_said(question.text, text)  # "how much has it fallen?": "it decreased"
    for compound in _COMPOUND.findall(question.expanded.question):  # "late-night": said as "late night"
        joined, *parts = terms(compound)
        if parts and set(parts) <= present:
            present.add(joined)
    for acronym, expansion in question.expanded.expansions.items():
        acronym_term = stem(acronym.lower())
        expansion_terms = set(terms(expansion))
        if acronym_term in present or expansion_terms <= present:
            present |= expansion_terms | {acronym_term}
    return present


# A measure written short after its figure ("600kg", "5 km", "20mph"), and the unit it stands for
_MEASURE_UNITS = {
    "kg": "kilograms kilos",
    "kgs": "kilograms kilos",
    "t": "tonnes",
    "km": "kilometres",
    "ft": "feet",
    "mph": "miles per hour",
    "hr": "hours",
    "hrs": "hours",
    "min": "minutes",
    "mins": "minutes",
    "ml": "millilitres",
}
_MEASURE = re.compile(rf"\d(?:[.,]\d+)?\s?({'|'.join(_MEASURE_UNITS)})\b", re.I)


def _found(question: Question, term: str, present: set[str]) -> bool:
    return term in present or bool(question.synonyms.get(term, frozenset()) & present)


def _parent(section: str | None) -> str | None:
    """The heading path a section sits under ("A > B" for "A > B > C"; "" for a top-level section)."""
    return None if section is None else section.rpartition(" > ")[0]


def _gives_contact(unit: Unit, units: list[Unit]) -> bool:
    """Whether a unit gives a number to ring or an address, or leads straight into one (the line before it, or
    the first line of an address: "Post: Crime Reduction Division" above "London Borough of ...", "... SE6 4RU")."""
    return bool(_contact_lines(unit, units))


def _contact_lines(
    unit: Unit, units: list[Unit], given: re.Pattern[str] | None = None, most: int = _CONTACT_LINES
) -> list[Unit]:
    """The unit and the lines straight after it, up to the first that gives a number or an address (`given`)
    (none when none of them does)."""
    lines = [unit]
    while len(lines) <= most + 1:
        if (given or _CONTACT_GIVEN).search(lines[-1].quote):
            return lines
        following = _following(lines[-1], units)
        if following is None:
            return []
        lines.append(following)
    return []


def _with_contact(draft: Draft, postal: bool = False) -> Draft:
    """A draft whose points lead into a number or address, with the lines that give it; for a postal address
    asked, down to the line with the postcode ("Tel No.: ..." comes before "Post: ..." and "..., SE6 4RU")."""
    points: list[Point] = []
    for point in draft.points:
        units = _chunk_units(point.unit.chunk)
        lines = (postal and _contact_lines(point.unit, units, _POSTCODE, _POSTAL_LINES)) or _contact_lines(
            point.unit, units
        )
        points += [point, *(Point(line) for line in lines[1:] if all(line != p.unit for p in draft.points))]
    return replace(draft, points=tuple(points))


def _spelling(acronym: str, expansion: str) -> re.Pattern[str]:
    """Where a plan spells an acronym out: "Words Spelled (WS)", "WS - Words Spelled" or "WS (Words Spelled)"."""
    spelled = r"[\s,-]+".join(re.escape(word) for word in re.findall(r"[\w']+", expansion))
    return re.compile(
        rf"\b{re.escape(acronym)}s?\s*[-–—:]\s*{spelled}\b|\b{spelled}\s*\(\s*{re.escape(acronym)}"
        rf"(?:'s|’s|s)?\s*\)|\b{re.escape(acronym)}(?:'s|’s|s)?\s*\(\s*{spelled}\s*\)",
        re.I,
    )


def _following(unit: Unit, units: list[Unit]) -> Unit | None:
    """The unit that comes straight after this one in its chunk (same paragraph or next line)."""
    after = [other for other in units if other.chunk.id == unit.chunk.id and other.start > unit.start]
    if not after:
        return None
    nearest = min(after, key=lambda other: other.start)
    return nearest if nearest.start - unit.end <= 2 else None


def _title_only(unit: Unit) -> bool:
    """A line that is only its plan's title: it says which plan, which the answer says anyway."""
    return unit.quote.strip().rstrip(".").lower() == unit.chunk.metadata.title.strip().lower()


def _paragraph_before(a: Unit, b: Unit) -> bool:
    """Whether unit a is on the line of the passage just before unit b's (blank lines between)."""
    if a.chunk.id != b.chunk.id or a.start >= b.start:
        return False
    text = a.chunk.text
    b_line = text.rfind("\n", 0, b.start) + 1
    a_end = text.find("\n", a.start)
    return 0 <= a_end < b_line and not text[a_end:b_line].strip()


def _same_paragraph(a: Unit, b: Unit) -> bool:
    """Whether two units are sentences of one line of one passage."""
    if a.chunk.id != b.chunk.id:
        return False
    text = a.chunk.text
    return text.rfind("\n", 0, a.start) == text.rfind("\n", 0, b.start)


def _ends(lead_in: Unit, unit: Unit) -> bool:
    """Whether a sentence ending in a colon is the end of a longer lead-in (an item "13. We continue ... Phase
    2 will expand it into the following sectors:" whose last sentence introduces the items under it), here or
    where the next passage repeats the lead-in without its items."""
    if lead_in.chunk.id != unit.chunk.id:
        return (
            lead_in.chunk.metadata.source == unit.chunk.metadata.source
            and unit.quote.rstrip().endswith(":")
            and lead_in.quote.strip().endswith(unit.quote.strip())
        )
    return (
        lead_in.chunk.id == unit.chunk.id
        and lead_in.start <= unit.start < unit.end <= lead_in.end
        and unit.quote.rstrip().endswith(":")
        and lead_in.chunk.text[unit.end : lead_in.end].strip() == ""
    )


def _same(a: Unit, b: Unit) -> bool:
    """The same line: a lead-in repeated where a chunk boundary split its list counts as one."""
    return a.chunk.metadata.source == b.chunk.metadata.source and a.quote.strip() == b.quote.strip()


def _overlap(a: str, b: str) -> float:
    first, second = set(terms(a)), set(terms(b))
    if not first or not second:
        return 0.0
    return len(first & second) / min(len(first), len(second))


_SAYS_MORE = 0.02  # coverage by which a sentence much like one chosen says more of the question


def _sentences_of_one(unit: Unit, other: Unit) -> bool:
    """Whether two units are sentences of one passage (not a list's item and a sentence elsewhere naming it)."""
    return unit.chunk.id == other.chunk.id and unit.kind == other.kind == "sentence"


def _fitting(scored_units: list[tuple[Unit, _Scored]], best: float) -> list[tuple[Unit, _Scored]]:
    """The best sentences, within a margin of the best score, that fit an answer's word budget together."""
    chosen: list[tuple[Unit, _Scored]] = []
    for unit, scored in scored_units:
        if len(chosen) == _MAX_SENTENCES or scored.score < best - _SENTENCE_MARGIN:
            break
        alike = [pair for pair in chosen if _overlap(unit.quote, pair[0].quote) > 0.6]
        if alike:
            # a sentence saying much the same as one chosen is said once; but one that says more of the question
            # takes its place ("During these events, residents are given ..." gives way to "Residents who could not
            # attend the events due to their work schedule ... are given ...", asked by someone working shifts)
            (other, other_scored), *more = alike
            if more or scored.coverage <= other_scored.coverage + _SAYS_MORE or not _sentences_of_one(unit, other):
                continue
            words = sum(len(kept.quote.split()) for kept, _ in chosen if kept is not other)
            if words + len(unit.quote.split()) > _WORD_BUDGET:
                continue
            chosen[chosen.index(alike[0])] = (unit, scored)
            continue
        words = sum(len(other.quote.split()) for other, _ in chosen) + len(unit.quote.split())
        if chosen and words > _WORD_BUDGET:
            continue  # the best sentences that fit: the answer holds what was asked
        chosen.append((unit, scored))
    return chosen


def _read_on(points: list[Point], units: list[Unit]) -> list[Point]:
    """Quote on from the best sentence while the word budget allows: what a plan says next in the same
    section is usually more of the same subject (the figures after "the programme achieved:", the rest of
    a definition); not past the end of a list the quote ends in."""
    if not points:
        return points
    best = points[0].unit
    quoted = {(point.unit.chunk.id, point.unit.start) for point in points}
    used = sum(len(point.unit.quote.split()) for point in points)
    out = list(points)
    current = max((point.unit for point in points if point.unit.chunk.id == best.chunk.id), key=lambda u: u.start)
    while (following := _following(current, units)) is not None:  # within its passage, so its section
        if current.kind == "item" and following.kind != "item":
            break  # the list has ended: what follows it is another matter ("The Closure Order" ... "Treating victims")
        current = following
        if (following.chunk.id, following.start) in quoted:
            continue
        bullet = following.kind == "item"
        used += len(_shown(following, bullet).quote.split())  # a long item is shown cut to what fits
        if used > _READ_ON_BUDGET:
            break
        out.append(Point(following, bullet=bullet))
    return out
