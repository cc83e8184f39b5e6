"""A "which priority does X sit under?" question whose answer is said outside the priorities' own sections, in a
paragraph naming the priority by its title: that priority, with the sentence that says X. A real assistant over an
invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture

FARLEY = """# Farley Community Safety Plan 2020-24

## Term of the Plan and Priorities

- 2.1 The partnership agreed in March 2020 that this plan should cover 2020-24, in line with the police plan.
- 2.2 Hate Crime, Cohesion and Extremism have been grouped together as one priority because of the links between
them. This priority, and the extremism part of it in particular, includes the statutory work that the partnership
carries out under the Prevent Strategy.

## Priority A: Antisocial Behaviour and Drugs

We will run joint patrols in the parks, close premises used for dealing, and help residents report nuisance.

## Priority B: Hate Crime, Cohesion and Extremism

We will recruit hate crime champions, hold community events in every ward and publish our tension reports.

## Priority C: Reducing Reoffending

We will house offenders leaving prison and find them training and work.
"""

farley = one_plan_fixture("farley", "farley-community-safety-plan-2020-24.md", "Farley", FARLEY)


def test_the_priority_a_paragraph_names_as_holding_the_subject_is_the_answer(farley: Assistant) -> None:
    answer = farley.ask("Which priority does Farley's statutory Prevent work sit under?")
    assert answer.answered
    quotes = [citation.quote for citation in answer.citations]
    assert quotes[0] == "Priority B: Hate Crime, Cohesion and Extremism"
    assert any("statutory work that the partnership carries out under the Prevent Strategy" in q for q in quotes)


HOLBECK = """# Holbeck Community Safety Plan 2021-25

## What residents told us

Residents who answered our survey put drug dealing first. Also on the list was ASB linked with cars and bikes: \
noise, racing on the estates and people gathering around parked vehicles late at night.

## Priority A: Anti-Social Behaviour (ASB) and Drugs

We will run joint patrols in the parks, close premises used for dealing, and help residents report nuisance.

## Priority B: Violence Against Women and Girls (VAWG)

We will fund refuge places, train staff in schools and run a campaign on street harassment.

## Priority C: Reducing Reoffending

We will house offenders leaving prison and find them training and work.
"""

holbeck = one_plan_fixture("holbeck", "holbeck-community-safety-plan-2021-25.md", "Holbeck", HOLBECK)


def test_a_paragraph_naming_a_priority_by_the_short_form_its_title_gives_names_that_priority(
    holbeck: Assistant,
) -> None:
    answer = holbeck.ask("In the Holbeck plan, which priority does racing on the estates feed?")
    assert answer.answered
    quotes = [citation.quote for citation in answer.citations]
    assert quotes[0] == "Priority A: Anti-Social Behaviour (ASB) and Drugs"
