"""Bringing the index in line with a set of plan files: add, replace, skip unchanged, prune removed."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from rich.progress import Progress

from assistant.embedding import Embedder
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.lexicon import Lexicon
from assistant.settings import Settings
from assistant.store import VectorStore, index_versions, open_store
from assistant.versions import Build, IndexVersion
from ingest.chunking import chunk_document
from ingest.documents import Chunk, PlanDocument
from ingest.loaders import SUPPORTED_SUFFIXES, IngestError, load_file
from ingest.metadata import MetadataError, build_metadata, read_sidecar, sidecar_path

# Bump when chunking or metadata derivation changes, so unchanged files are re-chunked once.
PIPELINE_VERSION = "1"
ALREADY_INDEXED = "already indexed"
OVER_LIMIT = "the limit"
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
    embedder: Embedder,
    prune: bool = False,
    progress: bool = False,
) -> IngestReport:
    """Index the plan files under paths. With prune, plans no longer among them are removed."""
    files, errors = collect_files(paths)
    return update_index(settings, embedder, files, errors=errors, prune=prune, progress=progress)


def update_index(
    settings: Settings,
    embedder: Embedder,
    files: Sequence[Path] = (),
    remove: Iterable[str] = (),
    errors: dict[str, str] | None = None,
    prune: bool = False,
    progress: bool = False,
    before_publish: Callable[[IngestReport], None] | None = None,
    only_new: bool = False,
) -> IngestReport:
    """Build a new index version with these files added or replaced and the named plans removed.

    Unchanged plans are copied with their embeddings. A file that fails keeps its previous version.
    With only_new, a file whose plan is already indexed is refused (checked under the build lock, so
    two uploads of one name cannot both add it). The new version is published (one atomic rename)
    only once it is complete and something changed; before_publish runs just before that. Until
    then, and if anything fails or the process is killed, the previous version serves every query."""
    report = IngestReport(failed=dict(errors or {}))
    versions = index_versions(settings)
    with versions.building() as build:
        target = open_store(settings, build.version)
        try:
            _fill(build, target, settings, embedder, files, set(remove), prune, progress, report, only_new)
            chunks = target.all_chunks()
        finally:
            target.close()
        report.chunks = len(chunks)
        if build.previous is not None and not report.changed:
            build.discard()
            return report
        build_search_indexes(chunks, build.version)
        if before_publish is not None:
            before_publish(report)
    return report


def _fill(
    build: Build,
    target: VectorStore,
    settings: Settings,
    embedder: Embedder,
    files: Sequence[Path],
    remove: set[str],
    prune: bool,
    progress: bool,
    report: IngestReport,
    only_new: bool = False,
) -> None:
    """Write the new version: changed files embedded afresh, every other kept plan copied."""
    previous = open_store(settings, build.previous) if build.previous is not None else None
    try:
        indexed: dict[str, str] = {}  # source -> file fingerprint
        if previous is not None:
            for chunk in previous.all_chunks():
                indexed.setdefault(chunk.metadata.source, chunk.file_sha256)
        fresh: set[str] = set()
        bar = Progress(transient=True) if progress else nullcontext()
        with bar:
            task = bar.add_task("Ingesting", total=len(files)) if isinstance(bar, Progress) else None
            for path in files:
                if only_new and path.name in indexed:
                    report.failed[path.name] = (
                        f"{path.name}: {ALREADY_INDEXED}; replace it with PUT /api/documents/{path.name}"
                    )
                elif _ingest_one(path, settings, target, embedder, indexed.get(path.name), report):
                    fresh.add(path.name)
                if isinstance(bar, Progress) and task is not None:
                    bar.advance(task)
        wanted = {path.name for path in files} | set(report.failed)
        for source in sorted(indexed):
            if source in fresh:
                continue
            # Plans named for removal go only if every file was indexed (a replacement that fails keeps the old).
            if (source in remove and not report.failed) or (prune and source not in wanted):
                report.removed.append(source)
                continue
            assert previous is not None
            rows = previous.export(source)
            target.upsert([chunk for chunk, _ in rows], [vector for _, vector in rows])
    finally:
        if previous is not None:
            previous.close()


def _ingest_one(
    path: Path,
    settings: Settings,
    target: VectorStore,
    embedder: Embedder,
    previous_sha256: str | None,
    report: IngestReport,
) -> bool:
    """Index one file into the new version; False when the previous version should be kept."""
    try:
        check_size(path, settings.max_file_mb)
        sha256 = fingerprint(path)
        if previous_sha256 == sha256:
            report.unchanged.append(path.name)
            return False
        document = read_document(path, sha256)
        chunks = chunk_document(document, settings.chunk_max_chars)
    except IngestError as error:
        report.failed[path.name] = str(error)
        log.warning("skipped %s", error)
        return False
    except OSError as error:
        report.failed[path.name] = f"{path.name}: could not be read ({error.strerror or error})"
        return False
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    chunks = [replace(chunk, ingested_at=stamp) for chunk in chunks]
    vectors = embedder.embed_documents([chunk.search_text for chunk in chunks])
    target.upsert(chunks, vectors)
    (report.replaced if previous_sha256 else report.added).append(path.name)
    return True


def check_size(path: Path, max_mb: float) -> None:
    problem = size_problem(path.name, path.stat().st_size, max_mb)
    if problem:
        raise IngestError(problem)


def size_problem(name: str, size: int, max_mb: float) -> str | None:
    """The error for a file over the size limit, or None."""
    if size <= max_mb * 1_000_000:
        return None
    return f"{name}: the file is {size / 1_000_000:.1f} MB; {OVER_LIMIT} is {max_mb:g} MB"


def build_search_indexes(chunks: Sequence[Chunk], version: IndexVersion) -> tuple[Bm25Index, Lexicon]:
    """Build and write the BM25 index and lexicon from exactly the chunks in the version's vector store."""
    bm25, lexicon = Bm25Index.build(chunks), Lexicon.build(chunks)
    bm25.save(version.bm25_dir)
    lexicon.save(version.lexicon_path)
    return bm25, lexicon
