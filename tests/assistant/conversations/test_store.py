import sqlite3
from pathlib import Path

import pytest

from assistant.conversations.store import WITHHELD, NoStore, SqliteStore, Turn, open_store, redact

ME, SOMEONE_ELSE = "key:0123456789abcdef", "public"

CITATION = {
    "n": 1,
    "source": "plan.txt",
    "title": "Plan",
    "council": "Sutton",
    "page": None,
    "section": "Aims",
    "quote": "We aim for 209 referrals.",
    "chunk_id": "abc",
}


def turn(message: str, at: float = 0.0) -> Turn:
    return Turn(message, f"{message}?", "An answer. [1]", True, "extractive", (CITATION,), at)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_turns_come_back_in_order_with_their_citations(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.sqlite3", retention_days=30)
    store.append("a", ME, turn("first"))
    store.append("b", ME, turn("other"))
    store.append("a", ME, turn("second"))
    history = store.history("a", ME)
    assert [t.message for t in history] == ["first", "second"]
    assert history[0].citations == (CITATION,) and history[0].question == "first?" and history[0].answered


def test_a_store_reopened_from_disk_keeps_its_conversations(tmp_path: Path) -> None:
    SqliteStore(tmp_path / "c.sqlite3", retention_days=30).append("a", ME, turn("kept"))
    assert [t.message for t in SqliteStore(tmp_path / "c.sqlite3", retention_days=30).history("a", ME)] == ["kept"]


def test_a_conversation_expires_after_the_retention_period_and_is_purged(tmp_path: Path) -> None:
    clock = Clock(1_000_000.0)
    store = SqliteStore(tmp_path / "c.sqlite3", retention_days=1, clock=clock)
    store.append("old", ME, turn("old"))
    clock.now += 0.5 * 86_400
    store.append("new", ME, turn("new"))
    clock.now += 0.6 * 86_400  # "old" is now 1.1 days since its last turn, "new" 0.6
    assert store.history("old", ME) == [] and len(store.history("new", ME)) == 1
    assert store.purge() == 1
    clock.now -= 10 * 86_400  # even with the clock turned back, the purged turn is gone
    assert store.history("old", ME) == []


def test_delete_removes_every_turn(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.sqlite3", retention_days=30)
    store.append("a", ME, turn("one"))
    store.append("a", ME, turn("two"))
    assert store.delete("a", ME) is True
    assert store.history("a", ME) == [] and store.delete("a", ME) is False


def test_retention_zero_stores_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.sqlite3", 0)
    assert isinstance(store, NoStore)
    store.append("a", ME, turn("one"))
    assert store.history("a", ME) == [] and not (tmp_path / "c.sqlite3").exists()


def test_a_conversation_is_invisible_to_another_owner_who_cannot_continue_or_delete_it(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.sqlite3", retention_days=30)
    store.append("a", ME, turn("mine"))
    assert store.history("a", SOMEONE_ELSE) == [] and store.delete("a", SOMEONE_ELSE) is False
    with pytest.raises(PermissionError):
        store.append("a", SOMEONE_ELSE, turn("theirs"))
    assert [t.message for t in store.history("a", ME)] == ["mine"]


def test_a_store_from_before_owners_keeps_its_turns_from_everyone(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE turns (conversation_id TEXT NOT NULL, n INTEGER NOT NULL, created_at REAL NOT NULL, "
            "message TEXT NOT NULL, question TEXT NOT NULL, answer TEXT NOT NULL, answered INTEGER NOT NULL, "
            "answerer TEXT NOT NULL, citations TEXT NOT NULL, PRIMARY KEY (conversation_id, n))"
        )
        db.execute("INSERT INTO turns VALUES ('old', 1, 9e12, 'm', 'q', 'a', 1, 'extractive', '[]')")
    store = SqliteStore(path, retention_days=30)
    assert store.history("old", "public") == [] and store.history("old", "") == []


def test_answers_citing_a_plan_the_reader_cannot_see_are_withheld() -> None:
    other = {**CITATION, "source": "internal-briefing.txt"}
    turns = [turn("open"), Turn("hidden", "hidden?", "Secret figure 42. [1]", True, "extractive", (other,), 0.0)]
    shown = redact(turns, {"plan.txt"})
    assert shown[0] == turns[0]
    assert shown[1].message == "hidden" and shown[1].answer == WITHHELD and shown[1].citations == ()
