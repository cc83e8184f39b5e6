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


RAVENSMOOR = """# Ravensmoor Community Safety Plan 2024-27

## Illegal tobacco

Trading Standards officers raided a shop on Quarry Street in May 2024. The cigarettes seized were estimated to be \
worth £42,000. The shopkeeper was prosecuted at the magistrates' court.

## Enforcement

Street wardens issue fines for littering and dog fouling across the town centre.

## Child exploitation

The partnership will develop a picture of hotspot areas for child sexual exploitation across the town.

## Street drinking

The 2024 street drinking audit named Quarry Street and Mill Green as hotspots.

## Licensed premises

The partnership introduced a Night Safety Pledge for licensed premises across the town.

## Victim support

The new victim support service offers one phone number and one email for every referral.

## Youth provision

The partnership awarded the Ravensmoor Boxing Club a grant of £18,500 to run evening sessions for young people.
"""

ravensmoor = one_plan_fixture("ravensmoor", "ravensmoor-community-safety-plan-2024-27.md", "Ravensmoor", RAVENSMOOR)


def test_the_size_of_a_neighbouring_thing_does_not_answer_how_big_a_penalty(ravensmoor: Assistant) -> None:
    answer = ravensmoor.ask("How big a fine did the Quarry Street shopkeeper get in Ravensmoor?")
    assert not answer.answered, answer.text  # £42,000 is what the cigarettes were worth, not a fine


def test_the_size_of_what_is_asked_answers_how_big(ravensmoor: Assistant) -> None:
    assert_answers_quoting(ravensmoor, "How big a grant did Ravensmoor give the boxing club?", "£18,500")


def test_what_a_service_is_worth_asks_for_money(ravensmoor: Assistant) -> None:
    answer = ravensmoor.ask("What is the Ravensmoor street wardens' service worth?")
    assert not answer.answered, answer.text  # the plan says what the wardens do, not what their service costs
    assert_answers_quoting(ravensmoor, "What is the Ravensmoor boxing club's evening programme worth?", "£18,500")


def test_a_plan_to_find_hotspots_does_not_answer_which_hotspots(ravensmoor: Assistant) -> None:
    answer = ravensmoor.ask("Which hotspot areas does Ravensmoor's plan pick out for child sexual exploitation?")
    assert not answer.answered, answer.text  # the plan will map them; it names none


def test_hotspots_named_answer_which_hotspots(ravensmoor: Assistant) -> None:
    assert_answers_quoting(ravensmoor, "Which hotspots did Ravensmoor's street drinking audit name?", "Quarry Street")


def test_a_name_the_question_says_itself_is_no_place_it_asks_for(ravensmoor: Assistant) -> None:
    # "Pledge's" in the question is the "Pledge" beside "licensed premises": no pub is named
    answer = ravensmoor.ask("What's Ravensmoor's Night Safety Pledge's sign-up list — which pubs signed?")
    assert not answer.answered, answer.text


def test_a_request_for_an_email_address_is_not_answered_by_saying_there_is_one(ravensmoor: Assistant) -> None:
    answer = ravensmoor.ask("Can you give me the email address for Ravensmoor's victim support service?")
    assert not answer.answered, answer.text  # the plan says there is one email, not what it is
    assert_answers_quoting(
        ravensmoor, "Is there one phone number for Ravensmoor's victim support service?", "one phone number"
    )
