"""Is a sentence supported by the passages it cites? Words, meaning and numbers must all agree.

A sentence is kept only when (1) its numbers all appear in the cited passages or their titles,
(2) enough of its content words appear there, and (3) it is close in meaning (embeddings) to at
least one sentence, list item or row of those passages. The units that support it become the
citation's quote, so the quote shown is verbatim and holds the sentence's numbers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assistant.answering.evidence import Unit, units_of
from assistant.answering.verify import numbers_in
from assistant.embedding import Embedder
from assistant.llm.sentences import markers, strip_markers
from assistant.retrieval.hybrid import Passage
from assistant.retrieval.terms import terms

_LEAD = re.compile(r"^\s*(?:[-*•]\s+|\d+[.)]\s+)")


@dataclass(frozen=True)
class Support:
    supported: bool
    cites: tuple[int, ...] = ()  # the passage numbers behind the sentence (one is added when it cited none)
    units: tuple[tuple[int, Unit], ...] = ()  # (passage number, unit) pairs that support it
    reason: str = ""


@dataclass
class Evidence:
    """The passages of one answer, numbered from 1, cut into units and embedded once."""

    passages: Sequence[Passage]
    units: dict[int, list[Unit]] = field(default_factory=dict)
    vectors: dict[int, np.ndarray] = field(default_factory=dict)
    vocabulary: dict[int, set[str]] = field(default_factory=dict)
    numbers: dict[int, set[str]] = field(default_factory=dict)


class SupportChecker:
    def __init__(self, embedder: Embedder, min_overlap: float = 0.6, min_similarity: float = 0.5) -> None:
        self._embedder = embedder
        self._min_overlap = min_overlap
        self._min_similarity = min_similarity

    def prepare(self, passages: Sequence[Passage]) -> Evidence:
        evidence = Evidence(passages)
        texts: list[str] = []
        owners: list[int] = []
        for n, passage in enumerate(passages, start=1):
            chunk = passage.chunk
            units = [unit for unit in units_of(chunk)[0] if unit.quote.strip()]
            evidence.units[n] = units
            texts.extend(unit.quote for unit in units)
            owners.extend([n] * len(units))
            meta = chunk.metadata
            evidence.vocabulary[n] = set(terms(f"{chunk.text} {meta.title} {chunk.section or ''} {meta.council}"))
            evidence.numbers[n] = numbers_in(f"{chunk.text} {meta.title}")
        vectors = self._encode(texts)
        for n in evidence.units:
            evidence.vectors[n] = vectors[[i for i, owner in enumerate(owners) if owner == n]]
        return evidence

    def check(self, sentence: str, evidence: Evidence) -> Support:
        content = _LEAD.sub("", strip_markers(sentence))
        cited = markers(sentence)
        unknown = [n for n in cited if n not in evidence.units]
        if unknown:
            return Support(False, reason=f"cites [{unknown[0]}], which is not one of the passages")
        words = [term for term in terms(content) if not term.isdigit()]
        numbers = numbers_in(content)
        if not words and not numbers:
            return Support(False, reason="no content")
        vector = self._encode([content])[0]
        if cited:
            return self._against(cited, words, numbers, vector, evidence)
        # Uncited: it stands if one passage supports it on its own, and then it cites that passage.
        best: Support | None = None
        for n in evidence.units:
            found = self._against([n], words, numbers, vector, evidence)
            if found.supported:
                return found
            best = best or found
        return Support(False, reason=f"cites no passage, and none supports it ({best.reason if best else ''})")

    def _against(
        self,
        cited: Sequence[int],
        words: list[str],
        numbers: set[str],
        vector: np.ndarray,
        evidence: Evidence,
    ) -> Support:
        available = set().union(*(evidence.numbers[n] for n in cited))
        missing = sorted(numbers - available)
        if missing:
            return Support(False, reason=f"the number {missing[0]} is not in the cited passages")
        vocabulary = set().union(*(evidence.vocabulary[n] for n in cited))
        overlap = sum(term in vocabulary for term in words) / len(words) if words else 1.0
        if overlap < self._min_overlap:
            return Support(False, reason=f"only {overlap:.0%} of its words are in the cited passages")
        best_n, best_i, best_similarity = 0, -1, -1.0
        for n in cited:
            if len(evidence.units[n]) == 0:
                continue
            similarities = evidence.vectors[n] @ vector
            i = int(np.argmax(similarities))
            if similarities[i] > best_similarity:
                best_n, best_i, best_similarity = n, i, float(similarities[i])
        if best_similarity < self._min_similarity:
            return Support(False, reason=f"its meaning is not close to the cited passages ({best_similarity:.2f})")
        chosen: dict[tuple[int, int], tuple[int, Unit]] = {}
        best_unit = evidence.units[best_n][best_i]
        chosen[(best_n, best_unit.start)] = (best_n, best_unit)
        for number in numbers:  # the quote must show every number the sentence states
            if any(number in numbers_in(unit.quote) for _, unit in chosen.values()):
                continue
            holder = next(
                ((n, unit) for n in cited for unit in evidence.units[n] if number in numbers_in(unit.quote)),
                None,
            )
            if holder is not None:
                chosen[(holder[0], holder[1].start)] = holder
        cites = tuple(n for n in cited if any(owner == n for owner, _ in chosen.values())) or (best_n,)
        return Support(True, cites=cites, units=tuple(chosen.values()))

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 1), dtype=np.float32)
        vectors = np.asarray(self._embedder.embed_documents(texts), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)
