"""A line the question quotes, the figure beside the last answer, a plan's name that looks like a comparison,
and near misses that look answered: a weight asked of a count, names asked of a number, a goal's outcome asked
of the goal. The real assistant over an invented plan."""

from __future__ import annotations

from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture, quoted

PLAN = """# Thistlebury Community Safety Plan 2022-25

## Hello and Welcome from the Leader of Thistlebury

I am pleased to introduce this plan, which sets out how the council, the police, health services, the fire \
service, probation and our voluntary sector partners will work together over the next three years to keep our \
streets, homes and town centres safe, to support victims and to tackle the causes of crime and disorder.

This Community Safety Partnership Plan will show you:

- a) Which problems matter most to residents
- b) How the partners will work together
- c) How progress will be reported

## Community Safety Partnership

The Community Safety Partnership is responsible for:

- Delivering the Community Safety Partnership's strategic priorities and targets
- Fulfilling the statutory responsibilities of the partnership
- Responding to other community safety issues which may arise

## Market Street - Traders Forum

With regard to groups gathering outside the late night shops on Market Street, the neighbourhood team approached \
local traders to agree ways of reducing the nuisance caused to residents and businesses.

The neighbourhood team facilitates a traders forum every eight weeks as a means of sharing intelligence on \
shoplifting and street drinking.

The team has recorded work on 212 cases of anti-social behaviour over the past year.

National research estimates that as much as 60 % of shoplifting goes unreported, owing partly to a lack of \
confidence in effective remedies.

## Counterfeit Goods

In the same week in May, trading standards officers seized 8,000 counterfeit cigarettes and fake perfume in \
Market Street, and 4,000 more cigarettes in Hill Road.

## Schools

A resource pack on knife crime, including lesson plans, is to be circulated to 14 primary schools.

## Young People

Youth offending is measured by reoffending rates (Frequency Rate, re-offences per young person on an order).

## Domestic Abuse

Number of referrals to the domestic abuse hub (goal 340).

## Delivery

The Borough Delivery Plan sets out our priorities and commitments to residents until 2027.

## Online Help

The partnership's web pages now include:

- Links to helplines, chat lines and apps
- A delivery plan of commitments on online safety, which is under development

## Funding

In 2023-24, £400,000 of public health grant has been made available. The allocation of £400,000 takes account of \
£30,000 of savings to be made in 2023-24. A further saving of £12,000 will be required from the allocation in 2024-25.

## Other Formats

If you would like this plan in large print, in Braille or read aloud, please contact us on :

Tel No.: 01632 960 123
"""

thistlebury = one_plan_fixture("thistlebury", "thistlebury-community-safety-plan-2022-25.md", "Thistlebury", PLAN)


def test_a_quoted_lead_in_is_answered_with_the_list_it_introduces(thistlebury: Assistant) -> None:
    answer = assert_answers_quoting(
        thistlebury,
        "'This Community Safety Partnership Plan will show you' what, exactly?",
        "How progress will be reported",
    )
    assert "Which problems matter most to residents" in quoted(answer), answer.text
    assert "statutory responsibilities" not in quoted(answer), answer.text


def test_the_figure_said_just_after_the_last_answer_answers_a_follow_up_pointing_back(
    thistlebury: Assistant,
) -> None:
    first = "Groups gather outside the shops on Market Street. What did the team agree with local traders?"
    answer = thistlebury.ask("How often does it meet?", history=[turn_of(first, thistlebury.ask(first))])
    assert answer.answered, answer.text
    assert "every eight weeks" in quoted(answer), answer.text
    assert "212 cases" not in quoted(answer), answer.text


def test_a_weight_asked_is_not_answered_by_a_count(thistlebury: Assistant) -> None:
    answer = thistlebury.ask("How much did the counterfeit goods seized on Market Street in that week in May weigh?")
    assert not answer.answered, answer.text


def test_names_asked_of_a_number_are_not_answered_by_the_number(thistlebury: Assistant) -> None:
    answer = thistlebury.ask("Which 14 primary schools will get the knife crime pack in Thistlebury?")
    assert not answer.answered, answer.text


def test_whether_a_goal_was_hit_is_not_answered_by_the_goal(thistlebury: Assistant) -> None:
    answer = thistlebury.ask("Did Thistlebury hit its 340 referrals goal for the domestic abuse hub?")
    assert not answer.answered, answer.text
    assert "does not say whether it was met" in answer.text, answer.text


def test_the_kind_of_rate_asked_is_answered_though_it_is_no_figure(thistlebury: Assistant) -> None:
    assert_answers_quoting(
        thistlebury, "Which rate type does Thistlebury use to measure youth reoffending?", "Frequency Rate"
    )


def test_a_plan_called_safer_is_no_comparison_asking_for_a_figure(thistlebury: Assistant) -> None:
    answer = assert_answers_quoting(
        thistlebury,
        "My dad is partially sighted and wants to read the safer Thistlebury plan. Can he get it in Braille or "
        "read aloud, and who does he ring?",
        "in Braille or read aloud",
    )
    assert "01632 960 123" in quoted(answer), answer.text


def test_how_much_of_something_gets_done_asks_no_money(thistlebury: Assistant) -> None:
    assert_answers_quoting(
        thistlebury, "How much shoplifting does national research reckon never gets reported?", "as much as 60 %"
    )


def test_how_far_ahead_a_plan_runs_is_no_list(thistlebury: Assistant) -> None:
    answer = assert_answers_quoting(
        thistlebury, "How far ahead does the Borough Delivery Plan set out commitments?", "until 2027"
    )
    assert "under development" not in quoted(answer), answer.text


def test_a_further_figure_asked_beside_one_given_is_not_the_one_given(thistlebury: Assistant) -> None:
    assert_answers_quoting(
        thistlebury,
        "After £30,000 of savings in 2023-24, what further saving will the £400,000 allocation need the year after?",
        "£12,000",
    )
