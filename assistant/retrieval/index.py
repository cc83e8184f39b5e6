"""The index one version serves: the vector store, its chunks, the document records, the answer texts'
vectors, and BM25 and the lexicon per audience, loaded once."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property

from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.dense import DenseIndex
from assistant.retrieval.lexicon import Lexicon
from assistant.retrieval.table import ChunkTable
from assistant.retrieval.vectors import UnitVectors
from assistant.settings import Settings
from assistant.store import VectorStore, index_versions, open_store
from assistant.versions import IndexVersion
from ingest.documents import AUDIENCES, Chunk, PlanMetadata
from ingest.plan import Plan
from ingest.plan.store import load_plans
from ingest.registry import Records

log = logging.getLogger(__name__)


class IndexMissing(RuntimeError):
    """There is no complete index to serve."""


@dataclass(frozen=True)
class SearchView:
    """What one audience's questions are searched and read with: BM25 and the lexicon built from only
    the plans that audience may see."""

    bm25: Bm25Index
    lexicon: Lexicon


@dataclass
class SearchIndex:
    """Everything retrieval reads, loaded once: the store, its chunks (as a table for filtering, with their
    vectors), and a view per audience."""

    store: VectorStore
    chunks: dict[str, Chunk]
    views: dict[str, SearchView]
    table: ChunkTable
    dense: DenseIndex
    records: Records = field(default_factory=Records)
    unit_vectors: UnitVectors = field(default_factory=UnitVectors)
    plans: dict[str, Plan] = field(default_factory=dict)  # by source file name

    version: str = ""

    @classmethod
    def open(cls, settings: Settings, version: IndexVersion | None = None) -> SearchIndex:
        """The served index version (or the one given); IndexMissing when nothing has been ingested."""
        version = version or index_versions(settings).current()
        if version is None:
            raise IndexMissing(f"no index in {settings.data_dir}: run `plan-assistant ingest` first")
        store = open_store(settings, version)
        chunks = store.all_chunks()
        views: dict[str, SearchView] = {}
        for audience, classifications in AUDIENCES.items():
            bm25 = Bm25Index.load(version.bm25_dir(audience))
            lexicon = Lexicon.load(version.lexicon_path(audience))
            visible = [chunk for chunk in chunks if chunk.metadata.classification in classifications]
            seen = sorted(chunk.id for chunk in visible)
            if bm25 is None or lexicon is None or sorted(bm25.ids) != seen:
                store.close()
                raise IndexMissing(f"index version {version.name} is incomplete; run `plan-assistant ingest` again")
            if not bm25.current:  # counted by an older tokenizer: counted again (seconds; nothing is embedded)
                log.info("index %s: counting %s search terms again with the current tokenizer", version.name, audience)
                bm25, lexicon = Bm25Index.build(visible), Lexicon.build(visible)
            # the plans' other names (initials, kinds, years) are read from their metadata afresh, not saved
            views[audience] = SearchView(bm25, lexicon if lexicon.names.plans else lexicon.named_from(visible))
        table = ChunkTable(chunks)
        try:
            dense = DenseIndex.load(store, table)
        except ValueError as error:
            store.close()
            message = f"index version {version.name} is incomplete ({error}); run `plan-assistant ingest` again"
            raise IndexMissing(message) from error
        records = Records.load(version.records_path) or Records.of_chunks(chunks)
        # A version built before the bank existed has none: every answer text is then embedded when asked.
        unit_vectors = UnitVectors.load(version.unit_vectors_path) or UnitVectors()
        return cls(
            store=store,
            chunks={chunk.id: chunk for chunk in chunks},
            views=views,
            table=table,
            dense=dense,
            records=records,
            unit_vectors=unit_vectors,
            plans=load_plans(version.plans_path),
            version=version.name,
        )

    def close(self) -> None:
        self.store.close()

    @cached_property
    def documents(self) -> dict[str, PlanMetadata]:
        """Each indexed plan's metadata, by file name (the index does not change while it serves)."""
        return {chunk.metadata.source: chunk.metadata for chunk in self.chunks.values()}
