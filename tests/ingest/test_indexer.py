from pathlib import Path

from assistant.retrieval.bm25 import Bm25Index
from assistant.settings import Settings
from assistant.store import ChromaStore
from ingest.indexer import ingest
from tests.pdfs import write_pdf

PLAN = """# Safer Testshire Community Safety Plan 2020-23

London Borough of Sutton

## Our priorities

The partnership has agreed three priorities:

- Reducing knife crime
- Tackling anti-social behaviour
- Supporting victims of domestic abuse
"""


def _store(settings: Settings) -> ChromaStore:
    return ChromaStore(settings.chroma_dir, settings.collection)


def _corpus(settings: Settings) -> Path:
    settings.corpus_dir.mkdir(parents=True, exist_ok=True)
    (settings.corpus_dir / "testshire-plan-2020-23.txt").write_text(PLAN)
    write_pdf(
        settings.corpus_dir / "briefing-2022.pdf",
        [
            ["Briefing on street lighting 2022", "Lighting upgrades cover 40 streets."],
            ["Page two mentions CCTV cameras."],
        ],
    )
    return settings.corpus_dir


def test_reingesting_unchanged_files_changes_nothing(settings: Settings, embedder) -> None:
    corpus = _corpus(settings)
    first = ingest([corpus], settings, _store(settings), embedder, prune=True)
    ids = sorted(chunk.id for chunk in _store(settings).all_chunks())
    second = ingest([corpus], settings, _store(settings), embedder, prune=True)
    assert sorted(first.added) == ["briefing-2022.pdf", "testshire-plan-2020-23.txt"]
    assert sorted(second.unchanged) == sorted(first.added) and not second.changed
    assert sorted(chunk.id for chunk in _store(settings).all_chunks()) == ids
    bm25 = Bm25Index.load(settings.bm25_dir)
    assert bm25 is not None and sorted(bm25.ids) == ids


def test_a_changed_file_replaces_its_chunks_and_a_removed_file_goes(settings: Settings, embedder) -> None:
    corpus = _corpus(settings)
    ingest([corpus], settings, _store(settings), embedder, prune=True)
    (corpus / "testshire-plan-2020-23.txt").write_text(PLAN.replace("Reducing knife crime", "Reducing burglary"))
    (corpus / "briefing-2022.pdf").unlink()
    report = ingest([corpus], settings, _store(settings), embedder, prune=True)
    assert report.replaced == ["testshire-plan-2020-23.txt"] and report.removed == ["briefing-2022.pdf"]
    texts = "\n".join(chunk.text for chunk in _store(settings).all_chunks())
    assert "Reducing burglary" in texts and "knife crime" not in texts and "Lighting" not in texts
    bm25 = Bm25Index.load(settings.bm25_dir)
    assert bm25 is not None and sorted(bm25.ids) == sorted(c.id for c in _store(settings).all_chunks())


def test_pdf_chunks_cite_their_page(settings: Settings, embedder) -> None:
    ingest([_corpus(settings)], settings, _store(settings), embedder, prune=True)
    pages = {chunk.page for chunk in _store(settings).all_chunks() if chunk.metadata.source == "briefing-2022.pdf"}
    cctv = [c for c in _store(settings).all_chunks() if "CCTV" in c.text]
    assert pages == {1, 2} and cctv[0].page == 2


def test_a_broken_file_is_reported_and_skipped_and_the_index_keeps_serving(settings: Settings, embedder) -> None:
    corpus = _corpus(settings)
    ingest([corpus], settings, _store(settings), embedder, prune=True)
    before = sorted(chunk.id for chunk in _store(settings).all_chunks())
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "new-plan.md").write_text("# Another plan 2021-24\n\nWe will fund 12 street pastors.\n")
    report = ingest([corpus], settings, _store(settings), embedder, prune=True)
    assert set(report.failed) == {"broken.pdf", "empty.txt"}
    assert "broken.pdf" in report.failed["broken.pdf"] and "empty" in report.failed["empty.txt"]
    assert report.added == ["new-plan.md"]
    after = {chunk.id for chunk in _store(settings).all_chunks()}
    assert set(before) <= after
