"""The extractive answerer over a small real index: evidence choice, reading on, what a lead-in introduces,
figures and their years, lists, support and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answering.evidence import Unit, units_of
from assistant.answering.extractive import (
    _READ_ON_BUDGET,
    ExtractiveAnswerer,
    Point,
    _of_year,
    _read_on,
    has_figure,
    year_spans,
)
from assistant.answering.question import Question, analyse
from assistant.embedding import SentenceTransformerEmbedder
from assistant.pipeline import Assistant
from assistant.retrieval.bm25 import Bm25Index
from assistant.settings import Settings
from ingest.documents import Chunk, PlanMetadata
from ingest.indexer import ingest
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


@pytest.fixture(scope="module")
def ashcombe(tmp_path_factory: pytest.TempPathFactory, embedder: SentenceTransformerEmbedder) -> Assistant:
    root = tmp_path_factory.mktemp("ashcombe")
    (root / "corpus").mkdir()
    (root / "corpus" / "ashcombe-community-safety-plan-2021-24.md").write_text(ASHCOMBE)
    (root / "corpus" / "ashcombe-community-safety-plan-2021-24.md.meta.json").write_text('{"council": "Ashcombe"}')
    settings = Settings(data_dir=root / "data", corpus_dir=root / "corpus", _env_file=None)
    ingest([settings.corpus_dir], settings, embedder, prune=True)
    return Assistant.build(settings, embedder)


def _question(assistant: Assistant, text: str) -> Question:
    return analyse(text, assistant.reader().view.lexicon, ["Ashcombe"])


def _lead_in(assistant: Assistant, line: str) -> Unit:
    """The unit of the one chunk that quotes a line."""
    [unit] = [unit for chunk in assistant.index.chunks.values() for unit in units_of(chunk)[0] if unit.quote == line]
    return unit


META = PlanMetadata(
    source="ashcombe.txt", title="Ashcombe Plan", council="Ashcombe", period_start=2018, period_end=2021
)


def _units(text: str, section: str = "Ashcombe Plan > Night Hub", chunk_id: str = "c") -> list[Unit]:
    return units_of(Chunk(id=chunk_id, text=text, metadata=META, section=section))[0]


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


def test_a_year_is_no_figure_for_how_much_or_how_many(ashcombe: Assistant) -> None:
    levy = "The late night levy will come into effect in June 2017."
    assert not has_figure(levy, _question(ashcombe, "How much will venues pay?"))
    assert has_figure("Venues will pay 1,200 pounds a year.", _question(ashcombe, "How much will venues pay?"))
    assert has_figure(levy, _question(ashcombe, "What date does the levy start?"))


def test_a_lead_in_that_ends_its_passage_brings_a_long_list_split_from_it(
    tmp_path: Path, embedder: SentenceTransformerEmbedder
) -> None:
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
