"""Which chunks a search may return: by council, document, type, period and classification."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.documents import Chunk, PlanMetadata


@dataclass(frozen=True)
class Filters:
    """Empty fields do not restrict. `ChunkTable.mask` applies the same rules to every chunk at once."""

    councils: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    doc_types: tuple[str, ...] = ()
    classifications: tuple[str, ...] = ()
    year: int | None = None  # the plan period must include this year

    def matches(self, chunk: Chunk) -> bool:
        meta = chunk.metadata
        if self.councils and meta.council not in self.councils:
            return False
        if self.sources and meta.source not in self.sources:
            return False
        if self.doc_types and meta.doc_type not in self.doc_types:
            return False
        if self.classifications and meta.classification not in self.classifications:
            return False
        if self.year is not None:
            if meta.period_start is None or meta.period_end is None:
                return False
            return meta.period_start <= self.year <= meta.period_end
        return True


@dataclass(frozen=True)
class Scope:
    """The plans a question may be answered from: the classifications the caller's role may see, and
    the councils or plans the caller chose to narrow to (empty: no narrowing). Narrowing can only
    remove plans; the classifications come from the role, never from the request."""

    classifications: tuple[str, ...] = ()
    councils: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    @classmethod
    def of(cls, scope: Scope | tuple[str, ...]) -> Scope:
        return scope if isinstance(scope, Scope) else cls(classifications=tuple(scope))

    def admits(self, meta: PlanMetadata) -> bool:
        return (
            (not self.classifications or meta.classification in self.classifications)
            and (not self.councils or meta.council in self.councils)
            and (not self.sources or meta.source in self.sources)
        )
