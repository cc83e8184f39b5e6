"""The peer served over HTTP, as a newcomer would serve the LangChain RAG tutorial's retrieval step:
FastAPI, `POST /search` with a question, the top 5 passages of a plain similarity search back. The
embeddings are LangChain's HuggingFaceEmbeddings over the same bundled model (PyTorch, as the
tutorial runs it). The benchmark runs it beside the assistant, on the same machine, the same way.

    python -m eval.peer_server --corpus corpus --port 8098
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel, Field

from eval.peer import TOP_K, PeerPipeline


class SearchIn(BaseModel):
    question: str = Field(..., min_length=1, max_length=2000)
    k: int = Field(TOP_K, ge=1, le=50)


class PassageOut(BaseModel):
    source: str
    text: str


class SearchOut(BaseModel):
    passages: list[PassageOut]


def create_peer_app(pipeline: PeerPipeline) -> FastAPI:
    app = FastAPI(title="Tutorial retrieval (peer)")

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/search")
    def search(request: SearchIn) -> SearchOut:
        hits = pipeline.search(request.question, request.k)
        return SearchOut(passages=[PassageOut(source=hit.source, text=hit.text) for hit in hits])

    return app


def tutorial_embeddings():  # noqa: ANN201 - langchain_huggingface is imported only when the peer runs
    """HuggingFaceEmbeddings over the bundled model, as the tutorial sets it up (offline)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from langchain_huggingface import HuggingFaceEmbeddings

    from assistant.embedding import bundled_model_path

    return HuggingFaceEmbeddings(
        model_name=str(bundled_model_path()),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True},
    )


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True, help="Folder of plan files (.txt, .md, .pdf).")
    parser.add_argument("--port", type=int, default=8098)
    arguments = parser.parse_args(argv)
    pipeline = PeerPipeline(arguments.corpus, tutorial_embeddings())
    try:
        uvicorn.run(create_peer_app(pipeline), host="127.0.0.1", port=arguments.port, log_level="warning")
    finally:
        pipeline.close()


if __name__ == "__main__":
    main()
