"""The BM25 side of retrieval: a bm25s index over the same chunks as the vector store."""

from __future__ import annotations

import json
import logging
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np

from assistant.retrieval.terms import TOKENIZER_VERSION, terms
from ingest.documents import Chunk

_IDS_FILE = "chunk_ids.json"


class Bm25Index:
    """Scores every chunk for a query; also knows how rare each term is (for answer support)."""

    def __init__(
        self, ids: list[str], model: bm25s.BM25, doc_freq: dict[str, int], tokenizer: int = TOKENIZER_VERSION
    ) -> None:
        self.ids = ids
        self._model = model
        self._doc_freq = doc_freq
        self.tokenizer = tokenizer  # the version of `terms` its terms were counted with
        self._vocab: dict[str, int] = dict(getattr(model, "vocab_dict", None) or {})  # none in an empty index

    @classmethod
    def build(cls, chunks: Sequence[Chunk]) -> Bm25Index:
        tokenized = [terms(chunk.search_text) or ["_empty_"] for chunk in chunks]
        model = bm25s.BM25()
        if tokenized:
            model.index(tokenized, show_progress=False)
        doc_freq = Counter(term for tokens in tokenized for term in set(tokens))
        return cls([chunk.id for chunk in chunks], model, dict(doc_freq))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        if self.ids:
            self._model.save(str(folder), show_progress=False)
        payload = {"ids": self.ids, "doc_freq": self._doc_freq, "tokenizer": self.tokenizer}
        (folder / _IDS_FILE).write_text(json.dumps(payload), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> Bm25Index | None:
        """The saved index, or None when there is none (or it cannot be read)."""
        path = folder / _IDS_FILE
        if not path.is_file():
            return None
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
            model = bm25s.BM25.load(str(folder), show_progress=False) if payload["ids"] else bm25s.BM25()
        except (OSError, ValueError, KeyError) as error:
            logging.getLogger(__name__).warning("BM25 index at %s unreadable: %s", folder, error)
            return None
        return cls(payload["ids"], model, payload["doc_freq"], int(payload.get("tokenizer", 1)))

    @property
    def current(self) -> bool:
        """Whether its terms were counted by the tokenizer this code uses."""
        return self.tokenizer == TOKENIZER_VERSION

    def scores(self, query_terms: Sequence[str]) -> np.ndarray:
        """One BM25 score per chunk, aligned with self.ids."""
        known = [term for term in query_terms if term in self._vocab]
        if not known or not self.ids:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(self._model.get_scores(known), dtype=np.float32)

    def share(self, term: str) -> float:
        """The fraction of chunks that contain the term."""
        return self._doc_freq.get(term, 0) / max(len(self.ids), 1)

    def idf(self, term: str) -> float:
        """Inverse document frequency; a term no chunk contains gets the highest weight."""
        total = max(len(self.ids), 1)
        freq = self._doc_freq.get(term, 0)
        return math.log(1 + (total - freq + 0.5) / (freq + 0.5))
