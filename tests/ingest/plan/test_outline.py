"""The outline: document control tables and contents pages are front matter; body tables are not; the lines
of a contents page, under a "Contents" heading or a run of rising page numbers near the start, are the plan's
contents."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from ingest.plan import Evidence
from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import ASHCOMBE, BRACKLEY, NORTHFIELD_BODY, NORTHFIELD_PARTS

Build = Callable[[str, str], Built]


def test_document_control_rows_and_a_contents_page_are_front_matter(build: Build) -> None:
    built = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY)
    control = built.chunk_with("Version | 2.0 (final)")
    contents = built.chunk_with("Our priorities | 3")
    assert set(built.plan.front_matter) == {control.id, contents.id}
    kinds = {section.title: section.kind for section in built.plan.outline}
    assert kinds["Document control"] == "front"
    assert kinds["Contents"] == "contents"
    assert kinds["Our priorities"] == kinds["Governance"] == "body"


def test_a_body_table_is_not_front_matter(build: Build) -> None:
    built = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY)
    partners = built.chunk_with("Brackley Council | Lead for licensing and CCTV")
    assert partners.id not in built.plan.front_matter
    ashcombe = build("ashcombe-community-safety-plan-2022-25.md", ASHCOMBE)
    groups = ashcombe.chunk_with("Burglary Task Group | Monthly")
    control = ashcombe.chunk_with("Author | Mira Okafor, Community Safety Lead")
    assert ashcombe.plan.front_matter == (control.id,)
    assert groups.id != control.id


def test_front_matter_is_not_read_for_priorities_or_bodies(build: Build) -> None:
    built = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY)
    front = set(built.plan.front_matter)
    assert not any(p.evidence.chunk_id in front for p in built.plan.priorities)
    assert not any(ev.chunk_id in front for body in built.plan.bodies for ev in body.mentions)


def test_front_lines_are_the_contents_and_document_control_lines_with_their_chunks(build: Build) -> None:
    built = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY)
    control = built.chunk_with("Version | 2.0 (final)").id
    contents = built.chunk_with("Our priorities | 3").id
    lines = set(built.plan.front_lines)
    assert {(control, "Author | Community Safety Team, Brackley Council"), (contents, "Governance | 6")} <= lines
    assert all(line in built.chunk(Evidence(chunk_id, line)).text for chunk_id, line in lines)
    assert not any("Lead for" in line for _, line in lines)


def test_a_milestones_table_with_a_date_column_is_body(build: Build) -> None:
    text = """# Kelso Community Safety Plan 2023-26

## Milestones

| Date | Milestone |
| --- | --- |
| June 2023 | Launch of the late night buses |
| March 2024 | First review with residents |
| May 2025 | Second review with residents |
"""
    plan = build("kelso-community-safety-plan-2023-26.md", text).plan
    assert plan.front_matter == () and plan.front_lines == ()


def test_the_lines_under_a_contents_heading_are_the_plan_s_contents_in_order(build: Build) -> None:
    built = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY)
    assert [line.quote for line in built.plan.contents] == ["Introduction | 2", "Our priorities | 3", "Governance | 6"]
    assert {line.chunk_id for line in built.plan.contents} == {built.chunk_with("Our priorities | 3").id}


def test_the_short_lines_a_part_holds_under_a_contents_heading_are_contents_lines(build: Build) -> None:
    text = """Wexcombe Community Safety Plan 2020-23

Contents

Foreword\t3
Part One\t5
- Our priorities
- Our partners
Part Two\t12
Governance\t15

Foreword

The partnership has agreed this plan with residents and the police, and it will be reviewed every year.
"""
    built = build("wexcombe-community-safety-plan-2020-23.txt", text)
    assert [line.quote for line in built.plan.contents] == [
        "Foreword | 3",
        "Part One | 5",
        "Our priorities",
        "Our partners",
        "Part Two | 12",
        "Governance | 15",
    ]
    assert not any("reviewed every year" in line.quote for line in built.plan.contents)


# No "Contents" heading: the page numbers rise down the first lines, each part's name on the line after its
# number; a document control table before them ends in a number too ("Version | 2").
NORTHFIELD = f"""Northfield Community Safety Plan 2021-24

Title\tNorthfield Community Safety Plan 2021-24
Version\t2
Status\tApproved

{chr(10).join(line.replace(" | ", chr(9)) for line in NORTHFIELD_PARTS)}

{NORTHFIELD_BODY}"""


def test_a_run_of_rising_page_numbers_near_the_start_is_the_contents_with_the_names_between(build: Build) -> None:
    built = build("northfield-community-safety-plan-2021-24.txt", NORTHFIELD)
    assert [line.quote for line in built.plan.contents] == NORTHFIELD_PARTS
    assert all(line.quote in built.chunk(line).text for line in built.plan.contents)
    front = {line for _, line in built.plan.front_lines}
    assert set(NORTHFIELD_PARTS) <= front  # a contents page is front matter


def test_document_control_rows_in_the_run_are_not_contents_lines(build: Build) -> None:
    built = build("northfield-community-safety-plan-2021-24.txt", NORTHFIELD)
    quotes = [line.quote for line in built.plan.contents]
    assert "Version | 2" not in quotes and "Status | Approved" not in quotes
    assert quotes[0] == "PART ONE | 4"
    assert {"Version | 2", "Status | Approved"} <= {line for _, line in built.plan.front_lines}  # still front matter


@pytest.mark.parametrize(
    "rows",
    [
        ["Burglary\t410", "Robbery\t120", "Theft from vehicles\t95"],  # figures that fall are no page numbers
        ["Introduction\t2", "Our priorities\t5"],  # two lines are too few for a contents page
    ],
)
def test_page_numbers_that_fall_or_too_few_of_them_are_no_contents_page(build: Build, rows: list[str]) -> None:
    text = "\n\n".join(
        [
            "Eastholm Community Safety Plan 2022-24",
            "\n".join(rows),
            "Introduction",
            "Partners in Eastholm will keep the high street safe at night.",
            "Our priorities",
            "The partnership will tackle burglary and robbery first.",
        ]
    )
    assert build("eastholm-community-safety-plan-2022-24.txt", text).plan.contents == ()


def test_a_contents_line_that_starts_like_a_document_control_label_is_kept(build: Build) -> None:
    text = """# Kelbrook Community Safety Plan 2022-25

## Contents

- Introduction ........ 2
- Issues facing Kelbrook ........ 4
- Our priorities ........ 7
- Contact us ........ 11

## Introduction

The Kelbrook partnership brings the council, police and health services together.

## Issues facing Kelbrook

Burglary and fraud against older residents rose last year.

## Our priorities

Partners will focus on burglary and road safety.

## Contact us

Write to the community safety team at the town hall.
"""
    plan = build("kelbrook-community-safety-plan-2022-25.md", text).plan
    assert [line.quote for line in plan.contents] == [
        "Introduction ........ 2",
        "Issues facing Kelbrook ........ 4",
        "Our priorities ........ 7",
        "Contact us ........ 11",
    ]
