"""Governance: the bodies a plan names, with the sentences that say who chairs, oversees, reports to,
sits on and scrutinises them."""

from __future__ import annotations

from collections.abc import Callable

from ingest.plan import Body
from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import BRACKLEY, GALLOWAY, KELSO

Build = Callable[[str, str], Built]


def _bodies(built: Built) -> dict[str, Body]:
    return {body.name: body for body in built.plan.bodies}


def test_a_board_s_chair_reporting_members_oversight_and_scrutiny(build: Build) -> None:
    board = _bodies(build("galloway-community-safety-plan-2024-27.md", GALLOWAY))["Galloway Safety Board"]
    assert [ev.quote for ev in board.chair] == ["The Galloway Safety Board is chaired by the Director of Communities."]
    assert [ev.quote for ev in board.reports_to] == [
        "The Galloway Safety Board reports to the Health and Wellbeing Board."
    ]
    assert [ev.quote for ev in board.members] == [
        "The Galloway Safety Board is made up of senior officers from the council, police, health and probation."
    ]
    assert [ev.quote for ev in board.scrutiny] == [
        "The Overview and Scrutiny Committee holds the Galloway Safety Board to account each year."
    ]
    assert [ev.quote for ev in board.oversees] == ["The Galloway Safety Board oversees the delivery of this plan."]
    assert len(board.mentions) >= 5


def test_a_body_named_without_a_chair_has_none(build: Build) -> None:
    bodies = _bodies(build("galloway-community-safety-plan-2024-27.md", GALLOWAY))
    panel = bodies["Youth Violence Panel"]
    assert [ev.quote for ev in panel.mentions] == ["The Youth Violence Panel meets every month."]
    assert panel.chair == panel.reports_to == panel.members == ()
    assert "Health and Wellbeing Board" in bodies and "Overview and Scrutiny Committee" in bodies


def test_chaired_by_an_officer(build: Build) -> None:
    partnership = _bodies(build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY))["Brackley Streets Partnership"]
    assert [ev.quote for ev in partnership.chair] == [
        "The Brackley Streets Partnership is chaired by the Chief Superintendent of the Northern Division."
    ]


def test_a_sentence_that_goes_on_about_a_body_is_said_of_that_body(build: Build) -> None:
    bodies = _bodies(build("kelso-community-safety-plan-2022-25.md", KELSO))
    accountable = (
        "It is accountable to the Kelso Leaders Board and the Overview and Scrutiny Committee if it does not deliver."
    )
    # "The Partnership ... It is accountable to ...": the plan's own partnership, the one it names most (by its
    # fullest name among equals)
    assert [ev.quote for ev in bodies["Kelso Community Safety Partnership"].reports_to] == [accountable]
    assert bodies["Community Safety Partnership"].reports_to == ()
    # "The Youth Panel Group meets monthly. They report to ...": the body the sentence before opened with
    assert [ev.quote for ev in bodies["Youth Panel Group"].reports_to] == ["They report to the Kelso Leaders Board."]


def test_groups_reporting_in_to_a_partnership_are_said_of_it(build: Build) -> None:
    said = (
        "After the review the Tarland Safety Partnership became a standalone body with two strategic groups "
        "reporting in to it: the Hate Crime Strategic Group and the Youth Violence Strategic Group."
    )
    bodies = _bodies(build("tarland-community-safety-plan-2024-27.md", f"# Tarland Community Safety Plan\n\n{said}\n"))
    assert [ev.quote for ev in bodies["Tarland Safety Partnership"].reports_to] == [said]
    assert [ev.quote for ev in bodies["Youth Violence Strategic Group"].reports_to] == [said]


POSTS = """# Morley Community Safety Plan 2023-26

## Foreword by Co-chairs of Morley Safety Partnership Executive

The Co-chairs of Morley Safety Partnership Executive thank everyone who answered our survey.

## How we work

The Members of the Morley Safety Partnership Executive meet every quarter to review progress.
"""


def test_a_post_said_before_a_body_s_name_is_not_part_of_the_name(build: Build) -> None:
    bodies = _bodies(build("morley-community-safety-plan-2023-26.md", POSTS))
    assert "Morley Safety Partnership Executive" in bodies
    assert not [name for name in bodies if name.lower().startswith(("co-chairs", "members"))]
    assert len(bodies["Morley Safety Partnership Executive"].mentions) == 3
