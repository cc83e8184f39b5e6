"""A date asked ("what date was the forum held?", "on what exact day?"): answered only by evidence that gives a
date, not a year alone, and otherwise a near miss said as such; through the real assistant over an invented plan."""

from __future__ import annotations

import pytest

from assistant.answering.compound import split_compound
from assistant.answering.question import analyse
from assistant.pipeline import Assistant
from tests.assistant.answering.test_question import COUNCILS, LEXICON
from tests.assistant.answering.test_structure import assert_cited_verbatim
from tests.assistant.plan_corpus import one_plan_fixture, quoted

WRAXBY = """# Wraxby Community Safety Plan 2022-25

## Night-time economy

The partnership launched its Safer Nights Charter for pubs and clubs in 2019-20, and forty venues have signed it.

## Listening to residents

The Community Safety Forum was held on 14th March 2024 at the town hall, and over 200 residents attended.
"""

wraxby = one_plan_fixture("wraxby", "wraxby-community-safety-plan-2022-25.md", "Wraxby", WRAXBY)


def test_a_date_asked_is_answered_by_the_evidence_that_gives_it(wraxby: Assistant) -> None:
    answer = wraxby.ask("What date was Wraxby's Community Safety Forum held?")
    assert answer.answered, answer.text
    assert "held on 14th March 2024" in quoted(answer)
    assert_cited_verbatim(wraxby, answer)


@pytest.mark.parametrize(
    "question",
    [
        "On what exact date did Wraxby launch its Safer Nights Charter?",
        "What date did Wraxby launch the Safer Nights Charter for pubs and clubs?",
        "Wraxby's plan says the Safer Nights Charter launched in 2019-20 — but on what exact day?",
    ],
)
def test_evidence_giving_only_a_year_is_a_near_miss(wraxby: Assistant, question: str) -> None:
    answer = wraxby.ask(question)
    assert not answer.answered, answer.text
    assert "2019-20" not in answer.text


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("What date is the conference?", True),
        ("On what exact day did the scheme launch?", True),
        ("What is the precise date of the next meeting?", True),
        ("The serious violence duty: what's its commencement day?", True),
        ("When did the scheme launch?", False),  # a year will do
        ("What day does the market run?", False),  # a day of the week
        ("Is the plan up to date?", False),
    ],
)
def test_a_date_is_asked_for(text: str, wanted: bool) -> None:
    assert analyse(text, LEXICON, COUNCILS).wants_date is wanted


def test_what_is_told_before_a_dash_and_but_is_asked_about_not_asked() -> None:
    told = "The plan says the charter launched in 2019-20 — but on what exact day?"
    assert split_compound(told) == [told]
    # ... while a question before the dash is a question of its own
    assert len(split_compound("What does the plan say about knife crime — but who leads on it?")) == 2
