"""A ranking table read by place: a real assistant over an invented plan whose table leaves the first place
blank (the row highlighted instead), as a published plan may."""

from __future__ import annotations

from assistant.answering.extractive import _ranks_asked
from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

WETHERDEN = """# Wetherden Community Safety Plan 2020-23

## What residents told us

In total 640 responses were received to the Wetherden residents' survey. The results below count the concern \
each respondent put first.

| Position | Community concern | Number of responses | % of responses |
|---|---|---|---|
|  | Drug dealing | 170 | 26.6% |
| 2 | Anti-social behaviour | 150 | 23.4% |
| 3 | Knife crime | 80 | 12.5% |
| 4 | Speeding traffic | 61 | 9.5% |

## Our priorities

The partnership will reduce burglary, tackle anti-social behaviour and support victims of domestic abuse.
"""

wetherden = one_plan_fixture("wetherden", "wetherden-community-safety-plan-2020-23.md", "Wetherden", WETHERDEN)


def test_a_row_that_leaves_its_place_blank_before_the_second_is_first(wetherden: Assistant) -> None:
    answer = wetherden.ask("Which community concern came first in the Wetherden residents' survey?")
    assert answer.answered
    assert "Drug dealing" in quoted(answer)
    assert "Speeding traffic" not in answer.text


def test_a_first_choice_or_a_first_time_entrant_is_no_place_asked() -> None:
    assert _ranks_asked("What were the top three first-choice concerns?") == set()
    assert _ranks_asked("How many first-time entrants were there?") == set()
    assert _ranks_asked("Which concern came first, and which second?") == {1, 2}


def test_the_runners_up_are_the_places_after_the_first(wetherden: Assistant) -> None:
    assert _ranks_asked("And the runners-up behind it?") == {2, 3}
    assert _ranks_asked("Who was runner up?") == {2}
    first = "Which community concern came first in the Wetherden residents' survey?"
    answer = wetherden.ask("And the runners-up behind it?", history=[turn_of(first, wetherden.ask(first))])
    assert answer.answered
    said = quoted(answer)
    assert "Anti-social behaviour" in said and "Knife crime" in said and "Speeding traffic" not in said
