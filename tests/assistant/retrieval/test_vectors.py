from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.retrieval.index import SearchIndex
from assistant.retrieval.vectors import DIMENSIONS, UnitVectors, answer_texts, plan_words, spelled_quotes
from assistant.settings import Settings
from assistant.store import index_versions
from ingest.indexer import ingest

PLAN = """# Safer Testshire Community Safety Plan 2020-23

London Borough of Testshire

## Our priorities

The partnership has agreed three priorities:

- Reducing knife crime
- Tackling anti-social behaviour
- Supporting victims of domestic abuse

## Governance

The Safer Testshire Partnership meets four times a year. It reports to the Health and Wellbeing Board.
"""

BRIEFING = """# Street lighting briefing 2022

Lighting upgrades cover 40 streets. The council will spend £120,000 on new CCTV cameras.

| Ward | Streets |
| --- | --- |
| North | 25 |
| South | 15 |
"""


class _Counting:
    """The real embedder, recording every text it is asked to embed as a document."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder
        self.texts: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.texts.extend(texts)
        return self._embedder.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self._embedder.embed_query(text)


def _write(settings: Settings, *plans: tuple[str, str]) -> Path:
    settings.corpus_dir.mkdir(parents=True, exist_ok=True)
    for name, text in plans:
        (settings.corpus_dir / name).write_text(text)
    return settings.corpus_dir


def _served(settings: Settings) -> SearchIndex:
    return SearchIndex.open(settings)


def _direct(embedder: Embedder, texts: list[str]) -> np.ndarray:
    return np.asarray(embedder.embed_documents(texts), dtype=np.float32).reshape(len(texts), DIMENSIONS)


def _assert_banked(index: SearchIndex, embedder: Embedder) -> None:
    """Every chunk's answer texts come from the bank (no misses), equal to embedding them now."""
    chunks = list(index.chunks.values())
    everything = UnitVectors.texts_of(chunks)
    expected = dict(zip(everything, _direct(embedder, everything), strict=True))
    bank = index.unit_vectors
    for chunk in chunks:
        texts = answer_texts(chunk)
        got = bank.vectors(texts, embedder)
        assert got.shape == (len(texts), DIMENSIONS) and got.dtype == np.float32
        assert np.allclose(got, np.array([expected[text] for text in texts]).reshape(-1, DIMENSIONS), atol=1e-5)
    assert bank.misses == 0 and len(bank) == len(everything)


def test_every_answer_text_of_an_ingested_corpus_comes_from_the_bank(settings: Settings, embedder) -> None:
    ingest([_write(settings, ("testshire-plan.md", PLAN), ("briefing.md", BRIEFING))], settings, embedder)
    index = _served(settings)
    try:
        lists = [text for chunk in index.chunks.values() for text in answer_texts(chunk) if "Reducing knife" in text]
        assert any(text.endswith("Supporting victims of domestic abuse") for text in lists)  # a list's text too
        _assert_banked(index, embedder)
    finally:
        index.close()


def test_answering_embeds_no_text_of_the_plans_at_question_time(settings: Settings, embedder) -> None:
    """What the answerer compares with a question (sentences, and each list as it reads it) is all in the bank:
    a list read in any other form than `answer_texts` gives it would be embedded on every question."""
    ingest([_write(settings, ("testshire-plan.md", PLAN), ("briefing.md", BRIEFING))], settings, embedder)
    index = _served(settings)
    try:
        assistant = Assistant.build(settings, embedder, index=index)
        for question in ("What are Testshire's priorities?", "Who does the Safer Testshire Partnership report to?"):
            assert assistant.ask(question).answered
        assert index.unit_vectors.misses == 0
    finally:
        index.close()


@pytest.mark.slow
def test_every_answer_text_of_the_bundled_corpus_comes_from_the_bank(corpus_settings: Settings, embedder) -> None:
    index = _served(corpus_settings)
    try:
        _assert_banked(index, embedder)
    finally:
        index.close()


def test_adding_a_plan_embeds_only_its_texts(settings: Settings, embedder) -> None:
    corpus = _write(settings, ("testshire-plan.md", PLAN))
    ingest([corpus], settings, embedder)
    first = _served(settings)
    first.close()
    _write(settings, ("briefing.md", BRIEFING))
    counting = _Counting(embedder)
    report = ingest([corpus], settings, counting)
    assert report.added == ["briefing.md"] and "answer vectors" in report.seconds
    second = _served(settings)
    second.close()
    added = [chunk for chunk in second.chunks.values() if chunk.metadata.source == "briefing.md"]
    known = set(UnitVectors.texts_of(first.chunks.values()))
    new_texts = [text for text in UnitVectors.texts_of(added) if text not in known]
    assert new_texts and sorted(counting.texts) == sorted([chunk.search_text for chunk in added] + new_texts)
    assert len(second.unit_vectors) == len(UnitVectors.texts_of(second.chunks.values()))


def test_build_reuses_the_previous_bank_and_drops_texts_no_chunk_holds(settings: Settings, embedder) -> None:
    ingest([_write(settings, ("testshire-plan.md", PLAN), ("briefing.md", BRIEFING))], settings, embedder)
    index = _served(settings)
    index.close()
    chunks = list(index.chunks.values())
    plan = [chunk for chunk in chunks if chunk.metadata.source == "testshire-plan.md"]
    alone = UnitVectors.build(plan, embedder)
    assert alone.embedded == len(alone) == len(UnitVectors.texts_of(plan))
    both = UnitVectors.build(chunks, embedder, previous=alone)
    assert both.embedded == len(both) - len(alone)
    again = UnitVectors.build(plan, embedder, previous=both)
    assert again.embedded == 0 and len(again) == len(alone)
    texts = UnitVectors.texts_of(plan)
    assert np.array_equal(again.vectors(texts, embedder), alone.vectors(texts, embedder)) and again.misses == 0


def test_the_bank_survives_save_and_load(settings: Settings, embedder, tmp_path: Path) -> None:
    ingest([_write(settings, ("testshire-plan.md", PLAN))], settings, embedder)
    version = index_versions(settings).current()
    assert version is not None
    saved = UnitVectors.load(version.unit_vectors_path)
    assert saved is not None and len(saved) > 0
    path = tmp_path / "copy" / "unit-vectors.npz"
    saved.save(path)
    loaded = UnitVectors.load(path)
    assert loaded is not None and [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left
    index = _served(settings)
    index.close()
    texts = UnitVectors.texts_of(index.chunks.values())
    assert np.array_equal(loaded.vectors(texts, embedder), saved.vectors(texts, embedder))
    assert loaded.misses == saved.misses == 0
    path.write_bytes(path.read_bytes()[:100])  # a damaged file is no bank
    assert UnitVectors.load(path) is None and UnitVectors.load(tmp_path / "nothing.npz") is None


def test_an_index_without_a_bank_answers_by_embedding(settings: Settings, embedder) -> None:
    ingest([_write(settings, ("testshire-plan.md", PLAN))], settings, embedder)
    version = index_versions(settings).current()
    assert version is not None
    version.unit_vectors_path.unlink()  # as an index built before the bank existed
    index = _served(settings)
    index.close()
    bank = index.unit_vectors
    assert len(bank) == 0
    empty = bank.vectors([], embedder)
    assert empty.shape == (0, DIMENSIONS) and empty.dtype == np.float32
    texts = UnitVectors.texts_of(index.chunks.values())
    got = bank.vectors(texts, embedder)
    assert got.dtype == np.float32 and np.allclose(got, _direct(embedder, texts), atol=1e-5)
    assert bank.misses == len(texts)


def test_the_plans_own_words_are_banked_so_a_question_s_word_can_be_judged_near_them(
    settings: Settings, embedder
) -> None:
    ingest([_write(settings, ("testshire-plan.md", PLAN), ("briefing.md", BRIEFING))], settings, embedder)
    index = _served(settings)
    try:
        chunks = list(index.chunks.values())
        words = plan_words(chunks)
        assert {"knife", "lighting", "cctv", "antisocial", "wellbeing"} <= set(words)
        assert not {"the", "of", "a", "20", "120000"} & set(words)  # stop words and figures name nothing
        assert all(word in index.unit_vectors for word in words)
        got = index.unit_vectors.vectors(["lighting"], embedder)
        assert np.allclose(got, _direct(embedder, ["lighting"]), atol=1e-5) and index.unit_vectors.misses == 0
    finally:
        index.close()


ACRONYM_PLAN = """# Safer Testshire Community Safety Plan 2020-23

## Anti-social behaviour

Tackling anti-social behaviour (ASB) is a priority for the partnership.

ASB is reviewed every month at the multi-agency Tasking Group.
"""

ACRONYM_BRIEFING = """# Parks briefing 2022

ASB patrols cover 40 parks.
"""


def test_a_quote_using_its_plans_acronym_is_banked_also_spelled_out(settings: Settings, embedder) -> None:
    ingest([_write(settings, ("testshire-plan.md", ACRONYM_PLAN), ("parks.md", ACRONYM_BRIEFING))], settings, embedder)
    index = _served(settings)
    index.close()
    chunks = list(index.chunks.values())
    reviewed = "ASB is reviewed every month at the multi-agency Tasking Group."
    spelled = "ASB (anti social behaviour) is reviewed every month at the multi-agency Tasking Group."
    # the briefing does not say what ASB is: another plan's glossary does not spell out its quote
    assert spelled_quotes(chunks) == [spelled]
    texts = UnitVectors.texts_of(chunks)
    assert {reviewed, spelled, "ASB patrols cover 40 parks."} <= set(texts)
    bank = index.unit_vectors
    got = bank.vectors([reviewed, spelled], embedder)
    assert np.allclose(got, _direct(embedder, [reviewed, spelled]), atol=1e-5) and bank.misses == 0
    query = np.asarray(embedder.embed_query("where is anti-social behaviour reviewed?"), np.float32)
    assert float(got[1] @ query) > float(got[0] @ query) + 0.1
