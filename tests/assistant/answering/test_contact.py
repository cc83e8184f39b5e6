"""A number to ring or an address to write to, asked of a plan whose back page gives them line by line: a real
assistant over one invented plan in plain text."""

from __future__ import annotations

import pytest

from assistant.answering.evidence import units_of
from assistant.answering.extractive import Draft, Point, _with_contact
from assistant.api.chat import turn_of
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


# A back page where the phone number comes before the address, and the address's lines share no word with a
# question asking for it
KESTON_ADDRESS = ["Post: Neighbourhoods Division", "Keston Borough Council,", "Town Hall, Bridge Street, KT9 8ZX"]
KESTON_PLAN = f"""Keston Community Safety Plan 2023-26

Our priorities

The partnership will reduce robbery of young people and make the high street safer at night.

Finance and Resources

All partners will support joint funding bids to continue the work on the priorities of this plan.

Further copies of the Plan can be obtained on request to the Neighbourhoods Service within the Council.

If you would like the information in the document translated into a different language, please contact us on :

Tel No.: 01632 960 555

{chr(10).join(f"{line}{chr(10)}" for line in KESTON_ADDRESS)}
In developing this plan there has been a series of consultation events and an online crime survey.
"""

keston = one_plan_fixture("keston", "keston-community-safety-plan-2023-26.txt", "Keston", KESTON_PLAN)


def test_a_postal_address_asked_is_given_past_the_phone_number_given_first(keston: Assistant) -> None:
    answer = keston.ask("What postal address does Keston's plan give for requesting a translated copy?")
    assert answer.answered
    said = quoted(answer)
    assert all(line in said for line in KESTON_ADDRESS)


def test_a_postal_address_runs_past_a_phone_number_and_a_number_alone_stops_at_it(keston: Assistant) -> None:
    [chunk] = [c for c in keston.index.chunks.values() if "translated into a different language" in c.text]
    [lead] = [unit for unit in units_of(chunk)[0] if unit.quote.startswith("If you would like")]
    postal = [point.unit.quote for point in _with_contact(Draft((Point(lead),)), postal=True).points]
    assert postal[1:] == ["Tel No.: 01632 960 555", *KESTON_ADDRESS]
    ringing = [point.unit.quote for point in _with_contact(Draft((Point(lead),))).points]
    assert ringing[1:] == ["Tel No.: 01632 960 555"]


WARLEY_PLAN = """Warley Community Safety Plan 2024-27

Property marking

The neighbourhood team marks bicycles, phones and laptops for residents at stalls in the market square. \
Residents then have their property registered with Immobilise.com, free of charge.

Street lighting

The council will replace the lights in the underpasses with brighter lamps this winter.
"""

warley = one_plan_fixture("warley", "warley-community-safety-plan-2024-27.txt", "Warley", WARLEY_PLAN)


def test_a_follow_up_asking_the_website_of_what_was_quoted_is_answered_from_it(warley: Assistant) -> None:
    first = "Warley's neighbourhood team marks phones for residents: where does it do it?"
    answer = warley.ask("Which website holds the records?", history=[turn_of(first, warley.ask(first))])
    assert answer.answered and "Immobilise.com" in quoted(answer)


# A service the plan says has one line to ring, without printing its number
MARLCOMBE_PLAN = """Marlcombe Community Safety Plan 2024-27

Violence against women and girls

The council has commissioned a new domestic abuse service from April 2024 for victims aged 16 and over. The heart \
of the service is a single referral route for agencies and residents alike: one phone number, one email.

Burglary

The partnership will target repeat burglary on the estates with the police.
"""

marlcombe = one_plan_fixture("marlcombe", "marlcombe-community-safety-plan-2024-27.txt", "Marlcombe", MARLCOMBE_PLAN)


def test_whether_there_is_a_number_to_ring_is_answered_though_the_plan_prints_none(marlcombe: Assistant) -> None:
    answer = marlcombe.ask(
        "Is there one single number to ring for Marlcombe's domestic abuse service, or do you go through your GP?"
    )
    assert answer.answered
    assert "one phone number, one email" in quoted(answer)
    # ... but a number asked for is given only by evidence that gives one
    assert not marlcombe.ask("What number do I ring for Marlcombe's domestic abuse service?").answered


def test_an_email_address_asked_of_a_plan_that_gives_none_is_a_near_miss_saying_what_it_gives(
    harwick: Assistant,
) -> None:
    answer = harwick.ask("What email address can I use to get Harwick's plan in large print?")
    assert not answer.answered, answer.text
    assert "gives a telephone number and a postal address for this, but no email address" in answer.text
    assert not answer.citations  # no number quoted as if it were the email address asked for


WENDOVER_PLAN = """Wendover Community Safety Plan 2024-27

Contact us

For this plan in large print or another language, ring the Safer Wendover team on 01632 960 456.

You can also email the Safer Wendover team at safer.streets@wendover.gov.uk for a copy in large print.
"""

wendover = one_plan_fixture("wendover", "wendover-community-safety-plan-2024-27.txt", "Wendover", WENDOVER_PLAN)


def test_an_email_address_asked_is_answered_by_the_line_that_gives_one(wendover: Assistant) -> None:
    answer = wendover.ask("What email address can I use to get Wendover's plan in large print?")
    assert answer.answered, answer.text
    assert "safer.streets@wendover.gov.uk" in quoted(answer)
