"""Numbered sections asked for by their number, sections of an Act, months asked for, and years said as when
something happened. The real assistant over two invented plans of one council."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, quoted, several_plans_fixture

PLAN = """# Ferncastle Community Safety Plan 2019-21

## Contents

Foreword\tPage 3
Our Approach\tPage 4
New Powers\tPage 5
Linked Documents\tPage 6
Substance Misuse\tPage 7

## Foreword

This plan sets out how the partnership will keep Ferncastle safe over the next two years.

## Our Approach

This plan focuses on improving the six areas identified in the review:

1. Communication
2. Community Engagement
3. Early Intervention
4. Resources
5. Tasking
6. Tools and Powers

## New Powers

The Anti-social Behaviour, Crime and Policing Act introduced new powers for professionals:

- The Criminal Behaviour Order
- The Community Protection Notice
- The Dispersal Power

Council officers have also begun to utilise the new powers to address anti-social behaviour and crime. A Criminal \
Behaviour Order was successfully sought against a repeat offender in conjunction with the British Transport Police, \
which included specific prohibitions that the offender had to abide by to address their behaviour.

## Linked Documents

The plan is linked to the strategies of other delivery groups:

- Ferncastle Strategic Assessment 2018
- Health and Wellbeing Strategy
- Youth Justice Plan

## Substance Misuse

Substance misuse services are commissioned jointly with public health and reviewed every year.
"""

REPORT = """# Ferncastle Council Cabinet Report: Community Safety Partnership Plan 2022-25

## 1. REASONS FOR THE DECISIONS

1.1 The partnership must publish a plan setting out how it will reduce crime and disorder.

## 2. DETAILS OF REPORT

2.1 A Strategic Assessment of crime, anti-social behaviour and reoffending was carried out in May-June 2021 and \
its findings were considered at a partnership workshop.

2.2 Adults - between April 2019 and March 2020 substance misuse services in Ferncastle supported 1,400 service users.

2.3 Young people - the retention rate for young people in effective treatment has increased (above 80%).

2.3a Concern about burglary has decreased from 31% in 2016 to 18% in 2020. Burglary however remains a key concern for \
many residents.

2.4 Over 12 weeks in summer 2020, the partnership ran a public consultation on its priorities, which drew 900 \
responses.

## 5. LEGAL COMMENTS

5.1 The Crime and Disorder Act 1998 requires the council and the other responsible authorities to formulate and \
implement a strategy for the reduction of crime and disorder in the area.

5.2 The partnership discharges these functions on behalf of the council.

## 6. LICENSING

6.1 A Late Night Levy will come into effect in June 2023 for premises open after midnight.

## 8. SUSTAINABLE ACTION FOR A GREENER ENVIRONMENT

8.1 There are no direct environmental implications arising from this report.
"""

ferncastle = several_plans_fixture(
    "ferncastle",
    "ferncastle",
    {
        "ferncastle-community-safety-plan-2019-21.md": (PLAN, "Ferncastle"),
        "ferncastle-cabinet-report-2022-25.md": (REPORT, "Ferncastle"),
    },
)


def test_a_numbered_section_is_the_heading_printed_with_its_number(ferncastle: Assistant) -> None:
    answer = assert_answers_quoting(
        ferncastle, "What is the title of section 8 of the Ferncastle cabinet report?", "8. SUSTAINABLE ACTION"
    )
    # the report's section 5 is its legal comments, not the fifth item of a numbered list in the plan
    answer = assert_answers_quoting(
        ferncastle, "What is section 5 of the Ferncastle cabinet report called?", "5. LEGAL COMMENTS"
    )
    assert "Tasking" not in quoted(answer), answer.text
    answer = assert_answers_quoting(
        ferncastle, "What does section 5 of the Ferncastle cabinet report say?", "requires the council"
    )
    assert "Tasking" not in quoted(answer), answer.text


def test_whether_there_is_a_section_on_something_is_answered_with_its_heading(ferncastle: Assistant) -> None:
    assert_answers_quoting(
        ferncastle, "Is there a section on a greener environment in the Ferncastle cabinet report?", "8. SUSTAINABLE"
    )


def test_which_page_covers_one_thing_and_which_covers_another(ferncastle: Assistant) -> None:
    answer = assert_answers_quoting(
        ferncastle,
        "Which page of the Ferncastle plan covers new powers, and which covers substance misuse?",
        "New Powers | Page 5",
    )
    assert "Substance Misuse | Page 7" in quoted(answer), answer.text


def test_a_section_of_an_act_is_not_a_section_of_the_plan(ferncastle: Assistant) -> None:
    answer = ferncastle.ask("What does section 5 of the Crime and Disorder Act 1998 require of councils in Ferncastle?")
    assert "LEGAL COMMENTS" not in quoted(answer), answer.text
    assert "Tasking" not in quoted(answer), answer.text


def test_months_asked_for_are_answered_with_months(ferncastle: Assistant) -> None:
    answer = assert_answers_quoting(
        ferncastle, "In which months was Ferncastle's strategic assessment carried out?", "May-June 2021"
    )
    assert "Strategic Assessment 2018" not in quoted(answer), answer.text


def test_a_year_said_with_its_month_does_not_pick_the_plan_in_force_then(ferncastle: Assistant) -> None:
    # April 2019 falls in the 2019-21 plan's years; the later report is the one that reports on it
    assert_answers_quoting(
        ferncastle,
        "How many adults did Ferncastle's substance misuse services support between April 2019 and March 2020?",
        "supported 1,400 service users",
    )
    answer = assert_answers_quoting(
        ferncastle,
        "How many adults did Ferncastle's substance misuse services support between April 2019 and March 2020, "
        "and what is the retention rate for young people in treatment?",
        "supported 1,400 service users",
    )
    assert "above 80%" in quoted(answer), answer.text


def test_a_year_said_as_when_something_happened_does_not_pick_the_plan_in_force_then(ferncastle: Assistant) -> None:
    # 2020 falls in the 2019-21 plan's years; the later report is the one that tells of the consultation
    assert_answers_quoting(
        ferncastle, "How many responses did the summer 2020 public consultation draw?", "drew 900 responses"
    )
    assert_answers_quoting(
        ferncastle, "How many responses did the 2020 public consultation draw?", "drew 900 responses"
    )


def test_a_rate_asked_for_is_not_a_year(ferncastle: Assistant) -> None:
    answer = ferncastle.ask("What is the late night levy rate in Ferncastle for a large venue?")
    assert not answer.answered, answer.text
    assert_answers_quoting(ferncastle, "When does Ferncastle's late night levy come into effect?", "June 2023")


def test_a_year_said_after_a_name_is_still_the_plan_of_that_year(ferncastle: Assistant) -> None:
    # "Ferncastle's 2020 commitment" is the commitment of the plan in force in 2020
    answer = assert_answers_quoting(
        ferncastle,
        "What is Ferncastle's 2020 commitment on substance misuse services?",
        "commissioned jointly with public health",
    )
    assert "1,400" not in quoted(answer), answer.text


def test_a_run_of_figures_years_does_not_pick_the_plan_in_force_in_one_of_them(ferncastle: Assistant) -> None:
    # 2020 falls in the 2019-21 plan's years, 2016 in no plan's: the years are those of figures, which the later
    # report gives
    assert_answers_quoting(
        ferncastle,
        "How did concern about burglary in Ferncastle change between 2016 and 2020?",
        "from 31% in 2016 to 18% in 2020",
    )
