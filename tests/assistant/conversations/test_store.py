from pathlib import Path

from assistant.conversations.store import NoStore, SqliteStore, Turn, open_store

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
    store.append("a", turn("first"))
    store.append("b", turn("other"))
    store.append("a", turn("second"))
    history = store.history("a")
    assert [t.message for t in history] == ["first", "second"]
    assert history[0].citations == (CITATION,) and history[0].question == "first?" and history[0].answered


def test_a_store_reopened_from_disk_keeps_its_conversations(tmp_path: Path) -> None:
    SqliteStore(tmp_path / "c.sqlite3", retention_days=30).append("a", turn("kept"))
    assert [t.message for t in SqliteStore(tmp_path / "c.sqlite3", retention_days=30).history("a")] == ["kept"]


def test_a_conversation_expires_after_the_retention_period_and_is_purged(tmp_path: Path) -> None:
    clock = Clock(1_000_000.0)
    store = SqliteStore(tmp_path / "c.sqlite3", retention_days=1, clock=clock)
    store.append("old", turn("old"))
    clock.now += 0.5 * 86_400
    store.append("new", turn("new"))
    clock.now += 0.6 * 86_400  # "old" is now 1.1 days since its last turn, "new" 0.6
    assert store.history("old") == [] and len(store.history("new")) == 1
    assert store.purge() == 1
    clock.now -= 10 * 86_400  # even with the clock turned back, the purged turn is gone
    assert store.history("old") == []


def test_delete_removes_every_turn(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "c.sqlite3", retention_days=30)
    store.append("a", turn("one"))
    store.append("a", turn("two"))
    assert store.delete("a") is True
    assert store.history("a") == [] and store.delete("a") is False


def test_retention_zero_stores_nothing(tmp_path: Path) -> None:
    store = open_store(tmp_path / "c.sqlite3", 0)
    assert isinstance(store, NoStore)
    store.append("a", turn("one"))
    assert store.history("a") == [] and not (tmp_path / "c.sqlite3").exists()
