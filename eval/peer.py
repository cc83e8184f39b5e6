"""The peer: the pipeline a newcomer builds from the LangChain RAG tutorial.

Load each file whole (a PDF page by page, as PyPDFLoader does), split it with
RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200), store it in Chroma through
langchain-chroma with the same embedding model, and answer with the top 5 passages of a plain
similarity search: no filters, no keyword search, no reranking, no refusal.
"""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path

from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from eval.retrieval import Hit

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
TOP_K = 5
SUFFIXES = (".txt", ".md", ".pdf")


def load_documents(folder: Path) -> list[Document]:
    """What TextLoader and PyPDFLoader give: one Document per text file, one per PDF page."""
    documents: list[Document] = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES):
        if path.suffix.lower() == ".pdf":
            from pypdf import PdfReader

            for number, page in enumerate(PdfReader(path).pages):
                documents.append(Document(page.extract_text() or "", metadata={"source": path.name, "page": number}))
        else:
            documents.append(Document(path.read_text(encoding="utf-8"), metadata={"source": path.name}))
    return documents


class PeerPipeline:
    """Tutorial retrieval over a corpus folder, in its own temporary Chroma store."""

    def __init__(self, corpus_dir: Path, embeddings: Embeddings) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="peer-chroma-")
        splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
        self.splits = splitter.split_documents(load_documents(corpus_dir))
        self._store = Chroma(
            collection_name=f"peer-{uuid.uuid4().hex[:8]}",
            embedding_function=embeddings,
            persist_directory=self._folder.name,
            client_settings=ChromaSettings(anonymized_telemetry=False, is_persistent=True),
        )
        if self.splits:
            self._store.add_documents(self.splits)

    def search(self, question: str, k: int = TOP_K) -> list[Hit]:
        found = self._store.similarity_search(question, k=k)
        return [Hit(source=doc.metadata.get("source", ""), text=doc.page_content) for doc in found]

    def close(self) -> None:
        self._folder.cleanup()
