"""A question that says a figure and asks what it is ("18,289: what's that projection?"), or names a person ("Stephen
Douglass's role?"), is answered by what the plan says with that figure or name, however the question words the rest.
A real assistant over an invented plan."""

from __future__ import annotations

import pytest

from assistant.answering.extractive import _says_shares
from assistant.answering.question import figures_asked, said_figures
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted, several_plans_fixture

ORCHARD_PLAN = """# Orchard Vale Community Safety Plan 2018-22

## Our borough

Concern about anti-social behaviour has decreased from 31% in 2012 to 17% in 2017. Most residents now feel safe \
walking alone after dark.

## Policing

The new policing model is based on multi-borough command units, each covering more than one district. It is \
envisioned that if rolled out across the region there would be between 7 and 9 of these, a reduction on the \
current 24.

## Reports

In 2016/17 the police logged 14,802 reports on the non-emergency number. 2017/18, however, is expected to see an \
increase of 6.5% to 15,764 reports.

## Audit trail

| Lead Officer | Priya Anand-Whitlow, Director of Communities |
| Report Author | Tomasz Ferrant, Head of Community Safety |

## Night time

Street pastors patrol Market Cross on Friday and Saturday nights. Safe havens are shops and cafes where anyone who \
feels unsafe can go in and ask for help.

## Reoffending measures

| Outcome | Measure |
| Less offending overall | Offences per person on the offender cohort (1.6 per person) |
| Fewer burglaries by the cohort | Burglaries per person on the offender cohort (0.9 per person) |
| Fewer assaults by the cohort | Assaults per person on the offender cohort (0.5 per person) |

## Funding

The partnership set aside 20% of its budget for prevention. Another 20% went to victim services. A further \
20% went to enforcement.
"""

orchard = one_plan_fixture("orchard", "orchard-vale-community-safety-plan-2018-22.md", "Orchard Vale", ORCHARD_PLAN)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("15,764: what's that projection?", {"15764"}),
        ("Seventy per cent of whom?", {"70"}),  # a share said in words
        ("Twenty-five percent of what budget?", {"25"}),
        ("Which seventy participants?", set()),  # a count in words is how many, not a figure printed
        ("31% to 17% - what measure?", {"31", "17"}),
        ("Version table entry dated 29.08.17?", {"29.08.17"}),
        ("£150k for licensing: what for?", {"150"}),
        ("What does my 15-year-old need to know?", set()),  # an age
        ("Services for young people aged 16-25?", set()),
        ("What did the 2017-2020 plan promise?", set()),  # years
        ("What's the 2,000 figure in the drugs section?", {"2000"}),  # a count, though it reads like a year
        ("What are its 3 priorities?", set()),  # how many are wanted
        ("Since 31 January 2023, what extra duty do partnerships carry?", set()),  # a day of a month
        ("What launched on 25 Nov?", set()),
    ],
)
def test_the_figures_a_question_says(text: str, figures: set[str]) -> None:
    assert said_figures(text) == figures


def test_a_figure_the_question_says_finds_the_sentence_saying_it(orchard: Assistant) -> None:
    answer = orchard.ask("15,764 - what's that Orchard Vale figure?")
    assert answer.answered
    assert "expected to see an increase of 6.5% to 15,764 reports" in quoted(answer)


def test_two_figures_said_find_the_one_sentence_saying_both(orchard: Assistant) -> None:
    answer = orchard.ask("31% to 17% in Orchard Vale: what measure?")
    assert answer.answered
    assert quoted(answer) == "Concern about anti-social behaviour has decreased from 31% in 2012 to 17% in 2017."


def test_an_amount_the_question_says_is_not_found_in_a_share_of_the_same_number(orchard: Assistant) -> None:
    assert not _says_shares("the £31k pot: what is it for?", "decreased from 31% in 2012 to 17% in 2017")
    assert _says_shares("the £31k pot: what is it for?", "a pot of £31k for youth work")
    assert _says_shares("31% to 17%: what measure?", "decreased from 31% in 2012 to 17% in 2017")
    answer = orchard.ask("Orchard Vale's £31k pot for youth clubs - which clubs got it?")
    assert "decreased from 31%" not in quoted(answer), answer.text


def test_a_figure_told_with_its_year_before_the_question_asks_another_year_is_no_answer(orchard: Assistant) -> None:
    answer = orchard.ask("14,802 was the 2016/17 count in Orchard Vale — what's the figure for 2018/19?")
    assert "logged 14,802" not in quoted(answer), answer.text


def test_a_sentence_pointing_back_comes_with_the_sentence_it_points_at(orchard: Assistant) -> None:
    answer = orchard.ask("7 and 9 versus 24: what are these numbers in the Orchard Vale plan?")
    assert answer.answered
    assert "multi-borough command units" in quoted(answer) and "between 7 and 9 of these" in quoted(answer)


def test_a_figure_said_too_often_does_not_pick_one_sentence(orchard: Assistant) -> None:
    # three sentences say "20%": which is meant is for the question's words to say
    answer = orchard.ask("20% for victim services in Orchard Vale?")
    assert answer.answered
    assert answer.citations[0].quote == "Another 20% went to victim services."


def test_a_person_named_finds_what_the_plan_says_with_the_name(orchard: Assistant) -> None:
    answer = orchard.ask("Orchard Vale report: Tomasz Ferrant's role?")
    assert answer.answered
    assert "Tomasz Ferrant, Head of Community Safety" in quoted(answer)
    assert "Priya Anand-Whitlow" not in quoted(answer)


def test_a_place_named_in_capitals_is_no_person(orchard: Assistant) -> None:
    answer = orchard.ask("I work late near Market Cross in Orchard Vale. Is there a safe haven I can go into for help?")
    assert answer.answered
    assert "Safe havens are shops and cafes" in quoted(answer)


def test_figures_said_in_separate_rows_are_answered_with_those_rows(orchard: Assistant) -> None:
    answer = orchard.ask("1.6, 0.9 and 0.5 - what do these numbers mean in Orchard Vale?")
    assert answer.answered
    said = quoted(answer)
    assert "Offences per person" in said and "Burglaries per person" in said and "Assaults per person" in said
    assert "non-emergency number" not in said and "multi-borough" not in said


def test_a_figure_said_before_a_question_that_points_back_at_it_finds_what_says_it(orchard: Assistant) -> None:
    answer = orchard.ask("Orchard Vale expects reports to rise by 6.5%. What were the two counts behind that?")
    assert answer.answered
    assert "increase of 6.5% to 15,764 reports" in quoted(answer)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The table shows an 11.2% fall in one row. What were the two counts behind it?", {"11.2"}),
        ("Crime fell 12% last year. Why was that?", {"12"}),
        ("My son is 15 and his bike was taken 12 times. What is the council doing about it?", set()),  # a story
        ("Crime fell 12% last year. What is the council doing about knife crime?", set()),  # asks of something else
    ],
)
def test_figures_said_before_a_question_are_asked_about_when_it_points_back_at_them(
    text: str, figures: set[str]
) -> None:
    assert figures_asked(text) == figures


BRACKENFIELD_PLAN = """# Brackenfield Community Safety Strategy 2021-24

## Document control

| Version Number | 1.4 | Version Date | 12/03/21 |

## Reducing reoffending

| Outcome | Output |
| Less offending by the cohort | Number of offences per individual on the offender cohort (1.4 per individual) |

## Violence and hate

| Outcome | Output |
| Less serious violence | Number of reported knife crime offences per 10,000 residents |
| Less gun crime | Number of reported gun crime offences per 10,000 residents |
| Better understanding of hate crime | Number of people reached through awareness raising campaigns (10,000 people) |

## Residents' survey

Worry about noise fell from 31% in 2018 to 20% in 2020.
"""

FELLSIDE_PLAN = """# Fellside Community Safety Plan 2019-22

## Drugs

Treatment services in Fellside supported 2,000 service users last year. Waiting times fell to 3 weeks.

## Housing

Section 1.4 of the housing allocation policy gives victims of domestic abuse priority for a move.

## Noise

In 19/20 worry about noise among residents fell, as their complaints were answered faster.
"""


figures_twice = several_plans_fixture(
    "figures_twice",
    "figures-twice",
    {
        "brackenfield-community-safety-strategy-2021-24.txt": (BRACKENFIELD_PLAN, "Brackenfield"),
        "fellside-community-safety-plan-2019-22.txt": (FELLSIDE_PLAN, "Fellside"),
    },
)


def test_a_figure_two_plans_say_is_found_where_it_is_said_with_the_words_asked(figures_twice: Assistant) -> None:
    # "1.4" is also a version number and a section of a policy: the row saying it "per individual" is meant
    answer = figures_twice.ask("What does '1.4 per individual' measure in the reoffending outputs?")
    assert answer.answered
    assert quoted(answer) == (
        "Less offending by the cohort | Number of offences per individual on the offender cohort (1.4 per individual)"
    )


def test_a_count_with_a_thousands_comma_is_a_figure_said_not_a_year(figures_twice: Assistant) -> None:
    answer = figures_twice.ask("What's the 2,000 figure in Fellside's drugs section?")
    assert answer.answered
    assert "supported 2,000 service users" in quoted(answer)


def test_a_figure_said_often_in_one_plan_is_found_where_it_is_said_with_the_words_asked(
    figures_twice: Assistant,
) -> None:
    answer = figures_twice.ask("Brackenfield: the 10,000 people figure - reached by what?")
    assert answer.answered
    assert quoted(answer) == (
        "Better understanding of hate crime | Number of people reached through awareness raising campaigns "
        "(10,000 people)"
    )


@pytest.mark.parametrize(
    "question",
    [
        # Fellside's "19/20" says 20 with more of the question's words, but not as a share
        "Worry about noise among residents fell to 20% - from what?",
        # ... and "which council?" is answered by the plan quoted: nothing of Fellside's, and no "do not say"
        "Worry about noise among residents fell to 20% - from what, and which council?",
    ],
)
def test_a_share_the_question_says_is_found_where_it_is_said_as_a_share(
    figures_twice: Assistant, question: str
) -> None:
    answer = figures_twice.ask(question)
    assert answer.answered
    assert quoted(answer) == "Worry about noise fell from 31% in 2018 to 20% in 2020."
    assert "do not say" not in answer.text and "Brackenfield" in answer.text
