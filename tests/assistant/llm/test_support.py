"""Sentence support against real passages of the corpus, with the real embedding model."""

from __future__ import annotations

import pytest

from assistant.llm.support import Evidence, SupportChecker
from assistant.pipeline import Assistant
from assistant.retrieval.hybrid import Passage


@pytest.fixture(scope="module")
def passages(assistant: Assistant) -> list[Passage]:
    return assistant.retrieve("How many MARAC referrals does Sutton aim for?", 5)


@pytest.fixture(scope="module")
def evidence(assistant: Assistant, passages: list[Passage]) -> Evidence:
    return SupportChecker(assistant.reader().answerer.embedder).prepare(passages)


@pytest.fixture(scope="module")
def checker(assistant: Assistant) -> SupportChecker:
    return SupportChecker(assistant.reader().answerer.embedder, min_overlap=0.6, min_similarity=0.5)


@pytest.fixture(scope="module")
def n(passages: list[Passage]) -> int:
    return next(i for i, passage in enumerate(passages, start=1) if "(target 209)" in passage.chunk.text)


def test_a_faithful_sentence_is_supported_and_quoted_with_its_number(
    checker: SupportChecker, evidence: Evidence, n: int
) -> None:
    support = checker.check(f"Sutton aims for 209 MARAC referrals [{n}].", evidence)
    assert support.supported, support.reason
    assert support.cites == (n,)
    assert any("209" in unit.quote for _, unit in support.units)


def test_a_number_the_passage_does_not_give_is_caught(checker: SupportChecker, evidence: Evidence, n: int) -> None:
    support = checker.check(f"Sutton aims for 250 MARAC referrals [{n}].", evidence)
    assert not support.supported and "250" in support.reason


def test_a_claim_the_passages_do_not_make_is_caught(checker: SupportChecker, evidence: Evidence, n: int) -> None:
    support = checker.check(f"The council will open a new swimming pool and a cinema next spring [{n}].", evidence)
    assert not support.supported


def test_a_citation_to_a_passage_that_was_not_given_is_caught(checker: SupportChecker, evidence: Evidence) -> None:
    support = checker.check("Sutton aims for 209 MARAC referrals [9].", evidence)
    assert not support.supported and "[9]" in support.reason


def test_an_uncited_but_supported_sentence_gets_the_passage_that_supports_it(
    checker: SupportChecker, evidence: Evidence, n: int
) -> None:
    support = checker.check("The number of MARAC referrals has a target of 209.", evidence)
    assert support.supported and support.cites == (n,)
