"""The question set: one JSON record per line, validated on load."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from eval.jsonl import read_set

TYPES: dict[str, int] = {
    "priorities": 12,
    "statutory_duties": 12,
    "indicators": 15,
    "figures": 15,
    "definitions": 10,
    "comparisons": 8,
    "unanswerable": 12,
    "follow_up": 10,
    "residents": 10,
    "structure": 12,
    "governance": 10,
    "period": 8,
    "compound": 10,
    "scrutiny": 8,
    "near_miss": 10,
}
"""Question types and the least number of each that a full set holds."""

UNANSWERABLE: frozenset[str] = frozenset({"unanswerable", "near_miss"})
"""Types whose right answer is a refusal: nothing in the plans answers them (a near miss is one the
plans come close to answering: another year's figure, a body named but not its chair)."""


class QuestionSetError(ValueError):
    """The question file cannot be used; the message names the line and the problem."""


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    turns: tuple[str, ...]
    documents: tuple[str, ...]
    facts: tuple[tuple[str, ...], ...]
    section: str | None = None
    page: int | None = None
    evidence: str | None = None
    note: str | None = None

    @property
    def answerable(self) -> bool:
        return self.type not in UNANSWERABLE

    @property
    def message(self) -> str:
        """The last turn: the one whose answer is scored."""
        return self.turns[-1]


def parse_question(record: object, where: str) -> Question:
    if not isinstance(record, dict):
        raise QuestionSetError(f"{where}: a record must be a JSON object")
    for name in ("id", "type", "turns", "documents", "facts"):
        if name not in record:
            raise QuestionSetError(f"{where}: missing field {name!r}")
    qtype = record["type"]
    if qtype not in TYPES:
        raise QuestionSetError(f"{where}: unknown type {qtype!r} (one of {', '.join(TYPES)})")
    turns = record["turns"]
    if not (isinstance(turns, list) and turns and all(isinstance(t, str) and t.strip() for t in turns)):
        raise QuestionSetError(f"{where}: turns must be a non-empty list of messages")
    documents = record["documents"]
    if not (isinstance(documents, list) and all(isinstance(d, str) for d in documents)):
        raise QuestionSetError(f"{where}: documents must be a list of file names")
    facts = record["facts"]
    if not (
        isinstance(facts, list)
        and all(isinstance(f, list) and f and all(isinstance(p, str) and p.strip() for p in f) for f in facts)
    ):
        raise QuestionSetError(f"{where}: facts must be a list of lists of phrasings")
    if qtype in UNANSWERABLE and facts:
        raise QuestionSetError(f"{where}: an unanswerable question has no facts")
    if qtype not in UNANSWERABLE and not facts:
        raise QuestionSetError(f"{where}: an answerable question needs at least one fact")
    if qtype == "follow_up" and len(turns) < 2:
        raise QuestionSetError(f"{where}: a follow_up question needs two or more turns")
    page = record.get("page")
    if page is not None and not isinstance(page, int):
        raise QuestionSetError(f"{where}: page must be a number")
    return Question(
        id=str(record["id"]),
        type=qtype,
        turns=tuple(turns),
        documents=tuple(documents),
        facts=tuple(tuple(f) for f in facts),
        section=record.get("section") or None,
        page=page,
        evidence=record.get("evidence") or None,
        note=record.get("note") or None,
    )


def load_questions(path: Path | str) -> list[Question]:
    """Read and validate a question file; raises QuestionSetError naming the first bad line."""
    return read_set(path, parse_question, QuestionSetError, "questions")


def shortfall(questions: list[Question]) -> dict[str, int]:
    """How many questions of each type a full set still lacks (empty when the minimums are met)."""
    counts = {qtype: sum(q.type == qtype for q in questions) for qtype in TYPES}
    return {qtype: need - counts[qtype] for qtype, need in TYPES.items() if counts[qtype] < need}
