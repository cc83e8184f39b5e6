from assistant.pipeline import Assistant
from assistant.retrieval.filters import Filters


def test_an_acronym_question_finds_its_definition(assistant: Assistant) -> None:
    query = assistant.reader().view.lexicon.expand("what is marac").text
    passages = assistant.reader().retriever.retrieve(query, Filters(), 5)
    assert any("MARAC – Multi Agency Risk Assessment Conference" in p.chunk.text for p in passages)


def test_council_filter_keeps_to_that_council(assistant: Assistant) -> None:
    passages = assistant.reader().retriever.retrieve("domestic abuse referrals", Filters(councils=("Sutton",)), 8)
    assert passages and {p.chunk.metadata.council for p in passages} == {"Sutton"}


def test_hybrid_ranks_the_priorities_passage_first(assistant: Assistant) -> None:
    passages = assistant.reader().retriever.retrieve(
        "four priorities community safety partnership plan", Filters(councils=("Tower Hamlets",)), 5
    )
    assert any("Reducing Re-offending" in p.chunk.text for p in passages[:3])
