"""Where conversations live between requests: SQLite in the data folder, kept for a retention period."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

_DAY = 86_400.0
_PURGE_EVERY = 3_600.0  # seconds between sweeps for expired conversations
WITHHELD = "(This answer is withheld: it cited a plan that is no longer available to you.)"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL,
    n INTEGER NOT NULL,
    created_at REAL NOT NULL,
    message TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered INTEGER NOT NULL,
    answerer TEXT NOT NULL,
    citations TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (conversation_id, n)
);
CREATE INDEX IF NOT EXISTS turns_created ON turns (created_at);
"""


@dataclass(frozen=True)
class Turn:
    """One exchange: what was asked, the standalone question answered, and the answer."""

    message: str
    question: str
    answer: str
    answered: bool
    answerer: str
    citations: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    created_at: float = 0.0


class ConversationStore(Protocol):
    """Conversations belong to an owner (one API key, or the public); no other owner can read or
    continue one."""

    retention_days: float

    def history(self, conversation_id: str, owner: str) -> list[Turn]:
        """The turns so far, oldest first; empty for an unknown, expired or someone else's conversation."""
        ...

    def append(self, conversation_id: str, owner: str, turn: Turn) -> None: ...

    def delete(self, conversation_id: str, owner: str) -> bool:
        """Remove every turn; False when there was nothing of this owner's to remove."""
        ...

    def purge(self) -> int:
        """Remove turns older than the retention period; how many went."""
        ...


class NoStore:
    """Retention 0: nothing is kept, so every message stands alone."""

    retention_days = 0.0

    def history(self, conversation_id: str, owner: str) -> list[Turn]:
        return []

    def append(self, conversation_id: str, owner: str, turn: Turn) -> None:
        return None

    def delete(self, conversation_id: str, owner: str) -> bool:
        return False

    def purge(self) -> int:
        return 0


class SqliteStore:
    """Turns in one SQLite file; a conversation expires `retention_days` after its last turn."""

    def __init__(self, path: Path, retention_days: float, clock: Any = time.time) -> None:
        self.path = path
        self.retention_days = retention_days
        self._clock = clock
        self._lock = threading.Lock()
        self._purged_at = 0.0
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(_SCHEMA)
            columns = {row[1] for row in db.execute("PRAGMA table_info(turns)")}
            if "owner" not in columns:  # a store from before owners: its turns belong to no one and expire
                db.execute("ALTER TABLE turns ADD COLUMN owner TEXT NOT NULL DEFAULT ''")
        self.purge()

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10)
        try:
            with db:
                yield db
        finally:
            db.close()

    def _cutoff(self) -> float:
        return self._clock() - self.retention_days * _DAY

    def history(self, conversation_id: str, owner: str) -> list[Turn]:
        if not owner:
            return []
        with self._connect() as db:
            last = db.execute(
                "SELECT MAX(created_at) FROM turns WHERE conversation_id = ? AND owner = ?", (conversation_id, owner)
            ).fetchone()[0]
            if last is None or last < self._cutoff():
                return []
            rows = db.execute(
                "SELECT message, question, answer, answered, answerer, citations, created_at "
                "FROM turns WHERE conversation_id = ? AND owner = ? ORDER BY n",
                (conversation_id, owner),
            ).fetchall()
        return [
            Turn(
                message=message,
                question=question,
                answer=answer,
                answered=bool(answered),
                answerer=answerer,
                citations=tuple(json.loads(citations)),
                created_at=created_at,
            )
            for message, question, answer, answered, answerer, citations, created_at in rows
        ]

    def append(self, conversation_id: str, owner: str, turn: Turn) -> None:
        created = turn.created_at or self._clock()
        if created - self._purged_at > _PURGE_EVERY:
            self.purge()
        with self._lock, self._connect() as db:
            others = db.execute(
                "SELECT 1 FROM turns WHERE conversation_id = ? AND owner != ? LIMIT 1", (conversation_id, owner)
            ).fetchone()
            if others:
                raise PermissionError("the conversation belongs to someone else")
            (n,) = db.execute(
                "SELECT COALESCE(MAX(n), 0) + 1 FROM turns WHERE conversation_id = ?", (conversation_id,)
            ).fetchone()
            db.execute(
                "INSERT INTO turns VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    conversation_id,
                    n,
                    created,
                    turn.message,
                    turn.question,
                    turn.answer,
                    int(turn.answered),
                    turn.answerer,
                    json.dumps(list(turn.citations)),
                    owner,
                ),
            )

    def delete(self, conversation_id: str, owner: str) -> bool:
        with self._lock, self._connect() as db:
            return (
                db.execute(
                    "DELETE FROM turns WHERE conversation_id = ? AND owner = ?", (conversation_id, owner)
                ).rowcount
                > 0
            )

    def purge(self) -> int:
        """Remove every conversation whose last turn is older than the retention period."""
        self._purged_at = self._clock()
        with self._lock, self._connect() as db:
            return db.execute(
                "DELETE FROM turns WHERE conversation_id IN "
                "(SELECT conversation_id FROM turns GROUP BY conversation_id HAVING MAX(created_at) < ?)",
                (self._cutoff(),),
            ).rowcount


def redact(turns: list[Turn], visible: set[str]) -> list[Turn]:
    """Turns whose answer cited a plan outside `visible` keep only what was asked: a plan can be
    withdrawn or made internal after the conversation, and its words must not come back."""
    return [
        turn
        if all(citation.get("source") in visible for citation in turn.citations)
        else replace(turn, answer=WITHHELD, citations=(), answered=False)
        for turn in turns
    ]


def open_store(path: Path, retention_days: float) -> ConversationStore:
    """The store settings ask for: nothing kept at retention 0, SQLite otherwise."""
    if retention_days <= 0:
        return NoStore()
    return SqliteStore(path, retention_days)
