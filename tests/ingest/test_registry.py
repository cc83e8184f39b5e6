"""A document's classification is its own record's: set once, changed only on purpose, audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.settings import Settings
from assistant.store import index_versions
from ingest.indexer import ingest
from ingest.library import Library, Staged
from ingest.registry import Records, Statement

BRIEFING = "# Operation Lapwing briefing 2025\n\nOperation Lapwing will place 12 officers at the Heron estate.\n"
LEAFLET = "# Lapwing leaflet 2025\n\nThe council will hold a drop-in session at the Heron library.\n"
ADMIN = "admin key 0123abcd"


def served(settings: Settings) -> dict[str, str]:
    """Each indexed document's classification, as the served version's chunks carry it."""
    from assistant.retrieval.index import SearchIndex

    index = SearchIndex.open(settings)
    try:
        return {source: meta.classification for source, meta in index.documents.items()}
    finally:
        index.close()


def records(settings: Settings) -> Records:
    version = index_versions(settings).current()
    assert version is not None
    loaded = Records.load(version.records_path)
    assert loaded is not None
    return loaded


def stage(folder: Path, name: str, text: str) -> Staged:
    path = folder / name
    path.write_text(text)
    return Staged(name, path)


def test_a_file_with_the_same_stem_never_touches_another_documents_classification(settings: Settings, embedder) -> None:
    """The issue's reproduction: x.txt internal, then x.md public; a title edit, a plain ingest, and a
    delete of x.md followed by an ingest each leave x.txt internal."""
    library = Library(settings, embedder)
    with library.staging() as folder:
        library.add([stage(folder, "lapwing.txt", BRIEFING)], Statement(ADMIN, "internal"))
    with library.staging() as folder:
        library.add([stage(folder, "lapwing.md", LEAFLET)], Statement(ADMIN, "public"))
    assert served(settings) == {"lapwing.txt": "internal", "lapwing.md": "public"}
    assert not list(settings.corpus_dir.glob("*.meta.json"))  # no shared sidecar to overwrite

    with library.staging() as folder:
        library.replace("lapwing.txt", None, Statement(ADMIN, fields={"title": "Lapwing"}), folder)
    assert served(settings)["lapwing.txt"] == "internal"

    ingest([settings.corpus_dir], settings, embedder, prune=True)
    assert served(settings)["lapwing.txt"] == "internal"

    library.delete("lapwing.md")
    ingest([settings.corpus_dir], settings, embedder, prune=True)
    assert served(settings) == {"lapwing.txt": "internal"}
    assert records(settings).ids() == {"lapwing.txt"}


def test_a_document_nobody_classified_is_internal_and_a_stated_one_keeps_its_statement(
    settings: Settings, embedder
) -> None:
    corpus = settings.corpus_dir
    corpus.mkdir(parents=True)
    (corpus / "unstated.txt").write_text(BRIEFING)
    (corpus / "stated.txt").write_text(LEAFLET)
    (corpus / "stated.txt.meta.json").write_text(json.dumps({"classification": "public"}))
    (corpus / "marked.txt").write_text("# Heron plan 2025\n\nClassification: RESTRICTED\n\nNot for publication.\n")
    (corpus / "marked.txt.meta.json").write_text(json.dumps({"classification": "public"}))
    ingest([corpus], settings, embedder, prune=True)
    assert served(settings) == {"unstated.txt": "internal", "stated.txt": "public", "marked.txt": "internal"}

    # The sidecar now says internal: ignored (with a warning) until an admin changes it on purpose.
    (corpus / "stated.txt.meta.json").write_text(json.dumps({"classification": "internal", "title": "Lapwing"}))
    report = ingest([corpus], settings, embedder, prune=True)
    assert served(settings)["stated.txt"] == "public"
    assert any("changes only on purpose" in warning for warning in report.warnings["stated.txt"])


def test_the_ingest_command_classifies_only_new_documents(settings: Settings, embedder) -> None:
    corpus = settings.corpus_dir
    corpus.mkdir(parents=True)
    (corpus / "old.txt").write_text(BRIEFING)
    ingest([corpus], settings, embedder, prune=True)
    (corpus / "new.txt").write_text(LEAFLET)
    (corpus / "old.txt").write_text(BRIEFING + "\nUpdated in March.\n")
    ingest([corpus], settings, embedder, prune=True, classification="public")
    assert served(settings) == {"old.txt": "internal", "new.txt": "public"}


def test_every_change_is_recorded_with_who_made_it(settings: Settings, embedder) -> None:
    library = Library(settings, embedder)
    with library.staging() as folder:
        library.add([stage(folder, "lapwing.txt", BRIEFING)], Statement(ADMIN, "internal"))
    with library.staging() as folder:
        library.replace("lapwing.txt", None, Statement("command line", "public"), folder)
    changes = records(settings).get("lapwing.txt").changes  # type: ignore[union-attr]
    assert [(c.classification, c.by, c.previous) for c in changes] == [
        ("internal", ADMIN, None),
        ("public", "command line", "internal"),
    ]
    audit = [json.loads(line) for line in settings.classification_log.read_text().splitlines()]
    assert [(a["document"], a["classification"], a["by"]) for a in audit] == [
        ("lapwing.txt", "internal", ADMIN),
        ("lapwing.txt", "public", "command line"),
    ]
    # A restart reads the same records; nothing is re-decided.
    assert served(settings) == {"lapwing.txt": "public"}


def test_a_replacement_under_a_new_name_carries_the_old_classification(settings: Settings, embedder) -> None:
    library = Library(settings, embedder)
    with library.staging() as folder:
        library.add([stage(folder, "lapwing.txt", BRIEFING)], Statement(ADMIN, "internal"))
    with library.staging() as folder:
        library.replace(
            "lapwing.txt", stage(folder, "lapwing-v2.txt", BRIEFING + "\nVersion 2.\n"), Statement(ADMIN), folder
        )
    assert served(settings) == {"lapwing-v2.txt": "internal"}


def test_a_version_built_before_records_keeps_what_it_served(settings: Settings, embedder) -> None:
    corpus = settings.corpus_dir
    corpus.mkdir(parents=True)
    (corpus / "leaflet.txt").write_text(LEAFLET)
    ingest([corpus], settings, embedder, prune=True, classification="public")
    index_versions(settings).current().records_path.unlink()  # type: ignore[union-attr]
    (corpus / "other.txt").write_text(BRIEFING)
    ingest([corpus], settings, embedder, prune=True)
    assert served(settings) == {"leaflet.txt": "public", "other.txt": "internal"}


def test_an_unknown_classification_is_refused() -> None:
    with pytest.raises(ValueError, match="classification must be one of"):
        Statement(ADMIN, "secret")
