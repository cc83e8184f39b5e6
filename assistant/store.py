"""The vector store: chunks with their embeddings, searchable with metadata filters."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import chromadb
from chromadb.config import Settings as ChromaSettings

from ingest.documents import Chunk

Where = dict[str, Any]


class VectorStore(Protocol):
    """Where chunks live. Embedded Chroma now; a Chroma server can implement the same methods."""

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...

    def all_chunks(self) -> list[Chunk]: ...

    def search(self, embedding: Sequence[float], k: int, where: Where | None) -> list[tuple[Chunk, float]]: ...


class ChromaStore:
    """Embedded Chroma (PersistentClient) in a folder, cosine space, telemetry off."""

    def __init__(self, folder: Path, collection: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._client = chromadb.PersistentClient(path=str(folder), settings=ChromaSettings(anonymized_telemetry=False))
        self._collection = self._client.get_or_create_collection(
            collection, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
        )

    def count(self) -> int:
        return self._collection.count()

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None:
        for start in range(0, len(chunks), 500):
            batch = chunks[start : start + 500]
            self._collection.upsert(
                ids=[chunk.id for chunk in batch],
                documents=[chunk.text for chunk in batch],
                metadatas=[chunk.to_record() for chunk in batch],
                embeddings=[list(vector) for vector in embeddings[start : start + 500]],
            )

    def delete(self, ids: Sequence[str]) -> None:
        for start in range(0, len(ids), 500):
            self._collection.delete(ids=list(ids[start : start + 500]))

    def all_chunks(self) -> list[Chunk]:
        got = self._collection.get(include=["documents", "metadatas"])
        chunks = [
            Chunk.from_record(chunk_id, text or "", metadata or {})
            for chunk_id, text, metadata in zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True)
        ]
        return sorted(chunks, key=lambda chunk: (chunk.metadata.source, chunk.ordinal))

    def search(self, embedding: Sequence[float], k: int, where: Where | None) -> list[tuple[Chunk, float]]:
        """Nearest chunks with their cosine similarity."""
        total = self.count()
        if total == 0:
            return []
        found = self._collection.query(
            query_embeddings=[list(embedding)],
            n_results=min(k, total),
            where=where or None,
            include=["documents", "metadatas", "distances"],
        )
        return [
            (Chunk.from_record(chunk_id, text or "", metadata or {}), 1.0 - float(distance))
            for chunk_id, text, metadata, distance in zip(
                found["ids"][0],
                found["documents"][0],
                found["metadatas"][0],
                found["distances"][0],
                strict=True,
            )
        ]
