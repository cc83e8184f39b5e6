"""Making a follow-up standalone: what the new message leaves out is carried over from earlier turns.

"And how many referrals do they aim for?" after a question about Sutton's domestic abuse MARAC
carries the council (and its plan's years) and the most specific words of the topic. A message
that names its own council, or asks across councils, keeps its own scope; one with a topic of its
own keeps its own topic. "The second one" picks the second item of the previous answer's list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from assistant.answering.among import asks_among, place_asked
from assistant.answering.compound import split_compound
from assistant.answering.intent import PARTS as _PARTS
from assistant.answering.question import BARE_ASK, WHETHER, WHY_QUESTION, Question, analyse, defined_name
from assistant.answering.years import naming_plans, span_label
from assistant.conversations.store import Turn
from assistant.llm.sentences import strip_markers
from assistant.retrieval.lexicon import Lexicon
from assistant.retrieval.plain_words import FILLER, plain_phrases
from assistant.retrieval.terms import terms, words

# Words that point back at the topic (not at the council: "they" and "their" usually mean the partnership).
# "The new service", "the scheme": a thing named only by its kind, with nothing saying which, is the one
# the conversation was about ("the service for victims of stalking" says which).
_TOPIC_POINTER = re.compile(
    r"\b(it|its|this|that|these|those|them|they|their|there|the same|such|above|"
    r"the (?:new |same |said )?(?:service|scheme|programme|program|project|centre|center|initiative|campaign|"
    r"pilot|hub|survey|consultation|review|fund|funding|grant|contract|pledge|commitment|work)s?"
    r"(?!\s+(?:of|for|on|in|to|at|by|with|that|which|who|called|named)\b)(?![\w'-])|"
    # a time or the people of an event the last turn told of: "what did the people who went ask for afterwards?"
    r"afterwards|after that|beforehand|since then|by then|at the time|"
    r"(?:those|people|everyone|anyone|delegates|the ones) who (?:went|attended|came|took part|were there))\b",
    re.I,
)
# A share or count of what went before: "what share of them ...?", "how many of those ...?"
_PARTITIVE = re.compile(r"\b(?:of|among|amongst)\s+(?:them|those|these|that group)\b", re.I)
_ELLIPTICAL = re.compile(
    r"^\s*(?:and|also|so|but|then|ok(?:ay)?|what about|how about|what else|anything else|tell me more|"
    r"more (?:on|about)|go on|why|how come|and what|what of|"
    # "Any mention of particular online channels?": asked of the plan the conversation is about
    r"any (?:mention|word|reference|sign|details?)s?|anything (?:on|about|said about))\b",
    re.I,
)
# "the serious violence one", "the hate crime priority": an item of the last answer's list by its words
_NAMED_ONE = re.compile(
    r"\bthe\s+((?:[\w'’-]+\s+){1,4}?)(?:one|priority|theme|strand|area|objective)\b(?!\s+(?:of|in|for)\b)", re.I
)
# Words for a place in an order: "which came fourth and fifth?" asks of the last answer's ranking
_PLACES = frozenset(terms("first second third fourth fifth sixth seventh eighth ninth tenth last"))
_NOT_NAMING = frozenset(terms("same other new next last previous first main key whole"))
_BULLET = re.compile(r"^\s*-\s+(.*?)\s*(?:\[\d+\]\s*)*$")
_MAX_TOPIC_WORDS = 3
_MAX_ITEM_WORDS = 16  # enough of a list item to find it again
_FEW_TERMS = 1  # a message with at most this many key terms of its own needs the topic carried
_SOME_TERMS = 3  # ... and one that points back ("it", "what about") with at most this many
_COMMON_SHARE = 0.2  # a word in more than this share of passages names no subject ("work", "people")


@dataclass(frozen=True)
class Resolved:
    """A message made standalone: the message itself plus what was carried, or a rewritten question."""

    message: str
    context: str = ""  # words carried over from earlier turns
    carried: tuple[str, ...] = ()  # what was carried, for people: "council: Sutton", "topic: MARAC"
    rewritten: str | None = None  # a standalone question written by a condense step
    seen: tuple[tuple[str, str], ...] = ()  # (chunk id, quote) the last answer cited, when the message leans on it
    seen_whether: bool = False  # ... and that answer's question asked yes or no

    @property
    def question(self) -> str:
        """The standalone question, as shown to people and models."""
        if self.rewritten:
            return self.rewritten
        return f"{self.message} ({self.context})" if self.context else self.message

    def analyse(self, lexicon: Lexicon, councils: Sequence[str]) -> Question:
        if self.rewritten:
            question = analyse(self.rewritten, lexicon, councils)
        else:
            question = analyse(self.message, lexicon, councils, context=self.context)
        return replace(question, seen=frozenset(self.seen), seen_whether=bool(self.seen) and self.seen_whether)


class FollowUps(Protocol):
    def resolve(self, message: str, history: Sequence[Turn], councils: Sequence[str]) -> Resolved: ...

    def other_reading(
        self, message: str, history: Sequence[Turn], councils: Sequence[str], resolved: Resolved
    ) -> Resolved | None:
        """The message read the other way (leaning on the conversation if it was read alone, alone if it
        leant on it), for when the first reading finds nothing in the plans; None if there is no other."""
        ...

    def in_scope(
        self, message: str, history: Sequence[Turn], councils: Sequence[str], resolved: Resolved
    ) -> Resolved | None:
        """A message read alone, narrowed to the councils the conversation is about (their plans' years too),
        for when its answer from every plan cites none of theirs; None if it names or sets aside a council of
        its own, compares, asks in general, or the conversation named none."""
        ...


class CarryOver:
    """Resolves follow-ups without a model, from the structure of the earlier questions."""

    def __init__(
        self, lexicon: Lexicon, idf: Callable[[str], float], share: Callable[[str], float] | None = None
    ) -> None:
        self._lexicon = lexicon
        self._idf = idf
        self._share = share

    def resolve(self, message: str, history: Sequence[Turn], councils: Sequence[str], lean: bool = False) -> Resolved:
        """The message made standalone; `lean`: read it as going on from the last turn even when it
        could stand alone."""
        if not history:
            return Resolved(message)
        new = analyse(message, self._lexicon, councils)
        last = history[-1]
        previous = analyse(last.question, self._lexicon, councils)
        parts: list[str] = []
        carried: list[str] = []

        asks_elsewhere = new.councils or new.unknown_councils or new.set_aside or new.compares
        if not asks_elsewhere and (lean or _depends(message, new, previous)):
            scope = self._last_scope(history, councils)
            if scope is not None:
                parts.extend(scope.councils)
                carried.append("council: " + ", ".join(scope.councils))
                if not new.years and scope.years:
                    parts.append(_years_said(scope))
                    carried.append("years: " + ", ".join(str(year) for year in scope.years))

        if new.compares and not new.councils and _OTHER_PLACES.search(message):
            scope = self._last_scope(history, councils)  # "which other councils ...?" after one council's answer
            if scope is not None:
                parts.append("other than " + " and ".join(scope.councils))
                carried.append("other than: " + ", ".join(scope.councils))

        message = _naming_parts(message, last.question)
        item = _list_item(message, last.answer)
        asked = _asked_of(last.question) if BARE_ASK.match(message) and not asks_elsewhere else ""
        if item:
            parts.append(item)
            carried.append(f"item: {item}")
        elif asked:  # "When?" after "Who wrote the strategy?": the whole of what was asked, its verb too
            parts.append(asked)
            carried.append(f"topic: {asked}")
        elif self._new_subject(message, new, previous):
            # "What share of SAVU's clients don't re-offend? ... What about the IOM Programme?": the same asked of
            # the thing named in its place
            asking = _asking_words(previous, new)
            if asking:
                parts.extend(asking)
                carried.append("asked: " + " ".join(asking))
        elif lean or self._depends_on_topic(message, new, councils) or self._goes_on(new, previous):
            chained = self._same_referent(message, last, councils)
            # an answer that quoted no plan (a refusal, what to do when in danger) took up none of the words
            topic = self._topic_words(previous, new, last.answer if _cited(last) else "", chained)
            if topic:
                parts.extend(topic)
                carried.append("topic: " + " ".join(topic))
        leaning = any(part.startswith(("item:", "topic:")) for part in carried)
        # "which of those ...?", "the third one's job title": what it listed
        seen = _cited(last) if leaning or asks_among(message) or place_asked(message) is not None else ()
        whether = bool(WHETHER.match(last.question))
        return Resolved(message, context=" ".join(parts), carried=tuple(carried), seen=seen, seen_whether=whether)

    def other_reading(
        self, message: str, history: Sequence[Turn], councils: Sequence[str], resolved: Resolved
    ) -> Resolved | None:
        """A message the plans have nothing for as first read: one read alone is read as going on from the
        conversation ("What share didn't reoffend within six months?" after the IOM programme); one that
        leant on it, yet points back at nothing, is read alone ("Looking across all the plans, ..."). A
        message that points back ("and the target?", "who chairs it?") has no reading of its own."""
        if not history or resolved.rewritten:
            return None
        if not resolved.carried:
            leaning = self.resolve(message, history, councils, lean=True)
            return leaning if leaning.carried else None
        if any(part.startswith("item:") for part in resolved.carried):
            return None
        if _points_back(message):
            if any(part.startswith("topic:") for part in resolved.carried):
                return None
            # "How many old powers did they replace?" leant on the council alone: "they" are what the last
            # question was about, the topic too
            leaning = self.resolve(message, history, councils, lean=True)
            return leaning if leaning.carried != resolved.carried else None
        return Resolved(message)

    def in_scope(
        self, message: str, history: Sequence[Turn], councils: Sequence[str], resolved: Resolved
    ) -> Resolved | None:
        """ "What hashtag was used on social media?" two turns into a conversation about Tower Hamlets'
        consultation asks about Tower Hamlets, though it could stand alone: the message with the council
        carried, and nothing else. None when the message was read with a council or a rewrite already, names or
        sets aside its own, compares, or asks about things in general."""
        if not history or resolved.rewritten or any(part.startswith("council:") for part in resolved.carried):
            return None
        new = analyse(message, self._lexicon, councils)
        if new.councils or new.unknown_councils or new.set_aside or new.compares or _GENERAL.search(message):
            return None
        if defined_name(message) and not _points_back(message):
            return None  # "What is the Serious Violence Duty?": a name's meaning, whichever council was asked about
        scope = self._last_scope(history, councils)
        if scope is None:
            return None
        parts = [*scope.councils]
        carried = ["council: " + ", ".join(scope.councils)]
        if not new.years and scope.years:
            parts.append(_years_said(scope))
            carried.append("years: " + ", ".join(str(year) for year in scope.years))
        context = " ".join([*parts, resolved.context]).strip()
        return replace(resolved, context=context, carried=(*carried, *resolved.carried))

    def _last_scope(self, history: Sequence[Turn], councils: Sequence[str]) -> Question | None:
        """The most recent earlier question that named its councils."""
        for turn in reversed(history):
            question = analyse(turn.question, self._lexicon, councils)
            if question.councils:
                return question
            if question.compares:
                return None
        return None

    def _depends_on_topic(self, message: str, new: Question, councils: Sequence[str]) -> bool:
        own = len([term for term in new.key_terms if term not in _PLACES])  # "which came fourth?" names no subject
        if own <= _FEW_TERMS:
            return True
        if _PARTITIVE.search(message):  # "what share of them ...?": of what the last turn was about
            return True
        pointing = bool(_TOPIC_POINTER.search(message) or _ELLIPTICAL.search(message))
        if pointing and self._subject_terms(new) <= _SOME_TERMS:
            return True
        # "Who runs it, and from what age can people use it?": each question of the message is judged alone
        parts = split_compound(message)
        return len(parts) > 1 and any(
            self._depends_on_topic(part, analyse(part, self._lexicon, councils), councils) for part in parts
        )

    def _goes_on(self, new: Question, previous: Question) -> bool:
        """Whether a message takes up a word of the last question and names no subject of its own: "Apart from
        cafes, what kinds of places were approached?" after "... who would approach us about being a Safe
        Haven?" asks about the same approach, its other words ("kinds", "places") name nothing."""
        if self._share is None or not set(new.key_terms) & set(previous.key_terms):
            return False
        own = [
            term
            for term in new.key_terms
            if term not in previous.key_terms and term not in _PLACES and term not in _INSTANCES
        ]
        return all(self._share(term) > _COMMON_SHARE or self._share(term) == 0 for term in own)

    def _subject_terms(self, new: Question) -> int:
        """How many of a message's terms could name a subject of its own: not words most passages use ("which
        wider piece of work is that linked to?": "wider", "piece" and "linked", not "work")."""
        own = [term for term in new.key_terms if term not in _PLACES]
        if self._share is None:
            return len(own)
        return len([term for term in own if self._share(term) <= _COMMON_SHARE])

    def _new_subject(self, message: str, new: Question, previous: Question) -> bool:
        """Whether a short "and X?" puts the last question again about another subject ("How has Lewisham
        done on serious youth violence?" ... "and gun crime?"): X's words that the last question did not use
        are the plans' words, and ask for no other kind of answer ("and the target?" keeps the topic)."""
        if not _AND_X.search(message) or _TOPIC_POINTER.search(message) or _GENERAL.search(message):
            return False
        if _NARROWING.match(message):  # "And within London?": the same asked of a narrower place, time or group
            return False
        own = [term for term in new.key_terms if term not in _ANSWER_KINDS and term not in previous.key_terms]
        unused = self._idf("")  # the weight of a word no passage holds
        return bool(own) and all(self._idf(term) < unused for term in own)

    def _same_referent(self, message: str, last: Turn, councils: Sequence[str]) -> frozenset[str]:
        """What "it" means when the last message also said "it" and had a topic carried into it: the same
        thing ("What does the plan say about SAVU?" ... "What ages does it work with?" ... "And how does it
        do on reoffending?": SAVU, not ages). The terms carried into the last turn; empty otherwise."""
        if last.question == last.message or not (_PRONOUN.search(message) and _PRONOUN.search(last.message)):
            return frozenset()
        said = analyse(last.message, self._lexicon, councils)
        resolved = analyse(last.question, self._lexicon, councils)
        return frozenset(resolved.key_terms) - frozenset(said.key_terms)

    def _topic_words(
        self, previous: Question, new: Question, answer: str, chained: frozenset[str] = frozenset()
    ) -> list[str]:
        """The previous question's most specific words that the new message does not already have.

        Only words its answer also used, when it used any: what a question and its answer share is what the
        conversation is about ("hate crime training", not "check whether"); the rest was the asking ("I heard
        ...", "how was that done?"). When "it" goes on from an "it" the last turn resolved, only what that
        turn carried."""
        own = set(new.key_terms)
        council_words = {word for name in previous.councils for word in words(name)}
        candidates: dict[str, str] = {}  # term -> the word as asked
        for word in words(previous.expanded.question):
            if word in FILLER or word in council_words or word.isdigit():
                continue
            for term in terms(word):
                if term in previous.key_terms and term not in own:
                    candidates.setdefault(term, word)
        if any(term in chained for term in candidates):
            candidates = {term: word for term, word in candidates.items() if term in chained}
        answered = set(terms(answer))
        if any(term in answered for term in candidates):  # words the answer did not take up were the asking's
            candidates = {term: word for term, word in candidates.items() if term in answered}
        ranked = sorted(candidates, key=lambda term: (term in answered, self._idf(term)), reverse=True)
        ranked = ranked[:_MAX_TOPIC_WORDS]
        topic = [candidates[term] for term in candidates if term in ranked]
        # a thing the last question named in full goes on by its short name too ("Southwark Anti Violence
        # Unit": "SAVU"), which the plan's later sentences use
        named = {
            acronym
            for acronym, expansion in previous.expanded.expansions.items()
            if set(terms(expansion)) & set(ranked) and acronym.lower() not in own and acronym not in topic
        }
        # ... and the plan's words for a phrase it asked in everyday words, when its answer used them ("the extra
        # charge on bars open after midnight": the "Late Night Levy" the answer quoted)
        planned = [
            word
            for _, plan in plain_phrases(previous.expanded.question)
            for word in words(plan)
            if set(terms(word)) & answered and not set(terms(word)) & own
        ]
        return topic + sorted(named) + [word for word in dict.fromkeys(planned) if word not in topic]


# "and X?", "what about X?": a subject alone, with no question of its own ("and how many do they aim for?")
# "Which other councils ...?", "do the other plans ...?": the councils the conversation was about are put aside.
_OTHER_PLACES = re.compile(
    r"\b(?:other|remaining|rest of the)\s+(?:councils|boroughs|plans|areas|partnerships)\b|"
    r"\b(?:any\s+other|another)\s+(?:council|borough|plan|area|partnership)(?:'s|’s)?(?!\w)",
    re.I,
)
_AND_X = re.compile(
    r"^\s*(?:and|also|but|what about|how about|and what about)\s+"
    r"(?!(?:how|what|who|whom|when|where|why|which|is|are|was|were|do|does|did|can|could|will|would|has|have)\b)"
    r"[^?.,;:!]{1,60}[?.!]*\s*$",
    re.I,
)
# "and within London?", "what about in 2015?", "and for under-18s?": the last question again, narrowed to a place,
# a time or a group, not put about another subject
_NARROWING = re.compile(
    r"^\s*(?:and|also|but|what about|how about|and what about)\s+"
    r"(?:within|in|inside|outside|across|for|among|amongst|at|during|over|beyond)\b",
    re.I,
)
# Words that ask for another kind of answer about the same subject ("and the target?", "what about funding?")
_ANSWER_KINDS = frozenset(
    terms(
        "target targets measure measured measures indicator indicators figure figures number numbers rate budget "
        "funding funded cost money chair chaired lead leads led who when why progress result results outcome "
        "outcomes action actions priority priorities plan plans strategy date deadline else more detail details "
        "now currently previous next year years"
    )
)
# Words that ask for instances of what the conversation is about ("what kinds of places?", "which other sorts?")
_INSTANCES = frozenset(terms("kind kinds type types sort sorts place places thing things example examples"))
# A pronoun for the thing a conversation is about.
_PRONOUN = re.compile(r"\b(it|its|they|their|them)\b", re.I)
# Words that point back at the plan or partnership an earlier turn was about.
_SCOPE_POINTER = re.compile(
    r"\b(they|their|them|theirs|its|it|the (?:plan|strategy|partnership|council|borough|board|report|document|"
    r"csp|same))\b",
    re.I,
)


# Words that say a question is about things in general, or the law, not about the last plan.
_GENERAL = re.compile(
    r"\b(in general|generally|general terms|anyway|nationally|across the country|in england|in the uk|"
    r"by law|the law|legislation|(?:act|regulations) (?:19|20)\d{2}|(?:19|20)\d{2} [\w -]{0,40}\bact\b|"
    r"what (?:is|are) (?:a|an) )",
    re.I,
)


_MAX_ASKING_WORDS = 6


def _asking_words(previous: Question, new: Question) -> list[str]:
    """What the last question asked of the thing it named, for a message that names another thing in its place:
    its key words but the names ("share", "re-offend", "six months" of "What share of SAVU's clients don't
    re-offend within six months?"). None when either names nothing: "And burglary?" after "How has Lewisham done
    on robbery?" puts a subject in place of a subject, and the plans' words for how it is doing are the subject's."""
    if not previous.named or not new.named:
        return []
    council_words = {word for name in previous.councils for word in words(name)}
    said: dict[str, str] = {}
    for word in words(previous.expanded.question):
        if word in FILLER or word in council_words:
            continue
        for term in terms(word):
            if term in previous.key_terms and term not in previous.named and term not in new.key_terms:
                said.setdefault(term, word)
    return list(said.values())[:_MAX_ASKING_WORDS]


def _years_said(scope: Question) -> str:
    """The years an earlier question asked about, said again as it said them: as a plan's name ("Southwark's
    2017 plan": "2017 plan") or as a time."""
    naming = naming_plans(scope.text)
    if naming and {year for span in naming for year in span} >= set(scope.years):
        return " ".join(f"{span_label(span)} plan" for span in sorted(naming, key=min))
    return " ".join(str(year) for year in scope.years)


def _depends(message: str, new: Question, previous: Question) -> bool:
    """Whether a message without a council of its own leans on the earlier turn: it points back ("they",
    "the plan", "and what about"), is too short to stand alone, or goes on with the same topic. A
    self-contained question ("What duties does the Crime and Disorder Act place on partnerships?") is
    answered from every plan, not narrowed to the last council."""
    if _GENERAL.search(message) and not _SCOPE_POINTER.search(message):
        return False  # "what is a MARAC, in general?", "what powers did the 2014 Act bring in?"
    if _points_back(message):
        return True
    if defined_name(message) and not _topic_terms(new) & _topic_terms(previous):
        return False  # "What is the Serious Violence Duty?": a name's meaning, whichever council was asked about
    if len(new.key_terms) <= _SOME_TERMS:
        return True
    return bool(_topic_terms(new) & _topic_terms(previous))


def _points_back(message: str) -> bool:
    """Whether a message has words that only an earlier turn gives a meaning ("it", "the plan", "and ...")."""
    return bool(_SCOPE_POINTER.search(message) or _TOPIC_POINTER.search(message) or _ELLIPTICAL.search(message))


def _topic_terms(question: Question) -> set[str]:
    """A question's key terms with its acronyms spelled out ("ASB" is "anti-social behaviour")."""
    spelled = {term for expansion in question.expanded.expansions.values() for term in terms(expansion)}
    return set(question.key_terms) | (spelled - {term for term in spelled if not term.isalpha()})


# "which one of those ...?": one of the things the last turn asked for, by the last turn's word for them
_WHICH_OF_THEM = re.compile(
    r"\b((?:which|what)\s+(?:one\s+)?of\s+)(those|these|them|the\s+(?:above|list))"
    r"(?!\s+\w+\s+(?:is|are|was|were|do|does|did|covers?|sits?|falls?)\b)(?=\W)",
    re.I,
)
_PARTS_ASKED = re.compile(rf"\b({_PARTS})\b", re.I)
_WHICH_ONE = re.compile(r"\b(?:which|what)\s+one\b(?!\s+of\b)", re.I)  # "Which one covers Prevent?"


def _naming_parts(message: str, last_question: str) -> str:
    """A message asking which of "those" the last turn's priorities (themes, objectives ...) is one of them,
    said with that word: "Which one of those covers Prevent?" after the priorities were asked for is
    "Which one of those priorities covers Prevent?", and "Which one covers Prevent?" is "Which of the
    priorities covers Prevent?"."""
    found = _WHICH_OF_THEM.search(message)
    asked = _PARTS_ASKED.search(last_question)
    if not asked:
        return message
    one = _WHICH_ONE.search(message)
    if one is not None and found is None:  # "Which one covers Prevent?": "Which of the priorities covers ...?"
        which = one.group(0).split()[0]
        return f"{message[: one.start()]}{which} of the {asked.group(1).lower()}{message[one.end() :]}"
    if not found:
        return message
    pointer = found.group(2).lower()
    said = pointer if pointer in ("those", "these") else "the"
    return f"{message[: found.start(2)]}{said} {asked.group(1).lower()}{message[found.end() :]}"


# The asking words a question opens with ("Who", "When was", "How many did"): what is left is what it asks about.
_OPENING_ASK = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:who|whom|whose|what|which|when|where|why|how(?:\s+(?:much|many|long|often))?)\b"
    r"(?:\s+(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b)?",
    re.I,
)


def _asked_of(question: str) -> str:
    """What a question asks about, without its asking words and what was carried into it: "wrote the Safer
    Sutton strategy" of "Who wrote the Safer Sutton strategy?"."""
    said = re.sub(r"\s*\(.*\)\s*$", "", question)
    return _OPENING_ASK.sub("", said).strip(" ?.!")


_BARE_WHY = 6  # words: "why might that be?", "why did it go up?" ask about the last answer's one item


def _list_item(message: str, answer: str) -> str | None:
    """The text of the list item a message points at, from the previous answer: by its place ("the second
    one") or by its words ("the serious violence one": the one item that says them)."""
    items = [strip_markers(found.group(1)) for line in answer.splitlines() if (found := _BULLET.match(line))]
    if not items:
        return None
    position = place_asked(message)
    if position is not None:
        index = position - 1 if position > 0 else len(items) + position
        if not 0 <= index < len(items):
            return None
        return " ".join(items[index].split()[:_MAX_ITEM_WORDS])
    named = _NAMED_ONE.search(message)
    if not named:
        if len(items) == 1 and WHY_QUESTION.search(message) and len(message.split()) <= _BARE_WHY:
            # a bare "why?" after the one row that went up: why it did
            return " ".join(items[0].split(" — ")[0].split()[:_MAX_ITEM_WORDS])
        return None
    said = set(terms(named.group(1))) - _NOT_NAMING
    holding = [item for item in items if said and said <= set(terms(item))]
    return " ".join(holding[0].split()[:_MAX_ITEM_WORDS]) if len(holding) == 1 else None


def _cited(turn: Turn) -> tuple[tuple[str, str], ...]:
    """What an answer quoted: (chunk id, quote) of each citation."""
    return tuple(
        (str(citation["chunk_id"]), str(citation["quote"]))
        for citation in turn.citations
        if citation.get("chunk_id") and citation.get("quote")
    )
