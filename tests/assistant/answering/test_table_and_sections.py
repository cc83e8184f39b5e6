"""A plan's table read by its columns and rows, and a part of a plan read by its sub-headings: a real
assistant over one invented plan in plain text, laid out as councils lay theirs out."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

YOUTH_ACTIONS = (
    "Mentoring for every young victim of a stabbing, offered at the hospital bedside by trained youth workers. "
    "Summer football and boxing in the parks of Larkfield on Friday and Saturday evenings. "
    "A knife amnesty bin at each of the three secondary schools, emptied each month by the police. "
    "Youth workers on the night buses from the town centre at weekends, working with the bus company. "
    "A parents' evening on knife crime in every secondary school, run with the police schools officers. "
    "Street doctors training for young people, so that they know what to do when a friend is hurt. "
    "A youth panel that meets the borough commander every quarter to talk about stop and search."
)
REOFFENDING_ACTIONS = (
    "A named key worker for every prolific offender on the integrated offender management cohort. "
    "Homes found before release for people leaving prison who would otherwise sleep rough. "
    "A job fair twice a year with employers who will take on people with convictions. "
    "Drug treatment places held open for people leaving prison, so that nobody waits on release. "
    "A women's centre for women on probation, with childcare while they attend their appointments. "
    "Tagging of burglars on release, with the police told at once when one goes near the scene of a crime. "
    "Mentors who have served sentences themselves for young adults leaving custody for the first time."
)
YOUTH_OBJECTIVES = (
    "Reduce serious youth violence across the borough and the number of young people carrying knives. "
    "Make schools and parks places where young people feel safe after dark. "
    "Give every young person who has been hurt someone to talk to within a day of it happening. "
    "Bring down the number of first-time entrants to the youth justice system year on year. "
    "Work with schools so that no child excluded from school is left without a place to learn. "
    "Make sure that every family touched by serious violence is offered support from one named worker. "
    "Listen to young people through a youth panel and act on what it says."
)
REOFFENDING_OBJECTIVES = (
    "Reduce reoffending by the small number of people who commit most crime in Larkfield. "
    "Increase the number of offenders in settled homes and steady work. "
    "Keep victims told of what happens to the people who harmed them, if they want to be. "
    "Cut the time between arrest and a place in drug treatment for offenders who need it. "
    "Make the prison gate a place where help starts, with housing and benefits sorted before release. "
    "Share what works with the other boroughs of the region through a yearly review. "
    "Hold a yearly survey of victims on how they were treated, and publish what it finds each spring."
)

LARKFIELD_PLAN = f"""Larkfield Community Safety Partnership Plan 2024-27

Contents
Introduction\t3
1. Safe Streets\t5
2. Safe Homes\t7

Introduction

The Larkfield Community Safety Partnership brings together the council, the police, health and probation.

Listening to Residents

We asked residents what worried them most, in an online survey and at ten ward meetings.

Supporting Victims

Victims of crime will be offered support from the first call, whoever they report to.

1. Safe Streets

We will make the town centre safer at night with more patrols and better lighting.

2. Safe Homes

We will cut burglary by marking property and visiting every home that is broken into.

The Priorities

\tASPECT\tTackling Youth Violence\tReducing Reoffending
Work Stream\tOBJECTIVES\t{YOUTH_OBJECTIVES}\t{REOFFENDING_OBJECTIVES}
Priority actions and accountability
Actions\t\t{YOUTH_ACTIONS}\t{REOFFENDING_ACTIONS}
"""

larkfield = one_plan_fixture("larkfield", "larkfield-community-safety-plan-2024-27.txt", "Larkfield", LARKFIELD_PLAN)


def test_a_cell_named_by_its_column_and_row_is_the_answer_with_its_column_named(larkfield: Assistant) -> None:
    answer = larkfield.ask("What actions does the Larkfield priorities table set against reducing reoffending?")
    assert answer.answered
    assert "named key worker for every prolific offender" in quoted(answer)
    assert "Mentoring for every young victim" not in quoted(answer)  # not the next column's cell
    assert "Reduce reoffending by the small number" not in quoted(answer)  # nor the objectives row's
    assert "under “Reducing Reoffending”" in answer.text


def test_the_sub_headings_of_a_part_the_contents_page_lists_are_its_sections(larkfield: Assistant) -> None:
    answer = larkfield.ask("Larkfield's introduction has a few sub-headed sections. What are they?")
    assert answer.answered
    quotes = [citation.quote for citation in answer.citations]
    assert quotes == ["Listening to Residents", "Supporting Victims"]  # not the parts after it


def test_a_question_pointing_at_a_row_names_the_cell_by_the_row_and_a_word_of_its_column(larkfield: Assistant) -> None:
    answer = larkfield.ask("What is Larkfield trying to achieve on youth violence? Objectives row, not the actions.")
    assert answer.answered
    assert "Reduce serious youth violence across the borough" in quoted(answer)
    assert "Mentoring for every young victim" not in quoted(answer) and "Reduce reoffending by" not in quoted(answer)


def test_a_grid_named_as_where_to_look_is_no_thing_the_question_asks_about(larkfield: Assistant) -> None:
    answer = larkfield.ask("Larkfield grid, reoffending column: who gets a named key worker?")
    assert answer.answered
    assert "named key worker for every prolific offender" in quoted(answer)


WRENBURY_PLAN = """Wrenbury Community Safety Plan 2023-26

Make Wrenbury safe for young people:

- Work to end youth violence, with young people and their families at the heart of the work.
- The partnership has a three year Safer Streets plan agreed in May 2023 for delivery to March 2026. Delivery is \
overseen by the Safer Streets Group. The five areas are Lighting, Patrols, Cameras, Youth Work and Licensing.
- Work with the police so that stop and search is used fairly.

Make Wrenbury safe for older people:

- Visit every older victim of a scam within a week of the report.
"""

wrenbury = one_plan_fixture("wrenbury", "wrenbury-community-safety-plan-2023-26.txt", "Wrenbury", WRENBURY_PLAN)


def test_a_count_asked_is_answered_by_the_sentence_naming_that_many_not_a_list_of_another_length(
    wrenbury: Assistant,
) -> None:
    answer = wrenbury.ask("Wrenbury: the Safer Streets plan agreed in May 2023 has five strands - name them.")
    assert answer.answered
    assert "The five areas are Lighting, Patrols, Cameras, Youth Work and Licensing." in quoted(answer)
    assert "stop and search" not in quoted(answer)  # not the list the sentence sits in
