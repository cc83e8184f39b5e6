"""The outline: document control tables and contents pages are front matter; body tables are not."""

from __future__ import annotations

from collections.abc import Callable

from ingest.plan import Evidence
from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import ASHCOMBE, BRACKLEY

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
