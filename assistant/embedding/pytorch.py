"""all-MiniLM-L6-v2 under PyTorch, through sentence-transformers."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from assistant.embedding import DIMENSIONS, bundled_model_path
from assistant.embedding.memo import QueryMemo


class SentenceTransformerEmbedder(Embeddings):
    """all-MiniLM-L6-v2 on the CPU; nothing is downloaded (HF_HUB_OFFLINE is forced on)."""

    backend = "torch"

    def __init__(self, model_path: Path | None = None, batch_size: int = 32) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        from sentence_transformers import SentenceTransformer

        path = model_path or bundled_model_path()
        if not (path / "config.json").is_file():
            raise FileNotFoundError(f"No sentence-transformers model in {path}")
        self._model = SentenceTransformer(str(path), device="cpu")
        self._batch_size = batch_size
        self._queries = QueryMemo(self.encode)

    def encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        vectors = self._model.encode(
            texts, batch_size=self._batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._queries.vector(text).tolist()
