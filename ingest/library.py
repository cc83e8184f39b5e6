"""Managing the plans: add, replace and remove documents, each change one new index version.

Uploads wait in data_dir/uploads while they are read, chunked and embedded. Only when the new index
version is complete are they moved into the corpus folder (with their metadata as a sidecar), just
before the version is published; a bad file is reported and nothing already indexed changes."""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.embedding import Embedder
from assistant.settings import Settings
from ingest.indexer import IngestReport, update_index
from ingest.loaders import SUPPORTED_SUFFIXES
from ingest.metadata import sidecar_path

_UNSAFE = re.compile(r"[^a-z0-9._-]+")
METADATA_FIELDS = ("title", "council", "classification", "doc_type", "period_start", "period_end", "date")


class DocumentError(Exception):
    """A request about documents that cannot be done; `status` is the HTTP status that fits."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status


def document_id(filename: str) -> str:
    """The id a file is kept under: its base name, lower case, with only letters, digits, . _ -."""
    name = Path(filename.replace("\\", "/")).name.strip().lower()
    stem, suffix = os.path.splitext(name)
    if suffix not in SUPPORTED_SUFFIXES:
        raise DocumentError(
            f"{filename or '(no name)'}: unsupported file type {suffix or '(none)'}; use .pdf, .txt or .md"
        )
    stem = _UNSAFE.sub("-", stem).strip("-._")[:120]
    if not stem:
        raise DocumentError(f"{filename}: the file name has no letters or digits")
    return stem + suffix


@dataclass(frozen=True)
class Staged:
    """An uploaded file saved in the staging folder under its document id."""

    id: str
    path: Path


class Library:
    """The corpus folder and the index, changed together."""

    def __init__(self, settings: Settings, embedder: Embedder) -> None:
        self.settings = settings
        self.embedder = embedder
        self.corpus = settings.corpus_dir

    @contextmanager
    def staging(self) -> Iterator[Path]:
        """A fresh folder for one request's uploads, removed afterwards."""
        folder = self.settings.uploads_dir / uuid.uuid4().hex
        folder.mkdir(parents=True)
        try:
            yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def add(self, staged: list[Staged], metadata: Mapping[str, Any]) -> IngestReport:
        """Index new documents; one already indexed is refused: use replace."""
        for item in staged:
            _write_sidecar(item.path, metadata)
        return self._apply([item.path for item in staged], only_new=True)

    def replace(self, doc_id: str, staged: Staged | None, metadata: Mapping[str, Any], folder: Path) -> IngestReport:
        """A new file, new metadata, or both, for an indexed document (new metadata is merged in).
        Without a new file the corpus copy is re-read, staged in folder."""
        current = self.corpus / doc_id
        if staged is None:
            if not current.is_file():
                raise DocumentError(
                    f"{doc_id}: its file is not in the corpus folder, so only a new upload can replace it", 409
                )
            staged = Staged(doc_id, folder / doc_id)
            shutil.copyfile(current, staged.path)
        _write_sidecar(staged.path, {**_read_json(sidecar_path(current)), **metadata})
        return self._apply([staged.path], remove={doc_id} if staged.id != doc_id else set())

    def delete(self, doc_id: str) -> IngestReport:
        return self._apply([], remove={doc_id})

    def _apply(self, files: list[Path], remove: set[str] = frozenset(), only_new: bool = False) -> IngestReport:
        def commit(report: IngestReport) -> None:
            """Just before the new version is published: the corpus folder matches it."""
            self.corpus.mkdir(parents=True, exist_ok=True)
            for path in files:
                if path.name in report.added or path.name in report.replaced:
                    os.replace(path, self.corpus / path.name)
                    os.replace(sidecar_path(path), sidecar_path(self.corpus / path.name))
            for source in report.removed:
                for leftover in (self.corpus / source, sidecar_path(self.corpus / source)):
                    leftover.unlink(missing_ok=True)

        return update_index(
            self.settings, self.embedder, files, remove=remove, before_publish=commit, only_new=only_new
        )


def _read_json(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_sidecar(path: Path, metadata: Mapping[str, Any]) -> None:
    stated = {key: value for key, value in metadata.items() if key in METADATA_FIELDS and value is not None}
    sidecar_path(path).write_text(json.dumps(stated, ensure_ascii=False, indent=1), encoding="utf-8")
