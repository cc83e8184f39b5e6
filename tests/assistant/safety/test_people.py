"""Whom a harm happens to, read from the noun phrases around it."""

import pytest

from assistant.safety.people import phrase_before, subject_of, victim_after, victim_within, who_of


@pytest.mark.parametrize(
    ("phrase", "who"),
    [
        ("me", "writer"),
        ("us", "writer"),
        ("my car", "writer"),
        ("my 12 year old daughter", "close"),
        ("my neighbour kids", "close"),
        ("our son", "close"),
        ("the kids next door", "close"),
        ("she", "specific"),
        ("her kids", "specific"),
        ("a man", "stranger"),
        ("someone", "stranger"),
        ("a little girl", "stranger"),
        ("people", "public"),
        ("women", "public"),
        ("young people", "public"),
        ("my area", "public"),
        ("our estate", "public"),
        ("dad", "close"),
        ("parents", "stranger"),
        ("the council", "unknown"),
        ("my complaint", "unknown"),
    ],
)
def test_a_noun_phrase_names_whom(phrase: str, who: str) -> None:
    assert who_of(tuple(phrase.split())) == who


def test_the_victim_of_an_active_verb_is_after_it_past_fillers_and_further_verbs() -> None:
    words = tuple(["he", "keeps", "threatening", "to", "kill", "me"])
    assert victim_after(words, 2) == ("me",)
    assert who_of(victim_after(tuple(["follows", "my", "daughter", "home", "from", "school"]), 0)) == "close"
    assert victim_after(tuple(["follow", "up", "on", "my", "complaint"]), 0) == ("my",)
    assert who_of(victim_after(tuple(["follow", "up", "on", "my", "complaint"]), 0)) == "unknown"


def test_the_subject_is_found_back_past_auxiliaries() -> None:
    words = tuple(["i", "think", "my", "son", "is", "being", "groomed"])
    assert subject_of(words, 6) == ("my", "son")
    assert phrase_before(tuple(["people", "who", "are", "being", "stalked"]), 0) == ("people",)


def test_a_situation_names_its_own_victim() -> None:
    assert victim_within(tuple(["will", "not", "let", "me", "leave"])) == "writer"
    assert victim_within(tuple(["banging", "on", "my", "door"])) == "writer"
    assert victim_within(tuple(["will", "not", "let", "her", "leave"])) == "specific"
    assert victim_within(tuple(["keeps", "calling"])) is None
