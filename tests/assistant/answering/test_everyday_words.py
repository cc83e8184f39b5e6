"""Questions in everyday British words, and figures written short, answered from what the plan says in its own:
the real assistant over an invented plan."""

from __future__ import annotations

from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import assert_answers_quoting, one_plan_fixture, quoted

ELLESBROOK = """# Ellesbrook Community Safety Plan 2024-27

## Neighbourhood policing

The council funds 14 additional police officers to patrol the market square and the bus station.

## Anti-social behaviour

Working with Network Rail, the partnership secured a Criminal Behaviour Order against a persistent perpetrator \
of anti-social behaviour at Ellesbrook station.

## Illegal tobacco

Trading Standards officers searched a shop on Mill Lane in March 2024. A stash of 450kg of counterfeit \
cigarettes was seized from the cellar. It is estimated to be worth £85,000 on the street.

## Legal comments

The plan forms part of the Council's Budget and Policy Framework, so its adoption is for Full Council (see \
Part 3, Article 7 of the Constitution).
"""

ellesbrook = one_plan_fixture("ellesbrook", "ellesbrook-community-safety-plan-2024-27.md", "Ellesbrook", ELLESBROOK)


def test_slang_for_the_police_finds_police_officers(ellesbrook: Assistant) -> None:
    # "bobbies" is in no plan and near no plan word in meaning: the everyday lexicon says it is police officers
    assert_answers_quoting(ellesbrook, "How many extra bobbies is Ellesbrook paying for?", "14 additional police")


def test_slang_for_a_perpetrator_finds_what_the_plan_calls_one(ellesbrook: Assistant) -> None:
    # no plan word is near "troublemaker" in meaning: without the plan's word for it, it is a thing asked unsaid
    assert_answers_quoting(
        ellesbrook,
        "Who did Ellesbrook work with to get a court order on a troublemaker?",
        "Working with Network Rail",
    )


def test_the_budget_and_policy_framework_asks_for_no_money(ellesbrook: Assistant) -> None:
    # a framework's name holds "budget": the question asks which article, and a passage with no sum answers it
    answer = assert_answers_quoting(
        ellesbrook,
        "Which part and article of the constitution does Ellesbrook cite for the budget and policy framework?",
        "Part 3, Article 7",
    )
    assert "no amount of money" not in answer.text


def test_a_measure_written_short_answers_a_follow_up_in_its_full_name(ellesbrook: Assistant) -> None:
    first = "What did Ellesbrook's Trading Standards officers seize in the Mill Lane shop?"
    answer = ellesbrook.ask(first)
    assert answer.answered and "450kg" in quoted(answer), answer.text
    follow_up = ellesbrook.ask("So how many kilograms turned up?", history=[turn_of(first, answer)])
    assert follow_up.answered and "450kg" in quoted(follow_up), follow_up.text


HARNLEY = """# Harnley Community Safety Strategy 2025-28

| Title | Harnley Community Safety Strategy 2025-28 |
| --- | --- |
| Author | Community Safety Team |
| Date Authored | March 2025 |

## Introduction

The Safer Streets Act received Royal Assent on 3 May 2016. Among other provisions, the act places the Street \
Guardians programme on a statutory footing.

## Young people

The council runs a youth club on Mill Lane every weekday evening.

## Licensing

A Late Night Levy will come into effect in June 2026. This will fund specialist interventions targeted at \
reducing late night and alcohol-related issues.

## Reporting crime

Call Crime Stoppers anonymously on 0800 555 111 to give information about a crime.

## Funding

The Crime Prevention Fund is subject to a 20% top slice from Year 2, which reduces our annual allocation by \
£40,000 to £160,000 per annum.

## Other formats

If you would like this strategy translated into a different language or provided in large print, please contact \
the Community Safety Team on 01632 960 123.
"""

harnley = one_plan_fixture("harnley", "harnley-community-safety-strategy-2025-28.md", "Harnley", HARNLEY)


def test_slang_for_telling_on_someone_unnamed_finds_the_anonymous_line(harnley: Assistant) -> None:
    # "shop" and "without being named" are the plan's "give information" and "anonymously"
    assert_answers_quoting(
        harnley, "If I wanted to shop the lads selling drugs without being named, what number is there?", "0800 555 111"
    )


def test_another_format_is_what_the_plan_offers_as_other_formats(harnley: Assistant) -> None:
    # the plan never writes "format": a different language and large print are what it offers
    assert_answers_quoting(
        harnley, "My gran has poor eyesight. Is there a number to get the Harnley strategy in another format?", "01632"
    )


def test_a_story_before_a_date_question_is_no_part_of_what_is_dated(harnley: Assistant) -> None:
    # the month the strategy was written is in its document control, which says nothing of archivists
    assert_answers_quoting(
        harnley, "Archivist here, filing strategies. Which month was Harnley's 2025-28 strategy written?", "March 2025"
    )


def test_the_date_of_an_act_named_in_the_sentence_before_answers_what_the_act_does(harnley: Assistant) -> None:
    # "the act" is named, with its date, in the sentence before the one that says what it made a duty
    answer = assert_answers_quoting(
        harnley,
        "What date does the Harnley strategy give for the Act that made Street Guardians a legal duty?",
        "3 May 2016",
    )
    assert "statutory footing" in quoted(answer)


def test_a_follow_up_goes_on_with_the_plan_s_name_for_what_was_asked_in_everyday_words(harnley: Assistant) -> None:
    # "an extra charge on bars open after midnight" is the plan's Late Night Levy; "from which month?" asks its
    # start, which the follow-up finds by the plan's name for it, not by "fund" (the Crime Prevention Fund)
    first = "Is the extra charge on Harnley bars that trade after midnight going to fund anything?"
    answer = assert_answers_quoting(harnley, first, "Late Night Levy")
    follow_up = harnley.ask("From which month?", history=[turn_of(first, answer)])
    assert follow_up.answered and "June 2026" in quoted(follow_up), follow_up.text
