"""The answer cache: the plans' reading of a standalone question, kept for the next caller who asks it.

Keyed by the question as made standalone (the message and what was carried over from earlier turns)
and the caller's scope; one cache belongs to one index version's assistant, so a new version starts
empty. Bounded (least recently used goes first); size 0 keeps nothing. Per process: each server
worker has its own."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

V = TypeVar("V")


@dataclass(frozen=True)
class CacheStats:
    size: int
    capacity: int
    hits: int
    misses: int

    @property
    def hit_rate(self) -> float | None:
        asked = self.hits + self.misses
        return self.hits / asked if asked else None


class AnswerCache(Generic[V]):
    """A thread-safe LRU; two threads missing the same key at once both compute it (the same value)."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._kept: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()
        self._hits = 0
        self._misses = 0

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        """The kept value for key, or make() (kept for next time)."""
        if self.capacity <= 0:
            return make()
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                self._hits += 1
                return self._kept[key]
            self._misses += 1
        value = make()
        with self._lock:
            self._kept[key] = value
            self._kept.move_to_end(key)
            while len(self._kept) > self.capacity:
                self._kept.popitem(last=False)
        return value

    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(len(self._kept), self.capacity, self._hits, self._misses)
