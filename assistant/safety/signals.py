"""Reading a message for danger: what harm, who it is happening to, and when.

The same words ("stalking", "overdose", "knife") appear in questions about plans and in cries for
help; what tells them apart is structure. Harm done *to* the writer or someone close ("someone is
following me", "my neighbour's kids are being beaten") is an event; harm spoken of in general
("what is the council doing about stalking?") is a topic."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.safety import harms as h
from assistant.safety import vocabulary as v
from assistant.safety.people import (
    Who,
    in_noun_phrase,
    phrase_after,
    phrase_before,
    skip_back,
    subject_of,
    victim_after,
    victim_within,
    who_of,
)
from assistant.safety.text import clauses, word_set


@dataclass(frozen=True)
class Harm:
    """One harm found in a message, with whom it happens to and how it is told."""

    concerns: tuple[str, ...]
    who: Who
    statement: bool = False  # a statement of suicide, self-harm or overdose
    hypothetical: bool = False  # "if someone follows me ...", "scared of being followed"
    past: bool = False  # told of as long ago ("last year", "as a child")


@dataclass(frozen=True)
class Reading:
    """What a message says about danger, dimension by dimension; `triage.decide` judges it."""

    harms: tuple[Harm, ...]  # harm done to someone (or spoken of as done)
    topics: tuple[str, ...]  # harm named as a subject ("knife crime")
    situations: tuple[str, ...]  # the wide net: danger words in a message about the writer's own life
    now: bool  # happening as the message is written ("right now", "at the moment")
    ongoing: bool  # recent or still going on ("tonight", "keeps", "there is", "has been")
    near: bool  # at the writer's door or home ("outside my house", "next door")
    plea: bool  # asks for help ("help me", "what should I do")
    bare_plea: bool  # a cry for help and little else ("help!", "please help me")
    fear: bool  # the writer says they are frightened, and not of a topic
    about_plans: bool  # asks about plans, services, figures or an area


@dataclass(frozen=True)
class Clause:
    """One clause of a message in plain words; phrases are matched against its `text`."""

    words: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join(self.words)

    def index_at(self, offset: int) -> int:
        """The word at a character offset of `text`."""
        return self.text.count(" ", 0, offset)


def read(message: str) -> Reading:
    """The reading of one message: pure, deterministic and fast (regular expressions over a few clauses)."""
    parts = [Clause(tuple(words)) for words in clauses(message)]
    found = [harm for clause in parts for harm in _harms(clause)]
    topics = [concern for clause in parts for concern, pattern in h.TOPICS.items() if pattern.search(clause.text)]
    joined = " . ".join(clause.text for clause in parts)
    if _CLOSE_NAMED.search(joined):
        # "my friend says she wants to end it all": "she" is someone the writer knows
        found = [replace(harm, who="close") if harm.who == "specific" else harm for harm in found]
    plea = bool(v.PLEA.search(joined)) or bool(re.search(r"\bhelp\s*!", message.lower()))
    polite = re.search(r"\b(?:can|could|would|will) you help\b", joined)
    return Reading(
        harms=tuple(found),
        topics=tuple(dict.fromkeys(topics)),
        situations=_situations(parts, joined),
        now=bool(v.NOW.search(joined)),
        ongoing=bool(v.ONGOING.search(joined)),
        near=bool(v.NEAR_WRITER.search(joined)),
        plea=plea,
        bare_plea=plea and not polite and sum(len(clause.words) for clause in parts) <= 6,
        fear=any(_frightened(clause) for clause in parts),
        about_plans=bool(v.ASKS_ABOUT_PLANS.search(joined)),
    )


# A harm word used as a noun: after a determiner ("my watch", "the chase"), or naming a watch scheme
# ("Neighbourhood Watch", "Shop Watch", "Speed Watch"), it is done to nobody.
_WATCH_SCHEMES = word_set("neighbourhood neighborhood home street crime pub shop shops business community speed farm")


def _as_noun(words: tuple[str, ...], at: int) -> bool:
    before = words[at - 1] if at else ""
    return before in v.DETERMINERS or (words[at].startswith("watch") and before in _WATCH_SCHEMES)


def _harms(clause: Clause) -> list[Harm]:
    found = [
        harm
        for at, word in enumerate(clause.words)
        if word in h.HARM_VERBS and not _as_noun(clause.words, at)
        for harm in _done(clause, at)
    ]
    for concern, pattern in h.STATEMENTS.items():
        for match in pattern.finditer(clause.text):
            own = {"i", "me", "my", "myself"} & set(match.group().split())  # "better off without me"
            at = clause.index_at(match.start())
            found.append(_told(clause, at, (concern,), who="writer" if own else None, statement=True))
    for concern, pattern in h.SITUATIONS.items():
        for match in pattern.finditer(clause.text):
            victim = victim_within(tuple(match.group().split()))
            end = clause.index_at(match.end()) + 1
            found.append(_told(clause, clause.index_at(match.start()), (concern,), who=victim, after=end))
    return found + _weapon_held(clause) + _in_danger(clause)


_PASSIVE_AUX = word_set("am is are was were be been being get gets got getting")
_FATAL = word_set("killed murdered")
_THREAT_CUES = word_set("will going said says told threatened threatening threatens if would wants")


_OWN = {"i": "my", "we": "our", "you": "your", "he": "his", "she": "her", "they": "their", "it": "its"}
"""Each subject pronoun's possessive: "he ... his coat" is his own thing."""


def _done(clause: Clause, at: int) -> list[Harm]:
    """A harm verb: passive ("I was followed") names the victim before it, active ("follows me") after."""
    words = clause.words
    before = skip_back(words, at)
    if words[at] in h.PARTICIPLES and _PASSIVE_AUX & set(words[before + 1 : at]):
        subject = phrase_before(words, before)
        who = "writer" if not subject and before < 0 else who_of(subject)  # "been followed home 3 nights"
        by = phrase_after(words, words.index("by", at) + 1) if "by" in words[at + 1 : at + 6] else ()
    else:
        victim = victim_after(words, at)
        if victim and victim[0] in v.REFLEXIVES:
            return []  # "kill myself", "hurt herself": statements, read by STATEMENTS
        by = phrase_before(words, before)
        if len(victim) == 1 and by and _OWN.get(by[-1]) == victim[0]:
            return []  # "can he grab his coat?": what one does to a thing of one's own (his wife would be named)
        who = who_of(victim)
    if who == "unknown":
        return []
    return [_told(clause, at, _refine(h.HARM_VERBS[words[at]], clause, at, by, who), who=who)]


def _refine(concern: str, clause: Clause, at: int, by: tuple[str, ...], who: Who) -> tuple[str, ...]:
    """The concerns a harm verb signals, given who does it and to whom."""
    words = clause.words
    concerns = [concern]
    if concern == "violence-now" and _THREAT_CUES & set(words[max(0, at - 4) : at]):
        concerns = ["threats"]  # "he said he'll kill me"
    nearby = set(words[max(0, at - 2) : at + 2])
    if concern == "domestic-abuse" and nearby & h.HATE_QUALIFIERS:
        concerns = ["hate-crime"]  # "racially abused"
    elif concern == "domestic-abuse" and "sexually" in nearby:
        concerns = ["sexual-violence"]
    if concern in {"violence-now", "threats", "following"} and set(by) & v.PARTNERS:
        concerns.append("domestic-abuse")
    if concern in {"violence-now", "domestic-abuse"} and set(by) & v.PARENTS:
        concerns.extend(["domestic-abuse", "child-at-risk"])
    if v.CHILDREN & set(victim_after(words, at)):
        concerns.append("child-at-risk")
    return tuple(dict.fromkeys(concerns))


def _told(
    clause: Clause,
    at: int,
    concerns: tuple[str, ...],
    who: Who | None = None,
    statement: bool = False,
    after: int | None = None,
) -> Harm:
    """A harm with how it is told: whose it is (if not yet known), and whether hypothetical or long ago. `after`
    is where the words telling the harm end, if they are more than the one at `at`."""
    words = clause.words
    if who is None:
        who = who_of(subject_of(words, at))
        if who == "unknown" and _thing_before(words, at, at + 1 if after is None else after):
            who = "thing"  # "when the bank collapsed", "my printout is missing a page"
        elif who == "unknown" and (statement or v.WRITER & set(words)):
            who = "writer"  # "took a load of pills", "want to die": the writer, unless someone else is named
    if who in {"close", "specific", "stranger"} and _child_named(words):
        concerns = (*concerns, "child-at-risk")
    if {"following", "threats", "violence-now"} & set(concerns) and _partner_named(words):
        concerns = (*concerns, "domestic-abuse")
    if v.NEAR_WRITER.search(clause.text) and who in {"stranger", "unknown"}:
        who = "writer"  # "a man is banging on my door": at the writer's home, it is the writer's danger
    over = words[at] in _FATAL and who != "writer"  # "my friend's son was killed": grief, not danger now
    prefix = len(" ".join(words[:at]))
    return Harm(
        concerns=tuple(dict.fromkeys(concerns)),
        who=who,
        statement=statement,
        hypothetical=any(match.start() <= prefix for match in v.HYPOTHETICAL.finditer(clause.text)),
        past=over or bool(v.DISTANT_PAST.search(clause.text)),
    )


_THING_DETERMINERS = word_set("a an the this that")
_OWNERS = word_set("my our your")
_NO_OBJECT = word_set(
    """from since for again and or but after before last this today tonight yesterday overnight now still all in at
    on with when while without until or since"""
)


def _thing_before(words: tuple[str, ...], at: int, after: int) -> bool:
    """Whether the harm is said of a thing named just before it: a word no people vocabulary holds after "the"
    or "a" ("when the bank collapsed"), not when the writer is in the clause, whom no one names; or after an
    owner's "my" when the word takes an object, as only a thing does ("my printout is missing a page", "my copy
    is missing theme headings"; but "our Tom is missing since Friday" is someone)."""
    before = skip_back(words, at)
    start = before
    while start >= 0 and before - start < 2 and not in_noun_phrase(words[start]):
        start -= 1
    if start < 0 or start == before:
        return False
    if words[start] in _OWNERS:
        return after < len(words) and words[after] not in _NO_OBJECT
    return start == before - 1 and words[start] in _THING_DETERMINERS and not v.WRITER & set(words)


def _child_named(words: tuple[str, ...]) -> bool:
    """A child is named ("my son", "a little girl", "my 14 year old"), and not children in general."""
    aged = any(
        word.isdigit() and int(word) < 18 and following in {"year", "yr", "yrs", "years"}
        for word, following in zip(words, words[1:], strict=False)
    )
    return (aged or bool(v.CHILDREN & set(words))) and not v.PUBLIC & set(words) - {"kids"}


def _partner_named(words: tuple[str, ...]) -> bool:
    """A partner or ex of the writer's, or of someone's, is named ("my ex keeps turning up")."""
    return any(
        word in v.PARTNERS and at and words[at - 1] in {"my", "her", "his", "our"} for at, word in enumerate(words)
    )


def _weapon_held(clause: Clause) -> list[Harm]:
    """A weapon in someone's hand ("a man outside my door with a knife"), not a topic ("knife crime")."""
    words = clause.words
    for at, word in enumerate(words):
        if word not in h.WEAPONS:
            continue
        following = words[at + 1] if at + 1 < len(words) else ""
        holding = [spot for spot in range(max(0, at - 3), at) if words[spot] in h.HOLDING]
        if following in h.WEAPON_TOPIC_AFTER or not (holding or "armed" in words):
            continue
        start = holding[0] if holding else at
        who = who_of(phrase_before(words, skip_back(words, start)))
        return [_told(clause, at, ("violence-now",), who="stranger" if who == "unknown" else who)]
    return []


_AREA_CONTEXT = re.compile(
    r"^(?:\w+ ){0,2}(?:in|on|around|round|near|at|walk|walking|go out|going out|out|when|after)\b(?! home\b)"
)
"""What follows "not safe" or "scared" when it is the area that worries ("... walking home at night")."""


def _in_danger(clause: Clause) -> list[Harm]:
    """Danger told as a state: "I'm not safe", "scared for my life", "scared of my husband"."""
    text = clause.text
    found: list[Harm] = []
    states = (
        r"\b(?:not safe|unsafe|in danger|(?:do|does|did) not feel safe|not feeling safe|(?:scared|fear) for my life)\b"
    )
    for match in re.finditer(states, text):
        rest = text[match.end() :].split()[:4]
        if rest and _AREA_CONTEXT.match(" ".join(rest) + " ") and "home" not in rest:
            continue
        concern = "domestic-abuse" if "home" in rest else "other"
        found.append(_told(clause, clause.index_at(match.start()), (concern,)))
    afraid_of = re.search(r"\b(?:scared|frightened|terrified|afraid|petrified) of (my|our|him|her|them)\b( \w+)?", text)
    if afraid_of:
        person = (afraid_of.group(2) or "").strip()
        concern = (
            "domestic-abuse" if person in v.PARTNERS | v.FAMILY or afraid_of.group(1) in {"him", "her"} else "other"
        )
        if afraid_of.group(1) not in {"my", "our"} or person in v.RELATIONS:
            found.append(_told(clause, clause.index_at(afraid_of.start()), (concern,), who="writer"))
    return found


def _frightened(clause: Clause) -> bool:
    """The writer says they are frightened, and not of a topic ("scared of knife crime in my area")."""
    words = clause.words
    for at, word in enumerate(words):
        if word not in v.FEAR_WORDS:
            continue
        rest = words[at + 1 : at + 6]
        if rest[:1] and rest[0] in {"of", "about", "by", "for"}:  # afraid of whom, or of what?
            if who_of(phrase_after(words, at + 2)) in {"writer", "close", "specific", "stranger"}:
                return True
            continue
        text = " ".join(rest)
        if word == "afraid" or any(p.search(text) for p in h.TOPICS.values()) or _AREA_CONTEXT.match(text + " "):
            continue  # "I'm afraid I don't understand the figures"; "scared to walk through the park"
        if who_of(phrase_before(words, skip_back(words, at))) in {"writer", "unknown"}:
            return True
    return False


_ANY_TOPIC = re.compile("|".join(pattern.pattern for pattern in h.TOPICS.values()))
_CLOSE_NAMED = re.compile(r"\b(?:my|our) (?:\w+ ){0,3}?(?:" + "|".join(sorted(v.RELATIONS)) + r")\b")


def _situations(parts: list[Clause], joined: str) -> tuple[str, ...]:
    """Danger words in a message about the writer's own life ("i have pills saved up") that is not a worry
    about a subject ("worried about the threat of terrorism"); topic phrases are left out of the search."""
    if not v.WRITER & {word for clause in parts for word in clause.words} or v.WORRY.search(joined):
        return ()
    remaining = _ANY_TOPIC.sub(" ", joined)
    return tuple(concern for concern, pattern in h.SITUATION_WORDS.items() if pattern.search(remaining))
