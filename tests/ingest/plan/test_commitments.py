"""Commitments: what a plan says will be done, by whom and by when, from its sentences and lists of actions."""

from __future__ import annotations

from collections.abc import Callable

from tests.ingest.plan.conftest import Built

Build = Callable[[str, str], Built]

PLAN = """# Ashby Community Safety Plan 2024-27

## Hate crime

We will recruit 20 Hate Crime Champions by March 2025. The Ashby Hate Crime Forum will publish a report each year.
Hate crime will rise if it is not reported. If you feel unsafe, call 999.

## Victim support

The new victim support service will be delivered by Northgate Aid from April 2024.

## What we will do in the first 12 months

- Establish a network of Safe Havens in the town centre
- Provide an independent advocate for victims of anti-social behaviour
- Review the CCTV network with the police

## What residents told us

- Drug dealing
- Anti-social behaviour

| Measure | Target |
|---|---|
| Recruit hate crime champions | 20 |

How will this be delivered?
"""


def test_sentences_that_commit_someone_to_act_are_commitments_with_who_and_when(build: Build) -> None:
    commitments = build("ashby-community-safety-plan-2024-27.md", PLAN).plan.commitments
    said = {c.action: (c.who, c.by) for c in commitments}
    assert said["We will recruit 20 Hate Crime Champions by March 2025."] == ("we", "by March 2025")
    assert said["The Ashby Hate Crime Forum will publish a report each year."] == ("The Ashby Hate Crime Forum", None)
    assert said["The new victim support service will be delivered by Northgate Aid from April 2024."] == (
        "Northgate Aid",
        "from April 2024",
    )


def test_items_of_a_list_of_actions_are_commitments_for_the_time_its_heading_gives(build: Build) -> None:
    commitments = build("ashby-community-safety-plan-2024-27.md", PLAN).plan.commitments
    items = [c for c in commitments if c.by == "in the first 12 months"]
    assert [c.action for c in items] == [
        "Establish a network of Safe Havens in the town centre",
        "Provide an independent advocate for victims of anti-social behaviour",
        "Review the CCTV network with the police",
    ]
    assert all(c.evidence.quote == c.action and c.section and "first 12 months" in c.section for c in items)


def test_what_will_happen_anyway_what_residents_said_and_targets_are_no_commitments(build: Build) -> None:
    quotes = " ".join(c.evidence.quote for c in build("ashby-community-safety-plan-2024-27.md", PLAN).plan.commitments)
    for said in ("Hate crime will rise", "If you feel unsafe", "Drug dealing", "Recruit hate crime", "How will"):
        assert said not in quotes
