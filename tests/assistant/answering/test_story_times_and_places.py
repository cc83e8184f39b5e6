"""The year and the place a resident's story happened are not what its question asks about: a real
assistant over two invented plans for different years, one of which tells of a consultation held in a year
the other plan covers."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import beside_another_council_fixture, quoted, several_plans_fixture

FENWICK_PLAN = """Fenwick Community Safety Plan 2015-16

Our priorities for 2015-16

The partnership will reduce burglary and theft from vehicles across the borough. Street lighting on the ring
road will be improved by the highways team.
"""

HARROWBY_PLAN = """Harrowby Community Safety Plan 2017-21

How we consulted

In the summer of 2016 residents were contacted through a leaflet carrying the hashtag #SaferHarrowbyVoices and
through posts on the council's social media pages. They were given the opportunity to respond in person at their
ward panel meeting or at the annual partnership event in the town hall.

Our priorities

The partnership will tackle violence against women and girls and reduce reoffending.
"""


two_years = several_plans_fixture(
    "two_years",
    "story-years",
    {
        "fenwick-community-safety-plan-2015-16.txt": (FENWICK_PLAN, "Fenwick"),
        "harrowby-community-safety-plan-2017-21.txt": (HARROWBY_PLAN, "Harrowby"),
    },
)


def test_a_year_said_only_in_the_story_does_not_narrow_the_plans_searched(two_years: Assistant) -> None:
    # 2016 is in the Fenwick plan's period; it is only when the leaflet came, and the Harrowby plan tells of it
    answer = two_years.ask(
        "A leaflet with #SaferHarrowbyVoices came through my door in Elm Parade in 2016. "
        "What other ways were there to respond?"
    )
    assert answer.answered
    assert "#SaferHarrowbyVoices" in quoted(answer) or "ward panel meeting" in quoted(answer)
    assert all(citation.source.startswith("harrowby") for citation in answer.citations)


def test_a_year_the_question_asks_about_still_picks_the_plan_for_it(two_years: Assistant) -> None:
    answer = two_years.ask("What were the community safety priorities for 2016?")
    assert answer.answered
    assert all(citation.source.startswith("fenwick") for citation in answer.citations)


COPPERDALE_PLAN = """Copperdale Community Safety Plan 2019-22

Our wards

The borough runs from Thistlebrook in the north to Marrowby Green in the south, with the market town of
Copperdale at its centre.

How the partnership works

The Partnership Tasking Group meets every month and deploys officers and wardens to emerging anti-social
behaviour hotspots. Each ward has a Safer Neighbourhood Team of police officers and community wardens.
"""

two_places = beside_another_council_fixture(
    "two_places", "copperdale-community-safety-plan-2019-22.txt", "Copperdale", COPPERDALE_PLAN, "Linthorpe"
)


def test_a_place_said_as_where_is_not_what_the_evidence_must_say(two_places: Assistant) -> None:
    # "around Marrowby Green" says which council's plans (the only plan naming it), not what is asked: the sentence
    # saying who deploys resources to hotspots answers, though it names no ward
    answer = two_places.ask("Which group deploys wardens to hotspots appearing around Marrowby Green and Thistlebrook?")
    assert answer.answered
    assert "Partnership Tasking Group" in quoted(answer)
    assert all(citation.source.startswith("copperdale") for citation in answer.citations)


def test_a_place_no_plan_names_is_not_a_thing_the_plans_must_name(two_places: Assistant) -> None:
    # "Hatherley Cross" is in no plan: a place the question says where, not a thing asked about that no plan names
    answer = two_places.ask("Which group deploys wardens to hotspots in Hatherley Cross?")
    assert answer.answered
    assert "Partnership Tasking Group" in quoted(answer)
