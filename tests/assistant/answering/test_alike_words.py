"""An asker's everyday word for what a plan names ("thieves": "theft"): a plan word close in meaning stands
for it, in part, when the reader judges whether a passage answers; through the real assistant over an
invented plan."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture

YELVERTON = (
    "# Yelverton Community Safety Plan 2023-26\n\n"
    "## Vehicle crime\n\n"
    "Theft from cars rose last year: we will run marking days in every car park and patrol them after dark.\n\n"
    "## Performance\n\n"
    "Thieves took 212 bicycles from the station racks last year.\n\n"
    "## Neighbourhoods\n\n"
    "Ward panels will meet every quarter to agree the local policing priorities with residents.\n"
)

yelverton = one_plan_fixture("yelverton", "yelverton-community-safety-plan-2023-26.md", "Yelverton", YELVERTON)


def test_a_passage_in_the_plans_words_for_the_askers_answers_it(yelverton: Assistant) -> None:
    # "thieves" is a plan's word (of the bicycles), not the passage's: "theft" is near it in meaning
    assert_answers_quoting(
        yelverton,
        "Thieves keep getting into cars on my street: what will Yelverton do?",
        "we will run marking days in every car park",
    )
