"""Evidence answers only when it gives the kind of thing asked: "how many ...?" a figure of what is counted, not
of a neighbouring thing; "what did the study find?" a finding, not the plan to make the study. Through the
real assistant over an invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture

CALDERBROOK = """# Calderbrook Community Safety Plan 2024-27

## What residents told us

Over ten weeks in spring 2024 the Partnership ran a residents' questionnaire about safety in the town. \
The questionnaire gave respondents a choice of 18 local concerns to rank, with space to add their own.

## Youth outreach

The outreach team worked with 240 young people in the parks and on the estates last summer.

## Street drinking

We will commission a problem profile of street drinking in the town centre during 2025.

## Noise

The 2023 noise survey found that late-night deliveries were the loudest complaint in the town centre.
"""

calderbrook = one_plan_fixture(
    "calderbrook", "calderbrook-community-safety-plan-2024-27.md", "Calderbrook", CALDERBROOK
)


def test_a_count_of_another_thing_does_not_answer_how_many(calderbrook: Assistant) -> None:
    answer = calderbrook.ask("How many people answered the Calderbrook residents' questionnaire?")
    assert not answer.answered, answer.text  # 18 counts the concerns offered, not the people who answered


def test_a_count_of_people_answers_how_many_people_in_the_asker_s_words(calderbrook: Assistant) -> None:
    assert_answers_quoting(
        calderbrook, "How many kids did the Calderbrook outreach team work with?", "240 young people"
    )


def test_a_plan_to_make_a_study_does_not_answer_what_it_found(calderbrook: Assistant) -> None:
    answer = calderbrook.ask("What did Calderbrook's problem profile of street drinking find?")
    assert not answer.answered, answer.text


def test_a_finding_answers_what_a_study_found(calderbrook: Assistant) -> None:
    assert_answers_quoting(
        calderbrook, "What did the Calderbrook noise survey find?", "found that late-night deliveries"
    )
