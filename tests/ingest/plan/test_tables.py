"""Tables in the plan model: the row naming the columns, the rows' labels, rows cut into cells, and the
paragraph before a table, every row citing its quote."""

from __future__ import annotations

from collections.abc import Callable

from ingest.plan import Table
from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import tables_plan

Build = Callable[[str, str], Built]

WETHERBY = tables_plan("Wetherby")


def _table(built: Built, section_end: str) -> Table:
    [table] = [table for table in built.plan.tables if (table.section or "").endswith(section_end)]
    return table


def test_a_tables_first_row_names_its_columns_and_the_paragraph_before_says_what_it_shows(build: Build) -> None:
    built = build("wetherby-community-safety-strategy-2024-27.md", WETHERBY)
    outcomes = _table(built, "Safer Streets Outcomes and Outputs")
    assert outcomes.columns is not None and outcomes.columns.cells == ("Outcome(s)", "Output(s)")
    assert [row.label for row in outcomes.rows] == [
        "Fewer burglaries",
        "Safer town centre at night",
        "More victims supported",
        "Fewer fires set on purpose",
    ]
    assert outcomes.lead_in is not None
    assert outcomes.lead_in.quote == "The table below sets out how we will judge the safer streets theme."
    # a row of years names the columns too; the rows under it are labelled by their first cell, not a figure
    crime = _table(built, "Recorded crime")
    assert crime.columns is not None and crime.columns.cells == ("JAN-DEC", "2022", "2023", "% change")
    assert [row.label for row in crime.rows] == ["Burglary", "Robbery"]


def test_a_document_control_table_names_no_columns(build: Build) -> None:
    control = _table(build("wetherby-community-safety-strategy-2024-27.md", WETHERBY), "Document control")
    assert control.columns is None
    assert [row.label for row in control.rows] == ["Title", "Author", "Unit", "Date Authored"]


def test_a_row_too_long_for_a_chunk_is_read_from_its_cells(build: Build) -> None:
    built = build("wetherby-community-safety-strategy-2024-27.md", WETHERBY)
    grid = _table(built, "The Priorities")
    # the priorities name the columns, over the column of row labels ("ASPECT" labels the row naming them)
    assert grid.columns is not None and grid.columns.cells == (
        "",
        "ASPECT",
        "Tackling Knife Crime",
        "Reducing Reoffending",
    )
    assert grid.columns.label == "ASPECT"
    assert [row.label for row in grid.rows] == ["Work Stream OBJECTIVES", "FOCUS", "Actions"]
    [cut] = [row for row in grid.rows if row.split]
    assert len(cut.evidence) == 2  # one quote a cell, each under its column and the row's labels
    assert all(evidence.section.endswith("Work Stream OBJECTIVES") for evidence in cut.evidence if evidence.section)


def test_every_row_quote_is_verbatim_in_its_chunk(build: Build) -> None:
    built = build("wetherby-community-safety-strategy-2024-27.md", WETHERBY)
    assert len(built.plan.tables) == 4
    for table in built.plan.tables:
        for row in (table.columns, *table.rows):
            for evidence in row.evidence if row is not None else ():
                assert evidence.quote in built.chunk(evidence).text
