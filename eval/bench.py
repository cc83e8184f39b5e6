"""`plan-assistant bench`: the assistant's speed beside the tutorial pipeline's, in one run on one machine.

Both are served over HTTP in their own processes and asked the same questions by the same load
generator: 1, 8 and 32 concurrent clients (each asks, waits for the whole reply, asks again), after a
warm-up. The assistant is measured with its answer cache off (each question asked once per pass, so
nothing is answered from memory) and on (questions drawn as a popular few and a long tail, as when a
news story sends residents to the widget); the peer answers a retrieval request (top 5 passages, no
answer, no verification). Then the scale: corpora of 5, 100 and 1,000 plans (`eval/scale.py`), each
ingested (throughput measured) and served on the embedded store and, with --chroma-server, on a
Chroma server (`chroma run`): sequential latency and the server's memory. Writes bench.json, bench.md
and bench.png to the output folder."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import random
import secrets
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import httpx

from assistant.api.server import free_port, server_process
from assistant.settings import Settings
from eval.load import CHAT, Endpoint, Tally, percentile, run
from eval.scale import generate

REPO = Path(__file__).resolve().parents[1]
SEARCH = Endpoint("/search", lambda question: {"question": question}, lambda reply: bool(reply["passages"]))
_KEY = "bench-" + secrets.token_hex(16)
Say = Callable[[str], None]


@dataclass(frozen=True)
class Level:
    """One load level: `clients` clients for `seconds`."""

    clients: int
    seconds: float
    answers: int
    errors: int
    busy: int
    per_second: float
    p50_ms: float | None
    p95_ms: float | None
    p99_ms: float | None
    answered_share: float | None
    cache_hit_rate: float | None = None
    health_p95_ms: float | None = None  # /health asked meanwhile

    @classmethod
    def of(cls, clients: int, tally: Tally, wall: float, hit_rate: float | None = None) -> Level:
        done = tally.seconds

        def ms(share: float) -> float | None:
            return round(percentile(done, share) * 1000, 1) if done else None

        return cls(
            clients=clients,
            seconds=round(wall, 1),
            answers=len(done),
            errors=sum(tally.errors.values()) + tally.limited,
            busy=tally.busy,
            per_second=round(len(done) / wall, 1) if wall else 0.0,
            p50_ms=round(statistics.median(done) * 1000, 1) if done else None,
            p95_ms=ms(0.95),
            p99_ms=ms(0.99),
            answered_share=round(tally.answered / len(done), 3) if done else None,
            cache_hit_rate=None if hit_rate is None else round(hit_rate, 3),
        )


def _ms(seconds: list[float], share: float) -> float | None:
    return round(percentile(seconds, share) * 1000, 1) if seconds else None


def questions_of(files: Sequence[Path]) -> list[str]:
    """The first turn of every question in the files, each once."""
    found: dict[str, None] = {}
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                found.setdefault(json.loads(line)["turns"][0], None)
    return list(found)


def each_once(questions: list[str], seed: int) -> Callable[[], str]:
    """The questions in a shuffled order, round and round, shared by all clients: with the cache off,
    nothing is asked twice within a pass."""
    order = list(questions)
    random.Random(seed).shuffle(order)
    cycle = itertools.cycle(order)
    return lambda: next(cycle)


def popular(questions: list[str], seed: int, skew: float = 1.1) -> Callable[[], str]:
    """Questions drawn by popularity: the n-th most asked with weight 1/n^skew (Zipf's law)."""
    order = list(questions)
    rng = random.Random(seed)
    rng.shuffle(order)
    weights = list(itertools.accumulate(1 / (rank**skew) for rank in range(1, len(order) + 1)))
    return lambda: rng.choices(order, cum_weights=weights)[0]


def measure(
    url: str, endpoint: Endpoint, ask: Callable[[], str], clients: int, seconds: float, warmup: float
) -> tuple[Tally, float]:
    if warmup > 0:
        asyncio.run(run(url, ask, clients, warmup, 0, endpoint))
    return asyncio.run(run(url, ask, clients, seconds, 0, endpoint))


def measure_with_health(
    url: str, ask: Callable[[], str], clients: int, seconds: float, warmup: float
) -> tuple[Tally, float, list[float]]:
    """As `measure`, asking /health ten times a second meanwhile: how long it takes under that load."""
    if warmup > 0:
        asyncio.run(run(url, ask, clients, warmup, 0, CHAT))

    async def both() -> tuple[tuple[Tally, float], list[float]]:
        took: list[float] = []
        until = time.monotonic() + seconds

        async def probe() -> None:
            async with httpx.AsyncClient(timeout=30) as client:
                while time.monotonic() < until:
                    started = time.monotonic()
                    await client.get(f"{url}/health")
                    took.append(time.monotonic() - started)
                    await asyncio.sleep(0.1)

        answered, _ = await asyncio.gather(run(url, ask, clients, seconds, 0, CHAT), probe())
        return answered, took

    (tally, wall), health = asyncio.run(both())
    return tally, wall, health


def _env(**settings: object) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PLAN_ASSISTANT_")}
    env.update(
        HF_HUB_OFFLINE="1",
        PLAN_ASSISTANT_RATE_LIMIT_IP="0",
        PLAN_ASSISTANT_RATE_LIMIT_KEY="0",
        PLAN_ASSISTANT_LOG_LEVEL="warning",
        PLAN_ASSISTANT_ADMIN_KEYS=_KEY,
    )
    env.update({f"PLAN_ASSISTANT_{name.upper()}": str(value) for name, value in settings.items() if value is not None})
    return env


@contextmanager
def ours(settings: Settings, log: Path, cache_size: int, chroma_url: str | None = None) -> Iterator[tuple[str, int]]:
    """`plan-assistant serve` on the settings' data folder (its index must exist); yields (url, pid)."""
    port = free_port()
    env = _env(
        data_dir=settings.data_dir.resolve(),
        corpus_dir=settings.corpus_dir.resolve(),
        model_cache_dir=settings.models_dir.resolve(),
        answer_cache_size=cache_size,
        chroma_url=chroma_url,
    )
    command = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    with server_process(command, f"{url}/health", env, REPO, log, timeout=900) as process:
        yield url, process.pid


@contextmanager
def peer(corpus: Path, log: Path) -> Iterator[tuple[str, int]]:
    port = free_port()
    command = [sys.executable, "-m", "eval.peer_server", "--corpus", str(corpus.resolve()), "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    with server_process(command, f"{url}/health", _env(), REPO, log, timeout=900) as process:
        yield url, process.pid


@contextmanager
def chroma_server(path: Path, log: Path) -> Iterator[str]:
    chroma = shutil.which("chroma")
    if not chroma:
        raise RuntimeError("chromadb's `chroma` command is not installed")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with server_process(
        [chroma, "run", "--path", str(path), "--port", str(port)], f"{url}/api/v2/heartbeat", _env(), REPO, log
    ):
        yield url


def cache_counts(url: str) -> tuple[int, int]:
    cache = httpx.get(f"{url}/health", headers={"X-API-Key": _KEY}, timeout=10).json()["answer_cache"]
    return cache["hits"], cache["misses"]


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def latency(
    settings: Settings,
    questions: list[str],
    clients: Sequence[int],
    seconds: float,
    warmup: float,
    logs: Path,
    say: Say,
) -> dict[str, list[Level]]:
    """Ours with the cache off and on, and the peer, at each number of clients."""
    found: dict[str, list[Level]] = {"ours": [], "ours_cached": [], "peer": []}
    with ours(settings, logs / "ours.log", cache_size=0) as (url, _):
        for count in clients:
            tally, wall, health = measure_with_health(url, each_once(questions, count), count, seconds, warmup)
            found["ours"].append(replace(Level.of(count, tally, wall), health_p95_ms=_ms(health, 0.95)))
            say(f"ours, cache off, {count} clients: {_line(found['ours'][-1])}")
    with ours(settings, logs / "ours-cached.log", cache_size=settings.answer_cache_size or 1024) as (url, _):
        for count in clients:
            ask = popular(questions, count)
            if warmup > 0:
                asyncio.run(run(url, ask, count, warmup, 0, CHAT))
            hits, misses = cache_counts(url)
            tally, wall = asyncio.run(run(url, ask, count, seconds, 0, CHAT))
            more_hits, more_misses = cache_counts(url)
            asked = (more_hits - hits) + (more_misses - misses)
            found["ours_cached"].append(Level.of(count, tally, wall, (more_hits - hits) / asked if asked else None))
            say(f"ours, cache on, {count} clients: {_line(found['ours_cached'][-1])}")
    with peer(settings.corpus_dir, logs / "peer.log") as (url, _):
        for count in clients:
            tally, wall = measure(url, SEARCH, each_once(questions, count), count, seconds, warmup)
            found["peer"].append(Level.of(count, tally, wall))
            say(f"peer, {count} clients: {_line(found['peer'][-1])}")
    return found


@dataclass(frozen=True)
class ScalePoint:
    plans: int
    chunks: int
    ingest_seconds: float | None
    chunks_per_second: float | None
    seconds_per_plan: float | None
    embedded: Level
    embedded_rss_mb: float
    server: Level | None = None
    server_rss_mb: float | None = None


def scale(
    settings: Settings,
    sizes: Sequence[int],
    questions: list[str],
    seconds: float,
    warmup: float,
    work: Path,
    chroma: bool,
    say: Say,
) -> list[ScalePoint]:
    """Per corpus size: ingest (once; reused by later runs), then sequential latency on each store."""
    from assistant.store import ChromaStore, collection_name, index_versions, open_store

    points = []
    for size in sizes:
        here, made = prepare(settings, size, work, say)
        with ours(here, work / f"ours-{size}.log", cache_size=0) as (url, pid):
            tally, wall = measure(url, CHAT, each_once(questions, size), 1, seconds, warmup)
            embedded, embedded_rss = Level.of(1, tally, wall), rss_mb(pid)
        server = server_rss = None
        if chroma:
            with chroma_server(work / f"chroma-{size}", work / f"chroma-{size}.log") as chroma_url:
                version = index_versions(here).current()
                assert version is not None
                local = open_store(here, version)
                remote = ChromaStore.remote(chroma_url, collection_name(here, version))
                rows = local.export()
                remote.upsert([chunk for chunk, _ in rows], [vector for _, vector in rows])
                local.close()
                with ours(here, work / f"ours-server-{size}.log", cache_size=0, chroma_url=chroma_url) as (url, pid):
                    tally, wall = measure(url, CHAT, each_once(questions, size), 1, seconds, warmup)
                    server, server_rss = Level.of(1, tally, wall), rss_mb(pid)
        seconds_taken = made["seconds"]
        point = ScalePoint(
            plans=size,
            chunks=made["chunks"],
            ingest_seconds=round(seconds_taken, 1),
            chunks_per_second=round(made["chunks"] / seconds_taken, 1) if seconds_taken else None,
            seconds_per_plan=round(seconds_taken / size, 2),
            embedded=embedded,
            embedded_rss_mb=embedded_rss,
            server=server,
            server_rss_mb=server_rss,
        )
        points.append(point)
        say(f"{size} plans: {_line(embedded)}, {embedded_rss:.0f} MB" + (f"; server {_line(server)}" if server else ""))
    return points


def prepare(settings: Settings, size: int, work: Path, say: Say = print) -> tuple[Settings, dict[str, float]]:
    """The corpus of `size` plans in work, generated and ingested once (later runs reuse both), with
    its ingest figures (chunks, seconds)."""
    from assistant.cli import _embedder
    from assistant.store import index_versions
    from ingest.indexer import ingest

    corpus, data = work / f"corpus-{size}", work / f"data-{size}"
    here = settings.model_copy(
        update={"data_dir": data, "corpus_dir": corpus, "chroma_url": None, "model_cache_dir": settings.models_dir}
    )
    if not corpus.is_dir():
        generate(size, corpus)
    figures = data / "ingest.json"
    if index_versions(here).current() is None or not figures.is_file():
        say(f"ingesting {size} plans ...")
        started = time.perf_counter()
        report = ingest([corpus], here, _embedder(settings), prune=True)
        took = time.perf_counter() - started
        figures.write_text(json.dumps({"chunks": report.chunks, "seconds": took, "failed": len(report.failed)}))
    return here, json.loads(figures.read_text())


def _line(level: Level | None) -> str:
    if level is None:
        return "-"
    return (
        f"p50 {level.p50_ms} ms, p95 {level.p95_ms} ms, {level.per_second}/s, {level.errors} errors, {level.busy} busy"
    )


@dataclass(frozen=True)
class Target:
    name: str
    value: float | None
    limit: str
    met: bool | None


def targets(levels: dict[str, list[Level]], points: Sequence[ScalePoint]) -> list[Target]:
    """The issue's numbers, measured in this run."""

    def at(name: str, clients: int) -> Level | None:
        return next((level for level in levels.get(name, []) if level.clients == clients), None)

    out: list[Target] = []
    one, peer_one = at("ours", 1), at("peer", 1)
    if one and peer_one and one.p50_ms and peer_one.p50_ms and one.p95_ms and peer_one.p95_ms:
        out += [
            Target("p50, 1 client (ms)", one.p50_ms, "≤ 25", one.p50_ms <= 25),
            Target(
                "p50 / peer's p50", round(one.p50_ms / peer_one.p50_ms, 2), "≤ 1.5", one.p50_ms <= 1.5 * peer_one.p50_ms
            ),
            Target("p95, 1 client (ms)", one.p95_ms, "≤ 60", one.p95_ms <= 60),
            Target(
                "p95 / peer's p95", round(one.p95_ms / peer_one.p95_ms, 2), "≤ 2", one.p95_ms <= 2 * peer_one.p95_ms
            ),
        ]
    eight, peer_eight = at("ours", 8), at("peer", 8)
    if eight and peer_eight:
        out += [
            Target("answers/s, 8 clients", eight.per_second, "≥ 50", eight.per_second >= 50),
            Target(
                "throughput / peer's, 8 clients",
                round(eight.per_second / peer_eight.per_second, 2) if peer_eight.per_second else None,
                "≥ 0.6",
                eight.per_second >= 0.6 * peer_eight.per_second,
            ),
            Target("errors and 503s, 8 clients", eight.errors + eight.busy, "0", eight.errors + eight.busy == 0),
        ]
    many = at("ours", 32)
    if many:
        out += [
            Target("errors and 503s, 32 clients", many.errors + many.busy, "0", many.errors + many.busy == 0),
            Target("p95, 32 clients (ms)", many.p95_ms, "< 1000", many.p95_ms is not None and many.p95_ms < 1000),
        ]
    if len(points) >= 2 and points[0].embedded.p95_ms and points[-1].embedded.p95_ms:
        ratio = points[-1].embedded.p95_ms / points[0].embedded.p95_ms
        name = f"p95 at {points[-1].plans} plans / at {points[0].plans}"
        out.append(Target(name, round(ratio, 2), "≤ 2", ratio <= 2))
    return out


def write_report(
    out: Path, levels: dict[str, list[Level]], points: Sequence[ScalePoint], machine: dict[str, object]
) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    checks = targets(levels, points)
    data = {
        "machine": machine,
        "latency": {name: [asdict(level) for level in found] for name, found in levels.items()},
        "scale": [asdict(point) for point in points],
        "targets": [asdict(target) for target in checks],
    }
    paths = {"json": out / "bench.json", "markdown": out / "bench.md", "chart": out / "bench.png"}
    paths["json"].write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    paths["markdown"].write_text(markdown(levels, points, checks, machine), encoding="utf-8")
    chart(levels, points, paths["chart"])
    return paths


def markdown(
    levels: dict[str, list[Level]], points: Sequence[ScalePoint], checks: Sequence[Target], machine: dict[str, object]
) -> str:
    names = {
        "ours": "assistant, cache off",
        "ours_cached": "assistant, cache on",
        "peer": "tutorial peer (retrieval only)",
    }
    lines = [
        "# Benchmark: verified answers beside the tutorial pipeline's retrieval",
        "",
        "Made by `plan-assistant bench` on " + ", ".join(f"{key} {value}" for key, value in machine.items()) + ".",
        "Over HTTP, each server in its own process; clients ask, wait for the whole reply, ask again.",
        "",
        "| server | clients | p50 ms | p95 ms | p99 ms | replies/s | errors | 503 | cache hits | /health p95 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, found in levels.items():
        for level in found:
            hits = "" if level.cache_hit_rate is None else f"{level.cache_hit_rate:.0%}"
            lines.append(
                f"| {names.get(name, name)} | {level.clients} | {level.p50_ms} | {level.p95_ms} | {level.p99_ms} "
                f"| {level.per_second} | {level.errors} | {level.busy} | {hits} | {level.health_p95_ms or ''} |"
            )
    if points:
        lines += [
            "",
            "## Scale (the assistant, cache off, one client)",
            "",
            "| plans | chunks | ingest s | chunks/s | s/plan | p50 ms | p95 ms | memory MB "
            "| Chroma server p50 ms | p95 ms | memory MB |",
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for point in points:
            server = point.server
            lines.append(
                f"| {point.plans} | {point.chunks} | {point.ingest_seconds} | {point.chunks_per_second} "
                f"| {point.seconds_per_plan} | {point.embedded.p50_ms} | {point.embedded.p95_ms} "
                f"| {point.embedded_rss_mb} | {server.p50_ms if server else '-'} | {server.p95_ms if server else '-'} "
                f"| {point.server_rss_mb or '-'} |"
            )
    lines += ["", "## Targets", "", "| measure | value | target | met |", "|---|---:|---|---|"]
    for target in checks:
        met = "n/a" if target.met is None else ("yes" if target.met else "**no**")
        lines.append(f"| {target.name} | {target.value} | {target.limit} | {met} |")
    return "\n".join(lines) + "\n"


def chart(levels: dict[str, list[Level]], points: Sequence[ScalePoint], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    styles = {
        "ours": ("assistant, cache off", "C0"),
        "ours_cached": ("assistant, cache on", "C2"),
        "peer": ("tutorial peer", "C1"),
    }
    for name, found in levels.items():
        label, colour = styles.get(name, (name, "C3"))
        clients = [level.clients for level in found]
        left.plot(clients, [level.p50_ms for level in found], "o-", color=colour, label=f"{label} p50")
        left.plot(clients, [level.p95_ms for level in found], "o--", color=colour, label=f"{label} p95")
    left.set(
        xscale="log",
        yscale="log",
        xlabel="concurrent clients",
        ylabel="latency (ms)",
        title="Latency against concurrency",
    )
    left.set_xticks([level.clients for level in levels.get("ours", [])] or [1])
    left.get_xaxis().set_major_formatter(matplotlib.ticker.ScalarFormatter())
    left.legend(fontsize=7)
    if points:
        plans = [point.plans for point in points]
        right.plot(plans, [point.embedded.p50_ms for point in points], "o-", color="C0", label="embedded p50")
        right.plot(plans, [point.embedded.p95_ms for point in points], "o--", color="C0", label="embedded p95")
        served = [point for point in points if point.server is not None]
        for stat, style in (("p50", "s-"), ("p95", "s--")):
            if served:
                latencies = [getattr(point.server, f"{stat}_ms") for point in served]
                right.plot([p.plans for p in served], latencies, style, color="C4", label=f"Chroma server {stat}")
        right.set(
            xscale="log",
            xlabel="plans in the corpus",
            ylabel="latency (ms)",
            title="Latency against corpus size (1 client)",
        )
        right.set_ylim(bottom=0)
        right.legend(fontsize=7)
    else:
        right.axis("off")
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


def bench(
    settings: Settings,
    question_files: Sequence[Path],
    out: Path,
    clients: Sequence[int] = (1, 8, 32),
    seconds: float = 20,
    warmup: float = 5,
    sizes: Sequence[int] = (),
    work: Path | None = None,
    chroma: bool = False,
    say: Say = print,
) -> dict[str, Path]:
    """Run the benchmark (the settings' index must exist) and write the report to out."""
    questions = questions_of(question_files)
    work = work or settings.data_dir / "bench"
    logs = work / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    machine = {"cores": os.cpu_count(), "questions": len(questions), "seconds per level": seconds}
    levels = latency(settings, questions, clients, seconds, warmup, logs, say)
    points = scale(settings, sizes, questions, seconds, warmup, work, chroma, say) if sizes else []
    return write_report(out, levels, points, machine)
