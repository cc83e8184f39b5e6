"""An item named by its place in a list ("the last linked strategy", "the final action under its second theme") is
the plan's own item at that place, through the real assistant over an invented plan, every quote verbatim; a time
("the last year") or a document before this one ("the last strategy") names no item."""

from __future__ import annotations

import pytest

from assistant.answering.list_places import at_place, item_place, names_list
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture, quoted

HOLMWOOD_PLAN = """Holmwood Community Safety Strategy 2024-27

Introduction

The Holmwood Safety Partnership has agreed three priorities for the life of this strategy, each with strategic
actions that partners will deliver together.

1. Safer Homes

Burglary fell last year but remains the crime residents fear most.

1. Strategic Actions

- 1.1. Offer free door and window locks to every household burgled in the last year.
- 1.2. Hold street briefings in the roads around each new break-in within a week.
- 1.3. Train housing caretakers to spot the signs of cuckooing in council blocks.

2. Safer Streets at Night

The town centre is busy after dark and most violence with injury happens there between ten and three.

2. Strategic Actions

- 2.1. Fund trained night marshals in the market square every Friday and Saturday.
- 2.2. Review the lighting on the routes people walk home from the station after midnight.
- 2.3. Open a welfare hub on the high street with first aid volunteers on weekend nights.

3. Standing Up to Hate

Hate crime reports rose by a quarter, which partners read as greater confidence to report.

3. Strategic Actions

- 3.1. Recruit hate crime reporting centres in libraries and community centres.
- 3.2. Run an awareness week with faith groups every autumn.

Linked Strategies and Evidential Documents

This strategy does not stand alone. Above it sits the Holmwood Borough Plan, which rests on three themes:

- A thriving town
- A healthy town
- A connected town

The strategy, its priorities and the activity against them are linked to other strategies of the partnership:

- Holmwood Strategic Assessment 2023
- Housing Allocations Strategy 2022-27
- Youth Justice Plan 2024
- Night-Time Economy Action Plan
"""

holmwood = one_plan_fixture("holmwood", "holmwood-community-safety-strategy-2024-27.txt", "Holmwood", HOLMWOOD_PLAN)


@pytest.mark.parametrize(
    ("text", "place", "named"),
    [
        ("What's the last linked strategy in the plan?", -1, "strategi"),
        ("Which is the final strategic action under its second theme?", -1, "action"),
        ("What is the third strand of the work?", 3, "strand"),
        ("How many are there, and what's the last one?", -1, "one"),
        ("Name the first step they take.", 1, "step"),
    ],
)
def test_an_item_is_named_by_its_place_and_its_noun(text: str, place: int, named: str) -> None:
    asked = item_place(text)
    assert asked is not None
    assert asked[0] == place and asked[1][-1] == named


@pytest.mark.parametrize(
    "text",
    [
        "What were the figures for the last three years?",  # a time
        "How did burglary change in the last year?",
        "What did the last strategy achieve?",  # the document before this one
        "What is the third priority?",  # a priority by its place: the plan model's (places.py)
        "What are its linked strategies?",
        "What actions are listed under the last one?",  # the place names what holds the items asked
        "Under the fifth one, which unit does it support?",
    ],
)
def test_a_time_a_document_before_or_a_priority_is_no_item(text: str) -> None:
    asked = item_place(text)
    assert asked is None or not names_list(asked[1], "The strategy is linked to other strategies of the partnership:")


def test_a_document_item_needs_its_list_to_say_a_word_before_its_noun() -> None:
    asked = item_place("What's the last linked strategy?")
    assert asked is not None
    assert names_list(asked[1], "The strategy is linked to other strategies of the partnership:")
    assert not names_list(asked[1], "Above it sits the Borough Plan and its strategy, which rests on three themes:")


def test_a_place_past_the_end_is_none() -> None:
    assert at_place(-1, ["a", "b", "c"]) == "c"
    assert at_place(2, ["a", "b", "c"]) == "b"
    assert at_place(4, ["a", "b", "c"]) is None
    assert at_place(-1, []) is None


def test_the_last_item_of_the_list_its_noun_names_not_of_the_first_list_under_the_heading(
    holmwood: Assistant,
) -> None:
    answer = assert_answers_quoting(
        holmwood, "What's the last linked strategy in the Holmwood plan?", "Night-Time Economy Action Plan"
    )
    assert "Youth Justice Plan 2024" not in quoted(answer)  # the one asked, not the list
    assert "A connected town" not in quoted(answer)  # nor the themes listed first under the same heading


def test_the_first_item_of_the_same_list(holmwood: Assistant) -> None:
    answer = assert_answers_quoting(
        holmwood,
        "Which linked strategy comes first in Holmwood's list, the first linked strategy?",
        "Holmwood Strategic Assessment 2023",
    )
    assert "Night-Time Economy Action Plan" not in quoted(answer)


@pytest.mark.parametrize(
    ("question", "action", "not_action"),
    [
        (
            "What's the last strategic action in Holmwood's first theme?",
            "Train housing caretakers to spot the signs of cuckooing in council blocks.",
            "Offer free door and window locks",
        ),
        (
            "What is the final strategic action under Holmwood's Safer Streets at Night theme?",
            "Open a welfare hub on the high street with first aid volunteers on weekend nights.",
            "Fund trained night marshals",
        ),
        (
            "What is the second action under Holmwood's Standing Up to Hate priority?",
            "Run an awareness week with faith groups every autumn.",
            "Recruit hate crime reporting centres",
        ),
    ],
)
def test_the_action_at_a_place_under_a_priority_is_that_one_from_the_plan_model(
    holmwood: Assistant, question: str, action: str, not_action: str
) -> None:
    answer = assert_answers_quoting(holmwood, question, action)
    assert not_action not in quoted(answer), answer.text
