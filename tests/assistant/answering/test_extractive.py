"""The extractive answerer over a small real index: evidence choice, figures, lists and refusals."""

from __future__ import annotations

import pytest

from assistant.pipeline import Assistant
from assistant.settings import Settings
from ingest.indexer import ingest

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
