"""Years and spans of years in questions and plans."""

from __future__ import annotations

import pytest

from assistant.answering.years import asked_times, naming_plans, span_label, year_spans


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("When was the needs assessment behind Sutton's 2021-24 strategy published?", [range(2021, 2025)]),
        ("What did the 2017-21 community safety plan say?", [range(2017, 2022)]),
        ("The 2019-22 cabinet paper: when was the assessment approved?", [range(2019, 2023)]),
        ("What reduction target did Lewisham set for offences in 2015/16?", []),
    ],
)
def test_years_said_as_part_of_a_plan_s_name_are_told_apart(text: str, named: list[range]) -> None:
    assert naming_plans(text) == {frozenset(years) for years in named}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("figures for 2017/18 and 2019", [range(2017, 2019), range(2019, 2020)]),
        ("the 2021-24 strategy", [range(2021, 2025)]),
        ("between 2015 - 2016", [range(2015, 2017)]),
        ("2010-2030 is no span a plan runs for", [range(2010, 2011)]),
    ],
)
def test_a_span_of_years_is_each_of_its_years(text: str, spans: list[range]) -> None:
    assert year_spans(text) == [frozenset(span) for span in spans]


def test_the_times_asked_are_said_as_plans_write_them_without_the_years_that_name_a_plan() -> None:
    assert asked_times("How many burglaries were there in 2017/18, according to the 2017-21 plan?") == ["2017/18"]
    assert [span_label(frozenset(range(2021, 2025))), span_label(frozenset({2014}))] == ["2021-24", "2014"]
