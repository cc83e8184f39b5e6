"""Hybrid retrieval: BM25 and dense rankings fused, under the same filters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np

from assistant.embedding import Embedder
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.dense import DenseIndex
from assistant.retrieval.filters import Filters
from assistant.retrieval.table import ChunkTable
from assistant.retrieval.terms import terms
from ingest.documents import Chunk

Mode = Literal["hybrid", "bm25", "dense"]


@dataclass(frozen=True)
class Passage:
    chunk: Chunk
    score: float
    rank: int


class Retriever(Protocol):
    def retrieve(self, query: str, filters: Filters, k: int) -> list[Passage]: ...


class HybridRetriever:
    """Fuses BM25 and dense results (reciprocal rank fusion by default). Both searches see only the chunks
    of one view (the BM25 index's) that the filters let through."""

    def __init__(
        self,
        table: ChunkTable,
        dense: DenseIndex,
        bm25: Bm25Index,
        chunks: Mapping[str, Chunk],
        embedder: Embedder,
        candidates: int = 40,
        fusion: Literal["rrf", "weighted"] = "rrf",
        rrf_k: int = 60,
        dense_weight: float = 0.5,
        mode: Mode = "hybrid",
    ) -> None:
        self._table = table
        self._dense_index = dense
        self._bm25 = bm25
        self._view = table.positions(bm25.ids)  # BM25's row -> the table's row
        self._in_view = np.zeros(len(table), dtype=bool)
        self._in_view[self._view] = True
        self._chunks = chunks
        self._embedder = embedder
        self._candidates = candidates
        self._fusion = fusion
        self._rrf_k = rrf_k
        self._dense_weight = dense_weight
        self.mode = mode

    def retrieve(self, query: str, filters: Filters, k: int) -> list[Passage]:
        lexical = self._lexical(query, filters) if self.mode != "dense" else []
        dense = self._dense(query, filters) if self.mode != "bm25" else []
        fused = self._fuse(lexical, dense)
        ranked = sorted(fused.items(), key=lambda item: -item[1])[:k]
        return [
            Passage(chunk=self._chunks[chunk_id], score=score, rank=rank)
            for rank, (chunk_id, score) in enumerate(ranked)
            if chunk_id in self._chunks
        ]

    def _lexical(self, query: str, filters: Filters) -> list[tuple[str, float]]:
        scores = self._bm25.scores(terms(query))
        ids = self._bm25.ids
        scored = np.flatnonzero((scores > 0) & self._table.mask(filters)[self._view])
        order = scored[np.argsort(-scores[scored], kind="stable")][: self._candidates]
        return [(ids[index], float(scores[index])) for index in order]

    def _dense(self, query: str, filters: Filters) -> list[tuple[str, float]]:
        vector = self._embedder.embed_query(query)
        found = self._dense_index.search(vector, self._candidates, self._table.mask(filters) & self._in_view)
        return [(self._table.ids[row], similarity) for row, similarity in found]

    def _fuse(self, lexical: list[tuple[str, float]], dense: list[tuple[str, float]]) -> dict[str, float]:
        fused: dict[str, float] = {}
        if self._fusion == "rrf":
            for ranking in (lexical, dense):
                for rank, (chunk_id, _) in enumerate(ranking):
                    fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (self._rrf_k + rank + 1)
            return fused
        top_lexical = max((score for _, score in lexical), default=1.0) or 1.0
        for chunk_id, score in lexical:
            fused[chunk_id] = (1 - self._dense_weight) * score / top_lexical
        for chunk_id, similarity in dense:
            fused[chunk_id] = fused.get(chunk_id, 0.0) + self._dense_weight * max(similarity, 0.0)
        return fused
