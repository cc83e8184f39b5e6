"""The answer cache: a question read once is answered from memory, never across scopes or readings."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.access import PUBLIC, Caller, Role
from assistant.answer_cache import AnswerCache
from assistant.api.chat import turn_of
from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from tests.assistant.api.trust import INTERNAL_SOURCE, leaks, trust_index

OFFICER = Caller(Role.OFFICER).classifications


def test_the_least_recently_used_goes_first_and_size_0_keeps_nothing() -> None:
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    cache: AnswerCache[str] = AnswerCache(2)
    for key in ("a", "b", "a", "c", "a", "b"):
        assert cache.get(key, lambda key=key: make(key)) == key.upper()
    assert made == ["a", "b", "c", "b"]  # "a" was used again, so "b" went when "c" came
    stats = cache.stats()
    assert (stats.size, stats.capacity, stats.hits, stats.misses) == (2, 2, 2, 4) and stats.hit_rate == 2 / 6
    off: AnswerCache[str] = AnswerCache(0)
    made.clear()
    assert [off.get("a", lambda: make("a")) for _ in range(2)] == ["A", "A"] and made == ["a", "a"]
    assert off.stats().size == 0 and off.stats().hit_rate is None


@pytest.fixture(scope="module")
def cached(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    return Assistant.build(trust_index(tmp_path_factory.mktemp("cache"), embedder, answer_cache_size=16), embedder)


def test_the_same_question_is_read_once_and_answered_the_same(cached: Assistant) -> None:
    before = cached.cache.stats()
    first = cached.ask("What will the council do about street lighting?")
    second = cached.ask("What will the council do about street lighting?")
    after = cached.cache.stats()
    assert first == second and first.answered and "40 streets" in first.text
    assert (after.misses - before.misses, after.hits - before.hits) == (1, 1)


def test_a_cached_officer_answer_never_reaches_the_public(cached: Assistant) -> None:
    question = "Tell me about Operation Nightjar"
    officer = cached.ask(question, OFFICER)
    assert any(citation.source == INTERNAL_SOURCE for citation in officer.citations)
    hits = cached.cache.stats().hits
    public = cached.ask(question, PUBLIC.classifications)
    assert cached.cache.stats().hits == hits  # another scope: read afresh
    assert all(citation.source != INTERNAL_SOURCE for citation in public.citations)
    assert leaks(repr(public), asked=question) == []


def test_a_follow_up_is_cached_as_the_question_it_stands_for(cached: Assistant) -> None:
    """ "How much?" after two different questions is two different questions."""
    lighting = cached.ask("What will the council do about street lighting?")
    advisors = cached.ask("How many IDVAs will the partnership fund?")
    on_lighting = cached.ask("And by when?", (), [turn_of("What will the council do about street lighting?", lighting)])
    on_advisors = cached.ask("And by when?", (), [turn_of("How many IDVAs will the partnership fund?", advisors)])
    assert on_lighting.question != on_advisors.question
    assert on_lighting.text != on_advisors.text


def test_with_the_cache_off_answers_are_the_same(tmp_path: Path, embedder: Embedder, cached: Assistant) -> None:
    off = Assistant.build(trust_index(tmp_path, embedder, answer_cache_size=0), embedder)
    for question in ("What will the council do about street lighting?", "What are the priorities?"):
        assert off.ask(question) == off.ask(question) == cached.ask(question)
    assert off.cache.stats().hits == 0 and off.cache.stats().size == 0
