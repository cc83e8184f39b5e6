from __future__ import annotations

import pytest

from assistant.answering.trends import (
    DOWN,
    UP,
    change_asked,
    change_of,
    direction_asked,
    direction_words,
    is_total,
    moves_said,
    states_change,
)
from assistant.retrieval.terms import terms


@pytest.mark.parametrize(
    ("question", "direction"),
    [
        ("Which one of those went up between 2013 and 2014?", UP),
        ("Which crimes rose in 2019?", UP),
        ("which of the offences increased?", UP),
        ("What went down?", DOWN),
        ("Which crimes fell the most?", DOWN),
        ("Which categories saw a reduction?", DOWN),
        ("By what percentage did the total fall?", None),  # a figure of one row, not which rows
        ("Which crimes are in the MOPAC 7?", None),  # no direction
        ("Which went up and which went down?", None),  # both: no one answer
    ],
)
def test_the_direction_a_which_question_asks(question: str, direction: int | None) -> None:
    assert direction_asked(question) == direction


def test_the_words_asking_a_direction_are_set_apart_from_the_subject() -> None:
    assert direction_words("Which of the burglary figures went up in 2020?") == "went up"


def test_a_change_column_says_how_a_row_moved() -> None:
    header = ["JAN-DEC", "2013", "2014", "% change"]
    assert change_of(header, ["Violence with Injury", "2259", "2531", "12.0%"]) == 12.0
    assert change_of(header, ["Robbery (Total)", "1287", "797", "-38.1%"]) == -38.1
    assert change_of(header, ["Robbery", "1287", "797", "n/a"]) == 797 - 1287  # no change given: the years say


def test_without_a_change_column_the_first_and_last_year_columns_say_unless_two_years_are_asked() -> None:
    header = ["Offence", "2018", "2019", "2020"]
    row = ["Burglary", "1,000", "1,200", "900"]
    assert change_of(header, row) == -100
    assert change_of(header, row, years=(2018, 2019)) == 200
    assert change_of(["Offence", "Notes"], ["Burglary", "rising"]) is None
    assert change_of(header, ["Burglary", "1,000"]) is None  # a row of another shape


def test_a_total_row_is_told_from_a_row_that_is_itself_a_total() -> None:
    assert is_total("MOPAC 7 Total") and is_total("Total") and is_total("All offences")
    assert is_total("Total notifiable offences")
    assert not is_total("Robbery (Total)") and not is_total("Theft from the person")


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How has concern about ASB changed since 2011?", True),
        ("How much has concern about anti-social behaviour fallen, 2011 to 2016?", True),
        ("By how much did burglary fall?", True),
        ("How did the partnership change its governance?", True),
        ("How did the plan come about?", False),
        ("How much does the scheme cost?", False),
        ("Are ASB reports to the police going up or down?", True),  # which way it moved
        ("Is burglary rising or falling in the borough?", True),
        ("Has crime gone up since the plan began?", True),
        ("Who goes to the board meetings?", False),
    ],
)
def test_a_question_asking_how_far_something_moved(question: str, asked: bool) -> None:
    assert change_asked(question) is asked


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("Concern about ASB has decreased from 23% in 2011 to 14% in 2016.", True),
        ("Recorded crime decreased from 120 per 1000 population in 2011-12 to 102 in 2015-16.", True),
        ("Burglary fell by 9% last year.", True),
        ("The plan runs from April to March.", False),
        ("ASB remains a key concern for many residents.", False),
    ],
)
def test_a_sentence_saying_how_far_something_moved_with_its_figures(sentence: str, states: bool) -> None:
    assert states_change(sentence) is states


def test_a_move_the_question_asks_in_its_words_is_said_by_a_text_in_other_words() -> None:
    decreased = "Concern has decreased from 23% to 14%."
    assert moves_said("By how much has concern fallen?", decreased) == set(terms("fallen"))
    assert moves_said("Has burglary risen?", "Burglary is higher than last year.") == set(terms("risen"))
    assert not moves_said("By how much has concern fallen?", "Concern rose from 14% to 23%.")
    assert not moves_said("What does the plan say about concern?", "Concern has decreased.")
