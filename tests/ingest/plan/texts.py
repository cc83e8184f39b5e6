"""Small invented plans, each written to show one way plans set out what they contain."""

# Labelled headings ("Priority A: ..."), said first in the contents and again, in full, in the body;
# a document control table; governance, duties, targets and dates.
ASHCOMBE = """# Ashcombe Community Safety Plan 2022-25

London Borough of Ashcombe

## Document control

| Title | Ashcombe Community Safety Plan 2022-25 |
| --- | --- |
| Version | 3.1 final |
| Author | Mira Okafor, Community Safety Lead |
| Date written | 14 March 2022 |

## Contents

### Priority A: Burglary

### Priority B: Road danger

### Priority C: Scams

## Introduction

The Ashcombe Safety Board has agreed three priorities for the life of this plan. The plan was approved by \
Cabinet on 21 April 2022. It was published on 3 May 2022.

## Priority A: Reducing Burglary in Homes

- Fit free door locks for older residents
- Run street briefings after every break-in

### How we will know it works

- Fewer homes burgled twice in one year

## Priority B: Road Danger and Speeding

- Install average speed cameras near schools
- Hold monthly speed watch sessions with volunteers

## Priority C: Protecting People from Scams

- Train bank staff to spot doorstep fraud
- Set up a scam alert text service

## Governance

The Ashcombe Safety Board is chaired by the Leader of the Council. The Ashcombe Safety Board reports to the \
Health and Wellbeing Board. Members of the Ashcombe Safety Board include the council, police, fire service and \
probation. The Overview and Scrutiny Committee will scrutinise the work of the partnership each year.

- The board meets four times a year
- Its papers are published a week before each meeting

| Group | Meets |
| --- | --- |
| Burglary Task Group | Monthly |
| Road Safety Group | Quarterly |
"""

# A list introduced by a line naming priorities; a contents page of rows with page numbers.
BRACKLEY = """Brackley Safer Streets Plan 2023-26

Document control

Title\tBrackley Safer Streets Plan 2023-26
Version\t2.0 (final)
Author\tCommunity Safety Team, Brackley Council
Status\tApproved

Contents

Introduction\t2
Our priorities\t3
Governance\t6

Introduction

This plan sets out how partners in Brackley will keep streets safe. It was written in January 2023 by the \
Community Safety Team.

Our priorities

After listening to residents, the Brackley Streets Partnership has chosen the following priorities:

- Cutting knife crime among young people
- Making town centre nights safer
- Ending repeat domestic abuse

We will review progress with residents every summer.

Governance

The Brackley Streets Partnership is chaired by the Chief Superintendent of the Northern Division.

Partner\tRole
Brackley Council\tLead for licensing and CCTV
Northern Division Police\tLead for enforcement
"""

# A run of numbered headings, each with a numbered subheading that recurs ("1. Strategic Actions").
CORRIN = """Corrin Community Safety Strategy 2021-24

Foreword

Corrin is a safe borough, and we want to keep it that way. This strategy is built around three themes.

1. Safe at Home

Too many residents suffer burglary and domestic abuse at home.

1. Strategic Actions

- Offer target hardening to every repeat victim
- Fund two more independent domestic violence advisers

2. Safe on the Streets

Street robbery rose last year in the town centre.

1. Strategic Actions

- Extend late night CCTV coverage
- Train door staff in spotting vulnerability

3. Safe Online

Fraud and online abuse now make up a third of reported crime.

1. Strategic Actions

- Run cyber safety sessions in schools
- Work with banks to warn victims of fraud
"""

# Plain headings, and a list whose lead-in names partners, not priorities: nothing to call a priority.
# Governance said of "the Partnership" and "it" in the sentences after a body is named.
KELSO = """# Kelso Community Safety Plan 2022-25

## Governance

The Kelso Community Safety Partnership brings together the council, police, fire service, health and probation. \
The Community Safety Partnership meets every quarter.

The Partnership is responsible for community safety in Kelso and is one of the Delivery Groups of the Kelso \
Plan. It is accountable to the Kelso Leaders Board and the Overview and Scrutiny Committee if it does not deliver.

The Youth Panel Group meets monthly. They report to the Kelso Leaders Board.
"""

DUNMORE = """Dunmore Community Safety Review 2020

Introduction

This review looks back at how the Dunmore partnership worked during the year. It covers crime trends, resident \
views and the work of partners.

Crime in Dunmore

Recorded crime in Dunmore fell slightly during the year. Vehicle crime remained the most common offence in the \
north of the borough.

Working together

The following partners attended the weekly meeting:

- The council's community safety team
- The neighbourhood policing team
- The fire service

Partners shared information through the meeting.
"""

# Duties, targets, governance and dates in the words plans use for them.
GALLOWAY = """# Galloway Community Safety Plan 2024-27

## Our legal duties

Under the Crime and Disorder Act 1998, the council and police must work together to reduce crime. Section 17 of \
the Crime and Disorder Act 1998 places a duty on the council to consider crime in all its decisions. The Domestic \
Abuse Act 2021 requires the council to provide safe accommodation. The Licensing Act 2003 was discussed at the \
traders forum. Partners have a duty to share information.

## Crime and Disorder Act 1998

The partnership meets four times a year.

## Measuring progress

Repeat victims of domestic abuse: baseline 31%, target 25% by 2026/27.

We will increase reports of hate crime, with a target of 400 reports a year.

Residents feel safe in the town centre at night.

## Key performance indicators

- Number of knife crime offences
- Proportion of young people reoffending

| Measure | Baseline | Target | Period |
| --- | --- | --- | --- |
| Burglary of homes | 410 | 320 | 2026/27 |

## Governance

The Galloway Safety Board is chaired by the Director of Communities. The Galloway Safety Board reports to the \
Health and Wellbeing Board. The Galloway Safety Board is made up of senior officers from the council, police, \
health and probation. The Overview and Scrutiny Committee holds the Galloway Safety Board to account each year. \
The Galloway Safety Board oversees the delivery of this plan. The Youth Violence Panel meets every month.

## Key dates

This plan was approved by the Galloway Safety Board on 12 March 2024. It was published on 2 April 2024. The plan \
was drafted in January 2024 by the community safety team. The board will meet on 5 June 2024.
"""

PLANS = {
    "ashcombe-community-safety-plan-2022-25.md": ASHCOMBE,
    "brackley-safer-streets-plan-2023-26.txt": BRACKLEY,
    "corrin-community-safety-strategy-2021-24.txt": CORRIN,
    "dunmore-community-safety-review-2020.txt": DUNMORE,
    "galloway-community-safety-plan-2024-27.md": GALLOWAY,
}


# A contents page with no "Contents" heading: each part's number and page, then its name.
NORTHFIELD_PARTS = [
    "PART ONE | 4",
    "Where we are now",
    "PART TWO | 9",
    "What we will do",
    "PART THREE | 15",
    "How we will know",
]
# The body of a plan whose contents page (above) has no "Contents" heading.
NORTHFIELD_BODY = """Foreword

Northfield is a safe place to live, and partners want to keep it that way. This plan sets out how.

PART ONE

Where we are now

Crime fell in Northfield last year, but residents still worry about the town centre at night.

PART TWO

What we will do

Partners will light the underpass and open a night hub.

PART THREE

How we will know

The board will look at the figures every quarter.
"""


# A plan whose foreword is signed and whose message says in its heading who it is from.
ASHBY = """Ashby Borough Council
Community Safety Partnership Plan 2024-27

Foreword

Welcome to our plan for the next three years. Crime in Ashby has fallen, but residents tell us they still worry \
about anti-social behaviour in the town centre and on the estates.

We will work with the police, the fire service and local charities to keep people safe, and we will report on our \
progress every year.

Councillor Priya Malhotra
Cabinet Member for Safer Communities

Message from the Chief Inspector

Ashby Police will keep a visible presence in the town centre and will work with the council on every priority in \
this plan.

Our priorities

The partnership has agreed three priorities for 2024-27:
- Reducing anti-social behaviour in the town centre
- Tackling domestic abuse and supporting survivors
- Keeping young people safe from exploitation

Safe from Crime and Disorder

Our first priority is that people are safe from crime at home and in the street.

Contact us

Write to us if you have comments on the plan.

Ashby Community Safety Team
Tel 01234 567890
"""


_LONG_CELL = (
    "Reduce the harm caused by knives on our streets by working with schools, youth services and the police "
    "to reach young people before they carry a blade, and support those already involved to leave that life "
    "behind through mentoring, training and a route into work. "
) * 3


def tables_plan(council: str) -> str:
    """A strategy set out in tables: document control, an outcomes table under a paragraph saying what it shows, a
    table of figures by year, and a priorities grid with a row too long for one chunk (a cell per priority)."""
    long_cell = _LONG_CELL
    other_cell = _LONG_CELL.replace("knives", "repeat offending")
    return f"""# {council} Community Safety Strategy 2024-27

## Document control

| Title | {council} Community Safety Strategy 2024-27 |
| Author | Priya Lund, Head of Community Safety |
| Unit | {council} Community Safety Team |
| Date Authored | March 2024 |

## Safer Streets Outcomes and Outputs

The table below sets out how we will judge the safer streets theme.

| Outcome(s) | Output(s) |
| --- | --- |
| Fewer burglaries | Number of reported burglaries per 1,000 households |
| Safer town centre at night | Number of night-time economy assaults |
| More victims supported | Number of victims referred to Victim Support |
| Fewer fires set on purpose | Number of deliberate fires attended |

## Recorded crime

Police figures for the calendar years show falls in both offences.

| JAN-DEC | 2022 | 2023 | % change |
| Burglary | 410 | 352 | -14.1% |
| Robbery | 120 | 98 | -18.3% |

## The Priorities

|  | ASPECT | Tackling Knife Crime | Reducing Reoffending |
| Work Stream | OBJECTIVES | {long_cell} | {other_cell} |
|  | FOCUS | Early help | Prolific offenders |
| Actions |  | Mentoring for young people | Housing support on release |
"""
