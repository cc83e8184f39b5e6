"""Deciding from a reading: guidance instead of the plan answer, signposting beside it, or nothing.

A false alarm costs a resident one screen of phone numbers; a miss can cost a life. So harm told as
happening to the writer or someone they know is danger even inside a question about plans ("I'm being
stalked, what is the council doing?"); only harm spoken of in general, or hypothetically or long ago
inside a question about plans, is left to the plan answer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from assistant.safety.harms import CONCERNS, DANGER_CONCERNS
from assistant.safety.signals import Harm, Reading


@dataclass(frozen=True)
class Decision:
    kind: Literal["danger", "signposting"]
    concerns: tuple[str, ...]


def decide(reading: Reading) -> Decision | None:
    """Danger when a harm is personal (or the writer is frightened and asks nothing about plans);
    signposting when harm is only a topic; else nothing."""
    danger = [concern for harm in reading.harms if _is_danger(harm, reading) for concern in harm.concerns]
    if not danger and reading.fear and (reading.plea or not (reading.about_plans or reading.topics)):
        danger = ["other"]
    if not danger and reading.bare_plea and not (reading.about_plans or reading.topics):
        danger = ["other"]
    if not danger and reading.situations and not reading.about_plans:
        danger = list(reading.situations)  # the wide net: the writer's own situation, and no question about plans
    if danger:
        return Decision("danger", _ordered(danger))
    named = [*reading.topics, *(concern for harm in reading.harms if harm.who != "thing" for concern in harm.concerns)]
    return Decision("signposting", _ordered(named)) if named else None


def wants_second_opinion(decision: Decision | None, reading: Reading) -> bool:
    """The meaning of a message may still raise danger: the rules did not, and it is not a question about plans,
    services or figures (those keep their plan answer)."""
    return not (decision is not None and decision.kind == "danger") and not reading.about_plans


def raised(decision: Decision | None, concern: str) -> Decision:
    """Danger on the second opinion: the concern it names, with any the rules named."""
    return Decision("danger", _ordered([concern, *(decision.concerns if decision else ())]))


def _is_danger(harm: Harm, reading: Reading) -> bool:
    if harm.who in {"public", "unknown", "thing"}:
        return False
    if harm.statement:
        return True  # suicide, self-harm or overdose of someone in particular: always
    if not DANGER_CONCERNS & set(harm.concerns):
        return False
    if harm.who == "stranger":  # seen happening to someone: danger if it is here or now
        return reading.near or reading.now or (reading.ongoing and not reading.about_plans)
    if harm.who == "specific" and reading.about_plans:
        return False  # "how does the plan help victims when perpetrators follow them?"
    return not ((harm.hypothetical or harm.past) and reading.about_plans)


def _ordered(concerns: list[str]) -> tuple[str, ...]:
    """Each concern once, most urgent first (the order of `CONCERNS`)."""
    return tuple(sorted(set(concerns), key=CONCERNS.index))
