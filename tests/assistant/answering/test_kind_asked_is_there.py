"""Every way of finding an answer checks that the kind of answer asked is there: an item found by its number that
gives no figure does not answer a figure asked of it; a size asked is a figure; a title written with a capital is no
name. A real assistant over an invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

GORSEDALE = """# Gorsedale Community Safety Strategy 2024-27

## Priority 2: Safer Streets

Our actions for safer streets are:

- 2.1. Expand the street lighting programme on the Northgate estate, with 40 new columns by March 2025.
- 2.2. Fund 12 youth workers for the summer programme in the parks.
- 2.3. Review the CCTV network with the police and the town centre partnership.
- 2.4. Recruit and train volunteer street patrollers to support town centre safety at weekends.

## Late Night Economy

A late night levy on venues open after midnight will start in April 2025. It will fund extra patrols and a taxi
marshal scheme in the town centre at weekends.

## Licensing

Across the borough, 25 shops have signed up to the responsible retailer scheme, which ends the sale of super
strength beer. Residents raised alcohol misuse so often that it is now one of the three local ward priorities
for Northgate.

## Youth Voice

A newly elected Youth Council named knife crime as its top concern this year. Its members meet in the town
hall each month.

## Faith Communities

The safeguarding seminar in the spring had over 60 people in attendance, with a local Imam and a local vicar
giving talks on faith and safeguarding children.
"""

gorsedale = one_plan_fixture("gorsedale", "gorsedale-community-safety-strategy-2024-27.md", "Gorsedale", GORSEDALE)


def _refused_with(answer: object, said: str) -> None:
    assert not answer.answered, answer.text  # type: ignore[attr-defined]
    assert said in answer.text  # type: ignore[attr-defined]


def test_an_item_found_by_its_number_that_gives_no_figure_does_not_answer_how_many(gorsedale: Assistant) -> None:
    answer = gorsedale.ask("How many volunteer street patrollers will Gorsedale fund under action 2.4?")
    _refused_with(answer, "speaks of this but gives no figure for it")


def test_an_item_found_by_its_number_answers_the_figure_it_gives(gorsedale: Assistant) -> None:
    answer = gorsedale.ask("How many youth workers will action 2.2 fund?")
    assert answer.answered and "Fund 12 youth workers" in quoted(answer)


def test_a_membership_size_asks_a_figure(gorsedale: Assistant) -> None:
    answer = gorsedale.ask("What's the membership size of the Gorsedale Youth Council that chose knife crime?")
    _refused_with(answer, "speaks of this but gives no figure for it")


def test_a_title_written_with_a_capital_is_not_a_name(gorsedale: Assistant) -> None:
    answer = gorsedale.ask("Name of the imam who gave a talk at the Gorsedale safeguarding seminar?")
    _refused_with(answer, "mentions “a local Imam” but does not say which")
