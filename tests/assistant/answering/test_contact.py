"""A number to ring or an address to write to, asked of a plan whose back page gives them line by line: a real
assistant over one invented plan in plain text."""

from __future__ import annotations

import pytest

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

ADDRESS = [
    "Post: Community Safety and Licensing Division",
    "Harwick Borough Council,",
    "Civic Centre, Mill Lane, HW4 2QT",
]
HARWICK_PLAN = f"""Harwick Community Safety Plan 2024-27

Our priorities

The partnership will cut burglary of homes and make the town centre safer at night.

Contact us

If you would like this plan in large print or another language, please contact us on :

Tel No.: 01632 960 123

{chr(10).join(f"{line}{chr(10)}" for line in ADDRESS)}
Report a crime to the police on 101, or 999 in an emergency.
"""

harwick = one_plan_fixture("harwick", "harwick-community-safety-plan-2024-27.txt", "Harwick", HARWICK_PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "What is the postal address of Harwick's community safety and licensing division?",
        "Where is the Harwick community safety and licensing office? Postal address please.",
    ],
)
def test_an_address_asked_is_answered_with_every_line_of_it(harwick: Assistant, question: str) -> None:
    answer = harwick.ask(question)
    assert answer.answered
    said = quoted(answer)
    assert all(line in said for line in ADDRESS)  # the division, the council and the street with its postcode


def test_the_lines_of_an_address_are_text_not_headings(harwick: Assistant) -> None:
    sections = {chunk.section for chunk in harwick.index.chunks.values()}
    assert not {*ADDRESS} & sections
