"""Each document's record: its classification, set once and changed only on purpose.

The records of an index version are saved in its folder (`documents.json`), so they are published
with the version in the same atomic swap and can never disagree with what is served. A record is
keyed by the document's file name: another file with the same stem has its own. A file's sidecar or
front matter can state the classification of a document that has no record yet; after that only an
explicit admin statement (an upload, `PUT`, or `plan-assistant classify`) changes it."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ingest.documents import CLASSIFICATIONS, Chunk

DEFAULT_CLASSIFICATION = "internal"  # what a document nobody classified is: never published by accident
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Change:
    """One change of a document's classification, for the audit trail."""

    at: str
    classification: str
    by: str
    previous: str | None = None


@dataclass(frozen=True)
class Record:
    """What is known about one document apart from its text."""

    id: str
    classification: str
    fields: Mapping[str, Any] = field(default_factory=dict)  # metadata an admin stated (title, council, ...)
    changes: tuple[Change, ...] = ()

    def stamp(self) -> str:
        """What of the record shapes the indexed chunks (part of the file's fingerprint)."""
        return json.dumps({"classification": self.classification, "fields": dict(self.fields)}, sort_keys=True)


@dataclass(frozen=True)
class Statement:
    """What an admin says about one document in one request: who, and what changes."""

    by: str
    classification: str | None = None
    fields: Mapping[str, Any] = field(default_factory=dict)
    inherit: str | None = None  # the document this file replaces under a new name: its record carries over

    def __post_init__(self) -> None:
        if self.classification is not None and self.classification not in CLASSIFICATIONS:
            raise ValueError(f"classification must be one of {', '.join(CLASSIFICATIONS)}")


class Records:
    """The records of one index version, changed while a new version is built."""

    def __init__(self, records: Mapping[str, Record] | None = None) -> None:
        self._records: dict[str, Record] = dict(records or {})
        self._before = {change for record in self._records.values() for change in record.changes}

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._records

    def get(self, doc_id: str) -> Record | None:
        return self._records.get(doc_id)

    def ids(self) -> set[str]:
        return set(self._records)

    def known(self, doc_id: str, statement: Statement | None) -> Record | None:
        """The record the document will have, if it can be told without reading the file (it has one,
        or an admin states its classification, or it replaces one that has)."""
        current = self._records.get(doc_id)
        if current is None and statement is not None and statement.inherit:
            inherited = self._records.get(statement.inherit)
            if inherited is not None:
                current = Record(doc_id, inherited.classification, inherited.fields, inherited.changes)
        if statement is None:
            return current
        fields = {**(current.fields if current else {}), **statement.fields}
        if statement.classification is None:
            return None if current is None else replace(current, fields=fields)
        return _classified(
            Record(doc_id, statement.classification, fields, current.changes if current else ()),
            statement.classification,
            statement.by,
            current.classification if current else None,
        )

    def settle(self, record: Record) -> None:
        """Keep the record for the version being built."""
        self._records[record.id] = record

    @property
    def changed(self) -> list[Record]:
        """Records whose classification was set since they were loaded."""
        return [
            record for record in self._records.values() if record.changes and record.changes[-1] not in self._before
        ]

    def drop(self, doc_id: str) -> None:
        self._records.pop(doc_id, None)

    def keep_only(self, doc_ids: Iterable[str]) -> None:
        wanted = set(doc_ids)
        for doc_id in list(self._records):
            if doc_id not in wanted:
                del self._records[doc_id]

    def save(self, path: Path) -> None:
        payload = {doc_id: _to_json(record) for doc_id, record in sorted(self._records.items())}
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(payload, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> Records | None:
        """The saved records, or None when the version has none (it was built before records)."""
        if not path.is_file():
            return None
        payload = json.loads(path.read_text(encoding="utf-8"))
        return cls({doc_id: _from_json(doc_id, item) for doc_id, item in payload.items()})

    @classmethod
    def of_chunks(cls, chunks: Iterable[Chunk]) -> Records:
        """Records for a version built before records existed: each plan keeps the classification it
        was served with."""
        records: dict[str, Record] = {}
        for chunk in chunks:
            meta = chunk.metadata
            if meta.source not in records:
                records[meta.source] = Record(meta.source, meta.classification)
        return cls(records)


def new_record(doc_id: str, classification: str, by: str) -> Record:
    """The first record of a document."""
    return _classified(Record(doc_id, classification), classification, by, None)


def _classified(record: Record, classification: str, by: str, previous: str | None) -> Record:
    if previous == classification and record.changes:
        return record
    change = Change(datetime.now(UTC).isoformat(timespec="seconds"), classification, by, previous)
    return replace(record, changes=(*record.changes, change))


def append_audit(path: Path, records: Iterable[Record]) -> None:
    """Add each classification change to the audit log (JSON Lines) and to the server log."""
    lines = []
    for record in records:
        change = record.changes[-1]
        log.log(
            logging.WARNING if change.previous else logging.INFO,
            "classification of %s set to %s by %s (was %s)",
            record.id,
            change.classification,
            change.by,
            change.previous or "unset",
        )
        lines.append(json.dumps({"document": record.id, **asdict(change)}, ensure_ascii=False))
    if lines:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
            handle.flush()
            os.fsync(handle.fileno())


def _to_json(record: Record) -> dict[str, Any]:
    return {
        "classification": record.classification,
        "fields": dict(record.fields),
        "changes": [asdict(change) for change in record.changes],
    }


def _from_json(doc_id: str, item: Mapping[str, Any]) -> Record:
    classification = str(item.get("classification", DEFAULT_CLASSIFICATION))
    if classification not in CLASSIFICATIONS:
        classification = DEFAULT_CLASSIFICATION
    changes = tuple(Change(**change) for change in item.get("changes", ()))
    return Record(doc_id, classification, dict(item.get("fields", {})), changes)
