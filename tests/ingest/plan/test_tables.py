"""Tables in the plan model: the row naming the columns, the rows' labels, rows cut into cells, and the
paragraph before a table, every row citing its quote."""

from __future__ import annotations

from collections.abc import Callable

from ingest.plan import Table
from tests.ingest.plan.conftest import Built

Build = Callable[[str, str], Built]

_LONG = (
    "Reduce the harm caused by knives on our streets by working with schools, youth services and the police "
    "to reach young people before they carry a blade, and support those already involved to leave that life "
    "behind through mentoring, training and a route into work. "
) * 3

WETHERBY = f"""# Wetherby Community Safety Strategy 2024-27

## Document control

| Title | Wetherby Community Safety Strategy 2024-27 |
| Author | Priya Lund, Head of Community Safety |
| Date Authored | March 2024 |

## Safer Streets Outcomes and Outputs

The table below sets out how we will judge the safer streets theme.

| Outcome(s) | Output(s) |
| --- | --- |
| Fewer burglaries | Number of reported burglaries per 1,000 households |
| Safer town centre at night | Number of night-time economy assaults |
| More victims supported | Number of victims referred to Victim Support |

## Recorded crime

| JAN-DEC | 2022 | 2023 | % change |
| Burglary | 410 | 352 | -14.1% |
| Robbery | 120 | 98 | -18.3% |

## The Priorities

|  | ASPECT | Tackling Knife Crime | Reducing Reoffending |
| Work Stream | OBJECTIVES | {_LONG} | {_LONG.replace("knives", "repeat offending")} |
|  | FOCUS | Early help | Prolific offenders |
"""


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
    assert [row.label for row in control.rows] == ["Title", "Author", "Date Authored"]


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
    assert [row.label for row in grid.rows] == ["Work Stream OBJECTIVES", "FOCUS"]
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
