""" "How many of the stores ...?" is answered by a share of the stores ("70% of the shops within the pilot"), while
a share of something else ("cider over 7.5%") answers no count. A real assistant over an invented plan."""

from __future__ import annotations

from assistant.answering.question import analyse
from assistant.pipeline import Assistant
from assistant.retrieval.lexicon import Lexicon
from tests.assistant.plan_corpus import one_plan_fixture, quoted

MARSHBY = """# Marshby Safer Neighbourhoods Plan 2021-24

## Responsible retailing

Off-licences in Kettle Row signed up to withhold the sale of lager and cider over 7.5% for a trial of four months.

The trial ended in March. Afterwards, 70% of the shops within the pilot reported fewer incidents of shoplifting and \
chose to keep the agreement going.

## Parks

Park wardens now patrol Marshby Common every evening in the summer months.
"""

marshby = one_plan_fixture("marshby", "marshby-safer-neighbourhoods-plan-2021-24.md", "Marshby", MARSHBY)


def test_how_many_of_the_things_counts_the_things() -> None:
    question = analyse("How many of the Kettle Row pilot shops saw less shoplifting?", Lexicon({}, {}), ["Marshby"])
    assert question.counted == ("kettl", "row", "pilot", "shop")


def test_how_many_of_the_things_is_answered_by_a_share_of_them(marshby: Assistant) -> None:
    answer = marshby.ask("How many of the Kettle Row pilot shops had fewer shoplifting incidents afterwards?")
    assert answer.answered and "70% of the shops" in quoted(answer)


def test_a_share_of_something_else_answers_no_count(marshby: Assistant) -> None:
    answer = marshby.ask("How many off-licences in Kettle Row signed up to withhold strong lager?")
    assert not answer.answered or "7.5%" not in answer.text
