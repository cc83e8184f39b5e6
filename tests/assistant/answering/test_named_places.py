"""Questions asking which particular places or businesses, by name, answered only by evidence that names one:
the rules alone, and a real assistant over one invented plan."""

from __future__ import annotations

import pytest

from assistant.answering.named_places import names_asked, names_one
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Does the plan list which mosques got the grant?", True),
        ("Name the secondary schools that had the workshops.", True),
        ("Which bars in the town centre signed the charter?", True),
        ("Which provider runs the new service?", True),
        ("Where is the women's hub located?", True),
        ("What kind of premises sell super-strength lager?", False),
        ("Which priorities cover knife crime?", False),
        ("What does the plan say about schools?", False),
        ("What share of stores felt less prone to anti-social behaviour?", False),  # a share, not which stores
        ("Over which years were street drinking orders set up?", False),
        ("Which schools approach does the plan take?", False),  # the kind names another thing
        ("How will I know which shops are safe havens?", False),  # what shows it, not their names
        ("Which football club backed the campaign?", True),
        ("What about in schools — which lessons are mentioned?", False),
    ],
)
def test_which_places_or_businesses_by_name(text: str, asked: bool) -> None:
    assert names_asked(text) is asked


def test_a_place_is_named_beside_its_kind_a_business_anywhere() -> None:
    asked = "Does the plan list which mosques got the grant?"
    assert not names_one("The grant improves safeguarding in mosques (£30,000) and for English learners.", asked)
    assert names_one("Grants went to mosques such as Baitul Aman.", asked)
    assert names_one("The worst spot is Pellbury High Street at night.", "Which street was the worst spot?")
    assert not names_one("Pellbury has many streets.", "Which street in Pellbury was the worst spot?")
    assert names_one("The service will be delivered by Refuge.", "Which provider will deliver the service?")
    assert names_one("Millwall FC backed the campaign.", "Which football club backed the campaign?")
    assert names_one(
        "Offenders are supervised by the London Community Rehabilitation Company.",
        "Which community rehabilitation company supervises offenders?",
    )
    # a capitalised run of words about something else is no name of a school, nor a word the plans write in lower
    # case
    asked = "Name the secondary schools that had the workshops."
    assert not names_one("Provide support to Secondary School Heads on knife crime.", asked, common={"heads"})
    assert not names_one("Workshops ran in eight schools, says the Partnership.", asked)


def test_a_place_of_another_kind_names_none_of_the_kind_asked() -> None:
    engaged = "The network is engaging businesses in the Mill Lane and Station Road wards."
    assert not names_one(engaged, "Which gyms in the borough have joined the network?")
    assert not names_one("Hotspots include Kelsall Park.", "Which libraries took part?")
    # ... but one kind stands for another ("the Crown Inn" is a pub) and some kinds stand for any
    assert names_one("The Crown Inn and the Red Lion Arms signed up.", "Which pubs signed up?")
    assert names_one("Patrols will focus on Mill Lane and the Market Square.", "Which streets will be patrolled?")
    assert names_one(engaged, "Which wards is the network working in?")
    assert names_one("The gyms at Brindle Pool and Ashcombe Fitness joined the network.", "Which gyms joined?")
    assert names_one("Local premises such as Brindle Pool joined.", "Which gyms joined?")


QUENBY_PLAN = """Pellbury Community Safety Plan 2024-27

Preventing extremism

The Home Office awarded £60,000 for two projects: resilience workshops in secondary schools (£35,000) and better \
safeguarding processes in mosques (£25,000).

Street drinking

Most complaints about street drinking came from Mill Lane, beside the station.
"""

pellbury = one_plan_fixture("pellbury", "pellbury-community-safety-plan-2024-27.txt", "Pellbury", QUENBY_PLAN)


def test_which_ones_by_name_is_refused_when_the_plan_names_none(pellbury: Assistant) -> None:
    assert not pellbury.ask("Does Pellbury's plan list which mosques got the safeguarding money?").answered
    assert not pellbury.ask("Name the Pellbury secondary schools that had resilience workshops.").answered
    answer = pellbury.ask("Which road in Pellbury had the most complaints about street drinking?")
    assert answer.answered and "Mill Lane" in quoted(answer)
    # ... and what the plan does say of them is answered when no names are asked
    assert pellbury.ask("How much did Pellbury's mosques get for safeguarding?").answered
