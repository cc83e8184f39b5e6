"""What a question quotes a heading for is what is written under it; "which day of the week?" is answered by
the day the plan names; a thing asked as one of a kind ("in Polish or another language") is found by the kind.
Through the real assistant over an invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

KELLAND = """# Kelland Community Safety Plan 2022-25

## Reasons for Urgency

The papers missed the five clear days' notice. The chair accepted them late since the Cabinet decision could not
wait for the next meeting.

## Partnership Working

The partnership board brings together the council, the police, health and probation services. It agreed
this plan after a public consultation. The board also oversees the work of the youth offending service. Any item
flagged as urgent is reported to the board with the reasons for its urgency.

## Rough Sleeping Operation

An outreach team visited the encampment on the towpath. The fire service inspected the site last Thursday and
found no escape routes. Residents were moved to emergency accommodation the same evening.

## Accessible Formats

If you would like this plan translated into a different language or in large print, please contact us.

Tel No.: 0300 555 0192
"""

kelland = one_plan_fixture("kelland", "kelland-community-safety-plan-2022-25.md", "Kelland", KELLAND)


def test_what_is_written_under_a_quoted_heading_answers_why(kelland: Assistant) -> None:
    answer = kelland.ask("Kelland: why was the item flagged under 'Reasons for Urgency'?")
    assert answer.answered
    said = quoted(answer)
    assert "The papers missed the five clear days' notice." in said  # from the heading's start
    assert "flagged as urgent" not in said  # words of the question, said of something else


def test_which_day_of_the_week_is_answered_by_the_day_the_plan_names(kelland: Assistant) -> None:
    answer = kelland.ask("Which day of the week did Kelland's fire service inspect the site?")
    assert answer.answered and "last Thursday" in quoted(answer)


def test_a_language_asked_as_one_of_a_kind_finds_the_plan_s_words_for_the_kind(kelland: Assistant) -> None:
    answer = kelland.ask("Who do I ring in Kelland to get the plan in Polish or another language?")
    assert answer.answered and "0300 555 0192" in quoted(answer)
