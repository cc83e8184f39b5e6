"""Bringing the index in line with a set of plan files: add, replace, skip unchanged, prune removed."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from rich.progress import Progress

from assistant.embedding import Embedder
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.lexicon import Lexicon
from assistant.retrieval.vectors import UnitVectors
from assistant.settings import Settings
from assistant.store import VectorStore, index_versions, open_store
from assistant.versions import Build, IndexVersion
from ingest.chunking import chunk_document
from ingest.documents import AUDIENCES, CLASSIFICATIONS, Chunk, PlanDocument
from ingest.loaders import SUPPORTED_NAMES, SUPPORTED_SUFFIXES, ExtractionLimits, IngestError, load_file
from ingest.metadata import MetadataError, build_metadata, derive_classification, read_sidecar, sidecar_of
from ingest.plan import Plan, build_plan
from ingest.plan.store import load_plans, save_plans
from ingest.registry import DEFAULT_CLASSIFICATION, Record, Records, Statement, append_audit, new_record

# Bump when chunking, metadata or plan-model derivation changes, so unchanged files are re-read once.
PIPELINE_VERSION = "39"
ALREADY_INDEXED = "already indexed"
OVER_LIMIT = "the size limit"  # what a too-large file's error says (the API answers 413 for it)
log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)  # for the admin: markup removed, instructions...
    chunks: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # time spent in each step, over all files

    def timed(self, step: str, started: float) -> None:
        self.seconds[step] = self.seconds.get(step, 0.0) + time.perf_counter() - started

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
            errors[path.name] = f"{path.name}: unsupported file type; use {SUPPORTED_NAMES}"
    return files, errors


def unsupported_in(paths: Iterable[Path]) -> dict[str, list[str]]:
    """Files in the given folders that are not plans this reads (a .doc, a spreadsheet): a warning each,
    so nothing is skipped without a word. Sidecars and hidden files are not plans and are not named."""
    found: dict[str, list[str]] = {}
    for path in paths:
        if not path.is_dir():
            continue
        for other in sorted(path.iterdir()):
            suffix = other.suffix.lower()
            plan_like = other.is_file() and not other.name.startswith(".") and not other.name.endswith(".meta.json")
            if plan_like and suffix not in SUPPORTED_SUFFIXES:
                found[other.name] = [
                    f"skipped: {suffix or 'no extension'} is not a type it reads; use {SUPPORTED_NAMES}"
                ]
    return found


def fingerprint(path: Path, record: Record | None = None) -> str:
    """Changes when the file, its sidecar, its record or the pipeline changes."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    digest.update(path.read_bytes())
    sidecar = sidecar_of(path)
    if sidecar is not None:
        digest.update(sidecar.read_bytes())
    if record is not None:
        digest.update(record.stamp().encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class ReadDocument:
    document: PlanDocument
    record: Record
    warnings: list[str]


def read_document(
    path: Path,
    records: Records,
    statement: Statement | None = None,
    default: str | None = None,
    limits: ExtractionLimits | None = None,
) -> ReadDocument:
    """Load and describe one plan file. Its classification is its record's; a document without a
    record gets one now: internal unless its text, sidecar or front matter, or the ingest command
    (default) says otherwise. IngestError names the file on failure."""
    loaded = load_file(path, limits or ExtractionLimits())
    warnings = list(loaded.warnings)
    try:
        stated = {**loaded.front_matter, **read_sidecar(path)}
        text = "\n".join(page.text for page in loaded.pages)
        record = records.known(path.name, statement)
        said = str(stated.get("classification") or "").strip().lower()
        if record is None:
            record = _first_record(path.name, said, text, default)
        elif said and said != record.classification:
            warnings.append(
                f"its sidecar or front matter says {said}, but it is {record.classification}: a classification "
                f"changes only on purpose (PUT /api/documents/{path.name} or plan-assistant classify)"
            )
        metadata = build_metadata(path.name, text, {**stated, **record.fields, "classification": record.classification})
    except MetadataError as error:
        raise IngestError(f"{path.name}: {error}") from error
    document = PlanDocument(
        metadata=metadata, pages=loaded.pages, sha256=fingerprint(path, record), structure=loaded.document
    )
    return ReadDocument(document, record, warnings)


def _first_record(doc_id: str, said: str, text: str, default: str | None) -> Record:
    if said and said not in CLASSIFICATIONS:
        raise MetadataError(f"classification must be one of {', '.join(CLASSIFICATIONS)}")
    if derive_classification(text[:4000]) == "internal":
        return new_record(doc_id, "internal", "its text is marked restricted")
    if said:
        return new_record(doc_id, said, "its sidecar or front matter")
    if default:
        return new_record(doc_id, default, "the ingest command")
    return new_record(doc_id, DEFAULT_CLASSIFICATION, "default: no classification was stated")


def ingest(
    paths: Sequence[Path],
    settings: Settings,
    embedder: Embedder,
    prune: bool = False,
    progress: bool = False,
    classification: str | None = None,
) -> IngestReport:
    """Index the plan files under paths. With prune, plans no longer among them are removed.
    classification: what a new document without any statement of its own is (default: internal)."""
    files, errors = collect_files(paths)
    report = update_index(
        settings, embedder, files, errors=errors, prune=prune, progress=progress, default_classification=classification
    )
    report.warnings.update(unsupported_in(paths))
    return report


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
    statements: Mapping[str, Statement] | None = None,
    default_classification: str | None = None,
) -> IngestReport:
    """Build a new index version with these files added or replaced and the named plans removed.

    Unchanged plans are copied with their embeddings. A file that fails keeps its previous version.
    With only_new, a file whose plan is already indexed is refused (checked under the build lock, so
    two uploads of one name cannot both add it). statements: what an admin says about a file (by
    document id). The new version, with its document records, is published (one atomic rename) only
    once it is complete and something changed; before_publish runs just before that. Until then, and
    if anything fails or the process is killed, the previous version serves every query."""
    report = IngestReport(failed=dict(errors or {}))
    versions = index_versions(settings)
    job = _Job(settings, embedder, report, dict(statements or {}), default_classification)
    with versions.building() as build:
        target = open_store(settings, build.version)
        try:
            records = job.fill(build, target, files, set(remove), prune, progress, only_new)
            chunks = target.all_chunks()
        finally:
            target.close()
        report.chunks = len(chunks)
        # A version from before the answer vectors existed is rebuilt once, so that it gains them.
        if build.previous is not None and not report.changed and build.previous.unit_vectors_path.is_file():
            build.discard()
            return report
        records.keep_only(chunk.metadata.source for chunk in chunks)
        records.save(build.version.records_path)
        job.save_plans(build, {chunk.metadata.source for chunk in chunks})
        started = time.perf_counter()
        build_search_indexes(chunks, build.version)
        report.timed("search indexes", started)
        started = time.perf_counter()
        build_answer_vectors(chunks, build.version, embedder, build.previous)
        report.timed("answer vectors", started)
        if before_publish is not None:
            before_publish(report)
    append_audit(settings.classification_log, records.changed)
    return report


@dataclass
class _Job:
    """One build: the files to read, what admins said about them, and the report."""

    settings: Settings
    embedder: Embedder
    report: IngestReport
    statements: dict[str, Statement]
    default_classification: str | None
    plans: dict[str, Plan] = field(default_factory=dict)  # models of the plans read afresh in this build

    def save_plans(self, build: Build, sources: set[str]) -> None:
        """The new version's plan models: those read in this build, the rest kept from the previous version."""
        kept = load_plans(build.previous.plans_path) if build.previous is not None else {}
        plans = {source: plan for source, plan in {**kept, **self.plans}.items() if source in sources}
        save_plans(build.version.plans_path, plans)

    def fill(
        self,
        build: Build,
        target: VectorStore,
        files: Sequence[Path],
        remove: set[str],
        prune: bool,
        progress: bool,
        only_new: bool,
    ) -> Records:
        """Write the new version: changed files embedded afresh, every other kept plan copied; the
        records of the new version."""
        report = self.report
        previous = open_store(self.settings, build.previous) if build.previous is not None else None
        try:
            indexed: dict[str, str] = {}  # source -> file fingerprint
            previous_chunks = previous.all_chunks() if previous is not None else []
            for chunk in previous_chunks:
                indexed.setdefault(chunk.metadata.source, chunk.file_sha256)
            records = (Records.load(build.previous.records_path) if build.previous is not None else None) or (
                Records.of_chunks(previous_chunks)
            )
            fresh: set[str] = set()
            bar = Progress(transient=True) if progress else nullcontext()
            with bar:
                task = bar.add_task("Ingesting", total=len(files)) if isinstance(bar, Progress) else None
                for path in files:
                    if only_new and path.name in indexed:
                        report.failed[path.name] = (
                            f"{path.name}: {ALREADY_INDEXED}; replace it with PUT /api/documents/{path.name}"
                        )
                    elif self._ingest_one(path, target, indexed.get(path.name), records):
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
                    records.drop(source)
                    continue
                assert previous is not None
                rows = previous.export(source)
                target.upsert([chunk for chunk, _ in rows], [vector for _, vector in rows])
            return records
        finally:
            if previous is not None:
                previous.close()

    def _ingest_one(self, path: Path, target: VectorStore, previous_sha256: str | None, records: Records) -> bool:
        """Index one file into the new version; False when the previous version should be kept."""
        report = self.report
        statement = self.statements.get(path.name)
        try:
            check_size(path, self.settings.max_file_mb)
            known = records.known(path.name, statement)
            if previous_sha256 is not None and known is not None and previous_sha256 == fingerprint(path, known):
                report.unchanged.append(path.name)
                return False
            started = time.perf_counter()
            read = read_document(
                path, records, statement, self.default_classification, ExtractionLimits.of(self.settings)
            )
            report.timed("read", started)
            started = time.perf_counter()
            chunks = chunk_document(read.document, self.settings.chunk_max_chars)
            report.timed("chunk", started)
            started = time.perf_counter()
            plan = build_plan(read.document, chunks, self.settings.chunk_max_chars)
            report.timed("plan model", started)
        except IngestError as error:
            report.failed[path.name] = str(error)
            log.warning("skipped %s", error)
            return False
        except OSError as error:
            report.failed[path.name] = f"{path.name}: could not be read ({error.strerror or error})"
            return False
        if read.warnings:
            report.warnings[path.name] = read.warnings
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        content = hashlib.sha256(path.read_bytes()).hexdigest()
        chunks = [replace(chunk, ingested_at=stamp, content_sha256=content) for chunk in chunks]
        started = time.perf_counter()
        vectors = self.embedder.embed_documents([chunk.search_text for chunk in chunks])
        report.timed("embed", started)
        started = time.perf_counter()
        target.upsert(chunks, vectors)
        report.timed("store", started)
        records.settle(read.record)
        self.plans[path.name] = replace(plan, classification=read.document.metadata.classification)
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


def build_search_indexes(chunks: Sequence[Chunk], version: IndexVersion) -> None:
    """Write BM25 and the lexicon for each audience, from only the chunks that audience may see, so
    nothing derived from an internal plan (term statistics, spellings, acronyms) reaches the public."""
    for audience, classifications in AUDIENCES.items():
        seen = [chunk for chunk in chunks if chunk.metadata.classification in classifications]
        Bm25Index.build(seen).save(version.bm25_dir(audience))
        Lexicon.build(seen).save(version.lexicon_path(audience))


def build_answer_vectors(
    chunks: Sequence[Chunk], version: IndexVersion, embedder: Embedder, previous: IndexVersion | None
) -> UnitVectors:
    """Embed every chunk's answer texts for the new version, reusing the previous version's vectors, so
    that answering embeds only the question and an ingest embeds only the texts it brings."""
    bank = UnitVectors.build(chunks, embedder, UnitVectors.load(previous.unit_vectors_path) if previous else None)
    bank.save(version.unit_vectors_path)
    log.info("answer vectors: %d texts, %d embedded", len(bank), bank.embedded)
    return bank
