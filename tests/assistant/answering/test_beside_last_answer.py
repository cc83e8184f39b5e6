"""A follow-up, or the later part of a compound question, asks for what the plan says beside what the last answer
quoted ("Any figure for the champions?" after the list of what the steering group will do), in a few words far in
meaning from the sentence that says it; "how often was it watched?" is answered by how many times. Through the real
assistant over an invented plan."""

from __future__ import annotations

from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from tests.assistant.plan_corpus import one_plan_fixture, quoted

BRINDLE = """# Brindle Community Safety Plan 2023-26

## Hate Crime

The anti hate crime strategy is being refreshed by a local steering group of statutory and voluntary partners. The
current focus of the steering group is to:

- Recruit further Hate Crime champions (target is 35).
- Encourage shops and faith centres to become third party reporting sites for hate crime.
- Train library staff to take reports from victims.

## Street Harassment

The council launched the Look Again campaign with the local rugby club to challenge harassment of women in public
places. A short campaign video was shown at school assemblies across the district. The video was watched more than
52,000 times across the council's social media channels.

## Women's Safety Survey

Our first women's safety survey, with police crime data, found 4 areas in the district where women feel least safe.
A number of interventions were deployed in these areas. They included street lighting audits and extra patrols by
the night-time economy team.

## Night-time Economy

The night-time economy team patrols the town centre hotspots on Friday and Saturday nights.

## Licensing

A late night levy on venues selling alcohol after midnight will start in April 2024. This will fund taxi marshals
and a street pastors scheme in the town centre.

## Street Cleaning

Street cleaning and lighting in the town centre are funded from the council's own budget and by the business
improvement district. The funds raised at the summer fair will be spent on new benches and planters for the
market square.

## Offender Management

The Integrated Offender Management programme has changed a great deal since the probation reforms. The multi agency
team now manages a caseload of around 140 prolific and priority offenders at any one time. These are the people most
likely to reoffend, often with complex needs including substance misuse, poor mental health and learning
disabilities.
"""

brindle = one_plan_fixture("brindle", "brindle-community-safety-plan-2023-26.md", "Brindle", BRINDLE)


def test_a_follow_up_is_answered_by_what_the_plan_says_beside_the_last_quote(brindle: Assistant) -> None:
    first = "In Brindle, who is the steering group hoping will become third party reporting sites?"
    answer = brindle.ask("Any figure they're aiming for on champions?", history=[turn_of(first, brindle.ask(first))])
    assert answer.answered and "target is 35" in quoted(answer)


def test_how_often_a_thing_was_done_is_answered_by_how_many_times(brindle: Assistant) -> None:
    answer = brindle.ask("How often was Brindle's Look Again video watched?")
    assert answer.answered and "52,000 times" in quoted(answer)


def test_the_later_part_of_a_compound_question_is_answered_beside_the_first_part(brindle: Assistant) -> None:
    answer = brindle.ask("How many areas did the Brindle women's safety survey find, and what interventions followed?")
    assert answer.answered
    said = quoted(answer)
    assert "4 areas" in said and "street lighting audits" in said


def test_a_follow_up_in_everyday_words_no_plan_uses_is_answered_beside_the_last_quote(brindle: Assistant) -> None:
    first = "Are people with learning disabilities among Brindle's priority offenders?"
    answer = brindle.ask("How many offenders is that team wrangling?", history=[turn_of(first, brindle.ask(first))])
    assert answer.answered and "around 140 prolific" in quoted(answer)


def test_a_follow_up_asking_for_a_figure_in_its_own_words_is_answered_by_the_last_quote_giving_it(
    brindle: Assistant,
) -> None:
    first = "What did Brindle's first survey of women's safety look at?"
    earlier = brindle.ask(first)
    assert "found 4 areas" in quoted(earlier), earlier.text
    # "hotspots" is the plan's word for the town centre's busy streets, not what this sentence says
    answer = brindle.ask("How many hotspots did it pick out?", history=[turn_of(first, earlier)])
    assert answer.answered and "found 4 areas" in quoted(answer), answer.text


def test_a_follow_up_asking_again_what_the_last_answer_quoted_is_answered_by_that_quote(brindle: Assistant) -> None:
    # the sentence that says what "it" funds was quoted already; another says funding, not of it
    first = "What is Brindle's late night levy?"
    earlier = brindle.ask(first)
    assert "taxi marshals" in quoted(earlier), earlier.text
    answer = brindle.ask("What will the funds it raises be spent on?", history=[turn_of(first, earlier)])
    assert answer.answered and "taxi marshals" in quoted(answer), answer.text
