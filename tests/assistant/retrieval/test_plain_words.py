"""Everyday words for what the plans say in their own: a real assistant over an invented plan beside another
council's."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import beside_another_council_fixture, quoted

PELLINGFORD_PLAN = """Pellingford Community Safety Plan 2019-22

Prevent

Prevent is a statutory requirement shared with other partners: police, schools, prisons and health services work
together to stop vulnerable people being drawn into terrorism.

Our priorities

The partnership will reduce burglary and theft from vehicles across the borough.
"""

legal_words = beside_another_council_fixture(
    "legal_words", "pellingford-community-safety-plan-2019-22.txt", "Pellingford", PELLINGFORD_PLAN, "Rookwood"
)


def test_a_legal_responsibility_is_found_as_a_statutory_requirement(legal_words: Assistant) -> None:
    # "legal responsibility" is the plan's "statutory requirement"; "the NHS" its "health services"
    answer = legal_words.ask(
        "Alongside police, schools and the NHS, Pellingford shares one legal responsibility: what is it?"
    )
    assert answer.answered
    assert "statutory requirement" in quoted(answer)
