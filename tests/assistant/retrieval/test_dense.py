import numpy as np
import pytest

from assistant.retrieval.dense import DenseIndex
from assistant.retrieval.filters import Filters
from assistant.retrieval.table import ChunkTable
from assistant.store import ChromaStore
from ingest.documents import Chunk, PlanMetadata

COUNCILS = ("Anytown", "Bigcity", "Castleford")


def _chunks(n: int) -> list[Chunk]:
    chunks = []
    for i in range(n):
        council = COUNCILS[i % len(COUNCILS)]
        start = 2018 + i % 4
        meta = PlanMetadata(
            source=f"{council}.txt", title=council, council=council, period_start=start, period_end=start + 2
        )
        chunks.append(Chunk(id=f"c{i}", text=f"passage {i}", metadata=meta, ordinal=i))
    return chunks


def test_the_dense_search_finds_what_chromas_filtered_query_finds(tmp_path) -> None:
    rng = np.random.default_rng(7)
    chunks = _chunks(300)
    vectors = rng.normal(size=(len(chunks), 16)).astype(np.float32)
    store = ChromaStore(tmp_path / "chroma", "plans")
    store.upsert(chunks, vectors.tolist())
    table = ChunkTable(store.all_chunks())
    dense = DenseIndex.load(store, table)
    for filters, where in [
        (Filters(), None),
        (Filters(councils=("Bigcity",)), {"council": {"$in": ["Bigcity"]}}),
        (Filters(year=2021), {"$and": [{"period_start": {"$lte": 2021}}, {"period_end": {"$gte": 2021}}]}),
    ]:
        for query in rng.normal(size=(5, 16)):
            ours = dense.search(query.tolist(), 10, table.mask(filters))
            theirs = store._collection.query(query_embeddings=[query.tolist()], n_results=10, where=where)
            assert [table.ids[row] for row, _ in ours] == theirs["ids"][0]
            assert [similarity for _, similarity in ours] == [
                pytest.approx(1 - d, abs=1e-5) for d in theirs["distances"][0]
            ]
    store.close()


def test_only_rows_the_mask_lets_through_are_returned_best_first() -> None:
    matrix = np.array([[1, 0], [0.9, 0.1], [0, 1], [0.7, 0.7], [1, 0]], dtype=np.float32)
    dense = DenseIndex(matrix)
    mask = np.array([False, True, True, True, True])
    found = dense.search([1.0, 0.0], 3, mask)
    assert [row for row, _ in found] == [4, 1, 3]  # row 0 is as close as row 4 but masked out
    assert found[0][1] == pytest.approx(1.0)
    assert dense.search([1.0, 0.0], 10, mask)[-1][0] == 2  # k beyond the rows: all of them
    assert dense.search([1.0, 0.0], 3, np.zeros(5, dtype=bool)) == []


def test_equal_similarities_come_in_row_order() -> None:
    dense = DenseIndex(np.ones((50, 4), dtype=np.float32))
    found = dense.search([1.0, 1.0, 1.0, 1.0], 7, np.ones(50, dtype=bool))
    assert [row for row, _ in found] == list(range(7))
