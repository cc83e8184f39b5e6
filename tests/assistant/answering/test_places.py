"""A priority named by its place ("its second priority", "priority 3") is the plan's own priority at that
place, through the real assistant over an invented plan; and a list the question asks for is shown whole."""

from __future__ import annotations

import re

import pytest

from assistant.answering.places import place_asked, with_priority_named
from assistant.api.chat import turn_of
from assistant.pipeline import Assistant
from ingest.plan import Evidence, Plan, Priority
from tests.assistant.answering.test_structure import assert_cited_verbatim, bullets
from tests.assistant.plan_corpus import one_plan_fixture, quoted

FENWICK = "fenwick-community-safety-strategy-2024-27.txt"
TITLES = [
    "Safer Homes",
    "Safer Town Centres at Night",
    "Protecting Young People from Exploitation",
    "Standing Up to Hate",
]
# seven long actions under the second priority: more words than an answer's usual list budget
NIGHT_ACTIONS = [
    f"2.{n}. {text}"
    for n, text in enumerate(
        [
            "Fund trained night marshals in the market square every Friday and Saturday from ten until three.",
            "Work with licensed premises to sign every late bar up to the Fenwick Night Safety Charter by next spring.",
            "Extend the late night bus service from the town centre to the outlying estates during the winter months.",
            "Train door staff, taxi marshals and bar workers to spot vulnerable people and help them get home safely.",
            "Review the lighting and camera coverage of the routes people walk home from the station after midnight.",
            "Run a welfare hub on the high street with first aid volunteers and a quiet space for anyone in distress.",
            "Publish what residents report about the town centre at night each quarter, and what partners did.",
        ],
        start=1,
    )
]
FENWICK_PLAN = f"""Fenwick Community Safety Strategy 2024-27

Introduction

The Fenwick Safety Partnership has agreed four priorities for the life of this strategy. Each has strategic
actions and the outputs by which partners will judge progress.

1. {TITLES[0]}

Burglary fell last year but remains the crime residents fear most.

1. Strategic Actions

- 1.1. Offer free door and window locks to every household burgled in the last year.
- 1.2. Hold street briefings in the roads around each new break-in within a week.

2. {TITLES[1]}

The town centre is busy after dark and most violence with injury happens there between ten and three.

2. Strategic Actions

{chr(10).join(f"- {action}" for action in NIGHT_ACTIONS)}

3. {TITLES[2]}

Young people are groomed to carry drugs along the railway line.

3. Strategic Actions

- 3.1. Place youth workers in the accident and emergency department on weekend nights.
- 3.2. Share intelligence on exploitation between schools, police and the youth offending service.

{TITLES[2]} Outputs

- Number of young people referred to the exploitation panel each quarter.
- Percentage of referred young people still engaged with a youth worker after three months.

4. {TITLES[3]}

Hate crime reports rose by a quarter, which partners read as greater confidence to report.

4. Strategic Actions

- 4.1. Recruit hate crime reporting centres in libraries and community centres.
- 4.2. Run an awareness week with faith groups every autumn.
"""

fenwick = one_plan_fixture("fenwick", FENWICK, "Fenwick", FENWICK_PLAN)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("What does Fenwick do under its third priority?", 3),
        ("actions under priority 2", 2),
        ("Priority one: what is it?", 1),
        ("What sits under the 4th theme?", 4),
        ("and the last priority?", -1),
        # what follows says whose: the plan's, a council's or a year's keeps it the plan's own
        ("What is the third priority of the Fenwick strategy?", 3),
        ("What is the second priority in Fenwick?", 2),
        ("What was the first priority in 2019/20?", 1),
        ("the first objective under priority 2", 2),  # the objective is of another list; priority 2 is the plan's
    ],
)
def test_a_priority_is_pointed_at_by_its_place(text: str, place: int) -> None:
    asked = place_asked(text)
    assert asked is not None and asked[1] == place


@pytest.mark.parametrize(
    "text",
    [
        "How many residents chose it as their third priority?",  # a survey answer, not a plan's priority
        "What did the priority 2020 review find?",  # a year
        "Is 5% a priority 3% of the time?",  # figures
        "What are the priorities?",
        # an item of another list, which the words after it name
        "What is the third strand of VAWG?",
        "What is the last strand of the hate crime work?",
        "What does the first objective for tackling knife crime say?",
    ],
)
def test_what_is_no_place_is_not_taken_for_one(text: str) -> None:
    assert place_asked(text) is None


def _plan(council: str, titles: list[str]) -> Plan:
    evidence = Evidence("c1", "quote")
    priorities = tuple(Priority(title, evidence, label=str(n)) for n, title in enumerate(titles, start=1))
    return Plan(f"{council.lower()}.txt", f"{council} Plan", council, "plan", 2020, 2023, None, "public",
                priorities=priorities)  # fmt: skip


def test_the_question_says_the_title_of_the_priority_at_that_place() -> None:
    plan = _plan("Fenwick", TITLES)
    said = with_priority_named("What are the actions under Fenwick's second priority?", [plan])
    assert said == f"What are the actions under Fenwick's second priority ({TITLES[1]})?"
    assert with_priority_named("What sits under its fifth priority?", [plan]) == "What sits under its fifth priority?"
    strand = "What is the second strand of the violence against women and girls work in Fenwick?"
    assert with_priority_named(strand, [plan]) == strand  # not the plan's second priority


def test_plans_that_would_each_mean_another_priority_leave_the_question_as_it_is() -> None:
    plans = [_plan("Fenwick", TITLES), _plan("Garside", ["Roads", "Parks"])]
    text = "What is done under the second priority?"
    assert with_priority_named(text, plans) == text
    assert with_priority_named(text, [plans[0], _plan("Fenwick", TITLES)]) != text  # the same title is one meaning


def _plain(line: str) -> str:
    return re.sub(r"^\d+\.\d+\.\s*", "", line)


@pytest.mark.parametrize(
    "question",
    [
        "What strategic actions does Fenwick list under its second priority?",
        "Give me all the actions under priority 2 in the Fenwick strategy.",
    ],
)
def test_the_actions_under_a_priority_named_by_place_are_its_own_and_all_of_them(
    fenwick: Assistant, question: str
) -> None:
    answer = fenwick.ask(question)
    assert answer.answered
    assert [_plain(line) for line in bullets(answer)] == [_plain(action) for action in NIGHT_ACTIONS]
    assert "(The cited section lists more.)" not in answer.text
    assert TITLES[1] in (answer.question or "")  # the question as answered says which priority it is
    assert_cited_verbatim(fenwick, answer)


def test_a_priority_named_by_place_is_measured_by_its_own_outputs(fenwick: Assistant) -> None:
    answer = fenwick.ask("How will Fenwick measure progress on priority 3?")
    assert answer.answered
    assert bullets(answer) == [
        "Number of young people referred to the exploitation panel each quarter.",
        "Percentage of referred young people still engaged with a youth worker after three months.",
    ]
    assert_cited_verbatim(fenwick, answer)


def test_a_follow_up_points_at_a_priority_of_the_plan_the_last_turn_was_about(fenwick: Assistant) -> None:
    first = fenwick.ask("What are Fenwick's priorities?")
    follow = fenwick.ask(
        "What will they do under the fourth priority?", history=[turn_of("What are Fenwick's priorities?", first)]
    )
    assert follow.answered
    assert [_plain(line) for line in bullets(follow)] == [
        "Recruit hate crime reporting centres in libraries and community centres.",
        "Run an awareness week with faith groups every autumn.",
    ]


def test_a_resident_s_own_priority_is_not_the_plan_s(fenwick: Assistant) -> None:
    answer = fenwick.ask("How many residents in Fenwick said burglary was their first priority?")
    assert TITLES[0] not in (answer.question or "")


@pytest.mark.parametrize(
    "question",
    [
        "Which priority covers the welfare hub on the high street in Fenwick's strategy?",
        # ... with what the asker says of their own copy before it, which the plan does not say
        "My printout of the Fenwick strategy is missing its headings — which priority covers the welfare hub?",
    ],
)
def test_an_action_listed_beside_its_priority_s_heading_is_answered_with_that_priority(
    fenwick: Assistant, question: str
) -> None:
    # "2. Strategic Actions" sits beside "2. Safer Town Centres at Night", not under it: the plan model's
    # actions of the priority say where the welfare hub sits
    answer = fenwick.ask(question)
    assert answer.answered
    said = quoted(answer)
    assert TITLES[1] in said and "welfare hub" in said
    assert not {TITLES[0], TITLES[2], TITLES[3]} & set(re.findall("|".join(map(re.escape, TITLES)), said))
    assert_cited_verbatim(fenwick, answer)
