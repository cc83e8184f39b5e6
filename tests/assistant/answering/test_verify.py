from assistant.answer import Answer, Citation
from assistant.answering.verify import problems
from ingest.documents import Chunk, PlanMetadata

CHUNK = Chunk(
    id="c1",
    text="In total 1,389 responses were received. 71.85% felt safe.",
    metadata=PlanMetadata(source="p.txt", title="Plan 2017-21", council="Tower Hamlets"),
)


def _answer(text: str, quote: str, n: int = 1) -> Answer:
    citation = Citation(
        n=n,
        chunk_id="c1",
        source="p.txt",
        title="Plan 2017-21",
        council="Tower Hamlets",
        page=None,
        section=None,
        quote=quote,
    )
    return Answer(text=text, answered=True, citations=(citation,))


def test_a_faithful_answer_passes() -> None:
    answer = _answer(
        "According to the Plan 2017-21: In total 1,389 responses were received. [1]",
        "In total 1,389 responses were received.",
    )
    assert problems(answer, {"c1": CHUNK}) == []


def test_a_quote_not_in_the_passage_is_caught() -> None:
    answer = _answer("About 1,400 responses. [1]", "In total 1,400 responses were received.")
    found = problems(answer, {"c1": CHUNK})
    assert any("not verbatim" in p for p in found) and any("1400" in p for p in found)


def test_a_number_missing_from_the_cited_quote_is_caught() -> None:
    answer = _answer("72% felt safe. [1]", "71.85% felt safe.")
    assert problems(answer, {"c1": CHUNK}) == ["the number 72 is in no cited quote"]


def test_a_marker_without_a_citation_is_caught() -> None:
    answer = _answer("71.85% felt safe. [2]", "71.85% felt safe.")
    assert problems(answer, {"c1": CHUNK}) == ["[2] has no citation"]
