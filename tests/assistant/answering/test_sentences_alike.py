"""Of two sentences much alike, an answer quotes one; the one that says more of what was asked, not the one that
scored a hair higher on the words they share. Through the real assistant over an invented plan."""

from __future__ import annotations

import pytest

from assistant.answering.evidence import Unit
from assistant.answering.extractive import _fitting, _Scored
from assistant.pipeline import Assistant
from ingest.documents import Chunk, PlanMetadata
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture

THORNBURY = """# Thornbury Community Safety Plan 2024-27

## Bike Marking

As part of our work to cut cycle theft, the community safety team holds bike marking events in parks across the
district. During these events, residents are given the chance to have their bikes marked and registered online.
Residents who cannot attend the bike marking events because of their working hours or a
disability are given the chance to book a visit, so that the marking is done at their home. The scheme has been
welcomed by many cyclists.

## Street Lighting

The highways team will replace the lighting along the canal towpath by the end of 2025.
"""

thornbury = one_plan_fixture("thornbury", "thornbury-community-safety-plan-2024-27.md", "Thornbury", THORNBURY)


def test_the_sentence_saying_more_of_a_resident_s_story_is_quoted_of_two_alike(thornbury: Assistant) -> None:
    assert_answers_quoting(
        thornbury,
        "I do night shifts and can't make Thornbury's bike marking events. Can someone come to me instead?",
        "done at their home",
    )


DURING = "During these events, residents are given the chance to have their bikes marked and registered online."
UNABLE = (
    "Residents who cannot attend the bike marking events because of their working hours or a disability are given "
    "the chance to book a visit, so that the marking is done at their home."
)
WELCOMED = "The scheme has been welcomed by many cyclists."


def _units(*texts: str) -> list[Unit]:
    chunk = Chunk(id="c", text=" ".join(texts), metadata=PlanMetadata(source="t.md", title="T Plan", council="T"))
    starts = [chunk.text.index(text) for text in texts]
    return [Unit(chunk, start, start + len(text), "sentence") for start, text in zip(starts, texts, strict=True)]


@pytest.mark.parametrize(
    ("coverage", "kept"),
    [
        (1.0, UNABLE),  # saying more of the question, it takes the place of the one much like it
        (0.96, DURING),  # saying no more, the better scored is kept
    ],
)
def test_of_two_sentences_alike_the_one_saying_more_of_the_question_is_chosen(coverage: float, kept: str) -> None:
    during, unable, welcomed = _units(DURING, UNABLE, WELCOMED)
    scored = [
        (during, _Scored(0.69, 0.42, 0.96)),
        (unable, _Scored(0.68, 0.38, coverage)),
        (welcomed, _Scored(0.64, 0.4, 0.8)),
    ]
    assert [unit.quote for unit, _ in _fitting(scored, 0.69)] == [kept, WELCOMED]


def test_a_list_item_is_not_given_up_for_a_sentence_naming_it() -> None:
    # "Knife Crime" is an item of the list asked about; the sentence saying more of the question is elsewhere
    item, sentence = _units("Knife Crime", "A reduction of 35% in knife crime was seen last year.")
    item = Unit(item.chunk, item.start, item.end, "item")
    scored = [(item, _Scored(0.51, 0.5, 0.27)), (sentence, _Scored(0.50, 0.5, 0.38))]
    assert [unit.quote for unit, _ in _fitting(scored, 0.51)] == ["Knife Crime"]
