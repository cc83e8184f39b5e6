"""A second opinion from meaning: how much a message reads like the labelled cries for help, for the
phrasings the rules over structure have never seen ("whats the point anymore").

A logistic regression over sentence embeddings of labelled messages, fitted once per embedder:
`examples.jsonl` is a verbatim copy of the development set `eval/safety.jsonl` (`cp` it again when that
changes; a test checks they match), and `everyday.jsonl` holds ordinary messages that set lacks
(greetings, follow-ups, council services, nuisances told in the first person), without which "thanks" or
"my neighbour's dog barks all day" read like a cry for help. `L2`, `THRESHOLD` and `LIKENESS` were chosen by
cross-validation for all-MiniLM-L6-v2 (`python -m eval.safety --cross-validate`)."""

from __future__ import annotations

import json
import threading
import weakref
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from assistant.embedding import Embedder

EXAMPLES = Path(__file__).with_name("examples.jsonl")
EVERYDAY = Path(__file__).with_name("everyday.jsonl")
L2 = 3e-4
"""Shrinkage of the regression's weights (times the number of examples)."""
THRESHOLD = 0.45
"""The probability at which the second opinion says danger: the lowest that kept held-out ordinary messages
at 98% or more (rules included) under ten-fold cross-validation."""
LIKENESS = 0.55
"""A message at least this similar to a labelled cry for help, which is also the most alike example of all, is
danger whatever the regression says (a near paraphrase, "whats the point anymore"); chosen with THRESHOLD."""
NEIGHBOURS = 3
"""How many of the most alike cries for help vote for the concern named."""


@dataclass(frozen=True)
class Example:
    """One labelled message: a cry for help (with its concern) or an ordinary message."""

    message: str
    distress: bool
    concern: str | None
    source: str  # the file's stem: "examples" (the development set) or "everyday"


@dataclass(frozen=True)
class Opinion:
    probability: float  # that the message is a cry for help, by the regression
    likeness: float  # similarity to the most alike cry for help, when that is the most alike example at all
    concern: str  # the concern the most alike cries for help were labelled with
    distress: bool  # the probability is at or above the threshold, or the message is nearly a known cry


def load_examples(paths: Sequence[Path] = (EXAMPLES, EVERYDAY)) -> tuple[Example, ...]:
    """The labelled messages shipped with the package, in file order."""
    examples: list[Example] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                examples.append(Example(record["message"], record["distress"], record.get("concern"), path.stem))
    return tuple(examples)


def embed(embedder: Embedder, messages: Sequence[str]) -> np.ndarray:
    """Unit-length vectors, one row a message (the documents side of the embedder, for examples and messages alike)."""
    vectors = np.asarray(embedder.embed_documents(list(messages)), dtype=np.float64)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0.0, 1.0, norms)


def fit(vectors: np.ndarray, distress: np.ndarray, l2: float = L2) -> np.ndarray:
    """Weights (the last one the bias) of an L2-regularised logistic regression, by Newton's method: exact, and
    a few milliseconds for a few hundred examples."""
    rows = len(vectors)
    design = np.hstack([vectors, np.ones((rows, 1))])
    target = distress.astype(np.float64)
    penalty = l2 * rows * np.eye(design.shape[1])
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    weights = np.zeros(design.shape[1])
    for _ in range(50):
        predicted = _sigmoid(design @ weights)
        gradient = design.T @ (predicted - target) + penalty @ weights
        hessian = (design * (predicted * (1.0 - predicted))[:, None]).T @ design + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-9:
            break
    return weights


def probabilities(weights: np.ndarray, vectors: np.ndarray) -> np.ndarray:
    """The probability that each message (a row of `vectors`) is a cry for help."""
    return _sigmoid(vectors @ weights[:-1] + weights[-1])


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(values, -40.0, 40.0)))


@dataclass(frozen=True, eq=False)
class DistressModel:
    """The fitted regression, and the examples it was fitted on (to find the most alike, and name a concern)."""

    weights: np.ndarray
    vectors: np.ndarray  # unit vectors of the examples
    distress: np.ndarray  # their labels, row for row
    concerns: tuple[str, ...]  # their concerns ("" for an ordinary message)
    threshold: float = THRESHOLD
    likeness: float = LIKENESS

    @classmethod
    def fitted(
        cls, vectors: np.ndarray, distress: np.ndarray, concerns: Sequence[str], l2: float = L2, **settings: float
    ) -> DistressModel:
        return cls(fit(vectors, distress, l2), vectors, distress, tuple(concerns), **settings)

    def scores(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each row: the regression's probability, and the similarity of the most alike example when it is a
        cry for help (0 when it is an ordinary message)."""
        similarity = vectors @ self.vectors.T
        nearest = similarity.argmax(axis=1)
        likeness = np.where(self.distress[nearest], similarity[np.arange(len(vectors)), nearest], 0.0)
        return probabilities(self.weights, vectors), likeness

    def judge(self, vector: np.ndarray) -> Opinion:
        probability, likeness = (float(value[0]) for value in self.scores(vector[None, :]))
        distress = probability >= self.threshold or likeness >= self.likeness
        return Opinion(probability, likeness, self.concern(vector), distress)

    def concern(self, vector: np.ndarray) -> str:
        """The concern of the most alike cries for help, each voting with its similarity."""
        similarity = np.where(self.distress, self.vectors @ vector, -np.inf)
        votes: Counter[str] = Counter()
        for row in np.argsort(-similarity)[:NEIGHBOURS]:
            votes[self.concerns[row] or "other"] += float(similarity[row])
        return votes.most_common(1)[0][0]


_MODELS: weakref.WeakKeyDictionary[object, tuple[np.ndarray, DistressModel]] = weakref.WeakKeyDictionary()
_BUILDING = threading.Lock()


def example_vectors(embedder: Embedder) -> np.ndarray:
    """The shipped examples embedded by `embedder`, once per process and embedder."""
    return _cached(embedder)[0]


def model_for(embedder: Embedder) -> DistressModel:
    """The model fitted on the shipped examples as `embedder` reads them, once per process and embedder."""
    return _cached(embedder)[1]


def _cached(embedder: Embedder) -> tuple[np.ndarray, DistressModel]:
    with _BUILDING:  # many assistants built at once share one embedding of the examples
        try:
            return _MODELS[embedder]
        except KeyError:
            pass
        except TypeError:  # an embedder that cannot be weakly referenced: embedded for each check
            return _build(embedder)
        built = _MODELS[embedder] = _build(embedder)
        return built


def _build(embedder: Embedder) -> tuple[np.ndarray, DistressModel]:
    examples = load_examples()
    vectors = embed(embedder, [example.message for example in examples])
    distress = np.array([example.distress for example in examples])
    return vectors, DistressModel.fitted(vectors, distress, [example.concern or "" for example in examples])


class SecondOpinion:
    """Asks the model about one message: a single embedding (about 10 ms on a CPU)."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.model = model_for(embedder)

    def opinion(self, message: str) -> Opinion:
        return self.model.judge(embed(self.embedder, [message])[0])
