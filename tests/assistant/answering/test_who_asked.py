"""Who a question asks for: "who else are they working with?" asks for partners, not for who funds or runs the
work; and "the chairs or the board: who reviewed it?" offers the chairs as one answer, it does not ask who chairs.
The real assistant over an invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture

STANWICK = """# Stanwick Community Safety Plan 2024-27

## Youth Panel

The Stanwick Youth Panel meets every month at the Riverside Centre, and the panel is funded by the Harbridge Trust.
New diversion projects are being discussed with the Youth Offending Service, Probation and the Health Trust.

## Priority Setting

Following talks with the Police about local priorities, the Partnership Board agreed that the new policing
priorities were to be reviewed by the Subgroup Chairs and agreement reached on which theme each belongs under.

## Governance

Each subgroup reports to the partnership board every quarter, and the subgroup chairs meet every month.
"""

stanwick = one_plan_fixture("stanwick", "stanwick-community-safety-plan-2024-27.md", "Stanwick", STANWICK)


def test_who_else_they_work_with_is_answered_with_the_partners_first(stanwick: Assistant) -> None:
    answer = stanwick.ask("Who else are new diversion projects in Stanwick being discussed with?")
    assert answer.answered, answer.text
    # the partners lead, not who funds the panel (a "by whom" sentence answers "who runs it?")
    assert "Youth Offending Service" in answer.citations[0].quote, answer.text


def test_chairs_offered_as_one_answer_are_not_a_question_of_who_chairs(stanwick: Assistant) -> None:
    answer = assert_answers_quoting(
        stanwick,
        "In Stanwick, the Subgroup Chairs or the Partnership Board: who reviewed the new policing priorities?",
        "reviewed by the Subgroup Chairs",
    )
    # the sentence saying by whom it was reviewed leads: another "by whom" sentence does not crowd it out
    assert "reviewed by the Subgroup Chairs" in answer.citations[0].quote, answer.text
