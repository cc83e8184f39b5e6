"""Questions about a table's layout (its column headings, its rows' labels, which row holds something, the rows it
starts or ends with, rows by their place), answered from the plan model's tables through the real assistant over an
invented plan, every quote verbatim."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from assistant.answering.compound import split_compound
from assistant.answering.tables import TableAsk, table_asked
from assistant.pipeline import Assistant
from tests.assistant.answering.test_structure import assert_cited_verbatim
from tests.assistant.plan_corpus import one_plan_fixture, quoted
from tests.ingest.plan.texts import tables_plan

ULLSWATER = tables_plan("Ullswater")

ullswater = one_plan_fixture("ullswater", "ullswater-community-safety-strategy-2024-27.md", "Ullswater", ULLSWATER)


@pytest.mark.parametrize(
    "question",
    [
        "What are the column headings of the table in Ullswater's safer streets theme?",
        "Ullswater's outcomes table is headed what?",
    ],
)
def test_the_column_headings_are_the_row_naming_the_columns(ullswater: Assistant, question: str) -> None:
    answer = ullswater.ask(question)
    assert answer.answered, answer.text
    assert quoted(answer) == "Outcome(s) | Output(s)"
    assert_cited_verbatim(ullswater, answer)


def test_the_columns_of_a_table_named_by_what_its_rows_hold(ullswater: Assistant) -> None:
    answer = ullswater.ask("Ullswater's table of burglary and robbery figures: what does each column cover?")
    assert answer.answered, answer.text
    assert quoted(answer) == "JAN-DEC | 2022 | 2023 | % change"


def test_the_rows_labels_including_a_row_cut_into_its_cells(ullswater: Assistant) -> None:
    answer = ullswater.ask("Ullswater's priorities grid has rows called ASPECT, OBJECTIVES and FOCUS. What else?")
    assert answer.answered, answer.text
    # "OBJECTIVES" is the label of a row too long for one chunk: said in the note, its first cell cited
    assert "The rows are labelled: ASPECT; Work Stream OBJECTIVES; FOCUS; Actions." in answer.text
    assert "Actions" in quoted(answer)
    assert_cited_verbatim(ullswater, answer)


def test_a_document_control_tables_labels_are_what_it_records(ullswater: Assistant) -> None:
    answer = ullswater.ask("Besides the author, what else does Ullswater's document control table record?")
    assert answer.answered, answer.text
    assert [c.quote for c in answer.citations] == ["Title", "Author", "Unit", "Date Authored"]


def test_which_row_holds_something_is_its_label(ullswater: Assistant) -> None:
    answer = ullswater.ask("Which row of the Ullswater priorities grid holds the actions?")
    assert answer.answered, answer.text
    assert quoted(answer) == "Actions"


def test_the_rows_a_table_ends_with_and_rows_by_their_place(ullswater: Assistant) -> None:
    answer = ullswater.ask("Ullswater's safer streets outcomes table ends with which two outputs?")
    assert [c.quote for c in answer.citations] == [
        "More victims supported | Number of victims referred to Victim Support",
        "Fewer fires set on purpose | Number of deliberate fires attended",
    ], answer.text
    answer = ullswater.ask("In Ullswater's safer streets outcomes table, rows two and three: what are they?")
    assert [c.quote for c in answer.citations] == [
        "Safer town centre at night | Number of night-time economy assaults",
        "More victims supported | Number of victims referred to Victim Support",
    ], answer.text
    assert_cited_verbatim(ullswater, answer)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("What are the column headings of the outcomes table?", TableAsk("columns")),
        ("Each theme ends with a table headed what?", TableAsk("columns")),
        ("The priorities table has rows for objectives, focus and what else?", TableAsk("rows")),
        ("Which row of the big table holds the actions?", TableAsk("which row")),
        ("The outcomes table closes with which two outputs?", TableAsk("last", 2)),
        ("The consultation table, rows four and five: what and how many?", TableAsk("nth", places=(4, 5))),
        ("Drunken rows outside kebab shops: what is the late-night levy called?", None),  # no table
        ("Which row in the crime table went up, not down?", None),  # a row asked by what its figures did
        ("What does the version control table say about Mile End?", None),  # "End" is a place's
        ("What does the table of funded projects say about knife crime?", None),  # what it says, not its layout
        ("The grid, reoffending column: who gets a named key worker?", None),  # "named" is the cell's, not the column's
        # what the asker's copy lacks, told before the question, is not what the question asks
        ("The table in my copy lost its column headings. How did burglary change between 2022 and 2023?", None),
        ("I'm reading the outcomes table on my phone. What are its column headings?", TableAsk("columns")),
        # ... and asked in other words
        ("How is each theme's measurement table laid out - which two columns?", TableAsk("columns")),
        ("What columns does the outcomes table have?", TableAsk("columns")),
        ("The burglary table compares two calendar years. Which?", TableAsk("columns")),  # its headings are years
        ("Which years does the crime figures table compare?", TableAsk("columns")),
        ("What are the row labels of the priorities grid?", TableAsk("rows")),
        ("The grid's left-hand column says ASPECT, then what?", TableAsk("rows")),
        ("Which columns of the grid mention knife crime?", None),  # which columns hold something
    ],
)
def test_what_a_question_asks_of_a_tables_layout(text: str, wanted: TableAsk | None) -> None:
    assert table_asked(SimpleNamespace(text=text)) == wanted  # type: ignore[arg-type]


def test_a_list_continued_with_what_else_is_one_question() -> None:
    assert split_compound("The table has rows for objectives, focus and what else?") == [
        "The table has rows for objectives, focus and what else?"
    ]
    # ... but a list of things asked to go on is asked, then continued, and a second question that lists is one
    assert split_compound("The ASB focus: communication, engagement, and what else?") == [
        "The ASB focus: communication, engagement",
        "what else?",
    ]
    assert len(split_compound("Who ran the checks, and which trades were blocked — boilers and what else?")) > 1
