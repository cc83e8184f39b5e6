"""An acronym the plan never spells out beside it is read by the one name whose initials spell it, and "what's the
difference between A and B?" is answered with what the plan says of each. A real assistant over an invented plan."""

from __future__ import annotations

import pytest

from assistant.answering.compound import split_compound
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

HARWOOD = """# Harwood Community Safety Plan 2021-24

## Hate Crime and Cohesion

The Cohesion Forum, the Community Tension Panel and the Prevent Board are all subgroups of the partnership.
Together they lead the partnership's work on hate crime, tensions and extremism.

- Hold monthly CTP meetings, and emergency ones after any serious incident, to agree actions on tensions.
- Train front line staff to recognise and report hate incidents.

## Antisocial Behaviour

Cases of antisocial behaviour that put a vulnerable person at risk are discussed each month at the ASB Risk
Panel, where housing, police and social care agree a plan for the victim.

Cases of domestic abuse at high risk of serious harm go to the Domestic Abuse MARAC, which meets every two
weeks to agree a safety plan for each victim and their children.

Noise complaints are handled by the environmental health team, which runs an out of hours service at weekends.
"""

harwood = one_plan_fixture("harwood", "harwood-community-safety-plan-2021-24.md", "Harwood", HARWOOD)


@pytest.mark.parametrize(
    "question",
    [
        "Harwood: what does CTP stand for?",
        # ... and an acronym the question writes beside other words, asked as "that"
        "Harwood's hate crime actions hold monthly 'CTP' meetings — what's that short for?",
    ],
)
def test_an_acronym_never_spelled_out_is_read_by_the_name_with_its_initials(harwood: Assistant, question: str) -> None:
    answer = harwood.ask(question)
    assert answer.answered
    assert "the Community Tension Panel and the Prevent Board" in quoted(answer)


def test_the_difference_between_two_things_quotes_what_the_plan_says_of_each(harwood: Assistant) -> None:
    answer = harwood.ask("Harwood: what's the difference between the ASB Risk Panel and the Domestic Abuse MARAC?")
    assert answer.answered
    assert "discussed each month at the ASB Risk Panel" in quoted(answer)
    assert "go to the Domestic Abuse MARAC" in quoted(answer)


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "What's the difference between the monthly panel and the weekly panel in the plan?",
            ["What is the monthly panel in the plan?", "What is the weekly panel in the plan?"],
        ),
        ("How do a CBO and an injunction differ?", ["What is a CBO?", "What is an injunction?"]),
        # councils or plans are compared plan by plan, as one question
        ("What is the difference between Lewisham and Sutton on hate crime?", None),
        ("What are the differences between the 2017 plan and the 2023 report?", None),
    ],
)
def test_a_difference_asked_between_two_things_asks_what_each_is(message: str, parts: list[str] | None) -> None:
    assert split_compound(message) == (parts or [message])


ELMSTEAD = """# Elmstead Community Safety Plan 2022-25

## Child Sexual Exploitation

- Awareness raising in schools, including through PSHE lessons.
- Monitor children missing from home, school and care through the CSE panel.

## Glossary

CSE - Child Sexual Exploitation PSHE – Personal, Social, Health, Economic, Education MASE - Multi Agency \
Sexual Exploitation
"""

elmstead = one_plan_fixture("elmstead", "elmstead-community-safety-plan-2022-25.md", "Elmstead", ELMSTEAD)


def test_an_acronym_pointed_back_at_is_the_one_said_last_spelled_out_whole(elmstead: Assistant) -> None:
    answer = elmstead.ask("Elmstead's CSE work mentions PSHE lessons - what does that stand for?")
    assert answer.answered
    assert answer.citations[0].quote == "PSHE – Personal, Social, Health, Economic, Education"


@pytest.mark.parametrize(
    "question",
    [
        "Checks on Elmstead's CSE work: how is PSHE spelled out?",
        "What's the full form of PSHE in Elmstead's CSE work?",
    ],
)
def test_an_acronym_asked_to_be_spelled_out_is_the_one_said_nearest_the_asking(
    elmstead: Assistant, question: str
) -> None:
    answer = elmstead.ask(question)
    assert answer.answered
    assert answer.citations[0].quote == "PSHE – Personal, Social, Health, Economic, Education"
