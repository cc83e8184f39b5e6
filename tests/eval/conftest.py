"""Eval fixtures: the tutorial peer over the bundled corpus, built once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.embedding import Embedder
from assistant.settings import Settings
from eval.peer import PeerPipeline


@pytest.fixture(scope="session")
def peer(corpus_settings: Settings, embedder: Embedder) -> Iterator[PeerPipeline]:
    pipeline = PeerPipeline(corpus_settings.corpus_dir, embedder)
    yield pipeline
    pipeline.close()
