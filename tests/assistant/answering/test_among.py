"""'Which of those ...?' after a list: the items of the last answer that the message picks out, through the
real assistant over an invented plan, and the choosing rule on its own."""

from __future__ import annotations

from assistant.answering.among import asks_among, pick
from assistant.answering.evidence import Unit
from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from ingest.documents import Chunk, PlanMetadata
from tests.assistant.plan_corpus import one_plan_fixture

STRANDS = [
    "Domestic Abuse",
    "Forced Marriage",
    "Trafficking and Exploitation",
    "Stalking and Harassment",
    "Child Sexual Exploitation",
]
HAXBY = "# Haxby Community Safety Plan 2022-25\n\n## Violence against women and girls\n\n" + (
    "Violence against women and girls is a priority for every partner in Haxby. The strands of our violence "
    "against women and girls work are:\n\n" + "\n".join(f"- {strand}" for strand in STRANDS) + "\n\n"
    "## Burglary\n\nBurglary fell last year and the partnership will keep working with residents on it.\n\n"
    "## Exploitation\n\nThe exploitation of young people by gangs is a growing concern for schools in Haxby.\n"
)

haxby = one_plan_fixture("haxby", "haxby-community-safety-plan-2022-25.md", "Haxby", HAXBY)

FIRST = "What are the strands of Haxby's violence against women and girls work?"


def _after_the_list(assistant: Assistant, message: str) -> list[str]:
    listed = assistant.ask(FIRST)
    assert [c.quote for c in listed.citations][-len(STRANDS) :] == STRANDS  # the list was the answer
    answer = assistant.ask(message, history=[turn_of(FIRST, listed)])
    assert answer.answered
    return [c.quote for c in answer.citations]


def test_which_of_those_picks_the_listed_items_that_say_what_it_adds(haxby: Assistant) -> None:
    # not the plan's other passage on exploitation: the strands just listed that are about it
    assert _after_the_list(haxby, "Which of those are about exploitation?") == [STRANDS[2], STRANDS[4]]


def test_which_of_those_picks_the_one_item_closest_in_meaning_when_none_says_its_words(haxby: Assistant) -> None:
    assert _after_the_list(haxby, "Which one of those is about being made to marry someone?") == [STRANDS[1]]


META = PlanMetadata(source="p.txt", title="P Plan", council="P")


def _items(*texts: str) -> list[Unit]:
    chunk = Chunk(id="c", text="\n".join(texts), metadata=META)
    starts = [sum(len(text) + 1 for text in texts[:index]) for index in range(len(texts))]
    return [Unit(chunk, start, start + len(text), "item") for start, text in zip(starts, texts, strict=True)]


def test_pick_takes_every_item_saying_enough_of_what_was_asked() -> None:
    items = _items("a", "b", "c")
    said = {"a": 1.0, "b": 0.0, "c": 0.6}
    assert [u.quote for u in pick(items, lambda u: said[u.quote], [0.1, 0.9, 0.1], 0.5, 0.35, 0.05)] == ["a", "c"]


def test_pick_by_meaning_needs_one_item_clearly_closest() -> None:
    items = _items("a", "b", "c")
    nothing = lambda unit: 0.0  # noqa: E731 - a rule's input, written inline
    assert [u.quote for u in pick(items, nothing, [0.2, 0.5, 0.3], 0.5, 0.35, 0.05)] == ["b"]
    assert pick(items, nothing, [0.2, 0.5, 0.48], 0.5, 0.35, 0.05) == []  # two as close: none picked out
    assert pick(items, nothing, [0.2, 0.3, 0.1], 0.5, 0.35, 0.05) == []  # none close enough


def test_pick_that_would_take_every_item_picks_none_out() -> None:
    items = _items("a", "b")
    assert pick(items, lambda unit: 1.0, [0.4, 0.4], 0.5, 0.35, 0.05) == []


def test_which_of_those_is_asked_only_with_a_pointer_to_the_list() -> None:
    assert asks_among("Which of those are about exploitation?")
    assert asks_among("which one of them gets the most money?")
    assert asks_among("Which ones are new?")
    assert asks_among("Which one handles Prevent?")
    assert not asks_among("Which one of the plans covers 2019?")
    assert not asks_among("Which plans mention exploitation?")
    assert not asks_among("Which of the priorities covers knife crime?")


# Priorities with sections of their own: the plan model knows which one holds a subject.
ORTON = """# Orton Community Safety Plan 2022-25

The partnership has agreed on three priorities for the term of this plan, they are:

- Priority A: Safer Streets
- Priority B: Violence
- Priority C: Reducing Re-offending

## Priority A: Safer Streets

Street lighting and CCTV will be improved in the town centre.

## Priority B: Violence

Domestic abuse and sexual violence are under-reported and the partnership will support victims to come forward.

## Priority C: Reducing Re-offending

Knife crime and gun crime are committed by a small number of young offenders, and the youth offending team will \
work with each of them.
"""

orton = one_plan_fixture("orton", "orton-community-safety-plan-2022-25.md", "Orton", ORTON)


def test_which_of_those_priorities_holds_a_subject_is_the_plan_model_s_not_the_closest_name(orton: Assistant) -> None:
    first = "What are Orton's priorities?"
    listed = orton.ask(first)
    assert "- Priority B: Violence" in listed.text
    answer = orton.ask("Which one of those deals with stabbings and shootings?", history=[turn_of(first, listed)])
    assert [c.quote for c in answer.citations] == ["Priority C: Reducing Re-offending"]
