"""Managing the plans: add, replace and remove documents, each change one new index version.

Uploads wait in data_dir/uploads while they are read, chunked and embedded. Only when the new index
version is complete are they moved into the corpus folder, just before the version is published; what
the admin stated (classification, title...) is the document's record in that version. A bad file is
reported and nothing already indexed changes."""

from __future__ import annotations

import dataclasses
import fcntl
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from assistant.embedding import Embedder
from assistant.settings import Settings
from ingest.indexer import IngestReport, update_index
from ingest.loaders import SUPPORTED_NAMES, SUPPORTED_SUFFIXES
from ingest.metadata import legacy_sidecar_path, sidecar_of, sidecar_path
from ingest.registry import Statement

_UNSAFE = re.compile(r"[^a-z0-9._-]+")
_LOCK = ".in-use"


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
            f"{filename or '(no name)'}: unsupported file type {suffix or '(none)'}; use {SUPPORTED_NAMES}"
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
        """A fresh folder for one request's uploads, locked while in use and removed afterwards."""
        self.settings.uploads_dir.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(dir=self.settings.uploads_dir))
        try:
            with _locked(folder):
                yield folder
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def clear_leftovers(self) -> list[Path]:
        """Remove staging folders no request holds any more (a crash or a kill left them)."""
        removed: list[Path] = []
        if not self.settings.uploads_dir.is_dir():
            return removed
        for folder in self.settings.uploads_dir.iterdir():
            if folder.is_dir() and _unheld(folder):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
            elif folder.is_file():
                folder.unlink(missing_ok=True)
                removed.append(folder)
        return removed

    def add(self, staged: list[Staged], statement: Statement) -> IngestReport:
        """Index new documents; one already indexed is refused: use replace."""
        statements = {item.id: statement for item in staged}
        return self._apply([item.path for item in staged], statements=statements, only_new=True)

    def replace(self, doc_id: str, staged: Staged | None, statement: Statement, folder: Path) -> IngestReport:
        """A new file, new metadata or classification, or both, for an indexed document (new
        metadata is merged in; a file under a new name carries the old one's record over). Without
        a new file the corpus copy is re-read, staged in folder."""
        current = self.corpus / doc_id
        if staged is None:
            if not current.is_file():
                raise DocumentError(
                    f"{doc_id}: its file is not in the corpus folder, so only a new upload can replace it", 409
                )
            staged = Staged(doc_id, folder / doc_id)
            shutil.copyfile(current, staged.path)
        renamed = staged.id != doc_id
        sidecar = sidecar_of(current) if current.is_file() and not renamed else None
        if sidecar is not None:  # the corpus copy's own sidecar still describes the document
            shutil.copyfile(sidecar, sidecar_path(staged.path))
        if renamed:
            statement = dataclasses.replace(statement, inherit=doc_id)
        return self._apply([staged.path], remove={doc_id} if renamed else set(), statements={staged.id: statement})

    def delete(self, doc_id: str) -> IngestReport:
        return self._apply([], remove={doc_id})

    def _apply(
        self,
        files: list[Path],
        remove: set[str] = frozenset(),
        statements: dict[str, Statement] | None = None,
        only_new: bool = False,
    ) -> IngestReport:
        def commit(report: IngestReport) -> None:
            """Just before the new version is published: the corpus folder matches it."""
            self.corpus.mkdir(parents=True, exist_ok=True)
            for path in files:
                if path.name in report.added or path.name in report.replaced:
                    os.replace(path, self.corpus / path.name)
            for source in report.removed:
                gone = self.corpus / source
                legacy = legacy_sidecar_path(gone) if gone.is_file() else None
                for leftover in (gone, sidecar_path(gone), legacy):
                    if leftover is not None:
                        leftover.unlink(missing_ok=True)

        return update_index(
            self.settings,
            self.embedder,
            files,
            remove=remove,
            before_publish=commit,
            only_new=only_new,
            statements=statements,
        )


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on a staging folder while a request uses it (released if the process dies)."""
    with open(folder / _LOCK, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _unheld(folder: Path) -> bool:
    try:
        with open(folder / _LOCK, "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(handle, fcntl.LOCK_UN)
            return True
    except BlockingIOError:
        return False
    except OSError:
        return True
