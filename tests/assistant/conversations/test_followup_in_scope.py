"""A follow-up that could stand alone, in a conversation about one council: answered from that council's plan
when its plan answers it, though other plans say more of the message's words."""

from __future__ import annotations

import pytest

from assistant.conversations.store import Turn
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import several_plans_fixture

DUNMORE = "dunmore-community-safety-plan-2024-27.md"
ELSWORTH = "elsworth-safer-communities-strategy-2023-26.md"
PLANS = {
    DUNMORE: (
        "Dunmore",
        """# Dunmore Community Safety Plan 2024-27

## What residents told us

Over six weeks in spring 2023 the partnership ran a survey asking residents how safe they feel. In all 1,204 \
residents replied to the survey.

Residents heard about the survey from leaflets, posters in libraries and posts on social media with the handle \
#SaferDunmore.

## Our priorities

- Reducing burglary
- Safer parks at night
""",
    ),
    ELSWORTH: (
        "Elsworth",
        """# Elsworth Safer Communities Strategy 2023-26

## Communicating

The council's social media handle is used to share crime prevention advice with residents.

Social media posts will help us reach young people who do not read the council magazine.

## Our priorities

- Tackling shoplifting
- Reducing road danger
""",
    ),
}
SURVEY = "How many residents replied to Dunmore's spring 2023 survey?"
HANDLE = "What handle was used on social media?"


two_plans = several_plans_fixture(
    "two_plans", "in-scope", {name: (text, council) for name, (council, text) in PLANS.items()}
)


def asked(assistant: Assistant, message: str) -> Turn:
    answer = assistant.ask(message)
    return Turn(message, message, answer.text, answer.answered, "extractive")


def test_alone_the_message_is_answered_from_the_other_council_s_plan(two_plans: Assistant) -> None:
    answer = two_plans.ask(HANDLE)
    assert answer.answered and {c.source for c in answer.citations} == {ELSWORTH}


def test_after_a_turn_about_one_council_it_is_answered_from_that_council_s_plan(two_plans: Assistant) -> None:
    history = [asked(two_plans, SURVEY)]
    assert not any(part.startswith("council:") for part in two_plans.resolve(HANDLE, history).carried)
    answer = two_plans.ask(HANDLE, history=history)
    assert answer.answered
    assert {c.source for c in answer.citations} == {DUNMORE}
    assert any("#SaferDunmore" in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    "message",
    [
        "What does Elsworth's strategy say about social media?",  # names its own council
        "How do the other councils use social media?",  # compares
        "What is social media used for in general?",  # asks in general
    ],
)
def test_a_message_with_a_scope_of_its_own_is_not_narrowed(two_plans: Assistant, message: str) -> None:
    history = [asked(two_plans, SURVEY)]
    reader = two_plans.reader()
    resolved = reader.followups.resolve(message, history, ["Dunmore", "Elsworth"])
    assert reader.followups.in_scope(message, history, ["Dunmore", "Elsworth"], resolved) is None


def test_a_message_the_conversation_s_council_cannot_answer_keeps_its_answer(two_plans: Assistant) -> None:
    history = [asked(two_plans, SURVEY)]
    answer = two_plans.ask("What is being done about shoplifting?", history=history)
    assert answer.answered and ELSWORTH in {c.source for c in answer.citations}
