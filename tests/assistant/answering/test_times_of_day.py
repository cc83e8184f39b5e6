"""A time of day or opening hours asked ("what time does the hub open?"): answered only by evidence that gives
one, and otherwise a near miss said as such; through the real assistant over an invented plan."""

from __future__ import annotations

import pytest

from assistant.pipeline import Assistant
from tests.assistant.answering.test_structure import assert_cited_verbatim
from tests.assistant.plan_corpus import one_plan_fixture, quoted

TOLLERTON = """# Tollerton Community Safety Plan 2024-27

## Women's safety

The Women's Hub on Castle Street offers drop-in advice and support for women affected by abuse. The hub is open \
from 10am to 4pm, Monday to Friday.

## Young people

The new youth centre at Mill Lane will offer sport, music and mentoring for young people in the town, run with \
local youth charities.

## Governance

The Tollerton Safety Partnership meets every quarter and reports to the council's scrutiny committee.
"""

tollerton = one_plan_fixture("tollerton", "tollerton-community-safety-plan-2024-27.md", "Tollerton", TOLLERTON)


@pytest.mark.parametrize(
    "question",
    ["What time does Tollerton's women's hub open?", "What are the opening hours of the women's hub in Tollerton?"],
)
def test_a_time_of_day_asked_is_answered_by_the_evidence_that_gives_it(tollerton: Assistant, question: str) -> None:
    answer = tollerton.ask(question)
    assert answer.answered
    assert "open from 10am to 4pm, Monday to Friday" in quoted(answer)
    assert_cited_verbatim(tollerton, answer)


def test_evidence_giving_no_time_of_day_is_a_near_miss(tollerton: Assistant) -> None:
    answer = tollerton.ask("What are the opening hours of the youth centre at Mill Lane in Tollerton?")
    assert not answer.answered
    assert "speaks of this but gives no time for it" in answer.text
