"""The heading that names what a quote is about, when the quote does not say it itself.

A plan often names a scheme only in its heading ("Truecall System") and then describes it without the
name ("... to reduce the number of nuisance or scam calls received by vulnerable residents."). An answer
quoting the description says which heading it sits under. Not every heading names anything: one the plan
repeats under each priority ("Why is this important?") stands for its parent; one that holds a large share
of the plan ("BACKGROUND INFORMATION"), or more than a couple of passages, says too little about a quote in
particular: a long section's heading may also stand over paragraphs the document model could not set apart
from it (a report's numbered paragraphs after an unnumbered subheading).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from ingest.chunking import SECTION_SEPARATOR as SEPARATOR
from ingest.documents import Chunk

_BROAD = 0.25  # a heading over more than this share of its plan's passages names nothing in particular
_NARROW = 2  # ... nor one over more passages than this: it is a section's, not a scheme's


class Headings:
    """The section paths of every plan in an index, to say which heading of a path names its passages."""

    def __init__(self, chunks: Iterable[Chunk]) -> None:
        self._passages: dict[str, Counter[str]] = defaultdict(Counter)  # source -> path prefix -> passages under it
        self._totals: Counter[str] = Counter()
        paths: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for chunk in chunks:
            source = chunk.metadata.source
            self._totals[source] += 1
            parts = _parts(chunk.section)
            paths[source].add(parts)
            for depth in range(1, len(parts) + 1):
                self._passages[source][SEPARATOR.join(parts[:depth])] += 1
        # a heading is repeated when it ends more than one distinct path prefix of the plan
        self._repeated: dict[str, set[str]] = {}
        for source, found in paths.items():
            ends: dict[str, set[tuple[str, ...]]] = defaultdict(set)
            for parts in found:
                for depth in range(1, len(parts) + 1):
                    ends[parts[depth - 1].lower()].add(parts[:depth])
            self._repeated[source] = {heading for heading, prefixes in ends.items() if len(prefixes) > 1}

    def naming(self, source: str, section: str | None, cell: bool = False) -> str | None:
        """The deepest heading of the path that the plan uses once and that holds no more than two passages
        (and a quarter of the plan's), or None. A table cell's column holds a passage for each of its rows:
        it names the cell however many rows it has."""
        parts = _parts(section)
        total = self._totals[source]
        for depth in range(len(parts), 0, -1):
            heading = parts[depth - 1]
            if heading.lower() in self._repeated.get(source, set()):
                continue
            held = self._passages[source][SEPARATOR.join(parts[:depth])]
            if not total or held > _BROAD * total or (held > _NARROW and not cell):
                return None  # a heading higher up holds no fewer
            return heading
        return None


def _parts(section: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (section or "").split(SEPARATOR) if part.strip())
