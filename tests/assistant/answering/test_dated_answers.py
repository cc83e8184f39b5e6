"""A date asked of a named plan: a sentence giving a date answers it when it says part of what is asked, close in
meaning (few sentences give a date); through the real assistant over an invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.answering.test_structure import assert_cited_verbatim
from tests.assistant.plan_corpus import one_plan_fixture, quoted

KESWICK = """# Keswick Community Safety Plan 2023-26

## How this plan was made

The findings of the strategic assessment were considered by the Community Safety Partnership at its Review
Workshop on 27th September 2022.

Residents told us that they want more visible patrols, better street lighting and quicker action on fly-tipping.
The partnership agreed its priorities after going over what residents said in the survey.

## Our priorities

We will reduce burglary, tackle violence against women and girls, and cut re-offending.
"""

keswick = one_plan_fixture("keswick", "keswick-community-safety-plan-2023-26.md", "Keswick", KESWICK)


def test_a_sentence_giving_a_date_answers_when_asked_of_the_plan(keswick: Assistant) -> None:
    answer = keswick.ask(
        "Keswick: the partnership met before agreeing its priorities to go over the assessment findings and what "
        "residents said — on what date?"
    )
    assert answer.answered, answer.text
    assert "Review Workshop on 27th September 2022" in quoted(answer)
    assert_cited_verbatim(keswick, answer)


def test_a_date_the_plan_does_not_give_is_still_not_answered(keswick: Assistant) -> None:
    answer = keswick.ask("When did Keswick's new street lighting get switched on?")
    assert "27th September 2022" not in answer.text
