"""What each plan calls an acronym, which outcome of plans without priorities, the list a
counted figure goes on to name, a committee report's paragraph named by its number, a plan named by its years for
every part of a question, the service for the age a resident tells of, the formats a plan offers in residents'
words, and a total asked of a figure for one of many. The real assistant over two invented plans."""

from __future__ import annotations

from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, quoted, several_plans_fixture

FELLHAVEN = """# Fellhaven Community Safety Plan 2022-25

## Sexual Violence

The sexual violence panel meets every month to plan support for victims at high risk, with case work before, during \
and after each meeting provided by the Independent Sexual Violence Advisers (ISVA).

Our victim services include:

- Independent Gendered Violence Advocates for victims at high risk
- Hospital advocates working with patients after an assault
- Outreach workers for victims at lower risk

## Safer Streets Powers

In April 2021 the Safer Streets Act came into force, bringing in 5 new powers for officers to use against street \
nuisance, down from 12 older powers. This simpler set was meant to give officers flexible powers for many problems.

The council trained its wardens in each of them during the summer.

The 5 new powers are:

- The Youth Curfew Notice
- The Park Exclusion Order
- The Noise Abatement Warning

- The Street Trading Closure
- The Litter Penalty Order

## Keeping Town Centres Safe

The partnership will:

- Run a shop watch radio scheme with town centre traders.
- Support the street pastors who patrol on Friday and Saturday nights.
- Ensure public space cameras (CCTV) are used well, to deter crime and help convict offenders.

## Repeat Victims Hub

The Fellhaven hub cut repeat calls to the police by 40% in the year after each hub meeting, saving on average \
£520 per household to public services.

## Domestic Abuse

Significant partnership work has been done to raise awareness of domestic abuse, to tackle under-reporting. This \
may be the main reason why reports of domestic abuse to the police have risen year on year.

## Legal Comments

- 5.1 The Crime and Disorder Act 1998 requires the council and its partners to agree a strategy for the borough.
- 5.2 When planning action under the plan, officers must have regard to the council's own powers and make sure \
these are not exceeded.
- 5.3 Before adopting the plan, the council must consult the police and crime commissioner.

## Other Formats

If you would like this plan in large print, in Braille or read aloud, please contact us on :

Tel No.: 01632 960 456
"""

MIDCOMBE = """# Midcombe Safer Communities Strategy 2021-24

## Sexual Violence

Sexual Violence Outcomes and Outputs

| Outcome | Output |
| --- | --- |
| More victims supported | Number of Independent Sexual Violence Advocate (ISVA) referrals each quarter, by age |
| Fewer repeat victims | Percentage of repeat victims at the panel (target 20%) |
| More referrals from partners | Number of referrals to the panel (target 150) |

## Violence Against Women and Girls

Midcombe Council has commissioned a new service for survivors of violence from April 2022, run by a local charity. \
The service supports women as well as men from ages 16 and up.

The new service for survivors of violence will offer:

- Independent Gendered Violence Advocates (IGVA) for victims at high risk
- Outreach workers running the single point of access for victims at lower risk
- Hospital advocates working with patients affected by violence
- A helpline for family members of victims of abuse
- A schools worker for girls aged 12-17, in schools and youth clubs

## Domestic Abuse

Since 2018 recorded domestic abuse offences have increased, partly as the result of increased confidence in \
reporting. Domestic abuse accounts for about a quarter of all violent crime in the district.

## Shoplifting

Shoplifting has risen in the market town for three years running. Over the life of the strategy we will:

- Work with the business crime partnership on a shared list of banned offenders.
- Catch repeat shoplifters on CCTV and prosecute them.
- Train shop staff to report thefts online.
"""

two_plans = several_plans_fixture(
    "two_plans",
    "fellhaven-and-midcombe",
    {
        "fellhaven-community-safety-plan-2022-25.md": (FELLHAVEN, "Fellhaven"),
        "midcombe-safer-communities-strategy-2021-24.md": (MIDCOMBE, "Midcombe"),
    },
)


def test_each_plan_spells_out_an_acronym_its_own_way(two_plans: Assistant) -> None:
    answer = two_plans.ask("What are the full forms of ISVA in the Fellhaven plan and in the Midcombe strategy?")
    assert answer.answered, answer.text
    assert "Independent Sexual Violence Advisers (ISVA)" in quoted(answer), answer.text
    assert "Independent Sexual Violence Advocate (ISVA)" in quoted(answer), answer.text
    assert "target 150" not in quoted(answer), answer.text  # the spelling, not the table it is said in


def test_which_outcome_asked_of_plans_without_priorities_is_no_error(two_plans: Assistant) -> None:
    # (the plan model finds no priorities in these plans: asking which one covers a subject must not fail)
    answer = two_plans.ask(
        "CCTV appears in the Fellhaven plan and in the Midcombe strategy. Which outcome is it tied to in each?"
    )
    assert answer.text  # an answer or a refusal, not an error
    assert all(citation.quote in two_plans.index.chunks[citation.chunk_id].text for citation in answer.citations)


def test_things_counted_beside_a_figure_are_named_by_the_list_that_follows(two_plans: Assistant) -> None:
    answer = assert_answers_quoting(
        two_plans, "Which five new powers replaced Fellhaven's 12 older ones in April 2021?", "The Youth Curfew Notice"
    )
    assert "The Litter Penalty Order" in quoted(answer), answer.text


def test_big_print_and_a_number_to_ring_find_the_formats_a_plan_offers(two_plans: Assistant) -> None:
    answer = assert_answers_quoting(
        two_plans,
        "Can my grandad, who needs big print, get the Fellhaven plan in it, and on what number?",
        "in large print",
    )
    assert "01632 960 456" in quoted(answer), answer.text


def test_a_total_asked_is_not_answered_by_an_average_per_case(two_plans: Assistant) -> None:
    answer = two_plans.ask("What was the total saving from the Fellhaven hub, in pounds?")
    assert not answer.answered, answer.text
    assert_answers_quoting(two_plans, "How much does the Fellhaven hub save per household?", "£520 per household")


def test_a_paragraph_of_a_report_s_part_is_named_by_its_number(two_plans: Assistant) -> None:
    answer = assert_answers_quoting(
        two_plans,
        "Fellhaven's legal comments, 5.2 - what does that paragraph say?",
        "make sure these are not exceeded",
    )
    assert "consult the police and crime commissioner" not in quoted(answer), answer.text


def test_the_age_a_resident_tells_of_finds_the_service_for_that_age(two_plans: Assistant) -> None:
    assert_answers_quoting(
        two_plans,
        "My granddaughter is 13 and is being pressured by an older boy. Is there anyone at Midcombe's new service "
        "for survivors who works with girls like her?",
        "girls aged 12-17",
    )


def test_a_plan_named_by_its_years_at_the_end_scopes_every_part(two_plans: Assistant) -> None:
    answer = assert_answers_quoting(
        two_plans,
        "Why have reports of domestic abuse to the police risen year on year, and how much of violent crime is "
        "domestic abuse, according to the 2021-24 strategy?",
        "increased confidence in reporting",
    )
    assert "about a quarter" in quoted(answer), answer.text
    assert "raise awareness" not in quoted(answer), answer.text
