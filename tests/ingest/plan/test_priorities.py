"""Priorities found from the shape of a plan: labelled or numbered sibling headings, or a list whose
lead-in names priorities; and none where nothing introduces or labels them. Their lead is the line that states
their number, when the plan has one."""

from __future__ import annotations

from collections.abc import Callable

from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import ASHCOMBE, BRACKLEY, CORRIN, DUNMORE

Build = Callable[[str, str], Built]


def test_labelled_headings_said_in_the_contents_and_again_in_the_body_are_the_body_ones(build: Build) -> None:
    plan = build("ashcombe-community-safety-plan-2022-25.md", ASHCOMBE).plan
    assert [(p.label, p.title) for p in plan.priorities] == [
        ("Priority A", "Reducing Burglary in Homes"),
        ("Priority B", "Road Danger and Speeding"),
        ("Priority C", "Protecting People from Scams"),
    ]
    assert [p.evidence.quote for p in plan.priorities] == [
        "Priority A: Reducing Burglary in Homes",
        "Priority B: Road Danger and Speeding",
        "Priority C: Protecting People from Scams",
    ]
    assert all(p.section and p.section.endswith(p.evidence.quote) for p in plan.priorities)
    assert plan.priority_lead is not None
    assert plan.priority_lead.quote.startswith("The Ashcombe Safety Board has agreed three priorities")


def test_a_priority_s_actions_are_its_items_up_to_the_next_priority(build: Build) -> None:
    plan = build("ashcombe-community-safety-plan-2022-25.md", ASHCOMBE).plan
    actions = {p.label: [action.quote for action in p.actions] for p in plan.priorities}
    assert actions == {
        # items under a subheading of a priority are its own
        "Priority A": [
            "Fit free door locks for older residents",
            "Run street briefings after every break-in",
            "Fewer homes burgled twice in one year",
        ],
        "Priority B": [
            "Install average speed cameras near schools",
            "Hold monthly speed watch sessions with volunteers",
        ],
        # the last priority ends at the next heading of its depth: the governance items are not its actions
        "Priority C": ["Train bank staff to spot doorstep fraud", "Set up a scam alert text service"],
    }


def test_a_list_introduced_by_a_line_naming_priorities(build: Build) -> None:
    plan = build("brackley-safer-streets-plan-2023-26.txt", BRACKLEY).plan
    assert [p.title for p in plan.priorities] == [
        "Cutting knife crime among young people",
        "Making town centre nights safer",
        "Ending repeat domestic abuse",
    ]
    assert all(p.label == "" and p.section is None and p.actions == () for p in plan.priorities)
    assert plan.priority_lead is not None
    assert plan.priority_lead.quote == (
        "After listening to residents, the Brackley Streets Partnership has chosen the following priorities:"
    )


def test_a_numbered_heading_run_leaves_out_a_numbered_subheading_said_under_each(build: Build) -> None:
    plan = build("corrin-community-safety-strategy-2021-24.txt", CORRIN).plan
    assert [(p.label, p.title) for p in plan.priorities] == [
        ("1", "Safe at Home"),
        ("2", "Safe on the Streets"),
        ("3", "Safe Online"),
    ]
    assert [a.quote for a in plan.priorities[0].actions] == [
        "Offer target hardening to every repeat victim",
        "Fund two more independent domestic violence advisers",
    ]
    assert [a.quote for a in plan.priorities[1].actions] == [
        "Extend late night CCTV coverage",
        "Train door staff in spotting vulnerability",
    ]


def test_the_last_numbered_priority_keeps_the_actions_under_its_subheading(build: Build) -> None:
    plan = build("corrin-community-safety-strategy-2021-24.txt", CORRIN).plan
    assert [a.quote for a in plan.priorities[2].actions] == [
        "Run cyber safety sessions in schools",
        "Work with banks to warn victims of fraud",
    ]


def test_plain_headings_and_a_list_of_partners_are_not_priorities(build: Build) -> None:
    plan = build("dunmore-community-safety-review-2020.txt", DUNMORE).plan
    assert plan.priorities == ()
    assert plan.priority_lead is None
    assert "Working together" in [section.title for section in plan.outline]  # the headings were read


def test_priorities_said_only_as_headings_with_no_lead_in_or_label_are_not_found(build: Build) -> None:
    text = "\n\n".join(
        [
            "Eastholm Community Safety Plan 2022-24",
            "Knife crime",
            "Knife crime fell by a tenth last year.",
            "Shoplifting",
            "Shoplifting rose in the high street.",
            "Noise",
            "Complaints about noise were steady.",
        ]
    )
    assert build("eastholm-community-safety-plan-2022-24.txt", text).plan.priorities == ()


HOLLINS = """# Hollins Community Safety Plan 2023-26

The Hollins partnership has set three priorities.

## Priority A: Safer Homes

- Fit door locks for older residents

## Priority B: Safer Roads

- Add speed cameras near schools

## Priority C: Safer Online

- Run cyber safety sessions in schools
- Warn banks about courier fraud
- Publish a monthly scam bulletin
- Train volunteers as digital champions
"""

IVYBRIDGE = """# Ivybridge Community Safety Plan 2023-26

The Ivybridge partnership has set three priorities.

## Priority A: Safer Homes

- Fit door locks for older residents
- Offer home security visits
- Mark property with forensic spray

## Priority B: Safer Roads

- Add speed cameras near schools

## Priority C: Safer Online

- Run cyber safety sessions in schools

## Governance

- The board meets four times a year
- Its papers are published a week before each meeting
"""


def test_the_last_priority_keeps_all_its_actions_however_many(build: Build) -> None:
    plan = build("hollins-community-safety-plan-2023-26.md", HOLLINS).plan
    assert [a.quote for a in plan.priorities[-1].actions] == [
        "Run cyber safety sessions in schools",
        "Warn banks about courier fraud",
        "Publish a monthly scam bulletin",
        "Train volunteers as digital champions",
    ]


def test_the_last_priority_does_not_take_the_next_section_s_items(build: Build) -> None:
    plan = build("ivybridge-community-safety-plan-2023-26.md", IVYBRIDGE).plan
    assert [a.quote for a in plan.priorities[-1].actions] == ["Run cyber safety sessions in schools"]


QUARRINGTON_LEAD = (
    "The partners of the Quarrington Safer Communities Partnership have agreed on {count} priorities for the term "
    "of this Plan, they are:"
)
QUARRINGTON = """Quarrington Community Safety Plan 2021-24

Foreword

Quarrington is a safe place to live, and partners want to keep it that way.

{lead}

Each priority was chosen after listening to residents at twelve ward meetings, and each has its own chapter below.

Priority 1: Reducing Violence

Violence in the town centre at night worries residents most.

Priority 2: Protecting Homes

Burglary of homes rose last year.

Priority 3: Supporting Victims

Too few victims of domestic abuse come forward.

Priority 4: Safer Roads

Speeding near schools is the most common complaint.
"""


def test_the_lead_is_the_line_that_states_the_priorities_number_not_the_nearest_paragraph(build: Build) -> None:
    lead = QUARRINGTON_LEAD.format(count="four")
    plan = build("quarrington-community-safety-plan-2021-24.txt", QUARRINGTON.format(lead=lead)).plan
    assert [p.label for p in plan.priorities] == ["Priority 1", "Priority 2", "Priority 3", "Priority 4"]
    assert plan.priority_lead is not None and plan.priority_lead.quote == lead
    # a line stating another number introduces another list: the paragraph before the priorities leads them
    other = QUARRINGTON.format(lead=QUARRINGTON_LEAD.format(count="three"))
    plan = build("quarrington-community-safety-plan-2021-24.txt", other).plan
    assert len(plan.priorities) == 4
    assert plan.priority_lead is not None and plan.priority_lead.quote.startswith("Each priority was chosen")


# A poster-like plan: the priorities are the columns of a table under a heading naming them, and the sentence
# that counts them (as eight areas, where the table joins two in one column) stands well before the table.
ELMSWORTH = """Elmsworth Community Safety Plan 2019-22

The plan focuses on 5 key areas chosen by the strategic assessment.

Crime in Elmsworth has fallen for three years running.

Our Partners

Police, the council, health and probation meet every month.

The Priorities

\tASPECT\tTackling Knife Crime\tReducing Burglary\tSafer Night-Time Economy\tHate Crime and Prevent
Work Stream\tOBJECTIVES\tFewer young people carry knives\tFewer homes burgled\tFewer assaults after dark\tMore reports
"""


def test_the_column_names_of_a_table_under_a_heading_naming_priorities_are_the_priorities(build: Build) -> None:
    built = build("elmsworth-community-safety-plan-2019-22.txt", ELMSWORTH)
    plan = built.plan
    assert [p.title for p in plan.priorities] == [
        "Tackling Knife Crime",
        "Reducing Burglary",
        "Safer Night-Time Economy",
        "Hate Crime and Prevent",
    ]
    for priority in plan.priorities:  # each is quoted from the header row, word for word
        assert priority.evidence.quote in built.chunk(priority.evidence).text
    # their lead is the sentence that counts them, even as another number than the columns show
    assert plan.priority_lead is not None
    assert plan.priority_lead.quote == "The plan focuses on 5 key areas chosen by the strategic assessment."


def test_a_table_under_a_heading_that_names_no_priorities_gives_none(build: Build) -> None:
    plan = build("elmsworth-community-safety-plan-2019-22.txt", ELMSWORTH.replace("The Priorities", "Our Data")).plan
    assert plan.priorities == ()


TADWORTH = """# Tadworth Community Safety Plan 2024-25

## Introduction

This plan sets out how the Tadworth Safety Partnership will keep the town safe over the coming year.

## Our priorities for 2024-25

In response to what residents told us, the Tadworth Safety Partnership has identified the following priorities:

- The First priority will be to reduce burglary and theft from vehicles.
- The Second priority will be to reduce violence in the night-time economy.

## How will this be delivered?

The partnership will report progress to the board every quarter.

## Priority 1

### Performance

- Burglary of homes
- Theft from a motor vehicle

## Priority 2

### Performance

- Violence with injury in the town centre

## Finance

- The partnership budget is set each April.
"""


def test_priorities_listed_take_the_sections_that_only_number_them_later(build: Build) -> None:
    plan = build("tadworth-community-safety-plan-2024-25.md", TADWORTH).plan
    assert [p.title for p in plan.priorities] == [
        "The First priority will be to reduce burglary and theft from vehicles.",
        "The Second priority will be to reduce violence in the night-time economy.",
    ]
    assert [(p.label, p.section) for p in plan.priorities] == [
        ("Priority 1", "Tadworth Community Safety Plan 2024-25 > Priority 1"),
        ("Priority 2", "Tadworth Community Safety Plan 2024-25 > Priority 2"),
    ]
    assert [[action.quote for action in p.actions] for p in plan.priorities] == [
        ["Burglary of homes", "Theft from a motor vehicle"],
        ["Violence with injury in the town centre"],  # not the next section's items
    ]


def test_numbered_headings_that_do_not_number_exactly_the_listed_priorities_are_left_alone(build: Build) -> None:
    plan = build(
        "tadworth-community-safety-plan-2024-25.md", TADWORTH.replace("## Priority 2\n", "## Priority 3\n")
    ).plan
    assert len(plan.priorities) == 2
    assert all(p.section is None and p.actions == () for p in plan.priorities)
