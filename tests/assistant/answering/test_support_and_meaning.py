"""Evidence that says most of the words a question asks with need not be as close to it in meaning as
evidence that says only enough of them: the closeness needed falls as support rises; through the real
assistant over an invented plan."""

from __future__ import annotations

import pytest

from assistant.answering.extractive import _PARTIAL_SIMILARITY, _traded
from assistant.answering.question import analyse
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture

KELSALL = """# Kelsall Community Safety Plan 2024-27

## New legislation

The Community Safety Service has provided training to staff and partner agencies on how to implement the new \
powers and revised its protocols in line with the new legislation, alongside a review of licensing conditions, \
street lighting, camera coverage across the estates, parking enforcement near primary schools and the opening \
hours of the two leisure centres. A new protocol sets out how agencies respond when a \
resident asks for a case review.

## Noise

The noise nuisance team answers calls about loud parties until 3am at weekends.

## Parks

The parks team will repaint the play areas and replace the benches on the common by the end of 2025.

## Review

The partnership held a workshop with residents to agree its new structure.

## Offending

The offender management team works with the most prolific offenders, whose crimes include pedal cycle theft.

## Housing

Tenants of the council's blocks get free maintenance checks on their door locks every winter.
"""

kelsall = one_plan_fixture("kelsall", "kelsall-community-safety-plan-2024-27.md", "Kelsall", KELSALL)


def test_evidence_saying_most_of_what_is_asked_answers_though_less_close_in_meaning(kelsall: Assistant) -> None:
    assert_answers_quoting(
        kelsall,
        "Which Kelsall service trained staff on the new nuisance powers?",
        "The Community Safety Service has provided training to staff",
    )


def test_the_closeness_needed_falls_in_a_straight_line_from_the_usual_to_nearly_full_support() -> None:
    assert _traded(0.5, 0.5, 0.35) == pytest.approx(0.35)  # the usual support needs the usual closeness
    assert _traded(0.675, 0.5, 0.35) == pytest.approx(0.25)  # halfway: halfway down
    assert _traded(0.85, 0.5, 0.35) == pytest.approx(0.15)  # nearly full support needs little
    assert _traded(0.95, 0.9, 0.35) == pytest.approx(0.15)  # a support needed above nearly full: little


def test_a_question_naming_no_plan_is_held_to_the_usual_closeness(kelsall: Assistant) -> None:
    assert not kelsall.ask("How does a café owner get a food hygiene inspection booked?").answered


def test_half_the_support_answers_close_in_meaning_unless_a_figure_a_thing_outside_the_plans_or_a_service_is_asked(
    kelsall: Assistant,
) -> None:
    answerer = kelsall.reader().answerer
    half = kelsall.settings.min_support / 2

    def answers(text: str, similarity: float) -> bool:
        question = analyse(text, kelsall.reader().view.lexicon, ["Kelsall"])
        return answerer._answers(half, similarity, question)

    assert kelsall.settings.confident_similarity > _PARTIAL_SIMILARITY  # below the closeness half support needed
    plain = "What is the Kelsall noise nuisance team doing about parties?"
    assert answers(plain, _PARTIAL_SIMILARITY)
    assert not answers(plain, _PARTIAL_SIMILARITY - 0.01)
    # a figure, a thing no plan names or has a word near, or a service asked for: the plan must say what is asked
    assert not answers("How many calls does the Kelsall noise nuisance team take about parties?", _PARTIAL_SIMILARITY)
    assert not answers("What is the Kelsall noise nuisance team doing about hare coursing?", _PARTIAL_SIMILARITY)
    assert not answers("How do I get the Kelsall noise nuisance team to come about parties?", _PARTIAL_SIMILARITY)


def test_words_of_a_question_far_from_every_sentence_do_not_add_up_over_several_passages(kelsall: Assistant) -> None:
    # "workshop" in one passage and bicycles in another are no answer about bike repair workshops
    assert not kelsall.ask("Are there free bike maintenance workshops in Kelsall this summer?").answered
    assert_answers_quoting(
        kelsall, "Who did the Kelsall partnership hold its workshop with?", "held a workshop with residents"
    )
