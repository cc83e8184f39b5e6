"""What a plan's tables and headings answer: the cells of a column named by its heading, the body a heading over
indicators names as theirs, and a count said before the thing it counts. The real assistant over invented plans."""

from __future__ import annotations

from assistant.answering.question import analyse
from assistant.pipeline import Assistant
from assistant.retrieval.lexicon import Lexicon
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture, quoted

KETTLEWOOD = """# Kettlewood Community Safety Plan 2024-27

## Reducing Reoffending

Integrated offender management works with the most prolific adult offenders across the district.

## Youth Justice Management Board Priority Performance Indicators

Young People: first-time entrants to the youth justice system (rate per 100,000 young people)

## Priority Performance Indicators for 2024/25

- Number of adults on the offender management cohort who are in stable housing
- Number of knife crime offences recorded by the police

## Tackling Anti-Social Behaviour

- 1. During 2023 we ran our first street safety survey, asking residents, workers and visitors where they feel \
unsafe in the district. This information along with police data identified 3 areas in the district which are \
disproportionately affected by anti-social behaviour. Patrols were deployed to those areas.
- 2. Our Safer Streets campaign was launched in the spring with posters in libraries, leisure centres and parks.
- 3. The Youth Outreach Team spoke to young people in parks and on estates about staying safe at night.
- 4. A new Community Trigger leaflet has been sent to every housing association tenant in the district.

## Background Documents

| Background Papers | Held At | Contact |
| --- | --- | --- |
| Kettlewood Strategic Assessment 2023 | Community Safety Team, Kettlewood Town Hall | Mel Archer |
"""

kettlewood = one_plan_fixture("kettlewood", "kettlewood-community-safety-plan-2024-27.md", "Kettlewood", KETTLEWOOD)


def test_a_column_named_by_its_heading_is_answered_with_its_cells(kettlewood: Assistant) -> None:
    answer = assert_answers_quoting(
        kettlewood, "What is listed under Background Papers in the Kettlewood plan?", "Strategic Assessment 2023"
    )
    assert quoted(answer) == "Kettlewood Strategic Assessment 2023", answer.text
    answer = assert_answers_quoting(
        kettlewood, "Kettlewood plan, the Held At column: where is it kept?", "Kettlewood Town Hall"
    )
    assert quoted(answer) == "Community Safety Team, Kettlewood Town Hall", answer.text


def test_the_body_a_heading_over_indicators_names_owns_them(kettlewood: Assistant) -> None:
    answer = assert_answers_quoting(
        kettlewood,
        "Which board in Kettlewood owns the first-time entrants indicator?",
        "Youth Justice Management Board Priority Performance Indicators",
    )
    assert "Youth Justice Management Board" in answer.text
    assert "first-time entrants" in quoted(answer), answer.text
    # the plan model records it: the measure's owner
    plan = kettlewood.index.plans["kettlewood-community-safety-plan-2024-27.md"]
    owners = {target.measure.split(":")[0]: target.owner for target in plan.targets}
    assert owners["Young People"] == "Youth Justice Management Board", owners
    assert not any(owner for measure, owner in owners.items() if measure != "Young People"), owners


def test_a_count_said_before_what_it_counts_answers_over_the_list_it_sits_in(kettlewood: Assistant) -> None:
    # "found" says what was done to the areas; the areas are what is counted
    lexicon = Lexicon(acronyms={}, vocabulary={})
    assert analyse("Number of areas found to be disproportionately affected by ASB?", lexicon, []).counted == ("area",)
    answer = assert_answers_quoting(
        kettlewood,
        "Kettlewood: number of areas found to be disproportionately affected by anti-social behaviour?",
        "identified 3 areas",
    )
    assert len(answer.citations) == 1, answer.text  # the sentence, not the list of what was done
