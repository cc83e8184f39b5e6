"""Building a plan's model from its document structure and the chunks cut from it."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.chunking import pieces_in_chunks
from ingest.documents import Chunk, PlanDocument
from ingest.plan.commitments import find_commitments
from ingest.plan.dates import find_dates
from ingest.plan.duties import find_duties
from ingest.plan.evidence import cite
from ingest.plan.governance import find_bodies
from ingest.plan.model import Plan
from ingest.plan.outline import outline
from ingest.plan.priorities import find_priorities
from ingest.plan.signed import find_signed
from ingest.plan.tables import find_tables
from ingest.plan.targets import find_targets


def build_plan(document: PlanDocument, chunks: Sequence[Chunk], max_chars: int = 1200) -> Plan:
    """The plan model of one document; `chunks` are `chunk_document(document, max_chars)`'s."""
    pieces = pieces_in_chunks(document, list(chunks), max_chars)
    found = outline(pieces)
    front = {index for index, piece in enumerate(pieces) if piece.chunk.id in found.front_chunks}
    priorities, lead = find_priorities(pieces, front)
    return Plan.of(
        document.metadata,
        outline=found.sections,
        contents=tuple(evidence for evidence in (cite(pieces[i]) for i in found.contents) if evidence is not None),
        priorities=priorities,
        priority_lead=lead,
        targets=find_targets(pieces, front),
        duties=find_duties(pieces, front),
        commitments=find_commitments(pieces, front),
        bodies=find_bodies(pieces, front),
        dates=find_dates(pieces, front),
        signed=find_signed(pieces, found.sections),
        tables=find_tables(pieces, front),
        front_matter=tuple(sorted(found.front_chunks)),
        front_lines=found.front_lines,
    )
