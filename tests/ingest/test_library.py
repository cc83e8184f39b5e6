"""The library's staging folders: held while a request uses them, cleared when a crash left them."""

from __future__ import annotations

import fcntl

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.settings import Settings
from ingest.library import Library


def test_staged_uploads_left_by_a_crash_are_removed_at_start_up(corpus_settings: Settings, assistant, tmp_path) -> None:
    settings = corpus_settings.model_copy(update={"data_dir": tmp_path / "data"})
    leftover = settings.uploads_dir / "tmpcrashed"
    leftover.mkdir(parents=True)
    (leftover / "plan.pdf").write_bytes(b"%PDF-1.4 half an upload")
    (leftover / ".in-use").touch()  # its lock died with the process that held it
    in_use = settings.uploads_dir / "tmpbusy"
    in_use.mkdir()
    with open(in_use / ".in-use", "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another worker is still reading this upload
        with serving(create_app(settings, assistant=assistant)):
            assert not leftover.exists()
            assert (in_use / ".in-use").exists()


def test_a_staging_folder_is_held_while_in_use_and_removed_after(settings: Settings, embedder) -> None:
    library = Library(settings, embedder)
    with library.staging() as folder:
        (folder / "plan.txt").write_text("# A plan\n")
        assert library.clear_leftovers() == []  # held: not a leftover
        assert folder.exists()
    assert not folder.exists()
