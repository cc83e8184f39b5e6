"""Small talk around a question is set aside; what says anything of what is asked stays."""

from __future__ import annotations

import pytest

from assistant.answering.small_talk import without_small_talk


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("Quick one: what are the priorities? Thanks in advance!", "What are the priorities?"),
        ("Right, next one: who chairs the board?", "Who chairs the board?"),
        ("Not sure you'll know, but how many burglaries were there?", "How many burglaries were there?"),
        ("Odd one for you — name the board. Much appreciated.", "Name the board."),
        ("Can I pick your brains? Who chairs the board? No need for detail.", "Who chairs the board?"),
        ("hi there, whats on in sutton?? thx", "Whats on in sutton??"),
        ("Short question: what about Ashcombe's targets for 2021?", "What about Ashcombe's targets for 2021?"),
        ("Just checking something, which group does the work feed into?", "Which group does the work feed into?"),
        # how much of an answer will do, and the asker's care not to be wrong
        ("Who chairs the board? One line is enough.", "Who chairs the board?"),
        ("Who chairs the board? Short and sweet is fine.", "Who chairs the board?"),
        ("How many burglaries were there? Happy to be corrected.", "How many burglaries were there?"),
        ("Last one for now: who chairs the board? No need to quote the whole thing.", "Who chairs the board?"),
        ("Mildly pedantic, but who chairs the board?", "Who chairs the board?"),
    ],
)
def test_small_talk_is_set_aside(message: str, asked: str) -> None:
    assert without_small_talk(message) == asked


@pytest.mark.parametrize(
    "message",
    [
        "What are the priorities?",
        "Thanks!",  # nothing else is said
        "Is there any help for me?",
        "My husband hits me. Is there any help for me?",  # the small talk asks; what is left only tells
        "My neighbour keeps shouting at night, sorry. What can the council do?",  # a story, not small talk
        "Which objectives does it set? The objectives row, not the actions.",  # says which part is wanted
        "What are Ashcombe's priorities? List them all.",
    ],
)
def test_what_says_something_of_what_is_asked_stays(message: str) -> None:
    assert without_small_talk(message) == message
