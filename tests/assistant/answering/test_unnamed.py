"""A question asking which one of a kind of thing ("on which estate ...?") is not answered by evidence that only
mentions one ("held on a local estate"): the reader says the plan mentions it without saying which. A real
assistant over an invented plan, and the question and evidence reading on their own."""

from __future__ import annotations

import pytest

from assistant.answering.unnamed import asked_kind, unnamed_mention
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

WENLOCK = """# Wenlock Community Safety Report 2024

## Violence Against Women and Girls

The film was shown and discussed at a community event held on a local estate involving young people from
two boroughs. Through links with a number of European countries, the service hopes to hold an international
conversation with young people about grooming.

## Older People

The team has been working with Trading Standards to cut the number of scam calls received by older
residents. This links to the wider work of the Older People and Crime Working Group.

## Faith and Safeguarding

The safeguarding seminar had over 60 people in attendance, with a local Imam and a local vicar giving talks on
faith and safeguarding.
"""

wenlock = one_plan_fixture("wenlock", "wenlock-community-safety-report-2024.md", "Wenlock", WENLOCK)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On which estate was the Wenlock event held?", ("estate",)),
        ("Which countries are they?", ("countries",)),
        ("Which wards in Sutton have a dispersal order?", ("wards",)),
        ("What's the name of the school assembly venue where it was launched?", ("venue", "assembly", "school")),
        ("Name the faith groups Southwark engaged.", ("groups", "faith")),
        ("Which plan covers 2019?", ()),
        ("Which of the priorities is about ASB?", ()),
        ("What does the plan say about estates?", ()),
    ],
)
def test_the_kind_of_thing_asked_which_one_of(text: str, kind: tuple[str, ...]) -> None:
    assert asked_kind(text) == kind


@pytest.mark.parametrize(
    ("quote", "mention"),
    [
        ("The film was shown at an event held on a local estate.", "a local estate"),
        ("We meet the various Business Improvement Districts (BIDS) in January.", "various Business Improvement"),
        ("The event was held on the Aylesbury estate.", ""),
        ("It was held on a local estate called Brandon.", ""),
        ("The event was held in a local hall. Later, on the Aylesbury estate, a second.", ""),
        ("It has a statutory duty with other partners; police, schools and health.", ""),
        ("It will operate an effective Channel Panel.", ""),
        ("Over 80 people came, with a local Imam and a pastor giving talks.", "a local Imam"),
    ],
)
def test_a_mention_without_a_name_is_indefinite_and_unnamed(quote: str, mention: str) -> None:
    kind = next(word for word in ("estate", "partners", "Panel", "Districts", "Imam") if word in quote)
    question = f"Which {kind.lower()} does it say?"
    assert unnamed_mention(question, [quote]).startswith(mention) if mention else not unnamed_mention(question, [quote])


def test_which_of_a_thing_only_mentioned_is_not_answered_but_said_to_be_mentioned(wenlock: Assistant) -> None:
    answer = wenlock.ask("On which estate was the Wenlock film event held?")
    assert not answer.answered and answer.citations == ()
    assert "mentions “a local estate” but does not say which" in answer.text


def test_which_countries_only_mentioned_as_a_number_of_them_is_not_answered(wenlock: Assistant) -> None:
    answer = wenlock.ask("Wenlock hopes its overseas links will help with a conversation on grooming: which countries?")
    assert not answer.answered and "a number of European countries" in answer.text


def test_which_of_a_thing_the_plan_names_is_answered(wenlock: Assistant) -> None:
    answer = wenlock.ask("Which working group is Wenlock's work on scam calls linked to?")
    assert answer.answered and "Older People and Crime Working Group" in quoted(answer)


def test_a_person_named_by_a_capitalised_title_alone_is_not_named(wenlock: Assistant) -> None:
    answer = wenlock.ask("Name of the imam who gave a talk at the Wenlock safeguarding seminar?")
    assert not answer.answered
    assert "mentions “a local Imam” but does not say which" in answer.text
