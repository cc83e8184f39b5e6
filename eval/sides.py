"""The evaluation on other renditions of the plans, side by side with the text versions.

`plan-assistant eval --corpus DIR` ingests each folder into a fresh data folder (timing each step),
maps every question's documents to the file of the same name stem there, runs the same evaluation,
checks the format (eval.formats), and writes formats.md and formats.json."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.embedding import Embedder
from assistant.retrieval.index import SearchIndex
from assistant.settings import Settings
from eval.formats import FormatChecks, check_formats
from eval.harness import Evaluation, evaluate
from eval.questions import Question
from eval.report import headline, write_report
from ingest.indexer import ingest

Progress = Callable[[str], None]
SHOWN = (
    "key_fact_accuracy",
    "overall_accuracy",
    "right_document_rate",
    "quote_fidelity",
    "number_fidelity",
    "refusal_recall",
    "false_refusal_rate",
    "follow_up_accuracy",
    "median_words",
    "evidence_recall@5",
)


@dataclass
class Side:
    corpus: Path
    evaluation: Evaluation
    checks: FormatChecks
    ingest_seconds: float
    steps: dict[str, float]
    failed: dict[str, str]


def for_corpus(questions: list[Question], corpus: Path) -> list[Question]:
    """The questions with their documents named as the files of this corpus (same name stem)."""
    by_stem = {path.name.split(".", 1)[0]: path.name for path in corpus.iterdir() if not path.name.endswith(".json")}
    stems = [[doc.split(".", 1)[0] for doc in question.documents] for question in questions]
    whole = all(stem in by_stem for docs in stems for stem in docs)
    return [  # a folder with only some of the plans (one scanned copy) is asked only about those
        replace(question, documents=[by_stem[stem] for stem in docs])
        for question, docs in zip(questions, stems, strict=True)
        if whole or (docs and all(stem in by_stem for stem in docs))
    ]


def run_side(questions: list[Question], corpus: Path, settings: Settings, embedder: Embedder, say: Progress) -> Side:
    with tempfile.TemporaryDirectory(prefix="plan-eval-") as folder:
        local = settings.model_copy(update={"data_dir": Path(folder), "corpus_dir": corpus})
        say(f"{corpus}: ingesting")
        started = time.perf_counter()
        report = ingest([corpus], local, embedder, prune=True, classification="public")
        seconds = time.perf_counter() - started
        for message in report.failed.values():
            say(f"  failed: {message}")
        mapped = for_corpus(questions, corpus)
        evaluation = evaluate(mapped, local, embedder, question_file=str(corpus), progress=say)
        index = SearchIndex.open(local)
        checks = check_formats(corpus, evaluation.answers, index.chunks.values())
        return Side(corpus, evaluation, checks, seconds, dict(report.seconds), dict(report.failed))


def write_sides(sides: list[Side], out: Path) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for side in sides:
        write_report(side.evaluation, out / (side.corpus.name or "corpus"))  # every figure, per type, per question
        figures = headline(side.evaluation)
        rows.append(
            {
                "corpus": str(side.corpus),
                **{name: figures[name] for name in SHOWN},
                **side.checks.as_dict(),
                "ingest_seconds": round(side.ingest_seconds, 1),
                "ingest_steps": {step: round(value, 1) for step, value in side.steps.items()},
                "failed": side.failed,
                "quotes not in the file": side.checks.misses[:20],
                "correct": {score.question_id: score.correct for score in side.evaluation.answers},
            }
        )
    json_path = out / "formats.json"
    json_path.write_text(json.dumps(rows, indent=2) + "\n")
    md_path = out / "formats.md"
    md_path.write_text(_markdown(rows))
    return {"json": json_path, "markdown": md_path}


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1 else f"{value:.1f}"
    if isinstance(value, dict):
        return ", ".join(f"{key} {amount:.1f} s" for key, amount in value.items())
    return str(value)


def _markdown(rows: list[dict]) -> str:
    names = [key for key in rows[0] if key not in ("corpus", "failed", "quotes not in the file", "correct")]
    lines = ["# The same questions on other renditions of the plans", ""]
    lines.append("| measure | " + " | ".join(Path(row["corpus"]).name or row["corpus"] for row in rows) + " |")
    lines.append("| --- |" + " --- |" * len(rows))
    for name in names:
        lines.append(f"| {name} | " + " | ".join(_cell(row[name]) for row in rows) + " |")
    base = rows[0]["correct"]
    for row in rows[1:]:
        lost = sorted(q for q, right in row["correct"].items() if base.get(q) and not right)
        gained = sorted(q for q, right in row["correct"].items() if right and base.get(q) is False)
        lines += [
            "",
            f"{Path(row['corpus']).name}: {len(lost)} questions lost ({', '.join(lost) or 'none'}), "
            f"{len(gained)} gained ({', '.join(gained) or 'none'}) against {Path(rows[0]['corpus']).name}.",
        ]
    for row in rows:
        if row["failed"]:
            lines += ["", f"Not ingested from {row['corpus']}:", *(f"- {m}" for m in row["failed"].values())]
        if row["quotes not in the file"]:
            lines += ["", f"Quotes not found in the files of {row['corpus']}:"]
            lines += [f"- {miss}" for miss in row["quotes not in the file"]]
    return "\n".join(lines) + "\n"
