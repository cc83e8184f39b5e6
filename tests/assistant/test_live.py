"""The served assistant follows new index versions, and keeps serving when one cannot be loaded."""

from __future__ import annotations

from pathlib import Path

from assistant.live import LiveAssistant
from assistant.pipeline import Assistant
from assistant.settings import Settings
from assistant.store import index_versions
from ingest.indexer import ingest


def test_a_new_version_is_served_after_the_next_check_and_old_ones_are_released(
    settings: Settings, embedder, tmp_path: Path
) -> None:
    settings.corpus_dir.mkdir(parents=True)
    plan = settings.corpus_dir / "plan-2020-23.txt"
    plan.write_text("# Sutton Plan 2020-23\n\nSutton will fund 10 street pastors.\n")
    ingest([settings.corpus_dir], settings, embedder)
    now = [0.0]
    live = LiveAssistant(index_versions(settings), lambda: Assistant.build(settings, embedder), 1.0, lambda: now[0])
    first = live.get()
    for figure in (11, 12, 13, 14):  # more versions than are kept: pruned folders must not stop a swap
        plan.write_text(f"# Sutton Plan 2020-23\n\nSutton will fund {figure} street pastors.\n")
        ingest([settings.corpus_dir], settings, embedder)
        assert live.get().index.version != index_versions(settings).stamp()  # not checked again yet
        now[0] += 1.5
        served = live.get()
        assert served.index.version == index_versions(settings).stamp()
        assert f"{figure} street pastors" in served.ask("How many street pastors will Sutton fund?").text
    assert first.index.version == "v000001"
    live.close()


def test_a_version_that_cannot_be_loaded_leaves_the_old_one_serving(settings: Settings, embedder) -> None:
    settings.corpus_dir.mkdir(parents=True)
    (settings.corpus_dir / "plan.txt").write_text("# Sutton Plan 2020-23\n\nSutton will fund 10 street pastors.\n")
    ingest([settings.corpus_dir], settings, embedder)
    versions = index_versions(settings)
    live = LiveAssistant(versions, lambda: Assistant.build(settings, embedder), 0.0)
    served = live.get()
    (settings.data_dir / "indexes" / "v000009").mkdir()  # published but empty: no BM25, no lexicon
    (settings.data_dir / "CURRENT").write_text("v000009")
    assert live.get() is served and "10 street pastors" in served.ask("How many street pastors?").text
    live.close()
