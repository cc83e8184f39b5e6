"""Retrieval metrics: evidence recall@k, document hit@k and MRR over any ranked passage list."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from statistics import mean

from eval.matching import fact_found
from eval.questions import Question
from eval.stats import percentile

KS = (1, 3, 5, 8)
"""Cut-offs reported; the deepest is how many passages each system is asked for."""


@dataclass(frozen=True)
class Hit:
    """One retrieved passage: the file it came from and its text."""

    source: str
    text: str


Search = Callable[[str], Sequence[Hit]]
"""A system under test: a question in, its passages best first (at least max(KS) if it has them)."""


@dataclass(frozen=True)
class RetrievalScore:
    question_id: str
    qtype: str
    evidence_at: dict[int, bool]
    document_at: dict[int, bool]
    reciprocal_rank: float
    seconds: float


def score_hits(question: Question, hits: Sequence[Hit], seconds: float) -> RetrievalScore:
    """Evidence@k: every fact is in a top-k passage from a listed document (any document when none is listed).
    Document@k: every listed document is among the top k. Reciprocal rank: of the first passage from a listed
    document that holds any of the facts."""
    wanted = set(question.documents)

    def relevant(hit: Hit) -> bool:
        return not wanted or hit.source in wanted

    evidence_at: dict[int, bool] = {}
    document_at: dict[int, bool] = {}
    for k in KS:
        top = hits[:k]
        text = "\n".join(hit.text for hit in top if relevant(hit))
        evidence_at[k] = all(fact_found(phrasings, text) for phrasings in question.facts)
        document_at[k] = wanted <= {hit.source for hit in top}
    reciprocal_rank = 0.0
    for rank, hit in enumerate(hits[: max(KS)], start=1):
        if relevant(hit) and any(fact_found(phrasings, hit.text) for phrasings in question.facts):
            reciprocal_rank = 1 / rank
            break
    return RetrievalScore(question.id, question.type, evidence_at, document_at, reciprocal_rank, seconds)


def retrieval_questions(questions: Sequence[Question]) -> list[Question]:
    """Questions whose evidence can be looked for: answerable and standing alone (one turn)."""
    return [q for q in questions if q.answerable and len(q.turns) == 1]


def run_retrieval(questions: Sequence[Question], search: Search) -> list[RetrievalScore]:
    scores = []
    for question in retrieval_questions(questions):
        started = time.perf_counter()
        hits = list(search(question.message))
        scores.append(score_hits(question, hits, time.perf_counter() - started))
    return scores


@dataclass(frozen=True)
class RetrievalSummary:
    questions: int
    evidence_recall: dict[int, float]
    document_hit: dict[int, float]
    mrr: float
    latency_p50: float
    latency_p95: float
    by_type: dict[str, dict[str, float]] = field(default_factory=dict)

    @classmethod
    def of(cls, scores: Sequence[RetrievalScore]) -> RetrievalSummary:
        def rate(values: list[bool]) -> float:
            return mean(values) if values else 0.0

        by_type: dict[str, dict[str, float]] = {}
        for qtype in sorted({s.qtype for s in scores}):
            of_type = [s for s in scores if s.qtype == qtype]
            by_type[qtype] = {
                "questions": len(of_type),
                "evidence_recall@5": rate([s.evidence_at[5] for s in of_type]),
                "mrr": mean(s.reciprocal_rank for s in of_type),
            }
        seconds = [s.seconds for s in scores]
        return cls(
            questions=len(scores),
            evidence_recall={k: rate([s.evidence_at[k] for s in scores]) for k in KS},
            document_hit={k: rate([s.document_at[k] for s in scores]) for k in KS},
            mrr=mean(s.reciprocal_rank for s in scores) if scores else 0.0,
            latency_p50=percentile(seconds, 50),
            latency_p95=percentile(seconds, 95),
            by_type=by_type,
        )
