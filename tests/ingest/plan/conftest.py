"""Plan models built the way ingest builds them: a plan file written to a temporary folder, read,
chunked and modelled by the real code."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields
from pathlib import Path

import pytest

from ingest.chunking import chunk_document
from ingest.documents import Chunk
from ingest.indexer import read_document
from ingest.plan import Evidence, Plan, build_plan
from ingest.registry import Records

MAX_CHARS = 1200


@dataclass(frozen=True)
class Built:
    plan: Plan
    chunks: tuple[Chunk, ...]

    def chunk(self, evidence: Evidence) -> Chunk:
        return next(chunk for chunk in self.chunks if chunk.id == evidence.chunk_id)

    def chunk_with(self, text: str) -> Chunk:
        """The one chunk holding a line."""
        [found] = [chunk for chunk in self.chunks if text in chunk.text.split("\n")]
        return found


def build_file(path: Path) -> Built:
    read = read_document(path, Records())
    chunks = chunk_document(read.document, MAX_CHARS)
    return Built(build_plan(read.document, chunks, MAX_CHARS), tuple(chunks))


@pytest.fixture
def build(tmp_path: Path) -> Callable[[str, str], Built]:
    """Write a plan file (name, text) and build its model."""

    def built(name: str, text: str) -> Built:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return build_file(path)

    return built


def every_evidence(plan: Plan) -> Iterator[Evidence]:
    """Every quote a plan model's records cite."""
    if plan.priority_lead is not None:
        yield plan.priority_lead
    for priority in plan.priorities:
        yield priority.evidence
        yield from priority.actions
    for record in (*plan.targets, *plan.duties, *plan.dates):
        yield record.evidence
    for body in plan.bodies:
        for field in fields(body):
            if field.name != "name":
                yield from getattr(body, field.name)
    for table in plan.tables:
        for row in (table.columns, *table.rows):
            if row is not None:
                yield from row.evidence
        if table.lead_in is not None:
            yield table.lead_in
