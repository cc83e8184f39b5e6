"""A figure asked for one named place is not the figure the plan gives for another ("how many shops in Northfield
signed up?" where the plan counts those in Eastgate): unit checks of what names a place, and the real assistant over
an invented plan."""

from __future__ import annotations

import pytest

from assistant.answering.other_places import figure_for_another_place, places_in
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture, quoted

WEXCOMBE = """# Wexcombe Community Safety Plan 2024-27

## Responsible Retailers

Shops selling cheap high strength cider were linked to street drinking and anti-social behaviour. So far 22 shops in
Eastgate and Mill End have signed up to the Responsible Retailer Scheme, agreeing not to sell single cans.

A second pilot ran along Northfield Parade, where traders were asked to take strong cider off their shelves. Most
traders who took part said they saw less trouble outside their shops afterwards.

## Burglary

Burglary in Wexcombe fell by 12% last year, and the partnership will keep funding free door locks for victims.
"""

wexcombe = one_plan_fixture("wexcombe", "wexcombe-community-safety-plan-2024-27.md", "Wexcombe", WEXCOMBE)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("How many shops in Northfield Parade signed up?", ["Northfield Parade"]),
        ("So far 22 shops in Eastgate and Mill End have signed up", ["Eastgate and Mill End"]),
        ("Burglary in Wexcombe fell by 12% in June", []),  # a council's name and a month
        ("How many cases in MARAC were heard in Q3?", []),  # an acronym and a quarter
        ("Who leads the work in Community Safety?", []),  # words the plans write in lower case
    ],
)
def test_a_place_is_a_name_after_a_word_of_place(text: str, places: list[str]) -> None:
    assert places_in(text, councils=["Wexcombe"], common=["community", "safety"]) == places


def test_a_figure_for_another_place_is_told_apart_from_one_for_the_place_asked() -> None:
    quote = "So far 22 shops in Eastgate and Mill End have signed up to the scheme."
    assert figure_for_another_place("How many shops in Northfield signed up?", quote) == "Eastgate and Mill End"
    assert figure_for_another_place("How many shops in Eastgate signed up?", quote) is None
    assert figure_for_another_place("How many shops signed up?", quote) is None  # no place asked
    assert figure_for_another_place("How many shops in Northfield?", "22 shops signed up.") is None  # none given


def test_a_figure_asked_for_one_place_is_not_answered_with_another_s(wexcombe: Assistant) -> None:
    answer = wexcombe.ask("How many shops in Northfield Parade signed up to Wexcombe's Responsible Retailer Scheme?")
    assert "22" not in answer.text and "22 shops" not in quoted(answer), answer.text


def test_a_figure_asked_for_the_place_the_plan_gives_it_for_is_answered(wexcombe: Assistant) -> None:
    assert_answers_quoting(
        wexcombe, "How many shops in Eastgate signed up to Wexcombe's Responsible Retailer Scheme?", "22 shops"
    )
