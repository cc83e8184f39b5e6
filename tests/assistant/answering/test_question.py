from assistant.answering.question import analyse
from assistant.retrieval.lexicon import Lexicon

LEXICON = Lexicon(acronyms={"MARAC": "Multi Agency Risk Assessment Conference"}, vocabulary={"referrals": 3})
COUNCILS = ["Southwark", "Sutton", "Tower Hamlets"]


def test_a_list_question_with_a_count() -> None:
    question = analyse("What are the four priorities of the Tower Hamlets plan 2017-21?", LEXICON, COUNCILS)
    assert question.wants_list and question.expected_count == 4
    assert question.councils == ("Tower Hamlets",) and question.years == (2017,)
    assert question.key_terms == ("prioriti",)


def test_councils_without_plans_are_noticed() -> None:
    question = analyse("Compare Camden's and Sutton's priorities", LEXICON, COUNCILS)
    assert question.councils == ("Sutton",) and question.unknown_councils == ("Camden",)


def test_a_figure_question_and_its_key_terms() -> None:
    question = analyse("How many MARAC referals does Sutton aim for?", LEXICON, COUNCILS)
    assert question.wants_number and not question.wants_list
    assert question.key_terms == ("marac", "referr")
