"""A plan named by its years ("the 2017-2020 plan") or its council by initials ("LBQ"): a real assistant over
three invented plans of two councils whose periods overlap, each saying something different about CCTV."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import quoted, several_plans_fixture

MARLOW_VALE_PLAN = """Marlow Vale Community Safety Plan 2017-2020

Our approach to CCTV

Cameras in Marlow Vale are monitored around the clock from the council's control room.
"""

QUENBY_PLAN = """Quenby Community Safety Plan 2017-21

Our approach to CCTV

Quenby will move its cameras to the three wards with the most robberies.
"""

QUENBY_STRATEGY = """Safer Quenby Partnership Strategy 2022-25

Our approach to CCTV

Relevant to the Quenby partnership, LBQ and partners. Mobile cameras will be lent to residents' associations.
"""


overlapping = several_plans_fixture(
    "overlapping",
    "plan-names",
    {
        "marlow-vale-community-safety-plan-2017-2020.txt": (MARLOW_VALE_PLAN, "Marlow Vale"),
        "quenby-community-safety-plan-2017-21.txt": (QUENBY_PLAN, "Quenby"),
        "safer-quenby-strategy-2022-25.txt": (QUENBY_STRATEGY, "Quenby"),
    },
)


def test_a_plan_named_by_its_exact_years_is_the_one_searched(overlapping: Assistant) -> None:
    # both 2017 plans cover 2017 to 2020; only Marlow Vale's is the 2017-2020 plan
    answer = overlapping.ask("What does the 2017-2020 plan say about CCTV?")
    assert answer.answered
    assert "control room" in quoted(answer)
    assert {citation.source for citation in answer.citations} == {"marlow-vale-community-safety-plan-2017-2020.txt"}


def test_a_plan_named_by_its_kind_and_years_is_the_one_searched(overlapping: Assistant) -> None:
    answer = overlapping.ask("What will the 2022-25 strategy do with cameras?")
    assert answer.answered
    assert {citation.source for citation in answer.citations} == {"safer-quenby-strategy-2022-25.txt"}


def test_a_council_named_by_its_initials_is_the_one_searched(overlapping: Assistant) -> None:
    answer = overlapping.ask("What does the MV plan say about CCTV?")
    assert answer.answered
    assert {citation.source for citation in answer.citations} == {"marlow-vale-community-safety-plan-2017-2020.txt"}


def test_initials_styled_as_a_borough_name_the_council_whose_plans_use_them(overlapping: Assistant) -> None:
    answer = overlapping.ask("What does LBQ say about CCTV?")
    assert answer.answered
    assert {citation.council for citation in answer.citations} == {"Quenby"}


def test_initials_typed_in_lower_case_name_the_council_too(overlapping: Assistant) -> None:
    answer = overlapping.ask("what does lbq do with its cameras")
    assert answer.answered, answer.text
    assert answer.question == "what does LBQ do with its cameras"  # read, and shown, as the plans write it
    assert {citation.council for citation in answer.citations} == {"Quenby"}
