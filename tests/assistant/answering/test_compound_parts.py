"""Messages read part by part: two plans of one council set side by side by their years, each asked of the years it
covers; a contrast whose second clause asks in place; and "who ...?" after a sentence about the asker. The real
assistant over invented plans."""

from __future__ import annotations

from assistant.answering.compound import split_compound
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted, several_plans_fixture

BRINSCOMBE_PLAN = """# Brinscombe Community Safety Plan 2018-2021

## Introduction

This plan sets out how the partners of the Brinscombe Safer Communities Partnership will keep people safe.

## Youth Violence

Brinscombe commissions a number of services to combat youth violence and knife carrying among young people.

The Brinscombe Youth Violence Unit works with young men aged between 16 and 24 who are at risk from gang activity. \
The unit works with 40-45 clients, and on average 3 new clients join its caseload each month.
"""

BRINSCOMBE_REPORT = """# Brinscombe Community Safety Scrutiny Report 2024

## Introduction

This report updates the scrutiny commission on the work of the Brinscombe Safer Communities Partnership.

## Youth Violence

Our Youth Harm Hub continues to engage with 61 young people and their families, who have been involved in or are \
victims of gangs and serious youth violence. Their support plans are reviewed every week.
"""

brinscombe = several_plans_fixture(
    "brinscombe",
    "brinscombe",
    {
        "brinscombe-community-safety-plan-2018-2021.md": (BRINSCOMBE_PLAN, "Brinscombe"),
        "brinscombe-scrutiny-report-2024.md": (BRINSCOMBE_REPORT, "Brinscombe"),
    },
)

OTTERY = """# Ottery Community Safety Plan 2024-27

## Domestic Abuse

Ottery Council has commissioned a new domestic abuse service from 1 April 2025, to support victims of domestic \
abuse and forced marriage. The service will be open to women and men aged 16 and over, with one phone number for \
every referral. The service will launch on 1 April 2025 and will be delivered by Harbour Women's Aid.
"""

ottery = one_plan_fixture("ottery", "ottery-community-safety-plan-2024-27.md", "Ottery", OTTERY)


def test_two_plans_set_side_by_side_by_their_years_are_each_asked_of_their_own(brinscombe: Assistant) -> None:
    answer = brinscombe.ask(
        "The Youth Violence Unit in 2018-2021 versus the Hub in 2024 - how many young people did each Brinscombe "
        "service work with?"
    )
    assert answer.answered, answer.text
    assert "40-45 clients" in quoted(answer), answer.text
    assert "61 young people" in quoted(answer), answer.text


def test_a_contrast_whose_second_clause_asks_in_place_is_two_questions() -> None:
    assert split_compound("Ottery got a CBO with which transport body, whereas Lindale wants how many?") == [
        "Ottery got a CBO with which transport body",
        "Lindale wants how many?",
    ]
    assert len(split_compound("How many burglaries were there while the levy was in force?")) == 1
    # told, then asked: one question
    assert len(split_compound("Ottery names an outreach team, while Lindale wants support for which group?")) == 1


def test_who_after_a_sentence_about_the_asker_is_asked_by_whom(ottery: Assistant) -> None:
    answer = ottery.ask("My bus was late again this morning. Who delivers Ottery's new domestic abuse service?")
    assert answer.citations, answer.text
    assert "delivered by Harbour Women's Aid" in answer.citations[0].quote, answer.text  # by whom, first
