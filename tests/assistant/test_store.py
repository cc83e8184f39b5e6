import pytest

from assistant.store import ChromaStore
from ingest.documents import Chunk, PlanMetadata


def _chunks(source: str, n: int) -> list[Chunk]:
    meta = PlanMetadata(source=source, title=source, council="Anytown")
    return [Chunk(id=f"{source}-{i}", text=f"passage {i}", metadata=meta, ordinal=i) for i in range(n)]


def test_every_chunk_is_read_back_past_sqlites_variable_limit(tmp_path) -> None:
    # One variable per row: SQLite stops at 32766, which a corpus of a thousand plans passes.
    chunks = _chunks("big.txt", 33_000)
    store = ChromaStore(tmp_path / "chroma", "plans")
    store.upsert(chunks, [[1.0, float(i % 7)] for i in range(len(chunks))])
    got = store.all_chunks()
    assert [chunk.id for chunk in got] == [chunk.id for chunk in chunks]
    store.close()


def test_reading_in_pages_keeps_every_row_in_order(tmp_path) -> None:
    chunks = _chunks("a.txt", 12) + _chunks("b.txt", 11)
    store = ChromaStore(tmp_path / "chroma", "plans")
    store.upsert(chunks, [[1.0, float(i)] for i in range(len(chunks))])
    rows = store._get(include_embeddings=True, page=5)
    assert [chunk.id for chunk, _ in rows] == [chunk.id for chunk in chunks]
    # Chroma keeps cosine-space vectors normalised: the direction is what comes back.
    assert [vector[1] / vector[0] for _, vector in rows] == pytest.approx([float(i) for i in range(len(chunks))])
    only_b = store._get(include_embeddings=False, where={"source": "b.txt"}, page=4)
    assert [chunk.id for chunk, _ in only_b] == [chunk.id for chunk in chunks[12:]]
    store.close()
