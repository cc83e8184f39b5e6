"""The assistant a server answers with: rebuilt over the new index version whenever one is published."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from assistant.pipeline import Assistant
from assistant.versions import IndexVersions

log = logging.getLogger(__name__)


class LiveAssistant:
    """Checks the CURRENT pointer at most once per interval; a new version is loaded by one request
    while the others keep answering from the old one. The version before is closed one swap later,
    so requests still using it finish."""

    def __init__(
        self,
        versions: IndexVersions,
        build: Callable[[], Assistant],
        interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._versions = versions
        self._build = build
        self._interval = interval
        self._clock = clock
        self._lock = threading.Lock()
        self._current = build()
        self._retired: Assistant | None = None
        self._checked = clock()
        self._stop = threading.Event()
        self._watcher: threading.Thread | None = None

    def watch(self) -> None:
        """Check for a new version in the background too, so a new version is loaded without waiting
        for a request (and no request, not even /health, pays for loading it)."""
        if self._watcher is not None or self._interval == float("inf"):
            return

        def loop() -> None:
            while not self._stop.wait(self._interval):
                self.refresh()

        self._watcher = threading.Thread(target=loop, name="index-watcher", daemon=True)
        self._watcher.start()

    @property
    def current(self) -> Assistant:
        """The assistant being served, without checking for a new version (cheap, never blocks)."""
        return self._current

    def get(self) -> Assistant:
        now = self._clock()
        if now - self._checked >= self._interval:
            self._checked = now
            self.refresh()
        return self._current

    def refresh(self, wait: bool = False) -> Assistant:
        """Load the published version if it is not the one being served (wait: even if another
        request is already loading it)."""
        stamp = self._versions.stamp()
        if stamp is None or stamp == self._current.index.version or not self._lock.acquire(blocking=wait):
            return self._current
        try:
            if self._versions.stamp() != self._current.index.version:
                fresh = self._build()
                if fresh is self._current:  # a fixed assistant: nothing to swap
                    return fresh
                retired, self._retired, self._current = self._retired, self._current, fresh
                if retired is not None:
                    _close(retired)
                log.info("now serving index version %s", fresh.index.version)
        except Exception:
            log.exception("could not load the new index version; still serving %s", self._current.index.version)
        finally:
            self._lock.release()
        return self._current

    def close(self) -> None:
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=30)
        for assistant in (self._retired, self._current):
            if assistant is not None:
                _close(assistant)


def _close(assistant: Assistant) -> None:
    """Release a version's store; its folder may already be pruned, which must not stop a swap."""
    try:
        assistant.index.close()
    except Exception as error:  # noqa: BLE001
        log.warning("closing index version %s: %s", assistant.index.version, error)
