"""Versions of the index: each is built aside in its own folder and published by one atomic rename.

`data_dir/CURRENT` names the version being served. A build takes an exclusive lock, writes a new
version folder, and only when that is complete replaces CURRENT. A failed or killed build never
touches CURRENT, so the previous version keeps serving; its leftover folder is removed by the next
build. Servers check CURRENT and load a new version when it changes."""

from __future__ import annotations

import fcntl
import logging
import os
import re
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
POINTER = "CURRENT"
_NAME = re.compile(r"^v(\d{6})$")


@dataclass(frozen=True)
class IndexVersion:
    """One complete index: Chroma (embedded), the document records, and BM25 and lexicon per audience."""

    name: str
    folder: Path

    @property
    def chroma_dir(self) -> Path:
        return self.folder / "chroma"

    @property
    def records_path(self) -> Path:
        """Each document's record (classification and stated metadata), published with the version."""
        return self.folder / "documents.json"

    @property
    def plans_path(self) -> Path:
        """The plan model of each document (priorities, targets, duties, governance, dates)."""
        return self.folder / "plans.json"

    @property
    def unit_vectors_path(self) -> Path:
        """The vectors of every chunk's answer texts, embedded at ingest (see assistant.retrieval.vectors)."""
        return self.folder / "unit-vectors.npz"

    def bm25_dir(self, audience: str) -> Path:
        """BM25 over the plans one audience may see (its statistics come from those plans only)."""
        return self.folder / "audiences" / audience / "bm25"

    def lexicon_path(self, audience: str) -> Path:
        return self.folder / "audiences" / audience / "lexicon.json"


class Build:
    """A version being written; it is published when the `building` block ends, unless discarded."""

    def __init__(self, version: IndexVersion, previous: IndexVersion | None) -> None:
        self.version = version
        self.previous = previous
        self.discarded = False

    def discard(self) -> None:
        """Nothing changed: throw this version away and keep serving the previous one."""
        self.discarded = True


class IndexVersions:
    """The versions under data_dir/indexes and the CURRENT pointer."""

    def __init__(self, data_dir: Path, keep: int = 2, on_drop: Callable[[IndexVersion], None] | None = None):
        self.data_dir = data_dir
        self.root = data_dir / "indexes"
        self.pointer = data_dir / POINTER
        self.keep = keep
        self._on_drop = on_drop

    def stamp(self) -> str | None:
        """The served version's name, read cheaply (servers poll it)."""
        try:
            name = self.pointer.read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        return name if _NAME.match(name) and (self.root / name).is_dir() else None

    def current(self) -> IndexVersion | None:
        name = self.stamp()
        return None if name is None else IndexVersion(name, self.root / name)

    @contextmanager
    def building(self) -> Iterator[Build]:
        """Build a new version under an exclusive lock; publish it if the block ends normally."""
        self.root.mkdir(parents=True, exist_ok=True)
        with self._lock():
            previous = self.current()
            self._prune(previous)
            build = Build(self._new_version(), previous)
            try:
                yield build
            except BaseException:
                self._drop(build.version)
                raise
            if build.discarded:
                self._drop(build.version)
                return
            self._publish(build.version)
            self._prune(build.version)

    @contextmanager
    def _lock(self) -> Iterator[None]:
        with open(self.root / ".lock", "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _versions(self) -> list[IndexVersion]:
        found = [path for path in self.root.iterdir() if path.is_dir() and _NAME.match(path.name)]
        return [IndexVersion(path.name, path) for path in sorted(found)]

    def _new_version(self) -> IndexVersion:
        numbers = [int(_NAME.match(v.name).group(1)) for v in self._versions()]  # type: ignore[union-attr]
        name = f"v{max(numbers, default=0) + 1:06d}"
        folder = self.root / name
        folder.mkdir()
        return IndexVersion(name, folder)

    def _publish(self, version: IndexVersion) -> None:
        temporary = self.pointer.with_name(f"{POINTER}.tmp")
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(version.name)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, self.pointer)
        directory = os.open(self.data_dir, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        log.info("index version %s published", version.name)

    def _prune(self, current: IndexVersion | None) -> None:
        """Keep the served version and the few before it (a worker may still read one); drop the rest,
        including what a killed build left behind."""
        versions = self._versions()
        if current is None:
            keep: set[str] = set()
        else:
            published = [v for v in versions if v.name <= current.name]
            keep = {v.name for v in published[-self.keep :]} | {current.name}
        for version in versions:
            if version.name not in keep:
                self._drop(version)

    def _drop(self, version: IndexVersion) -> None:
        if self._on_drop is not None:
            try:
                self._on_drop(version)
            except Exception as error:  # noqa: BLE001 - a leftover collection must not fail a build
                log.warning("could not drop the store of index version %s: %s", version.name, error)
        shutil.rmtree(version.folder, ignore_errors=True)
