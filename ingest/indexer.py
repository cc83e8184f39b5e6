"""Bringing the index in line with a set of plan files: add, replace, skip unchanged, prune removed."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rich.progress import Progress

from assistant.embedding import Embedder
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.lexicon import Lexicon
from assistant.settings import Settings
from assistant.store import VectorStore
from ingest.chunking import chunk_document
from ingest.documents import Chunk, PlanDocument
from ingest.loaders import SUPPORTED_SUFFIXES, IngestError, load_file
from ingest.metadata import MetadataError, build_metadata, read_sidecar, sidecar_path

# Bump when chunking or metadata derivation changes, so unchanged files are re-chunked once.
PIPELINE_VERSION = "1"
log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    chunks: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)


def collect_files(paths: Iterable[Path]) -> tuple[list[Path], dict[str, str]]:
    """Plan files under the given paths, and an error for each path that is not one."""
    files: list[Path] = []
    errors: dict[str, str] = {}
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() in SUPPORTED_SUFFIXES))
        elif path.suffix.lower() in SUPPORTED_SUFFIXES and path.is_file():
            files.append(path)
        elif not path.exists():
            errors[path.name] = f"{path.name}: no such file or folder"
        else:
            errors[path.name] = f"{path.name}: unsupported file type; use .txt, .md or .pdf"
    return files, errors


def fingerprint(path: Path) -> str:
    """Changes when the file, its sidecar or the pipeline changes."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    digest.update(path.read_bytes())
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


def read_document(path: Path, sha256: str | None = None) -> PlanDocument:
    """Load and describe one plan file (fingerprinted unless given); IngestError names the file on failure."""
    loaded = load_file(path)
    try:
        stated = {**loaded.front_matter, **read_sidecar(path)}
        text = "\n".join(page.text for page in loaded.pages)
        metadata = build_metadata(path.name, text, stated)
    except MetadataError as error:
        raise IngestError(f"{path.name}: {error}") from error
    return PlanDocument(metadata=metadata, pages=loaded.pages, sha256=sha256 or fingerprint(path))


def ingest(
    paths: Sequence[Path],
    settings: Settings,
    store: VectorStore,
    embedder: Embedder,
    prune: bool = False,
    progress: bool = False,
) -> IngestReport:
    """Index the plan files under paths. With prune, plans no longer among them are removed."""
    files, errors = collect_files(paths)
    report = IngestReport(failed=dict(errors))
    indexed: dict[str, list[Chunk]] = {}
    for chunk in store.all_chunks():
        indexed.setdefault(chunk.metadata.source, []).append(chunk)

    bar = Progress(transient=True) if progress else nullcontext()
    with bar:
        task = bar.add_task("Ingesting", total=len(files)) if isinstance(bar, Progress) else None
        for path in files:
            _ingest_one(path, settings, store, embedder, indexed, report)
            if isinstance(bar, Progress) and task is not None:
                bar.advance(task)

    if prune:
        wanted = {path.name for path in files} | set(report.failed)
        for source, chunks in sorted(indexed.items()):
            if source not in wanted:
                store.delete([chunk.id for chunk in chunks])
                report.removed.append(source)

    chunks = store.all_chunks()
    report.chunks = len(chunks)
    if report.changed or not Bm25Index.load(settings.bm25_dir) or not settings.lexicon_path.is_file():
        build_search_indexes(chunks, settings)
    return report


def _ingest_one(
    path: Path,
    settings: Settings,
    store: VectorStore,
    embedder: Embedder,
    indexed: dict[str, list[Chunk]],
    report: IngestReport,
) -> None:
    previous = indexed.get(path.name, [])
    try:
        sha256 = fingerprint(path)
        if previous and previous[0].file_sha256 == sha256:
            report.unchanged.append(path.name)
            return
        document = read_document(path, sha256)
        chunks = chunk_document(document, settings.chunk_max_chars)
    except IngestError as error:
        report.failed[path.name] = str(error)
        log.warning("skipped %s", error)
        return
    except OSError as error:
        report.failed[path.name] = f"{path.name}: could not be read ({error})"
        return
    vectors = embedder.embed_documents([chunk.search_text for chunk in chunks])
    store.upsert(chunks, vectors)
    new_ids = {chunk.id for chunk in chunks}
    stale = [chunk.id for chunk in previous if chunk.id not in new_ids]
    if stale:
        store.delete(stale)
    (report.replaced if previous else report.added).append(path.name)


def build_search_indexes(chunks: Sequence[Chunk], settings: Settings) -> tuple[Bm25Index, Lexicon]:
    """Build and write the BM25 index and lexicon from exactly the chunks in the vector store."""
    bm25, lexicon = Bm25Index.build(chunks), Lexicon.build(chunks)
    bm25.save(settings.bm25_dir)
    lexicon.save(settings.lexicon_path)
    return bm25, lexicon
