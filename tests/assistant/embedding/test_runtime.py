"""The ONNX Runtime backend gives sentence-transformers' vectors; int8 is close but not the same."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from assistant.embedding import Embedder, build_embedder, bundled_model_path
from assistant.embedding.pytorch import SentenceTransformerEmbedder
from assistant.embedding.runtime import OnnxEmbedder
from assistant.settings import Settings
from tests.conftest import CORPUS

SHORT = ["What does the partnership do about antisocial behaviour?", "MARAC", "a", ""]


@pytest.fixture(scope="module")
def pytorch() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()


def _texts() -> list[str]:
    """Questions, and passages of the plans longer than the model reads (256 tokens: the rest is cut)."""
    text = (CORPUS / "tower-hamlets-community-safety-plan-2017-21.txt").read_text(encoding="utf-8")
    return SHORT + [text[start : start + size] for start, size in ((0, 400), (5000, 1200), (20000, 4000))]


def test_onnx_gives_the_vectors_pytorch_gives(embedder: Embedder, pytorch: SentenceTransformerEmbedder) -> None:
    assert isinstance(embedder, OnnxEmbedder)  # the default backend
    texts = _texts()
    ours, theirs = embedder.encode(texts), pytorch.encode(texts)
    assert ours.shape == theirs.shape == (len(texts), 384)
    assert np.abs(ours - theirs).max() < 1e-5
    assert np.allclose(np.linalg.norm(ours, axis=1), 1.0, atol=1e-5)
    # one at a time or in a batch of mixed lengths: the same vectors (padding changes nothing)
    assert np.abs(np.vstack([embedder.encode([text]) for text in texts]) - ours).max() < 1e-5
    assert np.allclose(embedder.embed_query(SHORT[0]), theirs[0], atol=1e-5)


def test_int8_is_near_but_not_the_same(models_dir: Path, embedder: OnnxEmbedder) -> None:
    int8 = build_embedder(Settings(model_cache_dir=models_dir, embedding_backend="onnx-int8", _env_file=None))
    assert isinstance(int8, OnnxEmbedder) and int8.backend == "onnx-int8"
    texts = _texts()[:1] + _texts()[4:]
    near = (int8.encode(texts) * embedder.encode(texts)).sum(axis=1)
    assert near.min() > 0.85 and near.max() < 0.99999
    assert sorted(path.name.endswith("-int8.onnx") for path in models_dir.glob("*.onnx")) == [False, True]


def test_the_export_is_made_once_and_reused(models_dir: Path, embedder: OnnxEmbedder) -> None:
    (exported,) = [path for path in models_dir.glob("*.onnx") if not path.name.endswith("-int8.onnx")]
    made = exported.stat().st_mtime_ns
    again = OnnxEmbedder.load(bundled_model_path(), models_dir)
    assert exported.stat().st_mtime_ns == made
    assert not list(models_dir.glob("*.part"))  # no half-written file left behind
    assert np.allclose(again.encode(SHORT), embedder.encode(SHORT))


def test_a_folder_without_a_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="No sentence-transformers model"):
        OnnxEmbedder.load(tmp_path, tmp_path / "models")
    with pytest.raises(FileNotFoundError, match="No sentence-transformers model"):
        build_embedder(Settings(embedding_model=tmp_path, embedding_backend="torch", _env_file=None))


def test_the_backend_is_chosen_by_settings(models_dir: Path) -> None:
    chosen = build_embedder(Settings(model_cache_dir=models_dir, embedding_backend="torch", _env_file=None))
    assert isinstance(chosen, SentenceTransformerEmbedder)
    assert Settings(_env_file=None).embedding_backend == "onnx"
