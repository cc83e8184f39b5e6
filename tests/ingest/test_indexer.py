from pathlib import Path

from assistant.retrieval.bm25 import Bm25Index
from assistant.settings import Settings
from assistant.store import index_versions, open_store
from ingest.documents import Chunk
from ingest.indexer import ingest
from tests.pdfs import bad_files, write_pdf

PLAN = """# Safer Testshire Community Safety Plan 2020-23

London Borough of Sutton

## Our priorities

The partnership has agreed three priorities:

- Reducing knife crime
- Tackling anti-social behaviour
- Supporting victims of domestic abuse
"""


class _Served:
    """The served index version's chunks, read afresh."""

    def __init__(self, settings: Settings) -> None:
        self.version = index_versions(settings).current()
        assert self.version is not None
        store = open_store(settings, self.version)
        self.chunks = store.all_chunks()
        store.close()

    def all_chunks(self) -> list[Chunk]:
        return self.chunks


def _store(settings: Settings) -> _Served:
    return _Served(settings)


def _bm25(settings: Settings) -> Bm25Index | None:
    return Bm25Index.load(_Served(settings).version.bm25_dir("internal"))  # type: ignore[union-attr]


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
    first = ingest([corpus], settings, embedder, prune=True)
    ids = sorted(chunk.id for chunk in _store(settings).all_chunks())
    second = ingest([corpus], settings, embedder, prune=True)
    assert sorted(first.added) == ["briefing-2022.pdf", "testshire-plan-2020-23.txt"]
    assert sorted(second.unchanged) == sorted(first.added) and not second.changed
    assert sorted(chunk.id for chunk in _store(settings).all_chunks()) == ids
    bm25 = _bm25(settings)
    assert bm25 is not None and sorted(bm25.ids) == ids


def test_a_changed_file_replaces_its_chunks_and_a_removed_file_goes(settings: Settings, embedder) -> None:
    corpus = _corpus(settings)
    ingest([corpus], settings, embedder, prune=True)
    (corpus / "testshire-plan-2020-23.txt").write_text(PLAN.replace("Reducing knife crime", "Reducing burglary"))
    (corpus / "briefing-2022.pdf").unlink()
    report = ingest([corpus], settings, embedder, prune=True)
    assert report.replaced == ["testshire-plan-2020-23.txt"] and report.removed == ["briefing-2022.pdf"]
    texts = "\n".join(chunk.text for chunk in _store(settings).all_chunks())
    assert "Reducing burglary" in texts and "knife crime" not in texts and "Lighting" not in texts
    bm25 = _bm25(settings)
    assert bm25 is not None and sorted(bm25.ids) == sorted(c.id for c in _store(settings).all_chunks())


def test_pdf_chunks_cite_their_page(settings: Settings, embedder) -> None:
    ingest([_corpus(settings)], settings, embedder, prune=True)
    [briefing] = [chunk for chunk in _store(settings).all_chunks() if chunk.metadata.source == "briefing-2022.pdf"]
    assert briefing.page == 1  # one passage over the page break; each quote cites its own page
    assert briefing.place("Lighting upgrades cover 40 streets.")[0] == 1
    assert briefing.place("Page two mentions CCTV cameras.")[0] == 2


def test_each_bad_file_in_a_batch_gets_its_own_error_while_the_rest_is_indexed(settings: Settings, embedder) -> None:
    corpus = _corpus(settings)
    ingest([corpus], settings, embedder, prune=True)
    before = sorted(chunk.id for chunk in _store(settings).all_chunks())
    expected = bad_files(corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "huge.txt").write_text("Testshire knife crime plan.\n" * 40_000)  # about 1.1 MB
    (corpus / "new-plan.md").write_text("# Another plan 2021-24\n\nWe will fund 12 street pastors.\n")
    limited = settings.model_copy(update={"max_file_mb": 1.0})
    report = ingest([corpus], limited, embedder, prune=True)
    assert set(report.failed) == {*expected, "empty.txt", "huge.txt"}
    for name, words in expected.items():
        assert report.failed[name].startswith(f"{name}: ") and words in report.failed[name]
    assert "the size limit is 1 MB" in report.failed["huge.txt"] and "empty" in report.failed["empty.txt"]
    assert report.added == ["new-plan.md"]
    after = {chunk.id for chunk in _store(settings).all_chunks()}
    assert set(before) <= after and any("12 street pastors" in c.text for c in _store(settings).all_chunks())


def test_a_bad_new_version_keeps_the_old_version_serving(settings: Settings, embedder) -> None:
    corpus = _corpus(settings)
    ingest([corpus], settings, embedder, prune=True)
    before = sorted(chunk.id for chunk in _store(settings).all_chunks())
    pdf = corpus / "briefing-2022.pdf"
    pdf.write_bytes(pdf.read_bytes()[:300])  # the file is replaced by a truncated copy
    report = ingest([corpus], settings, embedder, prune=True)
    assert "truncated" in report.failed["briefing-2022.pdf"] and not report.changed
    assert sorted(chunk.id for chunk in _store(settings).all_chunks()) == before


def test_nothing_changed_publishes_no_new_version(settings: Settings, embedder) -> None:
    corpus = _corpus(settings)
    ingest([corpus], settings, embedder, prune=True)
    first = index_versions(settings).current()
    ingest([corpus], settings, embedder, prune=True)
    assert index_versions(settings).current() == first
    assert [p.name for p in (settings.data_dir / "indexes").iterdir() if p.is_dir()] == [first.name]


def test_a_version_without_answer_vectors_is_rebuilt_once_to_gain_them(settings: Settings, embedder) -> None:
    corpus = _corpus(settings)
    ingest([corpus], settings, embedder, prune=True)
    first = index_versions(settings).current()
    assert first is not None and first.unit_vectors_path.is_file()
    first.unit_vectors_path.unlink()  # as a version built before the answer vectors existed
    report = ingest([corpus], settings, embedder, prune=True)
    second = index_versions(settings).current()
    assert not report.changed and second is not None and second != first and second.unit_vectors_path.is_file()
    ingest([corpus], settings, embedder, prune=True)
    assert index_versions(settings).current() == second
