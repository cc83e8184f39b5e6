"""Which follow-ups are narrowed to the council asked about before: those that lean on the earlier turn,
not a self-contained question with a topic of its own."""

from __future__ import annotations

import pytest

from assistant.conversations.store import Turn
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import BRACKLEY

PUBLIC = ("public",)
DUTIES = "What duties does the Crime and Disorder Act place on partnerships?"


def asked(message: str, answer: str = "An answer.") -> Turn:
    return Turn(message, message, answer, True, "extractive")


HISTORY = [asked("What does the Ashcombe plan say about burglary?")]
FIRST_QUESTIONS = ["What does the Ashcombe plan say about burglary?", "What are Ashcombe's priorities?"]


@pytest.mark.parametrize("first", FIRST_QUESTIONS)
def test_a_self_contained_question_with_its_own_topic_is_not_narrowed(plan_assistant: Assistant, first: str) -> None:
    resolved = plan_assistant.resolve(DUTIES, [asked(first)], PUBLIC)
    assert "Ashcombe" not in resolved.context
    assert not any(item.startswith("council:") for item in resolved.carried)
    assert resolved.question == DUTIES


def test_its_answer_comes_from_the_plan_that_says_it_not_the_last_council_s(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask(DUTIES, scope=PUBLIC, history=HISTORY)
    assert answer.answered
    assert BRACKLEY in {c.source for c in answer.citations}
    assert any("Crime and Disorder Act 1998" in c.quote for c in answer.citations)


@pytest.mark.parametrize("first", FIRST_QUESTIONS)
@pytest.mark.parametrize("message", ["And who chairs it?", "what about their targets?"])
def test_a_follow_up_that_points_back_is_narrowed_to_the_council(
    plan_assistant: Assistant, message: str, first: str
) -> None:
    resolved = plan_assistant.resolve(message, [asked(first)], PUBLIC)
    assert "council: Ashcombe" in resolved.carried
    assert "Ashcombe" in resolved.context.split()


def test_a_narrowed_follow_up_is_answered_from_that_council_s_plan(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("what about their targets?", scope=PUBLIC, history=HISTORY)
    assert answer.answered
    assert {c.council for c in answer.citations} == {"Ashcombe"}
    assert any("320" in c.quote for c in answer.citations)
    chair = plan_assistant.ask("And who chairs it?", scope=PUBLIC, history=HISTORY)
    assert chair.answered and {c.council for c in chair.citations} == {"Ashcombe"}


def test_a_question_the_last_council_s_plan_cannot_answer_is_read_alone(plan_assistant: Assistant) -> None:
    history = [asked("What are Ashcombe's priorities?")]
    message = "Online fraud in schools?"
    first = plan_assistant.resolve(message, history, PUBLIC)
    assert "council: Ashcombe" in first.carried  # too short to stand alone: first read as going on
    answer = plan_assistant.ask(message, scope=PUBLIC, history=history)
    assert answer.answered and {c.council for c in answer.citations} == {"Corrin"}
    assert answer.question == message


def test_a_message_that_points_back_has_no_reading_of_its_own(plan_assistant: Assistant) -> None:
    reader = plan_assistant.reader(PUBLIC)
    councils = ["Ashcombe", "Brackley", "Corrin"]
    for message in ["And who chairs it?", "what about their targets?"]:
        resolved = reader.rules.resolve(message, HISTORY, councils)
        assert reader.rules.other_reading(message, HISTORY, councils, resolved) is None


def test_a_self_contained_question_s_other_reading_goes_on_from_the_last_turn(plan_assistant: Assistant) -> None:
    reader = plan_assistant.reader(PUBLIC)
    councils = ["Ashcombe", "Brackley", "Corrin"]
    resolved = reader.rules.resolve(DUTIES, HISTORY, councils)
    assert resolved.carried == ()
    other = reader.rules.other_reading(DUTIES, HISTORY, councils, resolved)
    assert other is not None and "council: Ashcombe" in other.carried
    assert other.question.startswith(DUTIES) and "Ashcombe" in other.question
