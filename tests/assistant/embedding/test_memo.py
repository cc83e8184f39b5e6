"""A question is embedded once however many parts of an answer ask for its vector."""

from __future__ import annotations

import threading

import numpy as np

from assistant.embedding.memo import QueryMemo


class _Counting:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return np.array([[float(len(text)), 1.0] for text in texts], dtype=np.float32)


def test_the_same_text_is_encoded_once_and_the_oldest_is_forgotten() -> None:
    encode = _Counting()
    memo = QueryMemo(encode, size=2)
    first = memo.vector("who chairs the board?")
    assert memo.vector("who chairs the board?") is first
    assert not first.flags.writeable  # shared between callers: nobody may change it
    memo.vector("b")
    memo.vector("who chairs the board?")  # used again: now the newest
    memo.vector("c")  # forgets "b", the least recently used
    memo.vector("b")
    assert encode.calls == [["who chairs the board?"], ["b"], ["c"], ["b"]]


def test_threads_asking_at_once_all_get_the_vector() -> None:
    encode = _Counting()
    memo = QueryMemo(encode, size=8)
    got: list[np.ndarray] = []
    threads = [threading.Thread(target=lambda: got.append(memo.vector("same question"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(got) == 8 and all(np.array_equal(vector, got[0]) for vector in got)
    assert 1 <= len(encode.calls) <= 8
