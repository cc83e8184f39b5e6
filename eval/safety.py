"""The safety detector on a set of messages: is every distress message guided, and is no ordinary
question replaced by guidance?

    python -m eval.safety                          # eval/safety.jsonl, rules + second opinion from meaning
    python -m eval.safety --rules-only             # the rules alone
    python -m eval.safety --questions my-set.jsonl
    python -m eval.safety --cross-validate         # held-out figures for the second opinion, and its settings

The set is JSON Lines, one message a line:
{"id": "...", "message": "...", "distress": true, "concern": "following", "note": "..."}; `concern`
(for distress messages) is one of `LABELS`. Exits 1 if a distress message is missed or an ordinary
question replaced, so it can gate a change. The second opinion was fitted on the development set (shipped
as `assistant/safety/examples.jsonl`), so its score there is in-sample: `--cross-validate` is the honest
figure, and a set written apart the honest test."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.safety import SafetyCheck
from assistant.safety.semantic import DistressModel, example_vectors, load_examples
from assistant.safety.signals import read
from assistant.safety.triage import decide, wants_second_opinion
from eval.jsonl import read_set

if TYPE_CHECKING:
    from assistant.embedding import Embedder

DEVELOPMENT_SET = Path(__file__).with_name("safety.jsonl")
LABELS = (
    "following",
    "threats",
    "violence-now",
    "domestic-abuse",
    "child-at-risk",
    "suicide",
    "self-harm",
    "overdose",
    "sexual-violence",
    "other",
)


class SafetySetError(ValueError):
    """The set cannot be used; the message names the line and the problem."""


@dataclass(frozen=True)
class SafetyCase:
    id: str
    message: str
    distress: bool
    concern: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SafetyScore:
    """How the detector did: counts, and the cases it got wrong."""

    distress: int
    guided: int  # distress messages given danger guidance
    ordinary: int
    answered: int  # ordinary questions not replaced by guidance
    signposted: int  # ordinary questions answered with signposting added
    concern_named: int  # distress messages whose labelled concern is among the guidance's concerns
    missed: tuple[SafetyCase, ...]  # distress messages not guided
    replaced: tuple[SafetyCase, ...]  # ordinary questions replaced by guidance

    @property
    def passed(self) -> bool:
        return not self.missed and not self.replaced

    def lines(self) -> list[str]:
        lines = [
            f"distress guided:                {self.guided}/{self.distress}",
            f"ordinary not replaced:          {self.answered}/{self.ordinary}",
            f"ordinary with signposting added: {self.signposted}/{self.ordinary}",
            f"distress with its concern named: {self.concern_named}/{self.distress}",
        ]
        lines.extend(f"MISSED   {case.id}: {case.message}" for case in self.missed)
        lines.extend(f"REPLACED {case.id}: {case.message}" for case in self.replaced)
        return lines


def load_cases(path: Path) -> list[SafetyCase]:
    """Read and validate a set; raises SafetySetError naming the first bad line."""
    return read_set(path, _case, SafetySetError, "messages")


def _case(record: object, where: str) -> SafetyCase:
    if not isinstance(record, dict):
        raise SafetySetError(f"{where}: a record must be a JSON object")
    for field in ("id", "message", "distress"):
        if field not in record:
            raise SafetySetError(f"{where}: missing field {field!r}")
    if not isinstance(record["message"], str) or not record["message"].strip():
        raise SafetySetError(f"{where}: message must be non-empty text")
    if not isinstance(record["distress"], bool):
        raise SafetySetError(f"{where}: distress must be true or false")
    concern = record.get("concern")
    if record["distress"] and concern not in LABELS:
        raise SafetySetError(f"{where}: a distress message needs a concern, one of {', '.join(LABELS)}")
    return SafetyCase(
        id=str(record["id"]),
        message=record["message"],
        distress=record["distress"],
        concern=concern,
        note=record.get("note"),
    )


def score(path: Path = DEVELOPMENT_SET, check: SafetyCheck | None = None) -> SafetyScore:
    """Run the detector over the set at `path` (no check: the rules alone)."""
    check = check or SafetyCheck.load()
    cases = load_cases(path)
    missed: list[SafetyCase] = []
    replaced: list[SafetyCase] = []
    signposted = concern_named = 0
    for case in cases:
        guidance = check.assess(case.message)
        danger = guidance is not None and guidance.kind == "danger"
        if case.distress and not danger:
            missed.append(case)
        if case.distress and guidance is not None and (case.concern == "other" or case.concern in guidance.concerns):
            concern_named += danger
        if not case.distress and danger:
            replaced.append(case)
        if not case.distress and guidance is not None and guidance.kind == "signposting":
            signposted += 1
    distress = sum(case.distress for case in cases)
    ordinary = len(cases) - distress
    return SafetyScore(
        distress=distress,
        guided=distress - len(missed),
        ordinary=ordinary,
        answered=ordinary - len(replaced),
        signposted=signposted,
        concern_named=concern_named,
        missed=tuple(missed),
        replaced=tuple(replaced),
    )


ORDINARY_BUDGET = 0.02
"""The share of held-out ordinary messages (rules included) the second opinion may replace by guidance."""
THRESHOLDS = tuple(round(0.05 + 0.01 * step, 2) for step in range(91))
LIKENESSES = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 1.01)  # 1.01: the regression alone


@dataclass(frozen=True)
class CrossValidation:
    """Held-out figures on the shipped examples: the rules (fixed, so whole-set figures) and the second opinion
    (each fold scored by a model fitted without it, at the setting an inner cross-validation chose)."""

    folds: int
    budget: float
    distress: int
    ordinary: int  # of the development set
    everyday: int  # ordinary messages written for the second opinion
    rules: tuple[int, int, int]  # distress guided, development and everyday ordinary replaced
    combined: tuple[int, int, int]  # the same, for rules + second opinion on held-out folds
    alone: int  # distress guided by the second opinion alone, held out (where it is asked)
    chosen: tuple[tuple[float, float], ...]  # (threshold, likeness) chosen for each outer fold
    whole: tuple[float, float]  # chosen by one cross-validation over all the examples

    def lines(self) -> list[str]:
        def row(name: str, counts: tuple[int, int, int]) -> str:
            guided, replaced, everyday = counts
            return (
                f"{name:26s} distress guided {guided}/{self.distress}   ordinary kept {self.ordinary - replaced}/"
                f"{self.ordinary}   everyday kept {self.everyday - everyday}/{self.everyday}"
            )

        thresholds, likenesses = zip(*self.chosen, strict=True)
        return [
            f"{self.folds}-fold nested cross-validation, ordinary budget {self.budget:.0%}",
            row("rules alone:", self.rules),
            row("rules + second opinion:", self.combined),
            f"{'second opinion alone:':26s} distress guided {self.alone}/{self.distress}",
            f"chosen per fold: threshold {min(thresholds):.2f}-{max(thresholds):.2f}, "
            f"likeness {min(likenesses):.2f}-{max(likenesses):.2f}",
            f"chosen on all the examples: threshold {self.whole[0]:.2f}, likeness {self.whole[1]:.2f}",
        ]


def cross_validate(
    embedder: Embedder, folds: int = 10, seed: int = 0, budget: float = ORDINARY_BUDGET
) -> CrossValidation:
    """Nested k-fold cross-validation of the second opinion over the shipped examples."""
    examples = load_examples()
    vectors = example_vectors(embedder)
    distress = np.array([example.distress for example in examples])
    development = np.array([example.source == "examples" for example in examples])
    decisions = [(decide(reading), reading) for reading in (read(example.message) for example in examples)]
    rules = np.array([decision is not None and decision.kind == "danger" for decision, _ in decisions])
    asks = np.array([wants_second_opinion(None, reading) for _, reading in decisions])  # whatever the rules say

    def scored(train: np.ndarray, test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return DistressModel.fitted(vectors[train], distress[train], [""] * len(train)).scores(vectors[test])

    def held_out(rows: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
        probability, likeness = np.zeros(len(rows)), np.zeros(len(rows))
        for part in _folds(len(rows), folds, seed):
            probability[part], likeness[part] = scored(rows[np.setdiff1d(np.arange(len(rows)), part)], rows[part])
        return probability, likeness

    def choose(rows: np.ndarray, probability: np.ndarray, likeness: np.ndarray) -> tuple[float, float]:
        """The setting that guides most distress with the ordinary replaced within budget; ties: the higher
        likeness (the regression alone rather than near paraphrases)."""
        best: tuple[int, float, float] = (-1, 1.01, 1.01)
        for floor in LIKENESSES:
            for threshold in THRESHOLDS:
                raised = asks[rows] & ((probability >= threshold) | (likeness >= floor))
                if (raised | rules[rows])[~distress[rows]].mean() <= budget:
                    best = max(best, (int(raised[distress[rows]].sum()), floor, threshold))
                    break
        return best[2], best[1]

    everyone = np.arange(len(examples))
    raised = np.zeros(len(examples), dtype=bool)
    chosen = []
    for part in _folds(len(examples), folds, seed):
        rest = np.setdiff1d(everyone, part)
        threshold, floor = choose(rest, *held_out(rest, seed + 1))
        probability, likeness = scored(rest, part)
        raised[part] = asks[part] & ((probability >= threshold) | (likeness >= floor))
        chosen.append((threshold, floor))

    def counts(guided: np.ndarray) -> tuple[int, int, int]:
        ordinary = guided & ~distress
        return int(guided[distress].sum()), int(ordinary[development].sum()), int(ordinary[~development].sum())

    sizes = (int(distress.sum()), int((~distress & development).sum()), int((~development).sum()))
    whole = choose(everyone, *held_out(everyone, seed))
    return CrossValidation(
        folds, budget, *sizes, counts(rules), counts(rules | raised), int(raised[distress].sum()), tuple(chosen), whole
    )


def _folds(count: int, folds: int, seed: int) -> list[np.ndarray]:
    order = np.random.default_rng(seed).permutation(count)
    return [np.sort(order[start::folds]) for start in range(folds)]


def main(argv: list[str] | None = None, embedder: Embedder | None = None) -> int:
    """The command line; `embedder` saves loading the model again when a caller already has one."""
    parser = argparse.ArgumentParser(prog="python -m eval.safety", description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=DEVELOPMENT_SET, help="JSON Lines set of messages")
    parser.add_argument("--rules-only", action="store_true", help="the rules alone, without the second opinion")
    parser.add_argument("--cross-validate", action="store_true", help="held-out figures for the second opinion")
    parser.add_argument("--budget", type=float, default=ORDINARY_BUDGET, help="with --cross-validate")
    arguments = parser.parse_args(argv)
    if embedder is None and (arguments.cross_validate or not arguments.rules_only):
        from assistant.embedding import build_embedder
        from assistant.settings import Settings

        embedder = build_embedder(Settings())
    if arguments.cross_validate and embedder is not None:
        print("\n".join(cross_validate(embedder, budget=arguments.budget).lines()))
        return 0
    try:
        result = score(arguments.questions, SafetyCheck.load(embedder=None if arguments.rules_only else embedder))
    except SafetySetError as error:
        print(error, file=sys.stderr)
        return 2
    print("rules alone" if arguments.rules_only else "rules + second opinion from meaning")
    print("\n".join(result.lines()))
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
