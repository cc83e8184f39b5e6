"""The extractive answerer over a small real index: evidence choice, reading on, what a lead-in introduces,
figures and their years (a list item's from its lead-in), lists (and the rest of a list split over passages, or
the list set out under a named item, or a sentence that names what a question counts), targets not taken for what
happened, support and refusals."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.answer import Answer
from assistant.answering.evidence import ItemList, Unit, units_of
from assistant.answering.extractive import (
    _DONE_BY,
    _FIRST_PLACE,
    _FOR_WHOM,
    _FULL_SUPPORT,
    _FULL_SUPPORT_SIMILARITY,
    _GROUP_NAMED,
    _READ_ON_BUDGET,
    _REASON_GIVEN,
    _TOP_QUESTION,
    _WORD_BUDGET,
    Draft,
    ExtractiveAnswerer,
    Point,
    _above_table,
    _closest,
    _counts_out,
    _ends,
    _enumerates,
    _heading_lines,
    _in_setting,
    _names_section,
    _of_year,
    _opens,
    _other_period,
    _places_of,
    _present,
    _read_on,
    _same_family,
    _Scored,
    _sets_target,
    _target_subject,
    _under_heading_said,
    _without_column_names,
    antecedent,
    brief,
    has_figure,
)
from assistant.answering.question import Question, _subject_words, analyse
from assistant.answering.years import naming_plans, year_spans
from assistant.api.chat import turn_of
from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.lexicon import Lexicon
from assistant.settings import Settings
from ingest.documents import Chunk, PlanMetadata
from ingest.indexer import ingest
from tests.assistant.answering.test_structure import assistant_over, bullets
from tests.assistant.plan_corpus import one_plan_fixture, quoted
from tests.ingest.plan.conftest import build_file

PLAN = """# Testshire Community Safety Plan 2020-23

London Borough of Merton

## Funding

The Council continues to fund a taskforce of 6 police officers. This taskforce patrols the town centre at weekends.

The Mayor has agreed to fund further police officers in the borough:

- 14 police officers for housing estates
- 18 police officers for neighbourhood policing

## Street Pastors

The partnership will commission Street Pastors to support people on nights out in the town centre.

## Crime in numbers

Recorded crime fell from 95 per 1,000 residents in 2019 to 88 in 2020.

Hate crime remains a concern for residents and is a priority for the partnership.

The partnership monitors knife crime offences per 1,000 residents.

Offence\t2019\t2020\t% change
Burglary\t410\t380\t-7.3%
Robbery\t120\t150\t25.0%

## Victims

An IDVA is a trained specialist who supports high-risk victims of domestic abuse through the courts.

## Glossary

IDVA – Independent Domestic Violence Advisor
"""


@pytest.fixture(scope="module")
def testshire(tmp_path_factory: pytest.TempPathFactory, embedder) -> Assistant:
    root = tmp_path_factory.mktemp("testshire")
    (root / "corpus").mkdir()
    (root / "corpus" / "testshire-plan-2020-23.txt").write_text(PLAN)
    settings = Settings(data_dir=root / "data", corpus_dir=root / "corpus", _env_file=None)
    ingest([settings.corpus_dir], settings, embedder, prune=True)
    return Assistant.build(settings, embedder)


def test_a_sentence_that_introduces_a_list_brings_the_list(testshire: Assistant) -> None:
    answer = testshire.ask("How many more police officers has the Mayor agreed to fund?")
    assert answer.answered
    assert "- 14 police officers for housing estates" in answer.text and "18 police officers" in answer.text


def test_a_count_question_without_a_figure_in_the_plans_is_refused(testshire: Assistant) -> None:
    answer = testshire.ask("How many Street Pastors will the partnership commission?")
    assert not answer.answered


def test_a_cost_question_needs_an_amount_of_money(testshire: Assistant) -> None:
    answer = testshire.ask("How much will the Street Pastors cost?")
    assert not answer.answered


def test_a_definition_quotes_the_words_that_spell_the_acronym_out(testshire: Assistant) -> None:
    answer = testshire.ask("what is an IDVA?")
    assert answer.citations[0].quote == "IDVA – Independent Domestic Violence Advisor"


def test_plain_words_reach_the_plan_vocabulary(testshire: Assistant) -> None:
    answer = testshire.ask("are there cops on the estates")
    assert answer.answered and "housing estates" in answer.text


def test_a_definition_also_brings_a_sentence_that_describes_the_term(testshire: Assistant) -> None:
    answer = testshire.ask("what is an IDVA?")
    assert "trained specialist" in answer.text


def test_a_figure_about_something_else_does_not_answer_a_count(testshire: Assistant) -> None:
    answer = testshire.ask("How many hate crimes were recorded in 2020?")
    assert not answer.answered, answer.text


def test_a_number_the_question_gives_is_not_an_answer_to_it(testshire: Assistant) -> None:
    answer = testshire.ask("How many knife crime offences per 1,000 residents were recorded?")
    assert not answer.answered, answer.text


def test_a_row_of_figures_comes_with_its_column_names(testshire: Assistant) -> None:
    answer = testshire.ask("How many burglaries were recorded in 2020?")
    assert answer.answered
    quotes = [citation.quote for citation in answer.citations]
    assert quotes.index("Offence | 2019 | 2020 | % change") < quotes.index("Burglary | 410 | 380 | -7.3%")


ASHCOMBE = """# Ashcombe Community Safety Plan 2021-24

## Night Hub

The Ashcombe Night Hub opened on the high street in 2021. It offers first aid, phone charging and a quiet \
place to wait for a lift home. Trained volunteers staff it from ten at night until four in the morning. Most \
of its visitors are students who have lost their friends or their phones on a night out.

## Street Lighting

The council will replace the old sodium street lamps with brighter LED lamps on every estate.

## Our principles

Partners have agreed to work to these principles:

### Early help

We will step in before problems grow.

### Listening to residents

We will ask residents what matters to them every year.

### Sharing information

Partners will share what they know about risk within the law.

## Youth work

Young people told us they want more to do in the evenings. The youth service will offer:

### Summer programme

- Detached youth workers in parks on summer evenings
- Boxing and football sessions on Friday nights

## Reporting

Residents can report crime in these ways:

### Online

Most reports now come in online. Residents can use:

- the police website
- the Ashcombe app

## Burglary figures

There were 410 burglaries in 2016/17.

Burglaries fell to 380 in 2017/18.
"""
NIGHT_HUB = [
    "The Ashcombe Night Hub opened on the high street in 2021.",
    "It offers first aid, phone charging and a quiet place to wait for a lift home.",
    "Trained volunteers staff it from ten at night until four in the morning.",
    "Most of its visitors are students who have lost their friends or their phones on a night out.",
]


ashcombe = one_plan_fixture("ashcombe", "ashcombe-community-safety-plan-2021-24.md", "Ashcombe", ASHCOMBE)


def _question(assistant: Assistant, text: str, council: str = "Ashcombe") -> Question:
    """A question read as the assistant reads it, among the plans of one council."""
    return analyse(text, assistant.reader().view.lexicon, [council])


def _lead_in(assistant: Assistant, line: str) -> Unit:
    """The unit of the one chunk that quotes a line."""
    [unit] = [unit for chunk in assistant.index.chunks.values() for unit in units_of(chunk)[0] if unit.quote == line]
    return unit


META = PlanMetadata(
    source="ashcombe.txt", title="Ashcombe Plan", council="Ashcombe", period_start=2018, period_end=2021
)


def _units(text: str, section: str = "Ashcombe Plan > Night Hub", chunk_id: str = "c") -> list[Unit]:
    return units_of(Chunk(id=chunk_id, text=text, metadata=META, section=section))[0]


def _after(assistant: Assistant, first: str, then: str) -> Answer:
    """The answer to `then`, asked after `first` was answered."""
    return assistant.ask(then, history=[turn_of(first, assistant.ask(first))])


def test_a_sentence_answer_reads_on_through_its_section(ashcombe: Assistant) -> None:
    answer = ashcombe.ask("What is the Ashcombe Night Hub?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == NIGHT_HUB
    assert "street lamps" not in answer.text  # the next section is another subject


def test_reading_on_stops_before_the_sentence_that_would_pass_the_budget() -> None:
    units = _units(" ".join([*NIGHT_HUB, "It closes at dawn on Sundays and on every bank holiday."]))
    read = [point.unit.quote for point in _read_on([Point(units[0])], units)]
    assert read == NIGHT_HUB
    assert sum(len(quote.split()) for quote in read) <= _READ_ON_BUDGET
    assert sum(len(unit.quote.split()) for unit in units) > _READ_ON_BUDGET


def test_reading_on_does_not_cross_into_the_next_section() -> None:
    hub = _units(" ".join(NIGHT_HUB[:2]))
    lights = _units(
        "The council will replace the old sodium street lamps.", section="Ashcombe Plan > Street Lighting", chunk_id="d"
    )
    read = _read_on([Point(hub[0])], [*hub, *lights])
    assert [point.unit.quote for point in read] == NIGHT_HUB[:2]


def test_reading_on_does_not_go_past_the_end_of_a_list() -> None:
    units = _units(
        "The new powers include:\n- The Injunction\n- The Closure Order\n\nVictims should be treated with respect."
    )
    *_, closure, after = units
    assert after.quote == "Victims should be treated with respect."
    assert [point.unit.quote for point in _read_on([Point(closure)], units)] == ["The Closure Order"]


def test_a_lead_in_that_ends_its_passage_brings_the_headings_that_follow(ashcombe: Assistant) -> None:
    answer = ashcombe.ask("What principles have partners agreed to work to?")
    assert answer.answered
    assert [c.quote for c in answer.citations] == [
        "Partners have agreed to work to these principles:",
        "Early help",
        "Listening to residents",
        "Sharing information",
    ]


def test_a_lead_in_that_ends_its_passage_brings_the_list_the_next_passage_starts_with(ashcombe: Assistant) -> None:
    answer = ashcombe.ask("What will the youth service offer?")
    assert answer.answered
    assert [c.quote for c in answer.citations][-2:] == [
        "Detached youth workers in parks on summer evenings",
        "Boxing and football sessions on Friday nights",
    ]


def test_a_lead_in_followed_by_prose_brings_nothing_from_the_next_passage(ashcombe: Assistant) -> None:
    lead_in = _lead_in(ashcombe, "Residents can report crime in these ways:")
    assert not lead_in.chunk.text[lead_in.end :].strip()  # it ends its passage
    assert ashcombe.reader().answerer._introduced_after(lead_in) == []
    youth = _lead_in(ashcombe, "The youth service will offer:")
    assert ashcombe.reader().answerer._introduced_after(youth) != []


def test_a_word_no_plan_uses_carries_no_weight_in_support(ashcombe: Assistant) -> None:
    answerer = ashcombe.reader().answerer
    chatty = _question(ashcombe, "I keep thinking about nights out, is there a Night Hub?")
    assert "think" in chatty.key_terms
    assert answerer._coverage(chatty, NIGHT_HUB[0]) == 1.0
    # a word the plans do use, and this sentence does not, still counts against it
    students = _question(ashcombe, "Is there a Night Hub for students?")
    assert answerer._coverage(students, NIGHT_HUB[0]) < 1.0


def test_a_question_in_none_of_the_plans_words_has_no_support(ashcombe: Assistant) -> None:
    question = _question(ashcombe, "Can I keep chickens in my garden?")
    assert question.key_terms
    assert ashcombe.reader().answerer._coverage(question, "Chickens may be kept in any garden.") == 0.0


def test_evidence_at_the_certain_similarity_answers_whatever_its_support(ashcombe: Assistant) -> None:
    answerer = ashcombe.reader().answerer
    question = _question(ashcombe, "Is Ashcombe a safe place to go out at night?")
    certain = ashcombe.settings.certain_similarity
    assert answerer._answers(0.0, certain, question)
    assert not answerer._answers(0.0, certain - 0.01, question)
    assert not answerer._answers(ashcombe.settings.min_support / 2 - 0.01, certain - 0.01, question)


def test_a_figure_for_another_year_span_is_not_of_the_asked_one(ashcombe: Assistant) -> None:
    answer = ashcombe.ask("How many burglaries were there in 2017/18?")
    assert answer.answered
    quotes = [c.quote for c in answer.citations]
    assert "Burglaries fell to 380 in 2017/18." in quotes
    assert "There were 410 burglaries in 2016/17." not in quotes


def test_a_year_span_is_the_asked_year_when_one_holds_the_other() -> None:
    earlier, asked_span = _units("There were 410 burglaries in 2016/17.\nBurglaries fell to 380 in 2017/18.")
    assert year_spans("2016/17 and 2017/18") == [frozenset({2016, 2017}), frozenset({2017, 2018})]
    assert not _of_year(earlier, (2017,), year_spans("2017/18"))
    assert _of_year(asked_span, (2017,), year_spans("2017/18"))
    assert _of_year(asked_span, (2017,), year_spans("2017"))


def test_a_figure_for_another_year_span_inside_the_plan_period_is_not_of_the_asked_one() -> None:
    meta = PlanMetadata(source="a.txt", title="Ashcombe Plan", council="Ashcombe", period_start=2016, period_end=2019)
    text = "There were 410 burglaries in 2016/17.\nBurglaries fell by a fifth."
    earlier, timeless = units_of(Chunk(id="c", text=text, metadata=meta))[0]
    assert not _of_year(earlier, (2017,), year_spans("2017/18"))
    assert _of_year(timeless, (2017,), year_spans("2017/18"))  # a figure naming no time is of its plan's period


def test_a_figure_in_a_sentence_taking_up_the_one_before_is_of_that_one_s_years() -> None:
    meta = PlanMetadata(source="a.txt", title="Ashcombe Plan", council="Ashcombe", period_start=2017, period_end=2020)
    text = "Recorded crime fell from 120 per 1000 in 2011-12 to 102 in 2015-16. This represents a 9% reduction."
    _, reduction = units_of(Chunk(id="c", text=text, metadata=meta))[0]
    assert not _of_year(reduction, (2018,), year_spans("2018-19"))  # the plan's period, but the years before
    assert _of_year(reduction, (2015,), year_spans("2015-16"))


def test_a_figure_that_names_its_own_year_is_of_that_year_whatever_its_paragraph_names() -> None:
    meta = PlanMetadata(source="a.txt", title="Ashcombe Plan", council="Ashcombe", period_start=2017, period_end=2021)
    text = "The strategy runs to 2019-20. In 2017-18, £7,335,876 of grant has been made available."
    _, figure = units_of(Chunk(id="c", text=text, metadata=meta))[0]
    assert figure.quote.startswith("In 2017-18")
    assert not _of_year(figure, (2019,), year_spans("2019-20"))
    assert _of_year(figure, (2017,), year_spans("2017-18"))


def test_a_year_is_no_figure_for_how_much_or_how_many(ashcombe: Assistant) -> None:
    levy = "The late night levy will come into effect in June 2017."
    assert not has_figure(levy, _question(ashcombe, "How much will venues pay?"))
    assert has_figure("Venues will pay 1,200 pounds a year.", _question(ashcombe, "How much will venues pay?"))
    assert has_figure(levy, _question(ashcombe, "What date does the levy start?"))


def test_a_figure_the_question_gives_or_one_in_another_unit_is_no_answer(ashcombe: Assistant) -> None:
    caseload = "The team manages a caseload of around 170 offenders at any one time."
    assert not has_figure(caseload, _question(ashcombe, "Of the 170 on the caseload, how many are women?"))
    assert has_figure(caseload, _question(ashcombe, "How many offenders does the team manage?"))
    tonnes = _question(ashcombe, "How many tonnes of cider did the shops stop selling?")
    assert not has_figure("So far 37 shops have stopped selling super strength cider.", tonnes)
    assert has_figure("The shops stopped selling 12 tonnes of super strength cider.", tonnes)
    assert has_figure("Officers found a stash of 600kg of cider.", tonnes)  # a weight in another unit of weight


def test_a_weight_asked_is_answered_by_a_figure_in_a_unit_of_weight(ashcombe: Assistant) -> None:
    heavy = _question(ashcombe, "How heavy was the stash officers found?")
    assert has_figure("Officers found a stash of 600kg of tobacco.", heavy)
    assert not has_figure("Officers found a stash worth 100,000 pounds in 3 shops.", heavy)
    weighed = _question(ashcombe, "What did the stash weigh?")
    assert has_figure("The stash weighed 2 tonnes.", weighed)
    assert not has_figure("Officers raided 3 shops.", weighed)


def test_a_part_asking_only_how_often_is_said_by_a_quote_of_the_other_part_giving_how_often(
    ashcombe: Assistant,
) -> None:
    meta = PlanMetadata(source="a.txt", title="Ashcombe Plan", council="Ashcombe", period_start=2021, period_end=2024)
    said = "The Community Safety Team facilitates a bookmakers forum every six weeks."
    unit = Unit(Chunk(id="c", text=said, metadata=meta), 0, len(said), "sentence")
    story = "I run a betting shop near the old depot; does Ashcombe hold some regular get-together for us"
    part = analyse("how often?", ashcombe.reader().view.lexicon, ["Ashcombe"], context=story)
    answerer = ashcombe.reader().answerer
    assert answerer.already_said(part, [Draft((Point(unit),))])
    other = "The Community Safety Team facilitates a bookmakers forum in Deptford."
    elsewhere = Unit(Chunk(id="d", text=other, metadata=meta), 0, len(other), "sentence")
    assert not answerer.already_said(part, [Draft((Point(elsewhere),))])  # a quote giving no frequency does not


def test_a_headcount_is_a_count(ashcombe: Assistant) -> None:
    headcount = _question(ashcombe, "What is the current headcount of champions?")
    assert headcount.wants_number
    assert not has_figure("The number of champions will rise in 2024.", headcount)
    assert has_figure("There are now 40 champions.", headcount)


def test_how_many_per_hundred_is_answered_by_a_share(ashcombe: Assistant) -> None:
    per_hundred = _question(ashcombe, "How many repeat victims should there be per hundred cases at the MARAC?")
    assert has_figure("Percentage repeat victims at the MARAC (target 25.3%).", per_hundred)
    assert not has_figure(
        "Percentage repeat victims at the MARAC (target 25.3%).",
        _question(ashcombe, "How many repeat victims were there?"),
    )


def test_a_share_asked_is_answered_by_a_share_not_a_count(ashcombe: Assistant) -> None:
    share = _question(ashcombe, "What proportion of the unit's clients did not reoffend?")
    assert not has_figure("The unit works with 45-50 clients.", share)
    assert has_figure("50% of clients did not reoffend.", share)
    assert has_figure("Half of the clients did not reoffend.", share)
    assert has_figure("One in 5 clients reoffended.", share)
    # "how much of its own share ...?" asks an amount
    assert has_figure("It spent 30,000 on mosques.", _question(ashcombe, "How much of its own share went on mosques?"))


def test_a_figure_for_another_length_of_time_does_not_answer(ashcombe: Assistant) -> None:
    assert _other_period("What share did not reoffend within 12 months?", "50% did not re-offend within 6 months.")
    assert not _other_period("What share did not reoffend within six months?", "50% did not re-offend within 6 months.")
    assert not _other_period("What share did not reoffend?", "50% did not re-offend within 6 months.")
    assert not _other_period("How many in 12 months?", "Over 3 years, 40 a year were seen.")  # another unit of time


def test_the_numbers_to_ring_are_no_figure_for_how_many(ashcombe: Assistant) -> None:
    question = _question(ashcombe, "How many reports of anti-social behaviour did the police log?")
    assert not has_figure("Demand: calls to the police (999 and 101) to report anti-social behaviour", question)
    assert not has_figure("Residents should call 101 to report anti-social behaviour.", question)
    assert has_figure("The police logged 101 reports of anti-social behaviour.", question)
    assert has_figure("Calls to 999 and 101 fell to 4,200.", question)


def test_a_date_is_no_figure_for_how_many_unless_when_is_asked_too(ashcombe: Assistant) -> None:
    source = "Public Attitude Survey, quarterly report Apr 15 to Mar 16"
    assert not has_figure(source, _question(ashcombe, "How many people answered the survey?"))
    seminar = "The seminar was held on 5th February 2015."
    assert not has_figure(seminar, _question(ashcombe, "How many people came to the seminar?"))
    assert has_figure(seminar, _question(ashcombe, "When was the seminar held and how many came?"))
    assert has_figure("Over 100 people came on 5th February.", _question(ashcombe, "How many came to the seminar?"))


def test_a_date_written_with_dots_is_a_date(ashcombe: Assistant) -> None:
    row = "Cabinet requested amendments | 02.10.17 | 1.4"
    assert not has_figure(row.replace(" | 1.4", ""), _question(ashcombe, "How many amendments did cabinet request?"))
    assert has_figure(row, _question(ashcombe, "When did cabinet request amendments?"))


def test_a_percentage_is_no_count_unless_a_share_or_people_s_answers_are_counted(ashcombe: Assistant) -> None:
    cut = "The partnership will cut burglary by 20%."
    assert not has_figure(cut, _question(ashcombe, "What was the total of burglaries in 2022?"))
    assert not has_figure(cut, _question(ashcombe, "How many burglaries were there?"))
    assert has_figure(cut, _question(ashcombe, "By what percentage will burglary fall?"))
    felt = "89% of respondents said they feel safe after dark."
    assert has_figure(felt, _question(ashcombe, "How many people said they feel safe after dark?"))


def test_an_age_is_no_count_unless_an_age_is_asked(ashcombe: Assistant) -> None:
    service = "The new service will support women as well as men from ages 16 and up."
    assert not has_figure(service, _question(ashcombe, "How many victims did the service support?"))
    assert not has_figure("It works with 10-17 year olds.", _question(ashcombe, "How many young people did it see?"))
    assert has_figure(service, _question(ashcombe, "From what age does the service help?"))
    assert has_figure("It has supported 412 victims aged 16 and over.", _question(ashcombe, "How many victims?"))


def test_what_a_contract_is_worth_or_a_council_pays_is_answered_by_money(ashcombe: Assistant) -> None:
    funded = "The Council continues to fund the Taskforce of 6 police officers."
    pays = _question(ashcombe, "What does the council pay each year for the Taskforce?")
    assert pays.wants_number and not has_figure(funded, pays)
    assert has_figure("The council pays £250,000 a year for the Taskforce.", pays)
    valued = _question(ashcombe, "What is the value of the contract with Refuge for the service?")
    assert valued.wants_number and not has_figure("The service launches from 1st April with 3 staff.", valued)
    assert has_figure("The contract is worth £1.2 million.", valued)
    price = _question(ashcombe, "Is there a price tag on the mentoring unit?")  # a price is money too
    assert price.wants_number and not has_figure("The unit works with 45-50 clients, 2 new ones each month.", price)
    assert has_figure("The mentoring unit costs £120,000 a year.", price)
    funds = _question(ashcombe, "What will the levy pay for?")  # what it funds, not how much
    assert not funds.wants_number
    for asked in (
        "What is the council's contract with Refuge for the service worth each year?",
        "How much is the council putting into the new Night Hub?",
        "How much is the council budgeting to build the Night Hub?",
        "Does the plan put a pound figure on what the Night Hub levy will raise each year?",
        "How much will the Night Hub levy raise?",
    ):
        money = _question(ashcombe, asked)
        assert money.wants_number and not has_figure("The Night Hub has 3 staff and opens in 2021.", money)
        assert has_figure("The Night Hub has £40,000 a year.", money)


def test_a_lead_in_that_ends_its_passage_brings_a_long_list_split_from_it(tmp_path: Path, embedder: Embedder) -> None:
    actions = [f"Action {n} the partnership will take with residents over the life of this plan" for n in range(1, 21)]
    story = "Residents of Ashcombe told us what worries them. " * 22
    text = "\n\n".join(["# Ashcombe Plan 2021-24", "## Actions", story, "The partnership will take these actions:"])
    path = tmp_path / "ashcombe-plan-2021-24.md"
    path.write_text(text + "\n\n" + "\n".join(f"- {action}" for action in actions) + "\n", encoding="utf-8")
    chunks = build_file(path).chunks
    answerer = ExtractiveAnswerer(embedder, Bm25Index.build(chunks), chunks={chunk.id: chunk for chunk in chunks})
    lead_in = next(unit for unit in units_of(chunks[0])[0] if unit.quote == "The partnership will take these actions:")
    assert not chunks[0].text[lead_in.end :].strip()  # the lead-in ends its passage
    assert [point.unit.quote for point in answerer._introduced_after(lead_in)][:2] == actions[:2]


YOUTH_OBJECTIVES = (
    "We will cut knife crime among under 25s across the whole of the borough. We will put youth workers in the "
    "hospital emergency department. We will run mentoring for every young person excluded from school. Detached "
    "youth workers will visit parks and estates on summer evenings. Schools will teach every pupil in year seven "
    "about the risks of carrying a knife and how to report it in confidence. Parents will get advice on talking "
    "to their children."
)
REOFFENDING_OBJECTIVES = (
    "We will find steady work and safe homes for people leaving prison. We will give every prolific offender a "
    "named key worker. We will check drug treatment places are taken up within three weeks of release. Probation "
    "will chair a monthly case panel. Partners will share what they know about each person so that no one is "
    "released without a plan for their first night and first week. Families will be offered support during the "
    "sentence."
)
NIGHTS_OBJECTIVES = (
    "We will train bar and door staff to spot drink spiking. We will open a welfare hub in the town centre on "
    "Friday and Saturday nights. We will keep taxi marshals at the main rank until three in the morning. Street "
    "wardens will patrol the late night economy. Venues that fail to keep their customers safe will be reviewed "
    "by the licensing committee and may lose their late licence. Night buses will run later in the summer."
)
POWERS = ["Civil Injunctions", "Criminal Behaviour Orders", "Dispersal Powers", "Community Protection Notices"]
# Long enough that the chunker splits the list, repeating its lead-in above the last two items.
SAFER_HOMES_LEAD = "The Fernleigh Safer Homes Partnership will:"
SAFER_HOMES = [
    "Commission specialist locksmiths to strengthen vulnerable householders' front doors, back doors, windows and "
    "letterboxes",
    "Distribute personalised doorstep-caller warning stickers throughout Fernleigh's sheltered accommodation blocks "
    "and almshouses",
    "Coordinate neighbourhood watch volunteers supporting isolated pensioners throughout the coldest wintertime",
    "Introduce trustworthy-tradesperson accreditation, recommending reputable independent local contractors everywhere",
    "Investigate rogue-trader complaints immediately, prioritising recently bereaved householders",
    "Establish telephone befriending conversations, reassuring housebound pensioners every fortnight",
    "Provide complimentary smoke alarms, carbon-monoxide detectors and thermostatic radiator controllers",
    "Organise intergenerational storytelling afternoons strengthening neighbourly relationships",
    "Recruit multilingual community ambassadors representing Fernleigh's Portuguese-speaking households",
    "Publish quarterly newsletters summarising completed improvements and forthcoming workshops",
    "Evaluate householders' satisfaction independently, commissioning Hollinsworth University researchers",
    "Refurbish communal entrances, installing intercoms throughout Ravensbrook's maisonettes",
]
ORDERS_LEAD = "Offenders on community orders will:"
PAYBACK = ["Clear litter from the riverside footpaths", "Repaint the benches in Fernleigh park"]
RESTORATIVE = [
    "Meet the victims of their crime when victims ask for it",
    "Write a letter of apology to the people they harmed",
]
CANAL_OBJECTIVES = [
    "Make the canal towpath safe after dark",
    "Stop fly-tipping under the railway arches",
    "Bring empty wharf buildings back into use",
]
TOWPATH = [
    "Light the towpath between Mill Lock and the marina",
    "Cut back the hedges that hide the benches",
    "Ask the waterways trust to put up help points",
]
FERNLEIGH = f"""# Fernleigh Community Safety Plan 2023-26

## New tools against nuisance

The Anti-Social Behaviour Act is introducing 4 new powers for partners to tackle nuisance in Fernleigh. This tool \
kit replaces many older orders with fewer and simpler ones.

The 4 new powers include:

{chr(10).join(f"- {power}" for power in POWERS)}

## The Fernleigh Safety Board

The Fernleigh Safety Board brings together the council, police, fire service and health partners. It is \
accountable to the Fernleigh Health and Wellbeing Partnership.

The board meets four times a year in the town hall.

## Young people

The partnership listens to young people through these groups:

- The Fernleigh Youth Forum was set up by the council in 2022. It meets every month in the library to give young \
people a say.
- Each school has a safety council of pupils

## Night time economy

| Partner | Role in the night time economy | When |
| --- | --- | --- |
| Police | Patrol the town centre and the taxi rank. | Weekends |
| Council | Runs the CCTV control room and the taxi marshals. | Nightly |
| Street Pastors | Offer help to people who are lost or unwell. | Weekends |

## Work streams

| ASPECT | Tackling Youth Violence | Reducing Reoffending | Safer Nights |
| --- | --- | --- | --- |
| OBJECTIVES | {YOUTH_OBJECTIVES} | {REOFFENDING_OBJECTIVES} | {NIGHTS_OBJECTIVES} |
| LEAD | Youth Offending Service | Probation Service | Licensing Team |

## Safer homes for older residents

{SAFER_HOMES_LEAD}

{chr(10).join(f"- {item}" for item in SAFER_HOMES)}

## Community payback

{ORDERS_LEAD}

{chr(10).join(f"- {item}" for item in PAYBACK)}

The Probation Service reports on this work to the board.

## Restorative justice

{ORDERS_LEAD}

{chr(10).join(f"- {item}" for item in RESTORATIVE)}

## Our objectives

Our objectives for the canal corridor are:

{chr(10).join(f"- {item}" for item in CANAL_OBJECTIVES)}

## Delivery in 2024

The canal corridor group meets every month at the lock keeper's cottage. It brings together the waterways trust, \
the police and the street scene team.

{CANAL_OBJECTIVES[0]}:

{chr(10).join(f"- {item}" for item in TOWPATH)}
"""


fernleigh = one_plan_fixture("fernleigh", "fernleigh-community-safety-plan-2023-26.md", "Fernleigh", FERNLEIGH)


def _quotes(assistant: Assistant, question: str) -> list[str]:
    """The quotes of an answer, each checked to be verbatim in the passage it cites."""
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    for citation in answer.citations:
        assert citation.quote in assistant.index.chunks[citation.chunk_id].text
    return [citation.quote for citation in answer.citations]


def _chunk_with(assistant: Assistant, text: str) -> Chunk:
    [chunk] = [chunk for chunk in assistant.index.chunks.values() if text in chunk.text]
    return chunk


def test_a_list_question_is_answered_by_the_sentence_that_opens_the_list_and_the_list(fernleigh: Assistant) -> None:
    quotes = _quotes(fernleigh, "What new powers is the Anti-Social Behaviour Act introducing?")
    assert quotes == [
        "The Anti-Social Behaviour Act is introducing 4 new powers for partners to tackle nuisance in Fernleigh.",
        "The 4 new powers include:",
        *POWERS,
    ]


def test_a_sentence_opens_a_list_whose_lead_in_follows_it_within_one_sentence() -> None:
    def opened(between: str) -> bool:
        text = f"Fernleigh is introducing 4 new powers.{between}\nThe 4 new powers include:\n- Injunctions\n- Dispersal"
        units, [powers] = units_of(Chunk(id="c", text=text, metadata=META, section="Ashcombe Plan > Powers"))
        return _opens(units[0], powers)

    assert opened("")
    assert opened(" This tool kit replaces many older orders.")
    assert not opened(" This tool kit replaces many older orders. Each one is simpler.")  # two sentences between
    assert not opened(" This tool kit replaces " + "many older and more complicated orders, " * 7 + "all of them.")
    units, [powers] = units_of(
        Chunk(id="c", text="The 4 new powers include:\n- Injunctions\n- Dispersal", metadata=META)
    )
    assert not _opens(units[0], powers)  # the lead-in itself opens nothing more


def test_a_pronoun_sentence_is_said_after_the_sentence_it_refers_to(fernleigh: Assistant) -> None:
    quotes = _quotes(fernleigh, "Who is the Fernleigh Safety Board accountable to?")
    accountable = "It is accountable to the Fernleigh Health and Wellbeing Partnership."
    named = "The Fernleigh Safety Board brings together the council, police, fire service and health partners."
    assert accountable in quotes and quotes.index(named) == quotes.index(accountable) - 1


def test_a_pronoun_sentence_is_judged_with_the_sentence_it_refers_to(fernleigh: Assistant) -> None:
    answerer = fernleigh.reader().answerer
    question = _question(fernleigh, "Who is the Fernleigh Safety Board accountable to?", "Fernleigh")
    board = _chunk_with(fernleigh, "It is accountable to")
    [pronoun] = [unit for unit in units_of(board)[0] if unit.quote.startswith("It is accountable")]
    # the same sentence starting a paragraph of its own has nothing before it to refer to
    alone = replace(board, text=board.text.replace("partners. It is", "partners.\nIt is"))
    [alone_pronoun] = [unit for unit in units_of(alone)[0] if unit.quote.startswith("It is accountable")]
    with_antecedent = answerer._score_unit(question, pronoun, 1.0, 0.5).coverage
    without = answerer._score_unit(question, alone_pronoun, 1.0, 0.5).coverage
    assert with_antecedent > without


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The board was formed in 2019. The board brings partners together. It is chaired by the Leader.\n"
            "They meet monthly. Items are published online. Its papers are public.",
            {
                "The board was formed in 2019.": None,
                "The board brings partners together.": None,
                "It is chaired by the Leader.": "The board brings partners together.",
                "They meet monthly.": None,  # it opens its paragraph: what came before is another paragraph
                "Items are published online.": None,
                "Its papers are public.": "Items are published online.",
            },
            id="a pronoun: the sentence before it in its paragraph",
        ),
        pytest.param(
            "A women's centre is central to the new service. For which a provider will be in place from May 2026. "
            "Which is why partners meet monthly. This will cost less. This plan runs to 2027. These figures are new. "
            "This links to the work of the Older People Group.",
            {
                "A women's centre is central to the new service.": None,
                "For which a provider will be in place from May 2026.": (
                    "A women's centre is central to the new service."
                ),
                "Which is why partners meet monthly.": "For which a provider will be in place from May 2026.",
                "This will cost less.": None,  # "this" opens many a sentence that says something new
                "This plan runs to 2027.": None,
                "These figures are new.": None,
                # ... but "this links to ..." says how what came before bears on something else
                "This links to the work of the Older People Group.": "These figures are new.",
            },
            id="a sentence taking up the one before",
        ),
        pytest.param(
            "The Safer Streets and Lighting Act received Royal Assent in 2024. Among other things, the act puts "
            "street lighting audits on a statutory footing. The Noise Act 1996 sets out other powers.",
            {
                "The Safer Streets and Lighting Act received Royal Assent in 2024.": None,
                "Among other things, the act puts street lighting audits on a statutory footing.": (
                    "The Safer Streets and Lighting Act received Royal Assent in 2024."
                ),
                "The Noise Act 1996 sets out other powers.": None,  # it names its own act
            },
            id="the act, named in the sentence before",
        ),
        pytest.param(
            "The Integrated Offender Management (IOM) Programme has changed. The multi agency team now manages 170 "
            "offenders. The service of the council is new. The board meets monthly.",
            {
                "The Integrated Offender Management (IOM) Programme has changed.": None,
                "The multi agency team now manages 170 offenders.": (
                    "The Integrated Offender Management (IOM) Programme has changed."
                ),
                "The service of the council is new.": None,  # "of the council" says which service
                "The board meets monthly.": None,  # the sentence before names nothing for it to be
            },
            id="a thing called by its kind, named in the sentence before",
        ),
        pytest.param(
            "Our Family Advice Programme keeps growing. Officers review the impact of this programme each year. "
            "The programme is funded by the Regional Violence Unit.",
            {
                "Our Family Advice Programme keeps growing.": None,
                "Officers review the impact of this programme each year.": None,
                "The programme is funded by the Regional Violence Unit.": (
                    "Our Family Advice Programme keeps growing. Officers review the impact of this programme each year."
                ),
            },
            id="a thing called by its kind, named two sentences before, the one between speaking of it too",
        ),
        pytest.param(
            "Our Youth Advice Programme keeps growing. Feedback from parents is good. Outcomes have been strong. "
            "This programme has been showcased regionally as best practice. The board meets monthly.",
            {
                "Our Youth Advice Programme keeps growing.": None,
                "Feedback from parents is good.": None,
                "Outcomes have been strong.": None,
                "This programme has been showcased regionally as best practice.": (
                    "Our Youth Advice Programme keeps growing."
                ),
                "The board meets monthly.": None,  # no sentence before names a board
            },
            id="a thing called by its kind, named some sentences before, those between naming nothing",
        ),
    ],
)
def test_the_sentence_a_sentence_refers_to(text: str, expected: dict[str, str | None]) -> None:
    referred = {unit.quote: (antecedent(unit).quote if antecedent(unit) else None) for unit in _units(text)}
    assert referred == expected


def test_a_sentence_is_not_crowded_out_of_its_answer_by_the_one_it_refers_to(fernleigh: Assistant) -> None:
    long_before = "The house " + "was in a very poor state of repair, " * 9 + "and the landlord did nothing."
    short_before = "The house was unsafe."
    answerer = fernleigh.reader().answerer
    question = _question(fernleigh, "How many people were moved out of the house?", "Fernleigh")
    for before, said_first in ((long_before, False), (short_before, True)):
        units = _units(f"{before} It was cleared by the council, which moved 23 people out of the house in one day.")
        led = units[-1]
        assert antecedent(led) is not None and antecedent(led).quote == before
        quotes = [point.unit.quote for point in brief(answerer._said_in_order(question, [led], [], units)).points]
        # both are said when they fit in an answer's words; else the answer is the sentence itself
        assert quotes == ([before, led.quote] if said_first else [led.quote])


def test_a_pronoun_sentence_in_a_list_item_brings_the_sentence_before_it_once(fernleigh: Assistant) -> None:
    quotes = _quotes(fernleigh, "Does the Fernleigh Youth Forum meet in the library?")
    meets = "It meets every month in the library to give young people a say."
    assert quotes.index("The Fernleigh Youth Forum was set up by the council in 2022.") == quotes.index(meets) - 1
    assert not any(quote.startswith("- ") for quote in quotes)
    assert len(quotes) == len(set(quote.strip(" -") for quote in quotes))


def test_a_table_cell_is_answered_whole_under_its_column_and_row_labels(fernleigh: Assistant) -> None:
    quotes = _quotes(fernleigh, "What are the objectives for tackling youth violence?")
    assert quotes == [YOUTH_OBJECTIVES]
    assert _chunk_with(fernleigh, YOUTH_OBJECTIVES).cell


def test_a_list_question_naming_a_cell_s_labels_gets_the_whole_cell_not_its_best_sentence(
    fernleigh: Assistant,
) -> None:
    quotes = _quotes(fernleigh, "List the objectives under Reducing Reoffending for drug treatment after release.")
    assert quotes == [REOFFENDING_OBJECTIVES]


def test_a_part_of_a_cell_is_judged_with_its_column_and_row_labels(fernleigh: Assistant) -> None:
    answerer = fernleigh.reader().answerer
    question = _question(fernleigh, "What will be done about tackling youth violence?", "Fernleigh")
    cell = _chunk_with(fernleigh, YOUTH_OBJECTIVES)
    assert cell.section and cell.section.endswith("Tackling Youth Violence > OBJECTIVES")
    [hospital] = [unit for unit in units_of(cell)[0] if unit.quote.startswith("We will put youth workers")]
    passage = replace(cell, cell=False)
    [same] = [unit for unit in units_of(passage)[0] if unit.quote == hospital.quote]
    assert (
        answerer._score_unit(question, hospital, 1.0, 0.5).coverage
        > answerer._score_unit(question, same, 1.0, 0.5).coverage
    )


def test_a_sentence_under_a_short_heading_the_question_names_is_judged_with_it(fernleigh: Assistant) -> None:
    answerer = fernleigh.reader().answerer
    text = "The partnership will commission volunteers to help people on nights out. They will wear blue jackets."
    chunk = Chunk(id="pastors", text=text, metadata=META, section="Ashcombe Plan > Street Pastors")
    [volunteers] = [unit for unit in units_of(chunk)[0] if unit.quote.startswith("The partnership")]
    named = _question(fernleigh, "Will the partnership commission Street Pastors?", "Fernleigh")
    assert answerer._score_unit(named, volunteers, 1.0, 0.5).coverage == 1.0  # its heading says "Street Pastors"
    other = replace(chunk, section="Ashcombe Plan > Street Pastors in the town centre")
    [same] = [unit for unit in units_of(other)[0] if unit.quote == volunteers.quote]
    assert answerer._score_unit(named, same, 1.0, 0.5).coverage < 1.0  # a long heading is no name


def test_a_passage_of_one_sentence_is_judged_with_its_heading(fernleigh: Assistant) -> None:
    answerer = fernleigh.reader().answerer
    question = _question(fernleigh, "Will the partnership commission Street Pastors?", "Fernleigh")
    sentence = "The partnership will commission volunteers to help people on nights out."
    section = "Ashcombe Plan > Street Pastors in the town centre"  # too long a heading to be a name
    alone = Chunk(id="alone", text=sentence, metadata=META, section=section)
    among = replace(alone, id="among", text=f"{sentence} They will wear blue jackets.")
    [whole] = [unit for unit in units_of(alone)[0] if unit.quote == sentence]
    [part] = [unit for unit in units_of(among)[0] if unit.quote == sentence]
    assert (
        answerer._score_unit(question, whole, 1.0, 0.5).coverage
        > answerer._score_unit(question, part, 1.0, 0.5).coverage
    )


def test_a_list_of_table_rows_leaves_out_the_row_that_names_its_columns(fernleigh: Assistant) -> None:
    quotes = _quotes(fernleigh, "Which partners have a role in the night time economy?")
    assert quotes == [
        "Police | Patrol the town centre and the taxi rank. | Weekends",
        "Council | Runs the CCTV control room and the taxi marshals. | Nightly",
        "Street Pastors | Offer help to people who are lost or unwell. | Weekends",
    ]


def test_a_table_left_with_one_row_without_its_column_names_is_no_list() -> None:
    def listed(text: str) -> list[list[str]]:
        _, lists = units_of(Chunk(id="c", text=text, metadata=META))
        kept = [_without_column_names(item_list) for item_list in lists]
        return [[item.quote for item in item_list.items] for item_list in kept if item_list is not None]

    header = "Partner | Role | When"
    police = "Police | Patrol the town centre. | Weekends"
    council = "Council | Runs the CCTV room. | Nightly"
    assert listed(f"{header}\n{police}\n{council}") == [[police, council]]
    assert listed(f"{header}\n{police}") == []
    assert listed(f"{police}\n{council}") == [[police, council]]


def test_a_list_that_ends_its_passage_goes_on_under_its_lead_in_repeated(fernleigh: Assistant) -> None:
    answer = fernleigh.ask("How will the Safer Homes Partnership protect pensioners from rogue traders?")
    assert [citation.quote for citation in answer.citations] == [SAFER_HOMES_LEAD, *SAFER_HOMES]  # each once
    first, going_on = _chunk_with(fernleigh, SAFER_HOMES[0]), _chunk_with(fernleigh, SAFER_HOMES[-1])
    assert going_on.ordinal == first.ordinal + 1 and going_on.text.startswith(SAFER_HOMES_LEAD)
    cited = {citation.quote: citation.chunk_id for citation in answer.citations}
    assert {cited[quote] for quote in [SAFER_HOMES_LEAD, *SAFER_HOMES[:-2]]} == {first.id}
    assert {cited[item] for item in SAFER_HOMES[-2:]} == {going_on.id}  # each quoted from its own passage
    for citation in answer.citations:
        assert citation.quote in fernleigh.index.chunks[citation.chunk_id].text


def test_a_list_found_in_the_passage_it_goes_on_into_is_answered_whole(fernleigh: Assistant) -> None:
    quotes = _quotes(fernleigh, "What will the Fernleigh Safer Homes Partnership do for older residents?")
    assert quotes == [SAFER_HOMES_LEAD, *SAFER_HOMES]


def test_a_list_that_ends_inside_its_passage_does_not_go_on_into_the_next(fernleigh: Assistant) -> None:
    # the next passage opens with the same lead-in, but this list ended before its passage did
    assert _chunk_with(fernleigh, RESTORATIVE[0]).text.split("\n")[1] == ORDERS_LEAD
    quotes = _quotes(fernleigh, "What will offenders on community orders do for community payback?")
    assert quotes == [ORDERS_LEAD, *PAYBACK]


def _split_list(tmp_path: Path, embedder: Embedder, count: int) -> tuple[ExtractiveAnswerer, list[ItemList]]:
    """An answerer over a plan whose one list of `count` actions the chunker splits over passages; with the
    lists each passage holds, in order."""
    actions = [f"Action {n} the partnership will take with residents over the life of this plan" for n in range(count)]
    items = "\n".join(f"- {action}" for action in actions)
    path = tmp_path / "ashcombe-plan-2021-24.md"
    text = f"# Ashcombe Plan 2021-24\n\n## Actions\n\nThe partnership will:\n\n{items}\n\n## Board\n\nIt meets.\n"
    path.write_text(text, encoding="utf-8")
    chunks = build_file(path).chunks
    answerer = ExtractiveAnswerer(embedder, Bm25Index.build(chunks), chunks={chunk.id: chunk for chunk in chunks})
    return answerer, [lst for chunk in chunks for lst in units_of(chunk)[1]]


def test_a_list_goes_on_into_at_most_two_passages_after_its_own(tmp_path: Path, embedder: Embedder) -> None:
    answerer, parts = _split_list(tmp_path, embedder, 45)
    assert len(parts) == 4 and all(part.lead_in and part.lead_in.quote == "The partnership will:" for part in parts)
    whole = answerer._whole(parts[0])
    assert [item.quote for item in whole.items] == [item.quote for part in parts[:3] for item in part.items]
    for item in whole.items:  # each item quoted from its own passage
        assert item.chunk.text[item.start : item.end] == item.quote
    assert {item.chunk.id for item in whole.items} == {part.chunk.id for part in parts[:3]}


def test_the_one_item_a_split_list_leaves_for_the_next_passage_is_kept(tmp_path: Path, embedder: Embedder) -> None:
    answerer, parts = _split_list(tmp_path, embedder, 15)
    assert len(parts[0].items) == 14
    assert len(answerer._whole(parts[0]).items) == 15


def test_the_commitments_under_a_named_objective_are_the_list_the_plan_sets_out_under_it(
    fernleigh: Assistant,
) -> None:
    quotes = _quotes(fernleigh, "What commitments sit under the objective to make the canal towpath safe after dark?")
    assert quotes == [f"{CANAL_OBJECTIVES[0]}:", *TOWPATH]


@pytest.mark.parametrize(
    ("question", "under"),
    [
        ("What commitments sit under the objective to make the canal towpath safe?", CANAL_OBJECTIVES[0]),
        # three of the item's five terms are not enough to name it
        ("What commitments sit under the objective for the canal towpath after dark?", None),
        # two items named: which one is meant is not clear
        (
            "What sits under making the canal towpath safe after dark and stopping fly-tipping under railway arches?",
            None,
        ),
    ],
)
def test_the_list_under_an_item_is_taken_only_when_the_question_names_that_one_item(
    fernleigh: Assistant, question: str, under: str | None
) -> None:
    [objectives] = units_of(_chunk_with(fernleigh, "Our objectives for the canal corridor are:"))[1]
    found = fernleigh.reader().answerer._under_named_item(_question(fernleigh, question, "Fernleigh"), objectives)
    assert (found.lead_in.quote.rstrip(":") if found is not None else None) == under


def test_an_item_of_one_word_names_nothing_to_look_under(embedder: Embedder) -> None:
    texts = [
        "Our aims are:\n- Graffiti\n- Cut fly-tipping near the arches",
        "Graffiti:\n- Paint over tags within a day\n- Fine the taggers",
        "Cut fly-tipping near the arches:\n- Lock the arches at night\n- Fine the tippers",
    ]
    chunks = [Chunk(id=str(n), text=text, metadata=META, ordinal=n) for n, text in enumerate(texts)]
    answerer = ExtractiveAnswerer(embedder, Bm25Index.build(chunks), chunks={chunk.id: chunk for chunk in chunks})
    [aims] = units_of(chunks[0])[1]

    def under(question: str) -> str | None:
        found = answerer._under_named_item(analyse(question, Lexicon(acronyms={}, vocabulary={}), ["Ashcombe"]), aims)
        return found.lead_in.quote if found is not None and found.lead_in is not None else None

    assert under("What will be done about graffiti?") is None
    assert under("What sits under cutting fly-tipping near the arches?") == "Cut fly-tipping near the arches:"


def test_evidence_that_holds_nearly_every_word_asked_answers_far_from_the_question_s_wording(
    fernleigh: Assistant,
) -> None:
    answerer = fernleigh.reader().answerer
    question = _question(fernleigh, "What is the board doing about nuisance from young people?", "Fernleigh")
    below = fernleigh.settings.min_similarity - 0.01
    assert below > _FULL_SUPPORT_SIMILARITY and fernleigh.settings.min_support < _FULL_SUPPORT
    assert answerer._answers(_FULL_SUPPORT, _FULL_SUPPORT_SIMILARITY, question)
    assert answerer._answers(1.0, below, question)
    # short of that support, evidence this far from the question's wording is still refused
    assert not answerer._answers(_FULL_SUPPORT - 0.01, below, question)
    assert not answerer._answers(1.0, _FULL_SUPPORT_SIMILARITY - 0.01, question)
    # ... and so is full support of a question most of whose words no plan uses: the one word judged is said
    off_topic = _question(fernleigh, "How do I challenge my council tax band in Fernleigh?", "Fernleigh")
    assert not answerer._answers(1.0, below, off_topic)


SEVEN_AREAS = (
    "The seven areas of the partnership's work in the action plan are Governance, Data Analysis, Enforcement, "
    "Early Prevention, Victim Support, Communications and Positive Diversion."
)
FIVE_STRANDS = (
    "The five strands of the night time economy plan are Licensing, Street Pastors, Taxi Marshals, Street Lighting "
    "and Welfare."
)
HOLLINSBY_AREAS = [
    "Youth violence in the town centre",
    "Knife crime on the estates",
    "Violence against women and girls",
]
LICENSING = [
    "Visit every late licensed venue each month",
    "Train door staff to spot drink spiking",
    "Review venues after serious assaults",
]
HOLLINSBY = f"""# Hollinsby Serious Violence Strategy 2024-27

## Our areas of work

The Hollinsby Violence Reduction Partnership brings the council, police, health and schools together. Its areas \
of work this year are:

{chr(10).join(f"- {area}" for area in HOLLINSBY_AREAS)}

## Action plan

The partnership agreed its action plan in March 2024. The board oversees its delivery. {SEVEN_AREAS}

## Night time economy

{FIVE_STRANDS}

The licensing team will:

{chr(10).join(f"- {item}" for item in LICENSING)}

## Knife crime

Knife crime offences fell by 12 per cent in 2023.
"""


hollinsby = one_plan_fixture("hollinsby", "hollinsby-serious-violence-strategy-2024-27.md", "Hollinsby", HOLLINSBY)


@pytest.mark.parametrize(
    ("sentence", "count", "enumerates"),
    [
        (SEVEN_AREAS, 7, True),  # five commas: six names by count, within one of seven
        (SEVEN_AREAS, 5, True),
        (SEVEN_AREAS, 8, False),
        (SEVEN_AREAS, 3, False),
        ("Our work has five strands: housing; schools; parks; roads; shops.", 5, True),
        ("The board includes the council, police, fire service, health and probation.", 5, True),
        # a run of names with nothing that opens it, or an opening with no run after it
        ("Governance, Analysis, Enforcement, Prevention, Victim Support and Communications matter.", 6, False),
        ("The seven areas are set out in the action plan below.", 7, False),
        ("The two aims are safer streets, and stronger trust.", 2, False),  # a count under three names no run
    ],
)
def test_a_sentence_enumerates_when_it_names_about_as_many_things_as_counted_after_its_opening(
    sentence: str, count: int, enumerates: bool
) -> None:
    assert _enumerates(sentence, count) is enumerates


def test_a_sentence_that_names_what_is_counted_rules_out_only_a_list_of_another_size() -> None:
    seven = "\n".join(f"- Lead {n}" for n in range(1, 8))
    text = f"{SEVEN_AREAS}\n\nThe licensing team will:\n{chr(10).join(f'- {i}' for i in LICENSING)}\n\nLed by:\n{seven}"
    units, lists = units_of(Chunk(id="c", text=text, metadata=META, section="Ashcombe Plan > Action plan"))
    [areas] = [unit for unit in units if unit.quote == SEVEN_AREAS]
    [lead_in] = [unit for unit in units if unit.quote == "The licensing team will:"]
    three, of_seven = sorted(lists, key=lambda item_list: len(item_list.items))
    assert (len(three.items), len(of_seven.items)) == (3, 7)

    def asked(text: str) -> Question:
        return analyse(text, Lexicon(acronyms={}, vocabulary={}), ["Ashcombe"])

    seven_areas = asked("What are the seven areas of the partnership's work?")
    assert _counts_out(seven_areas, areas, three)
    assert not _counts_out(seven_areas, areas, of_seven)  # the list of that size may still answer
    assert not _counts_out(seven_areas, lead_in, three)  # a sentence that names nothing
    assert not _counts_out(asked("What are the areas of the partnership's work?"), areas, three)  # nothing counted


def test_a_sentence_that_names_as_many_things_as_asked_answers_over_a_list_of_another_size(
    hollinsby: Assistant,
) -> None:
    assert _quotes(hollinsby, "What are the seven areas of the partnership's work?") == [SEVEN_AREAS]


def test_a_sentence_that_names_as_many_things_as_asked_does_not_bring_the_next_list_of_another_size(
    hollinsby: Assistant,
) -> None:
    assert _quotes(hollinsby, "What are the five strands of the night time economy plan?") == [FIVE_STRANDS]


# A plan whose lead-ins say when and what their list items are, and whose measures state targets.
NORTHFIELD_ACTIONS_LEAD = "During 2019-20 the anti-social behaviour unit took the following action:"
NORTHFIELD_ACTIONS = ["Obtained 25 closure orders", "Issued 140 warning letters", "Held 9 community meetings"]
MARAC_TARGETS = [
    "Number of MARAC referrals (target 209).",
    "Cases heard within a fortnight of referral (target 95%).",
]
NORTHFIELD = f"""# Northfield Community Safety Plan 2021-24

## Looking back

{NORTHFIELD_ACTIONS_LEAD}

{chr(10).join(f"- {action}" for action in NORTHFIELD_ACTIONS)}

## Domestic abuse

The Northfield MARAC hears the cases of victims at high risk of serious harm. It meets every fortnight at the \
police station.

{chr(10).join(f"- {target}" for target in MARAC_TARGETS)}

## Hate crime

In 2022 the police recorded 312 hate crimes in Northfield.
"""
NORTHFIELD_META = PlanMetadata(
    source="northfield.txt", title="Northfield Plan", council="Northfield", period_start=2021, period_end=2024
)


northfield = one_plan_fixture("northfield", "northfield-community-safety-plan-2021-24.md", "Northfield", NORTHFIELD)


def _northfield_units(text: str) -> dict[str, Unit]:
    chunk = Chunk(id="n", text=text, metadata=NORTHFIELD_META, section="Northfield Plan > Looking back")
    return {unit.quote: unit for unit in units_of(chunk)[0]}


def test_a_list_item_is_of_the_year_the_line_introducing_its_list_names() -> None:
    units = _northfield_units(
        f"{NORTHFIELD_ACTIONS_LEAD}\n- Obtained 25 closure orders\n"
        "In 2019-20 the unit was busy.\n- Served 4 injunctions"
    )
    orders = units["Obtained 25 closure orders"]
    # 2019 is before the plan's period: only the lead-in says the item is of it
    assert _of_year(orders, (2019,), year_spans("2019-20"))
    assert _of_year(orders, (2019,), year_spans("2019"))
    assert not _of_year(orders, (2017,), year_spans("2017"))  # the lead-in names another time
    # a paragraph that does not end in a colon introduces no list: its year is not the item's
    assert not _of_year(units["Served 4 injunctions"], (2019,), year_spans("2019-20"))


def test_a_list_item_sets_a_target_when_the_line_introducing_its_list_says_so() -> None:
    units = _northfield_units(
        "By 2024 the partnership aims to:\n- Cut burglary to 300 a year\n"
        "Partners met in the town hall.\n- Fitted 500 free locks"
    )
    assert _sets_target(units["Cut burglary to 300 a year"])
    assert not _sets_target(units["Fitted 500 free locks"])


def test_a_figure_for_a_year_before_the_plan_is_answered_by_the_list_its_lead_in_dates(
    northfield: Assistant,
) -> None:
    for question in [
        "How many closure orders did the anti-social behaviour unit obtain in 2019-20?",
        "How many warning letters were issued in 2019?",
    ]:
        quotes = _quotes(northfield, question)
        assert quotes == [NORTHFIELD_ACTIONS_LEAD, *NORTHFIELD_ACTIONS], question
    assert not northfield.ask("How many closure orders were obtained in 2017?").answered


def test_a_sentence_answer_quoting_a_list_item_is_supported_by_the_words_of_its_lead_in(
    northfield: Assistant,
) -> None:
    answerer = northfield.reader().answerer
    question = _question(northfield, "What action did the anti-social behaviour unit take?", "Northfield")
    [orders] = [
        unit
        for chunk in northfield.index.chunks.values()
        for unit in units_of(chunk)[0]
        if unit.quote == NORTHFIELD_ACTIONS[0]
    ]
    own = f"{orders.quote} {orders.chunk.section} {orders.chunk.metadata.title}"
    assert answerer._coverage(question, own) == 0.0  # the item alone says none of the words asked
    similarity = northfield.settings.min_similarity + 0.05  # close enough only with the support of its words
    assert similarity < northfield.settings.confident_similarity
    drafted = answerer._sentence_draft(question, [(orders, _Scored(1.0, similarity, 0.0))], [])
    assert drafted is not None
    assert [point.unit.quote for point in drafted.points] == [NORTHFIELD_ACTIONS[0]]


def test_a_figure_asked_of_the_past_is_not_answered_by_a_target_but_one_asked_as_an_aim_is(
    northfield: Assistant,
) -> None:
    for question in [
        "How many MARAC referrals did Northfield actually receive in 2022?",
        "How many MARAC referrals were there in Northfield in 2022?",
    ]:
        answer = northfield.ask(question)
        assert not any("target" in citation.quote for citation in answer.citations), question
        assert not answer.answered, question  # the plan gives only the target
    for question in [
        "How many MARAC referrals did Northfield aim for in 2022?",
        "What number of MARAC referrals did Northfield set as its goal?",
        "How many MARAC referrals did Northfield agree to keep above?",  # a plan's words of commitment
        "How many MARAC referrals did the Northfield partnership commit to?",
    ]:
        assert _quotes(northfield, question) == MARAC_TARGETS, question
    # a figure of what happened still answers a question asked of the past
    assert _quotes(northfield, "How many hate crimes did the police record in 2022?") == [
        "In 2022 the police recorded 312 hate crimes in Northfield."
    ]


def test_a_target_is_a_unit_s_own_words_or_its_table_s_header_not_its_lead_in(northfield: Assistant) -> None:
    answerer = northfield.reader().answerer
    units = _northfield_units(
        "Number of MARAC referrals (target 209).\nThe MARAC heard 187 cases in 2022.\n"
        "By 2024 the partnership aims to:\n- Cut burglary to 300 a year"
    )
    assert answerer._is_target(units["Number of MARAC referrals (target 209)."])
    assert not answerer._is_target(units["The MARAC heard 187 cases in 2022."])
    aim = units["Cut burglary to 300 a year"]
    assert _sets_target(aim) and not answerer._is_target(aim)  # near a target, not one in its own words
    rows = _northfield_units("Measure | Target\nHomes burgled twice | 40\nFree locks fitted | 300")
    assert answerer._is_target(rows["Homes burgled twice | 40"])
    figures = _northfield_units("Measure | 2022\nHomes burgled twice | 52")
    assert not answerer._is_target(figures["Homes burgled twice | 52"])


def test_a_question_that_asks_what_target_there_was_is_answered_by_the_target(northfield: Assistant) -> None:
    assert _quotes(northfield, "What target did Northfield have for MARAC referrals?") == MARAC_TARGETS


# A table whose rows say neither what is counted nor when: its header row and label row do.
WEXCOMBE_ROWS = ["Burglary | 300 | 250 | -16.7%", "Robbery | 120 | 90 | -25.0%", "Total | 420 | 340 | -19.0%"]
WEXCOMBE = f"""# Wexcombe Community Safety Plan 2021-24

## What the figures show

Crime fell across the town, as the table shows. Recording practices did not change over the period.

| JAN-DEC | 2019 | 2020 | % change |
| --- | --- | --- | --- |
| Priority Offences | | | |
{chr(10).join("| " + row + " |" for row in WEXCOMBE_ROWS)}

## Our partners

The police, the council and the fire service work together on every priority.
"""


wexcombe = one_plan_fixture("wexcombe", "wexcombe-community-safety-plan-2021-24.md", "Wexcombe", WEXCOMBE)


def test_a_table_row_is_read_with_its_header_and_label_rows(wexcombe: Assistant) -> None:
    answer = wexcombe.ask("How many priority offences were there in Wexcombe in 2019 and 2020?")
    assert answer.answered, answer.text
    assert "Total — 2019: 420, 2020: 340, % change: -19.0%" in answer.text
    assert "Total | 420 | 340 | -19.0%" in [citation.quote for citation in answer.citations]
    assert not wexcombe.ask("How many priority offences were there in Wexcombe in 2016?").answered


@pytest.mark.parametrize(
    "asked", ["What were Wexcombe's burglary numbers for 2022?", "How many burglaries were there in Wexcombe in 2022?"]
)
def test_a_figure_for_a_year_the_table_has_no_column_for_is_refused_with_the_years_it_has(
    wexcombe: Assistant, asked: str
) -> None:
    answer = wexcombe.ask(asked)  # 2022 is in the plan's period, but the table counts 2019 and 2020
    assert not answer.answered and not answer.citations
    assert "The Wexcombe plan (2021-24) gives figures for 2019 and 2020 only, not for 2022." in answer.text


# Three priorities, each judged by a list of the same shape under a heading of the same name; the first's
# subtitle shares words with what the second is about.
RAVENSWORTH_JUDGED = {
    1: ["Violent crime with injury", "Robbery", "Burglary of homes", "Theft of bicycles"],
    2: ["Serious youth violent attacks", "Rape", "Female genital mutilation"],
    3: ["Fly-tipping reports", "Noise complaints", "Graffiti on council buildings"],
}
RAVENSWORTH_SUBTITLES = {
    1: "### Reducing key volume crime in line with the key crime areas\n\n",
    2: "Reduce key violent crime, including sexual violence.\n\n",
}
RAVENSWORTH = "# Ravensworth Community Safety Plan 2022-25\n\n" + "\n".join(
    f"## Priority {number}\n\n{RAVENSWORTH_SUBTITLES.get(number, '')}### Performance\n\nThe success of the "
    f"partnership's efforts will be judged by reductions in the following:\n\n"
    + "\n".join(f"- {item}" for item in items)
    + "\n"
    for number, items in RAVENSWORTH_JUDGED.items()
)


ravensworth = one_plan_fixture(
    "ravensworth", "ravensworth-community-safety-plan-2022-25.md", "Ravensworth", RAVENSWORTH
)


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("What will the second priority's success be judged on in Ravensworth?", 2),
        ("How will success on Ravensworth's third priority be judged?", 3),
        ("What reductions will priority one in Ravensworth be judged by?", 1),
        ("Which offences will Ravensworth use to judge success on its second priority, key violent crime?", 2),
    ],
)
def test_a_list_is_chosen_under_the_priority_the_question_numbers(
    ravensworth: Assistant, question: str, number: int
) -> None:
    quotes = _quotes(ravensworth, question)
    assert set(RAVENSWORTH_JUDGED[number]) <= set(quotes), quotes
    others = {item for other, items in RAVENSWORTH_JUDGED.items() if other != number for item in items}
    assert not others & set(quotes)


def test_a_figure_naming_another_year_answers_when_the_years_asked_only_name_its_plan() -> None:
    chunk = Chunk(
        id="c1",
        text="In July 2020 the Needs Assessment 2020-21 was published.",
        metadata=PlanMetadata(
            source="s.txt", title="Safer Sutton Strategy 2021-24", council="Sutton", period_start=2021, period_end=2024
        ),
    )
    unit = Unit(chunk, 0, len(chunk.text), "sentence")
    asked = [frozenset(range(2021, 2025))]
    assert _of_year(unit, (2021,), asked, naming_plans("the needs assessment behind the 2021-24 strategy"))
    assert not _of_year(unit, (2021,), asked, set())  # the same years asked as a time: 2020 is another year


def test_years_naming_two_plans_compared_name_each_plan_not_a_time() -> None:
    chunk = Chunk(
        id="c1",
        text="89% of respondents now feel safe after dark; an increase from 76% in 2011.",
        metadata=PlanMetadata(
            source="b.txt", title="Brackley Plan 2017-2020", council="Brackley", period_start=2017, period_end=2020
        ),
    )
    unit = Unit(chunk, 0, len(chunk.text), "sentence")
    text = "How safe do residents feel in Brackley's 2017-2020 plan compared with Ashcombe's 2017-21 plan?"
    asked, naming = year_spans(text), naming_plans(text)
    assert _of_year(unit, (2017, 2020, 2021), asked, naming)
    # ... but not for a plan of other years, whose own figures of 2011 are of another time
    other = replace(chunk, metadata=replace(chunk.metadata, period_start=2010, period_end=2013))
    assert not _of_year(Unit(other, 0, len(chunk.text), "sentence"), (2017, 2020, 2021), asked, naming)


# Near misses: the plan comes close to each question below, but does not answer it.
PELLHAM = """# Pellham Community Safety Plan 2022-25

## Women's safety

Our first Women's Safety Survey, in 2021, found that 62% of women felt unsafe in the town centre at night.

Work is under way to prepare a second Women's Safety Survey.

## Hate crime

We will recruit 20 Hate Crime Champions from local faith and community groups by 2024.

## Anti-social behaviour

The Anti-Social Behaviour Unit works with victims and offenders across the borough.

Fixed penalty notices are issued for dog fouling and littering in parks.

## Contact us

To report a crime anonymously, call Crimestoppers on 0800 555 111.
"""


pellham = one_plan_fixture("pellham", "pellham-community-safety-plan-2022-25.md", "Pellham", PELLHAM)


def test_what_one_survey_found_does_not_answer_for_another_named_by_its_place(pellham: Assistant) -> None:
    second = pellham.ask("What did Pellham's second Women's Safety Survey find?")
    assert "62%" not in second.text  # the first survey's finding; at most, that the second is being prepared
    answer = pellham.ask("What did Pellham's first Women's Safety Survey find?")
    assert answer.answered and "62%" in answer.text


def test_a_figure_asked_as_it_stands_now_is_not_answered_by_a_target(pellham: Assistant) -> None:
    assert not pellham.ask("How many Hate Crime Champions does Pellham have at the moment?").answered
    answer = pellham.ask("How many Hate Crime Champions does Pellham aim to recruit?")
    assert answer.answered and "20 Hate Crime Champions" in answer.text


def test_a_phone_number_asked_is_answered_only_by_evidence_that_gives_one(pellham: Assistant) -> None:
    assert not pellham.ask("What is the direct phone number for Pellham's Anti-Social Behaviour Unit?").answered
    answer = pellham.ask("What number can I call to report a crime anonymously in Pellham?")
    assert answer.answered and "0800 555 111" in answer.text


def test_a_fine_asked_for_is_an_amount_of_money(pellham: Assistant) -> None:
    assert not pellham.ask("What does Pellham charge as a fine for dog fouling?").answered


FERNLEY = """# Fernley Community Safety Plan 2022-25

## Women's safety

Our commitments on women's safety:

- Run a campaign with schools and employers to make clear that the harassment of women walking home late at \
night will not be tolerated anywhere in Fernley
- Train door staff and bar staff to spot the harassment of women on nights out and to step in safely before \
it escalates on the walk home
- Improve lighting and CCTV on the streets where women tell us they feel unsafe walking home late after a \
night out

Late-night venues are being trained to become Safe Spaces. A woman who feels unsafe or is being harassed can go \
into any venue showing the Safe Space sign, where trained staff will help her get home.
"""


fernley = one_plan_fixture("fernley", "fernley-community-safety-plan-2022-25.md", "Fernley", FERNLEY)


def test_an_answer_leads_with_its_best_evidence_when_a_list_before_it_would_crowd_it_out(fernley: Assistant) -> None:
    answer = fernley.ask(
        "I'm a woman and I feel unsafe walking home late in Fernley. Is there somewhere I can go if I'm harassed?"
    )
    assert answer.answered
    assert "Safe Space sign" in answer.text
    assert "Safe Space sign" in answer.citations[0].quote


WESTBURN = """# Westburn Community Safety Plan 2023-26

## Public consultation

Over eight weeks in 2022 the partnership ran a public consultation asking residents how safe they felt and for \
their three main community safety concerns. The consultation was promoted in libraries, on estates and online.

## Parks and open spaces

The parks team will cut back overgrown paths and fit brighter lamps in the three largest parks. Wardens will \
patrol the parks on summer evenings.

## Results

Residents could pick from a list of fifteen issues, and 1,200 replied. Based on their first choice, the top three \
concerns were 1) speeding traffic, 2) burglary and 3) fly-tipping.
"""


westburn = one_plan_fixture("westburn", "westburn-community-safety-plan-2023-26.md", "Westburn", WESTBURN)


def test_a_question_asking_what_came_first_is_answered_by_the_evidence_that_ranks(westburn: Assistant) -> None:
    quotes = _quotes(westburn, "What was the top concern in the Westburn public consultation?")
    assert any("1) speeding traffic" in quote for quote in quotes)


AMBRIDGE = """# Ambridge Community Safety Plan 2022-25

## Policing

The borough commander attends every meeting of the Ambridge Safety Board and reports on police performance in \
the town centre and on the estates. The police have appointed a dedicated Hate Crime Officer for the town centre.

## Meetings

If the fire alarm sounds, no one may go back into the building until the Senior Fire Marshal says it is safe.

## Leadership

The cabinet member for community safety is Councillor Jane Archer, who answers to full council for this plan.

## Foreword

This plan was written by the two co-chairs of the Ambridge Safety Board, who thank every partner for their work.
"""


ambridge = one_plan_fixture("ambridge", "ambridge-community-safety-plan-2022-25.md", "Ambridge", AMBRIDGE)


def test_who_holds_a_post_is_answered_only_by_evidence_naming_someone(ambridge: Assistant) -> None:
    assert not ambridge.ask("Who is the Ambridge borough commander?").answered
    quotes = _quotes(ambridge, "Who is the cabinet member for community safety in Ambridge?")
    assert any("Councillor Jane Archer" in quote for quote in quotes)


def test_who_the_officer_or_marshal_is_is_answered_only_by_evidence_naming_someone(ambridge: Assistant) -> None:
    assert not ambridge.ask("Who is the Senior Fire Marshal at Ambridge's meetings?").answered
    assert not ambridge.ask("Who is the Hate Crime Officer for Ambridge town centre?").answered
    assert not ambridge.ask("Who's Ambridge's Hate Crime Officer for the town centre?").answered  # "who's", unspaced


def test_who_holds_a_post_after_a_label_naming_the_plan_is_asked_the_same(ambridge: Assistant) -> None:
    assert not ambridge.ask("The 2022-25 Ambridge plan: who is the Hate Crime Officer?").answered
    assert not ambridge.ask("Ambridge community safety plan: who is the Senior Fire Marshal?").answered


def test_co_chairs_or_a_lead_asked_by_name_are_answered_only_by_evidence_naming_someone(ambridge: Assistant) -> None:
    assert not ambridge.ask("Who are the two co-chairs who wrote the Ambridge plan's foreword?").answered
    assert not ambridge.ask("Who reports on police performance to the Ambridge Safety Board, by name?").answered
    assert not ambridge.ask("Can you find the names of whoever reports on police performance in Ambridge?").answered
    quotes = _quotes(ambridge, "Who answers to full council for the Ambridge plan, by name?")
    assert any("Councillor Jane Archer" in quote for quote in quotes)


def test_a_name_asked_for_is_answered_only_by_evidence_naming_someone(ambridge: Assistant) -> None:
    assert not ambridge.ask("What's the name of the new Hate Crime Officer the police have put in Ambridge?").answered
    # ... or for by the post's name ("what's the Officer's name?"), after what the plan says of the post
    assert not ambridge.ask(
        "Ambridge's plan says the police appointed a Hate Crime Officer for the town centre — what's the "
        "Officer's name?"
    ).answered
    quotes = _quotes(ambridge, "What is the name of the cabinet member for community safety in Ambridge?")
    assert any("Councillor Jane Archer" in quote for quote in quotes)


CALDER = """# Calder Community Safety Strategy 2022-25

## Safe from Hate Crime

Outcomes and outputs for this priority:

- Increase in hate crime reports | Number of hate crime incidents reported to police and the council (2019/20 target \
300 reports).
- Increased understanding of hate crime | Percentage of participants in hate crime training reporting a better \
understanding of hate crime (80% of participants).
"""


calder = one_plan_fixture("calder", "calder-community-safety-strategy-2022-25.md", "Calder", CALDER)


def test_a_target_asked_for_a_year_the_plan_sets_it_for_another_is_not_another_measure_s_target(
    calder: Assistant,
) -> None:
    assert not calder.ask("What is Calder's hate crime reporting target for 2023/24?").answered
    quotes = _quotes(calder, "What was Calder's hate crime reporting target for 2019/20?")
    assert any("300 reports" in quote for quote in quotes)


def test_a_measure_the_plan_model_reads_as_a_target_answers_is_there_a_target(calder: Assistant) -> None:
    # "80% of participants" says no "target"; the plan model reads the measure with its value in brackets as one
    history = [
        turn_of(
            "How does Calder check its hate crime training works?",
            calder.ask("How does Calder check its hate crime training works?"),
        )
    ]
    answer = calder.ask("Is there a target for that?", history=history)
    assert answer.answered and "80% of participants" in answer.text


THORNBURY = """# Thornbury Community Safety Plan 2020-23

## Victim advocacy

The council has commissioned a new Victim Advocacy Service from 1st April 2021, to support victims of stalking and \
harassment across the borough, including those targeted online, at work, at school or at home, those harassed by \
neighbours, former partners or strangers, and those whose cases are still waiting for a decision by the courts or \
the police, with practical and emotional help, safety planning and advocacy that lasts for as long as each victim \
needs it, wherever they live in the borough and whatever their age.

The service will open on 1st April 2021 and will be run by Safe Steps.

## What residents told us

A residents' survey ran from May to July 2019 and asked people how safe they felt and what worried them most.

In total 684 residents answered the survey, most of them living in the town centre.

Based on first choices, the top three concerns were 1) Speeding (212 or 31.0%), 2) Burglary (150 or 21.9%) and \
3) Fly-tipping (98 or 14.3%).

When asked if they felt safe after dark, 64.2% of those who answered agreed.

## Youth violence

Thornbury commissions the Thornbury Anti Violence Unit (TAVU), which works with young men aged 16 to 24 who are \
at risk from gangs.

TAVU has been successful in ensuring that 62% of its clients do not re-offend within a year.

## Reports to the police

Reports of anti-social behaviour to the police rose by 14% in 2019/20.

There are several possible reasons for this: more incidents, more confidence to report, or a single number to call.

## Keeping residents safe

The partnership will carry out the following actions:

- Run youth clubs on Friday nights.
- Fund street pastors in the town centre.
- Train shop staff to spot exploitation.
- Protect older residents from rogue traders and distraction burglary.
- Support neighbourhood watch schemes on every estate.

The partnership backs the public health approach to violence, particularly Contextual Safeguarding that seeks to \
keep young people safe in the places where they spend their time.

## Enforcement

- Secure 15 Criminal Behaviour Orders against prolific shoplifters
- Obtained 9 Closure Orders in 2019
- Over 300 people attended the enforcement roadshows
"""

thornbury = one_plan_fixture("thornbury", "thornbury-community-safety-plan-2020-23.md", "Thornbury", THORNBURY)


def test_who_runs_a_service_leads_with_the_sentence_saying_by_whom_after_a_question_about_it(
    thornbury: Assistant,
) -> None:
    first = "Tell me about the new victim advocacy service Thornbury commissioned."
    answer = _after(thornbury, first, "Who runs it?")
    assert answer.answered  # the long sentence about the service does not crowd out the one saying by whom
    assert answer.citations[0].quote == "The service will open on 1st April 2021 and will be run by Safe Steps."


def test_a_figure_naming_no_year_is_of_the_year_its_passage_said_before_it(thornbury: Assistant) -> None:
    # the plan runs from 2020: 2019 is outside it, and only the survey's opening sentence says 2019
    answer = thornbury.ask("What share of Thornbury residents said they felt safe after dark in 2019?")
    assert answer.answered and "64.2%" in answer.citations[0].quote


def test_what_came_out_on_top_is_answered_by_the_sentence_that_ranks(thornbury: Assistant) -> None:
    first = "Tell me about the residents' survey Thornbury ran in 2019."
    answer = _after(thornbury, first, "What was the top concern?")
    assert answer.answered and "1) Speeding" in answer.text


def test_why_is_answered_by_the_sentence_giving_reasons(thornbury: Assistant) -> None:
    answer = thornbury.ask("Why did reports of anti-social behaviour to the police rise in Thornbury?")
    assert answer.answered
    assert any("possible reasons" in c.quote for c in answer.citations)


def test_which_plan_sets_a_target_the_question_gives_finds_the_commitment_stating_it(thornbury: Assistant) -> None:
    answer = thornbury.ask("Which plan sets a target of 15 Criminal Behaviour Orders?")
    assert answer.answered
    assert answer.citations[0].quote == "Secure 15 Criminal Behaviour Orders against prolific shoplifters"


def test_a_count_of_something_done_is_not_read_as_a_target(thornbury: Assistant) -> None:
    answer = thornbury.ask("How many Closure Orders did Thornbury obtain in 2019?")
    assert answer.answered and "Obtained 9 Closure Orders in 2019" in answer.text


def test_has_it_worked_after_a_thing_named_in_full_finds_what_the_plan_says_of_it_by_its_short_name(
    thornbury: Assistant,
) -> None:
    first = "What does the Thornbury Anti Violence Unit do?"
    history = [turn_of(first, thornbury.ask(first))]
    assert "TAVU" in thornbury.resolve("Has it worked?", history).question
    answer = thornbury.ask("Has it worked?", history=history)
    assert answer.answered and "62%" in answer.text


def test_a_question_naming_what_no_plan_names_is_refused_however_close_its_other_words(thornbury: Assistant) -> None:
    assert not thornbury.ask("Which Thornbury primary schools were rated outstanding by Ofsted?").answered
    assert not thornbury.ask("Is Thornbury bringing in a 20mph limit on every road?").answered


KESTREL = """# Kestrel Community Safety Plan 2021-24

## What changed in 2020

Reductions in the key neighbourhood crimes remain the partnership's core objective.

| APR-MAR | 2019 | 2020 | % change |
| --- | --- | --- | --- |
| Burglary | 1,410 | 1,105 | -21.6% |
| Robbery | 320 | 362 | 13.1% |
| Vehicle crime | 880 | 802 | -8.9% |
| Criminal damage | 940 | 1,010 | 7.4% |
| Neighbourhood crime total | 3,550 | 3,279 | -7.6% |

## Our priorities

- Keeping young people safe
- Supporting victims of domestic abuse
"""

kestrel = one_plan_fixture("kestrel", "kestrel-community-safety-plan-2021-24.md", "Kestrel", KESTREL)


def test_which_rows_of_a_table_went_up_is_read_from_their_figures(kestrel: Assistant) -> None:
    answer = kestrel.ask("Which of the neighbourhood crimes went up in Kestrel between 2019 and 2020?")
    assert answer.answered
    quoted = " ".join(citation.quote for citation in answer.citations)
    assert "Robbery | 320 | 362 | 13.1%" in quoted and "Criminal damage | 940 | 1,010 | 7.4%" in quoted
    assert "Burglary" not in quoted and "total" not in quoted.lower()
    most = kestrel.ask("Which crimes fell the most in Kestrel in 2020?")
    assert [c.quote for c in most.citations if not c.quote.startswith("APR-MAR")] == [
        "Burglary | 1,410 | 1,105 | -21.6%"
    ]


@pytest.mark.parametrize(
    ("question", "for_whom"),
    [
        ("Who is the Safe Corners scheme meant for?", True),
        ("Who are they aimed at in each plan?", True),
        ("For whom is the service intended?", True),
        ("Who runs the Safe Corners scheme?", False),
        ("Who is the scheme funded by?", False),
    ],
)
def test_a_question_asking_whom_a_thing_is_for_prefers_evidence_naming_a_group(question: str, for_whom: bool) -> None:
    assert bool(_FOR_WHOM.search(question)) is for_whom
    assert _GROUP_NAMED.search("to create Safe Corners where women can access safety and support")
    assert not _GROUP_NAMED.search("Safe Corners are funded by the Business Improvement District")


def test_which_one_of_those_went_up_after_a_table_s_answer_reads_that_table(kestrel: Assistant) -> None:
    first = "What were Kestrel's burglary and robbery figures for 2019 and 2020?"
    answer = _after(kestrel, first, "Which one of those went up?")
    assert answer.answered and any("Robbery | 320 | 362" in c.quote for c in answer.citations)
    assert not any(c.quote.startswith("Burglary") for c in answer.citations)


def test_a_figure_the_plan_does_not_give_is_refused_saying_which_plan_speaks_of_it(thornbury: Assistant) -> None:
    valued = thornbury.ask("What is the value of the council's contract with Safe Steps for the advocacy service?")
    assert not valued.answered
    assert "The Thornbury plan (2020-23) speaks of this but gives no amount of money for it." in valued.text
    helped = thornbury.ask("How many victims did the Victim Advocacy Service support in its first year?")
    assert not helped.answered  # "whatever their age" and "from 1st April 2021" are no count of victims
    assert "gives no figure for it." in helped.text
    assert "speaks of this" not in thornbury.ask("How many e-scooters were seized in Thornbury?").text


def test_a_thing_no_plan_has_a_word_near_is_refused_though_the_question_shares_the_plan_s_words(
    thornbury: Assistant,
) -> None:
    assert not thornbury.ask("There's a pothole outside the town centre youth club. How do I report it?").answered
    # the asker's own word for a thing the plan names is no such thing
    answer = thornbury.ask("Is anyone working with lads at risk from gangs in Thornbury?")
    assert answer.answered and "TAVU" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "Is anything being done about drinks being spiked in Thornbury's clubs?",
        "What action is being taken on drink spiking in Thornbury?",
    ],
)
def test_a_subject_asked_about_that_no_plan_has_a_word_near_is_refused_whatever_its_part_of_speech(
    thornbury: Assistant, question: str
) -> None:
    assert not thornbury.ask(question).answered


def test_words_said_after_about_name_what_a_question_asks_about() -> None:
    assert set(_subject_words("Is anything being done about drinks being spiked in bars?")) == {"drink", "spike"}
    assert _subject_words("What is Thornbury doing about this?") == {}
    # a place is no subject, and a story's words are not what its asking clause is about
    assert _subject_words("People on my street shout abuse at me. Would that count as hate there?") == {}


def test_a_list_item_that_answers_is_shown_from_itself_not_after_the_items_before_it(thornbury: Assistant) -> None:
    answer = thornbury.ask(
        "A man knocked on my nan's front door in Thornbury, said her roof needed fixing and took her money. "
        "Does the plan cover that?"
    )
    assert answer.answered
    assert bullets(answer)[0] == "Protect older residents from rogue traders and distraction burglary."


def test_a_definition_is_the_sentence_saying_what_the_thing_seeks_to_do(thornbury: Assistant) -> None:
    answer = thornbury.ask("Thornbury mentions Contextual Safeguarding - what does that mean?")
    assert answer.answered and "seeks to keep young people safe" in answer.citations[0].quote


FENBURY = (
    "# Fenbury Community Safety Report 2023\n\n## Campaigns\n\n"
    "Our campaign Safe at Night was launched in October to help women feel safe in the town centre.\n\n"
    "In Q3, the campaign video was watched more than 90,000 times across the council's social media channels.\n\n"
    "## Reporting\n\nHate crime reports rose in the second quarter, when the new reporting line opened.\n"
)


@pytest.fixture(scope="module")
def fenbury(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("fenbury"), embedder, [("fenbury-report-2023.txt", FENBURY, "Fenbury")]
    )


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("How many times was the campaign video watched in Q4?", False),  # the plan gives Q3's figure only
        ("How many views did the campaign video get in the fourth quarter?", False),
        ("How many times was the campaign video watched in Q3?", True),
        ("How many times was the campaign video watched in the third quarter?", True),
    ],
)
def test_a_figure_for_another_quarter_does_not_answer(fenbury: Assistant, question: str, answered: bool) -> None:
    answer = fenbury.ask(question)
    assert answer.answered == answered
    assert ("90,000" in answer.text) == answered


DUNMERE = """# Dunmere Community Safety Plan 2018-22

## Term of the plan

The partnership agreed that this plan should cover 2018-22, so that it stays aligned with the Police and Crime Plan \
for the same years.

## Knife crime

There are too many stabbings with no known suspect in Dunmere, which stems from young victims not wanting to talk \
to the police. We will develop a partnership response to young knife crime victims to build their confidence in \
the police.
"""

dunmere = one_plan_fixture("dunmere", "dunmere-community-safety-plan-2018-22.md", "Dunmere", DUNMERE)


def test_why_is_answered_by_the_reason_beside_the_best_sentence(dunmere: Assistant) -> None:
    # the plan's reason for its own term is a reason too, but not for what is asked
    answer = dunmere.ask("Why don't young stabbing victims talk to the police, according to Dunmere's 2018-22 plan?")
    assert answer.answered
    assert "stems from young victims not wanting to talk" in quoted(answer)
    assert "aligned with the Police and Crime Plan" not in quoted(answer)


@pytest.mark.parametrize(
    ("sentence", "gives_reason"),
    [
        ("The plan covers 2017-21 so that it stays aligned with the Police and Crime Plan.", True),
        ("The team was set up in order to reach young people sooner.", True),
        ("Reports rose because more people trust the police.", True),
        ("Few suspects are found, which stems from victims not wanting to talk to the police.", True),
        ("But whatever the reason, tackling ASB has to be a priority for the partners.", False),  # no reason given
        ("The plan covers 2017-21.", False),
    ],
)
def test_a_purpose_is_a_reason_a_why_question_prefers(sentence: str, gives_reason: bool) -> None:
    assert bool(_REASON_GIVEN.search(sentence)) == gives_reason


def test_a_hyphened_word_of_the_question_is_said_by_its_parts() -> None:
    question = analyse("What is done about late-night noise?", Lexicon(acronyms={}, vocabulary={}), [])
    assert "latenight" in question.key_terms
    assert "latenight" in _present(question, "Reducing late night and alcohol-related issues.")
    assert "latenight" not in _present(question, "Reducing noise at night.")


HOLLOW = (
    "# Hollow Community Safety Plan 2022-25\n\n## Consultation\n\n"
    "A public consultation ran over eight weeks in summer 2022 and asked residents and partner agencies to name "
    "their top three community safety concerns for the new plan.\n\n"
    "The consultation was promoted at ward panels, in libraries and on the council's website.\n\n"
    "Based on the respondents' first choice, the top three concerns were 1) Speeding (212 or 30.1%), "
    "2) Burglary (150 or 21.3%) and 3) Litter (90 or 12.8%).\n"
)


def test_what_came_top_is_the_ranking_and_a_part_its_quote_answers_is_not_said_to_be_missing(
    tmp_path: Path, embedder: Embedder
) -> None:
    hollow = assistant_over(tmp_path, embedder, [("hollow-plan-2022-25.txt", HOLLOW, "Hollow")])
    answer = hollow.ask(
        "What came top in the Hollow public consultation? How many people picked it as their first choice?"
    )
    assert answer.answered
    assert "1) Speeding (212 or 30.1%)" in answer.text
    assert "do not say" not in answer.text  # the second part is answered by the first part's quote


@pytest.mark.parametrize(
    "question",
    ["What came top in the survey?", "What comes out top?", "What came out on top?", "What did they put first?"],
)
def test_what_came_top_asks_for_what_ranked_first(question: str) -> None:
    assert _TOP_QUESTION.search(question) and _FIRST_PLACE.search(question)


def test_a_quote_the_last_answer_gave_is_seen_wherever_the_plan_says_it_again(testshire: Assistant) -> None:
    reader = testshire.reader()
    chunk = next(c for c in testshire.index.chunks.values() if "Street Pastors to support" in c.text)
    unit = next(u for u in units_of(chunk)[0] if u.quote.startswith("The partnership will commission Street Pastors"))
    # (a question whose every word the quote says may have it again: "which group oversees it?")
    question = analyse("Who looks after people on nights out?", reader.view.lexicon, ["Testshire"])
    fresh = reader.answerer._score_unit(question, unit, 1.0, 0.5).score
    elsewhere = replace(question, seen=frozenset({("another passage", unit.quote)}))  # same words, other passage
    assert reader.answerer._score_unit(elsewhere, unit, 1.0, 0.5).score < fresh


KESTON = (
    "# Keston Community Safety Plan 2022-25\n\n## Burglary and theft\n\n"
    "At our crime prevention events residents are given the opportunity to have their property marked and "
    "registered with a national property register, so that stolen items can be returned.\n\n"
    "## Roads\n\nSpeed cameras will be installed outside every primary school by 2024.\n"
)


def test_a_resident_s_phrase_said_in_the_plans_own_words_answers_though_further_in_meaning(
    tmp_path: Path, embedder: Embedder
) -> None:
    keston = assistant_over(tmp_path, embedder, [("keston-plan-2022-25.txt", KESTON, "Keston")])
    answer = keston.ask(
        "Can I get my phone and laptop marked somehow in Keston so they can be traced if they get nicked?"
    )
    assert answer.answered and "property marked" in answer.text
    assert not keston.ask("Can I get my laptop fixed somehow in Keston?").answered
    # the rule itself: evidence a little further in meaning than usual answers a phrase it says in plan words
    reader = keston.reader()
    phrased = analyse("Can I get my phone marked somehow?", reader.view.lexicon, ["Keston"])
    plain = analyse("Will speed cameras be installed near schools?", reader.view.lexicon, ["Keston"])
    assert phrased.phrased and not plain.phrased
    assert reader.answerer._answers(0.8, 0.32, phrased)
    assert not reader.answerer._answers(0.8, 0.32, plain)


def test_a_long_best_sentence_saying_little_asked_gives_way_to_those_it_crowds_out(ashcombe: Assistant) -> None:
    answerer = ashcombe.reader().answerer
    question = _question(ashcombe, "Are there trained volunteers?")
    long = (
        "The Ashcombe Night Hub opened on the high street in 2021 after a year of talks between the council, the "
        "police, the universities, the bus companies, the taxi firms, the pubs and clubs of the town centre and "
        "the residents who live above the shops, who had all asked for somewhere safe to wait late at night when "
        "the last buses had gone and the streets were at their busiest and loudest."
    )
    [said_little] = _units(long)
    [volunteers] = _units(NIGHT_HUB[2], chunk_id="d")
    assert len(long.split()) + len(NIGHT_HUB[2].split()) > _WORD_BUDGET  # the two do not fit one answer
    scored = [(said_little, _Scored(0.8, 0.5, 0.0)), (volunteers, _Scored(0.72, 0.45, 1.0))]
    draft = answerer._sentence_draft(question, scored, [])
    assert draft is not None and [point.unit.quote for point in draft.points] == [NIGHT_HUB[2]]
    # ... but a sentence that says no more of what was asked does not take the best one's place
    [other] = _units("The Night Hub is on the high street.", chunk_id="e")
    assert answerer._sentence_draft(question, [scored[0], (other, _Scored(0.72, 0.6, 0.0))], []) is None


QUENBY = """# Quenby Community Safety Plan 2021-24

## Violence against women and girls

Our actions on violence against women and girls are:

- Champions training for staff in every council service
- HOPE (Help Over Phone and Email) training to GP practices and pharmacies
- A second refuge for women and their children
- A campaign in schools on healthy relationships
"""

quenby = one_plan_fixture("quenby", "quenby-community-safety-plan-2021-24.md", "Quenby", QUENBY)


def test_what_an_acronym_in_a_list_stands_for_is_the_words_that_spell_it_out(quenby: Assistant) -> None:
    answer = quenby.ask("What does HOPE stand for in Quenby's actions on violence against women and girls?")
    assert answer.answered
    assert answer.citations[0].quote == "HOPE (Help Over Phone and Email)"
    assert "Champions training" not in answer.text  # not the list it sits in


def test_a_target_s_subject_is_not_the_words_naming_the_plans_compared() -> None:
    lexicon = Lexicon(acronyms={}, vocabulary={})
    question = analyse(
        "hate crime targets: Sutton strategy vs Southwark scrutiny report", lexicon, ["Southwark", "Sutton"]
    )
    assert set(_target_subject(question)) == {"hate", "crime"}


ULVERBY = """# Ulverby Community Safety Plan 2022-25

## Consultation

A public consultation ran from May to July 2021 and asked residents to name their top community safety priorities.

In total 912 responses were received, most of them online.

Based on the respondents' first choice, the top three concerns were 1) Burglary (301 or 33%), 2) Speeding (204 or \
22%) and 3) Litter (98 or 11%).

## Burglary

Burglary rose last year and the partnership will target repeat offenders.

## Roads

Speed cameras will be added near three schools.
"""

ulverby = one_plan_fixture("ulverby", "ulverby-community-safety-plan-2022-25.md", "Ulverby", ULVERBY)


@pytest.mark.parametrize("last", ["What came top?", "What did they put first?"])
def test_what_came_top_after_a_consultation_is_its_ranking(ulverby: Assistant, last: str) -> None:
    history = []
    for message in ("Did Ulverby run a public consultation for its plan?", "How many responses came in?"):
        history.append(turn_of(message, ulverby.ask(message, history=history)))
    answer = ulverby.ask(last, history=history)
    assert answer.answered and "1) Burglary (301 or 33%)" in answer.text


VALEWOOD = """# Valewood Community Safety Plan 2021-24

## Safe spaces

1. We continue to develop the Safe Spaces scheme, now running in 40 venues. Phase 2 will expand the scheme into \
the following sectors:
   - Libraries and leisure centres
   - Places of worship
   - Council buildings
2. Wardens have been trained to support the scheme.

## Priorities

The partnership has three priorities. The First priority will be to cut burglary. The Second priority will be to \
reduce violent crime. The Third priority will be to improve public confidence in the police and the council.

## Burglary

Burglary fell last year, and partners will keep working with residents and landlords to prevent it.
"""

valewood = one_plan_fixture("valewood", "valewood-community-safety-plan-2021-24.md", "Valewood", VALEWOOD)


def test_a_sentence_ending_a_longer_lead_in_brings_the_list_under_it(valewood: Assistant) -> None:
    answer = valewood.ask("What is phase 2 of the Valewood Safe Spaces scheme doing?")
    assert answer.answered
    assert bullets(answer)[-3:] == ["Libraries and leisure centres", "Places of worship", "Council buildings"]


def test_a_thing_named_by_its_place_is_the_place_and_the_noun() -> None:
    assert _places_of("What was the third priority of the partnership?") == {("third", "prioriti")}
    assert _places_of("The Third priority will be to improve public confidence.") == {("third", "prioriti")}
    assert _places_of("In the third year the board will meet monthly.") == set()  # a time, not a place


def test_a_sentence_ending_a_longer_lead_in_is_its_end() -> None:
    chunk = _units("1. We run Safe Spaces in 40 venues. Phase 2 will add these sectors:")[0].chunk
    lead = Unit(chunk, 0, len(chunk.text), "item")
    last = Unit(chunk, chunk.text.index("Phase 2"), len(chunk.text), "sentence")
    first = Unit(chunk, 0, chunk.text.index(" Phase 2"), "sentence")
    assert _ends(lead, last)
    assert not _ends(lead, first)  # a sentence before the end introduces nothing


# How far something moved: the sentence with its figures, among sentences saying more of the question's words.
KIRKBY = """# Kirkby Community Safety Plan 2022-25

## Anti-social behaviour

Concern about anti-social behaviour has decreased from 31% in 2015 to 18% in 2021.

Since 2015 the way residents report anti-social behaviour to the council has changed, with most reports of anti-social \
behaviour now made online, and concern about noise and nuisance in the borough's estates and town centres is a \
recurring theme of what residents tell the council and its partners.

Anti-social behaviour remains a key concern for many residents across Kirkby since 2015.

Tackling anti-social behaviour in Kirkby remains a priority for the partnership, which changed its approach in 2015.

## Burglary

Burglary is a priority for the partnership and its partners in the police.
"""

kirkby = one_plan_fixture("kirkby", "kirkby-community-safety-plan-2022-25.md", "Kirkby", KIRKBY)


def test_how_something_changed_is_answered_with_the_figures_it_moved_between(kirkby: Assistant) -> None:
    answer = kirkby.ask("How has concern about anti-social behaviour in Kirkby changed since 2015?")
    assert answer.answered
    assert "Concern about anti-social behaviour has decreased from 31% in 2015 to 18% in 2021." in [
        c.quote for c in answer.citations
    ]


ROW = (
    "National guidance suggests a repeat referral rate of between 28% - 40%. Locally, the partnership has undertaken "
    "to keep a repeat referral rate of 28% to 35%. | Maintenance of a 28-35% repeat referral rate per year | MARAC "
    "statistics | Total cases - 450 Total repeats - 73 (16%) and a great many more words about the year's cases "
    "that go on well past what an answer can hold in one place for a reader"
)


def _row_point() -> Point:
    chunk = Chunk(id="a.txt:0", text=ROW, metadata=PlanMetadata("a.txt", "Ashcombe Plan", "Ashcombe"))
    return Point(Unit(chunk, 0, len(ROW), "row"), bullet=True)


def test_one_long_row_alone_is_shown_to_the_sentences_and_cells_that_fit() -> None:
    [shown] = brief(Draft((_row_point(),))).points
    assert shown.unit.quote == (
        "National guidance suggests a repeat referral rate of between 28% - 40%. Locally, the partnership has "
        "undertaken to keep a repeat referral rate of 28% to 35%. | Maintenance of a 28-35% repeat referral rate "
        "per year | MARAC statistics"
    )


def test_a_long_item_among_others_is_shown_by_fewer_of_its_sentences() -> None:
    other = replace(_row_point().unit.chunk, id="another-passage")  # a short row of another passage first
    short = replace(_row_point(), unit=Unit(other, 0, 10, "row"))
    shown = brief(Draft((short, _row_point()))).points[1]
    assert shown.unit.quote == (
        "National guidance suggests a repeat referral rate of between 28% - 40%. Locally, the partnership has "
        "undertaken to keep a repeat referral rate of 28% to 35%."
    )


def test_a_quote_another_quote_of_the_answer_holds_is_not_said_twice() -> None:
    row = _row_point()
    part = Point(Unit(row.unit.chunk, 0, 10, "sentence"))
    points = brief(Draft((part, row))).points
    assert len(points) == 1 and points[0].unit.start == 0 and points[0].unit.end > 10  # the row, which holds it
    spelled = Point(Unit(row.unit.chunk, 0, 10, "definition"))
    assert len(brief(Draft((spelled, row))).points) == 2  # a sentence holding the words asked for says more
    line = Point(Unit(row.unit.chunk, 0, 30, "row"))  # ... a line that is no sentence does not
    assert not line.unit.quote.rstrip().endswith(".")
    assert [point.unit for point in brief(Draft((spelled, line))).points] == [spelled.unit]


KESTWICK = """# Kestwick Community Safety Plan 2022-25

## Anti-social behaviour

Tackling anti-social behaviour (ASB) remains a priority for the Kestwick partnership.

Anti-social behaviour in Kestwick has fallen in each of the last three years.

Residents told us anti-social behaviour in parks and on estates worries them most.

Anti-social behaviour is a problem the whole partnership shares, not the police alone.

The partnership will review its approach to anti-social behaviour in 2024.

Reviewing anti-social behaviour powers is a task for the Home Office.

ASB is reviewed every fortnight at the multi-agency Kestwick Tasking Group.

## Road safety

Speeding near schools is the most common complaint to ward councillors.

## Looking back

Burglary in homes fell by a fifth last year, and fewer burglary victims were repeat victims.

## Burglary

- Fit free door locks for older residents
- Run street briefings after every break-in
- Mark bicycles at summer events
"""

KESTWICK_BURGLARY = [
    "Fit free door locks for older residents",
    "Run street briefings after every break-in",
    "Mark bicycles at summer events",
]

kestwick = one_plan_fixture("kestwick", "kestwick-community-safety-plan-2022-25.md", "Kestwick", KESTWICK)


@pytest.mark.parametrize(
    "asked", ["What will Kestwick do about burglary?", "What is the Kestwick partnership planning to do on burglary?"]
)
def test_what_is_done_about_a_subject_is_the_list_under_the_heading_naming_it(kestwick: Assistant, asked: str) -> None:
    assert _quotes(kestwick, asked) == KESTWICK_BURGLARY


def _kestwick_reading(kestwick: Assistant, asked: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """How the answerer reads Kestwick's "ASB is reviewed ..." for a question: the vector it uses, the
    quote's vector as written, and the question's vector."""
    answerer = kestwick.reader().answerer
    question = _question(kestwick, asked, "Kestwick")
    [reviewed] = [
        unit
        for chunk in kestwick.index.chunks.values()
        for unit in units_of(chunk)[0]
        if unit.quote.startswith("ASB is reviewed")
    ]
    query = answerer._vector(question.expanded.text)
    [as_written] = answerer._vectors([reviewed.quote])
    return answerer._unit_vectors(question, [reviewed], query)[0], as_written, query


def test_a_quote_that_only_abbreviates_what_is_asked_is_read_with_the_acronym_spelled_out(
    kestwick: Assistant,
) -> None:
    used, as_written, query = _kestwick_reading(kestwick, "Where is anti-social behaviour reviewed in Kestwick?")
    assert not np.array_equal(used, as_written)
    assert float(used @ query) > float(as_written @ query) + 0.1


@pytest.mark.parametrize(
    "asked",
    [
        "What is ASB in the Kestwick plan?",  # what it stands for is what the plan itself says
        "Where is ASB reviewed in Kestwick?",  # the question's own acronym already matches as written
    ],
)
def test_a_quote_is_read_as_written_when_spelling_out_would_say_what_the_question_says(
    kestwick: Assistant, asked: str
) -> None:
    used, as_written, _ = _kestwick_reading(kestwick, asked)
    assert np.array_equal(used, as_written)


ORWELL = """# Orwell Community Safety Plan 2021-24

## Reducing reoffending

The Orwell Offender Programme works with the people who commit the most crime in the borough.

The programme now manages a caseload of around 90 prolific offenders at any one time.

In 2020-21 the programme recorded these outcomes:

- 38% took up education, training or employment
- 52% did not re-offend within 6 months of joining the programme

## Youth work

The youth diversion project has been successful in ensuring that 61% of its young people do not re-offend within
6 months of being referred to the project.
"""

orwell = one_plan_fixture("orwell", "orwell-community-safety-plan-2021-24.md", "Orwell", ORWELL)


def test_a_follow_up_asking_a_figure_the_last_answer_gave_may_have_it_again(orwell: Assistant) -> None:
    answerer = orwell.reader().answerer
    lexicon = orwell.reader().view.lexicon
    [shown] = [
        unit
        for chunk in orwell.index.chunks.values()
        for unit in units_of(chunk)[0]
        if unit.quote.startswith("52% did not re-offend")
    ]
    seen = frozenset({(shown.chunk.id, shown.quote)})

    def scores(text: str) -> tuple[float, float]:
        question = analyse(text, lexicon, ["Orwell"])
        fresh = answerer._score_unit(question, shown, 1.0, 0.5).score
        return fresh, answerer._score_unit(replace(question, seen=seen), shown, 1.0, 0.5).score

    fresh, again = scores("What share of them did not re-offend within six months of joining?")
    assert again == fresh  # the figure asked for, though the last answer gave it among others
    fresh, again = scores("Tell me more about how they did with re-offending")
    assert again < fresh  # "tell me more" wants what the last answer did not say


# An item that sums up its list speaks of what the list's lead-in names.
DUNHOLM = """# Dunholm Community Safety Plan 2022-25

## Wardens

In May 2022 the Mayor in Cabinet approved £200,000 a year for more neighbourhood wardens. This is to fund 2 \
teams, each of 3 wardens (6 wardens in total), and a van.

The Mayor in Cabinet has recently agreed to fund further wardens in the borough to address anti-social behaviour:

- 8 wardens to patrol council housing estates.
- 4 wardens for the town centre at night.
- This brings the total number of council wardens to 22 and will help the borough respond to hotspots.

## Parks

Park gates are locked at dusk in winter.
"""

dunholm = one_plan_fixture("dunholm", "dunholm-community-safety-plan-2022-25.md", "Dunholm", DUNHOLM)


def test_an_item_that_sums_up_its_list_is_read_with_the_lead_in(dunholm: Assistant) -> None:
    units = [unit for chunk in dunholm.index.chunks.values() for unit in units_of(chunk)[0]]
    summing = next(unit for unit in units if unit.quote.startswith("This brings the total"))
    before = antecedent(summing)
    assert summing.kind == "item" and before is not None
    assert before.quote == (
        "The Mayor in Cabinet has recently agreed to fund further wardens in the borough to address anti-social "
        "behaviour:"
    )
    listed = next(unit for unit in units if unit.quote.startswith("8 wardens"))
    assert antecedent(listed) is None  # an item that does not point back stands alone


# Off-topic questions that share a word or two with a plan: "challenge", "crime", "priorities".
HALSTOW = """# Halstow Community Safety Plan 2022-25

## Our priorities

The partnership has agreed three priorities for the term of this plan:

- Reducing burglary
- Tackling domestic abuse
- A safer town centre at night

## The Halstow Challenge

The challenge set for the police: cut neighbourhood crime by a fifth by 2025 and raise public confidence.
"""

halstow = one_plan_fixture("halstow", "halstow-community-safety-plan-2022-25.md", "Halstow", HALSTOW)


@pytest.mark.parametrize(
    "asked",
    ["How do I challenge my council tax band in Halstow?", "Halstow wildlife crime and hare coursing priorities"],
)
def test_a_question_the_plans_share_a_word_or_two_with_is_refused(halstow: Assistant, asked: str) -> None:
    answer = halstow.ask(asked)
    assert not answer.answered and not answer.citations, answer.text


def test_the_priorities_asked_in_plan_words_are_still_answered(halstow: Assistant) -> None:
    assert _quotes(halstow, "What are Halstow's priorities?")[-3:] == [
        "Reducing burglary",
        "Tackling domestic abuse",
        "A safer town centre at night",
    ]


PENDLEBURY_STRATEGY = """# Pendlebury Community Safety Strategy 2022-25

| Document control | |
|---|---|
| Author | Jane Harker, Head of Community Safety |
| Date Authored | March 2022 |
| Version | 1.2 |
| Relevant to | Pendlebury Community Safety Partnership and Wider Stakeholders |

## Introduction

This strategy sets out how the Pendlebury partnership will keep residents safe over the next three years.

## Prevent

We will develop and deliver a community based Prevent presentation, and set up a Prevent consultation group to \
deliver it with faith leaders across the borough.

## Funding

Projects resourced through the Local Crime Fund allocation for years 1 and 2 are:

\t2 year total
\t(£)
Youth Outreach Service\t58,000
Blade Awareness Training Programme\t21,340
Street Pastors\t12,500
"""

PENDLEBURY_REPORT = """# Pendlebury Overview and Scrutiny Report 2024

| Document control | |
|---|---|
| Author | Tom Reed, Scrutiny Officer |
| Date Authored | January 2024 |

## Progress on the community safety strategy

This report on the Pendlebury Community Safety Strategy was written for the Overview and Scrutiny Committee.

## Violence and exploitation

The partnership has a 2 year Violence and Exploitation Action Plan which was agreed in May 2023 for delivery \
between June 2023 and May 2025. Delivery is overseen by the Strategic Exploitation Group. The action plan has \
seven areas of work, and progress has been made on each of them.

## Reporting

The partnership reports to the Overview and Scrutiny Committee every year on its work.
"""


@pytest.fixture(scope="module")
def pendlebury(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("pendlebury"),
        embedder,
        [
            ("pendlebury-community-safety-strategy-2022-25.md", PENDLEBURY_STRATEGY, "Pendlebury"),
            ("pendlebury-scrutiny-report-2024.md", PENDLEBURY_REPORT, "Pendlebury"),
        ],
    )


pendlebury_strategy = one_plan_fixture(
    "pendlebury_strategy", "pendlebury-community-safety-strategy-2022-25.md", "Pendlebury", PENDLEBURY_STRATEGY
)


def test_a_question_saying_a_plan_s_title_is_answered_from_that_plan_of_its_council(pendlebury: Assistant) -> None:
    answer = pendlebury.ask("Who wrote the Pendlebury Community Safety Strategy?")
    assert answer.answered and "Jane Harker" in answer.text and "Tom Reed" not in answer.text


def test_when_alone_after_who_wrote_the_strategy_asks_when_the_strategy_was_written(pendlebury: Assistant) -> None:
    # the council's other plan was written later, and speaks of the strategy: "When?" is about the plan the last
    # answer quoted
    answer = _after(pendlebury, "Who wrote the Pendlebury Community Safety Strategy?", "When?")
    assert answer.answered and "March 2022" in answer.text


def test_when_did_they_write_it_asks_when_the_plan_was_written(pendlebury_strategy: Assistant) -> None:
    answer = _after(
        pendlebury_strategy, "Who wrote the Pendlebury Community Safety Strategy?", "When did they write it?"
    )
    assert answer.answered and "March 2022" in answer.text


def test_whose_names_are_listed_on_a_plan_are_its_authors_and_plus_when_asks_its_date(
    pendlebury_strategy: Assistant,
) -> None:
    first = "For an essay: whose names are listed on the Pendlebury Community Safety Strategy?"
    answer = pendlebury_strategy.ask(first)
    assert answer.answered and "Jane Harker" in answer.text, answer.text
    dated = _after(pendlebury_strategy, first, "Plus when is it dated?")  # "plus" is "and", no word asked
    assert dated.answered and "March 2022" in dated.text, dated.text


def test_a_follow_up_asking_what_one_sentence_of_the_last_answer_said_is_answered_by_that_sentence(
    pendlebury: Assistant,
) -> None:
    first = "Tell me about Pendlebury's Violence and Exploitation Action Plan."
    assert "Delivery is overseen by the Strategic Exploitation Group." in pendlebury.ask(first).text  # said in passing
    answer = _after(pendlebury, first, "Which group oversees delivering it?")
    assert answer.answered
    assert answer.citations[0].quote == "Delivery is overseen by the Strategic Exploitation Group."


def test_an_amount_in_a_table_is_money_when_its_column_says_so(pendlebury: Assistant) -> None:
    answer = pendlebury.ask("How much did Pendlebury's blade awareness training programme get over the two years?")
    assert answer.answered and "21,340" in answer.text


def test_a_word_s_family_is_said_where_the_stemmer_leaves_its_members_apart() -> None:
    assert _same_family("deliv", {"deliveri", "group"}) and _same_family("overse", {"overseen"})
    assert not _same_family("deliv", {"group"}) and not _same_family("car", {"carer"})  # too short to be a family


MARLOW_VALE = """# Marlow Vale Community Safety Strategy 2023-26

| Document control | |
|---|---|
| Author | Ruth Okafor, Head of Community Safety Kieran Doyle, Partnership Officer Lena Ross, Hate Crime Lead |
| Date Authored | February 2023 |

## Introduction

This strategy sets out how the Marlow Vale partnership will keep residents safe over the next three years.

## Fire safety

The fire service will carry out home fire safety visits for older residents living alone, and will work with \
partners to cut deliberate fires in the street.

## Needs assessment

In March 2022 the Marlow Vale Community Safety Needs Assessment, built on a residents' survey, was published.

As part of this work a residents' survey was run to ask people their views about safety and what makes them feel \
safe. The results showed that better street lighting would increase residents' sense of safety, as would a \
stronger Community Speedwatch.

## Review

As part of the review, the partnership held a workshop on the findings of the public consultation and the 2022 \
Strategic Assessment.

## Consultation

A public consultation was conducted from 3rd May to 28th June 2022, asking residents for their top three concerns.

## Nuisance calls

The community safety team has fitted call blockers in the homes of older residents to cut the number of nuisance \
calls they receive.

## Other formats

If you would like this strategy in large print, in Braille or in another language, please contact us on:

Tel No.: 01632 960 418

Further copies of the strategy can be obtained from the community safety team, seven days a week, at \
www.marlowvale.gov.uk.
"""

marlow_vale = one_plan_fixture(
    "marlow_vale", "marlow-vale-community-safety-strategy-2023-26.md", "Marlow Vale", MARLOW_VALE
)


@pytest.mark.parametrize(
    "question",
    [
        "What number can I ring to get the Marlow Vale strategy in Braille?",
        "My dad can't read small print. Which number does he call for a large print copy of the Marlow Vale strategy?",
    ],
)
def test_a_number_to_ring_is_asked_for_with_the_line_that_gives_it(marlow_vale: Assistant, question: str) -> None:
    answer = marlow_vale.ask(question)
    assert answer.answered  # a phone number is no figure: "what number ...?" is not refused as a count
    assert "Tel No.: 01632 960 418" in [c.quote for c in answer.citations]


def test_a_number_to_ring_about_a_thing_the_plan_does_not_cover_is_refused(marlow_vale: Assistant) -> None:
    # the plan gives a number for copies of itself: no answer to a question whose words are mostly no plan's
    assert not marlow_vale.ask("My brown garden waste bin wasn't emptied this week, who do I ring?").answered


def test_asking_for_a_number_to_ring_is_no_figure_question() -> None:
    lexicon = Lexicon(acronyms={}, vocabulary={})
    rung = analyse("What number do I ring for a copy?", lexicon, [])
    assert rung.wants_contact and not rung.wants_number and "ring" not in rung.key_terms
    counted = analyse("What number of calls did the helpline take?", lexicon, [])
    assert counted.wants_number and not counted.wants_contact


def test_a_place_in_what_the_last_answer_named_is_read_from_that_passage(marlow_vale: Assistant) -> None:
    first = "Who wrote the Marlow Vale strategy?"
    history = [turn_of(first, marlow_vale.ask(first))]
    assert "Lena Ross, Hate Crime Lead" in history[0].answer
    answer = marlow_vale.ask("What is the third one's job title?", history=history)
    assert answer.answered and "Hate Crime Lead" in answer.citations[0].quote
    which = marlow_vale.ask("Which of them leads on hate crime?", history=history)
    assert which.answered and "Lena Ross, Hate Crime Lead" in which.citations[0].quote


def test_a_subject_asked_about_that_only_shares_meaning_with_a_plan_word_is_refused(marlow_vale: Assistant) -> None:
    # "fireworks" is near "fire" in meaning, but no plan names fireworks nor has a word for them
    assert not marlow_vale.ask("What is being done about fireworks in the street?").answered
    assert marlow_vale.ask("What is being done about deliberate fires in the street?").answered


def test_each_part_of_a_compound_question_says_something_the_part_before_did_not(marlow_vale: Assistant) -> None:
    answer = marlow_vale.ask(
        "When was the Marlow Vale needs assessment published, and according to its survey what would make residents "
        "feel safer?"
    )
    assert answer.answered and "March 2022" in answer.text
    assert "better street lighting" in answer.text  # not the publication sentence again, read with the other part


def test_a_story_whose_question_only_asks_for_help_is_judged_on_the_story(marlow_vale: Assistant) -> None:
    # "has the council done anything to help people like her?" says nothing of what: the story says scam calls
    answer = marlow_vale.ask(
        "My nan lives alone in Marlow Vale and is plagued by cold callers and scam phone calls every day of the "
        "week. Has the council done anything to help people like her?"
    )
    assert answer.answered and "call blockers" in answer.text


def test_the_words_of_a_story_s_question_that_only_ask_for_help_are_the_ones_set_aside() -> None:
    text = (
        "My nan is plagued by cold callers and scam phone calls. Has the council done anything to help people like her?"
    )
    question = analyse(text, Lexicon(acronyms={}, vocabulary={}), [])
    assert question.narrative == {"done", "help", "peopl"}  # the story's words say what it is about
    told = analyse(
        "My nan is plagued by cold callers. Is the council doing anything about scams?",
        Lexicon(acronyms={}, vocabulary={}),
        [],
    )
    assert "scam" not in told.narrative and {"cold", "caller"} <= told.narrative


def test_when_a_thing_was_held_is_answered_by_the_sentence_giving_its_dates(marlow_vale: Assistant) -> None:
    # "held" is "conducted" in the plan's words, and a day and month say when better than a year in a name
    answer = marlow_vale.ask("When was the Marlow Vale public consultation held?")
    assert answer.answered and "from 3rd May to 28th June 2022" in answer.text


# A second invented plan to set beside Marlow Vale's: who delivers a service above a list of what it offers,
# a scheme named in both plans for different people, and priorities labelled by letter.
HARBURY = """# Harbury Community Safety Plan 2022-25

## Our priorities

The Harbury partnership has agreed on three priorities for the term of this plan, they are:

- Priority A: Anti-social behaviour
- Priority B: Violence
- Priority C: Hate crime

## Victim support

The council has commissioned a new victim support service from April 2022, to support victims of domestic \
abuse and stalking. The service will launch in April 2022 and will be delivered by Northgate Aid.

The service will be able to offer a variety of support such as:

- Independent advocates supporting high risk victims of domestic abuse
- Outreach workers who will run the single point of access for lower risk clients
- Housing workers dedicated to supporting clients who move home
- Group sessions for children who have lived with domestic abuse

## Safe Havens

We are currently working jointly with a neighbouring borough and the Harbury Business Network to create \
training to late-night businesses (hotels, shops, theatres, cafes, food venues) in hotspot areas to create 'Safe \
Havens' where women can access safety and support.

The development of Safe Havens is being taken forward by the Harbury Business Network who have been engaging with \
various business and other organisations in the areas of Northgate, Harbury Green and the Old Market wards, to see \
if they would be interested in participating in the scheme.

## Youth violence

Harbury commissions the Youth Violence Unit, which works with young men aged between 16 and 24 who are at risk \
from gang activity.

The Youth Violence Unit reports every quarter to the Harbury Violence Reduction Board on its work to reduce youth \
violence and the violence unit's caseload.

The unit's priorities for young people are:

- Mentoring for young people excluded from school
- Support for young people leaving custody
"""

HARBURY_CONSULTATION = """
## What residents told us

In total 812 responses were received to the Harbury public consultation. The results below are calculated on \
votes for the first of the top 3 community concerns.

| Position | Community concern | Number of responses | % of responses |
|---|---|---|---|
| 1 | Drug dealing | 201 | 24.8% |
| 2 | Anti-social behaviour | 176 | 21.7% |
| 3 | Knife crime | 90 | 11.1% |
| 4 | Speeding traffic | 71 | 8.7% |
| 5 | Shoplifting | 52 | 6.4% |

Based on the respondents' first choice, the top three concerns were drug dealing, anti-social behaviour and \
knife crime.

## New powers

In October 2014 the Anti-social Behaviour, Crime and Policing Act came into effect, introducing 6 new powers for \
professionals to use to tackle anti-social behaviour, down from 19 previous powers. The new powers include:

- The Criminal Behaviour Order
- The Community Protection Notice
- The Public Spaces Protection Order
"""

MARLOW_YOUTH = """

## Young people

Our youth justice service deals with 10-17 year olds who commit an offence, from first contact with the police \
to the end of their sentence.

## Reporting violent crime

Establish a network of 'Safe Havens' to encourage more reporting of violent crime, particularly amongst young \
people.
"""


@pytest.fixture(scope="module")
def harbury_and_marlow(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    plans = [
        ("harbury-community-safety-plan-2022-25.md", HARBURY + HARBURY_CONSULTATION, "Harbury"),
        ("marlow-vale-community-safety-strategy-2023-26.md", MARLOW_VALE + MARLOW_YOUTH, "Marlow Vale"),
    ]
    return assistant_over(tmp_path_factory.mktemp("harbury-and-marlow"), embedder, plans)


@pytest.mark.parametrize(
    "question",
    [
        "Who provides support services for victims of domestic abuse in Harbury?",
        "Harbury vs Marlow Vale: who runs the new victim support service the council commissioned?",
    ],
)
def test_who_provides_a_service_is_the_sentence_saying_by_whom_not_the_list_of_what_it_offers(
    harbury_and_marlow: Assistant, question: str
) -> None:
    answer = harbury_and_marlow.ask(question)
    assert answer.answered and "delivered by Northgate Aid" in answer.citations[0].quote  # who, then what of


def test_by_whom_is_said_of_work_carried_out_as_of_a_service_delivered() -> None:
    assert _DONE_BY.search("A recent analysis of the MARAC conducted by the Home Office funded charity found ...")
    assert _DONE_BY.search("The review was carried out by Safer Futures in 2021.")
    assert not _DONE_BY.search("The analysis was conducted in 2021.")


def test_whom_a_scheme_is_for_is_read_from_each_plan_s_sentence_naming_the_people_it_serves(
    harbury_and_marlow: Assistant,
) -> None:
    answer = harbury_and_marlow.ask(
        "Harbury's plan and the Marlow Vale strategy both talk about 'Safe Havens'. Who is each scheme meant for?"
    )
    assert answer.answered
    assert "where women can access safety" in answer.text  # not who is developing Harbury's scheme
    assert "particularly amongst young people" in answer.text


def test_what_a_comparison_asks_of_each_council_after_the_last_one_s_clause_is_asked_of_both(
    harbury_and_marlow: Assistant,
) -> None:
    answer = harbury_and_marlow.ask(
        "Harbury's youth violence unit and Marlow Vale's youth justice service both work with young people - "
        "what age groups does each cover?"
    )
    assert answer.answered
    assert "aged between 16 and 24" in answer.text and "10-17 year olds" in answer.text
    assert "Mentoring" not in answer.text  # "age groups" are a range of ages, not a list to give


def test_priority_areas_are_the_priorities_not_the_one_labelled_priority_a(harbury_and_marlow: Assistant) -> None:
    answer = harbury_and_marlow.ask("How many priority areas does the Harbury plan have?")
    assert answer.answered
    assert all(f"Priority {label}" in answer.text for label in "ABC")


def test_the_places_asked_after_a_ranking_are_the_rows_its_table_puts_there(harbury_and_marlow: Assistant) -> None:
    first = "What were the top three concerns in Harbury's public consultation?"
    answer = _after(harbury_and_marlow, first, "Which came fourth and fifth?")
    assert answer.answered and "Speeding traffic" in answer.text and "Shoplifting" in answer.text
    assert "Knife crime" not in answer.text


def test_they_that_leant_on_the_council_alone_are_read_as_the_last_question_s_subject(
    harbury_and_marlow: Assistant,
) -> None:
    first = "Harbury's plan lists the new anti-social behaviour powers from the 2014 Act. What are they?"
    answer = _after(harbury_and_marlow, first, "How many old powers did they replace?")
    assert answer.answered and "19 previous powers" in answer.text
    alone = harbury_and_marlow.ask("How many old powers did the new anti-social behaviour powers in Harbury replace?")
    assert alone.answered and "19 previous powers" in alone.text  # not which plan Harbury's plan replaced


RENDHAM = """Rendham Community Safety Partnership: Annual Scrutiny Report 2024

BACKGROUND INFORMATION

21. Over the last five years we have made good progress on improving public perceptions of safety, and levels of \
concern around crime and anti-social behaviour.

22. The Rendham Integrated Offender Management (IOM) team now manages a caseload of around 140 prolific and priority \
offenders at any one time. 38% did not re-offend within 6 months of being accepted on to the IOM Programme.

23. The Rendham Youth Mentoring Service works with 30-35 young people at a time. The service has been successful in \
ensuring that 52% of the client group do not reoffend within six months of being accepted on to the programme.

24. This information along with police domestic abuse data identified 4 areas in the borough where the new \
domestic abuse service will be most needed. The development of a Family Safety Hub is central to the \
recommissioning of our domestic abuse services. For \
which a new service will be in place from March 2025. Prior to the establishment of a physical hub, work has taken \
place on developing our online offer for women and families.

25. The anti hate crime strategy is being refreshed through a local steering group formed from members of the \
statutory and voluntary sector. They have met several times: the current focus of the steering group is to:

- Build an enhanced understanding of the hate crime profile for the borough
- Organise a hate crime conference so that all parts of the community have a voice
- Use the conference findings to co-design and co-deliver the anti-hate crime strategy
- Recruit further Hate Crime champions (target is 15).
- Encourage businesses who attend the conference to become third party reporting sites for hate crime.

26. The Police have identified an additional dedicated Hate Crime Officer to progress the work across the borough.

27. Through the Night Safety Partnership “Lights On” – the Rendham Night Narrative was produced. The purpose of the \
Rendham Night Narrative is :
- A live document, regularly updated, describing the late-night economy and the harm around pubs and clubs.
- Will guide the licensing and policing of the town centre at night.
"""


@pytest.fixture(scope="module")
def rendham(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    plans = [  # among other councils' plans, as a report is: what is rare in the plans is said by few passages
        ("rendham-scrutiny-report-2024.txt", RENDHAM, "Rendham"),
        ("harbury-community-safety-plan-2022-25.md", HARBURY + HARBURY_CONSULTATION, "Harbury"),
        ("marlow-vale-community-safety-strategy-2023-26.md", MARLOW_VALE + MARLOW_YOUTH, "Marlow Vale"),
    ]
    return assistant_over(tmp_path_factory.mktemp("rendham"), embedder, plans)


def test_an_item_is_read_with_a_numbered_paragraph_that_leads_into_its_list(rendham: Assistant) -> None:
    answer = rendham.ask("What's the target for recruiting Hate Crime champions in Rendham's anti-hate crime refresh?")
    assert answer.answered and "target is 15" in answer.text
    text = (
        "- 25. The anti hate crime strategy is being refreshed by a steering group. Its current focus is to:\n"
        "- Organise a hate crime conference\n- Recruit further Hate Crime champions (target is 15)."
    )
    [champions] = [unit for unit in units_of(Chunk(id="r", text=text, metadata=META))[0] if "champions" in unit.quote]
    assert "is being refreshed" in _in_setting(champions)  # what the item is part of: the refresh


def test_each_sentence_of_a_long_item_is_read_with_the_line_that_leads_into_its_list() -> None:
    text = (
        "- 20. Through the Night Partnership “Lights On” – the Night Narrative was produced. Its purpose is :\n"
        "- A live document, regularly updated.\n"
        "- Will inform partners. The report was launched at the Licensing Forum in March 2024."
    )
    [launched] = [unit for unit in units_of(Chunk(id="r", text=text, metadata=META))[0] if "launched" in unit.quote]
    assert launched.kind == "sentence" and "Lights On" in _in_setting(launched)


def test_a_count_is_not_answered_by_a_length_of_time(rendham: Assistant) -> None:
    answer = rendham.ask("How many anti-social behaviour reports did Rendham Council receive?")
    assert not answer.answered  # "over the last five years" is how long, not how many reports
    lexicon = rendham.reader().view.lexicon
    over_years = "Over the last five years we have made good progress."
    assert not has_figure(over_years, analyse("How many reports were received?", lexicon, ["Rendham"]))
    assert has_figure(over_years, analyse("How many years has progress been made?", lexicon, ["Rendham"]))


def test_a_label_the_message_opens_with_is_what_every_part_asks_about(rendham: Assistant) -> None:
    answer = rendham.ask(
        "Rendham IOM: roughly how many offenders on the caseload, and what proportion didn't reoffend within six "
        "months?"
    )
    assert answer.answered and "around 140" in answer.text and "38%" in answer.text
    assert "52%" not in answer.text  # the other programme's share


def test_the_sentence_giving_the_date_asked_leads_so_that_a_list_before_it_does_not_crowd_it_out(
    rendham: Assistant,
) -> None:
    answerer = rendham.reader().answerer
    question = _question(rendham, "By when will the new domestic abuse service be in place?", "Rendham")
    long_items = [
        "Establish a Family Safety Hub, so that women and families experiencing domestic abuse can find all of the "
        "support they need in one place, from advice and advocacy to housing and health care",
        *(
            f"Work with partner number {n} to make sure that everyone who turns to it for help after domestic abuse "
            "is believed, supported and referred on to the service that can help them best"
            for n in range(2, 7)
        ),
    ]
    text = "\n".join(
        [
            "Tackle domestic abuse and violence against women and girls:",
            *(f"- {item}" for item in long_items),
            "The Family Safety Hub is central to the recommissioning of our domestic abuse services. For which a new "
            "service will be in place from March 2025.",
        ]
    )
    units, lists = units_of(Chunk(id="r", text=text, metadata=META, section="Rendham Report > Domestic abuse"))
    [hub] = [unit for unit in units if unit.quote.startswith("Establish")]
    [central] = [unit for unit in units if unit.quote.startswith("The Family Safety Hub")]
    [dated] = [unit for unit in units if unit.quote.startswith("For which")]
    scored = [(hub, _Scored(0.8, 0.6, 1.0)), (central, _Scored(0.79, 0.6, 1.0)), (dated, _Scored(0.78, 0.5, 1.0))]
    draft = answerer._sentence_draft(question, scored, lists)
    assert draft is not None
    assert any("March 2025" in point.unit.quote for point in brief(draft).points)


def test_a_lead_in_repeated_without_its_items_in_the_next_passage_still_brings_them(rendham: Assistant) -> None:
    lead = (
        "- 13. We continue to develop the Safe Spaces scheme, now running in 40 venues. Phase 2 of the project is "
        "underway to expand the scheme into the following sectors:"
    )
    with_items = Chunk(id="a", text=f"{lead}\n- Libraries\n- Council buildings\n- Places of worship", metadata=META)
    repeated = Chunk(id="b", text=f"{lead}\n- 14. The new service will be in place from March 2025.", metadata=META)
    [item_list] = [found for found in units_of(with_items)[1] if found.lead_in is not None]
    units = units_of(repeated)[0]
    [phase] = [unit for unit in units if unit.quote.startswith("Phase 2")]
    question = _question(rendham, "Where is phase 2 trying to take it?", "Rendham")
    drafted = rendham.reader().answerer._said_in_order(question, [phase], [item_list], units)
    assert [point.unit.quote for point in drafted.points][1:] == ["Libraries", "Council buildings", "Places of worship"]


def test_a_list_is_named_by_the_heading_lines_its_passage_opens_with_not_only_its_section() -> None:
    text = (
        "Street Drinking\nRiverside\nThe partnership is committed to tackling street drinking in the borough.\n"
        "- Enforce the controlled drinking zone.\n- Offer treatment to dependent drinkers\n- Close problem off-licences"
    )
    chunk = Chunk(id="sd", text=text, metadata=META, section="Riverside")  # a stray label took the section
    assert _heading_lines(chunk) == ["Street Drinking", "Riverside"]  # up to the first sentence
    [aims] = units_of(chunk)[1]
    question = analyse("What are the aims under Street Drinking?", Lexicon(acronyms={}, vocabulary={}), [])
    assert _names_section(question, aims) == 1.0
    assert _heading_lines(replace(chunk, text="Street drinking is down by 10%.\n" + text)) == []


def test_what_a_thing_is_is_the_list_its_naming_paragraph_leads_into(rendham: Assistant) -> None:
    answer = rendham.ask("What exactly is the 'Rendham Night Narrative' the partnership produced?")
    assert answer.answered and "A live document" in answer.text and "Will guide the licensing" in answer.text
    assert answer.text.count("was produced") == 1  # the paragraph once, not its first sentence again


def test_a_document_control_row_answers_a_question_that_names_its_label(pendlebury_strategy: Assistant) -> None:
    answer = pendlebury_strategy.ask("Who is the Pendlebury strategy document marked as relevant to?")
    assert answer.answered
    assert answer.citations[0].quote == ("Relevant to | Pendlebury Community Safety Partnership and Wider Stakeholders")


def test_a_share_said_as_a_fraction_is_a_figure(ashcombe: Assistant) -> None:
    question = _question(ashcombe, "What share of violent offences are domestic abuse?")
    assert has_figure("Domestic abuse accounts for nearly a third of violent offences.", question)
    assert not has_figure("The third priority is domestic abuse.", question)


def test_words_scattered_over_several_plans_do_not_add_up_to_support(ashcombe: Assistant) -> None:
    answerer = ashcombe.reader().answerer
    question = _question(ashcombe, "When will trained volunteers replace the street lamps?")
    volunteers = _units(" ".join(NIGHT_HUB))[2]
    lamps = _units(
        "The council will replace the old sodium street lamps with brighter LED lamps on every estate.",
        section="Ashcombe Plan > Street Lighting",
        chunk_id="d",
    )[0]
    elsewhere = replace(lamps, chunk=replace(lamps.chunk, metadata=replace(META, source="other.txt")))
    scored = _Scored(0.5, 0.5, 0.5)
    together = answerer._said(question, [(volunteers, scored), (lamps, scored)])
    apart = answerer._said(question, [(volunteers, scored), (elsewhere, scored)])
    assert apart == max(answerer._said(question, [(unit, scored)]) for unit in (volunteers, elsewhere))
    assert apart < together


KELBY = """# Kelby Safer Streets Plan 2022-25

## Our pledge to residents - we will:

- answer every report of anti-social behaviour within two working days
- keep victims informed about their case until it is closed
- hold a street surgery in every ward each year

This pledge was written with residents and partners in 2021.

## Partners

The following organisations are committed to making this happen:

- Kelby Council
- Kelby Police
- Kelby Housing Trust
"""

kelby = one_plan_fixture("kelby", "kelby-safer-streets-plan-2022-25.md", "Kelby", KELBY)


@pytest.mark.parametrize(
    "asked", ["Set out the pledge Kelby makes to residents.", "What is Kelby's pledge to residents?"]
)
def test_a_list_under_a_heading_that_introduces_what_is_asked_answers_it(kelby: Assistant, asked: str) -> None:
    answer = kelby.ask(asked)
    assert answer.answered, answer.text
    quotes = [citation.quote for citation in answer.citations]
    assert "answer every report of anti-social behaviour within two working days" in quotes
    assert "hold a street surgery in every ward each year" in quotes
    assert "Kelby Police" not in quotes


def test_what_the_last_answer_quoted_is_not_held_back_after_a_yes_or_no_question(ashcombe: Assistant) -> None:
    answerer = ashcombe.reader().answerer
    [lamps] = _units(
        "The council will replace the old sodium street lamps with brighter LED lamps on every estate.",
        section="Ashcombe Plan > Street Lighting",
    )
    # (a follow-up the quote says the words of, "Which lamps will they put in?", asks it again either way)
    question = replace(_question(ashcombe, "When will they do that?"), seen=frozenset({("c", lamps.quote)}))
    after_what = answerer._score_unit(question, lamps, 1.0, 0.5).score
    after_whether = answerer._score_unit(replace(question, seen_whether=True), lamps, 1.0, 0.5).score
    assert after_whether > after_what  # "Is the council changing the street lamps?" quoted it to say yes
    asked_again = replace(_question(ashcombe, "Which lamps will they put in?"), seen=frozenset({("c", lamps.quote)}))
    held = answerer._score_unit(asked_again, lamps, 1.0, 0.5).score
    assert held == answerer._score_unit(replace(asked_again, seen_whether=True), lamps, 1.0, 0.5).score


def test_a_frequency_is_the_figure_a_how_often_question_asks(ashcombe: Assistant) -> None:
    question = _question(ashcombe, "How often are the support plans reviewed?")
    assert question.wants_number
    assert has_figure("Each young person's support plan is reviewed on a weekly basis.", question)
    assert has_figure("The board meets four times a year.", question)
    assert has_figure("Plans are refreshed every six months.", question)
    assert not has_figure("The hub works with 72 young people and their families.", question)
    assert has_figure("The hub works with 72 young people.", _question(ashcombe, "How many young people does it see?"))


def test_a_month_or_season_said_in_words_answers_when(ashcombe: Assistant) -> None:
    question = _question(ashcombe, "When were the meetings with the business districts arranged for?")
    assert has_figure("Meetings have been arranged for the beginning of January.", question)
    assert has_figure("The scheme will be extended later this year.", question)
    assert not has_figure("Meetings have been arranged with the business districts.", question)
    assert not has_figure("Officers may meet them.", question)  # "may" is no month


def test_an_amount_or_a_year_the_question_gives_is_no_answer_to_it(ashcombe: Assistant) -> None:
    allocated = "£2.458 million has been allocated to be spent over the next 3 years on estates."
    share = _question(ashcombe, "How much of the £2.458 million will be spent in 2018/19?")
    assert not has_figure(allocated, share)  # its own amount, and a length of time
    assert has_figure("£800,000 will be spent in 2018/19.", share)
    assert has_figure(allocated, _question(ashcombe, "How much was allocated for estates?"))
    published = "In July 2020 the Needs Assessment 2020-21 was published."
    assert not has_figure(published, _question(ashcombe, "How many residents answered the survey in 2020?"))


BRAMLEY = """# Bramley Community Safety Plan 2022-25

## The Youth Hub

The Bramley Youth Hub works with 64 young people and their families.
These are young people who have been harmed by gangs or county lines.
Their support plans are reviewed on a fortnightly basis.
The hub also runs 12 mentoring groups in schools.
"""

bramley = one_plan_fixture("bramley", "bramley-community-safety-plan-2022-25.md", "Bramley", BRAMLEY)


def test_how_often_is_answered_by_the_sentence_saying_how_often_not_by_a_count_nearby(bramley: Assistant) -> None:
    answer = bramley.ask("How often are the support plans at the Bramley Youth Hub reviewed?")
    assert answer.answered, answer.text
    quotes = [c.quote for c in answer.citations]
    assert "Their support plans are reviewed on a fortnightly basis." in quotes
    assert "The Bramley Youth Hub works with 64 young people and their families." not in quotes


CORFE = """# Corfe Community Safety Plan 2022-25

## Linked Strategies and Documents

The partnership does not work alone. The borough's Community Plan sits above every strategy and has four themes:

- A great place to live
- A fair and prosperous community
- A safe and cohesive community
- A healthy and supportive community

This plan and its aims are linked to the strategies of other partnership boards:

- Health and Wellbeing Strategy
- Gang Strategy
- Knife Crime Action Plan
"""

corfe = one_plan_fixture("corfe", "corfe-community-safety-plan-2022-25.md", "Corfe", CORFE)


def test_of_two_lists_under_one_heading_the_one_whose_own_words_say_what_is_asked_answers(corfe: Assistant) -> None:
    answer = corfe.ask("Which strategies does the Corfe plan say it is linked to?")
    assert answer.answered, answer.text
    quotes = [citation.quote for citation in answer.citations]
    assert "Gang Strategy" in quotes and "Knife Crime Action Plan" in quotes
    assert "A great place to live" not in quotes


@pytest.mark.parametrize(
    ("heading", "asked", "said"),
    [
        ("What people in Ashcombe want", "What do people in Ashcombe say they want?", True),
        ("Hate Crime", "What is a hate crime?", False),  # a heading naming a subject says not what its list is
        ("What people in Ashcombe want", "What do people say about the police?", False),  # not said whole
    ],
)
def test_a_list_is_under_a_heading_said_whole_when_the_question_says_its_clause(
    ashcombe: Assistant, heading: str, asked: str, said: bool
) -> None:
    chunk = Chunk(id="c", text=f"{heading}\n- to feel safe\n- a say in services", metadata=META, section=heading)
    [item_list] = units_of(chunk)[1]
    assert _under_heading_said(_question(ashcombe, asked), item_list) is said


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("In what month and year was the Marlow Vale strategy authored?", ["February 2023"]),
        ("Which officers are named as the authors of the Marlow Vale strategy?", ["Ruth Okafor", "Lena Ross"]),
        (  # two questions in one, after a sentence saying where to look
            "Marlow Vale's strategy has an author box. Which officers are named, and in what month and year was it "
            "authored?",
            ["Ruth Okafor", "Kieran Doyle", "February 2023"],
        ),
    ],
)
def test_who_wrote_a_plan_and_when_are_answered_from_its_document_control_in_any_words(
    marlow_vale: Assistant, question: str, said: list[str]
) -> None:
    answer = marlow_vale.ask(question)
    assert answer.answered and all(words in answer.text for words in said), answer.text
    for citation in answer.citations:
        assert citation.quote in marlow_vale.index.chunks[citation.chunk_id].text


RAVENSBY = """# Ravensby Community Safety Plan 2022-25

## Funding

The CSP pilots Payment by Results (PbR) schemes with the probation service, so providers are paid for the \
reoffending they prevent.

## Exploitation

Partners meet monthly at the MASE meeting to plan the disruption of those who exploit children.

## Glossary

CSP – Community Safety Partnership
CSE - Child Sexual Exploitation PSHE - Personal, Social, Health and Economic Education MASE - Multi Agency Sexual \
Exploitation
"""

ravensby = one_plan_fixture("ravensby", "ravensby-community-safety-plan-2022-25.md", "Ravensby", RAVENSBY)


def test_what_an_acronym_means_is_what_the_plan_spells_it_out_as_not_another_the_message_names(
    ravensby: Assistant,
) -> None:
    answer = ravensby.ask("The Ravensby plan says the CSP pilots PbR schemes. What does PbR mean?")
    assert answer.answered and "Payment by Results" in answer.text
    assert "Community Safety Partnership" not in answer.text


def test_what_does_an_acronym_mean_is_answered_by_the_glossary_line_that_spells_it_out_once(
    ravensby: Assistant,
) -> None:
    answer = ravensby.ask("Ravensby's plan mentions MASE meetings on exploitation. What does MASE mean?")
    assert answer.answered and "Multi Agency Sexual Exploitation" in answer.text
    quotes = [citation.quote for citation in answer.citations]
    assert not any(a != b and a in b for a in quotes for b in quotes)  # no quote said again inside another


def test_the_sentence_of_a_story_that_holds_what_matters_is_read_on_its_own(embedder: Embedder) -> None:
    """A resident's story drowns its one telling sentence; read alone, that sentence finds the plan's sentence
    for people in the same position, closer than the whole message does."""
    story = (
        "I'd like my laptop and bike marked so the police can trace them if they're nicked. I work nights and can "
        "never get to the property marking events. Anything for me?"
    )
    question = analyse(story, Lexicon(acronyms={}, vocabulary={}), ["Ashcombe"])
    assert "I work nights and can never get to the property marking events." in question.sentences
    query = np.asarray(embedder.embed_query(story), dtype=np.float32)
    readings = np.stack([np.asarray(embedder.embed_query(text), dtype=np.float32) for text in question.sentences])
    shift_workers, welcomed = (
        np.asarray(embedder.embed_query(text), dtype=np.float32)
        for text in (
            "Residents who cannot attend the property marking events because of their working hours are offered a "
            "visit at home.",
            "The property marking initiative has been welcomed by many people across the borough.",
        )
    )
    assert _closest(shift_workers, query, readings) > float(shift_workers @ query)
    assert _closest(shift_workers, query, readings) - _closest(welcomed, query, readings) > float(
        shift_workers @ query
    ) - float(welcomed @ query)
    assert _closest(welcomed, query, None) == pytest.approx(float(welcomed @ query))


def test_a_table_row_is_read_under_its_lead_in_and_an_acronym_the_plans_never_write_is_their_name(
    assistant: Assistant,
) -> None:
    # Tower Hamlets lists its London Crime Prevention Fund projects in a table after "... are:", never as "LCPF"
    answer = assistant.ask(
        "How much LCPF money goes to Tower Hamlets' Youth Violence Intervention and Engagement Service?"
    )
    assert answer.answered and "75,000" in answer.citations[0].quote


def test_a_table_row_s_lines_above_and_lead_in_pass_over_one_stray_line_of_a_pdf_page() -> None:
    text = (
        "The Ashcombe Fund pays for projects approved by the board. Projects funded this year are:\n"
        "2 year total\n(£)\nYoung People\n"
        "year plan will need to be managed within the council's medium term financial strategy.\n"
        "Outreach Service | 75,000\nMentoring Programme | 30,650"
    )
    row = next(unit for unit in _units(text) if unit.quote.startswith("Mentoring"))
    lines, lead_in = _above_table(row)
    assert lead_in == "The Ashcombe Fund pays for projects approved by the board. Projects funded this year are:"
    assert lines == ["Outreach Service | 75,000", "Young People", "(£)", "2 year total"]
    # ... but two lines of prose above the table end it, and what introduces it is then none of them
    prose = "The board met twice in the year and approved all the bids.\nThe fund is spent as follows.\n"
    row = next(unit for unit in _units(prose + "Outreach Service | 75,000") if unit.kind == "row")
    assert _above_table(row) == ([], "")


def test_target_said_as_a_verb_asks_for_no_target(thornbury: Assistant) -> None:
    # "who target older residents" says what rogue traders do; the question asks for no target figure
    answer = thornbury.ask("Does Thornbury do anything about rogue traders who target older residents?")
    assert answer.answered
    assert "Protect older residents from rogue traders and distraction burglary." in quoted(answer)


def test_a_rate_per_year_is_no_answer_to_how_often(ashcombe: Assistant) -> None:
    question = _question(ashcombe, "How often does the MARAC sit?")
    assert not has_figure("Maintain a repeat referral rate per year of 28% to 35%.", question)
    assert has_figure("MARAC meetings are held every month.", question)
