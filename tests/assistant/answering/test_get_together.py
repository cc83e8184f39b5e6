"""A resident's story told before a semicolon, an everyday word for a meeting ("a regular get-together for us") and
a part that asks only "how often?", through the real assistant over an invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.answering.test_structure import assert_cited_verbatim
from tests.assistant.plan_corpus import one_plan_fixture, quoted

STOURCOMBE = "stourcombe-community-safety-plan-2022-25.txt"
STOURCOMBE_PLAN = """Stourcombe Community Safety Plan 2022-25

Business Crime

Shoplifting and abuse of shop workers rose last year, most of it in the Market Place.

The Community Safety Team runs a traders' forum every eight weeks, where shopkeepers meet police officers and
licensing officers to share what they see.

Street Drinking

A controlled drinking zone covers the town centre and the riverside gardens.
"""

stourcombe = one_plan_fixture("stourcombe", STOURCOMBE, "Stourcombe", STOURCOMBE_PLAN)


def test_a_story_before_a_semicolon_and_a_bare_how_often_are_answered_once(stourcombe: Assistant) -> None:
    question = (
        "I run a launderette by the old bus depot on Quarry Hill; does Stourcombe hold some regular get-together "
        "for us, and how often?"
    )
    answer = stourcombe.ask(question)
    assert answer.answered
    assert "every eight weeks" in quoted(answer)
    assert "The plans do not say" not in answer.text  # "how often?" was answered by the quote giving the forum
    assert_cited_verbatim(stourcombe, answer)
