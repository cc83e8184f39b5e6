"""Bounded answering: a pool of threads sized to the cores, a short queue, and a quick 503 beyond it.

Answers run in their own pool, so the event loop, `/health` and the other routes stay quick however
many questions arrive; a question that would only wait behind a long queue is refused at once with
`Retry-After`, which a client can act on, instead of minutes of waiting."""

from __future__ import annotations

import asyncio
import math
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
_DONE = object()


class Busy(Exception):
    """Every slot and every place in the queue is taken."""

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"the assistant is busy; try again in {retry_after} seconds")
        self.retry_after = retry_after


class AnswerSlots:
    """At most `concurrency` answers computed at once and `queue` more waiting (counted on the event loop)."""

    def __init__(self, concurrency: int, queue: int) -> None:
        self.concurrency = concurrency
        self.capacity = concurrency + queue
        self._executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="answer")
        self._taken = 0
        self._seconds = 0.5  # a running average of how long an answer holds its slot
        self._lock = threading.Lock()  # a ticket may be released by the garbage collector, on any thread

    @property
    def taken(self) -> int:
        return self._taken

    def reserve(self) -> Ticket:
        """A place for one answer, or Busy (with how long to wait) when there is none."""
        with self._lock:
            if self._taken >= self.capacity:
                waves = math.ceil((self._taken + 1) / self.concurrency)
                raise Busy(max(1, math.ceil(waves * self._seconds)))
            self._taken += 1
        return Ticket(self)

    async def run(self, work: Callable[[], T]) -> T:
        """Compute one answer in the pool."""
        with self.reserve() as ticket:
            return await ticket.run(work)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _release(self, seconds: float) -> None:
        with self._lock:
            self._taken -= 1
            self._seconds = 0.8 * self._seconds + 0.2 * seconds


class Ticket:
    """One reserved place; released when the answer is complete (or abandoned)."""

    def __init__(self, slots: AnswerSlots) -> None:
        self._slots = slots
        self._started = time.monotonic()
        self._released = False
        self._lock = threading.Lock()

    def __enter__(self) -> Ticket:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()

    def release(self) -> None:
        with self._lock:
            if self._released:
                return
            self._released = True
        self._slots._release(time.monotonic() - self._started)

    async def run(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._slots._executor, work)

    def stream(self, items: Iterator[T]) -> AsyncIterator[T]:
        """The items of a blocking iterator, each computed in the pool; the place is released at the
        end, or when the stream is dropped unread (a client that went away before it began)."""
        stream = self._stream(items)
        weakref.finalize(stream, self.release)
        return stream

    async def _stream(self, items: Iterator[T]) -> AsyncIterator[T]:
        try:
            while True:
                item = await self.run(lambda: next(items, _DONE))
                if item is _DONE:
                    return
                yield item  # type: ignore[misc]
        finally:
            self.release()
