"""Hybrid retrieval: BM25 and dense rankings fused, under the same filters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np

from assistant.embedding import Embedder
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.filters import Filters
from assistant.retrieval.terms import terms
from assistant.store import VectorStore
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
    """Fuses BM25 and dense results (reciprocal rank fusion by default)."""

    def __init__(
        self,
        store: VectorStore,
        bm25: Bm25Index,
        chunks: Mapping[str, Chunk],
        embedder: Embedder,
        candidates: int = 40,
        fusion: Literal["rrf", "weighted"] = "rrf",
        rrf_k: int = 60,
        dense_weight: float = 0.5,
        mode: Mode = "hybrid",
    ) -> None:
        self._store = store
        self._bm25 = bm25
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
        order = np.argsort(-scores, kind="stable")
        hits: list[tuple[str, float]] = []
        for index in order:
            if scores[index] <= 0 or len(hits) >= self._candidates:
                break
            chunk = self._chunks.get(ids[index])
            if chunk is not None and filters.matches(chunk):
                hits.append((ids[index], float(scores[index])))
        return hits

    def _dense(self, query: str, filters: Filters) -> list[tuple[str, float]]:
        vector = self._embedder.embed_query(query)
        return self._store.search(vector, self._candidates, filters.where())

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
