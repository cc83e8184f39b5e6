from assistant.retrieval.filters import Filters
from assistant.store import ChromaStore
from ingest.documents import Chunk, PlanMetadata


def _chunk(chunk_id: str, council: str, start: int, end: int, classification: str = "public") -> Chunk:
    meta = PlanMetadata(
        source=f"{council}.txt",
        title=council,
        council=council,
        period_start=start,
        period_end=end,
        classification=classification,
    )
    return Chunk(id=chunk_id, text=f"{council} plan", metadata=meta)


def test_chroma_where_and_the_python_predicate_agree(tmp_path) -> None:
    chunks = [
        _chunk("a", "Sutton", 2021, 2024),
        _chunk("b", "Southwark", 2017, 2020),
        _chunk("c", "Southwark", 2023, 2023, "internal"),
        _chunk("d", "Lewisham", 2015, 2016),
    ]
    store = ChromaStore(tmp_path / "chroma", "plans")
    store.upsert(chunks, [[1.0, float(i)] for i in range(len(chunks))])
    cases = [
        Filters(),
        Filters(councils=("Southwark",)),
        Filters(councils=("Southwark", "Sutton"), classifications=("public",)),
        Filters(year=2022),
        Filters(sources=("Lewisham.txt",)),
    ]
    for filters in cases:
        found = {chunk_id for chunk_id, _ in store.search([1.0, 0.0], 10, filters.where())}
        assert found == {chunk.id for chunk in chunks if filters.matches(chunk)}, filters
