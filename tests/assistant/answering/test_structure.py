"""Structure questions answered from the plan model through the real assistant: priorities as the plan
sets them out, governance with and without a chair, which plans cover a year; and a restricted plan's
records never shown to the public."""

from __future__ import annotations

import re

import pytest

from assistant.answer import Answer
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import (
    ASHCOMBE,
    ASHCOMBE_PRIORITIES,
    ASHCOMBE_TASKING,
    BRACKLEY,
    BRACKLEY_PRIORITIES,
    CORRIN,
    TASKING_PRIORITIES,
)

PUBLIC = ("public",)
STAFF = ("public", "internal")


def bullets(answer: Answer) -> list[str]:
    """The answer's list items, without their citation markers."""
    return [re.sub(r"(\s*\[\d+\])+$", "", line[2:]) for line in answer.text.split("\n") if line.startswith("- ")]


def assert_cited_verbatim(assistant: Assistant, answer: Answer) -> None:
    """Every list item is a quote its own citation gives, and every quote is in its chunk."""
    quotes = {c.n: c.quote for c in answer.citations}
    for line in answer.text.split("\n"):
        if line.startswith("- "):
            markers = [int(n) for n in re.findall(r"\[(\d+)\]", line)]
            assert markers and bullets(Answer(line, True))[0] == quotes[markers[-1]], line
    for citation in answer.citations:
        assert citation.quote in assistant.index.chunks[citation.chunk_id].text


def test_a_council_s_priorities_are_its_plan_s_priority_headings(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("What are Ashcombe's priorities?", scope=PUBLIC)
    assert answer.answered
    assert answer.text.startswith("According to the Ashcombe Community Safety Plan 2022-25:")
    assert bullets(answer) == ASHCOMBE_PRIORITIES
    assert {c.source for c in answer.citations} == {ASHCOMBE}
    assert_cited_verbatim(plan_assistant, answer)


@pytest.mark.parametrize(
    ("question", "source", "expected"),
    [
        ("What are Brackley's priorities?", BRACKLEY, BRACKLEY_PRIORITIES),
        ("What are Corrin's themes?", CORRIN, ["1. Safe at Home", "2. Safe on the Streets", "3. Safe Online"]),
    ],
)
def test_priorities_from_a_list_or_numbered_headings(
    plan_assistant: Assistant, question: str, source: str, expected: list[str]
) -> None:
    answer = plan_assistant.ask(question, scope=PUBLIC)
    assert answer.answered and bullets(answer) == expected
    assert {c.source for c in answer.citations} == {source}
    assert_cited_verbatim(plan_assistant, answer)


def test_a_priorities_list_comes_with_the_line_that_introduces_it(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("What are Brackley's priorities?", scope=PUBLIC)
    lead = "After listening to residents, the Brackley Streets Partnership has chosen the following priorities:"
    assert answer.citations[0].quote == lead
    assert answer.text.split("\n")[1] == f"{lead} [1]"


def test_a_body_the_plan_names_without_a_chair_is_refused_naming_the_body(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Who chairs the Ashcombe Youth Forum?", scope=PUBLIC)
    assert not answer.answered and answer.citations == ()
    assert "The Ashcombe Community Safety Plan 2022-25 names the Ashcombe Youth Forum" in answer.text
    assert "does not say who chairs it" in answer.text


def test_a_chair_the_plan_names_is_answered_with_its_sentence(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Who chairs the Brackley Streets Partnership?", scope=PUBLIC)
    sentence = "The Brackley Streets Partnership is chaired by the Chief Superintendent of the Northern Division."
    assert answer.answered
    assert [c.quote for c in answer.citations] == [sentence]
    assert f"{sentence} [1]" in answer.text


def test_the_chair_of_another_body_in_the_sentence_is_not_the_chair(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Who chairs the Ashcombe Traders Panel?", scope=PUBLIC)
    assert not answer.answered
    assert "names the Ashcombe Traders Panel but does not say who chairs it" in answer.text


def test_which_plans_cover_a_year_lists_only_the_plans_covering_it(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Which plans cover 2024?", scope=PUBLIC)
    assert answer.answered
    assert {c.source for c in answer.citations} == {ASHCOMBE, BRACKLEY}
    assert "Ashcombe Community Safety Plan 2022-25" in answer.text
    assert "Brackley Safer Streets Plan 2023-26" in answer.text
    assert "Corrin" not in answer.text and "Tasking" not in answer.text
    assert_cited_verbatim(plan_assistant, answer)
    older = plan_assistant.ask("Which plans cover 2019?", scope=PUBLIC)
    assert {c.source for c in older.citations} == {CORRIN}


def test_a_year_no_plan_covers_is_refused_with_the_periods_they_do_cover(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Which plans cover 2031?", scope=PUBLIC)
    assert not answer.answered and answer.citations == ()
    assert "None of the plans I have covers 2031." in answer.text
    for period in (
        "Ashcombe Community Safety Plan 2022-25 (2022 to 2025)",
        "Brackley Safer Streets Plan 2023-26 (2023 to 2026)",
        "Corrin Community Safety Strategy 2018-21 (2018 to 2021)",
    ):
        assert period in answer.text
    assert "Tasking" not in answer.text  # the restricted plan is not listed to the public


@pytest.mark.parametrize(
    "question",
    [
        "What are Ashcombe's priorities?",
        "What are the priorities of the Ashcombe Partnership Tasking Plan?",
        "What are the two priorities of the Ashcombe Tasking Group?",
    ],
)
def test_a_restricted_plan_s_priorities_are_never_shown_to_the_public(plan_assistant: Assistant, question: str) -> None:
    answer = plan_assistant.ask(question, scope=PUBLIC)
    assert ASHCOMBE_TASKING not in {c.source for c in answer.citations}
    for priority in TASKING_PRIORITIES:
        assert priority.split(": ")[1] not in answer.text
    assert "County Lines" not in answer.text and "cuckooed" not in answer.text


def test_staff_see_the_restricted_plan_s_priorities(plan_assistant: Assistant) -> None:
    """The same question with internal plans in scope does reach them: the public test is not vacuous."""
    answer = plan_assistant.ask("What are the priorities of the Ashcombe Partnership Tasking Plan?", scope=STAFF)
    assert answer.answered and bullets(answer) == TASKING_PRIORITIES
    assert {c.source for c in answer.citations} == {ASHCOMBE_TASKING}


def test_a_council_s_targets_are_answered(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("What are Ashcombe's targets?", scope=PUBLIC)
    assert answer.answered
    assert any("target of 320 burglaries" in c.quote for c in answer.citations)
