"""Priorities a plan states in a list ("The Third priority will be to ... This will include issues of
licensing, trading standards concerns and noise nuisance."): "which of them covers it?" is answered by the
one whose statement says what is asked about, in the plan's words or words near the asker's; through the
real assistant over an invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.answering.test_structure import assert_cited_verbatim
from tests.assistant.plan_corpus import one_plan_fixture, quoted

QUARNDON = """# Quarndon Community Safety Plan 2024-25

## Introduction

This plan sets out how the Quarndon Safety Partnership will keep the town safe over the coming year.

## Our priorities for 2024-25

Working with residents, the Quarndon Safety Partnership has identified the following priorities:

- The First priority will be to reduce volume crime in Quarndon. It covers these crimes:
  - Burglary
  - Robbery of personal property
- The Second priority will be to reduce serious violence. This priority will focus on knife crime and domestic abuse.
- The Third priority will be to improve public confidence. This will include issues of licensing related matters, \
trading standards concerns and noise nuisance. New powers will let officers act quickly.

## Priority 1

Neighbourhood teams will patrol the ten wards with the most break-ins.

## Priority 2

The partnership will fund two more independent domestic violence advisers.

## Priority 3

Officers will visit every premises reported for late-night disorder.

Noise nuisance from parties and amplified music will be met with the new closure powers.

## Funding

The partnership pools a small grant from the police and crime commissioner with council money each April.

## Governance

The Safety Partnership board meets every quarter and reports to the council's scrutiny committee each year.

## Consultation

Residents told us in an online survey and at ward meetings which crimes worry them most.

## Performance

Partners will publish a short report each quarter showing how each priority is going.
"""

quarndon = one_plan_fixture("quarndon", "quarndon-community-safety-plan-2024-25.md", "Quarndon", QUARNDON)


def test_the_priority_whose_statement_says_what_is_asked_about_covers_it(quarndon: Assistant) -> None:
    answer = quarndon.ask("Pub licences and dodgy traders: which of Quarndon's three priorities would they fall under?")
    assert answer.answered
    assert quoted(answer).startswith("The Third priority will be to improve public confidence.")
    assert "trading standards concerns" in quoted(answer)  # the sentence that says it
    assert_cited_verbatim(quarndon, answer)


def test_no_priority_covers_what_none_of_their_statements_says(quarndon: Assistant) -> None:
    answer = quarndon.ask("Which of Quarndon's three priorities would cover potholes in the road?")
    assert "priority will be" not in quoted(answer)


def test_whether_a_subject_is_a_priority_is_answered_by_the_statement_that_names_it(quarndon: Assistant) -> None:
    answer = quarndon.ask("Is noise nuisance one of Quarndon's priorities?")
    assert answer.answered
    assert quoted(answer).startswith("The Third priority will be to improve public confidence.")
    assert "noise nuisance" in quoted(answer)  # the sentence of its statement that says it, not the first alone
    assert "Second priority" not in quoted(answer)
    assert_cited_verbatim(quarndon, answer)


def test_where_a_subject_fits_among_the_priorities_quotes_the_statement_that_names_it(quarndon: Assistant) -> None:
    answer = quarndon.ask("Where does noise nuisance fit among Quarndon's priorities?")
    assert answer.answered, answer.text
    assert quoted(answer).startswith("The Third priority will be to improve public confidence.")
    assert "noise nuisance" in quoted(answer)  # the part of its statement that says it, not its first sentence alone
    assert_cited_verbatim(quarndon, answer)


def test_whether_a_subject_the_plan_never_mentions_is_a_priority_is_a_plain_no(quarndon: Assistant) -> None:
    answer = quarndon.ask("Is cycling one of Quarndon's priorities?")
    assert not answer.answered, answer.text
    assert "does not name cycling among its priorities" in answer.text
    assert "priority will be" not in quoted(answer)  # not the list of priorities, as if one of them were it
