"""Structure questions answered from the plan model through the real assistant: priorities as the plan
sets them out (and in the words of the line that states their number), governance with and without a chair,
which plans cover a year and the sentence that states a plan's term, the measures of one subject, the priority a
target sits under, a plan's parts; and a restricted plan's records never shown to the public."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answer import Answer
from assistant.answering.intent import Intent, intent_of
from assistant.answering.question import analyse
from assistant.answering.structure import _CONTENTS_SAID, _SECTION_ASKED, Refusal
from assistant.api.chat import turn_of
from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.settings import Settings
from ingest.indexer import ingest
from tests.assistant.plan_corpus import (
    ASHCOMBE,
    ASHCOMBE_PRIORITIES,
    ASHCOMBE_TASKING,
    BRACKLEY,
    BRACKLEY_PRIORITIES,
    CORRIN,
    TASKING_PRIORITIES,
    one_plan_fixture,
    quoted,
    several_plans_fixture,
)
from tests.ingest.plan.texts import ASHBY, KELSO, NORTHFIELD_BODY, NORTHFIELD_PARTS

PUBLIC = ("public",)
STAFF = ("public", "internal")


def bullets(answer: Answer) -> list[str]:
    """The answer's list items, without their citation markers."""
    return [re.sub(r"(\s*\[\d+\])+$", "", line[2:]) for line in answer.text.split("\n") if line.startswith("- ")]


def assert_cited_verbatim(assistant: Assistant, answer: Answer) -> None:
    """Every list item is a quote its own citation gives, and every quote is in its chunk."""
    quotes = {c.n: c.quote for c in answer.citations}
    for line in answer.text.split("\n"):
        if line.startswith("- "):
            markers = [int(n) for n in re.findall(r"\[(\d+)\]", line)]
            assert markers and bullets(Answer(line, True))[0] == quotes[markers[-1]], line
    for citation in answer.citations:
        assert citation.quote in assistant.index.chunks[citation.chunk_id].text


def test_a_council_s_priorities_are_its_plan_s_priority_headings(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("What are Ashcombe's priorities?", scope=PUBLIC)
    assert answer.answered
    assert answer.text.startswith("The Ashcombe plan (2022-25) says:")
    assert bullets(answer) == ASHCOMBE_PRIORITIES
    assert {c.source for c in answer.citations} == {ASHCOMBE}
    assert_cited_verbatim(plan_assistant, answer)


@pytest.mark.parametrize(
    ("question", "source", "expected"),
    [
        ("What are Brackley's priorities?", BRACKLEY, BRACKLEY_PRIORITIES),
        ("What are Corrin's themes?", CORRIN, ["1. Safe at Home", "2. Safe on the Streets", "3. Safe Online"]),
    ],
)
def test_priorities_from_a_list_or_numbered_headings(
    plan_assistant: Assistant, question: str, source: str, expected: list[str]
) -> None:
    answer = plan_assistant.ask(question, scope=PUBLIC)
    assert answer.answered and bullets(answer) == expected
    assert {c.source for c in answer.citations} == {source}
    assert_cited_verbatim(plan_assistant, answer)


def test_how_the_partnership_came_to_have_its_priorities_asks_for_them(assistant: Assistant) -> None:
    # "signed up to" is said elsewhere in the report ("sign our Women's Safety Charter"): it asks, it names no subject
    answer = assistant.ask("Which local priorities has Southwark's partnership signed up to, per its 2023 report?")
    assert answer.answered
    assert "Increasing trust and confidence" in bullets(answer)
    assert "Prepare a partnership plan" not in bullets(answer)
    assert_cited_verbatim(assistant, answer)


def test_a_priorities_list_comes_with_the_line_that_introduces_it(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("What are Brackley's priorities?", scope=PUBLIC)
    lead = "After listening to residents, the Brackley Streets Partnership has chosen the following priorities:"
    assert answer.citations[0].quote == lead
    assert answer.text.split("\n")[1] == f"{lead} [1]"


def test_a_body_the_plan_names_without_a_chair_is_refused_naming_the_body(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Who chairs the Ashcombe Youth Forum?", scope=PUBLIC)
    assert not answer.answered and answer.citations == ()
    assert "The Ashcombe Community Safety Plan 2022-25 names the Ashcombe Youth Forum" in answer.text
    assert "does not say who chairs it" in answer.text


def test_who_leads_a_body_the_plan_names_without_a_chair_is_refused_as_asked(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Ashcombe's plan sets up a youth forum - who leads it?", scope=PUBLIC)
    assert not answer.answered and answer.citations == ()
    assert "names the Ashcombe Youth Forum but does not say who leads it" in answer.text


def test_a_chair_the_plan_names_is_answered_with_its_sentence(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Who chairs the Brackley Streets Partnership?", scope=PUBLIC)
    sentence = "The Brackley Streets Partnership is chaired by the Chief Superintendent of the Northern Division."
    assert answer.answered
    assert [c.quote for c in answer.citations] == [sentence]
    assert f"{sentence} [1]" in answer.text


def test_the_chair_of_another_body_in_the_sentence_is_not_the_chair(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Who chairs the Ashcombe Traders Panel?", scope=PUBLIC)
    assert not answer.answered
    assert "names the Ashcombe Traders Panel but does not say who chairs it" in answer.text


def test_which_plans_cover_a_year_lists_only_the_plans_covering_it(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Which plans cover 2024?", scope=PUBLIC)
    assert answer.answered
    assert {c.source for c in answer.citations} == {ASHCOMBE, BRACKLEY}
    assert "Ashcombe Community Safety Plan 2022-25" in answer.text
    assert "Brackley Safer Streets Plan 2023-26" in answer.text
    assert "Corrin" not in answer.text and "Tasking" not in answer.text
    assert_cited_verbatim(plan_assistant, answer)
    older = plan_assistant.ask("Which plans cover 2019?", scope=PUBLIC)
    assert {c.source for c in older.citations} == {CORRIN}


def test_a_year_no_plan_covers_is_refused_with_the_periods_they_do_cover(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("Which plans cover 2031?", scope=PUBLIC)
    assert not answer.answered and answer.citations == ()
    assert "None of the plans I have covers 2031." in answer.text
    for period in (
        "Ashcombe Community Safety Plan 2022-25 (2022 to 2025)",
        "Brackley Safer Streets Plan 2023-26 (2023 to 2026)",
        "Corrin Community Safety Strategy 2018-21 (2018 to 2021)",
    ):
        assert period in answer.text
    assert "Tasking" not in answer.text  # the restricted plan is not listed to the public


@pytest.mark.parametrize(
    "question",
    [
        "What are Ashcombe's priorities?",
        "What are the priorities of the Ashcombe Partnership Tasking Plan?",
        "What are the two priorities of the Ashcombe Tasking Group?",
    ],
)
def test_a_restricted_plan_s_priorities_are_never_shown_to_the_public(plan_assistant: Assistant, question: str) -> None:
    answer = plan_assistant.ask(question, scope=PUBLIC)
    assert ASHCOMBE_TASKING not in {c.source for c in answer.citations}
    for priority in TASKING_PRIORITIES:
        assert priority.split(": ")[1] not in answer.text
    assert "County Lines" not in answer.text and "cuckooed" not in answer.text


def test_staff_see_the_restricted_plan_s_priorities(plan_assistant: Assistant) -> None:
    """The same question with internal plans in scope does reach them: the public test is not vacuous."""
    answer = plan_assistant.ask("What are the priorities of the Ashcombe Partnership Tasking Plan?", scope=STAFF)
    assert answer.answered and bullets(answer) == TASKING_PRIORITIES
    assert {c.source for c in answer.citations} == {ASHCOMBE_TASKING}


def test_a_target_question_s_words_for_where_the_plan_gives_it_are_not_its_subject(
    plan_assistant: Assistant,
) -> None:
    answer = plan_assistant.ask("What burglary target appears in Ashcombe's plan?", scope=PUBLIC)
    assert answer.answered
    assert any("target of 320 burglaries" in c.quote for c in answer.citations)


def test_a_council_s_targets_are_answered(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("What are Ashcombe's targets?", scope=PUBLIC)
    assert answer.answered
    assert any("target of 320 burglaries" in c.quote for c in answer.citations)


DUNMORE = "dunmore-community-safety-plan-2017-21.md"
DUNMORE_PLAN = """# Dunmore Community Safety Plan 2017 – 21

## Introduction

This Plan term runs from 1st April 2017 until 31st March 2021. It was agreed by the Dunmore Safer \
Communities Board. This four year plan sets out how partners will cut crime in Dunmore.

## Burglary

We will offer target hardening to every household burgled twice.

### Burglary and acquisitive crime indicators

- Number of burglaries of homes
- Number of thefts from vehicles

## Hate crime

We will encourage victims of hate crime to come forward, and support them when they do.

### Hate crime indicators

- Number of hate crimes reported to the police
- Percentage of hate crime victims who would report again
"""
HATE_CRIME_INDICATORS = [
    "Number of hate crimes reported to the police",
    "Percentage of hate crime victims who would report again",
]


dunmore = one_plan_fixture("dunmore", DUNMORE, "Dunmore", DUNMORE_PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "How will Dunmore know whether its hate crime work is working?",
        "What are Dunmore's hate crime indicators?",
        "How will Dunmore measure hate incidents?",  # half the subject named is enough
    ],
)
def test_a_measures_question_is_answered_with_the_measures_of_its_subject(dunmore: Assistant, question: str) -> None:
    answer = dunmore.ask(question)
    assert answer.answered and bullets(answer) == HATE_CRIME_INDICATORS
    assert "burglaries" not in answer.text
    assert_cited_verbatim(dunmore, answer)


def _plan_model_answer(dunmore: Assistant, text: str) -> list[str] | None:
    """What the plan model alone answers (no passages), as its quotes."""
    reader = dunmore.reader()
    question = analyse(text, reader.view.lexicon, ["Dunmore"])
    intent = intent_of(question.text, question.years, question.key_terms)
    draft = reader.plans.answer(question, intent, ["Dunmore"], dunmore.visible(()), [])
    return None if draft is None else [point.unit.quote for point in draft.points]


@pytest.mark.parametrize(
    "question",
    [
        "How will Dunmore know whether its hate crime work is working?",
        "What are Dunmore's hate crime indicators?",
        "How will Dunmore measure hate incidents?",
    ],
)
def test_the_plan_model_answers_measures_with_the_group_that_names_the_subject(
    dunmore: Assistant, question: str
) -> None:
    assert _plan_model_answer(dunmore, question) == HATE_CRIME_INDICATORS


WEXCOMBE_PLAN = """# Wexcombe Community Safety Plan 2022-25

## Safe in ourselves

### Safe in ourselves outcomes and outputs

| Outcomes | Outputs |
|---|---|
| Improvement in living skills and self-care through the hub | Percentage of goals completed by clients at the \
Women's Hub |
| Fewer repeat victims | Number of repeat victims referred to support |

## Safer streets

### Safer streets performance indicators

- Number of women who feel safe in the town centre
- Number of young people improving their living skills at youth hubs
- Number of self-care workshops held in schools
- Number of street robberies
"""

wexcombe = one_plan_fixture("wexcombe", "wexcombe-community-safety-plan-2022-25.md", "Wexcombe", WEXCOMBE_PLAN)


def test_a_measure_that_says_the_subject_itself_is_the_one_asked_about_not_another_group(
    wexcombe: Assistant,
) -> None:
    # the indicators under "Safer streets" say every word of the subject between them; one row says it all itself
    answer = wexcombe.ask(
        "How will Wexcombe measure whether women at the Women's Hub are improving their living skills and self-care?"
    )
    assert [c.quote for c in answer.citations] == [
        "Improvement in living skills and self-care through the hub | Percentage of goals completed by clients at "
        "the Women's Hub"
    ]


def test_measures_no_group_of_which_names_half_the_subject_are_not_the_answer(dunmore: Assistant) -> None:
    assert _plan_model_answer(dunmore, "How will Dunmore measure hate speech online?") is None


def test_a_plan_s_period_is_quoted_from_the_sentence_stating_its_term(dunmore: Assistant) -> None:
    answer = dunmore.ask("What period does the Dunmore plan cover?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == ["This Plan term runs from 1st April 2017 until 31st March 2021."]


def test_the_period_of_another_document_the_question_names_is_not_the_plans(dunmore: Assistant) -> None:
    # the plan's own term answers for the plan, not for a strategy it names
    assert _plan_model_answer(dunmore, "Which years does Dunmore's Hate Crime Strategy cover?") is None
    assert _plan_model_answer(dunmore, "Which years does Dunmore's Community Safety Plan cover?") == [
        "This Plan term runs from 1st April 2017 until 31st March 2021."
    ]


def test_how_long_a_plan_runs_is_answered_with_its_words_for_its_length_first(dunmore: Assistant) -> None:
    answer = dunmore.ask("How long does the Dunmore plan last?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == [
        "This four year plan sets out how partners will cut crime in Dunmore.",
        "This Plan term runs from 1st April 2017 until 31st March 2021.",
    ]


@pytest.mark.parametrize(
    "question",
    [
        "How long do the Brackley and Corrin plans each run?",
        # the years name one council's plan; the other council's one plan is still read
        "Which years do Brackley's 2023-26 plan and the Corrin strategy each cover?",
    ],
)
def test_the_periods_of_several_councils_plans_are_each_answered(plan_assistant: Assistant, question: str) -> None:
    answer = plan_assistant.ask(question, scope=PUBLIC)
    assert answer.answered
    assert {c.source for c in answer.citations} == {BRACKLEY, CORRIN}
    assert any(c.quote == "Corrin Community Safety Strategy 2018-21" for c in answer.citations)


def test_a_length_is_read_only_from_a_sentence_giving_the_plan_s_own_length(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("How long does the Brackley plan run?", scope=PUBLIC)
    assert [c.quote for c in answer.citations][:1] == [
        "This plan sets out how partners in Brackley will keep streets safe over three years."
    ]
    # Corrin's strategy says "a third of reported crime", no length: its title says its years
    answer = plan_assistant.ask("How long does Corrin's strategy run?", scope=PUBLIC)
    assert [c.quote for c in answer.citations] == ["Corrin Community Safety Strategy 2018-21"]


def test_a_plan_without_a_sentence_on_its_term_is_quoted_from_its_title(plan_assistant: Assistant) -> None:
    answer = plan_assistant.ask("What period does the Ashcombe plan cover?", scope=PUBLIC)
    assert answer.answered
    assert [c.quote for c in answer.citations] == ["Ashcombe Community Safety Plan 2022-25"]


HARTWELL = "hartwell-community-safety-plan-2023-26.md"
HARTWELL_PLAN = """# Hartwell Community Safety Plan 2023-26

## Introduction

The Hartwell Safety Partnership has agreed three priorities for the life of this plan. Under each priority the \
plan sets the targets partners will be held to.

## 1. Burglary

Partners will help households keep burglars out, with free locks and street briefings.

### Targets

- Homes burgled twice within a year (target 40)
- Free lock fittings for older residents (target 300)

## 2. Scams

Trading standards will train bank staff and carers to spot doorstep fraud.

### Targets

- Residents trained to spot doorstep fraud (target 150)
- Call blockers fitted for scam victims (target 60)

## 3. Speeding

The police and the council will slow traffic near schools.

### Targets

- Speed watch sessions held (target 24)
- Pupils given cycle training (target 900)
"""
# Priorities set out in a list; the targets sit under headings that name them.
PELLOW = "pellow-community-safety-strategy-2022-25.md"
PELLOW_PLAN = """# Pellow Community Safety Strategy 2022-25

## Our priorities

The Pellow Partnership has chosen three priorities:

- Safe from Knife Crime
- Safe in the Night Time Economy
- Safe from Hate Crime

## Safe from Knife Crime Outcomes and Outputs

Youth workers will run knife crime sessions in every secondary school.

- Knives handed in at amnesty bins (target 400)
- Young people reached by knife crime sessions (target 2,000)

## Safe in the Night Time Economy Outcomes and Outputs

Licensing officers will visit every late venue twice a year.

- Venues with staff trained to spot drink spiking (target 80)
- Nights with taxi marshals at the main rank (target 100)

## Safe from Hate Crime Outcomes and Outputs

The partnership will open more places where hate crime can be reported.

- Hate crime reporting centres open (target 12)
- Hate crime victims offered an advocate (target 95%)
"""
# The second priority's title holds every word of the first's.
OAKHURST = "oakhurst-community-safety-plan-2024-27.md"
OAKHURST_PLAN = """# Oakhurst Community Safety Plan 2024-27

## Introduction

The Oakhurst Safety Partnership has set two priorities for 2024-27.

## 1. Tackling Violence

The police will target the streets where most assaults happen.

- Assaults with injury in the town centre (target 350)
- Weapons seized in stop and search (target 120)

## 2. Tackling Violence against Women and Girls

Partners will fund advocates for women at risk of harm from a partner.

- Women supported by an independent advocate (target 600)
- Licensed venues signed up to the Ask for Angela scheme (target 45)
"""


@pytest.fixture(scope="module")
def targets_under_priorities(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    plans = [
        (HARTWELL, HARTWELL_PLAN, "Hartwell"),
        (PELLOW, PELLOW_PLAN, "Pellow"),
        (OAKHURST, OAKHURST_PLAN, "Oakhurst"),
    ]
    return assistant_over(tmp_path_factory.mktemp("targets-under-priorities"), embedder, plans)


def assistant_over(root: Path, embedder: Embedder, plans: list[tuple[str, str, str]]) -> Assistant:
    """A real Assistant over invented plans: (file name, text, council) each, ingested into `root`."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text, council in plans:
        (corpus / name).write_text(text, encoding="utf-8")
        (corpus / f"{name}.meta.json").write_text(f'{{"council": "{council}"}}', encoding="utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, _env_file=None)
    ingest([corpus], settings, embedder, prune=True)
    return Assistant.build(settings, embedder)


@pytest.mark.parametrize(
    ("question", "priority", "source"),
    [
        ("Which priority does Hartwell's speed watch sessions target come under?", "3. Speeding", HARTWELL),
        ("Under which priority does the Hartwell target for call blockers sit?", "2. Scams", HARTWELL),
        ("Under which priority does Hartwell's target for homes burgled twice sit?", "1. Burglary", HARTWELL),
        # a priority set out in a list is the parent of the heading that names it
        ("Which priority does Pellow's amnesty bins target come under?", "Safe from Knife Crime", PELLOW),
        (
            "Under which priority does the Pellow target for taxi marshals sit?",
            "Safe in the Night Time Economy",
            PELLOW,
        ),
    ],
)
def test_the_priority_a_target_comes_under_is_the_one_whose_section_holds_it(
    targets_under_priorities: Assistant, question: str, priority: str, source: str
) -> None:
    answer = targets_under_priorities.ask(question)
    assert answer.answered
    assert [(c.quote, c.source) for c in answer.citations] == [(priority, source)]
    assert_cited_verbatim(targets_under_priorities, answer)


@pytest.mark.parametrize(
    ("question", "priority", "source"),
    [
        ("Does Hartwell have a priority on doorstep fraud?", "2. Scams", HARTWELL),
        (
            "Is there a Pellow priority about drink spiking? What is it called?",
            "Safe in the Night Time Economy",
            PELLOW,
        ),
        ("What is Hartwell's priority for traffic near schools called?", "3. Speeding", HARTWELL),
    ],
)
def test_whether_there_is_a_priority_on_a_subject_is_answered_with_that_priority_s_name(
    targets_under_priorities: Assistant, question: str, priority: str, source: str
) -> None:
    answer = targets_under_priorities.ask(question)
    assert answer.answered
    assert (answer.citations[0].quote, answer.citations[0].source) == (priority, source)
    assert_cited_verbatim(targets_under_priorities, answer)


def test_each_council_s_priority_on_a_subject_is_named_in_a_comparison(targets_under_priorities: Assistant) -> None:
    answer = targets_under_priorities.ask("Hartwell and Pellow both have a priority about schools. How is each named?")
    assert answer.answered
    assert [(c.quote, c.source) for c in answer.citations] == [
        ("3. Speeding", HARTWELL),
        ("Safe from Knife Crime", PELLOW),
    ]


def test_a_plan_without_a_passage_on_the_subject_is_not_given_a_priority_for_it(
    targets_under_priorities: Assistant,
) -> None:
    answer = targets_under_priorities.ask("Does Oakhurst have a priority on doorstep fraud?")
    assert not any(c.quote.startswith(("1.", "2.")) for c in answer.citations)


def test_which_plans_mention_something_cites_those_that_do_and_names_those_that_do_not(
    targets_under_priorities: Assistant,
) -> None:
    answer = targets_under_priorities.ask("Which plans mention drink spiking?")
    assert answer.answered
    assert [(c.quote, c.source) for c in answer.citations] == [
        ("Venues with staff trained to spot drink spiking (target 80)", PELLOW)
    ]
    assert answer.text.endswith("I found nothing on it in the plans for Hartwell and Oakhurst.")


def test_which_councils_have_a_priority_on_a_subject_names_each_one_s_priority(
    targets_under_priorities: Assistant,
) -> None:
    answer = targets_under_priorities.ask("Which councils have a priority on hate crime?")
    assert [(c.quote, c.source) for c in answer.citations] == [("Safe from Hate Crime", PELLOW)]


def test_a_priority_set_out_in_a_list_is_quoted_from_that_list(targets_under_priorities: Assistant) -> None:
    [cited] = targets_under_priorities.ask("Which priority does Pellow's amnesty bins target come under?").citations
    assert targets_under_priorities.index.chunks[cited.chunk_id].section.endswith("Our priorities")


def test_a_target_and_the_priority_it_sits_under_are_both_answered(targets_under_priorities: Assistant) -> None:
    answer = targets_under_priorities.ask(
        "What is Hartwell's target for call blockers and under which priority does it sit?"
    )
    assert answer.answered
    quotes = [c.quote for c in answer.citations]
    assert "Call blockers fitted for scam victims (target 60)" in quotes
    assert quotes[-1] == "2. Scams"
    assert "The plans do not say" not in answer.text
    assert_cited_verbatim(targets_under_priorities, answer)


def test_a_priority_whose_title_holds_an_earlier_one_s_words_is_not_taken_for_it(
    targets_under_priorities: Assistant,
) -> None:
    answer = targets_under_priorities.ask("Under which priority does Oakhurst's target for independent advocates sit?")
    assert [c.quote for c in answer.citations] == ["2. Tackling Violence against Women and Girls"]


# Plans that set out their parts in different ways: a contents page under its heading; a contents page of
# parts with no heading; numbered headings; plain headings; numbered sections under a Markdown title.
KELBROOK = "kelbrook-community-safety-plan-2022-25.txt"
KELBROOK_CONTENTS = ["Introduction | 2", "Our priorities | 4", "Governance | 8"]
KELBROOK_PLAN = """Kelbrook Community Safety Plan 2022-25

Contents

Introduction\t2
Our priorities\t4
Governance\t8

Introduction

The Kelbrook partnership brings the council, police and health services together to keep residents safe.

Our priorities

The partnership has chosen three priorities:

- Safer streets at night
- Fewer burglaries of homes
- Less fraud against older residents

Governance

The Kelbrook Safety Board oversees this plan and meets four times a year.
"""
NORTHFIELD = "northfield-community-safety-plan-2021-24.txt"
NORTHFIELD_PLAN = f"""Northfield Community Safety Plan 2021-24

{chr(10).join(line.replace(" | ", chr(9)) for line in NORTHFIELD_PARTS)}

{NORTHFIELD_BODY}"""
LARKHILL = "larkhill-community-safety-strategy-2023-26.txt"
LARKHILL_PLAN = """Larkhill Community Safety Strategy 2023-26

Foreword

Larkhill is a safe borough, and partners want to keep it that way.

1. Safer Streets

Street robbery rose last year in the town centre.

2. Safer Homes

Burglary of homes fell by a tenth.

3. Safer Online

Fraud now makes up a third of reported crime.

Governance

The Larkhill Partnership Board oversees this strategy.
"""
MARDEN = "marden-community-safety-plan-2020-23.txt"
MARDEN_HEADINGS = ["Introduction", "Where we are now", "What we will do", "Governance"]
MARDEN_PLAN = """Marden Community Safety Plan 2020-23

Introduction

This plan sets out how partners in Marden will keep people safe.

Where we are now

Crime in Marden fell last year, but residents worry about the park at night.

What we will do

Partners will light the park paths and fund a youth worker.

Governance

The Marden Safety Board is chaired by the Leader of the Council and meets every quarter.
"""
PENHALLOW = "penhallow-community-safety-plan-2023-26.md"
PENHALLOW_PLAN = """# Penhallow Community Safety Plan 2023-26

## Foreword

Penhallow is a safe town, and partners want to keep it that way.

## 1. Safer Streets

Street robbery rose last year in the town centre.

## 2. Safer Homes

Burglary of homes fell by a tenth.

## 3. Safer Online

Fraud now makes up a third of reported crime.
"""
# The priorities are headings; the line that states their number is in the foreword, a paragraph away.
QUARRINGTON = "quarrington-community-safety-plan-2021-24.txt"
QUARRINGTON_LEAD = (
    "The partners of the Quarrington Safer Communities Partnership have agreed on four priorities for the term "
    "of this Plan, they are:"
)
QUARRINGTON_PRIORITIES = [
    "Priority 1: Reducing Violence",
    "Priority 2: Protecting Homes",
    "Priority 3: Supporting Victims",
    "Priority 4: Safer Roads",
]
QUARRINGTON_PLAN = f"""Quarrington Community Safety Plan 2021-24

Foreword

Quarrington is a safe place to live, and partners want to keep it that way.

{QUARRINGTON_LEAD}

Each priority was chosen after listening to residents at twelve ward meetings, and each has its own chapter below.

{QUARRINGTON_PRIORITIES[0]}

Violence in the town centre at night worries residents most.

{QUARRINGTON_PRIORITIES[1]}

Burglary of homes rose last year.

{QUARRINGTON_PRIORITIES[2]}

Too few victims of domestic abuse come forward.

{QUARRINGTON_PRIORITIES[3]}

Speeding near schools is the most common complaint.
"""
# Document control at the front: who wrote the plan and who answers for it.
OAKLEY = "oakley-community-safety-strategy-2024-27.txt"
OAKLEY_AUTHOR = "Author | Priya Shah, Community Safety Manager"
OAKLEY_LEAD_OFFICER = "Lead Officer | Tom Reed, Director of Communities"
OAKLEY_PLAN = f"""Oakley Community Safety Strategy 2024-27

Title\tOakley Community Safety Strategy 2024-27
{OAKLEY_AUTHOR.replace(" | ", chr(9))}
{OAKLEY_LEAD_OFFICER.replace(" | ", chr(9))}
Version\t1.2

Introduction

The Oakley Safety Board is chaired by the Leader of the Council and oversees this strategy.

Our priorities

The strategy has three priorities: safer streets, safer homes and safer online.
"""
LAID_OUT = {
    OAKLEY: (OAKLEY_PLAN, "Oakley"),
    KELBROOK: (KELBROOK_PLAN, "Kelbrook"),
    NORTHFIELD: (NORTHFIELD_PLAN, "Northfield"),
    LARKHILL: (LARKHILL_PLAN, "Larkhill"),
    MARDEN: (MARDEN_PLAN, "Marden"),
    PENHALLOW: (PENHALLOW_PLAN, "Penhallow"),
    QUARRINGTON: (QUARRINGTON_PLAN, "Quarrington"),
}


laid_out = several_plans_fixture("laid_out", "laid-out", LAID_OUT)


def _model_quotes(assistant: Assistant, text: str, council: str) -> tuple[Intent, list[str] | None]:
    """The intent of a question about one council's plan, and what the plan model alone answers (its quotes)."""
    reader = assistant.reader()
    question = analyse(text, reader.view.lexicon, [council for _, council in LAID_OUT.values()])
    intent = intent_of(question.text, question.years, question.key_terms)
    draft = reader.plans.answer(question, intent, [council], assistant.visible(()), [])
    return intent, None if draft is None else [point.unit.quote for point in draft.points]


@pytest.mark.parametrize(
    ("question", "source", "parts"),
    [
        ("What are the main sections of the Kelbrook plan?", KELBROOK, KELBROOK_CONTENTS),
        ("Which chapters does the Kelbrook plan have?", KELBROOK, KELBROOK_CONTENTS),
        # a contents page with no heading: each part's number and page, then its name
        ("How is the Northfield plan laid out?", NORTHFIELD, NORTHFIELD_PARTS),
        ("List the sections on the Kelbrook plan's contents page.", KELBROOK, KELBROOK_CONTENTS),  # the page named
    ],
)
def test_a_plan_s_parts_are_its_contents_page_line_by_line(
    laid_out: Assistant, question: str, source: str, parts: list[str]
) -> None:
    answer = laid_out.ask(question)
    assert answer.answered and bullets(answer) == parts
    assert {c.source for c in answer.citations} == {source}
    assert_cited_verbatim(laid_out, answer)


def test_without_a_contents_page_a_plan_s_parts_are_its_numbered_headings(laid_out: Assistant) -> None:
    answer = laid_out.ask("How is the Larkhill strategy structured?")
    assert answer.answered and bullets(answer) == ["1. Safer Streets", "2. Safer Homes", "3. Safer Online"]
    assert_cited_verbatim(laid_out, answer)


def test_without_contents_or_numbered_headings_a_plan_s_parts_are_its_headings_bar_the_title(
    laid_out: Assistant,
) -> None:
    answer = laid_out.ask("What are the parts of the Marden plan?")
    assert answer.answered
    parts = bullets(answer)
    assert "Marden Community Safety Plan 2020-23" not in parts
    assert parts[-3:] == MARDEN_HEADINGS[-3:]
    assert_cited_verbatim(laid_out, answer)


def test_the_first_heading_after_the_title_is_one_of_the_plan_s_parts(laid_out: Assistant) -> None:
    assert bullets(laid_out.ask("What are the parts of the Marden plan?")) == MARDEN_HEADINGS


def test_a_markdown_plan_s_numbered_sections_under_its_title_are_its_parts(laid_out: Assistant) -> None:
    answer = laid_out.ask("How is the Penhallow plan organised?")
    assert bullets(answer) == ["1. Safer Streets", "2. Safer Homes", "3. Safer Online"]


@pytest.mark.parametrize(
    ("question", "council", "line"),
    [
        ("What page is the governance section on in the Kelbrook plan?", "Kelbrook", "Governance | 8"),
        ("Page number of Part Two in Northfield's contents?", "Northfield", "PART TWO | 9"),  # a number in words
        ("On which page does part 3 of the Northfield plan start?", "Northfield", "PART THREE | 15"),  # in figures
        ("What is the last item in Kelbrook's contents, and its page?", "Kelbrook", "Governance | 8"),
        ("Where in Northfield's plan (page) is part three?", "Northfield", "PART THREE | 15"),
        ("Kelbrook: the line on governance listed in the contents?", "Kelbrook", "Governance | 8"),
    ],
)
def test_a_page_asked_of_a_contents_line_the_question_names_is_that_line(
    laid_out: Assistant, question: str, council: str, line: str
) -> None:
    assert _model_quotes(laid_out, question, council) == (Intent("outline", "page"), [line])
    answer = laid_out.ask(question)
    assert answer.answered and [c.quote for c in answer.citations] == [line]
    assert_cited_verbatim(laid_out, answer)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        ("In Kelbrook's contents, what comes after the introduction?", KELBROOK_CONTENTS[:2]),
        ("Which entry follows the Introduction in the Kelbrook plan's contents?", KELBROOK_CONTENTS[:2]),
        ("What are the last two entries in Kelbrook's contents?", KELBROOK_CONTENTS[1:]),
        (
            "In the Kelbrook plan's contents, what page does governance start on, and what comes before it?",
            KELBROOK_CONTENTS[1:],
        ),
        (
            "What page is the introduction on in Kelbrook's contents, and what follows it?",  # one question, not two
            KELBROOK_CONTENTS[:2],
        ),
    ],
)
def test_a_contents_line_asked_with_its_neighbour_or_the_last_lines_asked_for_are_those_lines(
    laid_out: Assistant, question: str, lines: list[str]
) -> None:
    answer = laid_out.ask(question)
    assert answer.answered and [c.quote for c in answer.citations] == lines, answer.text
    assert_cited_verbatim(laid_out, answer)


@pytest.mark.parametrize(
    "question",
    [
        "What's on page 9 of the Northfield plan, according to its contents?",
        "Which part of Northfield's plan starts on page 9?",
    ],
)
def test_what_is_on_a_page_per_the_contents_is_its_line_with_the_lines_listed_under_it(
    laid_out: Assistant, question: str
) -> None:
    assert _model_quotes(laid_out, question, "Northfield") == (
        Intent("outline", "page"),
        ["PART TWO | 9", "What we will do"],
    )


def test_a_page_said_in_words_is_looked_up_like_one_in_figures(laid_out: Assistant) -> None:
    answer = laid_out.ask("Which part of Northfield's plan starts on page nine?")
    assert answer.answered, answer.text
    assert [c.quote for c in answer.citations] == ["PART TWO | 9", "What we will do"]
    assert_cited_verbatim(laid_out, answer)


@pytest.mark.parametrize(
    ("question", "council", "lines"),
    [
        # the pages a part takes: its line, and the next line with a page, where the part after it starts
        ("Which pages does the Kelbrook plan's introduction cover?", "Kelbrook", KELBROOK_CONTENTS[:2]),
        ("What pages is Kelbrook's governance part on?", "Kelbrook", KELBROOK_CONTENTS[2:]),  # the last part
        (
            "Photocopying Northfield's part two for our residents' group - which pages?",
            "Northfield",
            ["PART TWO | 9", "PART THREE | 15"],
        ),
    ],
)
def test_the_pages_of_a_part_are_read_from_the_contents_lines_around_it(
    laid_out: Assistant, question: str, council: str, lines: list[str]
) -> None:
    assert _model_quotes(laid_out, question, council) == (Intent("outline", "page"), lines)
    assert_cited_verbatim(laid_out, laid_out.ask(question))


# A contents page listing lines under each part without pages of their own
WOLVERDALE_PLAN = """Wolverdale Community Safety Plan 2019-22

Contents

INTRODUCTION\t2
PART ONE\t4
Our Partnership\t
Street Lighting Review\t
PART TWO\t9
Youth Diversion Programme\t

INTRODUCTION

This plan sets out how Wolverdale's partners will keep residents safe.

PART ONE

Our Partnership

The council, police and fire service meet every month.

Street Lighting Review

Engineers surveyed every alley in the town centre and replaced broken lamps.

PART TWO

Youth Diversion Programme

Youth workers run football sessions on Friday nights for young people at risk.
"""
wolverdale = one_plan_fixture(
    "wolverdale", "wolverdale-community-safety-plan-2019-22.txt", "Wolverdale", WOLVERDALE_PLAN
)


@pytest.mark.parametrize(
    ("question", "lines"),
    [
        (
            "On what page does the street lighting review start in Wolverdale's plan?",
            ["PART ONE | 4", "Street Lighting Review"],
        ),
        ("Which page is Wolverdale's youth diversion section on?", ["PART TWO | 9", "Youth Diversion Programme"]),
    ],
)
def test_a_line_listed_under_a_part_without_a_page_is_given_the_part_s_page(
    wolverdale: Assistant, question: str, lines: list[str]
) -> None:
    answer = wolverdale.ask(question)
    assert [citation.quote for citation in answer.citations] == lines
    assert_cited_verbatim(wolverdale, answer)


@pytest.mark.parametrize(
    "question",
    [
        "What page is the Kelbrook plan's section on fraud?",  # no line of the contents names it
        "What page is part one of the Larkhill strategy on?",  # no contents page
        "Which page of the Northfield plan has the part?",  # every part is a part: which is not said
    ],
)
def test_a_page_asked_of_no_one_contents_line_is_not_answered_from_the_plan_model(
    laid_out: Assistant, question: str
) -> None:
    council = question.split("the ")[1].split()[0].removesuffix("'s")
    assert _model_quotes(laid_out, question, council) == (Intent("outline", "page"), None)


def test_a_question_about_one_section_of_a_plan_is_read_from_passages(laid_out: Assistant) -> None:
    question = "What does the governance section of the Kelbrook plan say?"
    assert _model_quotes(laid_out, question, "Kelbrook") == (Intent("outline"), None)
    answer = laid_out.ask(question)
    assert answer.answered
    quotes = [c.quote for c in answer.citations]
    assert "The Kelbrook Safety Board oversees this plan and meets four times a year." in quotes
    assert not set(KELBROOK_CONTENTS) & set(quotes)


@pytest.mark.parametrize(
    "question",
    [
        "What four priorities did the Quarrington partnership agree?",
        "What priorities did the partners agree for the term of the plan?",
    ],
)
def test_a_priorities_question_in_the_words_of_the_line_stating_their_number_is_answered_from_the_plan_model(
    laid_out: Assistant, question: str
) -> None:
    assert _model_quotes(laid_out, question, "Quarrington") == (
        Intent("priorities"),
        [QUARRINGTON_LEAD, *QUARRINGTON_PRIORITIES],
    )
    answer = laid_out.ask(question)
    assert answer.answered and bullets(answer) == QUARRINGTON_PRIORITIES
    assert answer.citations[0].quote == QUARRINGTON_LEAD
    assert_cited_verbatim(laid_out, answer)


def test_a_priorities_question_about_other_words_than_the_lead_s_is_not_answered_from_the_plan_model(
    laid_out: Assistant,
) -> None:
    question = "What are the priorities of the residents' ward meetings?"
    assert _model_quotes(laid_out, question, "Quarrington") == (Intent("priorities"), None)
    assert _model_quotes(laid_out, "What are Quarrington's priorities?", "Quarrington") == (
        Intent("priorities"),
        [QUARRINGTON_LEAD, *QUARRINGTON_PRIORITIES],
    )


@pytest.mark.parametrize(
    "question",
    [
        "What did Quarrington's partners decide to concentrate on over the plan period?",
        "Which areas is Quarrington focusing on?",
        "Give me the key areas Quarrington's plan concentrates on for its term.",
    ],
)
def test_a_priorities_question_in_the_asker_s_own_words_is_answered_from_the_plan_model(
    laid_out: Assistant, question: str
) -> None:
    # "decide" and "concentrate" are words the plan never uses; "period" and "term" name its period
    assert _model_quotes(laid_out, question, "Quarrington") == (
        Intent("priorities"),
        [QUARRINGTON_LEAD, *QUARRINGTON_PRIORITIES],
    )


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Tell me whether supporting victims was one of Quarrington's priorities.", Intent("priorities")),
        ("Is supporting victims one of Quarrington's community safety priorities?", Intent("priorities", "whether")),
        ("Does Quarrington treat supporting victims as a priority?", Intent("priorities", "whether")),
    ],
)
def test_whether_something_is_a_priority_is_answered_with_the_priority_that_names_it(
    laid_out: Assistant, question: str, intent: Intent
) -> None:
    assert _model_quotes(laid_out, question, "Quarrington") == (intent, [QUARRINGTON_LEAD, QUARRINGTON_PRIORITIES[2]])
    answer = laid_out.ask(question)
    assert answer.answered and bullets(answer) == [QUARRINGTON_PRIORITIES[2]]
    assert "Yes: it is one of the plan's priorities." in answer.text
    assert_cited_verbatim(laid_out, answer)


def test_whether_something_no_priority_names_is_a_priority_is_read_from_the_priority_its_passage_sits_under(
    laid_out: Assistant,
) -> None:
    assert _model_quotes(laid_out, "Is speeding near schools one of Quarrington's priorities?", "Quarrington") == (
        Intent("priorities", "whether"),
        [QUARRINGTON_PRIORITIES[3], "Speeding near schools is the most common complaint."],
    )


@pytest.mark.parametrize(
    "question",
    ["List the four priority headings of the Quarrington plan.", "What are Quarrington's priorities called?"],
)
def test_a_question_asking_for_the_priorities_headings_or_names_is_answered_with_the_priorities(
    laid_out: Assistant, question: str
) -> None:
    assert _model_quotes(laid_out, question, "Quarrington") == (
        Intent("priorities"),
        [QUARRINGTON_LEAD, *QUARRINGTON_PRIORITIES],
    )


@pytest.mark.parametrize(
    "question",
    ["What are Quarrington's priorities for speeding?", "What are Quarrington's priorities on burglary of homes?"],
)
def test_a_priorities_question_naming_what_some_passages_are_about_is_read_from_passages(
    laid_out: Assistant, question: str
) -> None:
    assert _model_quotes(laid_out, question, "Quarrington") == (Intent("priorities"), None)


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("Who wrote the Oakley strategy?", OAKLEY_AUTHOR),
        ("Who is the author of Oakley's community safety strategy?", OAKLEY_AUTHOR),
        ("Who is the lead officer for the Oakley strategy?", OAKLEY_LEAD_OFFICER),
    ],
)
def test_who_wrote_a_plan_or_answers_for_it_is_read_from_its_document_control(
    laid_out: Assistant, question: str, row: str
) -> None:
    assert _model_quotes(laid_out, question, "Oakley") == (Intent("document"), [row])
    answer = laid_out.ask(question)
    assert answer.answered and [c.quote for c in answer.citations] == [row]


def test_a_document_control_row_answers_only_the_field_it_is_labelled_with(laid_out: Assistant) -> None:
    # no "Reviewer" row: the plan model does not answer, and never with another field's row
    assert _model_quotes(laid_out, "Who wrote the review of the Oakley strategy's reviewer?", "Oakley")[1] in (
        None,
        [OAKLEY_AUTHOR],
    )
    assert _model_quotes(laid_out, "Who is the contact officer for the Oakley strategy?", "Oakley") == (
        Intent("document"),
        None,
    )
    answer = laid_out.ask("Who chairs the Oakley Safety Board?")
    assert answer.answered and OAKLEY_AUTHOR not in [c.quote for c in answer.citations]


# Every priority set out under the same subheadings; a case study under one of them only.
ROSEDALE = "rosedale-community-safety-plan-2023-26.md"
ROSEDALE_PLAN = """# Rosedale Community Safety Plan 2023-26

The Rosedale partnership has agreed three priorities.

## Priority 1: Safer Streets

### Why is this important?

Street robbery rose last year.

### What will we do?

- Light the underpasses

### Case study

A trader's shop was kept open late as a safe place.

## Priority 2: Safer Homes

### Why is this important?

Burglary is the crime residents fear most.

### What will we do?

- Fit door chains for older residents

## Priority 3: Safer Online

### Why is this important?

Scams cost residents more each year.

### What will we do?

- Run scam-awareness sessions in libraries
"""


rosedale = one_plan_fixture("rosedale", ROSEDALE, "Rosedale", ROSEDALE_PLAN)


@pytest.mark.parametrize(
    "question",
    [
        "What headings is each of Rosedale's priorities set out under?",
        "How is every priority in the Rosedale plan laid out?",
    ],
)
def test_the_headings_each_priority_is_set_out_under_are_those_said_under_every_one(
    rosedale: Assistant, question: str
) -> None:
    answer = rosedale.ask(question)
    assert answer.answered
    assert bullets(answer) == ["Why is this important?", "What will we do?"]  # not the one case study
    assert_cited_verbatim(rosedale, answer)


kelso = one_plan_fixture("kelso", "kelso-community-safety-plan-2022-25.md", "Kelso", KELSO)


@pytest.mark.parametrize(
    "question",
    [
        "Who is the Kelso Community Safety Partnership accountable to?",
        "To whom is the Kelso Community Safety Partnership answerable?",
    ],
)
def test_whom_a_body_answers_to_is_read_from_the_sentence_that_goes_on_about_it(
    kelso: Assistant, question: str
) -> None:
    answer = kelso.ask(question)
    assert answer.answered
    assert [c.quote for c in answer.citations] == [
        "The Partnership is responsible for community safety in Kelso and is one of the Delivery Groups of the "
        "Kelso Plan.",  # what "it" is, said first
        "It is accountable to the Kelso Leaders Board and the Overview and Scrutiny Committee if it does not deliver.",
    ]


RAVENSWORTH = """# Ravensworth Community Safety Plan 2023-26

| Document control | |
| --- | --- |
| Author | Priya Shah, Head of Community Safety and Enforcement; Tom Reid, Hate Crime and Cohesion Manager |
| Approved by | Ravensworth Safety Board |

## Introduction

This plan sets out how partners in Ravensworth will reduce crime and disorder and support victims.

## Hate crime

The council has commissioned a new hate crime support service from 1st April 2024, to help victims of hate \
crime report what happened to them and get practical and emotional support. Its single referral pathway gives \
every agency, resident and school one phone number and one email address. Opening hours will follow the library \
timetable and it will be delivered by Victim Support.

## Anti-social behaviour

The council's new anti-social behaviour service runs a case review for residents who report the same problem \
three times.
"""


AUTHORS = "Author | Priya Shah, Head of Community Safety and Enforcement; Tom Reid, Hate Crime and Cohesion Manager"
ravensworth = one_plan_fixture(
    "ravensworth", "ravensworth-community-safety-plan-2023-26.md", "Ravensworth", RAVENSWORTH
)


def test_who_holds_a_post_is_read_from_the_document_control_row_naming_it(ravensworth: Assistant) -> None:
    answer = ravensworth.ask("Who is Ravensworth's Head of Community Safety and Enforcement?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == [AUTHORS]


def test_a_post_titled_before_its_kind_is_read_from_the_row_naming_it(ravensworth: Assistant) -> None:
    answer = ravensworth.ask("Who is the Hate Crime and Cohesion Manager in Ravensworth's plan?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == [AUTHORS]


def test_who_runs_a_service_is_answered_by_the_sentence_of_its_paragraph_that_says_by_whom(
    ravensworth: Assistant,
) -> None:
    answer = ravensworth.ask("Who runs the new hate crime support service in Ravensworth?")
    assert answer.answered
    assert answer.citations[0].quote == (
        "Opening hours will follow the library timetable and it will be delivered by Victim Support."
    )


GLENHOLT = "glenholt-community-safety-plan-2020-23.md"
GLENHOLT_PLAN = """# Glenholt Community Safety Plan 2020-23

## Introduction

This plan runs from April 2020 to March 2023. It sets three priorities for the Glenholt Safety Partnership.

## How we got here

Each year the partnership measured its progress against the 12 priorities of our Community Safety Plan 2016-19. \
The regional Business Crime Strategy 2014-17 shaped our work with shops.

In June 2019 the partnership agreed that this plan should cover 2020-23, so that it stays aligned in term and funding \
with the Police and Crime Plan. Glenholt's plan for 2020-23 is shorter than the last one.
"""
HARROWBY_OLD = "harrowby-community-safety-strategy-2015-18.md"
HARROWBY_NEW = "harrowby-community-safety-strategy-2019-22.md"


def _cites_only(assistant: Assistant, question: str, quote: str) -> None:
    """The question is answered with that one quote, verbatim from its plan."""
    answer = assistant.ask(question)
    assert answer.answered
    assert [c.quote for c in answer.citations] == [quote]
    assert_cited_verbatim(assistant, answer)


@pytest.fixture(scope="module")
def earlier_plans(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    harrowby = (
        "# Harrowby Community Safety Strategy {}-{}\n\nThis strategy covers {} to {}. {} is our first priority.\n"
    )
    plans = [
        (GLENHOLT, GLENHOLT_PLAN, "Glenholt"),
        (HARROWBY_OLD, harrowby.format(2015, 18, 2015, 2018, "Burglary"), "Harrowby"),
        (HARROWBY_NEW, harrowby.format(2019, 22, 2019, 2022, "Knife crime"), "Harrowby"),
    ]
    return assistant_over(tmp_path_factory.mktemp("earlier-plans"), embedder, plans)


@pytest.mark.parametrize(
    "question",
    [
        "What community safety plan did Glenholt have before the 2020-23 one?",
        "Which earlier plan did the Glenholt plan replace?",
    ],
)
def test_the_plan_before_is_the_earlier_plan_of_its_own_that_the_plan_names(
    earlier_plans: Assistant, question: str
) -> None:
    # not the regional strategy it also names
    _cites_only(
        earlier_plans,
        question,
        "Each year the partnership measured its progress against the 12 priorities of our Community Safety Plan "
        "2016-19.",
    )


@pytest.mark.parametrize(
    "question", ["Why does Glenholt's plan run to 2023?", "Why did Glenholt choose 2020-23 as the term for its plan?"]
)
def test_why_a_plan_runs_for_its_years_is_the_sentence_naming_its_period_with_a_reason(
    earlier_plans: Assistant, question: str
) -> None:
    # not the sentence that names the period without a reason
    _cites_only(
        earlier_plans,
        question,
        "In June 2019 the partnership agreed that this plan should cover 2020-23, so that it stays aligned in term "
        "and funding with the Police and Crime Plan.",
    )


def test_the_plan_before_is_the_council_s_plan_that_ended_before_it_began(earlier_plans: Assistant) -> None:
    answer = earlier_plans.ask("Which strategy did Harrowby's 2019-22 strategy replace?")
    assert answer.answered
    assert [c.source for c in answer.citations] == [HARROWBY_OLD, HARROWBY_NEW]  # each period where it is stated
    assert "came before the Harrowby Community Safety Strategy 2019-22" in answer.text


def test_a_plan_naming_no_earlier_plan_of_its_own_is_refused_saying_so(earlier_plans: Assistant) -> None:
    answer = earlier_plans.ask("What was Harrowby's strategy before the 2015-18 one called?")
    assert not answer.answered
    assert "names no earlier plan of its own" in answer.text


def test_which_one_covers_a_subject_after_a_priorities_answer_names_the_priority_it_sits_under(
    targets_under_priorities: Assistant,
) -> None:
    first = targets_under_priorities.ask("What are Pellow's priorities?")
    history = [turn_of("What are Pellow's priorities?", first)]
    resolved = targets_under_priorities.resolve("Which one covers drink spiking?", history)
    assert resolved.message == "Which of the priorities covers drink spiking?"
    answer = targets_under_priorities.ask("Which one covers drink spiking?", history=history)
    assert [c.quote for c in answer.citations] == ["Safe in the Night Time Economy"]
    assert_cited_verbatim(targets_under_priorities, answer)


@pytest.mark.parametrize(
    "question",
    [
        "Under which Hartwell priority does the target for call blockers sit?",  # the council inside the phrase
        "Which of Hartwell's priorities is about call blockers?",
    ],
)
def test_a_council_named_inside_the_question_does_not_hide_what_kind_of_answer_it_wants(
    targets_under_priorities: Assistant, question: str
) -> None:
    answer = targets_under_priorities.ask(question)
    assert [c.quote for c in answer.citations] == ["2. Scams"]


# A plan whose priorities are its numbered headings, counted by a sentence that does not end by introducing them.
FENWICK = "fenwick-community-safety-plan-2019-22.md"
FENWICK_PLAN = """# Fenwick Community Safety Plan 2019-22

## Our priorities

The Fenwick plan focuses on 3 key areas chosen by the strategic assessment. The areas support the council's
wider promises to residents.

## 1. Safer Roads

The council will put speed cameras outside every primary school.

## 2. Tackling Burglary

Police will visit every home burgled within a week.

## 3. Hate Crime and Extremism

The partnership will run the Channel Panel and a Prevent delivery group, as agreed with the police in March.

## Council plan priorities 2016-2020

- Homes for all
- A strong local economy
- Clean and green streets
"""
FENWICK_2024 = "fenwick-community-safety-report-2024.txt"
FENWICK_REPORT = """Fenwick Community Safety Partnership report 2024

The partnership has agreed three new local priorities and these are:

- Safer town centres
- Fewer drug-related harms
- Trust and confidence in policing
"""


def test_a_comparison_of_a_council_s_plans_says_each_plan_s_own_count_of_its_priorities(
    tmp_path: Path, embedder: Embedder
) -> None:
    assistant = assistant_over(
        tmp_path, embedder, [(FENWICK, FENWICK_PLAN, "Fenwick"), (FENWICK_2024, FENWICK_REPORT, "Fenwick")]
    )
    answer = assistant.ask("Compare Fenwick's priorities in the 2019-22 plan with those in the 2024 report.")
    assert answer.answered
    quotes = [c.quote for c in answer.citations]
    assert "The Fenwick plan focuses on 3 key areas chosen by the strategic assessment." in quotes
    assert "The partnership has agreed three new local priorities and these are:" in quotes
    assert {"1. Safer Roads", "Safer town centres"} <= set(quotes)
    assert_cited_verbatim(assistant, answer)


def test_how_priorities_changed_between_a_plan_and_what_was_agreed_later_is_each_list_of_priorities(
    tmp_path: Path, embedder: Embedder
) -> None:
    assistant = assistant_over(
        tmp_path, embedder, [(FENWICK, FENWICK_PLAN, "Fenwick"), (FENWICK_2024, FENWICK_REPORT, "Fenwick")]
    )
    answer = assistant.ask(
        "How did Fenwick's priorities change between the 2019-22 plan and what the partnership agreed by March 2024?"
    )
    quotes = [c.quote for c in answer.citations]
    assert {"1. Safer Roads", "2. Tackling Burglary", "Safer town centres"} <= set(quotes)


@pytest.fixture(scope="module")
def fenwick(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("fenwick"), embedder, [(FENWICK, FENWICK_PLAN, "Fenwick")])


def test_a_priority_asked_for_by_its_place_is_that_priority(fenwick: Assistant) -> None:
    answer = fenwick.ask("What is Fenwick's second priority?")
    assert [c.quote for c in answer.citations] == ["2. Tackling Burglary"]


def test_something_asked_of_a_priority_named_by_its_place_is_answered_from_within_it(fenwick: Assistant) -> None:
    answer = fenwick.ask("For Fenwick's first priority, where will the speed cameras go?")
    assert answer.answered
    assert "The council will put speed cameras outside every primary school." in [c.quote for c in answer.citations]


def test_a_priority_named_by_its_place_asked_about_in_words_no_plan_uses_is_that_priority(fenwick: Assistant) -> None:
    answer = fenwick.ask("Fenwick's second priority: which everyday bugbear gets swept into it?")
    assert [c.quote for c in answer.citations] == ["2. Tackling Burglary"]


def test_a_count_of_people_who_chose_something_as_their_second_priority_is_not_the_plan_s_second_priority(
    fenwick: Assistant,
) -> None:
    answer = fenwick.ask("How many residents chose road safety as their second priority in Fenwick's survey?")
    assert "2. Tackling Burglary" not in [c.quote for c in answer.citations]


def test_priorities_of_another_period_than_the_plan_s_are_another_list_it_sets_out(fenwick: Assistant) -> None:
    answer = fenwick.ask("What are the council plan priorities for 2016-2020 in Fenwick's plan?")
    assert answer.answered
    assert bullets(answer) == ["Homes for all", "A strong local economy", "Clean and green streets"]
    assert_cited_verbatim(fenwick, answer)


# A report whose cover sheet names the meeting that considers it.
WYNDHAM = "wyndham-community-safety-report-2024.txt"
WYNDHAM_REPORT = (
    "Item No. 7\tClassification: Open\tDate: 12 March 2024\tMeeting Name: Wyndham Overview and Scrutiny Committee\n"
    "Report title:\t\tWyndham Community Safety Partnership annual report 2024\t\n"
    "\n"
    "Summary\n"
    "\n"
    "The Wyndham Community Safety Partnership brings the council, police and probation together.\n"
    "\n"
    "The partnership met four times this year and agreed a new plan for tackling shoplifting.\n"
    "\n"
    "The Safer Neighbourhood Board holds the police to account for stop and search.\n"
    "\n"
    "AUDIT TRAIL\n"
    "\n"
    "Lead Officer\tSam Okafor, Director of Communities\t\n"
    "Report Author\tJo Bellamy, Head of Community Safety\t\n"
    "Version\tFinal\t\n"
    "Dated\t01/03/2024\t\n"
)


def test_which_scrutiny_body_considered_a_report_is_the_meeting_its_cover_sheet_names(
    tmp_path: Path, embedder: Embedder
) -> None:
    assistant = assistant_over(tmp_path, embedder, [(WYNDHAM, WYNDHAM_REPORT, "Wyndham")])
    answer = assistant.ask("Which scrutiny committee considered Wyndham's 2024 community safety partnership report?")
    assert answer.answered  # the body the plan model holds, not the report's opening paragraphs
    assert [c.quote for c in answer.citations] == [
        "Item No. 7 | Classification: Open | Date: 12 March 2024 | Meeting Name: Wyndham Overview and Scrutiny "
        "Committee"
    ]
    assert_cited_verbatim(assistant, answer)


def test_which_committee_a_report_went_to_after_it_is_named_is_the_meeting_its_cover_sheet_names(
    tmp_path: Path, embedder: Embedder
) -> None:
    assistant = assistant_over(tmp_path, embedder, [(WYNDHAM, WYNDHAM_REPORT, "Wyndham")])
    first = "Who wrote Wyndham's 2024 community safety report?"
    history = [turn_of(first, assistant.ask(first))]
    answer = assistant.ask("Which committee was it going to?", history=history)
    assert answer.answered
    assert [c.quote for c in answer.citations] == [
        "Item No. 7 | Classification: Open | Date: 12 March 2024 | Meeting Name: Wyndham Overview and Scrutiny "
        "Committee"
    ]


@pytest.mark.parametrize(
    "question",
    [
        "What date is Wyndham's 2024 community safety report dated?",
        "What is the final version of Wyndham's report dated?",
    ],
)
def test_the_date_a_report_is_dated_is_its_dated_row(tmp_path: Path, embedder: Embedder, question: str) -> None:
    assistant = assistant_over(tmp_path, embedder, [(WYNDHAM, WYNDHAM_REPORT, "Wyndham")])
    answer = assistant.ask(question)
    assert [c.quote for c in answer.citations] == ["Dated | 01/03/2024"]


def test_who_wrote_it_after_a_report_is_named_is_its_report_author_row(tmp_path: Path, embedder: Embedder) -> None:
    assistant = assistant_over(tmp_path, embedder, [(WYNDHAM, WYNDHAM_REPORT, "Wyndham")])
    first = "I'm looking at Wyndham's 2024 community safety report."
    history = [turn_of(first, assistant.ask(first))]
    answer = assistant.ask("Who wrote it?", history=history)
    assert [c.quote for c in answer.citations] == ["Report Author | Jo Bellamy, Head of Community Safety"]


# A plan approved by two bodies on two dates, and a reason given for its term a sentence after the term.
GARSDALE = "garsdale-community-safety-plan-2022-26.txt"
GARSDALE_APPROVALS = (
    "The plan was approved by the Safer Garsdale Partnership on 3rd March 2022 and by the Garsdale Safety Executive "
    "on 14th June 2022."
)
GARSDALE_TERM = "This Plan runs from 1st April 2022 until 31st March 2026."
GARSDALE_REASON = (
    "The partnership agreed that the plan should cover four years so that it matched the term of the police "
    "and crime plan."
)
GARSDALE_PLAN = f"""Garsdale Community Safety Plan 2022-26

Introduction

The Safer Garsdale Partnership brings the council, the police and health services together.

{GARSDALE_APPROVALS}

The Garsdale Youth Forum was launched on 2nd May 2021 to hear from young people.

Term of the plan

{GARSDALE_TERM}

Partners will report on the plan to the council each year.

{GARSDALE_REASON}

Our priorities

Burglary fell by a tenth last year, and the partnership will keep working on it with residents.
"""


@pytest.fixture(scope="module")
def garsdale(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("garsdale"), embedder, [(GARSDALE, GARSDALE_PLAN, "Garsdale")])


@pytest.mark.parametrize(
    "question",
    ["When did the Garsdale Safety Executive sign off the plan?", "When did the Executive approve Garsdale's plan?"],
)
def test_when_a_body_approved_the_plan_is_read_from_the_dates_whose_sentence_names_it(
    garsdale: Assistant, question: str
) -> None:
    reader = garsdale.reader()
    asked = analyse(question, reader.view.lexicon, ["Garsdale"])
    intent = intent_of(asked.text, asked.years, asked.key_terms)
    assert intent == Intent("dates", "approved")
    draft = reader.plans.answer(asked, intent, ["Garsdale"], garsdale.visible(()), [])
    assert draft is not None and [point.unit.quote for point in draft.points] == [GARSDALE_APPROVALS]
    answer = garsdale.ask(question)
    assert answer.answered and "14th June 2022" in answer.text


def test_when_a_body_no_dated_sentence_names_approved_the_plan_is_not_answered_from_the_dates(
    garsdale: Assistant,
) -> None:
    reader = garsdale.reader()
    asked = analyse("When did the Youth Forum approve Garsdale's plan?", reader.view.lexicon, ["Garsdale"])
    intent = intent_of(asked.text, asked.years, asked.key_terms)
    assert reader.plans.answer(asked, intent, ["Garsdale"], garsdale.visible(()), []) is None


def test_why_a_plan_runs_as_it_does_is_answered_with_the_sentence_giving_the_reason(garsdale: Assistant) -> None:
    answer = garsdale.ask("Why does the Garsdale plan run until 2026?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == [GARSDALE_TERM, GARSDALE_REASON]  # what, and why: nothing between


# A cabinet report's cover sheet: the meeting, who the report is of, the lead member, and a version table.
THORNBURY = "thornbury-community-safety-plan-report-2023.txt"
THORNBURY_MEETING = "Item No. 4 | Date: 9 March 2023 | Meeting Name: Thornbury Overview and Scrutiny Committee"
THORNBURY_REPORT_OF = "Report of: Sam Okafor, Corporate Director - Communities | Classification: Unrestricted"
THORNBURY_LEAD_MEMBER = "Lead Member | Councillor Jo Bell"
THORNBURY_REPORT = (
    "Item No. 4\tDate: 9 March 2023\tMeeting Name: Thornbury Overview and Scrutiny Committee\n"
    "\n"
    "Report of: Sam Okafor, Corporate Director - Communities\tClassification: Unrestricted\n"
    "Lead Member\tCouncillor Jo Bell\n"
    "Wards affected\tAll wards\n"
    "\n"
    "Version control\n"
    "\n"
    "Corporate Director\t24.01.23\t1.1\n"
    "Legal Services\t02.02.23\t1.2\n"
    "\n"
    "Summary\n"
    "\n"
    "The Thornbury Community Safety Plan sets out how the council and the police will reduce crime.\n"
    "\n"
    "The Cabinet Member for Community Safety will present the plan to residents at ward meetings.\n"
)


@pytest.fixture(scope="module")
def thornbury(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    return assistant_over(tmp_path_factory.mktemp("thornbury"), embedder, [(THORNBURY, THORNBURY_REPORT, "Thornbury")])


@pytest.mark.parametrize(
    ("question", "rows"),
    [
        ("Which cabinet member was the lead member on the Thornbury report?", [THORNBURY_LEAD_MEMBER]),
        ("lead member for the thornbury community safety plan cabinet report", [THORNBURY_LEAD_MEMBER]),
        # a label before a colon; a version table's row of dates names no one
        ("Which corporate director presented the Thornbury report?", [THORNBURY_REPORT_OF]),
        ("Which scrutiny body was the Thornbury report written for?", [THORNBURY_MEETING]),
    ],
)
def test_who_a_report_is_of_or_for_is_read_from_its_cover_sheet(
    thornbury: Assistant, question: str, rows: list[str]
) -> None:
    answer = thornbury.ask(question)
    assert answer.answered and [c.quote for c in answer.citations] == rows
    assert_cited_verbatim(thornbury, answer)


# A body the question names by the acronym the plan gives it.
LINDALE = """# Lindale Community Safety Plan 2022-25

## Governance

The Lindale Community Safety Partnership (CSP) brings together the council, police, fire service and probation.

The Partnership is responsible for community safety in Lindale and is one of the Delivery Groups of the Lindale \
Plan. It is accountable to the Lindale Leaders Board and the Overview and Scrutiny Committee if it does not deliver.

## Burglary

Burglary fell last year and the partnership will keep working with residents on it.
"""

lindale = one_plan_fixture("lindale", "lindale-community-safety-plan-2022-25.md", "Lindale", LINDALE)


def test_a_body_named_by_its_acronym_is_the_body_the_acronym_stands_for(lindale: Assistant) -> None:
    reader = lindale.reader()
    asked = analyse(
        "If the Lindale CSP fails in its duties, who is it answerable to?", reader.view.lexicon, ["Lindale"]
    )
    intent = intent_of(asked.text, asked.years, asked.key_terms)
    assert intent == Intent("governance", "reports_to")
    draft = reader.plans.answer(asked, intent, ["Lindale"], lindale.visible(()), [])
    assert draft is not None and [point.unit.quote for point in draft.points][-1] == (
        "It is accountable to the Lindale Leaders Board and the Overview and Scrutiny Committee if it does not deliver."
    )


# Bodies given a subject: one named for it, one that the plan says takes it on.
HARWOOD = """# Harwood Community Safety Plan 2023-26

## Extremism

The Harwood Prevent Board, a subgroup of the partnership, leads our work on Prevent and meets every quarter.

Prevent work is also run through schools, where teachers run sessions to prevent harm and keep pupils safe.

## Anti-social behaviour

The Harwood Tasking Panel agrees joint action on anti-social behaviour hotspots every month.

Anti-social behaviour is run down by wardens who run patrols where behaviour is reported.

## Governance

The Harwood Safety Board directs the work of the Harwood Tasking Panel and the Harwood Prevent Board.
"""

harwood = one_plan_fixture("harwood", "harwood-community-safety-plan-2023-26.md", "Harwood", HARWOOD)


def _structured(assistant: Assistant, question: str) -> tuple[Intent, list[str] | None]:
    """The intent the plan model reads a question with, and the quotes of its answer (None: passages answer)."""
    reader = assistant.reader()
    asked = analyse(question, reader.view.lexicon, ["Harwood"])
    intent = intent_of(asked.text, asked.years, asked.key_terms)
    draft = reader.plans.answer(asked, intent, ["Harwood"], assistant.visible(()), [])
    return intent, None if draft is None or isinstance(draft, Refusal) else [p.unit.quote for p in draft.points]


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        # the body named for the subject, as the question writes it ("Prevent", not "prevent harm")
        (
            "Which board runs Prevent in Harwood?",
            "The Harwood Prevent Board, a subgroup of the partnership, leads our work on Prevent and meets every "
            "quarter.",
        ),
        (
            "What panel or board does Harwood use to run its Prevent work?",
            "The Harwood Prevent Board, a subgroup of the partnership, leads our work on Prevent and meets every "
            "quarter.",
        ),
        # no body is named for it: the one the plan names in saying it
        (
            "Which panel deals with anti-social behaviour in Harwood?",
            "The Harwood Tasking Panel agrees joint action on anti-social behaviour hotspots every month.",
        ),
    ],
)
def test_which_body_a_subject_is_given_to_is_the_one_named_for_or_with_it(
    harwood: Assistant, question: str, quote: str
) -> None:
    assert _structured(harwood, question) == (Intent("governance", "for"), [quote])
    answer = harwood.ask(question)
    assert answer.answered and [c.quote for c in answer.citations] == [quote]


def test_which_body_directs_a_body_the_question_names_is_left_to_the_passages(harwood: Assistant) -> None:
    assert _structured(harwood, "Which board directs the Harwood Tasking Panel?") == (
        Intent("governance", "for"),
        None,
    )
    answer = harwood.ask("Which board directs the Harwood Tasking Panel?")
    assert answer.answered and "The Harwood Safety Board directs" in answer.citations[0].quote


# Measures under a board's own indicators heading, and more of them listed further down under it.
HOLLINS = """# Hollins Community Safety Plan 2023-26

## Priority A: Safer Streets

### Safer Streets Performance Indicators

- Number of street robberies
- Number of knife crime offences

## Priority B: Reducing Reoffending

### Reducing Reoffending and Youth Offending Board Performance Indicators

Young People: Youth Offending Reoffending Rates (Binary Rate, % of young people with orders who go on to re-offend)

#### First 12 months – what will we do?

Work with probation on the cohort of prolific offenders across the borough.

##### Quarterly monitoring indicators for 2024/25

- Number of offenders on the cohort committing a serious offence
- Number of first time entrants to the youth justice system
"""

hollins = one_plan_fixture("hollins", "hollins-community-safety-plan-2023-26.md", "Hollins", HOLLINS)
REOFFENDING_MEASURES = [
    "Young People: Youth Offending Reoffending Rates (Binary Rate, % of young people with orders who go on to "
    "re-offend)",
    "Number of offenders on the cohort committing a serious offence",
    "Number of first time entrants to the youth justice system",
]


def test_a_board_s_measures_are_those_under_its_own_heading_and_the_sections_below_it(hollins: Assistant) -> None:
    answer = hollins.ask("How is youth reoffending measured for the Youth Offending Board in Hollins?")
    assert answer.answered
    assert bullets(answer) == REOFFENDING_MEASURES
    assert_cited_verbatim(hollins, answer)
    streets = hollins.ask("What indicators will Hollins use for safer streets?")
    assert bullets(streets) == ["Number of street robberies", "Number of knife crime offences"]


# A priority with measures under two headings side by side: a board's indicators, then the quarterly ones (Hollins'
# plan with its subheadings all at one level).
THIRLBY = (
    HOLLINS.replace("Hollins", "Thirlby")
    .replace("#### First 12 months", "### First 12 months")
    .replace("##### Quarterly", "### Quarterly")
)

thirlby = one_plan_fixture("thirlby", "thirlby-community-safety-plan-2023-26.md", "Thirlby", THIRLBY)


def test_a_priority_s_measures_include_those_headed_as_measures_beside_the_group_found(thirlby: Assistant) -> None:
    answer = thirlby.ask("What indicators will Thirlby use to monitor its reducing reoffending priority?")
    assert bullets(answer) == REOFFENDING_MEASURES
    assert_cited_verbatim(thirlby, answer)
    streets = thirlby.ask("What indicators will Thirlby use for safer streets?")  # not another priority's
    assert bullets(streets) == ["Number of street robberies", "Number of knife crime offences"]


# The plan counts its priorities otherwise than the list the plan model found ("8 key areas" over 7 headings).
PENRITH = """# Penrith Community Safety Plan 2023-26

## Our priorities

The Community Safety Partnership Plan focuses on 4 key areas prioritised by the strategic assessment:

- Tackling Youth Violence
- Tackling Anti-Social Behaviour
- Hate Crime and Prevent

## Governance

The Penrith Safety Board oversees the plan.
"""

penrith = one_plan_fixture("penrith", "penrith-community-safety-plan-2023-26.md", "Penrith", PENRITH)


def test_priorities_counted_as_the_plan_counts_them_are_its_priorities(penrith: Assistant) -> None:
    reader = penrith.reader()
    asked = analyse("What are the four key areas in Penrith's plan?", reader.view.lexicon, ["Penrith"])
    intent = intent_of(asked.text, asked.years, asked.key_terms)
    assert intent == Intent("priorities")
    draft = reader.plans.answer(asked, intent, ["Penrith"], penrith.visible(()), [])
    assert draft is not None and not isinstance(draft, Refusal)
    assert [point.unit.quote for point in draft.points] == [
        "The Community Safety Partnership Plan focuses on 4 key areas prioritised by the strategic assessment:",
        "Tackling Youth Violence",
        "Tackling Anti-Social Behaviour",
        "Hate Crime and Prevent",
    ]
    # a count neither the list nor the plan gives is another list's
    other = analyse("What are the six key areas in Penrith's plan?", reader.view.lexicon, ["Penrith"])
    assert reader.plans.answer(other, intent, ["Penrith"], penrith.visible(()), []) is None


HEXHAM = """# Hexham Community Safety Plan 2023-26

## Reasons for urgency

As the report is to be considered by Cabinet on the 31st October, 2023 the Committee may wish to see it first.

## Approval

The plan was approved by the Hexham Safety Partnership on 12 May 2023.
"""

hexham = one_plan_fixture("hexham", "hexham-community-safety-plan-2023-26.md", "Hexham", HEXHAM)


def test_when_a_plan_was_due_to_go_to_a_meeting_is_its_meeting_date(hexham: Assistant) -> None:
    reader = hexham.reader()
    asked = analyse("On what date was the Hexham plan due at Cabinet?", reader.view.lexicon, ["Hexham"])
    intent = intent_of(asked.text, asked.years, asked.key_terms)
    assert intent == Intent("dates", "meeting")
    draft = reader.plans.answer(asked, intent, ["Hexham"], hexham.visible(()), [])
    assert draft is not None and not isinstance(draft, Refusal)  # "due" says when, not what of
    assert [point.unit.quote for point in draft.points] == [
        "As the report is to be considered by Cabinet on the 31st October, 2023 the Committee may wish to see it first."
    ]


# Another list of priorities beside the plan's own, under a heading of its own.
BRAMLEY = """# Bramley Community Safety Partnership Plan 2021-24

## Our priorities

The partnership has agreed three priorities for the term of this plan:

- Reducing violence against women and girls
- Tackling drug dealing on estates
- Cutting reoffending by young adults

## COUNCIL PLAN PRIORITIES 2018 - 2022

- Decent homes for all
- A fair start for every child
- Green and clean streets

## There are also 3 cross-cutting themes:

- Listening to residents
- Sharing data between partners
- Early help for families

The plan is linked to the strategies of other partnership boards, which all aim to improve residents' lives:

- Health and Wellbeing Strategy
- Youth Justice Plan
- Housing Strategy
"""

bramley = one_plan_fixture("bramley", "bramley-community-safety-plan-2021-24.md", "Bramley", BRAMLEY)


@pytest.mark.parametrize(
    ("asked", "items"),
    [
        (
            "Which council plan priorities does the Bramley plan set out alongside its own?",
            ["Decent homes for all", "A fair start for every child", "Green and clean streets"],
        ),
        (
            "What are the cross-cutting themes of the Bramley plan?",
            ["Listening to residents", "Sharing data between partners", "Early help for families"],
        ),
        (
            "What are the Bramley partnership's priorities?",
            [
                "Reducing violence against women and girls",
                "Tackling drug dealing on estates",
                "Cutting reoffending by young adults",
            ],
        ),
    ],
)
def test_a_list_of_priorities_named_by_its_own_heading_is_that_list(
    bramley: Assistant, asked: str, items: list[str]
) -> None:
    answer = bramley.ask(asked)
    assert answer.answered, answer.text
    listed = {line[2:] for line in BRAMLEY.splitlines() if line.startswith("- ")}
    assert [citation.quote for citation in answer.citations if citation.quote in listed] == items
    assert_cited_verbatim(bramley, answer)


BRANSDALE = "bransdale-community-safety-plan-2022-25.md"
BRANSDALE_PLAN = """# Bransdale Community Safety Plan 2022-25

## What we achieved last year

Crime fell in most wards and more victims were supported.

### Case Study

### Street Pastors in the Town Centre

Volunteers walked the town centre every Friday night and helped over 300 people get home.

### Case Study

### The Safe Spaces Scheme

Shops and cafes signed up as places where anyone feeling threatened can wait for help.

### Case Study

### Door Chains for Older Residents

Older residents in two wards had door chains and spy holes fitted by the fire service.

## Our priorities

- Reduce burglary
- Tackle anti-social behaviour
"""

bransdale = one_plan_fixture("bransdale", BRANSDALE, "Bransdale", BRANSDALE_PLAN)


@pytest.mark.parametrize(
    "question",
    ["Which case studies does the Bransdale plan include?", "What case study examples does Bransdale give?"],
)
def test_the_things_set_out_under_a_label_said_again_and_again_are_the_headings_under_each(
    bransdale: Assistant, question: str
) -> None:
    answer = bransdale.ask(question)
    assert answer.answered, answer.text
    assert bullets(answer) == [
        "Street Pastors in the Town Centre",
        "The Safe Spaces Scheme",
        "Door Chains for Older Residents",
    ]
    assert_cited_verbatim(bransdale, answer)


def test_a_question_about_one_of_the_labelled_things_is_answered_from_its_passage(bransdale: Assistant) -> None:
    answer = bransdale.ask("What did the Street Pastors case study in Bransdale achieve?")
    assert answer.answered, answer.text
    assert "over 300 people" in answer.text
    assert "Door Chains for Older Residents" not in [citation.quote for citation in answer.citations]


# A committee report: its recommendations under their heading, what the report goes on to say under the next.
HOLLINGTON = "hollington-community-safety-report-2024.txt"
HOLLINGTON_RECOMMENDATIONS = [
    "1. That the Safer Communities Scrutiny Committee notes the progress made against the plan's priorities.",
    "2. That the committee agrees the three priorities proposed for the next plan.",
]
HOLLINGTON_REPORT = f"""Hollington Community Safety Partnership Annual Report 2024

Meeting: Safer Communities Scrutiny Committee\tDate: 12 March 2024

RECOMMENDATIONS

{chr(10).join(HOLLINGTON_RECOMMENDATIONS)}

BACKGROUND INFORMATION

3. The partnership reviewed its plan in 2023. Burglary fell by a fifth and residents asked for more patrols at night.

4. An independent review of anti-social behaviour made six recommendations, which partners will implement by 2025.
"""
hollington = one_plan_fixture("hollington", HOLLINGTON, "Hollington", HOLLINGTON_REPORT)


@pytest.mark.parametrize(
    "question",
    [
        "What does the Hollington report recommend?",
        "What are the recommendations of Hollington's annual report?",
        "What is the scrutiny committee asked to do with the Hollington report?",
    ],
)
def test_a_report_s_recommendations_are_what_it_prints_under_their_heading(
    hollington: Assistant, question: str
) -> None:
    answer = hollington.ask(question)
    quotes = [c.quote for c in answer.citations]
    assert answer.answered and quotes == [line.split(". ", 1)[1] for line in HOLLINGTON_RECOMMENDATIONS]
    assert_cited_verbatim(hollington, answer)


def test_recommendations_about_something_else_are_read_from_passages(hollington: Assistant) -> None:
    answer = hollington.ask(
        "How many recommendations did the independent review of anti-social behaviour in Hollington make?"
    )
    assert answer.answered
    assert not set(HOLLINGTON_RECOMMENDATIONS) & {c.quote for c in answer.citations}
    assert any("six recommendations" in c.quote for c in answer.citations)


ASHBY_FILE = "ashby-community-safety-plan-2024-27.txt"
ashby = one_plan_fixture("ashby", ASHBY_FILE, "Ashby", ASHBY)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("Who wrote the foreword to the Ashby plan?", "Councillor Priya Malhotra Cabinet Member for Safer Communities"),
        (
            "Ashby's plan: the foreword is signed by whom?",
            "Councillor Priya Malhotra Cabinet Member for Safer Communities",
        ),
        ("Who is the message in Ashby's plan from?", "Message from the Chief Inspector"),
    ],
)
def test_who_a_part_of_the_plan_is_from_is_its_signature_or_its_heading(
    ashby: Assistant, question: str, said: str
) -> None:
    answer = ashby.ask(question)
    assert answer.answered and [c.quote for c in answer.citations] == [said]
    assert_cited_verbatim(ashby, answer)


def test_what_a_signed_part_says_is_read_from_its_words_not_its_signature(ashby: Assistant) -> None:
    answer = ashby.ask("What does the foreword of the Ashby plan say about the estates?")
    assert answer.answered and "estates" in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the Chief Inspector who wrote the message in the Ashby plan?",
        "Who are the officers who wrote the message in the Ashby plan?",  # who they are: by name
    ],
)
def test_the_name_of_someone_a_part_is_from_only_by_post_is_not_given(ashby: Assistant, question: str) -> None:
    answer = ashby.ask(question)
    assert not answer.answered
    assert "its Message is from the Chief Inspector, but gives no name" in answer.text


@pytest.mark.parametrize(
    "question",
    ["Was the Ashby plan in force in December 2025?", "Would Ashby's plan still have applied at Christmas 2026?"],
)
def test_a_month_or_season_of_a_year_the_plan_covers_is_in_its_period(ashby: Assistant, question: str) -> None:
    answer = ashby.ask(question)
    assert answer.answered and "2024-27" in quoted(answer)


# Good practice examples, each under the same label heading, in order.
DENBY_PLAN = """# Denby Community Safety Plan 2024-27

## Good Practice

### Street Watch in Denby Town

Volunteers walk the town centre on Friday nights and report problems to the police.

## Good Practice

### Multi Agency Risk Assessment Conference (MARAC)

The Denby MARAC meets every month to plan support for victims at high risk.

## Good Practice

### Safer Shops Scheme

Shops that sign up display a sticker and train staff to spot people at risk.
"""

denby = one_plan_fixture("denby", "denby-community-safety-plan-2024-27.md", "Denby", DENBY_PLAN)


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("Which good practice example in the Denby plan comes straight after the MARAC one?", "Safer Shops Scheme"),
        ("Which good practice example comes just before the MARAC one in Denby's plan?", "Street Watch in Denby Town"),
        ("What is the last good practice example in Denby's plan?", "Safer Shops Scheme"),
    ],
)
def test_one_of_the_things_set_out_under_a_label_is_named_by_its_place_or_its_neighbour(
    denby: Assistant, question: str, heading: str
) -> None:
    answer = denby.ask(question)
    assert answer.answered and [c.quote for c in answer.citations] == [heading]


MARLOWICK = """# Marlowick Community Safety Strategy 2022-25

| Document control | |
| --- | --- |
| Author | Nadia Okafor, Head of Community Safety; Rhys Penhallow, Partnership Manager |
| Date Authored | November 2021 |

## Introduction

This strategy sets out how partners in Marlowick will keep residents safe from crime and disorder.
"""

marlowick = one_plan_fixture("marlowick", "marlowick-community-safety-strategy-2022-25.md", "Marlowick", MARLOWICK)


def test_when_a_plan_was_written_is_answered_when_the_question_names_who_wrote_it(marlowick: Assistant) -> None:
    # the authors the document control names are the plan's own, not something the date must be said with
    answer = marlowick.ask("Rhys Penhallow co-wrote Marlowick's strategy: in which month and year?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == ["Date Authored | November 2021"]


def test_when_a_plan_was_written_is_asked_by_the_clause_after_a_dash(marlowick: Assistant) -> None:
    # what is said before the dash ("how old ... by the time it started") is not what the date must be said with
    answer = marlowick.ask("How old was Marlowick's strategy by the time it started — when was it written?")
    assert answer.answered, answer.text
    assert [c.quote for c in answer.citations] == ["Date Authored | November 2021"]


def test_a_remark_of_the_asker_s_before_the_question_does_not_hide_that_it_asks_the_plan_s_period(
    dunmore: Assistant,
) -> None:
    answer = dunmore.ask(
        "For my dissertation on local policing: the Dunmore document is valid from what day, to what day?"
    )
    assert answer.answered, answer.text
    assert [c.quote for c in answer.citations] == ["This Plan term runs from 1st April 2017 until 31st March 2021."]


@pytest.mark.parametrize(
    "question",
    [
        "Sorry if this is obvious, but what period does the Dunmore plan cover? Thanks in advance!",
        "Quick one: what period does the Dunmore plan cover? A rough answer will do.",
        "Hoping you can help. What period does the Dunmore plan cover? Much appreciated.",
    ],
)
def test_small_talk_around_a_question_is_set_aside(dunmore: Assistant, question: str) -> None:
    answer = dunmore.ask(question)
    assert answer.answered, answer.text
    assert answer.question == "What period does the Dunmore plan cover?"
    assert [c.quote for c in answer.citations] == ["This Plan term runs from 1st April 2017 until 31st March 2021."]


BRACKENHOLT = """# Brackenholt Community Safety Plan 2024-27: Cabinet Report

## 1. REASONS FOR THE DECISIONS

The council must adopt a community safety plan to meet its statutory duties.

## 2. DETAILS OF REPORT

The partnership consulted residents on its priorities for nine weeks in the summer of 2023.

## 3. COMMENTS OF THE CHIEF FINANCE OFFICER

The plan is funded from the community safety budget and grants from the police and crime commissioner.

## 4. LEGAL COMMENTS

The council has a duty under the Crime and Disorder Act 1998 to formulate and implement a strategy.

## 5. SUSTAINABLE ACTION FOR A GREENER ENVIRONMENT

Tackling fly-tipping and graffiti will improve the local environment.

## 6. SAFEGUARDING IMPLICATIONS

Reducing the crimes that cause most harm to children is one of the plan's priorities.
"""

brackenholt = one_plan_fixture(
    "brackenholt", "brackenholt-community-safety-plan-2024-27.md", "Brackenholt", BRACKENHOLT
)


@pytest.mark.parametrize(
    ("question", "heading"),
    [
        ("Which numbered section of the Brackenholt report is about going green?", "5. SUSTAINABLE ACTION"),
        ("In the Brackenholt report, which number is the safeguarding section?", "6. SAFEGUARDING IMPLICATIONS"),
        # two headings say "comments": the one holding what the question is about
        ("Which section of the Brackenholt report has the comments on the budget?", "3. COMMENTS OF THE CHIEF"),
        ("Fly-tipping and graffiti: which section of Brackenholt's cabinet report talks about that?", "5. SUSTAINABLE"),
    ],
)
def test_a_section_asked_for_by_what_it_is_about_is_its_heading(
    brackenholt: Assistant, question: str, heading: str
) -> None:
    answer = brackenholt.ask(question)
    assert answer.answered, answer.text
    assert [c.quote for c in answer.citations][0].startswith(heading), answer.text
    assert_cited_verbatim(brackenholt, answer)


@pytest.mark.parametrize(
    "question",
    [
        "Which part of it is Brackenholt piloting, and with which borough?",  # a part of a thing, not of the report
        "What part does Brackenholt's report give the Safer Neighbourhood Board?",  # a role
        "Which part of the Constitution says adoption is for Council, per Brackenholt's report?",
        "Where does the legal section start in Brackenholt's report, going by the contents?",  # its page
    ],
)
def test_a_part_of_something_else_or_where_a_section_starts_is_no_section_asked_by_subject(question: str) -> None:
    assert not _SECTION_ASKED.search(question) or _CONTENTS_SAID.search(question)
