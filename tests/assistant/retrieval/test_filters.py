import itertools

from assistant.retrieval.filters import Filters
from assistant.retrieval.table import ChunkTable
from ingest.documents import Chunk, PlanMetadata


def _chunk(chunk_id: str, council: str, start: int | None, end: int | None, classification: str = "public") -> Chunk:
    meta = PlanMetadata(
        source=f"{council}-{start}.txt",
        title=council,
        council=council,
        period_start=start,
        period_end=end,
        classification=classification,
        doc_type="strategy" if start and start > 2020 else "plan",
    )
    return Chunk(id=chunk_id, text=f"{council} plan", metadata=meta)


CHUNKS = [
    _chunk("a", "Sutton", 2021, 2024),
    _chunk("b", "Southwark", 2017, 2020),
    _chunk("c", "Southwark", 2023, 2023, "internal"),
    _chunk("d", "Lewisham", 2015, 2016),
    _chunk("e", "Lewisham", None, None),
]


def test_the_tables_mask_is_the_predicate_on_every_chunk() -> None:
    table = ChunkTable(CHUNKS)
    values = {
        "councils": [(), ("Southwark",), ("Southwark", "Sutton"), ("Nowhere",)],
        "sources": [(), ("Lewisham-2015.txt",), ("Lewisham-None.txt", "Sutton-2021.txt")],
        "doc_types": [(), ("strategy",)],
        "classifications": [(), ("public",), ("internal", "public")],
        "year": [None, 2016, 2020, 2023, 1990],
    }
    for combination in itertools.product(*values.values()):
        filters = Filters(**dict(zip(values, combination, strict=True)))
        assert table.mask(filters).tolist() == [filters.matches(chunk) for chunk in CHUNKS], filters


def test_a_mask_is_kept_and_cannot_be_changed() -> None:
    table = ChunkTable(CHUNKS, cache_size=1)
    first = table.mask(Filters(councils=("Sutton",)))
    assert table.mask(Filters(councils=("Sutton",))) is first
    assert not first.flags.writeable
    table.mask(Filters(year=2016))  # pushes the first out of a cache of one
    assert table.mask(Filters(councils=("Sutton",))) is not first
