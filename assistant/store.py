"""The vector store: chunks with their embeddings, searchable with metadata filters."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import chromadb
import chromadb.errors
import numpy as np
from chromadb.api import ClientAPI
from chromadb.config import Settings as ChromaSettings

from assistant.settings import Settings
from assistant.versions import IndexVersion, IndexVersions
from ingest.documents import Chunk

Where = dict[str, Any]
_BATCH = 500
# A get without a limit asks SQLite for one variable per row, and SQLite stops at 32766: read in pages.
_PAGE = 5000
# Chroma shares one system per folder among a process's clients, and creating or closing them from two
# threads at once races in its cache: a server loading a new version while an upload reads it.
_CLIENTS = threading.Lock()


class VectorStore(Protocol):
    """Where chunks live: embedded Chroma in a folder, or a collection on a Chroma server."""

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...

    def all_chunks(self) -> list[Chunk]: ...

    def export(self, source: str | None = None) -> list[tuple[Chunk, list[float]]]: ...

    def vectors(self) -> tuple[list[str], np.ndarray]: ...

    def close(self) -> None: ...


class ChromaStore:
    """One Chroma collection in cosine space, telemetry off."""

    def __init__(self, folder: Path, collection: str) -> None:
        """Embedded Chroma (PersistentClient) in a folder: one process only."""
        folder.mkdir(parents=True, exist_ok=True)
        with _CLIENTS:
            client = chromadb.PersistentClient(path=str(folder), settings=ChromaSettings(anonymized_telemetry=False))
            self._open(client, collection)

    @classmethod
    def remote(cls, url: str, collection: str) -> ChromaStore:
        """A collection on a Chroma server (`chroma run`), which several processes can share."""
        store = cls.__new__(cls)
        store._open(server_client(url), collection)
        return store

    def _open(self, client: ClientAPI, collection: str) -> None:
        self._client = client
        self._collection = client.get_or_create_collection(
            collection, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
        )
        self._count: int | None = None  # known until this store changes (a published version never does)

    def count(self) -> int:
        if self._count is None:
            self._count = self._collection.count()
        return self._count

    def upsert(self, chunks: Sequence[Chunk], embeddings: Sequence[Sequence[float]]) -> None:
        self._count = None
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start : start + _BATCH]
            self._collection.upsert(
                ids=[chunk.id for chunk in batch],
                documents=[chunk.text for chunk in batch],
                metadatas=[chunk.to_record() for chunk in batch],
                embeddings=[list(vector) for vector in embeddings[start : start + _BATCH]],
            )

    def delete(self, ids: Sequence[str]) -> None:
        self._count = None
        for start in range(0, len(ids), _BATCH):
            self._collection.delete(ids=list(ids[start : start + _BATCH]))

    def all_chunks(self) -> list[Chunk]:
        return [chunk for chunk, _ in self._get(include_embeddings=False)]

    def export(self, source: str | None = None) -> list[tuple[Chunk, list[float]]]:
        """Chunks (of one plan, or all) with their embeddings, so a new index version can reuse them."""
        return self._get(include_embeddings=True, where={"source": source} if source else None)

    def _get(
        self, include_embeddings: bool, where: Where | None = None, page: int = _PAGE
    ) -> list[tuple[Chunk, list[float]]]:
        include: list[Any] = ["documents", "metadatas", *(["embeddings"] if include_embeddings else [])]
        rows: list[tuple[Chunk, list[float]]] = []
        while True:
            got = self._collection.get(include=include, where=where, limit=page, offset=len(rows))
            vectors = got.get("embeddings")
            rows.extend(
                (
                    Chunk.from_record(chunk_id, text or "", metadata or {}),
                    [float(x) for x in vectors[i]] if include_embeddings and vectors is not None else [],
                )
                for i, (chunk_id, text, metadata) in enumerate(
                    zip(got["ids"], got["documents"] or [], got["metadatas"] or [], strict=True)
                )
            )
            if len(got["ids"]) < page:
                break
        return sorted(rows, key=lambda row: (row[0].metadata.source, row[0].ordinal))

    def vectors(self, page: int = _PAGE) -> tuple[list[str], np.ndarray]:
        """Every chunk's id and embedding, as one matrix (rows in the ids' order)."""
        ids: list[str] = []
        blocks: list[np.ndarray] = []
        while True:
            got = self._collection.get(include=["embeddings"], limit=page, offset=len(ids))
            ids.extend(got["ids"])
            if got["ids"]:
                blocks.append(np.asarray(got["embeddings"], dtype=np.float32))
            if len(got["ids"]) < page:
                break
        return ids, (np.concatenate(blocks) if blocks else np.zeros((0, 0), dtype=np.float32))

    def close(self) -> None:
        """Release the client (an embedded store's files are flushed and unlocked)."""
        with _CLIENTS:
            self._client.close()


def server_client(url: str) -> ClientAPI:
    """A client of the Chroma server at url (http://host:port)."""
    parts = urlsplit(url if "://" in url else f"http://{url}")
    if not parts.hostname:
        raise ValueError(f"not a Chroma server URL: {url!r}")
    return chromadb.HttpClient(
        host=parts.hostname,
        port=parts.port or (443 if parts.scheme == "https" else 8000),
        ssl=parts.scheme == "https",
        settings=ChromaSettings(anonymized_telemetry=False),
    )


def collection_name(settings: Settings, version: IndexVersion) -> str:
    return f"{settings.collection}-{version.name}"


def open_store(settings: Settings, version: IndexVersion) -> ChromaStore:
    """The vector store of one index version: on the Chroma server if one is set, else embedded."""
    if settings.chroma_url:
        return ChromaStore.remote(settings.chroma_url, collection_name(settings, version))
    return ChromaStore(version.chroma_dir, settings.collection)


def index_versions(settings: Settings) -> IndexVersions:
    """The index versions in the data folder; dropping one also drops its collection on a Chroma server."""

    def drop_collection(version: IndexVersion) -> None:
        client = server_client(settings.chroma_url or "")
        with contextlib.suppress(ValueError, chromadb.errors.NotFoundError):
            client.delete_collection(collection_name(settings, version))

    return IndexVersions(settings.data_dir, on_drop=drop_collection if settings.chroma_url else None)
