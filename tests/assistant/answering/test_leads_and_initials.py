"""What the sentence before a figure says it is of, initials either side of an ampersand that the plan never
writes, and whether a target was met where the plan only sets it. The real assistant over an invented plan."""

from __future__ import annotations

from assistant.answering.question import figures_asked
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture, quoted

HEXLEY = """# Hexley Community Safety Plan 2024-27

## Funding

The council receives yearly funding from the Home Office for the delivery of Prevent projects and associated staff \
costs. In 2024-25, the council will receive £48,000 for the delivery of two Prevent projects in secondary schools.

The council also benefits from annual funding directly from the Home Office that provides charities with funding \
for the delivery of Prevent projects. In 2024-25, local charities will receive £96,000 for the delivery of three \
Prevent projects.

The Housing Revenue Account sets aside £1.2 million over the next 3 years for estate security and door entry systems.

## Serious Violence

The partnership has a 3 year Harm and Recovery Action Plan which was agreed in May 2024 for delivery between June \
2024 and March 2027. The Harm and Recovery Board meets every quarter and is chaired by the Director of Housing.

The partnership also has a Night Time Economy Action Plan, agreed in January 2023, and a Domestic Abuse Action Plan \
agreed in September 2022.

## Performance Indicators

| Outcome | Measure |
| --- | --- |
| Increase in the number of referrals to the MARAC. | Number of MARAC referrals (target 250). |
| Reduction in repeat victims of domestic abuse. | Percentage of repeat victims (target 28%). |

## Policing

The council has agreed to fund further police officers for the town over the next three years from 2025-26:

- 12 police officers to patrol housing estates with a focus on drug dealing.
- An additional 16 police officers to respond to hotspot locations across the town.

## Street Drinking

Shops in the town centre are asked to stop selling high strength beer and cider. Those that join the \
Responsible Retailer Scheme will display a window sticker to let customers know they are a Responsible Retailer.

## Enforcement

The target of 20 Community Protection Notices for 2023-24 was exceeded, with 26 notices served on fly-tippers.
"""

hexley = one_plan_fixture("hexley", "hexley-community-safety-plan-2024-27.md", "Hexley", HEXLEY)


def test_a_figure_is_of_what_the_sentence_before_it_says(hexley: Assistant) -> None:
    # the figure's sentence names neither the Home Office nor what the money is for; the sentence before does
    answer = assert_answers_quoting(
        hexley, "How much Home Office money goes to charities in Hexley?", "local charities will receive £96,000"
    )
    assert "directly from the Home Office that provides charities" in quoted(answer), answer.text
    assert "£48,000" not in quoted(answer), answer.text


def test_initials_either_side_of_an_ampersand_stand_for_the_name_the_plan_spells_out(hexley: Assistant) -> None:
    answer = assert_answers_quoting(hexley, "When was the H&R action plan agreed in Hexley?", "agreed in May 2024")
    assert "Night Time Economy" not in quoted(answer), answer.text
    answer = assert_answers_quoting(hexley, "Who chairs the H&R board in Hexley?", "chaired by the Director of Housing")


def test_whether_a_target_was_met_is_not_answered_by_the_target_alone(hexley: Assistant) -> None:
    answer = hexley.ask("Did Hexley hit its 250 referral target for the MARAC last year?")
    assert not answer.answered, answer.text
    assert "sets a target for this but does not say whether it was met" in answer.text, answer.text
    answer = hexley.ask("Has Hexley met its target for MARAC referrals?")
    assert not answer.answered, answer.text
    # the target is still the answer to what the target is, and a plan that says how it went answers
    assert_answers_quoting(hexley, "What is the target for MARAC referrals in Hexley?", "target 250")
    assert_answers_quoting(hexley, "Did Hexley meet its target for Community Protection Notices?", "was exceeded")


HEXLEY_REPORT = """# Hexley Community Safety Partnership Plan: report to the Scrutiny Committee, March 2025

## RECOMMENDATIONS

1. That the committee notes the progress made in the first year of the partnership plan.

## BACKGROUND INFORMATION

2. Under the Crime and Disorder Act 1998 the partnership must prepare a plan to reduce crime and disorder.

## Partnership Priorities

3. The partnership has agreed three priorities: violence, anti-social behaviour and fraud.

## KEY ISSUES FOR CONSIDERATION

4. Funding for the youth outreach service ends in March 2026.

## AUDIT TRAIL

5. Lead officer: Head of Community Safety.
"""

hexley_report = one_plan_fixture("hexley_report", "hexley-scrutiny-report-2025.md", "Hexley", HEXLEY_REPORT)


def test_headings_asked_for_in_capitals_are_those_the_report_prints_in_capitals(hexley_report: Assistant) -> None:
    answer = hexley_report.ask("What are the headings in capitals in the Hexley scrutiny report?")
    assert [c.quote for c in answer.citations] == [
        "RECOMMENDATIONS",
        "BACKGROUND INFORMATION",
        "KEY ISSUES FOR CONSIDERATION",
        "AUDIT TRAIL",
    ], answer.text
    answer = hexley_report.ask(
        "Straight after the recommendations, what capitalised heading comes next in the Hexley report?"
    )
    assert [c.quote for c in answer.citations] == ["BACKGROUND INFORMATION"], answer.text
    answer = hexley_report.ask("List the capital-letter headings of the Hexley report after BACKGROUND INFORMATION.")
    assert [c.quote for c in answer.citations] == ["KEY ISSUES FOR CONSIDERATION", "AUDIT TRAIL"], answer.text


def test_how_a_resident_can_tell_something_is_asked_of_the_plan_not_a_service(hexley: Assistant) -> None:
    # "how can I tell ...?" asks how something shows, which the plan says; it is no request for a service
    assert_answers_quoting(
        hexley,
        "The council website keeps crashing on me. How can I tell a Hexley off-licence has joined the Responsible "
        "Retailer Scheme?",
        "display a window sticker",
    )


def test_figures_set_before_what_is_asked_of_them_are_the_figures_asked(hexley: Assistant) -> None:
    question = "12 and 16: what are these two numbers of police officers for, in the Hexley 2024-27 plan?"
    assert figures_asked(question) == {"12", "16"}  # not the plan's years, nor nothing because they are counts
    assert figures_asked("My son is 14 and my daughter 18. What are these clubs for?") == frozenset()  # a story
    answer = assert_answers_quoting(hexley, question, "12 police officers to patrol housing estates")
    assert "16 police officers to respond to hotspot locations" in quoted(answer), answer.text
