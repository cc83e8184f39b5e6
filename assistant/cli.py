"""The `plan-assistant` command: ingest plans, ask a question, show a plan, serve the API."""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table

from assistant.settings import Settings

app = typer.Typer(help="Answers questions about council plans, with cited passages.", no_args_is_help=True)
err = Console(stderr=True)


def _embedder(settings: Settings):  # noqa: ANN202 - imported lazily: loading torch is slow
    from assistant.embedding import build_embedder

    return build_embedder(settings)


def _run_ingest(settings: Settings, paths: list[Path], prune: bool, embedder=None, classification=None):  # noqa: ANN001, ANN202
    from ingest.indexer import ingest as ingest_files

    return ingest_files(
        paths,
        settings,
        embedder or _embedder(settings),
        prune=prune,
        progress=sys.stderr.isatty(),
        classification=classification,
    )


Classification = Literal["public", "internal"]


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders; default: the corpus folder.")] = None,
    prune: Annotated[
        bool | None,
        typer.Option(help="Remove indexed plans not among PATHS (default: on for the corpus folder)."),
    ] = None,
    classification: Annotated[
        Classification | None,
        typer.Option(
            help="What NEW documents are when neither their text, sidecar nor front matter says (default: internal). "
            "It never changes an indexed document: use `classify` for that."
        ),
    ] = None,
) -> None:
    """Index plan files (.txt, .md, .pdf). Unchanged files are skipped; a bad file is reported, not fatal."""
    settings = Settings()
    targets = paths or [settings.corpus_dir]
    report = _run_ingest(settings, targets, prune if prune is not None else not paths, classification=classification)
    _print_report(report)


@app.command()
def classify(
    document: Annotated[str, typer.Argument(help="The document's id (its file name, as /api/documents lists it).")],
    classification: Annotated[Classification, typer.Argument(help="public (published) or internal (officers).")],
) -> None:
    """Change who may see one document, on purpose: a new index version, and a line in the audit log."""
    from ingest.library import DocumentError, Library
    from ingest.registry import Statement

    settings = Settings()
    library = Library(settings, _embedder(settings))
    try:
        with library.staging() as folder:
            report = library.replace(
                document, None, Statement(by="command line", classification=classification), folder
            )
    except DocumentError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(code=1) from None
    _print_report(report)


def _print_report(report) -> None:  # noqa: ANN001
    if not report.changed and not report.failed:
        err.print("Nothing changed; the index was left as it is.")
    table = Table("result", "files")
    for label, names in (
        ("added", report.added),
        ("replaced", report.replaced),
        ("unchanged", report.unchanged),
        ("removed", report.removed),
    ):
        table.add_row(label, ", ".join(names) or "-")
    Console(stderr=True).print(table)
    for name, warnings in report.warnings.items():
        for warning in warnings:
            err.print(f"[yellow]warning:[/yellow] {name}: {warning}")
    for message in report.failed.values():
        err.print(f"[red]error:[/red] {message}")
    err.print(f"{report.chunks} chunks indexed.")
    if report.failed:
        raise typer.Exit(code=1)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question, in quotes.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON response.")] = False,
) -> None:
    """Answer one question from the indexed plans."""
    from assistant.api.schemas import ChatResponse
    from assistant.pipeline import Assistant

    settings = Settings()
    embedder = _embedder(settings)
    _ensure_index(settings, embedder)
    answer = Assistant.build(settings, embedder).ask(question)
    if as_json:
        response = ChatResponse.from_answer(answer, uuid.uuid4().hex)
        typer.echo(json.dumps(response.model_dump(), indent=2, ensure_ascii=False))
        return
    typer.echo(answer.text)
    if answer.safety is not None and answer.safety.kind == "signposting":
        from assistant.answer import guidance_text

        typer.echo("\n" + guidance_text(answer.safety))
    for citation in answer.citations:
        where = f"p. {citation.page}" if citation.page is not None else citation.section or ""
        place = f"{citation.source}, {where}" if where else citation.source
        typer.echo(f'\n[{citation.n}] {citation.title} ({place})\n    "{citation.quote}"')


@app.command()
def plan(
    plan_id: Annotated[str, typer.Argument(metavar="ID", help="The plan's id: its file name, as listed.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the API's JSON (GET /api/plans/ID).")] = False,
) -> None:
    """Show what a plan sets out, from the served index: outline, priorities, targets, duties, governance
    and dates, each with its quote and page."""
    from assistant.api.plans import plan_detail
    from assistant.plan_text import plan_text
    from assistant.retrieval.index import IndexMissing, SearchIndex

    try:
        index = SearchIndex.open(Settings())
    except IndexMissing as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(code=1) from None
    try:
        if plan_id not in index.plans:
            known = ", ".join(sorted(index.plans)) or "none (run `plan-assistant ingest`)"
            err.print(f"[red]error:[/red] no plan {plan_id}; the plans are: {known}", soft_wrap=True)
            raise typer.Exit(code=1)
        detail = plan_detail(index, plan_id)
    finally:
        index.close()
    typer.echo(detail.model_dump_json(indent=2) if as_json else plan_text(detail))


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    workers: Annotated[int | None, typer.Option(help="Server processes; more than 1 needs a Chroma server.")] = None,
) -> None:
    """Start the HTTP API; builds the index from the corpus folder first if it is empty."""
    import uvicorn

    settings = Settings()
    count = workers or settings.workers
    if count > 1 and not settings.chroma_url:
        err.print(
            f"[red]error:[/red] {count} workers cannot share the embedded Chroma store, which is single-process. "
            "Start a Chroma server (`chroma run --path data/chroma-server --port 8001`), set "
            "PLAN_ASSISTANT_CHROMA_URL=http://127.0.0.1:8001 and run `plan-assistant ingest`, "
            "or serve with one worker."
        )
        raise typer.Exit(code=2)
    embedder = _embedder(settings)
    _ensure_index(settings, embedder)
    options = {
        "host": host or settings.host,
        "port": port or settings.port,
        "log_level": settings.log_level,
        "forwarded_allow_ips": settings.forwarded_allow_ips,
        "proxy_headers": True,
    }
    if count > 1:
        del embedder  # each worker loads its own
        uvicorn.run("assistant.api.app:create_app", factory=True, workers=count, **options)
        return
    from assistant.api.app import create_app

    uvicorn.run(create_app(settings, embedder=embedder), **options)


@app.command("eval")
def evaluate(
    questions: Annotated[Path, typer.Option(help="Question file (JSON Lines; see eval/README.md).")] = Path(
        "eval/questions.jsonl"
    ),
    out: Annotated[Path, typer.Option(help="Folder for latest.md, latest.json and latest.png.")] = Path("eval/reports"),
    corpus: Annotated[
        list[Path] | None,
        typer.Option(
            help="Also run the same questions on the plans in this folder (e.g. PDF renditions), each ingested "
            "afresh, side by side with the text versions in formats.md; repeatable."
        ),
    ] = None,
) -> None:
    """Score the assistant and the tutorial peer pipeline on a question set; write the report."""
    from eval.harness import evaluate as run
    from eval.questions import QuestionSetError, load_questions, shortfall
    from eval.report import headline, write_report

    try:
        question_set = load_questions(questions)
    except QuestionSetError as error:
        err.print(f"[red]error:[/red] {error}")
        raise typer.Exit(code=2) from None
    lacking = shortfall(question_set)
    if lacking:
        err.print("note: fewer questions than a full set in " + ", ".join(f"{t} ({n})" for t, n in lacking.items()))
    settings = Settings()
    embedder = _embedder(settings)
    if corpus:
        _compare_corpora(question_set, [settings.corpus_dir, *corpus], settings, embedder, out)
        return
    _ensure_index(settings, embedder)
    evaluation = run(question_set, settings, embedder, question_file=str(questions), progress=err.print)
    paths = write_report(evaluation, out)
    table = Table("measure", "value")
    for name, value in headline(evaluation).items():
        table.add_row(name, "n/a" if value is None else f"{value:.3f}")
    Console().print(table)
    err.print("report: " + ", ".join(str(path) for path in paths.values()))


@app.command()
def bench(
    questions: Annotated[
        list[Path] | None,
        typer.Option(
            help="Question files (JSON Lines; the first turn of each is asked); default: eval/questions.jsonl."
        ),
    ] = None,
    out: Annotated[Path, typer.Option(help="Folder for bench.md, bench.json and bench.png.")] = Path(
        "eval/reports/bench"
    ),
    clients: Annotated[str, typer.Option(help="Concurrent clients per level, comma-separated.")] = "1,8,32",
    seconds: Annotated[float, typer.Option(help="Seconds each level is measured (after a warm-up).")] = 20,
    warmup: Annotated[float, typer.Option(help="Seconds of warm-up before each level.")] = 5,
    scale: Annotated[
        str, typer.Option(help="Corpus sizes (plans) for the scale figures, comma-separated; empty: none.")
    ] = "",
    chroma_server: Annotated[bool, typer.Option(help="Also measure each size on a Chroma server.")] = False,
    work: Annotated[
        Path | None,
        typer.Option(help="Folder for generated corpora, their indexes and logs; default: <data_dir>/bench."),
    ] = None,
) -> None:
    """Measure latency and throughput beside the tutorial pipeline (and the scale figures); write the report."""
    from eval.bench import bench as run

    settings = Settings()
    _ensure_index(settings, _embedder(settings))
    files = questions or [Path("eval/questions.jsonl")]
    sizes = [int(part) for part in scale.split(",") if part.strip()]
    levels = [int(part) for part in clients.split(",") if part.strip()]
    paths = run(settings, files, out, levels, seconds, warmup, sizes, work, chroma_server, say=err.print)
    Console().print(paths["markdown"].read_text())
    err.print("report: " + ", ".join(str(path) for path in paths.values()))


@app.command("generate-plans")
def generate_plans(
    out: Annotated[Path, typer.Argument(help="Folder to write the plans to.")],
    plans: Annotated[int, typer.Option(help="How many plans (the bundled plans are among them).")] = 1000,
    seed: Annotated[int, typer.Option(help="Seed: the same seed gives the same plans.")] = 0,
) -> None:
    """Write a corpus of many plans made from the bundled ones (for the scale benchmark)."""
    from eval.scale import generate

    written = generate(plans, out, seed)
    err.print(f"{len(written)} plans in {out}")


def _compare_corpora(questions, folders: list[Path], settings: Settings, embedder, out: Path) -> None:  # noqa: ANN001
    from eval.sides import run_side, write_sides

    for folder in folders:
        if not folder.is_dir():
            err.print(f"[red]error:[/red] {folder}: no such folder")
            raise typer.Exit(code=2)
    sides = [run_side(questions, folder, settings, embedder, err.print) for folder in folders]
    paths = write_sides(sides, out)
    Console().print(paths["markdown"].read_text())
    err.print("report: " + ", ".join(str(path) for path in paths.values()))


def _ensure_index(settings: Settings, embedder) -> None:  # noqa: ANN001
    from assistant.store import index_versions

    if index_versions(settings).current() is None:
        err.print(f"There is no index yet: ingesting {settings.corpus_dir} ...")
        report = _run_ingest(settings, [settings.corpus_dir], prune=True, embedder=embedder)
        for message in report.failed.values():
            err.print(f"[red]error:[/red] {message}")
        err.print(f"{report.chunks} chunks indexed.")


if __name__ == "__main__":
    app()
