"""The served index: its search terms are counted by the tokenizer the code uses."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.embedding import Embedder
from assistant.retrieval.bm25 import Bm25Index
from assistant.retrieval.index import SearchIndex
from assistant.retrieval.terms import TOKENIZER_VERSION
from assistant.settings import Settings
from assistant.store import index_versions
from ingest.documents import AUDIENCES, Chunk, PlanMetadata
from ingest.indexer import ingest

PLAN = """# Safer Testshire Community Safety Plan 2020-23

## Domestic abuse

The partnership runs two MARACs a month for victims at high risk.
"""


def _ingested(settings: Settings, embedder: Embedder) -> None:
    settings.corpus_dir.mkdir(parents=True, exist_ok=True)
    (settings.corpus_dir / "testshire-plan-2020-23.txt").write_text(PLAN)
    report = ingest([settings.corpus_dir], settings, embedder, prune=True)
    assert not report.failed


def _rewrite_counts(settings: Settings, tokenizer: int) -> None:
    """The saved BM25 counts as an older tokenizer made them: the plural "MARACs" a term of its own."""
    version = index_versions(settings).current()
    assert version is not None
    for audience in AUDIENCES:
        path = version.bm25_dir(audience) / "chunk_ids.json"
        payload = json.loads(path.read_text())
        payload["doc_freq"] = {("maracs" if term == "marac" else term): n for term, n in payload["doc_freq"].items()}
        payload["tokenizer"] = tokenizer
        path.write_text(json.dumps(payload))


def test_an_index_counted_by_an_older_tokenizer_is_counted_again_when_opened(
    settings: Settings, embedder: Embedder
) -> None:
    _ingested(settings, embedder)
    _rewrite_counts(settings, tokenizer=TOKENIZER_VERSION - 1)
    index = SearchIndex.open(settings)
    try:
        assert all(view.bm25.current for view in index.views.values())
        bm25 = index.views["internal"].bm25  # a plan with no classification of its own is for staff
        assert bm25.share("marac") > 0 and bm25.share("maracs") == 0
    finally:
        index.close()


def test_an_index_counted_by_this_tokenizer_is_read_as_saved(settings: Settings, embedder: Embedder) -> None:
    _ingested(settings, embedder)
    _rewrite_counts(settings, tokenizer=TOKENIZER_VERSION)
    index = SearchIndex.open(settings)
    try:
        bm25 = index.views["internal"].bm25
        assert bm25.share("maracs") > 0 and bm25.share("marac") == 0  # what was saved, not counted again
    finally:
        index.close()


def test_saved_counts_say_which_tokenizer_made_them(tmp_path: Path) -> None:
    chunk = Chunk(id="c1", text="Two MARACs a month.", metadata=PlanMetadata(source="a.txt", title="A", council="A"))
    Bm25Index.build([chunk]).save(tmp_path)
    loaded = Bm25Index.load(tmp_path)
    assert loaded is not None and loaded.tokenizer == TOKENIZER_VERSION and loaded.share("marac") == 1.0
