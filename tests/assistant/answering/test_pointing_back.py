"""What a question points at without naming it: the page ("the closing bullets", "the outcomes column"), the story
just told ("does the plan acknowledge that?"), and, in a follow-up, what the last answer quoted ("how wide is that
work?"). A real assistant over an invented plan."""

from __future__ import annotations

from assistant.answering.question import analyse
from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from assistant.retrieval.lexicon import Lexicon
from tests.assistant.plan_corpus import one_plan_fixture, quoted

KELBROOK_PLAN = """# Kelbrook Community Safety Plan 2019-20

## Serious youth violence

Serious youth violence in Kelbrook fell over the last two years, and knife offences fell with it.

Further developmental work is being undertaken with young men who have seen violence and are suffering health \
implications in respect of trauma. This work is being developed across five neighbouring districts, with Kelbrook \
leading the consortium.

## Burglary

The partnership will offer free door locks to older residents and run property marking events in libraries.
"""

kelbrook = one_plan_fixture("kelbrook", "kelbrook-community-safety-plan-2019-20.md", "Kelbrook", KELBROOK_PLAN)

LEXICON = Lexicon(acronyms={}, vocabulary={})
COUNCILS = ["Kelbrook"]


def test_words_for_the_page_are_where_the_answer_is_not_what_it_says() -> None:
    question = analyse("Kelbrook's table on burglary: the closing bullets in its outcomes column?", LEXICON, COUNCILS)
    assert {"tabl", "close", "bullet", "column"} <= question.layout
    assert "burglari" not in question.layout and "outcom" not in question.layout


def test_a_word_of_the_page_that_is_also_a_subject_is_not_set_aside() -> None:
    # "top" and "panel" name things the plans have ("top priorities", "the Channel panel"): they stay words asked
    question = analyse("Which panel deals with radicalisation, and what came top in the survey?", LEXICON, COUNCILS)
    assert not question.layout


def test_a_question_asking_whether_the_plan_acknowledges_the_story_asks_about_the_story(kelbrook: Assistant) -> None:
    text = (
        "I'm a youth worker in Elm Vale. Many of the young men on my caseload carry trauma from what they've "
        "seen. Does the Kelbrook plan acknowledge that?"
    )
    question = analyse(text, LEXICON, COUNCILS)
    assert question.narrative == frozenset({"acknowledg"})  # the story says what about; the question only whether
    answer = kelbrook.ask(text)
    assert answer.answered
    assert "in respect of trauma" in quoted(answer)


def test_a_follow_up_pointing_back_is_answered_by_what_the_plan_says_next(kelbrook: Assistant) -> None:
    first = (
        "I'm a youth worker in Elm Vale. Many of the young men on my caseload carry trauma from what they've "
        "seen. Does the Kelbrook plan acknowledge that?"
    )
    answer = kelbrook.ask("How wide is that work geographically?", history=[turn_of(first, kelbrook.ask(first))])
    assert answer.answered
    assert "five neighbouring districts" in quoted(answer)


def test_a_follow_up_asking_of_something_the_plan_never_says_is_still_refused(kelbrook: Assistant) -> None:
    first = "What does the Kelbrook plan say about trauma among young offenders?"
    answer = kelbrook.ask("How much funding does that work get?", history=[turn_of(first, kelbrook.ask(first))])
    assert not answer.answered or "£" not in answer.text
