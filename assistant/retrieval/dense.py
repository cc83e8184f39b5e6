"""The dense side of retrieval: every served chunk's vector in one matrix, searched exactly under the
filters' mask.

Chroma keeps the vectors (and shares them between workers on a server), but its filtered query reads
each matching row's metadata from SQLite first, so its cost grew with the corpus (4 ms at 5 plans, 42 ms
at 100 for a filter every chunk passes). Here a filter is a mask (see `ChunkTable`) and the search a
matrix product over the rows it lets through."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.retrieval.table import ChunkTable
from assistant.store import VectorStore

# Below this share of rows let through, the rows are gathered first; above it, every row is scored.
_GATHER = 0.3


class DenseIndex:
    """Unit-length chunk vectors, one row per chunk in the table's order."""

    def __init__(self, matrix: np.ndarray) -> None:
        self._matrix = np.ascontiguousarray(matrix, dtype=np.float32)

    @classmethod
    def load(cls, store: VectorStore, table: ChunkTable) -> DenseIndex:
        """The store's vectors in the table's order (a chunk the store has no vector for is an error)."""
        ids, vectors = store.vectors()
        if len(table) == 0:
            return cls(np.zeros((0, 0), dtype=np.float32))
        matrix = np.zeros((len(table), vectors.shape[1]), dtype=np.float32)
        have = np.zeros(len(table), dtype=bool)
        rows = table.positions(ids)
        matrix[rows] = vectors
        have[rows] = True
        if not have.all():
            raise ValueError(f"{int((~have).sum())} chunks have no vector in the store")
        return cls(_unit(matrix))

    @property
    def nbytes(self) -> int:
        return int(self._matrix.nbytes)

    def search(self, vector: Sequence[float], k: int, mask: np.ndarray) -> list[tuple[int, float]]:
        """The k rows the mask lets through most similar to vector (cosine), best first, as (row, similarity);
        equal similarities in row order."""
        rows = np.flatnonzero(mask)
        if len(rows) == 0 or k <= 0:
            return []
        query = _unit(np.asarray(vector, dtype=np.float32)[None, :])[0]
        gather = len(rows) < _GATHER * len(mask)
        similarity = self._matrix[rows] @ query if gather else (self._matrix @ query)[rows]
        best = np.argpartition(-similarity, k - 1)[:k] if k < len(rows) else np.arange(len(rows))
        best = best[np.lexsort((rows[best], -similarity[best]))]
        return [(int(rows[i]), float(similarity[i])) for i in best]


def _unit(matrix: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)
