"""Run the whole evaluation: answers over HTTP, retrieval in three modes, and the peer pipeline."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant import __version__
from assistant.api.app import create_app
from assistant.api.server import serving
from assistant.embedding import Embedder
from assistant.pipeline import Assistant
from assistant.retrieval.hybrid import Mode
from assistant.retrieval.index import SearchIndex
from assistant.settings import Settings
from eval.answers import AnswerScore, AnswerSummary, run_answers
from eval.peer import CHUNK_OVERLAP, CHUNK_SIZE, TOP_K, PeerPipeline
from eval.questions import Question
from eval.retrieval import KS, Hit, RetrievalScore, RetrievalSummary, run_retrieval

MODES: tuple[Mode, ...] = ("bm25", "dense", "hybrid")
SHIPPED: Mode = "hybrid"

Progress = Callable[[str], None]


@dataclass
class Evaluation:
    """Everything one run measured; the report is written from this."""

    meta: dict[str, object]
    answers: list[AnswerScore]
    answer_summary: AnswerSummary
    retrieval: dict[str, list[RetrievalScore]]
    retrieval_summary: dict[str, RetrievalSummary]
    questions: list[Question]


def _retrieval_search(assistant: Assistant) -> Callable[[str], list[Hit]]:
    def search(message: str) -> list[Hit]:
        return [Hit(p.chunk.metadata.source, p.chunk.text) for p in assistant.retrieve(message, max(KS))]

    return search


def evaluate(
    questions: list[Question],
    settings: Settings,
    embedder: Embedder,
    question_file: str = "",
    assistant: Assistant | None = None,
    peer: PeerPipeline | None = None,
    progress: Progress | None = None,
) -> Evaluation:
    """Score the assistant (the shipped one unless `assistant` is given) and the peer on the questions.

    Answers go through the real HTTP app on a loopback port. Retrieval is scored for BM25, dense and
    the hybrid on the same index; the peer (built here unless given) indexes `settings.corpus_dir` on its own.
    """
    say = progress or (lambda _: None)
    index = assistant.index if assistant is not None else SearchIndex.open(settings)
    served = assistant or Assistant.build(settings, embedder, SHIPPED, index=index)

    def passage_text(chunk_id: str) -> str | None:
        chunk = index.chunks.get(chunk_id)
        return chunk.text if chunk else None

    say(f"asking {len(questions)} questions over HTTP")
    # The harness is one client asking fast: rate limits off.
    unlimited = settings.model_copy(update={"rate_limit_ip": 0, "rate_limit_key": 0})
    with serving(create_app(unlimited, embedder=embedder, assistant=served)) as url:
        answers = run_answers(
            questions,
            url,
            passage_text,
            progress=lambda n, total: say(f"  {n}/{total}") if n % 20 == 0 or n == total else None,
        )

    retrieval: dict[str, list[RetrievalScore]] = {}
    for mode in MODES:
        say(f"retrieval: {mode}")
        retrieval[mode] = run_retrieval(questions, _retrieval_search(Assistant.build(settings, embedder, mode, index)))
    own_peer = peer is None
    if peer is None:
        say("peer: building the tutorial pipeline")
        peer = PeerPipeline(settings.corpus_dir, embedder)
    try:
        retrieval["peer"] = run_retrieval(questions, lambda message: peer.search(message, max(KS)))
        peer_chunks = len(peer.splits)
    finally:
        if own_peer:
            peer.close()

    meta: dict[str, object] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "version": __version__,
        "commit": _commit(),
        "question_file": question_file,
        "questions": len(questions),
        "documents": len(index.documents),
        "chunks": len(index.chunks),
        "settings": {
            "fusion": settings.fusion,
            "dense_weight": settings.dense_weight,
            "candidates": settings.candidates,
            "passages": settings.passages,
            "chunk_max_chars": settings.chunk_max_chars,
        },
        "peer": {
            "splitter": f"RecursiveCharacterTextSplitter(chunk_size={CHUNK_SIZE}, chunk_overlap={CHUNK_OVERLAP})",
            "store": "langchain-chroma, default distance",
            "top_k": TOP_K,
            "chunks": peer_chunks,
        },
    }
    return Evaluation(
        meta=meta,
        answers=answers,
        answer_summary=AnswerSummary.of(answers),
        retrieval=retrieval,
        retrieval_summary={name: RetrievalSummary.of(scores) for name, scores in retrieval.items()},
        questions=questions,
    )


def _commit() -> str | None:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            timeout=5,
            cwd=Path(__file__).parent,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None
