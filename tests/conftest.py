"""Shared real parts: the embedding model (loaded once), and an index of the bundled corpus."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.embedding import Embedder, build_embedder
from assistant.pipeline import Assistant
from assistant.settings import Settings
from ingest.indexer import ingest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"


@pytest.fixture(scope="session")
def models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the session's ONNX export of the model is kept (exported once per test session)."""
    return tmp_path_factory.mktemp("models")


@pytest.fixture(scope="session")
def embedder(models_dir: Path) -> Embedder:
    """The embedder the assistant uses by default (ONNX Runtime), loaded once per session."""
    return build_embedder(Settings(model_cache_dir=models_dir, _env_file=None))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings for a fresh, empty index in a temporary folder."""
    return Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", _env_file=None)


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Settings:
    """An index of the bundled corpus, built once per test session."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("corpus-index"), corpus_dir=CORPUS, _env_file=None)
    report = ingest([CORPUS], settings, embedder, prune=True)
    assert not report.failed
    return settings


@pytest.fixture(scope="session")
def assistant(corpus_settings: Settings, embedder: Embedder) -> Assistant:
    return Assistant.build(corpus_settings, embedder)


@pytest.fixture(scope="module")
def served_url(
    corpus_settings: Settings, assistant: Assistant, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The real app over the corpus index, served on a loopback port, with its own data folder per module
    and no rate limits (the tests are one fast client)."""
    settings = corpus_settings.model_copy(
        update={"data_dir": tmp_path_factory.mktemp("served"), "rate_limit_ip": 0, "rate_limit_key": 0}
    )
    with serving(create_app(settings, assistant=assistant)) as url:
        yield url
