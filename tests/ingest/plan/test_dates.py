"""Key dates, and what happened on them: approved, published, written."""

from __future__ import annotations

from collections.abc import Callable

from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import ASHCOMBE, BRACKLEY, GALLOWAY

Build = Callable[[str, str], Built]


def test_dates_with_what_happened_on_them(build: Build) -> None:
    dates = build("galloway-community-safety-plan-2024-27.md", GALLOWAY).plan.dates
    kinds = {(d.kind, d.when) for d in dates}
    assert {("approved", "12 March 2024"), ("published", "2 April 2024"), ("written", "January 2024")} <= kinds
    [approved] = [d for d in dates if d.kind == "approved"]
    assert approved.evidence.quote == "This plan was approved by the Galloway Safety Board on 12 March 2024."


def test_a_document_control_row_says_when_a_plan_was_written(build: Build) -> None:
    built = build("ashcombe-community-safety-plan-2022-25.md", ASHCOMBE)
    dates = {(d.kind, d.when): d.evidence for d in built.plan.dates}
    written = dates[("written", "14 March 2022")]
    assert written.quote == "Date written | 14 March 2022"
    assert written.chunk_id in built.plan.front_matter  # front matter is read for dates
    assert ("approved", "21 April 2022") in dates and ("published", "3 May 2022") in dates


def test_a_month_and_year_in_prose(build: Build) -> None:
    dates = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY).plan.dates
    assert [(d.kind, d.when) for d in dates] == [("written", "January 2023")]


def test_a_meeting_date(build: Build) -> None:
    dates = build("galloway-community-safety-plan-2024-27.md", GALLOWAY).plan.dates
    assert [d.kind for d in dates if d.when == "5 June 2024"] == ["meeting"]


CABINET = """# Hexham Community Safety Plan 2023-26

## Reasons for urgency

As the report is to be considered by Cabinet on the 31st October, 2023 the Committee may wish to see it first.
"""


def test_a_date_written_with_a_comma_before_its_year(build: Build) -> None:
    dates = build("hexham-community-safety-plan-2023-26.md", CABINET).plan.dates
    assert [(d.kind, d.when) for d in dates] == [("meeting", "31st October, 2023")]
