"""Messages typed in a hurry are read in their plain words."""

import pytest

from assistant.safety.text import clauses, phrases, repair


def words(message: str) -> list[str]:
    return [word for clause in clauses(message) for word in clause]


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("I'm scared", "i am scared"),
        ("im scared", "i am scared"),
        ("he’s outside", "he is outside"),
        ("I can't go on", "i can not go on"),
        ("i cant go on", "i can not go on"),
        ("they won't let me leave", "they will not let me leave"),
        ("sum1 followin me pls hlp", "someone following me please help"),
        ("pleaseeee helppp", "please help"),
        ("my mate od'd", "my mate overdosed"),
        ("my mate ODed", "my mate overdosed"),
        ("an odd one: it's late", "an odd one it is late"),  # "odd" is no "OD'd", whatever else the message says
        ("hell kill me", "he will kill me"),
        ("ur scaring me rn", "your scaring me right now"),
    ],
)
def test_text_speak_contractions_and_stretched_letters_are_spelled_out(typed: str, plain: str) -> None:
    assert " ".join(words(typed)) == plain


def test_a_word_like_hell_is_left_alone_when_no_verb_follows() -> None:
    assert words("my mum is ill") == ["my", "mum", "is", "ill"]
    assert words("it was hell") == ["it", "was", "hell"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("folowing", "following"),
        ("stalkin", "stalking"),
        ("sucidal", "suicidal"),
        ("threatning", "threatening"),
        ("paracetomol", "paracetamol"),
        ("unconcious", "unconscious"),
        ("boyfreind", "boyfriend"),
    ],
)
def test_misspellings_of_the_words_that_matter_are_repaired(typed: str, meant: str) -> None:
    assert repair(typed) == meant


@pytest.mark.parametrize("word", ["shared", "scored", "stealing", "fellow", "sitting", "hunting", "bearing", "plans"])
def test_ordinary_words_near_a_target_are_not_turned_into_it(word: str) -> None:
    assert repair(word) == word


def test_a_message_is_split_into_clauses_at_sentence_ends() -> None:
    assert clauses("Help. Someone is outside! What do I do?") == [
        ["help"],
        ["someone", "is", "outside"],
        ["what", "do", "i", "do"],
    ]


def test_a_run_on_paragraph_is_read_comma_by_comma() -> None:
    paragraph = ", ".join(["the council should fix the road near the shops"] * 6)
    assert all(len(clause) < 12 for clause in clauses(paragraph))


def test_phrases_match_whole_words_only() -> None:
    pattern = phrases(r"kill myself", r"pills")
    assert pattern.search("i want to kill myself")
    assert pattern.search("took pills")
    assert not pattern.search("skill myself")
    assert not pattern.search("pillsbury")
