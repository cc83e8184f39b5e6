"""The assistant end to end: read the question, retrieve per council, draft, compose, verify."""

from __future__ import annotations

import logging
from collections.abc import Generator as Generator_
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from assistant.answer import NOT_FOUND, Answer, Citation, Delta, Event, Fallback, Final, Sources, guidance_text
from assistant.answer_cache import AnswerCache
from assistant.answering.compose import (
    compose,
    for_other_times,
    mentioned_unnamed,
    other_contact,
    target_unmet,
    without_figure,
)
from assistant.answering.compound import (
    context_of,
    of_another_council,
    parallel,
    people,
    scope_of,
    split_compound,
    stands_alone_in,
    topic_of,
)
from assistant.answering.extractive import Draft, ExtractiveAnswerer, figure_kind, times_kind
from assistant.answering.headings import Headings
from assistant.answering.intent import PASSAGES, intent_of
from assistant.answering.named_places import names_asked
from assistant.answering.places import place_asked, with_priority_named
from assistant.answering.question import (
    BARE_ASK,
    Question,
    analyse,
    asks_something,
    asks_which_plan,
    council_years,
    for_council,
    for_plan,
    pages_in_figures,
    plan_clauses,
    unnamed,
    without_asides,
    without_plan_label,
    without_plans_of,
)
from assistant.answering.small_talk import without_small_talk
from assistant.answering.structure import PlanReader, Refusal
from assistant.answering.things import PlanWords
from assistant.answering.unnamed import unnamed_mention
from assistant.answering.verify import numbers_in, problems
from assistant.answering.years import asked_times, dated_only
from assistant.conversations.followup import CarryOver, FollowUps, Resolved
from assistant.conversations.store import Turn
from assistant.embedding import Embedder
from assistant.llm.sentences import strip_markers
from assistant.llm.wiring import build_llm_parts
from assistant.retrieval.filters import Filters, Scope
from assistant.retrieval.hybrid import HybridRetriever, Mode, Passage, Retriever
from assistant.retrieval.index import SearchIndex, SearchView
from assistant.retrieval.vectors import is_plan_word, plan_words
from assistant.safety.guidance import Guidance, SafetyCheck
from assistant.settings import Settings
from ingest.documents import Chunk, PlanMetadata, audience_for
from ingest.plan import Plan

log = logging.getLogger(__name__)
_OTHER_READINGS = 2  # other readings of an unanswered follow-up tried (alone; then going on from the last topic)
# one reading of a message: the extractive answer, the question as read, its searches, what the plans do not say
_Reading = tuple[Answer, Question, list[list[Passage]], list[str]]


class Generator(Protocol):
    """An LLM answerer: streams verified sentences, then an Answer or a Fallback."""

    def sources(self, passages: Sequence[Passage]) -> tuple[Citation, ...]: ...

    def stream(self, question: str, passages: Sequence[Passage]) -> Iterator[Delta | Answer | Fallback]: ...


@dataclass
class Reader:
    """The parts one audience's questions go through; each reads only that audience's view."""

    view: SearchView
    retriever: Retriever
    answerer: ExtractiveAnswerer
    rules: CarryOver
    followups: FollowUps
    plans: PlanReader
    generator: Generator | None = None


_SCOPES_KEPT = 1024


@dataclass(frozen=True)
class _InScope:
    plans: tuple[PlanMetadata, ...]
    sources: frozenset[str]
    councils: tuple[str, ...]


class Assistant:
    """Answers a question from the plans, or says it cannot; never returns an unverified citation."""

    def __init__(
        self,
        index: SearchIndex,
        readers: dict[str, Reader],
        settings: Settings,
        safety: SafetyCheck | None = None,
    ):
        self.index = index
        self.readers = readers
        self.settings = settings
        self.safety = safety
        self.headings = Headings(index.chunks.values())
        self._next: dict[str, Chunk | None] | None = None  # passage id -> the passage after it (made when first asked)
        self.cache: AnswerCache[_Reading] = AnswerCache(settings.answer_cache_size)
        self._scopes: dict[Scope, _InScope] = {}

    @classmethod
    def build(
        cls,
        settings: Settings,
        embedder: Embedder,
        mode: Mode = "hybrid",
        index: SearchIndex | None = None,
    ) -> Assistant:
        """Wire the parts; pass an open index to share it between assistants (e.g. one per mode)."""
        index = index or SearchIndex.open(settings)
        readers: dict[str, Reader] = {}
        plans = PlanReader(
            index.plans,
            index.chunks,
            PlanWords.of(
                plan_words(index.chunks.values()), index.unit_vectors, embedder, settings.near_word_similarity
            ),
        )
        for audience, view in index.views.items():
            retriever = HybridRetriever(
                index.table,
                index.dense,
                view.bm25,
                index.chunks,
                embedder,
                candidates=settings.candidates,
                fusion=settings.fusion,
                rrf_k=settings.rrf_k,
                dense_weight=settings.dense_weight,
                mode=mode,
            )
            answerer = ExtractiveAnswerer(
                embedder,
                view.bm25,
                min_support=settings.min_support,
                min_similarity=settings.min_similarity,
                confident_similarity=settings.confident_similarity,
                certain_similarity=settings.certain_similarity,
                max_points=settings.max_points,
                chunks=index.chunks,
                unit_vectors=index.unit_vectors,
                front_lines=_front_lines(index.plans.values()),
                target_quotes=_target_quotes(index.plans.values()),
                plan_words=PlanWords.of(
                    filter(is_plan_word, view.lexicon.vocabulary),
                    index.unit_vectors,
                    embedder,
                    near=settings.near_word_similarity,
                ),
            )
            rules = CarryOver(view.lexicon, view.bm25.idf, view.bm25.share)
            followups, generator = build_llm_parts(settings, embedder, rules, view.lexicon)
            readers[audience] = Reader(view, retriever, answerer, rules, followups, plans, generator)
        return cls(index, readers, settings, SafetyCheck.load(settings.signposting_file, embedder))

    def reader(self, scope: Scope | tuple[str, ...] = ()) -> Reader:
        """The reader for the caller's classifications: what it derives from the plans comes only from
        plans the caller may see (an empty scope: every plan)."""
        return self.readers[audience_for(Scope.of(scope).classifications)]

    def resolve(self, message: str, history: Sequence[Turn], scope: Scope | tuple[str, ...] = ()) -> Resolved:
        """A follow-up made standalone by the carry-over rules alone (no model call)."""
        return self.reader(scope).rules.resolve(message, history, self._councils(scope))

    def ask(
        self,
        message: str,
        scope: Scope | tuple[str, ...] = (),
        history: Sequence[Turn] = (),
    ) -> Answer:
        """The complete answer (the last event of `stream`); scope: the plans it may come from, or
        just the classifications (empty: every plan)."""
        for event in self.stream(message, scope, history):
            if isinstance(event, Final):
                return event.answer
        raise AssertionError("stream ended without a final answer")

    def stream(
        self,
        message: str,
        scope: Scope | tuple[str, ...] = (),
        history: Sequence[Turn] = (),
    ) -> Iterator[Event]:
        """Sources first, then answer text, then the final verified answer.

        With an LLM the sources are the numbered passages it is given and the text arrives a
        verified sentence at a time; if the LLM fails or too little of its answer is supported,
        the extractive answer follows (with its own sources) and the final event says why. A
        question the plans do not cover is refused without asking the LLM. Before anything else, a
        message that signals danger gets safety guidance instead of a plan answer; the public's
        question about such a topic gets its answer with signposting added."""
        scope = Scope.of(scope)
        guidance = self.safety.assess(message) if self.safety is not None else None
        if guidance is not None and guidance.kind == "danger":
            yield from self._guided(message, scope, history, guidance)
            return
        if guidance is not None and audience_for(scope.classifications) != "public":
            guidance = None  # helplines beside an answer are for residents; staff asking about a topic know them
        yield from self._answering(message, scope, history, guidance)

    def _guided(self, message: str, scope: Scope, history: Sequence[Turn], guidance: Guidance) -> Iterator[Event]:
        """Danger: the safety guidance before anything else. When the message also asks what the plans
        cover ("... I think he's hitting her. What help is there round here?"), the plans' verified answer
        follows the guidance (its text streamed after the guidance's); otherwise the guidance alone."""
        asks = asks_something(message)  # a message that only tells of danger gets the guidance alone
        answer = _final(self._answering(message, scope, history, None, generate=False)) if asks else None
        if answer is None or not answer.answered:
            yield from _whole(Answer(guidance_text(guidance), answered=False, question=message, safety=guidance))
            return
        yield Sources(answer.citations, answer.question)
        yield Delta(guidance_text(guidance) + "\n\n")
        for event in _whole(replace(answer, safety=guidance)):
            if not isinstance(event, Sources):
                yield event

    def _answering(
        self,
        message: str,
        scope: Scope,
        history: Sequence[Turn],
        guidance: Guidance | None,
        generate: bool = True,
    ) -> Iterator[Event]:
        """The plans' answer to a message (with signposting guidance, if any, beside it). A follow-up the
        plans have nothing for as first read is read the other way (alone, or going on from the last turn)."""
        reader = self.reader(scope)
        # "Quick one: ... Thanks in advance!" asks what it asks without them; "who is stephen douglass?" is asked
        # of the name the plans write "Stephen Douglass"
        # ... and "page thirteen" is page 13
        message = pages_in_figures(reader.view.lexicon.in_plan_case(without_small_talk(message)))
        councils = self._councils(scope)
        resolved = self._placed(reader, reader.followups.resolve(message, history, councils), councils, scope)
        answer, question, searches, notes = self._reading(reader, resolved, councils, scope)
        # ... and, read alone and still unanswered, as going on from the last turn's topic ("Which website holds the
        # records?" after an answer on property marking read first with the council alone, then alone)
        tried = [resolved]
        other = None if answer.answered else reader.followups.other_reading(message, history, councils, resolved)
        while other is not None and other not in tried and len(tried) <= _OTHER_READINGS:
            second = self._reading(reader, other, councils, scope)
            if second[0].answered:
                resolved, (answer, question, searches, notes) = other, second
                break
            tried.append(other)
            other = reader.followups.other_reading(message, history, councils, other)
        narrowed = reader.followups.in_scope(message, history, councils, resolved) if answer.answered else None
        if narrowed is not None and not {c.council for c in answer.citations} & set(
            narrowed.analyse(reader.view.lexicon, councils).councils
        ):  # read alone it was answered from other councils' plans: the conversation's council answers it first
            third = self._reading(reader, narrowed, councils, scope)
            if third[0].answered:
                resolved, (answer, question, searches, notes) = narrowed, third
        fallback = ""
        # The LLM is asked only what the plans cover: the extractive answerer's support check decides.
        if reader.generator is not None and answer.answered and generate:
            passages = _interleave(searches, self.settings.passages)
            generated = yield from self._generate(reader.generator, resolved.question, passages, question.wants_number)
            if isinstance(generated, Answer):
                text = "\n\n".join([generated.text, *notes])
                yield Final(replace(generated, text=text, question=resolved.question, safety=guidance))
                return
            fallback = generated
        yield from _whole(replace(answer, question=resolved.question, fallback=fallback, safety=guidance))

    def _placed(self, reader: Reader, resolved: Resolved, councils: list[str], scope: Scope) -> Resolved:
        """The message with a priority it points at by place ("its second priority") named by its title."""
        if resolved.rewritten or place_asked(resolved.message) is None:
            return resolved
        question = resolved.analyse(reader.view.lexicon, councils)
        if question.wants_number:  # "how many put it as the third priority?" counts, it names no priority
            return resolved
        named = with_priority_named(resolved.message, reader.plans.plans_for(question, self.visible(scope)))
        return replace(resolved, message=named) if named != resolved.message else resolved

    def _reading(self, reader: Reader, resolved: Resolved, councils: list[str], scope: Scope) -> _Reading:
        """`_read`, from the answer cache when this standalone question was read before in this scope."""
        key = (resolved, tuple(sorted(scope.classifications)), scope.councils, scope.sources)
        answer, question, searches, notes = self.cache.get(key, lambda: self._read(reader, resolved, councils, scope))
        return answer, question, [list(found) for found in searches], list(notes)

    def _read(self, reader: Reader, resolved: Resolved, councils: list[str], scope: Scope) -> _Reading:
        """The extractive answer to one reading of a message, with the question as read, its searches and
        what the plans were found not to say."""
        question = resolved.analyse(reader.view.lexicon, councils)
        notes = [f"I have no plans for {name}." for name in question.unknown_councils]
        if question.unknown_councils and not question.councils:
            return _not_found(councils, notes), question, [], notes
        parts = split_compound(resolved.message) if not resolved.rewritten else [resolved.message]
        drafts: list[Draft] = []
        searches: list[list[Passage]] = []
        off_plan = 0  # parts so far that ask mostly about things no plan names, and were not answered
        for number, part in enumerate(parts):
            if drafts and asks_which_plan(part):
                continue  # "... from what, and which borough?": the plan the answer to the rest quotes says whose
            asked = question
            if len(parts) > 1:  # each part is read with the rest of the message as its context
                rest = context_of(parts, number)
                alone = analyse(part, reader.view.lexicon, councils, context=resolved.context)
                # a part that names its own subject, or a question asked of two things ("... attaches to X and to
                # Y"), is lent by the rest only its councils and years, and the label the message opens with
                # ("Southwark IOM: ..."), which names what every part is about
                lent = analyse(rest, reader.view.lexicon, councils)
                # ... and a part asking of another council than the rest, about a subject of its own, is lent nothing
                apart = of_another_council(alone, lent) and not topic_of(resolved.message)
                if (
                    stands_alone_in(alone, parts, number, reader.view.bm25)
                    or apart
                    or parts == parallel(resolved.message)
                    or parts == people(resolved.message)  # "who are A and B?": each asked of one person
                ):
                    topic = topic_of(parts[0]) if number else ""
                    # (but a council or year the part says itself: said again, it would weigh its search towards
                    # every passage naming the council, not the one about what the part asks)
                    rest = f"{'' if apart else scope_of(lent, besides=part)} {topic}"
                elif number and off_plan == number:
                    # "When is the next citizenship ceremony, and how do I book a place?": a part that leans on
                    # what the parts before it asked about, a thing no plan names, asks about that thing
                    notes = [*notes, f"The plans do not say: “{part.rstrip('?.! ')}?”"]
                    off_plan += 1
                    continue
                asked = analyse(part, reader.view.lexicon, councils, context=f"{resolved.context} {rest}".strip())
                # a part says something the parts before it did not: read with the other part's words, "according
                # to its survey what would make residents feel safer?" would quote the same sentence again
                said = frozenset((point.unit.chunk.id, point.unit.quote) for draft in drafts for point in draft.points)
                asked = replace(asked, seen=question.seen | said, said=said)
            found = list(self._searches(reader, asked, councils, scope))
            searches.extend(found)
            groups = self._council_groups(asked, councils, scope)
            searched = list(zip(groups, found, strict=True))
            part_drafts, notes = self._drafts(reader, asked, searched, notes, scope, near_misses=len(parts) == 1)
            if not part_drafts and len(parts) > 1 and not reader.answerer.already_said(asked, drafts):
                notes = [*notes, f"The plans do not say: “{part.rstrip('?.! ')}?”"]
                off_plan += reader.answerer.mostly_off_plan(asked)
            drafts.extend(part_drafts)
        return self._extract(drafts, councils, notes), question, searches, notes

    def _generate(
        self, generator: Generator, question: str, passages: list[Passage], wants_number: bool
    ) -> Generator_[Event, None, Answer | str]:
        """Run the LLM over the passages; its verified answer, or why it cannot be used."""
        if not passages:
            return "no passages matched the question"
        yield Sources(generator.sources(passages), question)
        for event in generator.stream(question, passages):
            if isinstance(event, Delta):
                yield event
            elif isinstance(event, Fallback):
                return event.reason
            else:
                found = problems(event, self.index.chunks)
                if found:
                    log.error("LLM answer failed verification: %s", "; ".join(found))
                    return "the LLM answer failed citation checks"
                if wants_number and not numbers_in(strip_markers(event.text)):
                    return "the LLM answer gives no figure for a question that asks for one"
                return event
        return "the LLM gave no answer"

    def _drafts(
        self,
        reader: Reader,
        question: Question,
        searches: list[tuple[Group, list[Passage]]],
        notes: list[str],
        scope: Scope,
        near_misses: bool = True,
    ) -> tuple[list[Draft], list[str]]:
        """Structure questions from the plan model, the rest (and what it cannot answer) from passages;
        with the notes, plus what the plan model shows the plans do not say."""
        # "which of those ...?": the items of the last answer that say what it adds; "the third one's job title":
        # the one passage the last answer quoted, naming them all
        among = reader.answerer.among_seen(question) or reader.answerer.at_place(question)
        if among is not None:
            return [among], notes
        drafts: list[Draft] = []
        # the message's own words say what it asks; words carried from the last turn only set the scene
        # ... and so do the words of a remark about the asker said before it ("Quick check before I cite it in an
        # essay: ...")
        own = tuple(term for term in question.key_terms if term not in question.carried and term not in question.remark)
        # "When?" puts the last question again: what kind of answer it wants is read with what it carried
        asking = question.expanded.question if BARE_ASK.match(question.text) else question.text
        intent = intent_of(unnamed(asking, question.councils), question.years, own)
        if intent.kind == "governance":
            # a body read only from the words naming a plan ("Southwark's 2023 scrutiny report ... Who is each
            # scheme meant for?") is not what the question asks about
            plain = without_plan_label(without_plans_of(question.text, question.councils))
            if intent_of(unnamed(plain, question.councils), question.years, own) != intent:
                intent = PASSAGES
        visible = self.visible(scope)
        if intent.kind == "period":  # which plans cover a year: one answer over every plan in scope
            passages = _interleave([found for _, found in searches], self.settings.passages)
            searches = [(Group(tuple(question.councils)), passages)]
        silent: list[str] = []
        periods = {
            meta.source: (meta.period_start, meta.period_end or meta.period_start)
            for meta in visible
            if meta.period_start is not None and any(meta.source in group.sources for group, _ in searches)
        }
        clauses = plan_clauses(question.text, periods) if len(periods) > 1 else {}
        for group, passages in searches:
            part = _for_group(question, group, clauses, periods)  # a comparison's clause on one council or plan
            # "Sutton's action 3.3": the item the plan prints that number before; or else the plan model's answer
            # ("what is section 7 called?": the heading printed with that number)
            seen = frozenset(meta.source for meta in visible)
            structured: Draft | Refusal | None = (
                reader.plans.section_titled(part, group.councils or part.councils, visible, passages)
                or reader.answerer.numbered(part, passages)
                # "'Over the year the board will' - do what?": the list the quoted line introduces
                or reader.answerer.led_by_quote(part, passages, seen)
            )
            if isinstance(structured, Draft) and not reader.answerer.gives_asked(part, structured):
                # "how many volunteers will action 2.4 fund?": the action, saying no number, is a near miss
                notes = [*notes, without_figure([structured.points[0].unit.chunk.metadata], figure_kind(part))]
                silent.extend(group.councils)
                continue
            # "18,289: what's that?"; "Stephen Douglass's role?": what the plans say with the figure, or the name
            structured = (
                structured or reader.answerer.figured(part, passages, seen) or reader.answerer.person(part, passages)
            )
            if structured is None and not (intent.kind == "priorities" and reader.answerer.off_plan(part)):
                structured = reader.plans.answer(part, intent, group.councils or part.councils, visible, passages)
            if isinstance(structured, Refusal):
                notes = [*notes, structured.note]
                continue
            # ... or else, unless the plan model placed it ("which of those covers knife crime?": the priority
            # whose section holds it), the one closest to it in meaning
            draft = (
                structured
                or reader.answerer.moved(part, passages)
                or reader.answerer.placed(part, passages)
                or reader.answerer.among_seen(part, by_meaning=True)
                or reader.answerer.draft(part, passages)
            )
            # ... and the evidence that would answer it but for a name it does not give
            mentioning = draft or (
                reader.answerer.draft(part, passages, names=False) if names_asked(part.text) else None
            )
            mention = (
                unnamed_mention(part.text, [point.unit.quote for point in mentioning.points]) if mentioning else ""
            )
            if mentioning is not None and mention:  # "on which estate ...?": "held on a local estate" does not say
                plan = mentioning.points[0].unit.chunk.metadata
                notes = [*notes, mentioned_unnamed(plan, mention)]
                silent.extend(group.councils)
            elif draft is not None:
                drafts.append(draft)
            else:
                silent.extend(group.councils)
                # a near miss: what the plans do say (a part of a compound question is said not to be answered)
                near = reader.answerer.figureless(part, passages) if near_misses else []
                said = without_figure(near, figure_kind(part)) if near else ""
                given = reader.answerer.years_given(part, passages) if near_misses else []
                if given:  # "burglaries in 2015": what the plans give instead (the 2013 and 2014 columns)
                    said = for_other_times(given, asked_times(part.text), times_kind(part))
                contact = reader.answerer.contact_given(part, passages) if near_misses else []
                if contact:  # "what email address ...?": the number and address the plan gives instead
                    said = other_contact(contact)
                targeted = reader.answerer.target_only(part, passages) if near_misses else []
                if targeted:  # "did it hit its referral target?": the plan sets the target, and says no more
                    said = target_unmet(targeted)
                if said and said not in notes:
                    notes = [*notes, said]
        if question.which_plans and drafts and silent:  # "which plans mention FGM?": and which do not
            notes = [*notes, f"I found nothing on it in the plans for {_and(silent)}."]
        return drafts, notes

    def _extract(self, drafts: list[Draft], councils: list[str], notes: list[str]) -> Answer:
        if not drafts:
            return _not_found(councils, notes)
        answer = compose(drafts, notes, self.headings)
        found = problems(answer, self.index.chunks)
        if found and notes:  # a note about another part names figures no quote here holds: leave it out
            answer = compose(drafts, [note for note in notes if not numbers_in(note)], self.headings)
            found = problems(answer, self.index.chunks)
        if found:
            log.error("answer failed verification: %s", "; ".join(found))
            return _not_found(councils, notes)
        return answer

    def retrieve(self, message: str, k: int, scope: Scope | tuple[str, ...] = ()) -> list[Passage]:
        """The passages `ask` reads for this message, best first (per-council searches interleaved)."""
        scope = Scope.of(scope)
        reader = self.reader(scope)
        councils = self._councils(scope)
        question = analyse(message, reader.view.lexicon, councils)
        if question.unknown_councils and not question.councils:
            return []
        return _interleave(list(self._searches(reader, question, councils, scope, k)), k)

    def visible(self, scope: Scope | tuple[str, ...]) -> list[PlanMetadata]:
        """The indexed plans in scope (all of them for an empty scope)."""
        return list(self._in_scope(scope).plans)

    def sources(self, scope: Scope | tuple[str, ...]) -> set[str]:
        """File names of the plans in scope."""
        return set(self._in_scope(scope).sources)

    def _councils(self, scope: Scope | tuple[str, ...]) -> list[str]:
        return list(self._in_scope(scope).councils)

    def _in_scope(self, scope: Scope | tuple[str, ...]) -> _InScope:
        """What a scope lets a question see, worked out once per scope (the index does not change)."""
        scope = Scope.of(scope)
        found = self._scopes.get(scope)
        if found is None:
            plans = tuple(meta for meta in self.index.documents.values() if scope.admits(meta))
            found = _InScope(plans, frozenset(meta.source for meta in plans), tuple(sorted({m.council for m in plans})))
            if len(self._scopes) >= _SCOPES_KEPT:
                self._scopes.clear()
            self._scopes[scope] = found
        return found

    def _searches(
        self,
        reader: Reader,
        question: Question,
        councils: list[str],
        scope: Scope,
        k: int | None = None,
    ) -> Iterator[list[Passage]]:
        """One retrieval per council group, filtered by council, plan, classification and named year."""
        documents = self.visible(scope)
        each = council_years(question.text, question.councils) if len(question.councils) > 1 else {}
        for group in self._council_groups(question, councils, scope):
            own_years = each.get(group.councils[0]) if len(group.councils) == 1 else None
            filters = Filters(
                councils=group.councils or scope.councils,
                sources=group.sources or scope.sources,
                classifications=scope.classifications,
                year=None if group.sources else _year_filter(question, group.councils, documents, own_years),
            )
            query = without_asides(question.expanded.text)  # who asks, and how, is found in no passage
            if group.councils and len(question.councils) > 1:
                # one council's search of several: the filters pick its plan; the words naming the plans
                # ("Southwark's 2023 scrutiny report") would only find each plan's cover sheet and foreword
                query = without_plans_of(query, question.councils)
            found = reader.retriever.retrieve(query, filters, k or self.settings.passages)
            yield found + self._seen_passages(question, filters, found)

    def _seen_passages(self, question: Question, filters: Filters, found: list[Passage]) -> list[Passage]:
        """The passages the last answer quoted, for a follow-up that leans on it and the caller may still see
        (the same filters as the search): the next thing said about the subject is usually beside it."""
        have = {passage.chunk.id for passage in found}
        top = max((passage.score for passage in found), default=1.0)
        added: list[Passage] = []
        for chunk_id in dict.fromkeys(chunk_id for chunk_id, _ in sorted(question.seen)):
            chunk = self.index.chunks.get(chunk_id)
            # ... and the passage after it: the plan goes on about the subject across a passage break
            for near in (chunk, self._following(chunk)) if chunk is not None else ():
                if near is not None and near.id not in have and filters.matches(near):
                    added.append(Passage(near, top, len(found) + len(added)))
                    have.add(near.id)
        return added

    def _following(self, chunk: Chunk) -> Chunk | None:
        """The passage after a passage in its document, if any."""
        if self._next is None:
            by_place = {(c.metadata.source, c.ordinal): c for c in self.index.chunks.values()}
            self._next = {c.id: by_place.get((c.metadata.source, c.ordinal + 1)) for c in self.index.chunks.values()}
        return self._next.get(chunk.id)

    def _council_groups(self, question: Question, councils: list[str], scope: Scope) -> list[Group]:
        """Who a question asks about, one search and one answer each: every council it names (or, for a
        comparison naming none, every council), and one plan at a time when the years it names are those of
        several plans of one council ("between the 2017-2020 plan and what the partnership agreed in 2023")."""
        visible = self.visible(scope)
        named = _plans_named(question, visible)  # "the 2017-2020 plan": that plan's search alone
        if len(question.councils) >= 2:
            return [Group((name,), named.get(name, ())) for name in question.councils]
        if not question.councils and question.compares and len(councils) > 1:
            return [Group((name,)) for name in councils if name not in question.set_aside]
        plans = _plans_of_years(question, visible)
        if len(question.councils) == 1 and len({meta.council for meta in plans}) == 1 and len(plans) >= 2:
            return [Group(question.councils, (meta.source,)) for meta in plans]
        own = named.get(question.councils[0], ()) if len(question.councils) == 1 else ()
        if len(own) > 1:  # "between the 2017-2020 plan and the February 2023 scrutiny paper"
            return [Group(question.councils, (source,)) for source in own]
        return [Group(question.councils, own)]


def _for_group(
    question: Question,
    group: Group,
    plan_clauses: dict[str, str],
    periods: Mapping[str, tuple[int, int]] | None = None,
) -> Question:
    """The question as one council's (or one plan's) search of a comparison reads it. A plan's search of several
    picked by their years is asked of the years that plan covers ("the unit in 2018-2021 versus the hub in 2024":
    the 2024 report is not asked about 2018, nor the 2018-2021 plan about 2024)."""
    if len(group.councils) == 1 and len(question.councils) > 1:
        return for_council(question, group.councils[0])
    if len(group.sources) == 1:  # one plan's search of several: the plan model reads that plan
        part = replace(for_plan(question, plan_clauses, group.sources[0]), plans=group.sources)
        source = group.sources[0]
        start, end = (periods or {}).get(source, (None, None))
        if start is None or end is None:
            return part
        own = tuple(year for year in part.years if start <= year <= end)
        # ... when the other years are those of the other plans searched ("refusals in 2016-17, in the 2018-2021
        # plan" asks that plan about 2016-17)
        others = [(first, last) for name, (first, last) in (periods or {}).items() if name != source]
        theirs = all(any(first <= year <= last for first, last in others) for year in part.years if year not in own)
        return replace(part, years=own) if own and len(own) < len(part.years) and theirs else part
    return question


@dataclass(frozen=True)
class Group:
    """What one search and one answer of a question are about: councils, or one plan of a council."""

    councils: tuple[str, ...]
    sources: tuple[str, ...] = ()


def _plans_named(question: Question, documents: list[PlanMetadata]) -> dict[str, tuple[str, ...]]:
    """The plans the question names by their kind and years that the caller may see, by council."""
    by_source = {meta.source: meta for meta in documents}
    named: dict[str, tuple[str, ...]] = {}
    for source in question.plans:
        if source in by_source:
            council = by_source[source].council
            named[council] = (*named.get(council, ()), source)
    return named


def _plans_of_years(question: Question, documents: list[PlanMetadata]) -> list[PlanMetadata]:
    """The plans of the question's councils that the years it names pick out, when no one plan covers them
    all: each plan covering some named year, in order of their periods."""
    if len(question.years) < 2:
        return []
    named = [meta for meta in documents if meta.council in question.councils and meta.period_start is not None]
    covering = [meta for meta in named if any(_covers(meta, year) for year in question.years)]
    if any(all(_covers(meta, year) for year in question.years) for meta in covering):
        return []
    return sorted(covering, key=lambda meta: (meta.period_start or 0, meta.source))


def _covers(meta: PlanMetadata, year: int) -> bool:
    return meta.period_start is not None and meta.period_start <= year <= (meta.period_end or meta.period_start)


def _front_lines(plans: Iterable[Plan]) -> dict[str, frozenset[str]]:
    """Each chunk's lines of contents pages and document-control tables, from the plan models."""
    lines: dict[str, set[str]] = {}
    for plan in plans:
        for chunk_id, line in plan.front_lines:
            lines.setdefault(chunk_id, set()).add(line)
    return {chunk_id: frozenset(found) for chunk_id, found in lines.items()}


def _target_quotes(plans: Iterable[Plan]) -> dict[str, frozenset[str]]:
    """Each chunk's quotes the plan models read as targets with a value ("... (70% of participants)")."""
    quotes: dict[str, set[str]] = {}
    for plan in plans:
        for target in plan.targets:
            if target.target:
                quotes.setdefault(target.evidence.chunk_id, set()).add(target.evidence.quote)
    return {chunk_id: frozenset(found) for chunk_id, found in quotes.items()}


def _interleave(searches: list[list[Passage]], k: int) -> list[Passage]:
    """Best first across searches: every search's first passage, then every second, and so on."""
    merged: list[Passage] = []
    for rank in range(k):
        merged.extend(passages[rank] for passages in searches if rank < len(passages))
    return merged[:k]


def _final(events: Iterable[Event]) -> Answer:
    for event in events:
        if isinstance(event, Final):
            return event.answer
    raise AssertionError("stream ended without a final answer")


def _whole(answer: Answer) -> Iterator[Event]:
    """A finished answer as a stream: its citations, its text line by line, then the answer."""
    yield Sources(answer.citations, answer.question)
    lines = answer.text.split("\n")
    for i, line in enumerate(lines):
        yield Delta(line + ("\n" if i < len(lines) - 1 else ""))
    yield Final(answer)


def _year_filter(
    question: Question, councils: tuple[str, ...], documents: list[PlanMetadata], years: tuple[int, ...] | None = None
) -> int | None:
    """Filter by a named year only when some plan in scope covers it (`years`: those said with the council).
    A year said only in the story around a question is when the story happened ("A flyer came through my door
    in 2016. How else could people take part?"), not the years of the plans asked about."""
    if years is None and question.focus:
        years = tuple(year for year in question.years if str(year) in question.focus) or ()
        if not years:
            return None
    # A year said only with its month is when something happened ("between April 2019 and March 2020"),
    # which a later plan may report on, not the years of the plan asked about
    years = tuple(year for year in years or question.years if not dated_only(question.text, year))
    if not years:
        return None
    if any(not any(_covers(meta, year) for meta in documents) for year in years):
        # a year no plan covers makes the years a run of figures' years ("31% in 2016 - where was it in 2020?"),
        # which a later plan reports, not the years of the plans asked about
        return None
    for year in years:
        for meta in documents:
            if councils and meta.council not in councils:
                continue
            if _covers(meta, year):
                return year
    return None


def _covers(meta: PlanMetadata, year: int) -> bool:
    """Whether a plan's period takes in a year."""
    return (
        meta.period_start is not None and meta.period_end is not None and meta.period_start <= year <= meta.period_end
    )


def _and(names: Sequence[str]) -> str:
    """Names as a sentence says them: "Lewisham", "Lewisham and Sutton", "Lewisham, Southwark and Sutton"."""
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def _not_found(councils: list[str], notes: list[str]) -> Answer:
    covered = _and(councils)
    parts = [NOT_FOUND, *notes]
    if covered:
        parts.append(f"The plans I have cover {covered}.")
    return Answer(text=" ".join(parts), answered=False, citations=())
