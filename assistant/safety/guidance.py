"""Safety first: what a resident is shown when a message signals danger (instead of a plan answer) or
names a harm as a topic (beside the plan answer).

    check = SafetyCheck.load()          # the bundled UK file, or a council's own
    guidance = check.assess("someone is following me, what should I do?")
    guidance.kind == "danger"; guidance.message.startswith("If you are in danger now, call 999.")

`assess` is deterministic: a reading of the message (`signals`), a decision (`triage`) and words and
numbers from the signposting file (`signposting`). Rules alone are pure Python; given an embedder, a
message the rules do not find dangerous and that asks nothing about plans also gets a second opinion
from its meaning (`semantic`), which can raise it to danger:

    check = SafetyCheck.load(None, embedder)   # embeds the labelled examples once per embedder
    check.assess("whats the point anymore").kind == "danger"
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from assistant.safety.semantic import SecondOpinion
from assistant.safety.signals import read
from assistant.safety.signposting import Contact, Signposting, load_signposting
from assistant.safety.triage import Decision, decide, raised, wants_second_opinion

if TYPE_CHECKING:
    from assistant.embedding import Embedder

__all__ = ["Contact", "Guidance", "SafetyCheck"]

MOST_HELPLINES_IN_DANGER = 5
MOST_HELPLINES_BESIDE_AN_ANSWER = 3
SELF_DIRECTED = frozenset({"suicide", "self-harm"})
HEALTH = SELF_DIRECTED | {"overdose"}
"""Concerns for an ambulance or a mental health team rather than the police: no "call 101" line."""
GENERAL = frozenset({"violence-now", "other"})
"""Concerns too broad to choose helplines and advice by when a more specific one is named."""


@dataclass(frozen=True)
class Guidance:
    """What to show a resident: instead of the plan answer (danger) or beside it (signposting)."""

    kind: Literal["danger", "signposting"]  # danger: shown INSTEAD of a plan answer; signposting: added to one
    concerns: tuple[str, ...]  # e.g. ("following",) or ("suicide",)
    message: str  # plain language, the most important action first
    contacts: tuple[Contact, ...]  # 999 first for danger; then 101 and the relevant helplines


class SafetyCheck:
    """Reads each message before anything else and says what safety guidance it needs, if any."""

    def __init__(self, signposting: Signposting, embedder: Embedder | None = None) -> None:
        self.signposting = signposting
        self.second_opinion = SecondOpinion(embedder) if embedder is not None else None

    @classmethod
    def load(cls, path: Path | None = None, embedder: Embedder | None = None) -> SafetyCheck:
        """A check with the signposting file at `path` (None: the bundled UK file); with an embedder, the rules
        get a second opinion from meaning (the first check per embedder embeds the examples, a few seconds)."""
        return cls(load_signposting(path), embedder)

    def assess(self, message: str) -> Guidance | None:
        """Danger guidance, signposting, or None for an ordinary question with nothing to add."""
        reading = read(message)
        decision = decide(reading)
        if self.second_opinion is not None and wants_second_opinion(decision, reading):
            opinion = self.second_opinion.opinion(message)
            if opinion.distress:
                decision = raised(decision, opinion.concern)
        if decision is None:
            return None
        if decision.kind == "danger":
            return self._danger(decision)
        return self._signposting(decision)

    def _danger(self, decision: Decision) -> Guidance:
        files = self.signposting
        emergency, non_emergency = files.emergency, files.non_emergency
        helplines = self._helplines(decision.concerns, MOST_HELPLINES_IN_DANGER)
        if "overdose" in decision.concerns:
            first = f"Call {emergency.number} now for an ambulance."
        elif SELF_DIRECTED & set(decision.concerns):
            first = f"If you are in danger now or might act on these thoughts, call {emergency.number} or go to A&E."
        else:
            first = f"If you are in danger now, call {emergency.number}."
        sentences = [
            first,
            f"If you cannot speak, call {emergency.number} from a mobile, stay on the line and press 55 when asked.",
            *(files.words[concern].advice for concern in _most_specific(decision.concerns)[:2]),
            *([f"If it is not an emergency, call {non_emergency.number}."] if set(decision.concerns) - HEALTH else []),
            *(_reach(contact, "You can also") for contact in helplines[:2]),
        ]
        return Guidance(
            kind="danger",
            concerns=decision.concerns,
            message=" ".join(sentences),
            contacts=(emergency, non_emergency, *helplines),
        )

    def _signposting(self, decision: Decision) -> Guidance:
        words = self.signposting.words
        helplines = self._helplines(decision.concerns, MOST_HELPLINES_BESIDE_AN_ANSWER)
        topics = " or ".join(words[concern].topic for concern in decision.concerns[:2])
        sentences = [f"If you or someone you know is affected by {topics}, help is available."]
        sentences.extend(_reach(contact, "You can") for contact in helplines[:1])
        sentences.append(f"In an emergency, call {self.signposting.emergency.number}.")
        return Guidance(
            kind="signposting",
            concerns=decision.concerns,
            message=" ".join(sentences),
            contacts=helplines,
        )

    def _helplines(self, concerns: tuple[str, ...], most: int) -> tuple[Contact, ...]:
        """The first line for each concern, then the second, and so on, each once: every concern gets its
        own best line before any gets a second. Lines for violence in general are offered only when no
        more specific concern (domestic abuse, a child) is named."""
        lines = [self.signposting.helplines([concern]) for concern in _most_specific(concerns)]
        chosen: dict[Contact, None] = {}
        for rank in range(max((len(found) for found in lines), default=0)):
            chosen.update(dict.fromkeys(found[rank] for found in lines if rank < len(found)))
        return tuple(chosen)[:most]


def _most_specific(concerns: tuple[str, ...]) -> tuple[str, ...]:
    """The specific concerns; the general ones ("violence-now", "other") only when nothing more specific is named."""
    specific = tuple(concern for concern in concerns if concern not in GENERAL)
    return specific or concerns


def _reach(contact: Contact, lead: str) -> str:
    """One plain sentence on how to reach a contact: "You can also call Samaritans on 116 123."."""
    name = contact.name
    if name.split(" (")[0].endswith(("Line", "Helpline", "Hotline")):
        name = f"the {name}"
    if contact.number and contact.number in name:
        return f"{lead} call {name}."
    if contact.number:
        return f"{lead} call {name} on {contact.number}."
    return f"{lead} contact {name}: {contact.text}."
