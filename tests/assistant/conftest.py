"""An assistant over a small corpus of invented plans, built once per session."""

from __future__ import annotations

import pytest

from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.settings import Settings
from ingest.indexer import ingest
from tests.assistant.plan_corpus import PLANS, write_plan_corpus


@pytest.fixture(scope="session")
def plan_assistant(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Assistant:
    root = tmp_path_factory.mktemp("plan-corpus")
    corpus = write_plan_corpus(root / "corpus")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus, _env_file=None)
    report = ingest([corpus], settings, embedder, prune=True)
    assert not report.failed and len(report.added) == len(PLANS)
    return Assistant.build(settings, embedder)
