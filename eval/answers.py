"""Answer metrics: each question is asked over HTTP, turn by turn in one conversation, and scored."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from statistics import mean, median

import httpx

from eval.matching import missing_facts, numbers_in, quote_is_verbatim
from eval.questions import Question
from eval.stats import percentile

PassageText = Callable[[str], str | None]
"""The text of an indexed passage by chunk id (None if there is no such passage)."""


@dataclass
class AnswerScore:
    question_id: str
    qtype: str
    answerable: bool
    answered: bool = False
    correct: bool = False
    missing: list[str] = field(default_factory=list)
    right_document: bool | None = None
    quotes: int = 0
    verbatim_quotes: int = 0
    numbers_ok: bool | None = None
    unsupported_numbers: list[str] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    answer: str = ""
    error: str | None = None
    citations: list[dict] = field(default_factory=list)  # every turn's: source, page, quote, ocr


def ask_conversation(client: httpx.Client, question: Question) -> tuple[list[dict], list[float], str | None]:
    """Send every turn, carrying the conversation id (and, without a key, the visitor token the first
    answer gave); returns the bodies, the seconds per turn and any error."""
    bodies: list[dict] = []
    seconds: list[float] = []
    conversation_id: str | None = None
    headers: dict[str, str] = {}
    for turn in question.turns:
        started = time.perf_counter()
        try:
            response = client.post(
                "/api/chat", json={"message": turn, "conversation_id": conversation_id}, headers=headers
            )
        except httpx.HTTPError as error:
            return bodies, seconds, f"{type(error).__name__}: {error}"
        seconds.append(time.perf_counter() - started)
        if response.status_code != 200:
            return bodies, seconds, f"HTTP {response.status_code}: {response.text[:200]}"
        body = response.json()
        bodies.append(body)
        conversation_id = body.get("conversation_id")
        if body.get("visitor_token"):
            headers["X-Visitor-Token"] = body["visitor_token"]
    return bodies, seconds, None


def score_answer(question: Question, bodies: Sequence[dict], passage_text: PassageText) -> AnswerScore:
    """Score the last turn's answer; quote fidelity counts the quotes of every turn."""
    score = AnswerScore(question.id, question.type, question.answerable)
    verbatim: list[bool] = []
    for body in bodies:
        verbatim = []
        for citation in body.get("citations", []):
            score.citations.append({key: citation.get(key) for key in ("source", "page", "quote", "ocr")})
            text = passage_text(str(citation.get("chunk_id", "")))
            verbatim.append(text is not None and quote_is_verbatim(citation.get("quote", ""), text))
        score.quotes += len(verbatim)
        score.verbatim_quotes += sum(verbatim)
    if not bodies:
        return score
    last = bodies[-1]
    citations = last.get("citations", [])
    score.answer = last.get("answer", "")
    score.answered = bool(last.get("answered"))
    score.cited = sorted({c.get("source", "") for c in citations})
    if score.answered:
        # Only a quote that really is in its passage can support a number.
        trusted = [c for c, ok in zip(citations, verbatim, strict=True) if ok]
        support = " ".join(c.get("quote", "") + " " + c.get("title", "") for c in trusted)
        score.unsupported_numbers = sorted(numbers_in(score.answer) - numbers_in(support))
        score.numbers_ok = not score.unsupported_numbers
    if question.answerable:
        facts = question.facts
        score.missing = missing_facts(facts, score.answer) if score.answered else [f[0] for f in facts]
        score.correct = score.answered and not score.missing
        if score.answered and question.documents:
            wanted = set(question.documents)
            if question.type == "comparisons":
                score.right_document = wanted <= set(score.cited)
            else:
                score.right_document = bool(wanted & set(score.cited))
    else:
        score.correct = not score.answered
    return score


def run_answers(
    questions: Sequence[Question],
    base_url: str,
    passage_text: PassageText,
    progress: Callable[[int, int], None] | None = None,
    timeout: float = 120,
) -> list[AnswerScore]:
    scores: list[AnswerScore] = []
    with httpx.Client(base_url=base_url, timeout=timeout) as client:
        client.post("/api/chat", json={"message": "What are the priorities of the plan?"})  # warm up, unscored
        for number, question in enumerate(questions, start=1):
            bodies, seconds, error = ask_conversation(client, question)
            score = score_answer(question, bodies, passage_text)
            score.seconds = seconds
            score.error = error
            if error:
                score.correct = False
            scores.append(score)
            if progress:
                progress(number, len(questions))
    return scores


def answer_words(text: str) -> int:
    """Words of an answer as a reader sees them: citation markers ("[3]") are not words."""
    return len(re.sub(r"\[\d+\]", " ", text).split())


def _median(values: Sequence[int]) -> float | None:
    return float(median(values)) if values else None


def _rate(values: Sequence[bool]) -> float | None:
    return mean(values) if values else None


@dataclass(frozen=True)
class AnswerSummary:
    questions: int
    answerable: int
    key_fact_accuracy: float | None
    overall_accuracy: float | None
    right_document_rate: float | None
    quote_fidelity: float | None
    number_fidelity: float | None
    refusal_precision: float | None
    refusal_recall: float | None
    false_refusal_rate: float | None
    follow_up_accuracy: float | None
    median_words: float | None  # of answers given (refusals aside), citation markers left out
    latency_p50: float
    latency_p95: float
    errors: int
    by_type: dict[str, float | None]

    @classmethod
    def of(cls, scores: Sequence[AnswerScore]) -> AnswerSummary:
        answerable = [s for s in scores if s.answerable]
        unanswerable = [s for s in scores if not s.answerable]
        refused = [s for s in scores if not s.answered]
        quotes = sum(s.quotes for s in scores)
        seconds = [t for s in scores for t in s.seconds]
        return cls(
            questions=len(scores),
            answerable=len(answerable),
            key_fact_accuracy=_rate([s.correct for s in answerable]),
            overall_accuracy=_rate([s.correct for s in scores]),
            right_document_rate=_rate([s.right_document for s in answerable if s.right_document is not None]),
            quote_fidelity=sum(s.verbatim_quotes for s in scores) / quotes if quotes else None,
            number_fidelity=_rate([s.numbers_ok for s in scores if s.numbers_ok is not None]),
            refusal_precision=_rate([not s.answerable for s in refused]),
            refusal_recall=_rate([not s.answered for s in unanswerable]),
            false_refusal_rate=_rate([not s.answered for s in answerable]),
            follow_up_accuracy=_rate([s.correct for s in scores if s.qtype == "follow_up"]),
            median_words=_median([answer_words(s.answer) for s in scores if s.answered]),
            latency_p50=percentile(seconds, 50),
            latency_p95=percentile(seconds, 95),
            errors=sum(s.error is not None for s in scores),
            by_type={
                qtype: _rate([s.correct for s in scores if s.qtype == qtype])
                for qtype in dict.fromkeys(s.qtype for s in scores)
            },
        )
