"""Targets: sentences that set a value to reach, and measures listed under an indicators heading."""

from __future__ import annotations

from collections.abc import Callable

from tests.ingest.plan.conftest import Built
from tests.ingest.plan.texts import ASHCOMBE, GALLOWAY

Build = Callable[[str, str], Built]

TABLE = """# Hartfield Community Safety Plan 2023-26

## Performance measures

We aim to cut burglary with a target 25% fall by 2025.

| Measure | Target | Period |
| --- | --- | --- |
| Burglary of homes | target 320 | 2024/25 |
| Road casualties killed or seriously injured | target 40 | 2025/26 |

## Our area

Hartfield has 120,000 residents and two town centres.
"""


def test_a_sentence_stating_a_target_gives_its_value_and_year(build: Build) -> None:
    targets = build("hartfield-community-safety-plan-2023-26.md", TABLE).plan.targets
    [sentence] = [t for t in targets if t.evidence.quote.startswith("We aim")]
    assert sentence.target == "25%"
    assert sentence.period == "2025"
    assert sentence.direction == "reduce"
    assert sentence.evidence.quote == "We aim to cut burglary with a target 25% fall by 2025."


def test_table_rows_give_the_measure_target_and_period(build: Build) -> None:
    targets = build("hartfield-community-safety-plan-2023-26.md", TABLE).plan.targets
    rows = {t.measure: (t.target, t.period) for t in targets if " | " in t.evidence.quote}
    assert rows == {
        "Burglary of homes": ("320", "2024/25"),
        "Road casualties killed or seriously injured": ("40", "2025/26"),
    }
    # a figure that is no target is not one
    assert not any("120,000" in t.evidence.quote for t in targets)


def test_a_baseline_and_a_target_in_one_sentence(build: Build) -> None:
    targets = build("galloway-community-safety-plan-2024-27.md", GALLOWAY).plan.targets
    [repeat] = [t for t in targets if t.evidence.quote.startswith("Repeat victims")]
    assert (repeat.target, repeat.baseline, repeat.period) == ("25%", "31%", "2026/27")
    [hate] = [t for t in targets if "hate crime" in t.evidence.quote]
    assert hate.target == "400" and hate.direction == "increase"
    assert not any(t.evidence.quote.startswith("Residents feel safe") for t in targets)


def test_items_under_an_indicators_heading_are_measures_without_a_value(build: Build) -> None:
    targets = build("galloway-community-safety-plan-2024-27.md", GALLOWAY).plan.targets
    listed = {t.measure: t.target for t in targets if t.evidence.section and "indicators" in t.evidence.section}
    assert listed["Number of knife crime offences"] is None
    assert listed["Proportion of young people reoffending"] is None


def test_rows_of_a_table_under_an_indicators_heading_are_measures(build: Build) -> None:
    targets = build("galloway-community-safety-plan-2024-27.md", GALLOWAY).plan.targets
    rows = {t.measure: t.period for t in targets if " | " in t.evidence.quote}
    assert rows.get("Burglary of homes") == "2026/27"


def test_front_matter_and_priorities_give_no_targets(build: Build) -> None:
    built = build("ashcombe-community-safety-plan-2022-25.md", ASHCOMBE)
    assert built.plan.targets == ()


VALUED = """# Kelbrook Drug and Alcohol Plan 2022-25

## Treatment and awareness

Number of people reached through awareness campaigns (10,000 people).

Percentage of cohort retained in treatment for 12 weeks or longer (44%).

The number of people who ask for help is set out in the annual report (see page 4).
"""


def test_a_measure_said_with_its_value_in_brackets_is_a_target(build: Build) -> None:
    targets = build("kelbrook-drug-and-alcohol-plan-2022-25.md", VALUED).plan.targets
    valued = {t.measure: t.target for t in targets}
    assert valued == {
        "Number of people reached through awareness campaigns": "10,000 people",
        "Percentage of cohort retained in treatment for 12 weeks or longer": "44%",
    }
    # a bracketed page reference is no value to reach
    assert not any("see page 4" in t.evidence.quote for t in targets)


COMMITMENTS = """# Wexmoor Safer Neighbourhoods Plan 2024-27

## Our area

- Recorded 40 burglaries a month in 2023
- Counted 12 new CCTV cameras last year

## Priority 1: Burglary

### First 12 months – what will we do?

- Secure 20 Criminal Behaviour Orders (CBOs) against prolific burglars
- Visit at least 300 older residents to fit door chains
- Publish 2025 burglary report for residents
- Work with housing providers on repeat victims
  - Hold 6 street surgeries on the worst estates

## Our commitments

- Deliver an additional 2,500 home safety checks
- Fund 3 youth workers in the town centre

## Our pledges

Open 2 new youth clubs in the east of the borough.
"""


def test_an_item_that_commits_to_a_number_under_what_the_plan_will_do_is_a_target(build: Build) -> None:
    targets = build("wexmoor-safer-neighbourhoods-plan-2024-27.md", COMMITMENTS).plan.targets
    committed = {t.measure: t.target for t in targets}
    assert committed == {
        "Secure 20 Criminal Behaviour Orders (CBOs) against prolific burglars": "20",
        "Visit at least 300 older residents to fit door chains": "300",
        "Hold 6 street surgeries on the worst estates": "6",
        "Deliver an additional 2,500 home safety checks": "2,500",
        "Fund 3 youth workers in the town centre": "3",
    }
    for target in targets:
        assert target.evidence.quote == target.measure  # the whole item is quoted and is the measure
        assert target.evidence.section and "Our area" not in target.evidence.section


def test_an_item_naming_a_year_or_outside_what_the_plan_will_do_is_no_target(build: Build) -> None:
    targets = build("wexmoor-safer-neighbourhoods-plan-2024-27.md", COMMITMENTS).plan.targets
    quotes = {t.evidence.quote for t in targets}
    assert "Publish 2025 burglary report for residents" not in quotes  # a year is when, not how many
    assert "Recorded 40 burglaries a month in 2023" not in quotes  # a fact about the area
    assert "Open 2 new youth clubs in the east of the borough." not in quotes  # a paragraph, not a list item
    assert "Secure 20 Criminal Behaviour Orders (CBOs) against prolific burglars" in quotes


def test_a_title_that_says_delivering_does_not_make_every_counted_item_a_target(build: Build) -> None:
    text = COMMITMENTS.replace("# Wexmoor Safer Neighbourhoods Plan", "# Delivering a Safer Wexmoor: Plan")
    targets = build("wexmoor-safer-neighbourhoods-plan-2024-27.md", text).plan.targets
    quotes = {t.evidence.quote for t in targets}
    assert "Secure 20 Criminal Behaviour Orders (CBOs) against prolific burglars" in quotes
    assert "Recorded 40 burglaries a month in 2023" not in quotes


OUTPUTS = """Hartfield Community Safety Strategy 2023-26

Safe Streets Outcomes and Outputs

Outcome(s)\tOutput(s)
Fewer street robberies.\tNumber of street robberies per 1,000 residents.
\tNumber of phone thefts per 1,000 residents.
\tPercentage of robbery victims offered support.

Our area

Hartfield has 120,000 residents and two town centres.
"""


def test_measures_of_a_table_whose_rows_reached_the_text_as_sentences_are_each_a_measure(build: Build) -> None:
    targets = build("hartfield-community-safety-strategy-2023-26.txt", OUTPUTS).plan.targets
    quotes = [t.evidence.quote for t in targets]
    assert "Number of phone thefts per 1,000 residents." in quotes
    assert "Percentage of robbery victims offered support." in quotes
    assert not any("120,000" in quote for quote in quotes)


UNDER_SUBJECTS = """# Kestwick Community Safety Plan 2022-25

## Priority 2: Reducing Reoffending

### Burglary

- Secure 15 Criminal Behaviour Orders against prolific shoplifters
- Adopt 12 burglars to the offender management cohort
- Over 300 people attended the enforcement roadshows
- Obtained 9 Closure Orders in 2021
"""


def test_an_item_opening_with_a_verb_and_a_count_is_a_target_under_any_heading(build: Build) -> None:
    targets = build("kestwick-community-safety-plan-2022-25.md", UNDER_SUBJECTS).plan.targets
    assert {t.evidence.quote: t.target for t in targets} == {
        "Secure 15 Criminal Behaviour Orders against prolific shoplifters": "15",
        "Adopt 12 burglars to the offender management cohort": "12",
    }  # not a count of people who came, nor of orders already obtained


LINES = """# Hollins Community Safety Plan 2023-26

## Reducing Reoffending Board Priority Performance Indicators

Young People: Youth Reoffending Rates (Binary Rate, % of young people with orders who go on to re-offend)

The board is unable to set a quarterly indicator for cohesion, as the only measure is taken annually.

## Our area

Hollins has two town centres and a growing night-time economy
"""


def test_a_short_line_under_an_indicators_heading_is_a_measure_and_a_sentence_there_is_not(build: Build) -> None:
    targets = build("hollins-community-safety-plan-2023-26.md", LINES).plan.targets
    assert [t.evidence.quote for t in targets] == [
        "Young People: Youth Reoffending Rates (Binary Rate, % of young people with orders who go on to re-offend)"
    ]  # not the sentence under it, nor a line under a heading that names no measures
