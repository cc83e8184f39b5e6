"""The last questions embedded, kept: one answer asks for its question's vector several times
(retrieval, the reader, a follow-up's other reading), and a vector costs milliseconds."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np


class QueryMemo:
    """A small thread-safe LRU of query vectors by exact text (not an answer cache: same text, same vector)."""

    def __init__(self, encode: Callable[[list[str]], np.ndarray], size: int = 256) -> None:
        self._encode = encode
        self._size = size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def vector(self, text: str) -> np.ndarray:
        with self._lock:
            found = self._vectors.get(text)
            if found is not None:
                self._vectors.move_to_end(text)
                return found
        vector = self._encode([text])[0]
        vector.setflags(write=False)
        with self._lock:
            self._vectors[text] = vector
            while len(self._vectors) > self._size:
                self._vectors.popitem(last=False)
        return vector
