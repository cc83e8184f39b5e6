"""The served chunks as columns, so a search's filters become one boolean mask without looking at each
chunk: the cost of filtering stays a few array operations however many plans are indexed."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence

import numpy as np

from assistant.retrieval.filters import Filters
from ingest.documents import Chunk

_NO_YEAR = -1  # a plan without a period matches no year


class _Codes:
    """One text column: each chunk's value as a small integer, and the integer of each value."""

    def __init__(self, values: Sequence[str | None]) -> None:
        self.of: dict[str | None, int] = {}
        self.column = np.fromiter((self.of.setdefault(value, len(self.of)) for value in values), np.int32, len(values))

    def among(self, wanted: Sequence[str]) -> np.ndarray:
        codes = [self.of[value] for value in wanted if value in self.of]
        return np.isin(self.column, np.asarray(codes, dtype=np.int32))


class ChunkTable:
    """The chunks in a fixed order (`ids`), with the metadata the filters read as columns.

    `mask(filters)` is `filters.matches` over every chunk at once; the masks of recent filters are kept."""

    def __init__(self, chunks: Sequence[Chunk], cache_size: int = 256) -> None:
        self.ids = [chunk.id for chunk in chunks]
        self.position = {chunk_id: i for i, chunk_id in enumerate(self.ids)}
        metas = [chunk.metadata for chunk in chunks]
        self._council = _Codes([meta.council for meta in metas])
        self._source = _Codes([meta.source for meta in metas])
        self._doc_type = _Codes([meta.doc_type for meta in metas])
        self._classification = _Codes([meta.classification for meta in metas])
        dated = [meta.period_start is not None and meta.period_end is not None for meta in metas]
        self._start = np.array(
            [meta.period_start if ok else _NO_YEAR for meta, ok in zip(metas, dated, strict=True)], np.int32
        )
        self._end = np.array(
            [meta.period_end if ok else _NO_YEAR for meta, ok in zip(metas, dated, strict=True)], np.int32
        )
        self._dated = np.array(dated, dtype=bool)
        self._cache: OrderedDict[Filters, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.ids)

    def mask(self, filters: Filters) -> np.ndarray:
        """True for each chunk (in `ids` order) the filters let through; read-only."""
        with self._lock:
            if filters in self._cache:
                self._cache.move_to_end(filters)
                return self._cache[filters]
        mask = self._compute(filters)
        mask.flags.writeable = False
        with self._lock:
            self._cache[filters] = mask
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return mask

    def _compute(self, filters: Filters) -> np.ndarray:
        mask = np.ones(len(self.ids), dtype=bool)
        for column, wanted in (
            (self._council, filters.councils),
            (self._source, filters.sources),
            (self._doc_type, filters.doc_types),
            (self._classification, filters.classifications),
        ):
            if wanted:
                mask &= column.among(wanted)
        if filters.year is not None:
            mask &= self._dated & (self._start <= filters.year) & (filters.year <= self._end)
        return mask

    def positions(self, ids: Sequence[str]) -> np.ndarray:
        """Where each of these chunks is in the table."""
        return np.fromiter((self.position[chunk_id] for chunk_id in ids), np.int64, len(ids))
